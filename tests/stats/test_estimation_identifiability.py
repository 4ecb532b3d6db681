"""Why no interval can promise coverage on three lists: two populations no data can tell apart.

With three lists a two-class population has seven parameters (a class weight and three capture
probabilities per class) for seven observable capture patterns, so a one-parameter family of
populations of different sizes documents exactly the same expected pattern counts. Here a population
of 10,000 and one of 15,000, every list documenting at least 20% of each, are such twins: whatever
the estimator, its interval must contain both totals to cover both, that is be at least half as wide
as the smaller total; and the family goes on to ever larger totals with an ever harder class.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import least_squares

from chronicle.stats.estimation.histories import all_patterns

PATTERNS = all_patterns(3)
SMALLER = 10_000
WEIGHTS = np.array([0.4, 0.6])  # a hard-to-document class and an easy one
CAPTURE = np.array([[0.15, 0.2, 0.1], [0.6, 0.5, 0.7]])  # (class, list)


def expected_counts(total: float, weights: np.ndarray, capture: np.ndarray) -> np.ndarray:
    """Expected number of individuals with each observable pattern."""
    on_pattern = np.where(PATTERNS[:, None, :] == 1, capture[None], 1 - capture[None]).prod(axis=2)
    return total * (on_pattern @ weights)


def _unpack(logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    shares = 1 / (1 + np.exp(-logits))
    return np.array([shares[0], 1 - shares[0]]), shares[1:].reshape(2, 3)


def twin(total: float) -> tuple[np.ndarray, np.ndarray]:
    """Class weights and capture probabilities of a population of `total` with the same expected patterns."""
    target = expected_counts(SMALLER, WEIGHTS, CAPTURE)
    start = np.r_[np.log(0.4 / 0.6), np.log(CAPTURE / (1 - CAPTURE)).ravel()]
    fit = least_squares(
        lambda logits: (expected_counts(total, *_unpack(logits)) - target) / np.sqrt(target),
        start,
        xtol=1e-14,
        ftol=1e-14,
        gtol=1e-14,
    )
    return _unpack(fit.x)


def test_a_larger_population_documents_the_same_expected_patterns() -> None:
    weights, capture = twin(15_000)
    np.testing.assert_allclose(
        expected_counts(15_000, weights, capture), expected_counts(SMALLER, WEIGHTS, CAPTURE), rtol=1e-9
    )
    assert ((capture > 0) & (capture < 1)).all() and ((weights > 0) & (weights < 1)).all()
    assert (weights @ capture >= 0.2).all()  # the regime: every list documents at least 20%
    assert (WEIGHTS @ CAPTURE >= 0.2).all()


def test_the_family_of_twins_runs_on_to_ever_larger_totals() -> None:
    hard_capture = [twin(total)[1][0].max() for total in (12_000, 15_000, 20_000)]
    assert hard_capture == sorted(hard_capture, reverse=True)  # an ever less visible hard class
