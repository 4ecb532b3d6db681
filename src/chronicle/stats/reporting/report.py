"""The period report as plain data: own counts, breakdowns, prisoners, reported figures and their reconciliation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from chronicle.records.domain.prisoners import political_prisoners_on, status_claims_on
from chronicle.stats.counting import (
    PERIOD_RULE,
    RULES,
    Breakdown,
    Count,
    Loaded,
    Period,
    Scope,
    breakdowns_loaded,
    count_loaded,
    load,
)
from chronicle.stats.counting.collector import collector_paused
from chronicle.stats.reporting.dates import LANGUAGES, ReportError
from chronicle.stats.reporting.labels import label, organization_names
from chronicle.stats.reporting.reconciliation import Reconciliation, reconcile
from chronicle.stats.reporting.sentences import own_sentences, reported_sentences

HEADLINE_RULES = ("acts", "victims", "unnamed_victims", "legal_cases", "criminal_cases", "political_prisoners")
SECTIONS = (
    ("acts", "act_type"),
    ("acts", "region"),
    ("acts", "legal_article"),
    ("acts", "movement"),
    ("acts", "perpetrator_type"),
    ("victims", "act_type"),
    ("victims", "region"),
    ("legal_cases", "region"),
    ("legal_cases", "legal_article"),
    ("legal_cases", "movement"),
)


@dataclass(frozen=True)
class Line:
    """One row of a breakdown: a facet value, its words, and its count."""

    key: str
    label: str
    count: Count


@dataclass(frozen=True)
class Section:
    """A breakdown with labelled rows; `total` is None for multi-valued facets, which must not be summed."""

    breakdown: Breakdown
    lines: tuple[Line, ...]

    @property
    def total(self) -> int | None:
        """The breakdown's total when summing is meaningful."""
        return self.breakdown.total()


@dataclass(frozen=True)
class Prisoner:
    """A person held to be a political prisoner on the report's last day, and by whom."""

    uid: str
    name: str
    claimed_by: tuple[str, ...]


@dataclass(frozen=True)
class PeriodReport:
    """Everything a period report says, as plain data; renderers only lay it out."""

    period: Period
    language: str
    scope: Scope
    generated_on: date
    counts: dict[str, Count]
    sentences: tuple[str, ...]
    sections: tuple[Section, ...]
    prisoners: tuple[Prisoner, ...]
    reconciliation: tuple[Reconciliation, ...]
    reported: tuple[str, ...]
    rules: dict[str, str]


def _breakdowns(loaded: Loaded) -> list[Breakdown]:
    """The breakdowns of SECTIONS, in order, each rule's items gone through once for all its facets."""
    facets_of: dict[str, list[str]] = {}
    for rule, facet in SECTIONS:
        facets_of.setdefault(rule, []).append(facet)
    found = {(rule, b.facet): b for rule, facets in facets_of.items() for b in breakdowns_loaded(loaded, rule, facets)}
    return [found[section] for section in SECTIONS]


def _sections(loaded: Loaded, language: str) -> tuple[Section, ...]:
    breakdowns = _breakdowns(loaded)
    movements = {c.key or "" for b in breakdowns if b.facet == "movement" for c in b.counts}
    names = organization_names(movements)
    return tuple(
        Section(b, tuple(Line(c.key or "", label(b.facet, c.key or "", language, names), c) for c in b.counts))
        for b in breakdowns
    )


def _prisoners(day: date, user: Any) -> tuple[Prisoner, ...]:
    claims = status_claims_on(day, user=user).select_related("claimed_by", "claimed_in")
    by: dict[int, set[str]] = {}
    for claim in claims:
        claimant = claim.claimed_by.name if claim.claimed_by else claim.claimed_in.title if claim.claimed_in else ""
        by.setdefault(claim.person_id, set()).add(claimant)
    people = political_prisoners_on(day, user=user)
    return tuple(Prisoner(p.uid, p.display_name, tuple(sorted(by.get(p.pk, ())))) for p in people)


def build_report(period: Period, *, language: str = "en", user: Any = None, scope: Scope | None = None) -> PeriodReport:
    """Count the period under every rule and facet, list prisoners, reconcile reported figures. Reads only."""
    if language not in LANGUAGES:
        raise ReportError(f"unknown language {language!r}: use one of {', '.join(LANGUAGES)}")
    if period.start is None or period.end is None:
        raise ReportError("a report needs a period with both a first and a last day")
    with collector_paused():
        return _build(period, language, user, scope or Scope())


def _build(period: Period, language: str, user: Any, scope: Scope) -> PeriodReport:
    """The report's parts, in the order they are counted."""
    assert period.end is not None
    loaded = load(period, user=user, scope=scope)
    counts = {rule: count_loaded(loaded, rule) for rule in HEADLINE_RULES}
    rows = tuple(reconcile(period, user=user, scope=scope, loaded=loaded))
    rules = {name: rule.definition for name, rule in RULES.items()} | {"period_rule": PERIOD_RULE}
    return PeriodReport(
        period=period,
        language=language,
        scope=scope,
        generated_on=date.today(),
        counts=counts,
        sentences=tuple(own_sentences(period, counts, language)),
        sections=_sections(loaded, language),
        prisoners=_prisoners(period.end, user),
        reconciliation=rows,
        reported=tuple(reported_sentences(rows, language)),
        rules=rules,
    )
