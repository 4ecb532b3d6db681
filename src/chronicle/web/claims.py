"""Sources behind each value of a record: accepted claims the reader may see, grouped by field."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from chronicle.records.models import Claim, ReviewState


def claims_by_field(record: models.Model, user: Any) -> dict[str, list[Claim]]:
    """Accepted claims about one record, from sources the user may read, keyed by field."""
    return claims_of_many([record], user).get(record.pk, {})


def claims_of_many(records: Iterable[models.Model], user: Any) -> dict[int, dict[str, list[Claim]]]:
    """Accepted claims about several records of one model, keyed by record id then field."""
    records = list(records)
    if not records:
        return {}
    kind = ContentType.objects.get_for_model(records[0])
    rows = (
        Claim.objects.visible_to(user)
        .filter(subject_type=kind, subject_id__in=[r.pk for r in records], review_state=ReviewState.ACCEPTED)
        .select_related("source")
        .order_by("span_start")
    )
    found: dict[int, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in rows:
        found[claim.subject_id][claim.field].append(claim)
    return {key: dict(fields) for key, fields in found.items()}


def all_claims(by_field: dict[str, list[Claim]]) -> list[Claim]:
    """Every claim of a record, in field order."""
    return [claim for field in sorted(by_field) for claim in by_field[field]]
