"""Records offered for a choice in a form: matches over every spelling, only among records the user may read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.translation import get_language

from chronicle.common.search import search
from chronicle.records.models import Act, LegalCase, Person
from chronicle.vocab.loader import vocabulary

SEARCHED = ("person", "organization", "event", "act", "intervention")
KINDS = (*SEARCHED, "legalcase")
LIMIT = 15
LABEL_LENGTH = 140


@dataclass(frozen=True)
class Match:
    """One record offered: its key and what the option shows."""

    pk: int
    label: str


def _label(title: str, snippet: str) -> str:
    """The title, with the other matching text of the snippet (other spellings) in brackets."""
    parts = [part.strip(" …·") for part in re.split(r" · |\n", snippet)]
    others = [part for part in dict.fromkeys(parts) if part and part != title.strip()]
    text = f"{title} ({', '.join(others)})" if others else title
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"


def _people(query: str, user: Any) -> list[int]:
    return [hit.pk for hit in search(query, user=user, kinds=["person"], limit=LIMIT)]


def _legal_cases(query: str, user: Any) -> list[Match]:
    """Cases whose defendant goes by a matching spelling, or whose number matches; defendants readable."""
    cases = LegalCase.objects.visible_to(user).filter(defendant__in=Person.objects.visible_to(user))
    found = cases.filter(Q(defendant_id__in=_people(query, user)) | Q(case_number__icontains=query.strip()))
    rows = found.select_related("defendant").order_by("-opened_earliest", "pk")[:LIMIT]
    return [Match(case.pk, _label(str(case), case.case_number)) for case in rows]


def _act_label(act: Act, language: str) -> str:
    kind = vocabulary("act_types")[act.act_type].label(language) if act.act_type in vocabulary("act_types") else ""
    victim = act.victim.display_name if act.victim else f"{act.victim_count_min or '?'}"
    return _label(" · ".join(part for part in (kind, victim, act.start) if part), "")


def _acts(query: str, user: Any) -> list[Match]:
    """Acts whose own text matches, or whose victim goes by a matching spelling; victims readable."""
    own = [hit.pk for hit in search(query, user=user, kinds=["act"], limit=LIMIT)]
    readable = Q(victim__isnull=True) | Q(victim__in=Person.objects.visible_to(user))
    found = Act.objects.visible_to(user).filter(readable).filter(Q(pk__in=own) | Q(victim_id__in=_people(query, user)))
    language = (get_language() or "en")[:2]
    rows = found.select_related("victim").order_by("-start_earliest", "pk")[:LIMIT]
    return [Match(act.pk, _act_label(act, language)) for act in rows]


def find(kind: str, query: str, user: Any) -> list[Match]:
    """Records of a kind matching the words typed that the user may read, best first."""
    if not query.strip():
        return []
    if kind == "legalcase":
        return _legal_cases(query, user)
    if kind == "act":
        return _acts(query, user)
    hits = search(query, user=user, kinds=[kind], limit=LIMIT)
    return [Match(hit.pk, _label(hit.title, hit.snippet)) for hit in hits]
