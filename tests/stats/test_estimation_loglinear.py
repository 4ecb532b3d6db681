"""Log-linear models: the published hepatitis A estimates, closed forms, selection and intervals.

Published anchor: Chao A, Tsay PK, Lin SH, Shau WY, Chao DY (2001). The applications of
capture-recapture models to epidemiological data. Statistics in Medicine 20(20):3123-3157.
Hepatitis A outbreak in a college in northern Taiwan, 1995: 271 cases on three lists, P (serum
tests), Q (questionnaire) and E (epidemiologists' records). Their log-linear fits: independence
model 388, model with all three two-list interactions 1,313 (see docs/estimation.md).
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy.special import gammaln

from chronicle.stats.estimation.histories import CaptureTable, from_counts
from chronicle.stats.estimation.loglinear import (
    Heterogeneity,
    LoglinearModel,
    candidate_models,
    fit_model,
    ranked_fits,
)
from chronicle.stats.estimation.profile import DROP_95, WINDOW, multimodel_interval, profile_interval

HEPATITIS_A: dict[tuple[int, ...], int] = {
    (1, 1, 1): 28,
    (1, 1, 0): 21,
    (1, 0, 1): 17,
    (1, 0, 0): 69,
    (0, 1, 1): 18,
    (0, 1, 0): 55,
    (0, 0, 1): 63,
}
INDEPENDENCE = LoglinearModel()
ALL_PAIRS = LoglinearModel(((0, 1), (0, 2), (1, 2)))


@pytest.fixture
def hepatitis() -> CaptureTable:
    """The 1995 Taiwan hepatitis A capture histories (Chao et al. 2001)."""
    return from_counts(HEPATITIS_A, ["P", "Q", "E"])


def fitted_total(table: CaptureTable, model: LoglinearModel) -> float:
    """The estimated total under one model, which must have a finite MLE."""
    fit = fit_model(table, model)
    assert fit is not None
    return fit.estimate


def test_hepatitis_independence_model_reproduces_the_published_388(hepatitis: CaptureTable) -> None:
    total = fitted_total(hepatitis, INDEPENDENCE)
    assert round(total) == 388
    assert abs(total - 388) / 388 < 0.05


def test_hepatitis_all_pairs_model_reproduces_the_published_1313(hepatitis: CaptureTable) -> None:
    total = fitted_total(hepatitis, ALL_PAIRS)
    assert round(total) == 1313
    assert abs(total - 1313) / 1313 < 0.05


def test_all_pairs_model_matches_its_closed_form_for_three_lists(hepatitis: CaptureTable) -> None:
    z = HEPATITIS_A
    odds = z[1, 1, 1] * z[1, 0, 0] * z[0, 1, 0] * z[0, 0, 1] / (z[1, 1, 0] * z[1, 0, 1] * z[0, 1, 1])
    assert fitted_total(hepatitis, ALL_PAIRS) == pytest.approx(271 + odds, rel=1e-9)


def independence_log_likelihood(table: CaptureTable, total: float) -> float:
    """Darroch's (1958) closed-form profile log-likelihood of N under independent lists."""
    shares = np.array(list(table.list_totals().values())) / total
    n, caught = table.observed, np.array(list(table.list_totals().values()))
    binomial = caught * np.log(shares) + (total - caught) * np.log1p(-shares)
    return float(gammaln(total + 1) - gammaln(total - n + 1) + binomial.sum())


def test_profile_interval_matches_darrochs_closed_form_likelihood(hepatitis: CaptureTable) -> None:
    fit = fit_model(hepatitis, INDEPENDENCE)
    assert fit is not None
    low, high = profile_interval(hepatitis, fit)
    grid = np.arange(272, 700)
    curve = np.array([independence_log_likelihood(hepatitis, float(total)) for total in grid])
    inside = grid[curve.max() - curve <= DROP_95]
    assert (math.ceil(low), math.floor(high)) == (inside.min(), inside.max())
    assert (round(low), round(high)) == (350, 435)


def test_interval_never_starts_below_the_documented_count() -> None:
    nearly_complete = from_counts({(1, 1, 1): 400, (1, 1, 0): 20, (0, 1, 1): 20, (1, 0, 1): 20})
    fit = fit_model(nearly_complete, INDEPENDENCE)
    assert fit is not None
    low, high = profile_interval(nearly_complete, fit)
    assert low == nearly_complete.observed
    assert nearly_complete.observed < high < nearly_complete.observed + 5


def test_a_model_whose_mle_does_not_exist_is_not_fitted() -> None:
    no_overlap_between_a_and_c = from_counts(
        {(1, 1, 0): 10, (0, 1, 1): 12, (1, 0, 0): 30, (0, 1, 0): 25, (0, 0, 1): 20}
    )
    assert fit_model(no_overlap_between_a_and_c, LoglinearModel(((0, 2),))) is None
    assert fit_model(no_overlap_between_a_and_c, INDEPENDENCE) is not None


def test_saturated_models_are_not_candidates() -> None:
    three = candidate_models(3)
    assert ALL_PAIRS not in three
    assert len(three) == 15
    assert len(candidate_models(4)) == 4 * 2**6  # with four lists even the largest leaves 2 df
    assert len(candidate_models(5)) == 4 * 2**10


def test_quasi_symmetry_is_every_interaction_order_below_the_highest() -> None:
    patterns = np.array([[0, 0, 0, 1], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]])
    design = LoglinearModel(heterogeneity=Heterogeneity.QUASI_SYMMETRY).design(patterns)
    assert design[:, 5:].tolist() == [[0, 0], [1, 0], [3, 1], [6, 4]]  # binomial(s, 2), binomial(s, 3)
    three = {model.heterogeneity for model in candidate_models(3)}
    assert Heterogeneity.QUASI_SYMMETRY not in three  # with three lists it is Darroch's model


def test_quasi_symmetry_recovers_the_total_of_a_table_it_generated() -> None:
    patterns = np.array([p for p in itertools.product((0, 1), repeat=4) if any(p)])
    model = LoglinearModel(heterogeneity=Heterogeneity.QUASI_SYMMETRY)
    expected = np.exp(model.design(patterns) @ np.array([np.log(2000), -1.0, -0.5, -1.5, -0.8, 0.6, -0.3]))
    table = from_counts({tuple(int(x) for x in p): round(n * 1000) for p, n in zip(patterns, expected, strict=True)})
    fit = fit_model(table, model)
    assert fit is not None
    assert fit.estimate == pytest.approx(table.observed + 2000 * 1000, rel=1e-3)


def test_the_multimodel_interval_is_the_union_over_the_aic_window(hepatitis: CaptureTable) -> None:
    fits = ranked_fits(hepatitis)
    within = [fit for fit in fits if fit.aic - fits[0].aic <= WINDOW]
    ends = [profile_interval(hepatitis, fit) for fit in within]
    union = multimodel_interval(hepatitis, fits)
    assert union.models == len(within) == 8
    assert union.low == pytest.approx(min(low for low, _ in ends), abs=0.05)
    assert union.high == pytest.approx(max(high for _, high in ends), abs=0.05)
    best_low, best_high = profile_interval(hepatitis, fits[0])
    assert union.low <= best_low and best_high <= union.high
    assert multimodel_interval(hepatitis, fits, window=0.01).models == 2  # darroch and poisson tie


def test_with_three_lists_both_heterogeneity_terms_fit_alike_but_extrapolate_apart(
    hepatitis: CaptureTable,
) -> None:
    darroch = fit_model(hepatitis, LoglinearModel(heterogeneity=Heterogeneity.DARROCH))
    poisson = fit_model(hepatitis, LoglinearModel(heterogeneity=Heterogeneity.POISSON))
    assert darroch is not None and poisson is not None
    assert darroch.aic == pytest.approx(poisson.aic)
    assert (round(darroch.estimate), round(poisson.estimate)) == (1313, 736)


def test_fits_are_ranked_by_aic(hepatitis: CaptureTable) -> None:
    fits = ranked_fits(hepatitis)
    assert [round(fit.aic, 9) for fit in fits] == sorted(round(fit.aic, 9) for fit in fits)
    assert len(fits) == 15


def test_models_describe_themselves_with_list_names() -> None:
    model = LoglinearModel(((0, 1), (1, 2)), Heterogeneity.DARROCH)
    assert model.describe(("P", "Q", "E")) == "P*Q + Q*E + darroch"
    assert INDEPENDENCE.describe(("P", "Q", "E")) == "independence"


def test_design_columns_are_intercept_lists_interactions_then_heterogeneity() -> None:
    patterns = np.array([[0, 0, 1], [1, 1, 0], [1, 1, 1]])
    design = LoglinearModel(((0, 1),), Heterogeneity.POISSON).design(patterns)
    assert design.tolist() == [
        [1, 0, 0, 1, 0, 1],
        [1, 1, 1, 0, 1, 3],
        [1, 1, 1, 1, 1, 7],
    ]


def test_barely_overlapping_lists_leave_the_upper_end_unbounded() -> None:
    barely = from_counts({(1, 0, 0): 60, (0, 1, 0): 60, (0, 0, 1): 60, (1, 1, 0): 1, (0, 1, 1): 1})
    fit = fit_model(barely, INDEPENDENCE)
    assert fit is not None
    low, high = profile_interval(barely, fit)
    assert (round(fit.estimate), round(low), high) == (5622, 1861, math.inf)
