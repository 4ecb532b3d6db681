"""Convergence diagnostics and summaries of posterior draws of the total."""

from __future__ import annotations

import numpy as np


def split_rhat(draws: np.ndarray) -> float:
    """Split-chain potential scale reduction (Gelman et al., BDA3 §11.4) of (chains, draws)."""
    half = draws.shape[1] // 2
    halves = np.concatenate([draws[:, :half], draws[:, half : 2 * half]]).astype(float)
    within = halves.var(axis=1, ddof=1).mean()
    between = half * halves.mean(axis=1).var(ddof=1)
    if within == 0:
        return 1.0 if between == 0 else float("inf")
    pooled = (half - 1) / half * within + between / half
    return float(np.sqrt(pooled / within))


def credible_interval(draws: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """Equal-tailed posterior interval of all draws pooled."""
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(draws, [tail, 100 - tail])
    return float(low), float(high)
