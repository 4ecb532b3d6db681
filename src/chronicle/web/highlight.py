"""A source's text cut into pieces, each marked with the accepted claims that cover it."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.apps import apps

from chronicle.records.models import Claim, ReviewState, Source
from chronicle.web.links import record_url


@dataclass(frozen=True)
class Piece:
    """A run of text and the claims (with the pages of their records) covering it."""

    text: str
    claims: tuple[Claim, ...]
    url: str

    @property
    def fields(self) -> str:
        """The fields the covering claims support, for a tooltip."""
        return ", ".join(sorted({claim.field for claim in self.claims}))


def visible_claims(source: Source, user: Any) -> list[Claim]:
    """Accepted claims on a source whose records the user may read."""
    claims = list(
        Claim.objects.filter(source=source, review_state=ReviewState.ACCEPTED)
        .select_related("subject_type")
        .order_by("span_start", "span_end")
    )
    wanted: dict[Any, set[int]] = defaultdict(set)
    for claim in claims:
        wanted[claim.subject_type].add(claim.subject_id)
    allowed: set[tuple[int, int]] = set()
    for kind, ids in wanted.items():
        model: Any = apps.get_model(kind.app_label, kind.model)
        rows = model._default_manager.filter(pk__in=ids)
        rows = rows.visible_to(user) if hasattr(rows, "visible_to") else rows.none()
        allowed |= {(kind.pk, pk) for pk in rows.values_list("pk", flat=True)}
    return [claim for claim in claims if (claim.subject_type_id, claim.subject_id) in allowed]


def pieces(text: str, claims: list[Claim]) -> list[Piece]:
    """The text cut at every claim boundary; each piece knows which claims cover it."""
    cuts = sorted(
        {0, len(text)} | {min(c.span_start, len(text)) for c in claims} | {min(c.span_end, len(text)) for c in claims}
    )
    result = []
    for start, end in itertools.pairwise(cuts):
        covering = tuple(c for c in claims if c.span_start <= start and end <= c.span_end)
        url = next((u for c in covering if (u := record_url(c.subject_type.model, c.subject_id))), "")
        result.append(Piece(text[start:end], covering, url))
    return result
