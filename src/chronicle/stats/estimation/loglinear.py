"""Log-linear capture-recapture models (Fienberg 1972), chosen by AIC, with profile intervals.

A Poisson model on the observed cells is extrapolated to the cell of individuals on no list.

Candidates are every set of two-list interactions, each with or without a heterogeneity term in the
number of lists an individual is on (Darroch's s²/2, the "Poisson" 2^s - 1 of Rivest and
Baillargeon's Rcapture, and from four lists quasi-symmetry, the Rasch-type model of Darroch et al.
1993). Saturated models, which fit any data perfectly and so cannot be checked
against them, are left out of the selection.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import Enum

import numpy as np
from scipy.special import comb

from chronicle.stats.estimation.histories import CaptureTable
from chronicle.stats.estimation.poisson import fit_poisson


class Heterogeneity(Enum):
    """A term in the number of lists s an individual is on, for capture heterogeneity."""

    NONE = "none"
    DARROCH = "darroch"
    POISSON = "poisson"
    QUASI_SYMMETRY = "quasi-symmetry"

    def columns(self, lists_on: np.ndarray, list_count: int) -> list[np.ndarray]:
        """The design columns for this term (none for no term).

        Quasi-symmetry (Darroch, Fienberg, Glonek & Junker 1993): every interaction of the same order
        is equal, i.e. a free function of s through binomial(s, 2), ..., binomial(s, J - 1). A Rasch
        model (each individual's visibility shared by all lists, any distribution of it) has exactly
        this log-linear form plus a J-way term (Fienberg, Johnson & Junker 1999); the J-way term is
        set to zero, as in every model here, so that the unobserved cell is identified. With three
        lists it is Darroch's model, so it is a candidate from four lists on.
        """
        s = lists_on.astype(float)
        if self is Heterogeneity.DARROCH:
            return [s**2 / 2]
        if self is Heterogeneity.POISSON:
            return [2.0**s - 1]
        if self is Heterogeneity.QUASI_SYMMETRY:
            return [comb(s, order) for order in range(2, list_count)]
        return []

    def parameters(self, list_count: int) -> int:
        """Number of coefficients the term adds."""
        if self is Heterogeneity.QUASI_SYMMETRY:
            return list_count - 2
        return 0 if self is Heterogeneity.NONE else 1

    def applies_to(self, list_count: int) -> bool:
        """Whether the term is a distinct model with this many lists."""
        return self is not Heterogeneity.QUASI_SYMMETRY or list_count >= 4


@dataclass(frozen=True)
class LoglinearModel:
    """Which interactions (pairs of list positions) and heterogeneity term a model has."""

    interactions: tuple[tuple[int, int], ...] = ()
    heterogeneity: Heterogeneity = Heterogeneity.NONE

    def design(self, patterns: np.ndarray) -> np.ndarray:
        """Design matrix over `patterns`: intercept, main effects, interactions, heterogeneity."""
        columns = [np.ones(len(patterns)), *patterns.T.astype(float)]
        columns += [patterns[:, a] * patterns[:, b] for a, b in self.interactions]
        columns += self.heterogeneity.columns(patterns.sum(axis=1), patterns.shape[1])
        return np.column_stack(columns)

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
                if not heterogeneity.applies_to(list_count):
                    continue
                if 1 + list_count + size + heterogeneity.parameters(list_count) < cells:
                    models.append(LoglinearModel(interactions, heterogeneity))
    return models


def ranked_fits(table: CaptureTable) -> list[LoglinearFit]:
    """Fits of every candidate model whose MLE exists, best (lowest AIC) first."""
    fits = (fit_model(table, model) for model in candidate_models(len(table.lists)))
    # AIC rounded so that models tied up to floating-point noise keep the candidates' order
    return sorted((fit for fit in fits if fit is not None), key=lambda fit: round(fit.aic, 9))
