"""Simulated populations: counts add up, capture rates are measured on everyone."""

from __future__ import annotations

import numpy as np

from chronicle.stats.estimation.simulation import (
    _documented,
    individual_population,
    latent_class_population,
)


def test_documented_patterns_are_tallied_in_pattern_order() -> None:
    always_first_two = np.tile(np.array([1.0, 1.0, 0.0]), (7, 1))
    population = _documented(always_first_two, np.random.default_rng(0))
    assert population.counts.tolist() == [0, 0, 0, 0, 0, 7, 0]  # pattern (1, 1, 0)
    assert population.capture_rates.tolist() == [1.0, 1.0, 0.0]
    assert (population.total, population.observed, population.lists) == (7, 7, 3)


def test_nobody_documented_is_not_observed() -> None:
    never = np.zeros((5, 3))
    population = _documented(never, np.random.default_rng(0))
    assert population.observed == 0
    assert not population.lists_catch_at_least(0.2)


def test_latent_class_populations_keep_their_size_and_list_count() -> None:
    population = latent_class_population(3000, 4, np.random.default_rng(1))
    assert (population.total, population.lists, len(population.counts)) == (3000, 4, 15)
    assert 0 < population.observed < 3000


def test_a_hard_to_document_stratum_lowers_capture() -> None:
    rng = np.random.default_rng(2)
    mostly_hard = latent_class_population(20000, 4, rng, hard_share=0.9)
    rng = np.random.default_rng(2)
    mostly_easy = latent_class_population(20000, 4, rng, hard_share=0.1)
    assert mostly_hard.observed < mostly_easy.observed


def test_individual_heterogeneity_creates_positive_dependence_between_lists() -> None:
    population = individual_population(50000, 3, np.random.default_rng(3))
    patterns_seen_on_all = population.counts[-1] / population.total
    assert patterns_seen_on_all > np.prod(population.capture_rates)
