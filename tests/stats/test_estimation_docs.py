"""docs/estimation.md stays in step with the command, the warnings and the published anchor."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from chronicle.stats.estimation import guardrails
from chronicle.stats.management.commands.estimate import Command

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "estimation.md").read_text(encoding="utf-8")


def test_every_command_option_is_documented() -> None:
    parser = ArgumentParser()
    Command().add_arguments(parser)
    options = [flag for action in parser._actions for flag in action.option_strings]
    assert options == ["-h", "--help", "--format", "--method", "--seed", "--samples"]
    for option in options[2:]:
        assert option in DOCS, option


def test_the_published_anchor_and_its_reproduction_are_in_the_docs() -> None:
    assert "Statistics in Medicine* 20(20):3123–3157" in DOCS
    assert "| independence (log-linear, main effects only) | 388 | 388.5" in DOCS
    assert "| all three two-list interactions (no three-way term) | 1,313 | 1,312.8" in DOCS


def test_the_warning_thresholds_quoted_in_the_docs_are_the_ones_in_force() -> None:
    assert f"fewer than {guardrails.FEW_OBSERVED} individuals documented" in DOCS
    assert "estimated total below 1,000" in DOCS and guardrails.SMALL_TOTAL == 1000
    assert "estimated total below 2,000" in DOCS and guardrails.VALIDATED_TOTAL == 2000
    assert f"under {guardrails.LOW_CAPTURE:.0%} of the estimated total" in DOCS
    assert f"R-hat > {guardrails.MAX_RHAT}" in DOCS
