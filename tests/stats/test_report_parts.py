"""Smaller parts of the report: charts, atomic output, scope words, open periods, the reconciliation's plain data."""

from __future__ import annotations

import base64
import os
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_count_records import build_counting_records

from chronicle.records.models import ReportedStatistic, Source
from chronicle.stats.counting import Period, Scope, count_by, scope_of
from chronicle.stats.interfaces import render, write_atomically
from chronicle.stats.interfaces.charts import reconciliation_chart, section_chart
from chronicle.stats.reporting import build_report, reconcile
from chronicle.stats.reporting.categories import OwnMeasure
from chronicle.stats.reporting.report import Section

PERIOD = Period(date(2020, 7, 30), date(2020, 9, 27))


@pytest.fixture
def records(db: None) -> dict[str, Any]:
    return build_counting_records()


def _svg(uri: str | None) -> str:
    assert uri is not None and uri.startswith("data:image/svg+xml;base64,")
    return base64.b64decode(uri.split(",", 1)[1]).decode()


def test_section_chart_is_an_embedded_svg(records: dict[str, Any]) -> None:
    section = build_report(PERIOD).sections[0]
    svg = _svg(section_chart(section, "Acts by type of act", ("counted", "date uncertain")))
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert 'href="http' not in svg and "url(http" not in svg


def test_empty_charts_are_left_out(db: None) -> None:
    empty = build_report(PERIOD)
    assert section_chart(Section(empty.sections[0].breakdown, ()), "none", ("a", "b")) is None
    assert reconciliation_chart((), ("a", "b")) is None
    assert 'class="chart"' not in render(empty, "html").decode()


def test_output_is_written_whole_with_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomically(target, b"{}")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_bytes() == b"{}"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_output_that_fails_leaves_no_temporary_file(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_atomically(tmp_path / "report.json", "not bytes")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_scope_describes_itself() -> None:
    assert Scope().describe() == ""
    assert scope_of(region="KZ-75", article="KZ-CC-2014:405").describe() == "region KZ-75, article KZ-CC-2014:405"


def test_open_periods_print_as_edtf() -> None:
    assert Period(None, None).edtf() == "../.."
    assert Period(date(2020, 5, 1), None).edtf() == "2020-05-01/.."


def test_measure_describes_its_restriction() -> None:
    assert OwnMeasure("acts").describe() == "acts"
    assert OwnMeasure("acts", frozenset({"killing", "death_in_custody"})).describe() == (
        "acts of type death_in_custody, killing"
    )


def test_victims_can_be_broken_down_by_movement(records: dict[str, Any]) -> None:
    result = count_by("victims", "movement", PERIOD)
    assert [(c.key, c.records, c.straddling) for c in result.counts] == [
        ("O:dck", ("P:alma",), ("P:bolat", "P:dana")),
        ("", (), ("P:bolat",)),
    ]
    assert result.total() is None


def test_reconciliation_as_plain_data(records: dict[str, Any]) -> None:
    source = Source.objects.create(uid="S:bulletin", title="Bulletin")
    ReportedStatistic.objects.create(
        uid="R:victims", source=source, quantity=2, qualifier="at_least", counted="victims", category="victims",
        period="2020-08",
    )  # fmt: skip
    (row,) = reconcile(PERIOD)
    data = row.as_dict()
    assert (data["figure"], data["coverage"], data["measure"], data["difference"]) == (
        "R:victims",
        "inside the period",
        "victims",
        -1,
    )
    assert (data["own"]["records"], data["own"]["straddling"]) == (["P:alma"], ["P:bolat", "P:dana"])
    assert data["qualifier_text"] == "at least"


def test_russian_html_has_russian_headings(records: dict[str, Any]) -> None:
    page = render(build_report(PERIOD, language="ru"), "html").decode()
    assert '<html lang="ru">' in page
    assert "<h2>Собственный подсчёт Chronicle</h2>" in page
    assert "С 30 июля по 27 сентября 2020 года зарегистрировано 3 случая" in page
