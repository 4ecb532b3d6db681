"""The LCMCR Gibbs sampler: deterministic under a seed, right on easy data, calibrated where claimed.

The coverage test is the cheap, fixed-seed version of `bench/bench_estimate.py --coverage`:
latent-class populations on five lists, the regime where docs/estimation.md shows the 95% interval
covering the true total in at least 85% of runs. Three- and four-list and continuous-heterogeneity
designs, where it does not, are reported in the docs and the bench and carry warnings instead.
"""

from __future__ import annotations

import numpy as np

from chronicle.stats.estimation.histories import all_patterns
from chronicle.stats.estimation.lcmcr import SamplerSettings, sample_totals
from chronicle.stats.estimation.simulation import Population, _documented, latent_class_population

QUICK = SamplerSettings(chains=2, burn_in=500, draws=500)


def homogeneous_population(total: int, capture: list[float], seed: int) -> Population:
    """Everyone equally likely to be on each list: the easiest case."""
    probabilities = np.tile(np.array(capture), (total, 1))
    return _documented(probabilities, np.random.default_rng(seed))


def draws_for(population: Population, settings: SamplerSettings, seed: int) -> np.ndarray:
    """Posterior draws of N for one simulated population, shape (chains, draws)."""
    patterns = all_patterns(population.lists)
    return sample_totals(patterns, population.counts, settings, np.random.default_rng(seed))[0]


def test_draws_have_one_row_per_chain_and_never_fall_below_the_documented_count() -> None:
    population = homogeneous_population(600, [0.4, 0.3, 0.5, 0.35], seed=1)
    draws = draws_for(population, QUICK, seed=2)
    assert draws.shape == (2, 500)
    assert draws.min() >= population.observed


def test_the_same_seed_gives_the_same_draws() -> None:
    population = homogeneous_population(600, [0.4, 0.3, 0.5], seed=3)
    first = draws_for(population, QUICK, seed=9)
    again = draws_for(population, QUICK, seed=9)
    np.testing.assert_array_equal(first, again)
    assert not np.array_equal(first, draws_for(population, QUICK, seed=10))


def test_thinning_keeps_every_kth_draw() -> None:
    population = homogeneous_population(300, [0.5, 0.5, 0.5], seed=4)
    thinned = SamplerSettings(chains=1, burn_in=10, draws=50, thin=3)
    assert draws_for(population, thinned, seed=5).shape == (1, 50)


def test_a_homogeneous_population_is_recovered_closely() -> None:
    population = homogeneous_population(5000, [0.3, 0.25, 0.4, 0.35], seed=6)
    median = float(np.median(draws_for(population, SamplerSettings(chains=2, burn_in=1000, draws=1000), seed=7)))
    assert abs(median - 5000) / 5000 < 0.03


def test_several_data_sets_are_sampled_side_by_side() -> None:
    small = homogeneous_population(400, [0.5, 0.4, 0.45], seed=11)
    large = homogeneous_population(4000, [0.5, 0.4, 0.45], seed=12)
    counts = np.stack([small.counts, large.counts])
    draws = sample_totals(all_patterns(3), counts, QUICK, np.random.default_rng(13))
    assert draws.shape == (2, 2, 500)
    medians = np.median(draws.reshape(2, -1), axis=1)
    assert abs(medians[0] - 400) < 60 and abs(medians[1] - 4000) < 300


def coverage(lists: int, total: int, replicates: int, seed: int) -> float:
    """Share of simulated latent-class populations whose 95% interval contains the true total."""
    rng = np.random.default_rng(seed)
    populations: list[Population] = []
    while len(populations) < replicates:
        population = latent_class_population(total, lists, rng)
        if population.lists_catch_at_least(0.2):
            populations.append(population)
    counts = np.stack([population.counts for population in populations])
    settings = SamplerSettings(chains=2, burn_in=1500, draws=1500)
    draws = sample_totals(all_patterns(lists), counts, settings, rng).reshape(replicates, -1)
    low, high = np.percentile(draws, [2.5, 97.5], axis=1)
    return float(np.mean((low <= total) & (total <= high)))


def test_five_list_intervals_cover_the_true_total_in_at_least_85_percent_of_runs() -> None:
    assert coverage(lists=5, total=10_000, replicates=40, seed=20161) >= 0.85
