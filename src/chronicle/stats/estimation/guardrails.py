"""Warnings for the regimes where multiple-systems intervals are known to undercover.

Thresholds come from the project's research note (`shared/research/linkage-estimation.md` §3.4-3.5)
and from our own simulations recorded in `docs/estimation.md`.
"""

from __future__ import annotations

import math

from chronicle.stats.estimation.histories import CaptureTable
from chronicle.stats.estimation.regime import REGIME_SHARE, RegimeInterval

FEW_OBSERVED = 100  # note §3.5: "warn when ... n < ~100"
SMALL_TOTAL = 1000  # note §3.4: N=300, 3-4 lists covered 65-75%; N=1,000, 4 lists covered 90%
VALIDATED_LISTS = 5  # docs/estimation.md: five or more lists ...
VALIDATED_TOTAL = 2000  # ... and a total of at least 2,000 (at N=500 the combined interval is 2.3 N wide)
LOW_CAPTURE = REGIME_SHARE  # the validated regime: every list documents at least 20% of the total
MAX_RHAT = 1.1  # chains that disagree more than this have not converged


def data_warnings(table: CaptureTable) -> list[str]:
    """Warnings that depend only on the capture histories."""
    warnings = []
    if table.observed < FEW_OBSERVED:
        warnings.append(
            f"only {table.observed} individuals documented (fewer than {FEW_OBSERVED}): the estimate is indicative only"
        )
    if len(table.lists) == 3:
        warnings.append(
            "only three lists: capture heterogeneity cannot be told apart from list dependence, so the data cannot "
            "bound the total; the combined 95% interval reaches, unless the data rule it out, to the largest total at "
            "which every list documents at least 20%, and in simulation in that regime it covered the true total in "
            "all runs (each model family's interval alone in as few as 17%), at a median width of 0.7-1.2 times the "
            "total"
        )
    if len(table.lists) == 4:
        warnings.append(
            "four lists: models of heterogeneous capture that fit alike extrapolate apart; in simulation "
            "each method's 95% interval alone covered the true total in as few as 20% of runs, the combined "
            "interval in 93-100% only by spanning them (median width up to 0.8 times the total at 500)"
        )
    for first, second in table.list_pairs_without_overlap():
        warnings.append(f"lists {first!r} and {second!r} share no individual: their dependence cannot be estimated")
    return warnings


def estimate_warnings(table: CaptureTable, estimate: float) -> list[str]:
    """Warnings that depend on the estimated total as well."""
    warnings = []
    if estimate < SMALL_TOTAL:
        warnings.append(
            f"estimated total below {SMALL_TOTAL}: in simulations with about 300 individuals "
            "and 3-4 lists the 95% interval covered the true total only 65-75% of the time"
        )
    if len(table.lists) >= VALIDATED_LISTS and SMALL_TOTAL <= estimate < VALIDATED_TOTAL:
        warnings.append(
            f"estimated total below {VALIDATED_TOTAL}: with five lists and 500 individuals LCMCR's 95% interval "
            "covered the true total in only 47-73% of simulated runs, the combined interval in all latent-class runs "
            "only by spanning models that disagree (median width 2.3 times the total)"
        )
    weak = {name: total / estimate for name, total in table.list_totals().items() if total < LOW_CAPTURE * estimate}
    if weak:
        shares = ", ".join(f"{name} {share:.0%}" for name, share in weak.items())
        warnings.append(
            f"list(s) documenting under {LOW_CAPTURE:.0%} of the estimated total ({shares}): "
            "with low capture the interval undercovers badly (15% coverage at 5-10% capture)"
        )
    return warnings


def convergence_warning(rhat: float) -> list[str]:
    """A warning when the sampler's chains disagree."""
    if rhat <= MAX_RHAT:
        return []
    return [f"sampler chains disagree (R-hat {rhat:.2f} > {MAX_RHAT}): rerun with more samples"]


def disagreement_warning(latent: tuple[int, int | None], loglinear: tuple[int, int | None]) -> list[str]:
    """A warning when the two model families' intervals do not overlap."""
    latent_high, loglinear_high = latent[1], loglinear[1]
    apart = (latent_high is not None and latent_high < loglinear[0]) or (
        loglinear_high is not None and loglinear_high < latent[0]
    )
    if not apart:
        return []
    return [
        f"the latent-class interval {list(latent)} and the log-linear interval {list(loglinear)} do not "
        "overlap: the model chosen decides the answer, and the combined interval spans both"
    ]


def regime_warning(regime: RegimeInterval | None, models_high: float) -> list[str]:
    """Say where the three-list interval's upper end comes from when the regime, not a model, sets it."""
    if regime is None:
        return [
            f"the smallest list documents under {LOW_CAPTURE:.0%} of even the documented individuals: "
            "the regime in which three-list intervals were validated does not hold, and the interval "
            "rests on the two model families alone"
        ]
    if regime.high <= models_high:
        return []
    source = (
        f"the largest total at which every list documents at least {LOW_CAPTURE:.0%} (5 times the smallest list)"
        if regime.high_is_ceiling
        else f"the two-class model's likelihood among totals at which every list documents at least {LOW_CAPTURE:.0%}"
    )
    return [
        f"three lists cannot bound the total: the upper end {math.ceil(regime.high)} is {source}; "
        "it rests on that assumption, not on the data"
    ]
