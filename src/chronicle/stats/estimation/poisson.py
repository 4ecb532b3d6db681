"""Poisson regression by Newton's method, small and dependency-free, for log-linear models."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_ITERATIONS = 100
TOLERANCE = 1e-8
DIVERGENT = 30.0  # |log-scale coefficient| past which the MLE is taken to lie at infinity


@dataclass(frozen=True)
class PoissonFit:
    """Coefficients of a log-linear Poisson model and its maximised log-likelihood."""

    coefficients: np.ndarray
    log_likelihood: float
    converged: bool

    def fitted(self, design: np.ndarray) -> np.ndarray:
        """Expected counts for the rows of `design`."""
        return np.exp(design @ self.coefficients)


def fit_poisson(design: np.ndarray, counts: np.ndarray, start: np.ndarray | None = None) -> PoissonFit:
    """Maximum-likelihood fit; `converged` is False when the MLE does not exist (sparse cells)."""
    beta = _starting_point(design, counts) if start is None else start.copy()
    for _ in range(MAX_ITERATIONS):
        step = _newton_step(design, counts, beta)
        if step is None:
            break
        moved = _halve_until_better(design, counts, beta, step)
        if moved is beta or np.abs(step).max() < TOLERANCE or np.abs(moved).max() > DIVERGENT:
            beta = moved
            break
        beta = moved
    converged = bool(np.abs(beta).max() <= DIVERGENT and step is not None)
    return PoissonFit(beta, _log_likelihood(design, counts, beta), converged)


def _starting_point(design: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Intercept at the log mean count, every other coefficient zero."""
    beta = np.zeros(design.shape[1])
    beta[0] = np.log(max(float(counts.mean()), 0.5))
    return beta


def _newton_step(design: np.ndarray, counts: np.ndarray, beta: np.ndarray) -> np.ndarray | None:
    """The Newton direction, or None where the information matrix is singular."""
    mean = np.exp(design @ beta)
    information = design.T @ (design * mean[:, None])
    try:
        return np.linalg.solve(information, design.T @ (counts - mean))
    except np.linalg.LinAlgError:
        return None


def _halve_until_better(design: np.ndarray, counts: np.ndarray, beta: np.ndarray, step: np.ndarray) -> np.ndarray:
    """Shorten the step until the likelihood does not fall (guards against overshooting)."""
    current = _log_likelihood(design, counts, beta)
    for _ in range(30):
        candidate = beta + step
        if _log_likelihood(design, counts, candidate) >= current - 1e-12:
            return candidate
        step = step / 2
    return beta


def _log_likelihood(design: np.ndarray, counts: np.ndarray, beta: np.ndarray) -> float:
    """Poisson log-likelihood without the log(count!) constant."""
    eta = np.clip(design @ beta, -700, 700)
    return float(counts @ eta - np.exp(eta).sum())
