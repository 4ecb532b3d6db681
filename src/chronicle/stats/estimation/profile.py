"""Profile-likelihood intervals for the total under log-linear models (Cormack 1992).

For a candidate total N the no-list cell holds N - n individuals; the model is refitted to the full
table and the multinomial log-likelihood of the whole population is kept. The 95% interval of one
model is the set of N whose log-likelihood is within χ²₁(0.95)/2 of the maximum.

The interval of the AIC-best model alone is conditional on that model having been chosen, and
undercovers when other models fit nearly as well but extrapolate elsewhere. `multimodel_interval`
is the union of the profile intervals of every model within `WINDOW` AIC units of the best: the
models the data cannot rule out (Burnham & Anderson 2002, *Model selection and multimodel
inference*, on Δ-values and model-selection uncertainty; Richards 2005, *Ecology* 86:2805-2814, and
2008, *J. Appl. Ecol.* 45:218-227, whose simulations kept the best approximating model with about
95% probability at ΔAIC ≤ 6).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq
from scipy.special import gammaln
from scipy.stats import chi2

from chronicle.stats.estimation.histories import CaptureTable
from chronicle.stats.estimation.loglinear import LoglinearFit
from chronicle.stats.estimation.poisson import fit_poisson

DROP_95 = float(chi2.ppf(0.95, 1) / 2)
WIDEST = 100.0  # the upper limit is searched up to this multiple of the observed count
WINDOW = 6.0  # ΔAIC within which a model's interval joins the multimodel union (Richards 2008)
RELATIVE_TOLERANCE = 1e-6  # interval ends are located to this share of the total (plus 0.01)


@dataclass(frozen=True)
class MultimodelInterval:
    """The union of the profile intervals of the models within the AIC window."""

    low: float
    high: float
    models: int  # how many models were within the window


def profile_interval(table: CaptureTable, fit: LoglinearFit) -> tuple[float, float]:
    """95% profile-likelihood interval for N; the upper end is `inf` when it is not bounded."""
    profile = _Profile(table, fit)
    return profile.lower(), profile.upper()


def multimodel_interval(
    table: CaptureTable, fits: Sequence[LoglinearFit], window: float = WINDOW
) -> MultimodelInterval:
    """Union of the 95% profile intervals of every fit within `window` AIC units of the best.

    `fits` must be ranked best first. The profile of N under a log-linear model is unimodal, so a
    model whose likelihood has already dropped by the critical amount at the union's current end
    (on the far side of its estimate) cannot extend it; only the others are solved for their ends.
    """
    kept = [fit for fit in fits if fit.aic - fits[0].aic <= window]
    profiles = [_Profile(table, fit) for fit in kept]
    low = math.inf
    for profile in sorted(profiles, key=lambda p: p.best):
        if math.isfinite(low) and low < profile.best and profile.below(low) >= 0:
            continue
        low = min(low, profile.lower())
    high = 0.0
    for profile in sorted(profiles, key=lambda p: -p.best):
        if not math.isfinite(high):
            break
        if high > profile.best and profile.below(high) >= 0:
            continue
        high = max(high, profile.upper())
    return MultimodelInterval(low=float(low), high=float(high), models=len(kept))


class _Profile:
    """The profile log-likelihood of N under one fitted model, and the ends of its 95% interval."""

    def __init__(self, table: CaptureTable, fit: LoglinearFit) -> None:
        self.log_likelihood = _profile(table, fit)
        self.observed = float(table.observed)
        self.best = max(fit.estimate, self.observed)
        self.peak = self.log_likelihood(self.best)

    def below(self, total: float) -> float:
        """How far the log-likelihood at `total` is below the interval's cut-off (> 0: outside)."""
        return self.peak - self.log_likelihood(total) - DROP_95

    def lower(self) -> float:
        """The lower end, never below the documented count."""
        n = self.observed
        if self.below(n) <= 0:
            return n
        return float(brentq(self.below, n, self.best, xtol=0.01, rtol=RELATIVE_TOLERANCE))

    def upper(self) -> float:
        """The upper end, `inf` when the likelihood stays within the cut-off up to WIDEST × n."""
        return _upper_end(self.below, self.best, WIDEST * max(self.observed, 1.0))


def _upper_end(below: Callable[[float], float], best: float, ceiling: float) -> float:
    """The total above the estimate where the likelihood has dropped by the critical amount."""
    step = max(best, 1.0)
    upper = best + step
    while below(upper) < 0:
        if upper > ceiling:
            return float("inf")
        step *= 2
        upper = best + step
    return float(brentq(below, best, upper, xtol=0.01, rtol=RELATIVE_TOLERANCE))


def _profile(table: CaptureTable, fit: LoglinearFit) -> Callable[[float], float]:
    """The profile log-likelihood of the total N under the fitted model's structure."""
    patterns = np.vstack([np.zeros(len(table.lists), dtype=np.int64), table.patterns()])
    design = fit.model.design(patterns)
    observed = table.pattern_counts().astype(float)
    n = float(observed.sum())

    def log_likelihood(total: float) -> float:
        counts = np.concatenate([[total - n], observed])
        refit = fit_poisson(design, counts, start=fit.coefficients)
        log_share = design @ refit.coefficients - np.log(total)
        return float(gammaln(total + 1) - gammaln(total - n + 1) + counts @ log_share)

    return log_likelihood
