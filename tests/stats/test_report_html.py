"""HTML and PDF reports: self-contained, charts embedded, every figure linked to the records behind it."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management import call_command
from pypdf import PdfReader
from test_count_records import build_counting_records

from chronicle.stats.counting import Period
from chronicle.stats.interfaces import render
from chronicle.stats.reporting import build_report

PERIOD = Period(date(2020, 7, 30), date(2020, 9, 27))


def test_html_is_self_contained_with_embedded_charts(db: None) -> None:
    build_counting_records()
    page = render(build_report(PERIOD), "html").decode()
    sources = re.findall(r'(?:src|href)="([^"#][^"]*)"', page)
    assert all(s.startswith(("data:image/svg+xml;base64,", "/admin/records/")) for s in sources)
    assert page.count('<img class="chart"') == 3
    assert "<script" not in page and "<link" not in page


def test_html_links_every_figure_to_its_records(db: None) -> None:
    build_counting_records()
    page = render(build_report(PERIOD), "html").decode()
    targets = set(re.findall(r'href="#([^"]+)"', page))
    anchors = set(re.findall(r'id="([^"]+)"', page))
    assert targets <= anchors
    assert '<a href="#rec-acts-act_type-detention">1</a>' in page
    detention = page.split('id="rec-acts-act_type-detention"')[1].split("</section>")[0]
    assert '<a href="/admin/records/act/?uid=A:1-detention-alma">A:1-detention-alma</a>' in detention
    assert '<a href="/admin/records/act/?uid=A:3-detention-bolat">A:3-detention-bolat</a>' in detention


def test_html_cuts_long_record_lists_and_says_so(db: None) -> None:
    build_counting_records()
    page = render(build_report(PERIOD), "html", records_limit=1).decode()
    acts = page.split('id="rec-acts"')[1].split("</section>")[0]
    assert "(+2 more; the JSON report lists them all)" in acts


def test_founding_article_pdf_shows_reported_figures_beside_own_counts(founding_article: Any, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    call_command("report", "--from", "2020-07-30", "--to", "2020-09-27", "--format", "pdf", "--out", str(target))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    flat = " ".join(text.split())
    assert target.read_bytes().startswith(b"%PDF")
    assert "0 cases of political persecution were registered, including 0 criminal cases" in flat
    assert "more than 200 cases of political persecution" in flat
    assert "Reconciliation: reported figures beside Chronicle's own count" in flat
