"""The training's priors for comparison levels its generated data never shows."""

from __future__ import annotations

from typing import Any

from chronicle.names.training import UNSEEN, with_typo_prior


def _settings(patronymic_typo_m: float) -> dict[str, Any]:
    level = lambda label, m: {"label_for_charts": label, "m_probability": m}  # noqa: E731
    return {
        "comparisons": [
            {
                "output_column_name": "name",
                "comparison_levels": [
                    level("surname and given name equal", 0.6),
                    level("surname equal, given name a typo apart", 0.06),
                ],
            },
            {
                "output_column_name": "patronymic",
                "comparison_levels": [
                    level("patronymic equal", 0.8),
                    level("patronymic a typo apart", patronymic_typo_m),
                ],
            },
        ]
    }


def _patronymic_typo_m(settings: dict[str, Any]) -> float:
    return float(settings["comparisons"][1]["comparison_levels"][1]["m_probability"])


def test_an_unseen_patronymic_typo_gets_the_given_names_typo_odds() -> None:
    assert abs(_patronymic_typo_m(with_typo_prior(_settings(UNSEEN))) - 0.8 * 0.06 / 0.6) < 1e-12


def test_a_patronymic_typo_seen_in_training_keeps_its_own_odds() -> None:
    assert _patronymic_typo_m(with_typo_prior(_settings(0.02))) == 0.02
