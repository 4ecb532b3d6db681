"""Multiple-systems estimation: time per estimate, and interval coverage on simulated populations.

    .venv/bin/python bench/bench_estimate.py                    # timing, both methods
    .venv/bin/python bench/bench_estimate.py --coverage --replicates 40   # all three methods (~1 h)
    .venv/bin/python bench/bench_estimate.py --coverage --lcmcr-only      # LCMCR alone, faster
    .venv/bin/python bench/bench_estimate.py --coverage --design individual --lists 5 --total 30000

Coverage: for each design (latent classes or individual heterogeneity), number of lists and true
total, simulate populations until `--replicates` of them have every list documenting at least 20%
of the population, estimate, and count how often the 95% interval contains the true total. LCMCR
runs with the sampler settings `estimate` uses (burn-in, thinning; `--chains` chains, all the
populations of a cell side by side); "loglinear" is the AIC-best model with the multimodel interval
(every model within the AIC window), "combined" the union of the LCMCR and log-linear intervals, as
`--method combined` reports them (with three lists, also the two-class profile interval within the
20%-per-list regime, the "regime" row); the "-before" rows are the same populations and LCMCR draws with
the log-linear interval as it was up to 29 November 2026 (the AIC-best model's own profile interval,
no quasi-symmetry models), and "combined-multimodel" is the combined interval as it was before the
regime interval joined it (29 November 2026, later), so that before and after are compared on the
same seeds; "combined-capped" (three lists) is an alternative evaluated and not adopted, the combined
interval cut at the regime's ceiling. "unwarned" is the coverage over the runs for which `estimate`
issues no small-numbers warning.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import numpy as np

from chronicle.stats.estimation import estimate, from_counts
from chronicle.stats.estimation.api import DEFAULT_SAMPLES, sampler_settings
from chronicle.stats.estimation.diagnostics import split_rhat
from chronicle.stats.estimation.guardrails import MAX_RHAT, data_warnings, estimate_warnings
from chronicle.stats.estimation.histories import CaptureTable, all_patterns
from chronicle.stats.estimation.lcmcr import sample_totals
from chronicle.stats.estimation.loglinear import Heterogeneity, ranked_fits
from chronicle.stats.estimation.profile import multimodel_interval, profile_interval
from chronicle.stats.estimation.regime import regime_ceiling, regime_interval
from chronicle.stats.estimation.simulation import (
    Population,
    individual_population,
    latent_class_population,
)

DESIGNS: dict[str, Callable[[int, int, np.random.Generator], Population]] = {
    "latent classes": latent_class_population,
    "individual": individual_population,
}
Cell = tuple[np.ndarray, np.ndarray, np.ndarray]  # estimate, low, high per population
TOTALS = (500, 2_000, 10_000, 30_000)
ALL_METHODS = (
    "lcmcr",
    "loglinear-before",
    "combined-before",
    "loglinear",
    "combined-multimodel",
    "regime",
    "combined",
    "combined-capped",
)


def table_of(population: Population) -> CaptureTable:
    """The capture table of a simulated population."""
    patterns = [tuple(row) for row in all_patterns(population.lists).tolist()]
    return from_counts(dict(zip(patterns, population.counts.tolist(), strict=True)))


def populations(design: str, lists: int, total: int, replicates: int, seed: int) -> list[Population]:
    """Simulated populations in which every list documents at least 20% of everyone."""
    rng = np.random.default_rng(seed)
    kept: list[Population] = []
    while len(kept) < replicates:
        population = DESIGNS[design](total, lists, rng)
        if population.lists_catch_at_least(0.2):
            kept.append(population)
    return kept


def bench_timing() -> None:
    """Seconds per `estimate` call at default settings, for both methods."""
    print("method     lists  total   observed  seconds  cpu s  estimate  ci95")
    for lists in (3, 4, 5):
        for total in (500, 5_000, 50_000):
            population = populations("latent classes", lists, total, 1, seed=lists * total)[0]
            table = table_of(population)
            for method in ("lcmcr", "loglinear"):
                start, cpu = time.perf_counter(), time.process_time()
                result = estimate(table, method=method)
                seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
                print(
                    f"{method:<10} {lists:>5} {total:>6} {population.observed:>10} {seconds:>8.2f}"
                    f" {cpu:>6.2f}  {result.estimate:>8}  {list(result.ci95)}"
                )


def lcmcr_cell(pops: list[Population], seed: int, chains: int) -> Cell:
    """Posterior median and 95% interval for each population, all sampled side by side."""
    counts = np.stack([population.counts for population in pops])
    rng = np.random.default_rng(seed)
    settings = sampler_settings(DEFAULT_SAMPLES, chains=chains)
    draws = sample_totals(all_patterns(pops[0].lists), counts, settings, rng)
    rhats = np.array([split_rhat(chains_of_one) for chains_of_one in draws])
    print(f"  LCMCR split R-hat: median {np.median(rhats):.3f}, above {MAX_RHAT} in {(rhats > MAX_RHAT).sum()}")
    low, median, high = np.percentile(draws.reshape(len(pops), -1), [2.5, 50, 97.5], axis=1)
    return median, low, high


def loglinear_cells(pops: list[Population]) -> tuple[Cell, Cell]:
    """The log-linear estimate and interval for each population: as `estimate` now gives them, and before.

    Now: the AIC-best model (quasi-symmetry among the candidates) with the union of the profile
    intervals of every model within the AIC window. Before (up to 29 November 2026): the AIC-best
    model without quasi-symmetry, with its own profile interval, conditional on its selection.
    """
    now, before = [], []
    for population in pops:
        table = table_of(population)
        fits = ranked_fits(table)
        union = multimodel_interval(table, fits)
        now.append((fits[0].estimate, union.low, union.high))
        old = next(fit for fit in fits if fit.model.heterogeneity is not Heterogeneity.QUASI_SYMMETRY)
        before.append((old.estimate, *profile_interval(table, old)))
    return _cell(now), _cell(before)


def capped_cell(pops: list[Population], cell: Cell) -> Cell:
    """An alternative not adopted: the interval cut at the regime's ceiling (three lists; else unchanged)."""
    if pops[0].lists != 3:
        return cell
    ceilings = np.array([regime_ceiling(table_of(population)) for population in pops], dtype=float)
    return cell[0], np.minimum(cell[1], ceilings), np.minimum(cell[2], ceilings)


def _cell(rows: list[tuple[float, float, float]]) -> Cell:
    """Estimates, lower and upper ends as arrays, never below the documented count."""
    estimate, low, high = (np.array(column, dtype=float) for column in zip(*rows, strict=True))
    return estimate, low, high


def combined_cell(latent: Cell, loglinear: Cell) -> Cell:
    """LCMCR's median with the union of the two intervals, as `--method combined` reports them."""
    return latent[0], np.minimum(latent[1], loglinear[1]), np.maximum(latent[2], loglinear[2])


def regime_cell(pops: list[Population], latent: Cell) -> Cell:
    """The two-class profile interval within the 20%-per-list regime (three lists; else LCMCR's interval)."""
    if pops[0].lists != 3:
        return latent
    rows = []
    for population, median in zip(pops, latent[0], strict=True):
        regime = regime_interval(table_of(population))
        rows.append((median, regime.low, regime.high) if regime else (median, np.inf, -np.inf))
    return _cell(rows)


def warned(population: Population, median: float) -> bool:
    """Whether `estimate` would attach a small-numbers warning to this run."""
    table = table_of(population)
    return bool(data_warnings(table) or estimate_warnings(table, median))


def report_cell(label: str, pops: list[Population], cell: tuple[np.ndarray, ...]) -> np.ndarray:
    """Print one row of the coverage table; returns which runs covered the truth."""
    median, low, high = cell
    total = pops[0].total
    covered = (low <= total) & (total <= high)
    clean = ~np.array([warned(p, m) for p, m in zip(pops, median, strict=True)])
    unwarned = f"{covered[clean].mean():.2f} ({clean.sum()})" if clean.any() else "-"
    observed = np.mean([p.observed for p in pops]) / total
    print(
        f"{label:<50} {covered.mean():>8.2f} {unwarned:>12} {np.median(median / total):>9.3f}"
        f" {np.median((high - low) / total):>8.2f} {observed:>8.2f} {np.isinf(high).sum():>9}",
        flush=True,
    )
    return covered


def bench_coverage(
    replicates: int, methods: list[str], designs: list[str], list_counts: list[int], totals: list[int], chains: int
) -> None:
    """The coverage grid, per cell and overall."""
    print(f"{'cell':<50} coverage     unwarned  median/N  width/N  seen/N  unbounded")
    overall: dict[str, list[np.ndarray]] = {method: [] for method in methods}
    start = time.perf_counter()
    for design in designs:
        for lists in list_counts:
            for total in totals:
                seed = lists * 100_003 + total + len(design)
                pops = populations(design, lists, total, replicates, seed)
                cells = {"lcmcr": lcmcr_cell(pops, seed, chains)}
                if "loglinear" in methods:
                    cells["loglinear"], cells["loglinear-before"] = loglinear_cells(pops)
                    cells["combined-multimodel"] = combined_cell(cells["lcmcr"], cells["loglinear"])
                    cells["regime"] = regime_cell(pops, cells["lcmcr"])
                    cells["combined"] = combined_cell(cells["combined-multimodel"], cells["regime"])
                    cells["combined-capped"] = capped_cell(pops, cells["combined"])
                    cells["combined-before"] = combined_cell(cells["lcmcr"], cells["loglinear-before"])
                for method in methods:
                    label = f"{method} {design} J={lists} N={total}"
                    overall[method].append(report_cell(label, pops, cells[method]))
    for method, covered in overall.items():
        print(f"overall {method}: {np.concatenate(covered).mean():.3f}")
    print(f"coverage grid: {time.perf_counter() - start:.0f} s")


def main() -> None:
    """Parse options and run the requested benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coverage", action="store_true", help="run the coverage grid")
    parser.add_argument("--replicates", type=int, default=100, help="populations per cell")
    parser.add_argument("--lcmcr-only", action="store_true", help="skip log-linear and combined (faster)")
    parser.add_argument("--chains", type=int, default=2, help="LCMCR chains per population")
    parser.add_argument("--design", choices=list(DESIGNS), action="append", help="only these designs")
    parser.add_argument("--lists", type=int, choices=(3, 4, 5), action="append", help="only these list counts")
    parser.add_argument("--total", type=int, choices=TOTALS, action="append", help="only these true totals")
    options = parser.parse_args()
    if options.coverage:
        methods = ["lcmcr"] if options.lcmcr_only else [*ALL_METHODS]
        bench_coverage(
            options.replicates,
            methods,
            options.design or list(DESIGNS),
            options.lists or [3, 4, 5],
            options.total or list(TOTALS),
            options.chains,
        )
    else:
        bench_timing()


if __name__ == "__main__":
    main()
