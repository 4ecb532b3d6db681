"""A reduced, fixed-seed run of the coverage study (`bench/bench_estimate.py --coverage`).

Continuous heterogeneity (each individual's visibility shared by all lists) on four lists, the design
where LCMCR alone is biased low and its interval covered the true total in only about half the runs;
the combined interval (LCMCR's and the log-linear multimodel interval, as `--method combined` gives
it) must cover in at least 85%. About half a minute of CPU: all populations are sampled side by side.
"""

from __future__ import annotations

import math

import numpy as np

from chronicle.stats.estimation import estimate, from_counts
from chronicle.stats.estimation.api import sampler_settings
from chronicle.stats.estimation.histories import all_patterns
from chronicle.stats.estimation.lcmcr import sample_totals
from chronicle.stats.estimation.simulation import Population, individual_population

TOTAL = 2000
LISTS = 4
REPLICATES = 30


def _populations(seed: int) -> list[Population]:
    rng = np.random.default_rng(seed)
    kept: list[Population] = []
    while len(kept) < REPLICATES:
        population = individual_population(TOTAL, LISTS, rng)
        if population.lists_catch_at_least(0.2):
            kept.append(population)
    return kept


def _latent_class_intervals(populations: list[Population], seed: int) -> np.ndarray:
    counts = np.stack([population.counts for population in populations])
    settings = sampler_settings(4000, chains=2)
    draws = sample_totals(all_patterns(LISTS), counts, settings, np.random.default_rng(seed))
    return np.percentile(draws.reshape(REPLICATES, -1), [2.5, 97.5], axis=1).T


def _loglinear_intervals(populations: list[Population]) -> np.ndarray:
    patterns = [tuple(row) for row in all_patterns(LISTS).tolist()]
    intervals = []
    for population in populations:
        table = from_counts(dict(zip(patterns, population.counts.tolist(), strict=True)))
        low, high = estimate(table, method="loglinear").ci95
        intervals.append((low, math.inf if high is None else high))
    return np.array(intervals, dtype=float)


def test_combined_intervals_cover_under_continuous_heterogeneity_on_four_lists() -> None:
    populations = _populations(seed=2016)
    latent = _latent_class_intervals(populations, seed=7)
    loglinear = _loglinear_intervals(populations)
    low, high = np.minimum(latent[:, 0], loglinear[:, 0]), np.maximum(latent[:, 1], loglinear[:, 1])
    covered = (low <= TOTAL) & (high >= TOTAL)
    assert covered.mean() >= 0.85
