"""`chronicle report`: formats, the founding article's figures beside own counts, and refusals that write nothing."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

PERIOD_ARGS = ["--from", "2020-07-30", "--to", "2020-09-27"]


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("report", *args, stdout=out)
    return out.getvalue()


def test_json_lists_reported_figures_beside_own_counts(founding_article: Any, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    run(*PERIOD_ARGS, "--format", "json", "--out", str(target))
    data = json.loads(target.read_text())
    rows = {row["figure"]: row for row in data["reported_figures"]["reconciliation"]}
    persecution = rows["R:persecution-cases-2020-07-30"]
    assert data["period"] == {"from": "2020-07-30", "to": "2020-09-27"}
    assert (persecution["quantity"], persecution["qualifier_text"], persecution["coverage"]) == (
        200,
        "more than",
        "same period",
    )
    assert (persecution["own"]["rule"], persecution["own"]["value"], persecution["difference"]) == ("acts", 0, -200)
    assert len(persecution["own"]["straddling"]) == 13
    assert rows["R:criminal-cases-2020-07-30"]["own"]["rule"] == "criminal_cases"
    assert data["own_counts"]["counts"]["acts"]["straddling"] == persecution["own"]["straddling"]
    assert list(data["own_counts"]) == ["sentences", "counts", "breakdowns"]


def test_json_lists_every_figures_records(db: None) -> None:
    from test_count_records import build_counting_records

    build_counting_records()
    data = json.loads(run(*PERIOD_ARGS, "--format", "json"))
    by_type = next(b for b in data["own_counts"]["breakdowns"] if (b["rule"], b["facet"]) == ("acts", "act_type"))
    assert [(line["key"], line["records"], line["straddling"]) for line in by_type["lines"]] == [
        ("detention", ["A:1-detention-alma"], ["A:3-detention-bolat"]),
        ("harassment", ["A:5-harassment-unnamed"], ["A:6-harassment-dana"]),
        ("search", ["A:2-search-alma"], []),
        ("threat", [], ["A:7-threat-bolat"]),
    ]
    assert (by_type["total"], by_type["multi_valued"]) == (3, False)


def test_markdown_separates_own_counts_from_reported_figures(founding_article: Any) -> None:
    text = run(*PERIOD_ARGS, "--format", "md")
    own, rest = text.split("## Figures reported by others")
    assert "more than 200" not in own
    assert "From 30 July to 27 September 2020, 0 cases of political persecution were registered" in own
    assert "- The monitoring cited in the MEPs' letters reported: more than 200 cases of political persecution" in rest
    assert "| more than 200 cases of political persecution (The monitoring cited in the MEPs' letters) | " in rest


def test_markdown_in_russian(founding_article: Any) -> None:
    text = run(*PERIOD_ARGS, "--format", "md", "--lang", "ru")
    assert "С 30 июля по 27 сентября 2020 года зарегистрировано 0 случаев политического преследования" in text
    assert "## Данные других источников" in text
    assert "| 2020-07-30/2020-09-27 | тот же период | 0 | -200 | 13 |" in text


def test_csv_has_one_row_per_figure_with_records(founding_article: Any) -> None:
    rows = list(csv.DictReader(io.StringIO(run(*PERIOD_ARGS, "--format", "csv"))))
    persecution = next(row for row in rows if row["key"] == "R:persecution-cases-2020-07-30")
    assert (persecution["section"], persecution["reported"], persecution["own_count"], persecution["difference"]) == (
        "reconciliation",
        "200",
        "0",
        "-200",
    )
    assert len(persecution["straddling_records"].split()) == 13
    assert rows[0]["section"] == "own_count" and rows[0]["rule"] == "acts"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2020-09-27", "--to", "2020-07-30"], "reversed"),
        (["--from", "2020-13-01", "--to", "2020-12-31"], "--from must be a day"),
        (["--from", "yesterday", "--to", "2020-12-31"], "--from must be a day"),
        ([*PERIOD_ARGS, "--region", "Atlantis"], "unknown region 'Atlantis'"),
        ([*PERIOD_ARGS, "--article", "KZ-CC-2014:999"], "unknown legal article"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db: None, tmp_path: Path, args: list[str], message: str) -> None:
    target = tmp_path / "report.json"
    with pytest.raises(CommandError, match=message):
        run(*args, "--format", "json", "--out", str(target))
    assert list(tmp_path.iterdir()) == []


def test_pdf_needs_an_output_file(db: None) -> None:
    with pytest.raises(CommandError, match="needs --out"):
        run(*PERIOD_ARGS, "--format", "pdf")


def test_output_into_a_missing_directory_is_refused(db: None, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="does not exist"):
        run(*PERIOD_ARGS, "--out", str(tmp_path / "missing" / "report.md"))


def test_region_and_article_accept_codes_and_names(db: None) -> None:
    data = json.loads(run(*PERIOD_ARGS, "--format", "json", "--region", "Almaty", "--article", "KZ-CC-2014:405"))
    assert data["scope"] == {"region": "KZ-75", "article": "KZ-CC-2014:405"}


def test_negative_records_limit_is_refused(db: None) -> None:
    with pytest.raises(CommandError, match="cannot be negative"):
        run(*PERIOD_ARGS, "--records-limit", "-1")


def test_report_replaces_the_output_file_whole(db: None, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old report")
    run(*PERIOD_ARGS, "--format", "md", "--out", str(target))
    assert target.read_text().startswith("# Period report: 2020-07-30 – 2020-09-27\n")
    assert [path.name for path in tmp_path.iterdir()] == ["report.md"]
