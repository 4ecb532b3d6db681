"""docs/reporting.md names every counting rule, facet and command option, so it cannot silently go stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.stats.counting import FACETS, RULES
from chronicle.stats.management.commands.report import Command

DOC = (Path(__file__).resolve().parents[2] / "docs" / "reporting.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [*RULES, *FACETS])
def test_docs_define_every_rule_and_facet(name: str) -> None:
    assert f"`{name}`" in DOC


def test_docs_show_every_command_option() -> None:
    parser = Command().create_parser("chronicle", "report")
    options = {o for action in parser._actions for o in action.option_strings if o.startswith("--")}
    mine = {"--from", "--to", "--format", "--out", "--lang", "--region", "--article", "--records-limit"}
    assert mine <= options
    assert all(option in DOC for option in mine)
