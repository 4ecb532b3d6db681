"""Log-linear capture-recapture models (Fienberg 1972), chosen by AIC, with profile intervals.

A Poisson model on the observed cells is extrapolated to the cell of individuals on no list.

Candidates are every set of two-list interactions, each with or without a heterogeneity term in the
number of lists an individual is on (Darroch's s²/2 and the "Poisson" 2^s - 1 of Rivest and
Baillargeon's Rcapture). Saturated models, which fit any data perfectly and so cannot be checked
against them, are left out of the selection.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import Enum

import numpy as np

from chronicle.stats.estimation.histories import CaptureTable
from chronicle.stats.estimation.poisson import fit_poisson


class Heterogeneity(Enum):
    """A term in the number of lists s an individual is on, for capture heterogeneity."""

    NONE = "none"
    DARROCH = "darroch"
    POISSON = "poisson"

    def column(self, lists_on: np.ndarray) -> np.ndarray | None:
        """The design column for this term, or None for no term."""
        if self is Heterogeneity.DARROCH:
            return lists_on.astype(float) ** 2 / 2
        if self is Heterogeneity.POISSON:
            return 2.0**lists_on - 1
        return None


@dataclass(frozen=True)
class LoglinearModel:
    """Which interactions (pairs of list positions) and heterogeneity term a model has."""

    interactions: tuple[tuple[int, int], ...] = ()
    heterogeneity: Heterogeneity = Heterogeneity.NONE

    def design(self, patterns: np.ndarray) -> np.ndarray:
        """Design matrix over `patterns`: intercept, main effects, interactions, heterogeneity."""
        columns = [np.ones(len(patterns)), *patterns.T.astype(float)]
        columns += [patterns[:, a] * patterns[:, b] for a, b in self.interactions]
        extra = self.heterogeneity.column(patterns.sum(axis=1))
        return np.column_stack(columns if extra is None else [*columns, extra])

    def describe(self, lists: tuple[str, ...]) -> str:
        """A readable name, e.g. `independence` or `A*B + B*C + darroch`."""
        terms = [f"{lists[a]}*{lists[b]}" for a, b in self.interactions]
        if self.heterogeneity is not Heterogeneity.NONE:
            terms.append(self.heterogeneity.value)
        return " + ".join(terms) or "independence"


@dataclass(frozen=True)
class LoglinearFit:
    """A fitted model: its estimate of the total, fit statistics, and coefficients."""

    model: LoglinearModel
    estimate: float
    aic: float
    parameters: int
    coefficients: np.ndarray


def fit_model(table: CaptureTable, model: LoglinearModel) -> LoglinearFit | None:
    """Fit one model to the observed cells; None when its MLE does not exist (e.g. empty cells)."""
    patterns, counts = table.patterns(), table.pattern_counts()
    design = model.design(patterns)
    fit = fit_poisson(design, counts.astype(float))
    if not fit.converged:
        return None
    unobserved = float(np.exp(fit.coefficients[0]))  # the no-list cell has only the intercept
    saturated_log_likelihood = float(counts[counts > 0] @ (np.log(counts[counts > 0]) - 1))
    deviance = 2 * (saturated_log_likelihood - fit.log_likelihood)
    return LoglinearFit(
        model=model,
        estimate=table.observed + unobserved,
        aic=deviance + 2 * design.shape[1],
        parameters=design.shape[1],
        coefficients=fit.coefficients,
    )


def candidate_models(list_count: int) -> list[LoglinearModel]:
    """Every model with fewer parameters than observable cells (so none is saturated)."""
    pairs = list(itertools.combinations(range(list_count), 2))
    cells = 2**list_count - 1
    models = []
    for size in range(len(pairs) + 1):
        for interactions in itertools.combinations(pairs, size):
            for heterogeneity in Heterogeneity:
                model = LoglinearModel(interactions, heterogeneity)
                if 1 + list_count + size + (heterogeneity is not Heterogeneity.NONE) < cells:
                    models.append(model)
    return models


def ranked_fits(table: CaptureTable) -> list[LoglinearFit]:
    """Fits of every candidate model whose MLE exists, best (lowest AIC) first."""
    fits = (fit_model(table, model) for model in candidate_models(len(table.lists)))
    return sorted((fit for fit in fits if fit is not None), key=lambda fit: fit.aic)
