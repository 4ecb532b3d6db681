"""Profile-likelihood interval for the total under one log-linear model (Cormack 1992).

For a candidate total N the no-list cell holds N - n individuals; the model is refitted to the full
table and the multinomial log-likelihood of the whole population is kept. The 95% interval is the
set of N whose log-likelihood is within χ²₁(0.95)/2 of the maximum.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.optimize import brentq
from scipy.special import gammaln
from scipy.stats import chi2

from chronicle.stats.estimation.histories import CaptureTable
from chronicle.stats.estimation.loglinear import LoglinearFit
from chronicle.stats.estimation.poisson import fit_poisson

DROP_95 = float(chi2.ppf(0.95, 1) / 2)
WIDEST = 100.0  # the upper limit is searched up to this multiple of the observed count


def profile_interval(table: CaptureTable, fit: LoglinearFit) -> tuple[float, float]:
    """95% profile-likelihood interval for N; the upper end is `inf` when it is not bounded."""
    log_likelihood = _profile(table, fit)
    n = float(table.observed)
    best = max(fit.estimate, n)
    peak = log_likelihood(best)

    def below(total: float) -> float:
        return peak - log_likelihood(total) - DROP_95

    low = n if below(n) <= 0 else brentq(below, n, best, xtol=0.01)
    high = _upper_end(below, best, WIDEST * max(n, 1.0))
    return float(low), float(high)


def _upper_end(below: Callable[[float], float], best: float, ceiling: float) -> float:
    """The total above the estimate where the likelihood has dropped by the critical amount."""
    step = max(best, 1.0)
    upper = best + step
    while below(upper) < 0:
        if upper > ceiling:
            return float("inf")
        step *= 2
        upper = best + step
    return float(brentq(below, best, upper, xtol=0.01))


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
