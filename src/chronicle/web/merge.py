"""Merge review for the web app: candidate pairs a user may see, each side's record, and the score explained."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from chronicle.names.domain.identity import identity_ids
from chronicle.names.features import Features, features_of_text
from chronicle.names.match import Comparison, FieldComparison, explain
from chronicle.names.models import Decision, PersonLink
from chronicle.records.models import Act, LegalCase, Person, PersonalDetail, PersonName, StatusClaim
from chronicle.web.access import hide_unreadable
from chronicle.web.claims import claims_by_field, claims_of_many

FIELDS = {
    "name": _("name"),
    "patronymic": _("patronymic"),
    "birth_year": _("birth year"),
    "sex": _("sex"),
    "region": _("region"),
}
LEVELS = {
    "null": _("missing on one side or both"),
    "else": _("disagree"),
    "surname and given name equal": _("surname and given name equal"),
    "surname and given name swapped": _("surname and given name swapped"),
    "surname equal, given name a typo apart": _("surname equal, given name a typo apart"),
    "surname a typo apart, given name equal": _("surname a typo apart, given name equal"),
    "surname and given name a typo apart": _("surname and given name a typo apart"),
    "surname equal, initial agrees": _("surname equal, initial agrees"),
    "surname a typo apart, initial agrees": _("surname a typo apart, initial agrees"),
    "surname equal, given name unknown": _("surname equal, given name unknown"),
    "surname equal, given names differ": _("surname equal, given names differ"),
    "patronymic equal": _("patronymic equal"),
    "patronymic a typo apart": _("patronymic a typo apart"),
    "patronymic initial agrees": _("patronymic initial agrees"),
    "birth year equal": _("birth year equal"),
    "birth year one apart": _("birth year one apart"),
    "sex equal": _("sex equal"),
    "region equal": _("region equal"),
}
VETOES = {
    "different birth years": _("different birth years"),
    "different sex": _("different sex"),
    "different given names": _("different given names"),
    "different patronymics": _("different patronymics"),
}
DECISIONS = {
    Decision.PENDING: _("waiting for review"),
    Decision.SAME: _("same person"),
    Decision.DIFFERENT: _("different people"),
    Decision.UNSURE: _("unsure"),
}


def links_for(user: Any) -> QuerySet[PersonLink]:
    """Candidate pairs whose two records the user may both read (any other pair does not exist for them)."""
    visible = Person.objects.visible_to(user)
    return PersonLink.objects.filter(person_a__in=visible, person_b__in=visible)


def waiting_count(user: Any) -> int:
    """How many pairs the user may see are waiting for a decision."""
    return links_for(user).filter(decision=Decision.PENDING).count()


class PairFilterForm(forms.Form):
    """Filters of the queue of candidate pairs."""

    STATES = [("pending", _("waiting")), ("decided", _("decided")), ("all", _("all"))]
    STATES += [(d.value, DECISIONS[d]) for d in (Decision.SAME, Decision.DIFFERENT, Decision.UNSURE)]
    ORDERS = [("score", _("highest score first")), ("low", _("lowest score first")), ("new", _("newest first"))]

    state = forms.ChoiceField(label=_("Decision"), choices=STATES, required=False)
    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    min_score = forms.FloatField(label=_("Score at least"), required=False, min_value=0, max_value=1)
    person = forms.IntegerField(required=False, widget=forms.HiddenInput)
    order = forms.ChoiceField(label=_("Order"), choices=ORDERS, required=False)


ORDERING = {"score": ("-score", "pk"), "low": ("score", "pk"), "new": ("-created_at", "-pk")}


def filter_links(links: QuerySet[PersonLink], data: dict[str, Any]) -> QuerySet[PersonLink]:
    """The pairs matching the queue's filters, in the chosen order (highest score first by default)."""
    state = data.get("state") or "pending"
    if state == "decided":
        links = links.exclude(decision=Decision.PENDING)
    elif state != "all":
        links = links.filter(decision=state)
    if data.get("q"):
        names = Person.objects.filter(names__full_name__icontains=data["q"]) | Person.objects.filter(
            display_name__icontains=data["q"]
        )
        links = links.filter(Q(person_a__in=names) | Q(person_b__in=names))
    if data.get("min_score") is not None:
        links = links.filter(score__gte=data["min_score"])
    if data.get("person"):
        links = links.filter(Q(person_a_id=data["person"]) | Q(person_b_id=data["person"]))
    return links.order_by(*ORDERING.get(data.get("order") or "score", ORDERING["score"]))


@dataclass(frozen=True)
class FieldShown:
    """One compared value, in the reader's words."""

    field: str
    left: str
    right: str
    level: str
    agrees: bool


def _birth_year(person: Person) -> int | None:
    earliest, latest = person.birth_date_earliest, person.birth_date_latest
    return earliest.year if earliest and latest and earliest.year == latest.year else None


def _features(person: Person, name: PersonName | None) -> Features:
    text = name.full_name if name else person.display_name
    return features_of_text(str(person.pk), text, _birth_year(person), person.region or None)


def compare_people(left: Person, right: Person) -> Comparison | None:
    """The best comparison of any spelling of one record with any spelling of the other."""
    best: Comparison | None = None
    for a in left.names.all() or [None]:
        for b in right.names.all() or [None]:
            comparison = explain(_features(left, a), _features(right, b))
            if best is None or comparison.score > best.score:
                best = comparison
    return best


def _shown(field: FieldComparison | dict[str, Any]) -> FieldShown:
    data = field if isinstance(field, dict) else field.__dict__
    level = str(data.get("level") or "")
    return FieldShown(
        str(FIELDS.get(data["field"], data["field"])),
        data.get("left") or "–",
        data.get("right") or "–",
        str(LEVELS.get(level, level)),
        level not in ("null", "else"),
    )


@dataclass(frozen=True)
class Explanation:
    """The score of a pair and why: the veto if any, and each compared value."""

    score: float
    weight: float | None
    veto: str
    fields: list[FieldShown]
    stored: bool


def explanation_of(link: PersonLink) -> Explanation:
    """The stored explanation of the score, or (for a pair a human linked) a fresh comparison of the records."""
    stored = link.explanation or {}
    if stored.get("fields"):
        veto = stored.get("veto") or ""
        fields = [_shown(f) for f in stored["fields"]]
        return Explanation(link.score, stored.get("weight"), str(VETOES.get(veto, veto)), fields, True)
    fresh = compare_people(link.person_a, link.person_b)
    if fresh is None:
        return Explanation(link.score, None, "", [], False)
    veto = fresh.veto or ""
    fields = [_shown(f) for f in fresh.fields]
    return Explanation(fresh.score, fresh.weight, str(VETOES.get(veto, veto)), fields, False)


def side_of(person: Person, user: Any) -> dict[str, Any]:
    """Everything the user may read about one record of a pair, each value with its sources."""
    acts = list(Act.objects.visible_to(user).filter(victim=person).select_related("event").order_by("start_earliest"))
    statuses = list(StatusClaim.objects.visible_to(user).filter(person=person).select_related("claimed_by"))
    cases = list(LegalCase.objects.visible_to(user).filter(defendant=person).prefetch_related("charges"))
    return {
        "person": person,
        "claims": claims_by_field(person, user),
        "names": person.names.order_by("-is_primary", "script", "full_name"),
        "details": PersonalDetail.objects.visible_to(user).filter(person=person),
        "acts": hide_unreadable(acts, "event", user),
        "act_claims": claims_of_many(acts, user),
        "statuses": hide_unreadable(statuses, "claimed_by", user),
        "status_claims": claims_of_many(statuses, user),
        "cases": cases,
        "case_claims": claims_of_many(cases, user),
    }


def identity_for(person: Person, user: Any) -> list[Person]:
    """Other records reviewed decisions say are this person, among those the user may read."""
    others = identity_ids(person.pk, user=user) - {person.pk}
    if not others:
        return []
    return list(Person.objects.visible_to(user).filter(pk__in=others).order_by("display_name", "pk"))


def decision_history(link: PersonLink) -> list[Any]:
    """Every saved state of a pair, newest first, with who decided."""
    return list(link.history.select_related("decided_by").order_by("-history_date", "-history_id"))
