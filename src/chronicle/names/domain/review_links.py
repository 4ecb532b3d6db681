"""Proposing candidate pairs for review and recording the reviewers' decisions."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.db import transaction
from django.utils import timezone

from chronicle.names.features import Features, features_of_text
from chronicle.names.match import Comparison, explain
from chronicle.names.models import Decision, PersonLink
from chronicle.names.registry import build_index
from chronicle.records.models import Person, PersonName

PROPOSAL_FLOOR = 0.3


class LinkDecisionError(ValueError):
    """A decision that cannot be recorded (unknown value, or linking a record to itself)."""


def _birth_year(person: Person) -> int | None:
    return (
        person.birth_date_earliest.year
        if person.birth_date_earliest
        and person.birth_date_latest
        and (person.birth_date_earliest.year == person.birth_date_latest.year)
        else None
    )


def _features(name: PersonName) -> Features:
    person = name.person
    return features_of_text(f"{person.pk}:{name.pk}", name.full_name, _birth_year(person), person.region or None)


def registry_features(exclude: Person | None = None) -> list[Features]:
    """Features of every spelling of every person on record."""
    names = PersonName.objects.select_related("person")
    if exclude is not None:
        names = names.exclude(person=exclude)
    return [_features(name) for name in names]


def _comparison_json(comparison: Comparison) -> dict[str, Any]:
    return {
        "score": comparison.score,
        "weight": comparison.weight,
        "veto": comparison.veto,
        "fields": [asdict(field) for field in comparison.fields],
    }


def best_candidates(person: Person, *, floor: float = PROPOSAL_FLOOR) -> dict[int, Comparison]:
    """People on record who may be `person`, with the best comparison over all spellings of both.

    The registry index finds candidates by blocking key; each pair is then scored at the prior of a
    mid-sized registry, because the prior a small registry implies would hide every pair from review.
    """
    index = build_index(registry_features(exclude=person))
    best: dict[int, Comparison] = {}
    for name in person.names.all():
        row = _features(name)
        for position in index.candidates(row):
            comparison = explain(row, index.rows[position])
            other = int(index.rows[position].unique_id.split(":")[0])
            if comparison.score >= floor and (other not in best or comparison.score > best[other].score):
                best[other] = comparison
    return best


def _ordered(a: int, b: int) -> tuple[int, int]:
    if a == b:
        raise LinkDecisionError("a record cannot be linked to itself")
    return (a, b) if a < b else (b, a)


@transaction.atomic
def propose_links(person: Person, *, method: str = "model", floor: float = PROPOSAL_FLOOR) -> list[PersonLink]:
    """Store candidate pairs for a person (decided pairs keep their decision). Writes links."""
    links = []
    for other, comparison in best_candidates(person, floor=floor).items():
        first, second = _ordered(person.pk, other)
        link, _ = PersonLink.objects.update_or_create(
            person_a_id=first,
            person_b_id=second,
            defaults={"score": comparison.score, "explanation": _comparison_json(comparison)},
            create_defaults={"score": comparison.score, "explanation": _comparison_json(comparison), "method": method},
        )
        links.append(link)
    return links


DECIDED, UNDONE = "decided", "undone"  # history change reasons: a reviewer's decision, and its undoing


@transaction.atomic
def decide(person: Person, other: Person, decision: str, *, user: Any, note: str = "") -> PersonLink:
    """Record a reviewer's same / different / unsure decision on a pair (kept in the history). Writes a link."""
    if decision not in (Decision.SAME, Decision.DIFFERENT, Decision.UNSURE):
        raise LinkDecisionError(f"unknown decision {decision!r}: use same, different or unsure")
    first, second = _ordered(person.pk, other.pk)
    link = PersonLink.objects.filter(person_a_id=first, person_b_id=second).first()
    if link is None:
        link = PersonLink(person_a_id=first, person_b_id=second, score=0.0, method="human")
    link.decision, link.decided_by, link.decided_at, link.note = decision, user, timezone.now(), note
    link._change_reason = DECIDED  # type: ignore[attr-defined]  # read by django-simple-history
    link.save()
    return link


def standing_decisions(link: PersonLink) -> list[str]:
    """The pair's decisions not undone, oldest first: each decision stacks, each undo takes the last off.

    Saves that are neither (a proposal, a re-score) leave the stack alone, so undo always steps back
    to what a reviewer decided before, and past the first decision to pending.
    """
    stack: list[str] = []
    for state in link.history.order_by("history_date", "history_id"):
        if state.history_change_reason == UNDONE:
            if stack:
                stack.pop()
        elif state.history_change_reason == DECIDED:
            stack.append(state.decision)
    return stack


@transaction.atomic
def undo_decision(link: PersonLink, *, user: Any) -> PersonLink:
    """Step the pair back to the decision before the last one not yet undone (pending past the first).

    A wrong merge is undone this way; the undo itself is a new state in the history, so nothing is lost.
    """
    stack = standing_decisions(link)
    if stack:
        stack.pop()
    link.decision = stack[-1] if stack else Decision.PENDING
    link.decided_by, link.decided_at = user, timezone.now()
    link.note = "undone"
    link._change_reason = UNDONE  # type: ignore[attr-defined]
    link.save()
    return link
