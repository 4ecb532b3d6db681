"""Renderers lay out the same plain data: Markdown tables, CSV rows, JSON blocks, anchors and labels."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

import pytest
from test_count_records import build_counting_records

from chronicle.stats.counting import Period, scope_of
from chronicle.stats.interfaces import render
from chronicle.stats.interfaces.figures import anchor, figures, shown
from chronicle.stats.interfaces.words import WORDS, words
from chronicle.stats.reporting import build_report
from chronicle.stats.reporting.labels import label

PERIOD = Period(date(2020, 7, 30), date(2020, 9, 27))


@pytest.fixture
def report(db: None) -> Any:
    build_counting_records()
    return build_report(PERIOD)


def test_markdown_gives_totals_only_for_single_valued_facets(report: Any) -> None:
    text = render(report, "md").decode()
    by_type = text.split("### Acts by type of act")[1].split("###")[0]
    by_movement = text.split("### Acts by related movement or organisation")[1].split("###")[0]
    assert "| Detention | 1 | 1 |" in by_type
    assert "| **Total** | **3** |  |" in by_type
    assert "_Not summed: one record may fall under several values._" not in by_type
    assert "| Democratic Choice of Kazakhstan | 2 | 2 |" in by_movement
    assert "Total" not in by_movement
    assert "_Not summed: one record may fall under several values._" in by_movement


def test_markdown_lists_records_up_to_the_limit(report: Any) -> None:
    text = render(report, "md", records_limit=1).decode()
    assert "- **acts** = 3\n  - `A:1-detention-alma` … (+2 more; the JSON report lists them all)\n" in text
    assert "  - Date uncertain / overlaps period: `A:3-detention-bolat` … (+2 more;" in text


def test_csv_rows_cover_counts_breakdowns_and_prisoners(report: Any) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv").decode())))
    sections = [row["section"] for row in rows]
    acts = rows[0]
    detention = next(r for r in rows if (r["rule"], r["facet"], r["key"]) == ("acts", "act_type", "detention"))
    assert sections.count("own_count") == 6
    assert (acts["own_count"], acts["straddling_count"]) == ("3", "3")
    assert acts["records"] == "A:1-detention-alma A:2-search-alma A:5-harassment-unnamed"
    assert (detention["label"], detention["records"], detention["straddling_records"]) == (
        "Detention",
        "A:1-detention-alma",
        "A:3-detention-bolat",
    )


def test_json_carries_rules_scope_and_prisoners(db: None) -> None:
    build_counting_records()
    data = json.loads(render(build_report(PERIOD, scope=scope_of(region="KZ-75")), "json"))
    assert data["scope"] == {"region": "KZ-75", "article": None}
    assert set(data["rules"]) == {
        "acts",
        "victims",
        "unnamed_victims",
        "legal_cases",
        "criminal_cases",
        "political_prisoners",
        "period_rule",
    }
    assert data["political_prisoners"] == {"as_of": "2020-09-27", "persons": []}
    assert data["own_counts"]["counts"]["acts"]["records"] == ["A:1-detention-alma", "A:2-search-alma"]


def test_every_figure_has_its_own_anchor(report: Any) -> None:
    anchors = [figure.anchor for figure in figures(report, words("en"))]
    assert len(anchors) == len(set(anchors))
    assert anchor("acts", "legal_article", "KZ-CC-2014:405") == "rec-acts-legal_article-KZ-CC-2014_405"
    assert anchor("acts", "region", "") == "rec-acts-region-none"


def test_shown_cuts_and_counts_the_rest() -> None:
    assert shown(("a", "b", "c"), 2) == (("a", "b"), 1)
    assert shown(("a", "b", "c"), None) == (("a", "b", "c"), 0)


@pytest.mark.parametrize(
    ("facet", "key", "language", "text"),
    [
        ("act_type", "detention", "ru", "Задержание"),
        ("region", "KZ-75", "en", "Almaty"),
        ("legal_article", "KZ-CC-2014:405", "en", "KZ-CC-2014:405 Organisation of or participation in a public or "
         "religious association banned in connection with extremism or terrorism"),
        ("perpetrator_type", "police", "en", "Police"),
        ("movement", "O:dck", "en", "DCK"),
        ("movement", "O:gone", "en", "O:gone"),
        ("region", "", "ru", "не указано"),
    ],
)  # fmt: skip
def test_labels_come_from_vocabularies_and_organisation_names(facet: str, key: str, language: str, text: str) -> None:
    assert label(facet, key, language, {"O:dck": "DCK"}) == text


def test_both_languages_have_the_same_wording_keys() -> None:
    assert set(WORDS["en"]) == set(WORDS["ru"])
