"""Linking person records: Splink scores blocked pairs, hard rules veto, guarded clustering."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from chronicle.names.calibration import calibrated
from chronicle.names.cluster import Edge, cluster_records
from chronicle.names.comparisons import COMPARISONS
from chronicle.names.engine import register
from chronicle.names.features import Features, features_of_text
from chronicle.names.linkage_model import LinkageModel, load_model, untrained_settings
from chronicle.names.rules import veto

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


def _scored_pairs(engine: str, rows: Sequence[Features], model: LinkageModel) -> list[dict[str, Any]]:
    from splink import Linker

    _quiet_splink()
    prior = model.prior(deterministic_agreements(rows), len(rows))
    _api, table = register(engine, rows)
    linker = Linker(table, model.with_prior(prior))
    predictions = linker.inference.predict(threshold_match_probability=REVIEW_FLOOR, warning_mode="never")
    return predictions.as_record_list()


def explain_levels(left: Features, right: Features) -> dict[str, str]:
    """The label of the level each comparison gives a pair (the Python twin of Splink's SQL)."""
    return {spec.name: spec.label_of(left, right) for spec in COMPARISONS}


def _pair(row: dict[str, Any], rows: Sequence[Features], index: dict[str, int]) -> ScoredPair:
    left, right = rows[index[row["unique_id_l"]]], rows[index[row["unique_id_r"]]]
    return ScoredPair(
        left=left.unique_id,
        right=right.unique_id,
        probability=float(row["match_probability"]),
        levels=explain_levels(left, right),
        veto=veto(left, right),
    )


def link_features(
    rows: Sequence[Features], engine: str = "duckdb", threshold: float | None = None,
    progress: Progress | None = None,
) -> LinkResult:  # fmt: skip
    """Link records already turned into features."""
    say = progress or (lambda message: None)
    model = calibrated(load_model(), rows)
    cut = model.threshold if threshold is None else threshold
    index = {row.unique_id: i for i, row in enumerate(rows)}
    say(f"scoring candidate pairs with Splink on {engine}")
    pairs = [_pair(row, rows, index) for row in _scored_pairs(engine, rows, model)]
    say(f"clustering {len(pairs)} candidate pairs at p >= {cut}")
    edges = [Edge(index[p.left], index[p.right], p.probability) for p in pairs if not p.veto]
    labels = cluster_records(rows, edges, cut)
    clusters = {rows[i].unique_id: rows[root].unique_id for i, root in enumerate(labels)}
    return LinkResult(clusters, pairs)


def features_of_records(records: Sequence[InputRecord]) -> list[Features]:
    """Parse every record's name into features."""
    return [features_of_text(r.record_id, r.name, r.birth_year, r.region) for r in records]


def link_records(
    records: Sequence[InputRecord], engine: str = "duckdb", threshold: float | None = None,
    progress: Progress | None = None,
) -> LinkResult:  # fmt: skip
    """Cluster person records: every record gets a cluster id (the id of one of its members)."""
    return link_features(features_of_records(records), engine, threshold, progress)


__all__ = ["InputRecord", "LinkResult", "ScoredPair", "link_records", "untrained_settings"]
