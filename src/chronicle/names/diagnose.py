"""Where the true pairs of a labelled set are lost: blocking, scoring, vetoes or clustering.

For every pair of source systems (and every system against all), the share of true pairs that
are candidate pairs (blocked), that score at or above the threshold without a veto (linked),
and that end up in one cluster. With `--show SYSTEM` it prints true pairs involving that
system which were lost, with the stage that lost them.

Run: python -m chronicle.names.diagnose DIR... [--show SYSTEM] [--limit 40] [--pairs]
where each DIR holds records.csv (with the source column) and truth.csv from `chronicle.names.testset`.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

from chronicle.names.calibration import calibrated
from chronicle.names.cluster import cluster_records
from chronicle.names.features import Features
from chronicle.names.link import InputRecord, _scored_pairs, explain_levels, features_of_records, linking_edges
from chronicle.names.linkage_model import load_model
from chronicle.names.merge_evidence import MergeEvidence
from chronicle.names.rules import veto

STAGES = ("blocked", "linked", "clustered")


@dataclass(frozen=True)
class PairFate:
    """What happened to one true pair."""

    left: int
    right: int
    probability: float | None  # None: never a candidate
    veto: str | None
    clustered: bool

    def stage_lost(self, threshold: float) -> str | None:
        """The first stage the pair failed, or None if it ended up in one cluster."""
        if self.probability is None:
            return "not blocked"
        if self.veto:
            return f"vetoed: {self.veto}"
        if self.probability < threshold:
            return "scored below threshold"
        return None if self.clustered else "not clustered"


def read_set(directory: Path) -> tuple[list[InputRecord], list[str], list[str]]:
    """Records, their person ids and their sources from a generated set."""
    with open(directory / "truth.csv", newline="", encoding="utf-8") as f:
        truth = {row["record_id"]: row["person_id"] for row in csv.DictReader(f)}
    records, persons, sources = [], [], []
    with open(directory / "records.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = int(row["birth_year"]) if row.get("birth_year") else None
            records.append(InputRecord(row["record_id"], row["name"], year, row.get("region") or None))
            persons.append(truth[row["record_id"]])
            sources.append(row.get("source") or "?")
    return records, persons, sources


def fates(rows: Sequence[Features], persons: Sequence[str]) -> tuple[list[PairFate], float]:
    """The fate of every true pair, as `chronicle link` treats the set, and the threshold."""
    model = calibrated(load_model(), rows)
    threshold = model.threshold
    index = {row.unique_id: i for i, row in enumerate(rows)}
    scored: dict[tuple[int, int], float] = {}
    for left, right, p in _scored_pairs("duckdb", rows, model, 0.0):
        i, j = sorted((index[left], index[right]))
        scored[(i, j)] = p
    edges = linking_edges(rows, [(i, j, p) for (i, j), p in scored.items()], threshold)
    labels = cluster_records(rows, edges, threshold, MergeEvidence(model, rows))
    by_person: dict[str, list[int]] = defaultdict(list)
    for i, person in enumerate(persons):
        by_person[person].append(i)
    found = []
    for members in by_person.values():
        for i, j in combinations(sorted(members), 2):
            found.append(PairFate(i, j, scored.get((i, j)), veto(rows[i], rows[j]), labels[i] == labels[j]))
    return found, threshold


def _row(label: str, group: Sequence[PairFate], threshold: float) -> str:
    n = len(group)
    blocked = sum(f.probability is not None for f in group)
    linked = sum(f.probability is not None and f.probability >= threshold and not f.veto for f in group)
    clustered = sum(f.clustered for f in group)
    return f"{label:<44} {n:>6} {blocked / n:>8.3f} {linked / n:>8.3f} {clustered / n:>9.3f}"


def report(found: Sequence[PairFate], sources: Sequence[str], threshold: float, pairs: bool) -> None:
    """Print shares per system (and per pair of systems with `pairs`)."""
    by_system: dict[str, list[PairFate]] = defaultdict(list)
    by_pair: dict[str, list[PairFate]] = defaultdict(list)
    for fate in found:
        a, b = sorted((sources[fate.left], sources[fate.right]))
        by_system[a].append(fate)
        if b != a:
            by_system[b].append(fate)
        by_pair[f"{a} ~ {b}"].append(fate)
    print(f"{'true pairs involving':<44} {'pairs':>6} {'blocked':>8} {'linked':>8} {'clustered':>9}")
    print(_row("all", found, threshold))
    for system in sorted(by_system, key=lambda s: _share(by_system[s])):
        print(_row(system, by_system[system], threshold))
    if pairs:
        print()
        for key in sorted(by_pair, key=lambda s: _share(by_pair[s])):
            if len(by_pair[key]) >= 10:
                print(_row(key, by_pair[key], threshold))


def _share(group: Sequence[PairFate]) -> float:
    return sum(f.clustered for f in group) / len(group)


def show(
    found: Sequence[PairFate], rows: Sequence[Features], records: Sequence[InputRecord],
    sources: Sequence[str], threshold: float, system: str, limit: int,
) -> None:  # fmt: skip
    """Print lost true pairs that involve `system` ('all' for every system)."""
    shown = 0
    for fate in found:
        lost = fate.stage_lost(threshold)
        if lost is None or (system != "all" and system not in (sources[fate.left], sources[fate.right])):
            continue
        a, b = records[fate.left], records[fate.right]
        p = "-" if fate.probability is None else f"{fate.probability:.3f}"
        print(f"{lost:<32} p={p:<6} {a.name!r} [{sources[fate.left]}, {a.birth_year}] ~ "
              f"{b.name!r} [{sources[fate.right]}, {b.birth_year}]")  # fmt: skip
        left, right = rows[fate.left], rows[fate.right]
        print(f"    sur {left.sur}/{right.sur} giv {left.giv}/{right.giv} gi {left.gi}/{right.gi} "
              f"pat {left.pat}/{right.pat} sex {left.sex}/{right.sex}")  # fmt: skip
        if fate.probability is not None:
            print(f"    {explain_levels(left, right)['name']}")
        shown += 1
        if shown >= limit:
            return


def main() -> None:
    """Command line: diagnose one or more generated sets."""
    main_args(None)


def main_args(argv: list[str] | None) -> None:
    """Diagnose generated sets, with the command line's arguments."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", type=Path, nargs="+", help="one or more generated sets")
    parser.add_argument("--show", help="print lost true pairs involving this system ('all' for any)")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--pairs", action="store_true", help="also report each pair of systems")
    args = parser.parse_args(argv)
    records: list[InputRecord] = []
    rows: list[Features] = []
    sources: list[str] = []
    found: list[PairFate] = []
    threshold = load_model().threshold
    for directory in args.directories:  # each set linked on its own, the fates pooled
        these, persons, their_sources = read_set(directory)
        their_rows = features_of_records(these)
        their_fates, threshold = fates(their_rows, persons)
        offset = len(rows)
        found += [replace(f, left=f.left + offset, right=f.right + offset) for f in their_fates]
        records += these
        rows += their_rows
        sources += their_sources
    report(found, sources, threshold, args.pairs)
    if args.show:
        print()
        show(found, rows, records, sources, threshold, args.show, args.limit)


if __name__ == "__main__":
    main()
