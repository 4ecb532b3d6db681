"""Benchmark `chronicle link` and single-record matching on generated records.

Prints records per second for link at 10k, 50k (and 500k with --large) records, the time to
match one new record against a registry of 100k (p50/p95), and pairwise/B-cubed quality where
the truth is known. Ratios are against the 10k run in the same process.

Run: .venv/bin/python bench/bench_link.py [--large] [--sizes 10000,50000]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter

from chronicle.names.features import features_of_text
from chronicle.names.link import InputRecord, link_records
from chronicle.names.registry import build_index, match_one
from chronicle.names.testset import generate

RECORDS_PER_PERSON = 2.2  # the generator's mean


def records_for(count: int, seed: int) -> tuple[list[InputRecord], dict[str, str]]:
    """About `count` generated records and their truth."""
    labelled = generate(seed, int(count / RECORDS_PER_PERSON))
    records = [InputRecord(f"r{i}", r.name, r.birth_year, r.region) for i, (_, r) in enumerate(labelled)]
    return records, {f"r{i}": person for i, (person, _) in enumerate(labelled)}


def bcubed_and_pairwise(clusters: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """(pairwise F1, B-cubed F1), as score_linkage.py computes them."""
    joint = Counter((truth[r], clusters[r]) for r in truth)
    t_sizes, p_sizes = Counter(truth.values()), Counter(clusters.values())
    pairs = lambda n: n * (n - 1) // 2  # noqa: E731
    tp = sum(pairs(n) for n in joint.values())
    p = tp / max(sum(pairs(n) for n in p_sizes.values()), 1)
    r = tp / max(sum(pairs(n) for n in t_sizes.values()), 1)
    bp = sum(joint[(truth[x], clusters[x])] / p_sizes[clusters[x]] for x in truth) / len(truth)
    br = sum(joint[(truth[x], clusters[x])] / t_sizes[truth[x]] for x in truth) / len(truth)
    return 2 * p * r / max(p + r, 1e-9), 2 * bp * br / max(bp + br, 1e-9)


def bench_link(size: int, baseline: float | None) -> float:
    """Link `size` records; print seconds, records/s and quality; return records/s."""
    records, truth = records_for(size, seed=9000 + size)
    started = time.perf_counter()
    result = link_records(records, explain=False)  # as `chronicle link` without --pairs
    seconds = time.perf_counter() - started
    rate = len(records) / seconds
    pairwise, bcubed = bcubed_and_pairwise(result.clusters, truth)
    ratio = f"  ({rate / baseline:.2f}x the 10k rate)" if baseline else ""
    print(f"link {len(records):>7} records: {seconds:7.1f} s  {rate:8.0f} records/s{ratio}"
          f"  pairwise F1 {pairwise:.4f}  B-cubed F1 {bcubed:.4f}")  # fmt: skip
    return rate


def bench_match_one(registry_size: int = 100_000, queries: int = 300) -> None:
    """Time matching one new record against a registry of `registry_size` records."""
    records, _ = records_for(registry_size + queries, seed=4242)
    rows = [features_of_text(r.record_id, r.name, r.birth_year, r.region) for r in records]
    started = time.perf_counter()
    index = build_index(rows[:registry_size])
    print(f"index of {registry_size} records built in {time.perf_counter() - started:.1f} s")
    timings = []
    for record in records[registry_size:]:
        started = time.perf_counter()
        match_one(features_of_text(record.record_id, record.name, record.birth_year), index)
        timings.append((time.perf_counter() - started) * 1000)
    p50 = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(f"match one record against {registry_size}: p50 {p50:.1f} ms  p95 {p95:.1f} ms"
          f"  max {max(timings):.1f} ms ({queries} queries, parse included)")  # fmt: skip


def main() -> None:
    """Run the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--large", action="store_true", help="also link 500k records")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] + ([500_000] if args.large else [])
    baseline = None
    for size in sizes:
        rate = bench_link(size, baseline)
        baseline = baseline or rate
    bench_match_one()


if __name__ == "__main__":
    main()
