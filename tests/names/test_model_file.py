"""The shipped model file and the settings built from the comparisons in code."""

from __future__ import annotations

import math

from chronicle.names.comparisons import COMPARISONS
from chronicle.names.linkage_model import BLOCKING_RULES, load_model, prior_for, untrained_settings


def test_model_file_levels_match_the_comparisons_in_code() -> None:
    model = load_model()
    for spec in COMPARISONS:
        found = next(c for c in model.settings["comparisons"] if c["output_column_name"] == spec.name)
        assert [lvl.get("label_for_charts") for lvl in found["comparison_levels"][:-1]] == [
            level.label for level in spec.levels[:-1]
        ]
        assert found["comparison_levels"][-1]["sql_condition"] == "ELSE"
        assert [lvl.get("sql_condition") for lvl in found["comparison_levels"][:-1]] == [
            level.sql for level in spec.levels[:-1]
        ]


def test_weights_are_log_ratios_of_m_and_u() -> None:
    model = load_model()
    name = next(c for c in model.settings["comparisons"] if c["output_column_name"] == "name")
    exact = name["comparison_levels"][1]
    assert math.isclose(model.weights(COMPARISONS[0])[0], math.log2(exact["m_probability"] / exact["u_probability"]))


def test_trained_weights_rank_the_name_levels_sensibly() -> None:
    weights = dict(
        zip([lvl.label for lvl in COMPARISONS[0].levels[1:]], load_model().weights(COMPARISONS[0]), strict=True)
    )
    assert weights["surname and given name equal"] > weights["surname equal, initial agrees"] > 0
    assert weights["surname equal, given names differ"] < weights["surname equal, initial agrees"]
    assert weights["else"] < 0


def test_with_m_changes_one_comparison_only() -> None:
    model = load_model()
    changed = model.with_m("region", [0.5, 0.5])
    assert changed.weights(COMPARISONS[4])[0] != model.weights(COMPARISONS[4])[0]
    assert changed.weights(COMPARISONS[0]) == model.weights(COMPARISONS[0])
    assert changed.threshold == model.threshold


def test_settings_for_a_run_carry_the_prior_and_the_blocking_rules_in_code() -> None:
    settings = load_model().with_prior(0.001)
    assert settings["probability_two_random_records_match"] == 0.001
    assert [r["blocking_rule"] for r in settings["blocking_rules_to_generate_predictions"]] == list(BLOCKING_RULES)


def test_prior_at_the_training_size_and_count_is_the_trained_share() -> None:
    model = load_model()
    trained = model.settings["probability_two_random_records_match"]
    expected = model.expected_agreeing(model.training_records)
    assert math.isclose(model.prior(round(expected), model.training_records), trained, rel_tol=1e-3)


def test_prior_of_a_small_input_leans_on_the_trained_share_and_grows_with_agreeing_pairs() -> None:
    model = load_model()
    trained = model.settings["probability_two_random_records_match"]
    scaled = trained * (model.training_records - 1) / (10 - 1)  # the same matches per record
    assert scaled / 2 < model.prior(0, 10) < scaled
    assert model.prior(0, 10) < model.prior(3, 10) < model.prior(45, 10) <= 0.5
    assert model.prior(0, 2) == 0.5


def test_prior_has_no_step_where_the_input_starts_to_speak() -> None:
    model = load_model()
    steps = [model.prior(count + 1, 2000) / model.prior(count, 2000) for count in range(5, 200)]
    assert max(steps) < 1.05


def test_prior_of_a_large_input_is_its_own_measure() -> None:
    model = load_model()
    measured = prior_for(60_000, 50_000, model.deterministic_recall)
    assert math.isclose(model.prior(60_000, 50_000), measured, rel_tol=0.01)


def test_untrained_settings_build() -> None:
    settings = untrained_settings()
    assert settings.link_type == "dedupe_only"
    assert len(settings.comparisons) == len(COMPARISONS)


def test_a_pair_alone_is_scored_at_the_share_of_a_mid_sized_registry() -> None:
    from chronicle.names.features import features_of_text
    from chronicle.names.match import MID_SIZED_REGISTRY, default_prior, explain

    model = load_model()
    assert math.isclose(default_prior(), model.typical_prior(MID_SIZED_REGISTRY))
    assert math.isclose(
        model.typical_prior(model.training_records), model.settings["probability_two_random_records_match"]
    )
    left, right = features_of_text("a", "Maks Bokayev"), features_of_text("b", "Бокаев Макс")
    assert explain(left, right).score == explain(left, right, default_prior()).score
    assert explain(left, right, prior=1e-6).score < explain(left, right).score < explain(left, right, prior=0.01).score
