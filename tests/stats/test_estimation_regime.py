"""Three lists: the interval within the regime of at least 20% per list contains what the data cannot exclude."""

from __future__ import annotations

import numpy as np
from test_estimation_api import FAST, HEPATITIS_A
from test_estimation_identifiability import CAPTURE, SMALLER, WEIGHTS, expected_counts

from chronicle.stats.estimation import estimate, from_counts
from chronicle.stats.estimation.guardrails import regime_warning
from chronicle.stats.estimation.histories import all_patterns
from chronicle.stats.estimation.regime import RegimeInterval, regime_ceiling, regime_interval, two_class_profile
from chronicle.stats.estimation.simulation import latent_class_population

PATTERNS = [tuple(row) for row in all_patterns(3).tolist()]


def table_of(counts: np.ndarray) -> dict[tuple[int, ...], int]:
    """Pattern counts as `estimate` takes them."""
    return dict(zip(PATTERNS, (round(float(c)) for c in counts), strict=True))


def test_the_ceiling_is_five_times_the_smallest_list() -> None:
    assert regime_ceiling(from_counts(HEPATITIS_A)) == 610  # Q documented 122


def test_both_indistinguishable_twins_lie_inside_the_regime_interval() -> None:
    table = from_counts(table_of(expected_counts(SMALLER, WEIGHTS, CAPTURE)))
    regime = regime_interval(table)
    assert regime is not None
    assert regime.low <= SMALLER and regime.high >= 15_000  # the twins of test_estimation_identifiability
    assert (regime.high, regime.high_is_ceiling) == (regime.ceiling, True)
    assert regime.ceiling == 19_000  # the hardest list documents 38% of 10,000


def test_the_profile_is_flat_along_the_twins_and_falls_below_them() -> None:
    table = from_counts(table_of(expected_counts(SMALLER, WEIGHTS, CAPTURE)))
    low, ten, fifteen = two_class_profile(table, np.array([6_000.0, 10_000.0, 15_000.0]))
    assert abs(fifteen - ten) < 1.0  # the data cannot choose between them
    assert ten - low > 10.0  # but they do rule out totals well below


def test_hepatitis_regime_interval_lies_between_the_documented_count_and_the_ceiling() -> None:
    regime = regime_interval(from_counts(HEPATITIS_A))
    assert regime is not None
    assert 271 <= regime.low < 514 < regime.high == 610  # 514: LCMCR's estimate at the default run


def test_a_population_the_models_missed_is_inside_the_combined_interval() -> None:
    population = latent_class_population(10_000, 3, np.random.default_rng(0))
    assert population.lists_catch_at_least(0.2)
    result = estimate(table_of(population.counts), method="combined", samples=FAST, seed=1)
    latent, loglinear = result.details["lcmcr"]["ci95"], result.details["loglinear"]["ci95"]
    assert max(latent[1], loglinear[1]) < 10_000  # both model families' intervals miss, far below
    assert result.ci95[0] <= 10_000 <= (result.ci95[1] or 0)
    assert result.ci95[1] == result.details["regime"]["ceiling"]
    assert any(warning.startswith("three lists cannot bound the total: the upper end") for warning in result.warnings)


def test_the_hepatitis_interval_is_unchanged_where_the_models_already_reach_past_the_ceiling() -> None:
    result = estimate(HEPATITIS_A, method="combined", samples=FAST, seed=1)
    assert result.details["regime"] == {"share": 0.2, "ci95": [412, 610], "ceiling": 610}
    assert result.ci95[1] == result.details["loglinear"]["ci95"][1] == 3064
    assert not any(warning.startswith("three lists cannot bound") for warning in result.warnings)


def test_four_lists_get_no_regime_interval() -> None:
    four = {(1, 1, 0, 0): 40, (0, 1, 1, 0): 30, (1, 0, 0, 1): 35, (1, 1, 1, 1): 20, (0, 0, 1, 1): 25, (1, 0, 0, 0): 50}
    result = estimate(four, method="combined", samples=FAST, seed=3)
    assert "regime" not in result.details
    latent, loglinear = result.details["lcmcr"]["ci95"], result.details["loglinear"]["ci95"]
    assert result.ci95[0] == min(latent[0], loglinear[0])


def test_a_list_too_small_for_the_regime_gets_no_regime_interval_and_a_warning() -> None:
    table = from_counts({(1, 1, 0): 60, (1, 0, 0): 200, (0, 1, 0): 150, (0, 0, 1): 4, (1, 0, 1): 2})
    assert regime_ceiling(table) == 30 < table.observed
    assert regime_interval(table) is None
    assert regime_warning(None, 900.0) == [
        "the smallest list documents under 20% of even the documented individuals: the regime in which "
        "three-list intervals were validated does not hold, and the interval rests on the two model families alone"
    ]


def test_the_warning_says_the_upper_end_comes_from_the_assumption() -> None:
    at_ceiling = RegimeInterval(low=6_800.0, high=17_510.0, ceiling=17_510, high_is_ceiling=True)
    assert regime_warning(at_ceiling, 7_591.0) == [
        "three lists cannot bound the total: the upper end 17510 is the largest total at which every list "
        "documents at least 20% (5 times the smallest list); it rests on that assumption, not on the data"
    ]
    assert regime_warning(at_ceiling, 20_000.0) == []
