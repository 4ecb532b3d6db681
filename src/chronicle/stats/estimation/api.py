"""`estimate`: the engine-neutral entry point used by the CLI and, later, by the app."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from chronicle.stats.estimation import guardrails
from chronicle.stats.estimation.diagnostics import credible_interval, split_rhat
from chronicle.stats.estimation.histories import (
    CaptureError,
    CaptureTable,
    from_counts,
    from_individuals,
    validated,
)
from chronicle.stats.estimation.lcmcr import SamplerSettings, sample_totals
from chronicle.stats.estimation.loglinear import ranked_fits
from chronicle.stats.estimation.profile import WINDOW, multimodel_interval, profile_interval
from chronicle.stats.estimation.regime import REGIME_SHARE, RegimeInterval, regime_interval
from chronicle.stats.estimation.result import Estimate

METHODS = ("lcmcr", "loglinear", "combined")
DEFAULT_SEED = 2016
DEFAULT_SAMPLES = 10_000
CHAINS = 4
BURN_IN = 10_000  # sweeps per chain before draws are kept (the research note: at least 10k)
THIN = 4  # sweeps per kept draw
MOST_LISTS = {"lcmcr": 10, "loglinear": 5, "combined": 10}  # the pattern table (2^k cells) and model search grow fast

Histories = CaptureTable | Mapping[tuple[int, ...], int] | Iterable[Sequence[int]]


def estimate(
    histories: Histories,
    *,
    method: str = "lcmcr",
    seed: int = DEFAULT_SEED,
    samples: int = DEFAULT_SAMPLES,
    lists: Sequence[str] | None = None,
) -> Estimate:
    """Estimate the total population, documented or not, from three or more overlapping lists.

    `histories` is a `CaptureTable`, a mapping of 0/1 capture pattern to count, or one 0/1 tuple
    per deduplicated individual. The same input and seed always give the same result.
    """
    table = capture_table(histories, lists)
    if method in MOST_LISTS and len(table.lists) > MOST_LISTS[method]:
        raise CaptureError(f"{method} supports at most {MOST_LISTS[method]} lists, got {len(table.lists)}")
    if method == "lcmcr":
        return _latent_class_estimate(table, seed=seed, samples=samples)
    if method == "loglinear":
        return _loglinear_estimate(table)
    if method == "combined":
        return _combined_estimate(table, seed=seed, samples=samples)
    raise CaptureError(f"unknown method {method!r}: choose one of {', '.join(METHODS)}")


def capture_table(histories: Histories, lists: Sequence[str] | None = None) -> CaptureTable:
    """Whichever form the histories come in, a validated `CaptureTable`."""
    if isinstance(histories, CaptureTable):
        return validated(histories) if lists is None else from_counts(histories.counts, lists)
    if isinstance(histories, Mapping):
        return from_counts(histories, lists)
    return from_individuals(histories, lists)


def sampler_settings(samples: int, chains: int = CHAINS) -> SamplerSettings:
    """The LCMCR run behind `samples` kept draws: each chain thinned by THIN after a burn-in.

    The burn-in grows with the run asked for (short runs are for tests) up to BURN_IN sweeps. At large
    totals the chain for N moves slowly (each sweep shifts N by about its square root), so shorter
    runs than these left most simulated chains unconverged (docs/estimation.md).
    """
    kept_sweeps = samples // chains * THIN
    return SamplerSettings(
        chains=chains, draws=samples // chains, thin=THIN, burn_in=min(max(kept_sweeps, 1000), BURN_IN)
    )


def _latent_class_estimate(table: CaptureTable, *, seed: int, samples: int) -> Estimate:
    """Posterior median and 95% credible interval of N under LCMCR."""
    if samples < 2 * CHAINS:
        raise CaptureError(f"samples must be at least {2 * CHAINS}, got {samples}")
    if seed < 0:
        raise CaptureError(f"seed must be a non-negative integer, got {seed}")
    settings = sampler_settings(samples)
    rng = np.random.default_rng(seed)
    totals = sample_totals(table.patterns(), table.pattern_counts(), settings, rng)[0]
    rhat = split_rhat(totals)
    low, high = credible_interval(totals)
    median = float(np.median(totals))
    details = {
        "seed": seed,
        "samples": int(totals.size),
        "chains": CHAINS,
        "burn_in": settings.burn_in,
        "thin": settings.thin,
        "classes": settings.classes,
        "rhat": round(rhat, 3),
    }
    warnings = guardrails.convergence_warning(rhat)
    return _result(table, "lcmcr", median, (low, high), warnings, details)


def _loglinear_estimate(table: CaptureTable) -> Estimate:
    """The AIC-best log-linear model's estimate, with the multimodel interval.

    The interval is the union of the 95% profile intervals of every model within WINDOW AIC units of
    the best, so that it carries the uncertainty of which model to use (Burnham & Anderson 2002);
    the best model's own, conditional interval is reported as `model_ci95`.
    """
    fits = ranked_fits(table)
    if not fits:
        raise CaptureError("no log-linear model has a finite estimate for these capture histories")
    best = fits[0]
    union = multimodel_interval(table, fits)
    own_low, own_high = profile_interval(table, best)
    warnings = [] if math.isfinite(union.high) else ["the likelihood does not bound the total from above"]
    details = {
        "model": best.model.describe(table.lists),
        "aic": round(best.aic, 3),
        "model_ci95": [
            max(table.observed, math.floor(own_low)),
            math.ceil(own_high) if math.isfinite(own_high) else None,
        ],
        "window": WINDOW,
        "models_in_window": union.models,
        "alternatives": [
            {
                "model": fit.model.describe(table.lists),
                "estimate": round(fit.estimate),
                "aic": round(fit.aic, 3),
            }
            for fit in fits[1:6]
        ],
    }
    return _result(table, "loglinear", best.estimate, (union.low, union.high), warnings, details)


def _combined_estimate(table: CaptureTable, *, seed: int, samples: int) -> Estimate:
    """LCMCR's posterior median, with an interval that holds if either model family is right.

    The union of LCMCR's 95% credible interval and the log-linear multimodel interval covers the
    truth with probability at least 95% whenever either family describes the population; the data
    cannot tell latent classes from a continuum of visibility (docs/estimation.md). With three lists,
    where no model identifies the total, the union also takes in the two-class profile interval over
    the totals at which every list documents at least 20% (`regime.py`).
    """
    latent = _latent_class_estimate(table, seed=seed, samples=samples)
    if len(table.lists) > MOST_LISTS["loglinear"]:
        skipped = f"log-linear comparison skipped (it handles at most {MOST_LISTS['loglinear']} lists)"
        return replace(latent, method="combined", warnings=[*latent.warnings, skipped])
    loglinear = _loglinear_estimate(table)
    low = float(min(latent.ci95[0], loglinear.ci95[0]))
    highs = (latent.ci95[1], loglinear.ci95[1])
    high = math.inf if None in highs else float(max(h for h in highs if h is not None))
    details = {
        **latent.details,
        "lcmcr": {"estimate": latent.estimate, "ci95": list(latent.ci95)},
        "loglinear": {"estimate": loglinear.estimate, "ci95": list(loglinear.ci95), **loglinear.details},
    }
    warnings = guardrails.convergence_warning(float(latent.details["rhat"]))
    if not math.isfinite(high):
        warnings.append("the log-linear likelihood does not bound the total from above")
    warnings += guardrails.disagreement_warning(latent.ci95, loglinear.ci95)
    if len(table.lists) == 3:
        regime = regime_interval(table)
        details["regime"] = _regime_details(regime)
        warnings += guardrails.regime_warning(regime, high)
        low, high = _with_regime((low, high), regime)
    return _result(table, "combined", latent.estimate, (low, high), warnings, details)


def _with_regime(interval: tuple[float, float], regime: RegimeInterval | None) -> tuple[float, float]:
    """The union of the models' interval and the three-list regime interval (if the regime can hold)."""
    if regime is None:
        return interval
    return min(interval[0], regime.low), max(interval[1], regime.high)


def _regime_details(regime: RegimeInterval | None) -> dict[str, object]:
    """The three-list regime interval as reported under `regime`."""
    if regime is None:
        return {"share": REGIME_SHARE, "ci95": None, "ceiling": None}
    return {
        "share": REGIME_SHARE,
        "ci95": [math.floor(regime.low), math.ceil(regime.high)],
        "ceiling": regime.ceiling,
    }


def _result(
    table: CaptureTable,
    method: str,
    point: float,
    interval: tuple[float, float],
    method_warnings: list[str],
    details: Mapping[str, object],
) -> Estimate:
    """Assemble an `Estimate`, never below the documented count, with every applicable warning."""
    n = table.observed
    low, high = interval
    warnings = [*guardrails.data_warnings(table), *guardrails.estimate_warnings(table, point)]
    return Estimate(
        estimate=max(n, round(point)),
        ci95=(max(n, math.floor(low)), math.ceil(high) if math.isfinite(high) else None),
        observed=n,
        lists=len(table.lists),
        method=method,
        warnings=[*warnings, *method_warnings],
        list_names=table.lists,
        list_totals=table.list_totals(),
        details=dict(details),
    )
