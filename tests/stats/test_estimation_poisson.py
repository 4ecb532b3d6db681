"""Poisson regression by Newton's method: exact recovery, and detection of MLEs at infinity."""

from __future__ import annotations

import numpy as np

from chronicle.stats.estimation.poisson import fit_poisson

DESIGN = np.array([[1, 0, 0], [1, 1, 0], [1, 0, 1], [1, 1, 1]], dtype=float)


def test_counts_equal_to_their_means_give_back_the_coefficients() -> None:
    truth = np.array([2.0, 0.5, -0.3])
    fit = fit_poisson(DESIGN, np.exp(DESIGN @ truth))
    assert fit.converged
    np.testing.assert_allclose(fit.coefficients, truth, atol=1e-9)


def test_fitted_means_preserve_the_total_as_poisson_mles_do() -> None:
    counts = np.array([10.0, 4.0, 7.0, 1.0])
    fit = fit_poisson(DESIGN, counts)
    assert np.isclose(fit.fitted(DESIGN).sum(), counts.sum(), rtol=1e-9)


def test_a_zero_count_pushing_a_coefficient_to_minus_infinity_is_not_converged() -> None:
    design = np.array([[1, 0], [1, 1], [1, 1]], dtype=float)
    fit = fit_poisson(design, np.array([5.0, 0.0, 0.0]))
    assert not fit.converged


def test_a_warm_start_reaches_the_same_fit() -> None:
    counts = np.array([10.0, 4.0, 7.0, 1.0])
    cold = fit_poisson(DESIGN, counts)
    warm = fit_poisson(DESIGN, counts, start=cold.coefficients + 0.1)
    np.testing.assert_allclose(warm.coefficients, cold.coefficients, atol=1e-8)
