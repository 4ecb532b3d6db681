"""Linking person records: Splink scores blocked pairs, hard rules veto, guarded clustering."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chronicle.names.calibration import calibrated
from chronicle.names.cluster import Edge, cluster_records
from chronicle.names.comparisons import COMPARISONS
from chronicle.names.engine import fetch_pairs, register
from chronicle.names.features import Features, features_of_text
from chronicle.names.linkage_model import LinkageModel, load_model, untrained_settings
from chronicle.names.merge_evidence import MergeEvidence
from chronicle.names.rules import veto
from chronicle.names.spelling import SurnameSpellings

# Pairs below this probability are not worth a reviewer's time and are not returned.
REVIEW_FLOOR = 0.05
Progress = Callable[[str], None]


@dataclass(frozen=True)
class InputRecord:
    """One row of the input: an id, a written name and optional context."""

    record_id: str
    name: str
    birth_year: int | None = None
    region: str | None = None
    source: str | None = None
    birth_date: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class ScoredPair:
    """A candidate pair with its probability, the level of each comparison, and any veto."""

    left: str
    right: str
    probability: float
    levels: dict[str, str]
    veto: str | None


@dataclass(frozen=True)
class LinkResult:
    """Cluster id per record id, and the scored candidate pairs."""

    clusters: dict[str, str]
    pairs: list[ScoredPair]


def deterministic_agreements(rows: Sequence[Features]) -> int:
    """Pairs agreeing on surname root and given name (the rule that calibrates the prior)."""
    groups = Counter((r.sur, r.giv) for r in rows if r.sur and r.giv)
    return sum(n * (n - 1) // 2 for n in groups.values())


def _quiet_splink() -> None:
    """Splink logs every step at INFO; the command shows its own progress instead."""
    for name in [*logging.root.manager.loggerDict, "splink"]:
        if name.startswith("splink"):
            logging.getLogger(name).setLevel(logging.WARNING)


def _scored_pairs(
    engine: str, rows: Sequence[Features], model: LinkageModel, floor: float
) -> list[tuple[str, str, float]]:
    from splink import Linker

    _quiet_splink()
    prior = model.prior(deterministic_agreements(rows), len(rows))
    _api, table = register(engine, rows)
    linker = Linker(table, model.with_prior(prior))
    predictions = linker.inference.predict(threshold_match_probability=floor, warning_mode="never")
    return fetch_pairs(engine, predictions)


def explain_levels(left: Features, right: Features) -> dict[str, str]:
    """The label of the level each comparison gives a pair (the Python twin of Splink's SQL)."""
    return {spec.name: spec.label_of(left, right) for spec in COMPARISONS}


def _explained(left: Features, right: Features, probability: float) -> ScoredPair:
    levels = explain_levels(left, right)
    return ScoredPair(left.unique_id, right.unique_id, probability, levels, veto(left, right))


def link_features(
    rows: Sequence[Features], engine: str = "duckdb", threshold: float | None = None,
    progress: Progress | None = None, explain: bool = True,
) -> LinkResult:  # fmt: skip
    """Link records already turned into features; `explain` also returns every candidate pair
    above the review floor with its levels (costly on big inputs, needed for --pairs)."""
    say = progress or (lambda message: None)
    model = calibrated(load_model(), rows)
    cut = model.threshold if threshold is None else threshold
    index = {row.unique_id: i for i, row in enumerate(rows)}
    say(f"scoring candidate pairs with Splink on {engine}")
    scored = _scored_pairs(engine, rows, model, min(REVIEW_FLOOR, cut) if explain else cut)
    say(f"clustering {len(scored)} candidate pairs at p >= {cut}")
    edges = linking_edges(rows, [(index[left], index[right], p) for left, right, p in scored], cut)
    labels = cluster_records(rows, edges, cut, MergeEvidence(model, rows))
    clusters = {rows[i].unique_id: rows[root].unique_id for i, root in enumerate(labels)}
    pairs = [_explained(rows[index[a]], rows[index[b]], p) for a, b, p in scored] if explain else []
    return LinkResult(clusters, pairs)


def linking_edges(rows: Sequence[Features], scored: Sequence[tuple[int, int, float]], cut: float) -> list[Edge]:
    """The links clustering reads: scored pairs with the input's evidence on their surname
    spellings (`spelling.SurnameSpellings`) at or above the threshold, none vetoed."""
    spellings = SurnameSpellings(rows)
    edges = []
    for i, j, p in scored:
        if p < cut or veto(rows[i], rows[j]):
            continue
        p = spellings.adjusted(rows[i], rows[j], p)
        if p >= cut:
            edges.append(Edge(i, j, p))
    return edges


def features_of_records(records: Sequence[InputRecord]) -> list[Features]:
    """Parse every record's name into features."""
    return [features_of_text(r.record_id, r.name, r.birth_year, r.region, r.birth_date) for r in records]


def link_records(
    records: Sequence[InputRecord], engine: str = "duckdb", threshold: float | None = None,
    progress: Progress | None = None, explain: bool = True,
) -> LinkResult:  # fmt: skip
    """Cluster person records: every record gets a cluster id (the id of one of its members)."""
    return link_features(features_of_records(records), engine, threshold, progress, explain)


__all__ = ["InputRecord", "LinkResult", "ScoredPair", "link_records", "untrained_settings"]
