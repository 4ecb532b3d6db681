"""Build capture histories from sources and reviewed identities, and estimate the unrecorded.

A *list* is a group of sources (one organisation's reports, a court database, the press). A person
is captured by a list when an accepted claim from one of its sources is about them or about an act
against them. People are counted as identities (connected components of reviewed SAME decisions),
never as records, so one person documented in two scripts is one individual on both lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.contenttypes.models import ContentType

from chronicle.names.domain.identity import identities
from chronicle.records.models import Act, Claim, Person, ReviewState, Source
from chronicle.stats.estimation import Estimate, estimate


@dataclass(frozen=True)
class SourceList:
    """A named group of sources, treated as one list in multiple-systems estimation."""

    name: str
    source_uids: tuple[str, ...]


@dataclass(frozen=True)
class _Scope:
    """The acts and people an estimate is about."""

    acts: Any
    sources: Any
    period: bool
    visible: set[int]


def _scope(start: date | None, end: date | None, user: Any) -> _Scope:
    """What the estimate may look at: for a user, only the acts, sources and people they may read."""
    everything = user is None
    acts = (Act.objects.all() if everything else Act.objects.visible_to(user)).exclude(victim=None)
    if start is not None and end is not None:
        acts = acts.filter(start_earliest__gte=start, start_latest__lte=end)
    sources = Source.objects.all() if everything else Source.objects.visible_to(user)
    people = Person.objects.all() if everything else Person.objects.visible_to(user)
    return _Scope(acts, sources, start is not None and end is not None, set(people.values_list("pk", flat=True)))


def _people_documented(source_list: SourceList, scope: _Scope) -> set[int]:
    """Person ids an accepted claim of the list's sources is about, directly or through an act in scope."""
    sources = scope.sources.filter(uid__in=source_list.source_uids)
    claims = Claim.objects.filter(source__in=sources, review_state=ReviewState.ACCEPTED)
    person_type = ContentType.objects.get_for_model(Person)
    act_type = ContentType.objects.get_for_model(Act)
    direct = set(claims.filter(subject_type=person_type).values_list("subject_id", flat=True))
    if scope.period:
        # In a period, a person counts only for acts against them that fall wholly inside it.
        direct &= set(scope.acts.values_list("victim_id", flat=True))
    act_claims = claims.filter(subject_type=act_type).values("subject_id")
    via_acts = set(scope.acts.filter(pk__in=act_claims).values_list("victim_id", flat=True))
    return (direct | via_acts) & scope.visible


def capture_histories(
    lists: Sequence[SourceList], *, start: date | None = None, end: date | None = None, user: Any = None
) -> dict[int, tuple[int, ...]]:
    """Each identity documented by any list, with its 0/1 capture pattern over the lists (in order)."""
    scope = _scope(start, end, user)
    cluster = identities(user)
    captured: dict[int, list[int]] = defaultdict(lambda: [0] * len(lists))
    for position, source_list in enumerate(lists):
        for person_id in _people_documented(source_list, scope):
            captured[cluster.get(person_id, person_id)][position] = 1
    return {identity: tuple(pattern) for identity, pattern in sorted(captured.items())}


def estimate_from_sources(
    lists: Sequence[SourceList],
    *,
    start: date | None = None,
    end: date | None = None,
    user: Any = None,
    method: str = "lcmcr",
    seed: int = 1,
    samples: int = 5_000,
) -> Estimate:
    """The multiple-systems estimate of everyone documented or not, from the record's own lists."""
    histories = capture_histories(lists, start=start, end=end, user=user)
    return estimate_from_histories(histories, lists, method=method, seed=seed, samples=samples)


def estimate_from_histories(
    histories: dict[int, tuple[int, ...]],
    lists: Sequence[SourceList],
    *,
    method: str = "lcmcr",
    seed: int = 1,
    samples: int = 5_000,
) -> Estimate:
    """The estimate from capture histories already built (a page that also shows them builds them once)."""
    return estimate(
        list(histories.values()), lists=[item.name for item in lists], method=method, seed=seed, samples=samples
    )
