"""Warnings for the regimes where intervals undercover, each with the threshold it rests on."""

from __future__ import annotations

from chronicle.stats.estimation.guardrails import (
    convergence_warning,
    data_warnings,
    estimate_warnings,
)
from chronicle.stats.estimation.histories import from_counts

FOUR_LISTS = ("A", "B", "C", "D")
FIVE_LISTS = ("A", "B", "C", "D", "E")


def large_five_list_table() -> dict[tuple[int, ...], int]:
    """Plenty of individuals on five lists, every pair overlapping."""
    return {
        (1, 1, 0, 0, 0): 200,
        (0, 1, 1, 0, 0): 200,
        (0, 0, 1, 1, 1): 200,
        (1, 0, 1, 0, 1): 200,
        (1, 0, 0, 1, 0): 200,
        (0, 1, 0, 1, 0): 200,
        (0, 1, 0, 0, 1): 200,
    }


def large_four_list_table() -> dict[tuple[int, ...], int]:
    """Plenty of individuals, every pair of lists overlapping."""
    return {
        (1, 1, 0, 0): 100,
        (0, 1, 1, 0): 100,
        (0, 0, 1, 1): 100,
        (1, 0, 0, 1): 100,
        (1, 0, 1, 0): 100,
        (0, 1, 0, 1): 100,
    }


def test_a_large_five_list_table_raises_no_warning() -> None:
    table = from_counts(large_five_list_table(), FIVE_LISTS)
    assert data_warnings(table) == []
    assert estimate_warnings(table, 2000.0) == []


def test_four_lists_always_carry_the_undercoverage_warning() -> None:
    assert data_warnings(from_counts(large_four_list_table(), FOUR_LISTS)) == [
        "four lists: models of heterogeneous capture that fit alike extrapolate apart; in simulation "
        "each method's 95% interval alone covered the true total in as few as 20% of runs, the combined "
        "interval in 93-100% only by spanning them (median width up to 0.8 times the total at 500)"
    ]


def test_five_lists_with_a_total_under_2000_are_flagged() -> None:
    table = from_counts(large_five_list_table(), FIVE_LISTS)
    assert estimate_warnings(table, 1999.0) == [
        "estimated total below 2000: with five lists and 500 individuals LCMCR's 95% interval "
        "covered the true total in only 47-73% of simulated runs, the combined interval in all latent-class runs "
        "only by spanning models that disagree (median width 2.3 times the total)"
    ]


def test_fewer_than_100_documented_individuals_is_indicative_only() -> None:
    table = from_counts({(1, 1, 0, 0): 50, (0, 1, 1, 1): 49}, FOUR_LISTS)
    assert data_warnings(table) == [
        "only 99 individuals documented (fewer than 100): the estimate is indicative only",
        "four lists: models of heterogeneous capture that fit alike extrapolate apart; in simulation "
        "each method's 95% interval alone covered the true total in as few as 20% of runs, the combined "
        "interval in 93-100% only by spanning them (median width up to 0.8 times the total at 500)",
        "lists 'A' and 'C' share no individual: their dependence cannot be estimated",
        "lists 'A' and 'D' share no individual: their dependence cannot be estimated",
    ]


def test_three_lists_always_carry_the_identifiability_warning() -> None:
    table = from_counts({(1, 1, 0): 100, (0, 1, 1): 100, (1, 0, 1): 100})
    assert data_warnings(table) == [
        "only three lists: capture heterogeneity cannot be told apart from list dependence, so the data cannot bound "
        "the total; the combined 95% interval reaches, unless the data rule it out, to the largest total at which "
        "every list documents at least 20%, and in simulation in that regime it covered the true total in all runs "
        "(each model family's interval alone in as few as 17%), at a median width of 0.7-1.2 times the total"
    ]


def test_a_small_estimated_total_is_flagged() -> None:
    table = from_counts(large_four_list_table(), FOUR_LISTS)
    assert estimate_warnings(table, 999.0) == [
        "estimated total below 1000: in simulations with about 300 individuals "
        "and 3-4 lists the 95% interval covered the true total only 65-75% of the time"
    ]
    assert estimate_warnings(table, 1000.0) == []


def test_lists_documenting_under_a_fifth_of_the_estimate_are_named() -> None:
    table = from_counts(large_four_list_table(), FOUR_LISTS)  # each list documents 300
    assert estimate_warnings(table, 1500.0) == []
    assert estimate_warnings(table, 1600.0) == [
        "list(s) documenting under 20% of the estimated total (A 19%, B 19%, C 19%, D 19%): "
        "with low capture the interval undercovers badly (15% coverage at 5-10% capture)"
    ]


def test_disagreeing_chains_ask_for_more_samples() -> None:
    assert convergence_warning(1.1) == []
    assert convergence_warning(1.25) == ["sampler chains disagree (R-hat 1.25 > 1.1): rerun with more samples"]
