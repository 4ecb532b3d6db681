"""R-hat and credible intervals on hand-made draws."""

from __future__ import annotations

import numpy as np
import pytest

from chronicle.stats.estimation.diagnostics import credible_interval, split_rhat


def test_chains_drawing_from_the_same_distribution_have_rhat_near_one() -> None:
    draws = np.random.default_rng(0).normal(100, 5, size=(4, 4000))
    assert split_rhat(draws) == pytest.approx(1.0, abs=0.01)


def test_chains_stuck_in_different_places_have_a_large_rhat() -> None:
    rng = np.random.default_rng(1)
    draws = rng.normal(0, 1, size=(2, 1000)) + np.array([[0.0], [5.0]])
    assert split_rhat(draws) > 2


def test_a_trend_within_one_chain_is_caught_by_splitting_it() -> None:
    trend = np.linspace(0, 10, 2000)[None, :] + np.zeros((1, 1))
    assert split_rhat(trend) > 2


def test_constant_draws_have_rhat_one() -> None:
    assert split_rhat(np.full((3, 10), 7.0)) == 1.0


def test_the_credible_interval_takes_equal_tails_of_the_pooled_draws() -> None:
    draws = np.arange(1, 1001).reshape(2, 500)
    assert credible_interval(draws) == pytest.approx((25.975, 975.025))
    assert credible_interval(draws, level=0.5) == pytest.approx((250.75, 750.25))
