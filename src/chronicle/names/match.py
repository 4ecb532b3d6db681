"""Comparing two names (or two records) with an explanation of every value compared."""

from __future__ import annotations

from dataclasses import dataclass

from chronicle.names.comparisons import COMPARISONS
from chronicle.names.features import Features, features_of_text
from chronicle.names.linkage_model import LinkageModel, load_model, match_weight, probability
from chronicle.names.rules import veto

# For a single pair with no registry around it: the prior of a mid-sized registry (records).
MID_SIZED_REGISTRY = 10_000


@dataclass(frozen=True)
class FieldComparison:
    """One comparison: the values compared on each side and the level they reached."""

    field: str
    left: str | None
    right: str | None
    level: str


@dataclass(frozen=True)
class Comparison:
    """A scored pair: probability (0 if vetoed), match weight, the veto, and each field compared."""

    score: float
    weight: float
    veto: str | None
    fields: tuple[FieldComparison, ...]


_SHOWN = {
    "name": lambda f: f"{f.sur or '-'} / {f.giv or f.gi or '-'}",
    "patronymic": lambda f: f.pat or f.pi,
    "birth_year": lambda f: None if f.byear is None else str(f.byear),
    "sex": lambda f: f.sex,
    "region": lambda f: f.region,
}


def default_prior(model: LinkageModel | None = None) -> float:
    """The share of matching pairs the trained model expects in a registry of MID_SIZED_REGISTRY."""
    return (model or load_model()).typical_prior(MID_SIZED_REGISTRY)


def explain(
    left: Features, right: Features, prior: float | None = None, model: LinkageModel | None = None
) -> Comparison:
    """Score a pair of records and say which values were compared and how they agreed
    (at `prior`, by default that of a mid-sized registry)."""
    weight, _ = match_weight(left, right, default_prior(model) if prior is None else prior, model)
    reason = veto(left, right)
    fields = tuple(
        FieldComparison(spec.name, _SHOWN[spec.name](left), _SHOWN[spec.name](right),
                        spec.label_of(left, right))
        for spec in COMPARISONS
    )  # fmt: skip
    return Comparison(0.0 if reason else probability(weight), weight, reason, fields)


def compare_names(a: str, b: str, birth_year_a: int | None = None, birth_year_b: int | None = None) -> Comparison:
    """Compare two written names (with birth years if known): Бокаев Ерлан vs Bokayev Yerlan."""
    return explain(features_of_text("a", a, birth_year_a), features_of_text("b", b, birth_year_b))
