"""Simulated populations with known totals and heterogeneous capture, for validating estimators."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from chronicle.stats.estimation.histories import all_patterns


@dataclass(frozen=True)
class Population:
    """A simulated documentation exercise: the true total and the observed pattern counts."""

    total: int
    lists: int
    counts: np.ndarray
    capture_rates: np.ndarray  # share of the whole population each list documented

    @property
    def observed(self) -> int:
        """Number of individuals documented by at least one list."""
        return int(self.counts.sum())

    def lists_catch_at_least(self, share: float) -> bool:
        """Whether every list documented at least `share` of the population."""
        return bool((self.capture_rates >= share).all())


def latent_class_population(
    total: int, lists: int, rng: np.random.Generator, *, hard_share: float | None = None
) -> Population:
    """Two strata: a hard-to-document share with low capture, the rest with high capture."""
    share = rng.uniform(0.2, 0.6) if hard_share is None else hard_share
    hard = rng.uniform(0.05, 0.3, size=lists)
    easy = rng.uniform(0.3, 0.8, size=lists)
    is_hard = rng.random(total) < share
    probabilities = np.where(is_hard[:, None], hard[None, :], easy[None, :])
    return _documented(probabilities, rng)


def individual_population(total: int, lists: int, rng: np.random.Generator) -> Population:
    """Each individual has a logit-normal visibility shared by all lists (positive dependence)."""
    spread = rng.uniform(0.5, 1.5)
    visibility = rng.normal(0.0, spread, size=total)
    list_effect = rng.uniform(-1.2, 0.4, size=lists)
    probabilities = 1.0 / (1.0 + np.exp(-(visibility[:, None] + list_effect[None, :])))
    return _documented(probabilities, rng)


def _documented(probabilities: np.ndarray, rng: np.random.Generator) -> Population:
    """Draw who each list documented, and tabulate the observed capture patterns."""
    captured = rng.random(probabilities.shape) < probabilities
    lists = probabilities.shape[1]
    codes = captured @ (1 << np.arange(lists - 1, -1, -1))  # pattern as a binary number
    per_code = np.bincount(codes, minlength=2**lists)
    order = all_patterns(lists) @ (1 << np.arange(lists - 1, -1, -1))
    return Population(
        total=probabilities.shape[0],
        lists=lists,
        counts=per_code[order],
        capture_rates=captured.mean(axis=0),
    )
