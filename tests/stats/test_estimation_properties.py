"""Properties that hold for any capture table: CSV round trips, bounds, and sampler invariants."""

from __future__ import annotations

import io
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.stats.estimation import estimate
from chronicle.stats.estimation.capture_csv import parse_captures
from chronicle.stats.estimation.histories import CaptureError, CaptureTable, all_patterns, from_counts
from chronicle.stats.estimation.lcmcr import _normalised, _sample_unobserved, _State, _update_weights
from chronicle.stats.estimation.result import Estimate


@st.composite
def capture_tables(draw: st.DrawFn) -> dict[tuple[int, ...], int]:
    """Pattern counts over 3-5 lists, possibly unusable (no overlap, empty lists)."""
    lists = draw(st.integers(3, 5))
    patterns = [tuple(row) for row in all_patterns(lists).tolist()]
    counts = draw(st.lists(st.integers(0, 40), min_size=len(patterns), max_size=len(patterns)))
    return dict(zip(patterns, counts, strict=True))


def as_csv(counts: dict[tuple[int, ...], int], *, aggregated: bool) -> str:
    """The table written the way a user would: per individual, or with a count column."""
    width = len(next(iter(counts)))
    header = ",".join(f"L{i}" for i in range(width)) + (",count" if aggregated else "")
    rows = []
    for pattern, n in counts.items():
        cells = ",".join(str(x) for x in pattern)
        rows += [f"{cells},{n}"] if aggregated else [cells] * n
    return "\n".join([header, *rows]) + "\n"


def table_or_refusal(counts: dict[tuple[int, ...], int]) -> CaptureTable | str:
    """The validated table, or the refusal message for unusable counts."""
    try:
        return from_counts(counts, [f"L{i}" for i in range(len(next(iter(counts))))])
    except CaptureError as error:
        return str(error)


@given(capture_tables(), st.booleans())
@settings(max_examples=60, deadline=None)
def test_csv_per_individual_or_aggregated_reads_back_the_same_table(
    counts: dict[tuple[int, ...], int], aggregated: bool
) -> None:
    expected = table_or_refusal(counts)
    try:
        parsed: CaptureTable | str = parse_captures(io.StringIO(as_csv(counts, aggregated=aggregated)))
    except CaptureError as error:
        parsed = str(error)
    if isinstance(expected, str):
        assert isinstance(parsed, str)
    else:
        assert isinstance(parsed, CaptureTable)
        assert dict(parsed.counts) == dict(expected.counts)


@given(capture_tables())
@settings(max_examples=25, deadline=None)
def test_loglinear_estimates_and_intervals_never_fall_below_the_documented_count(
    counts: dict[tuple[int, ...], int],
) -> None:
    table = table_or_refusal(counts)
    if isinstance(table, str):
        return
    try:
        result = estimate(table, method="loglinear")
    except CaptureError as error:
        assert str(error) == "no log-linear model has a finite estimate for these capture histories"
        return
    low, high = result.ci95
    assert result.observed == table.observed <= low <= result.estimate
    assert high is None or result.estimate <= high


def test_normalised_weights_sum_to_one_even_from_extreme_logs() -> None:
    weights = _normalised(np.array([[-1000.0, -1001.0, -np.inf], [0.0, 0.0, 0.0]]))
    np.testing.assert_allclose(weights.sum(axis=-1), [1.0, 1.0])
    np.testing.assert_allclose(weights[1], [1 / 3, 1 / 3, 1 / 3])
    assert weights[0, 2] == 0.0


def test_stick_breaking_weights_are_a_distribution_and_follow_class_sizes() -> None:
    rng = np.random.default_rng(0)
    state = _State(capture=np.full((2, 4, 3), 0.5), log_weights=np.zeros((2, 4)), alpha=np.ones(2))
    sizes = np.array([[1000, 0, 0, 0], [0, 0, 0, 1000]])
    _update_weights(state, sizes, rng)
    weights = np.exp(state.log_weights)
    np.testing.assert_allclose(weights.sum(axis=1), [1.0, 1.0])
    assert weights[0, 0] > 0.99 and weights[1, 3] > 0.99
    assert (state.alpha > 0).all()


def test_the_number_never_documented_has_the_negative_binomial_mean() -> None:
    rng = np.random.default_rng(1)
    p_unseen = 0.25  # each individual is missed by every list with probability 1/4
    log_unseen = np.log(np.full((20000, 2), p_unseen / 2))
    draws = _sample_unobserved(log_unseen, np.full(20000, 300), rng)
    assert math.isclose(draws.mean(), 300 * p_unseen / (1 - p_unseen), rel_tol=0.01)


def test_an_unbounded_interval_is_reported_as_null() -> None:
    result = Estimate(estimate=10, ci95=(8, None), observed=8, lists=3, method="loglinear", warnings=[])
    assert result.as_dict() == {
        "estimate": 10,
        "ci95": [8, None],
        "observed": 8,
        "lists": 3,
        "method": "loglinear",
        "warnings": [],
        "list_names": [],
        "list_totals": {},
    }
