"""`estimate`: one entry point over both methods, any input form, deterministic under a seed."""

from __future__ import annotations

import numpy as np
import pytest

from chronicle.stats.estimation import (
    CaptureError,
    CaptureTable,
    estimate,
    from_counts,
)
from chronicle.stats.estimation.histories import all_patterns
from chronicle.stats.estimation.simulation import latent_class_population

HEPATITIS_A: dict[tuple[int, ...], int] = {
    (1, 1, 1): 28,
    (1, 1, 0): 21,
    (1, 0, 1): 17,
    (1, 0, 0): 69,
    (0, 1, 1): 18,
    (0, 1, 0): 55,
    (0, 0, 1): 63,
}
FAST = 800  # posterior draws: enough for these checks, quick in the default suite


def individuals_of(counts: dict[tuple[int, ...], int]) -> list[tuple[int, ...]]:
    """One capture tuple per individual, as the app will pass them."""
    return [pattern for pattern, n in counts.items() for _ in range(n)]


def test_lcmcr_result_has_the_documented_shape() -> None:
    result = estimate(HEPATITIS_A, lists=["P", "Q", "E"], samples=FAST, seed=1)
    assert result.method == "lcmcr"
    assert (result.observed, result.lists) == (271, 3)
    assert result.ci95[0] <= result.estimate <= (result.ci95[1] or 0)
    assert result.list_names == ("P", "Q", "E")
    assert result.list_totals == {"P": 135, "Q": 122, "E": 126}
    assert list(result.as_dict())[:6] == ["estimate", "ci95", "observed", "lists", "method", "warnings"]
    assert result.details["samples"] == FAST
    assert result.details["chains"] == 4


def test_individual_tuples_and_counts_give_the_same_estimate() -> None:
    from_tuples = estimate(individuals_of(HEPATITIS_A), samples=FAST, seed=5)
    from_mapping = estimate(HEPATITIS_A, samples=FAST, seed=5)
    from_table = estimate(from_counts(HEPATITIS_A), samples=FAST, seed=5)
    assert from_tuples == from_mapping == from_table


def test_the_same_seed_gives_the_same_result_and_another_seed_may_not() -> None:
    first = estimate(HEPATITIS_A, samples=FAST, seed=7)
    assert estimate(HEPATITIS_A, samples=FAST, seed=7) == first
    assert estimate(HEPATITIS_A, samples=FAST, seed=8).details["rhat"] != first.details["rhat"]


def test_loglinear_reports_the_aic_best_model_and_its_rivals() -> None:
    result = estimate(HEPATITIS_A, method="loglinear", lists=["P", "Q", "E"])
    assert result.method == "loglinear"
    assert result.details["model"] == "darroch"
    assert (result.estimate, list(result.ci95)) == (1313, [489, 3064])  # every model within 6 AIC units
    assert result.details["model_ci95"] == [656, 3024]  # Darroch's model alone
    assert (result.details["window"], result.details["models_in_window"]) == (6.0, 8)
    assert [rival["model"] for rival in result.details["alternatives"]] == [
        "poisson",
        "P*E + darroch",
        "P*E + poisson",
        "P*Q + darroch",
        "P*Q + poisson",
    ]


def test_estimates_and_intervals_never_fall_below_the_documented_count() -> None:
    nearly_complete = {(1, 1, 1): 400, (1, 1, 0): 10, (0, 1, 1): 10, (1, 0, 1): 10}
    for method in ("lcmcr", "loglinear"):
        result = estimate(nearly_complete, method=method, samples=FAST)
        assert result.ci95[0] >= result.observed == 430
        assert result.estimate >= 430


def test_a_larger_simulated_population_is_estimated_within_its_interval() -> None:
    population = latent_class_population(5000, 5, np.random.default_rng(42), hard_share=0.3)
    patterns = [tuple(row) for row in all_patterns(5).tolist()]
    counts = dict(zip(patterns, population.counts.tolist(), strict=True))
    result = estimate(counts, samples=4000, seed=3)
    low, high = result.ci95
    assert high is not None and low <= 5000 <= high
    assert result.details["rhat"] < 1.1


def test_an_unknown_method_is_refused() -> None:
    with pytest.raises(CaptureError, match=r"unknown method 'dga': choose one of lcmcr, loglinear, combined"):
        estimate(HEPATITIS_A, method="dga")


def test_too_few_samples_are_refused() -> None:
    with pytest.raises(CaptureError, match="samples must be at least 8, got 4"):
        estimate(HEPATITIS_A, samples=4)


def test_two_lists_are_refused() -> None:
    with pytest.raises(CaptureError, match="needs at least 3 lists, got 2"):
        estimate([(1, 0), (1, 1), (0, 1)])


def test_a_table_built_by_hand_is_validated_too() -> None:
    unchecked = CaptureTable(lists=("A", "B", "C"), counts={(1, 0, 0): 5, (0, 1, 0): 4, (0, 0, 1): 3})
    with pytest.raises(CaptureError, match="no overlap between lists"):
        estimate(unchecked)


def test_too_many_lists_for_a_method_are_refused() -> None:
    six_lists = {(1, 1, 0, 0, 0, 0): 3, (0, 1, 1, 1, 1, 1): 2, (1, 0, 0, 0, 0, 1): 4}
    with pytest.raises(CaptureError, match="loglinear supports at most 5 lists, got 6"):
        estimate(six_lists, method="loglinear")
    eleven_lists = {(1,) * 11: 3, (1,) + (0,) * 10: 2}
    with pytest.raises(CaptureError, match="lcmcr supports at most 10 lists, got 11"):
        estimate(eleven_lists)


def test_combined_keeps_the_latent_class_median_and_spans_both_intervals() -> None:
    result = estimate(HEPATITIS_A, method="combined", samples=FAST, seed=1)
    latent, loglinear = result.details["lcmcr"], result.details["loglinear"]
    assert result.method == "combined"
    assert result.estimate == latent["estimate"] == estimate(HEPATITIS_A, samples=FAST, seed=1).estimate
    assert result.ci95[0] == min(latent["ci95"][0], loglinear["ci95"][0])
    assert result.ci95[1] == max(latent["ci95"][1], loglinear["ci95"][1])
    assert loglinear["model"] and result.details["rhat"] > 0 and result.details["samples"] == FAST


def test_combined_says_when_the_two_families_disagree() -> None:
    result = estimate(HEPATITIS_A, method="combined", samples=FAST, seed=1)
    latent, loglinear = result.details["lcmcr"]["ci95"], result.details["loglinear"]["ci95"]
    apart = latent[1] < loglinear[0] or loglinear[1] < latent[0]
    assert any("do not overlap" in warning for warning in result.warnings) == apart


def test_combined_on_more_lists_than_log_linear_handles_is_the_latent_class_estimate() -> None:
    six_lists = {(1, 1, 0, 0, 0, 0): 30, (0, 1, 1, 1, 1, 1): 20, (1, 0, 0, 0, 0, 1): 40, (1, 1, 1, 0, 0, 0): 25}
    result = estimate(six_lists, method="combined", samples=FAST, seed=2)
    assert result.method == "combined"
    assert result.ci95 == estimate(six_lists, samples=FAST, seed=2).ci95
    assert "log-linear comparison skipped (it handles at most 5 lists)" in result.warnings
