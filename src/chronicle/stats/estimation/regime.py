"""An interval for the total on three lists that is honest within the regime of at least 20% per list.

With three lists the total is not identified: two-class populations of different sizes document
the same expected capture patterns (tests/stats/test_estimation_identifiability.py), and the family
of such twins runs on to ever larger totals with an ever less visible class. What bounds it is the
regime the estimates are validated for, every list documenting at least `REGIME_SHARE` of the total:
since list j documented n_j individuals, the total is at most n_j / 0.2 = 5 n_j.

The interval is the profile-likelihood interval of the total under the two-class latent model
(Agresti 1994, *Biometrics* 50:494-500; Pledger 2000, *Biometrics* 56:434-442: within a class, lists
capture independently), over the totals the regime allows: every total from the documented count
up to the regime's ceiling whose profile log-likelihood is within χ²₁(0.95)/2 of its maximum. Where
the model is not identified the profile is flat, so the interval is the identification region widened
by sampling error, as in the "uncertainty regions" of Vansteelandt, Goetghebeur, Kenward &
Molenberghs (2006, *Statistica Sinica* 16:953-979) and the intervals for partially identified
parameters of Imbens & Manski (2004, *Econometrica* 72:1845-1857). No narrower interval can cover
every member of the family: its expected length is the integral of its coverage over the totals it
could contain (Pratt 1961, *JASA* 56:549-567), so covering each twin with probability 0.95 takes at
least 0.95 times the family's length. The upper end is the regime's ceiling whenever the likelihood
stays within the cut-off there, which is the usual case: that end comes from the assumption, not
from the data, and the warnings say so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.special import gammaln

from chronicle.stats.estimation.histories import CaptureTable
from chronicle.stats.estimation.profile import DROP_95

REGIME_SHARE = 0.20  # the regime: every list documents at least this share of the total
CLASSES = 2
GRID = 24  # totals at which the profile is first evaluated, evenly spaced on a log scale
# EM iterations per total: EM crawls near the lower end, where the fit is on the boundary; 8,000
# instead moved that end by at most 1% of the total on 20 simulated populations of 10,000-30,000
EM_SWEEPS = 2000
STARTS = 8  # EM starting points per total, against local maxima of the latent-class likelihood
BISECTIONS = 12  # halvings of the bracket around each end (to 1/4096 of a grid step)
SMALLEST_PROBABILITY = 1e-10  # keeps logs finite when a class stops capturing


@dataclass(frozen=True)
class RegimeInterval:
    """The two-class profile interval over the totals the regime allows."""

    low: float
    high: float
    ceiling: int  # the largest total at which every list documents at least REGIME_SHARE
    high_is_ceiling: bool  # the upper end is the regime's bound, not the likelihood's


def regime_ceiling(table: CaptureTable) -> int:
    """The largest total at which every list documented at least `REGIME_SHARE` of it."""
    return math.floor(min(table.list_totals().values()) / REGIME_SHARE + 1e-9)


def regime_interval(table: CaptureTable) -> RegimeInterval | None:
    """The 95% profile interval of the total within the regime; None if no total satisfies the regime."""
    ceiling, observed = regime_ceiling(table), table.observed
    if ceiling < observed:
        return None
    totals = np.unique(np.round(np.geomspace(observed, ceiling, GRID)))
    profile = two_class_profile(table, totals)
    cut = float(profile.max()) - DROP_95
    inside = np.flatnonzero(profile >= cut)
    first, last = int(inside[0]), int(inside[-1])
    low = float(totals[0]) if first == 0 else _crossing(table, cut, totals[first - 1], totals[first])
    high = float(ceiling) if last == len(totals) - 1 else _crossing(table, cut, totals[last + 1], totals[last])
    return RegimeInterval(low=low, high=high, ceiling=ceiling, high_is_ceiling=last == len(totals) - 1)


def _crossing(table: CaptureTable, cut: float, outside: float, inside: float) -> float:
    """Where the profile crosses the cut-off between a total outside the interval and one inside."""
    for _ in range(BISECTIONS):
        middle = (outside + inside) / 2
        if two_class_profile(table, np.array([middle]))[0] >= cut:
            inside = middle
        else:
            outside = middle
    return outside  # the outer side of the bracket: the interval errs on the wide side


def two_class_profile(table: CaptureTable, totals: np.ndarray) -> np.ndarray:
    """Profile log-likelihood of each total under the two-class model, up to a constant.

    For a total N the individuals on no list number N - n; the class weights and per-class capture
    probabilities are fitted to the full table by EM (several starts; the best kept), and the
    multinomial log-likelihood of the whole population is returned.
    """
    cells = np.vstack([np.zeros(len(table.lists), dtype=np.int64), table.patterns()]).astype(float)
    observed = table.pattern_counts().astype(float)
    full = np.column_stack([totals - observed.sum(), np.broadcast_to(observed, (len(totals), len(observed)))])
    weights, capture = _starting_points(len(totals), len(table.lists))
    for _ in range(EM_SWEEPS):
        weights, capture = _em_sweep(full, totals, cells, weights, capture)
    log_cells = _log_cell_probabilities(cells, weights, capture)  # (totals, starts, cells)
    fitted = np.einsum("tc,tsc->ts", full, log_cells).max(axis=1)
    return gammaln(totals + 1) - gammaln(totals - observed.sum() + 1) + fitted


def _starting_points(totals: int, lists: int) -> tuple[np.ndarray, np.ndarray]:
    """Class weights (totals, starts, K) and capture probabilities (totals, starts, K, J).

    The first start is a hard-to-document class beside an easy one, where the non-identified ridge
    runs; the rest are dispersed, from a fixed seed so that the interval does not depend on `--seed`.
    """
    rng = np.random.default_rng(0)
    capture = rng.uniform(0.05, 0.95, size=(totals, STARTS, CLASSES, lists))
    capture[:, 0, 0], capture[:, 0, 1] = 0.05, 0.6
    weights = np.full((totals, STARTS, CLASSES), 1 / CLASSES)
    return weights, capture


def _log_cell_probabilities(cells: np.ndarray, weights: np.ndarray, capture: np.ndarray) -> np.ndarray:
    """log P(pattern) for every cell, (totals, starts, cells)."""
    joint = _log_joint(cells, weights, capture)
    top = joint.max(axis=-1)
    return top + np.log(np.exp(joint - top[..., None]).sum(axis=-1))


def _log_joint(cells: np.ndarray, weights: np.ndarray, capture: np.ndarray) -> np.ndarray:
    """log P(class, pattern), (totals, starts, cells, K)."""
    on_lists = np.einsum("cj,tskj->tsck", cells, np.log(capture))
    off_lists = np.einsum("cj,tskj->tsck", 1 - cells, np.log1p(-capture))
    return np.log(weights)[..., None, :] + on_lists + off_lists


def _em_sweep(
    full: np.ndarray, totals: np.ndarray, cells: np.ndarray, weights: np.ndarray, capture: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """One EM iteration: split each cell among the classes, then refit weights and capture."""
    joint = _log_joint(cells, weights, capture)
    share = np.exp(joint - joint.max(axis=-1, keepdims=True))
    share /= share.sum(axis=-1, keepdims=True)
    in_class = full[:, None, :, None] * share  # (totals, starts, cells, K)
    sizes = in_class.sum(axis=2)
    captured = np.einsum("tsck,cj->tskj", in_class, cells)
    capture = np.clip(
        captured / np.maximum(sizes, SMALLEST_PROBABILITY)[..., None], SMALLEST_PROBABILITY, 1 - SMALLEST_PROBABILITY
    )
    weights = np.maximum(sizes / totals[:, None, None], SMALLEST_PROBABILITY)
    return weights, capture
