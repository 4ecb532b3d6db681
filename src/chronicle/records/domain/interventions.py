"""Letters and their signatories: who signed, how many, from how many countries, whom they cite."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from chronicle.records.models import Intervention, Participant, Person

SIGNING_ROLES = ("initiator", "signatory")


def letters_citing(person: Person) -> QuerySet[Intervention]:
    """Interventions that cite a person, directly or as part of a joint action that does."""
    direct = Q(subjects__person=person)
    via_joint_action = Q(part_of__subjects__person=person)
    return Intervention.objects.filter(direct | via_joint_action).distinct().order_by("date_earliest", "title")


@dataclass(frozen=True)
class SignatoryCount:
    """Signatories and their countries: as named, as stated, and the best figure with its basis."""

    named_signatories: int
    stated_signatories: int | None
    named_countries: int
    stated_countries: int | None

    @property
    def signatories(self) -> int:
        """The best count of signatories: a stated count never falls below those named."""
        return max(self.named_signatories, self.stated_signatories or 0)

    @property
    def countries(self) -> int:
        """The best count of countries represented."""
        return max(self.named_countries, self.stated_countries or 0)

    @property
    def basis(self) -> str:
        """How the best figures were reached, for showing beside them."""
        who = "stated" if (self.stated_signatories or 0) > self.named_signatories else "named"
        where = "stated" if (self.stated_countries or 0) > self.named_countries else "named"
        return (
            f"{self.signatories} signatories ({who}; {self.named_signatories} named), "
            f"{self.countries} countries ({where}; {self.named_countries} named)"
        )


def _with_parts(letters: Iterable[Intervention]) -> tuple[set[Intervention], set[Intervention]]:
    """The letters asked about, plus the parts of any joint action among them, and the joint actions."""
    chosen = set(letters)
    joint = {letter for letter in chosen if letter.parts.exists()}
    for action in joint:
        chosen |= set(action.parts.all())
    return chosen, joint


def _stated(letters: set[Intervention], joint: set[Intervention], attribute: str) -> int | None:
    """A stated total: the joint action's figure if given, else the sum over letters that state one."""
    joint_figures = [getattr(action, attribute) for action in joint if getattr(action, attribute) is not None]
    if joint_figures:
        return sum(joint_figures)
    parts = [getattr(letter, attribute) for letter in letters - joint if letter.part_of not in joint]
    stated = [figure for figure in parts if figure is not None]
    return sum(stated) if stated else None


def count_signatories(letters: Iterable[Intervention], *, user: Any = None) -> SignatoryCount:
    """Signatories and countries of one letter or a set, combining named signatories and stated counts.

    With a user, only signatories that user may read are counted by name (stated counts are public facts
    of the letter).
    """
    chosen, joint = _with_parts(letters)
    signers = Participant.objects.filter(intervention__in=chosen, role__in=SIGNING_ROLES, person__isnull=False)
    if user is not None:
        signers = signers.filter(person__in=Person.objects.visible_to(user))
    named_people = set(signers.values_list("person_id", flat=True))
    named_countries = set(signers.exclude(country="").values_list("country", flat=True))
    return SignatoryCount(
        named_signatories=len(named_people),
        stated_signatories=_stated(chosen, joint, "authors_count"),
        named_countries=len(named_countries),
        stated_countries=_stated(chosen, joint, "member_states_count"),
    )
