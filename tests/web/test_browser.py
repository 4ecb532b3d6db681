"""In a real headless Chromium: log in, ingest the founding article, review it, search across scripts,
check the public list, switch to Russian; screenshots of the main pages in both languages."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chronicle.ingest.domain.jobs import ingest_file, run_extraction
from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.records.domain.setup import FOUNDING_CASEFILE
from chronicle.records.interfaces.casefile import load_casefile
from chronicle.records.models import Person
from chronicle.web.review import SAFE_KINDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def headless_chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (no browser download); skipped with a message where absent."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI must have Chromium at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"no Chromium at {CHROMIUM}: browser tests run where it is installed (apt-get install chromium)")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tab(headless_chromium: Any, live_server: Any) -> Iterator[Any]:
    """A fresh browser tab at the live server."""
    context = headless_chromium.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def log_in(page: Any, username: str, password: str) -> None:
    page.goto("/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("form[action='/login/'] button[type=submit]")
    page.wait_for_url(re.compile(r"^http://[^/]+/$"))


def founding_text(tmp_path: Path) -> Path:
    path = tmp_path / "founding-article.txt"
    path.write_text(load_casefile(FOUNDING_CASEFILE)["sources"][0]["text"], encoding="utf-8")
    return path


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_monitor_ingests_reviews_searches_and_reads_in_russian(
    tab: Any, reviewer: Any, founding_article: Any, tmp_path: Path
) -> None:
    page = tab
    job = run_extraction(ingest_file(founding_text(tmp_path), user=reviewer).job.pk)
    assert job.status == ExtractionJob.Status.DONE
    log_in(page, "reviewer", "pw-reviewer")
    assert page.locator("h1").inner_text() == "Dashboard", page.url + page.content()[-1500:]

    page.goto(f"/review/{job.pk}/")
    first = job.proposals.filter(kind="event").order_by("position").first() or job.proposals.order_by("pk").first()
    assert first is not None
    card = page.locator(f"#proposal-{first.pk}")
    card.locator("button[value=accept]").click()
    page.locator(f"#proposal-{first.pk}[data-state=accepted]").wait_for()
    page.click("#bulk-accept")
    page.wait_for_url(re.compile(rf"/review/{job.pk}/$"))
    safe = [p for p in Proposal.objects.filter(job=job, kind__in=SAFE_KINDS) if p.spans]
    assert (len(safe) > 10, {p.state for p in safe}) == (True, {"accepted"})
    shoot(page, "review-en")

    page.goto("/search/")
    page.fill("#q", "Бокаев")
    page.locator("#results a", has_text="Maks Bokayev").wait_for()
    page.locator("#results a", has_text="Maks Bokayev").click()
    assert page.locator("h1").inner_text().startswith("Maks Bokayev")
    assert "Макс Бокаев" in page.locator("#spellings").inner_text()
    person_url = page.url

    for url, name in [
        ("/", "dashboard"),
        ("/persons/", "persons"),
        ("/letters/", "letters"),
        (f"/sources/{job.source_id}/", "source"),
        (person_url, "person"),
    ]:
        page.goto(url)
        shoot(page, f"{name}-en")
    page.click("#language-form button[value=ru]")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "ru"
    page.goto("/")
    assert (page.locator("h1").inner_text(), page.locator("nav a", has_text="Лица").count()) == ("Сводка", 1)
    for url, name in [
        ("/", "dashboard"),
        ("/persons/", "persons"),
        ("/letters/", "letters"),
        (f"/sources/{job.source_id}/", "source"),
        (person_url, "person"),
    ]:
        page.goto(url)
        shoot(page, f"{name}-ru")
    page.goto(f"/review/{job.pk}/")
    shoot(page, "review-ru")


def test_public_list_shows_only_published_people(tab: Any, founding_article: Any) -> None:
    page = tab
    Person.objects.filter(display_name="Aset Abishev").update(published=False)
    page.goto("/public/")
    names = page.locator("#prisoners tbody a").all_inner_texts()
    assert (len(names), "Aset Abishev" in names, "Maks Bokayev" in names) == (13, False, True)
    shoot(page, "public-en")
    page.goto("/public/statistics/?start=2020-01-01&end=2020-12-31")
    assert page.locator("figure.chart svg").count() == 1
    shoot(page, "statistics-en")
    page.click("#language-form button[value=ru]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Статистика"
    shoot(page, "statistics-ru")
    page.goto("/public/")
    assert page.locator("h1").inner_text() == "Политзаключённые"
    shoot(page, "public-ru")


def test_reviewer_merges_two_records_sees_the_identity_and_undoes_it(tab: Any, reviewer: Any) -> None:
    from chronicle.names.domain.review_links import propose_links
    from chronicle.records.models import PersonName

    page = tab
    records = []
    for name in ("Maks Bokayev", "Макс Бокаев"):
        record = Person.objects.create(display_name=name, birth_date="1973", confidentiality="green")
        PersonName.objects.create(person=record, full_name=name)
        records.append(record)
    (link,) = propose_links(records[1])
    log_in(page, "reviewer", "pw-reviewer")
    assert page.locator("#merge-waiting").inner_text().endswith("1 pair waiting for a decision")
    page.click("nav a[href='/merge/']")
    page.locator(f"#pairs tr[data-link='{link.pk}']").wait_for()
    shoot(page, "merge-queue-en")
    page.locator(f"#pairs tr[data-link='{link.pk}'] a", has_text="Compare").click()
    page.wait_for_url(re.compile(rf"/merge/{link.pk}/$"))
    assert page.locator("#explanation").inner_text().count("birth year equal") == 1
    shoot(page, "merge-pair-en")
    page.click("#decide-form button[value=same]")
    page.locator("#decision [data-decision=same]").wait_for()

    page.goto(f"/persons/{link.person_a_id}/")
    assert page.locator("#identity a", has_text=link.person_b.display_name).count() == 1
    shoot(page, "identity-en")
    page.click("#identity-decisions")
    page.locator(f"#pairs tr[data-link='{link.pk}'] a", has_text="Compare").click()
    page.click("#undo-form button")
    page.locator("#decision [data-decision=pending]").wait_for()
    page.goto(f"/persons/{link.person_a_id}/")
    assert page.locator("#identity a", has_text=link.person_b.display_name).count() == 0

    page.click("#language-form button[value=ru]")
    page.wait_for_load_state()
    page.goto("/merge/")
    assert page.locator("h1").inner_text() == "Проверка совпадений"
    shoot(page, "merge-queue-ru")
    page.goto(f"/merge/{link.pk}/")
    assert page.locator("#decide-form button[value=same]").inner_text() == "Один человек"
    shoot(page, "merge-pair-ru")


def test_monitor_reads_the_period_report_and_its_records(tab: Any, reviewer: Any, founding_article: Any) -> None:
    page = tab
    log_in(page, "reviewer", "pw-reviewer")
    page.click("nav a[href='/reports/period/']")
    page.fill("#id_start", "2020-09-27")
    page.fill("#id_end", "2020-07-30")
    page.click("#report-form button[type=submit]")
    page.locator("#form-errors", has_text="The period ends before it starts.").wait_for()
    page.fill("#id_start", "2020-07-30")
    page.fill("#id_end", "2020-09-27")
    page.click("#report-form button[type=submit]")
    page.locator("#headline").wait_for()
    assert "more than 200" in page.locator("#reconciliation").inner_text()
    assert page.locator("#downloads a").all_inner_texts() == ["MD", "CSV", "JSON", "PDF"]
    shoot(page, "report-en")
    page.locator("#headline tr[data-rule=acts] a").last.click()
    first = page.locator("#rec-acts a").first
    first.click()
    page.wait_for_url(re.compile(r"/events/\d+/#act-\d+$"))

    page.click("#language-form button[value=ru]")
    page.wait_for_load_state()
    page.goto("/reports/period/?start=2020-07-30&end=2020-09-27")
    assert page.locator("h1").inner_text() == "Отчёт за период"
    assert "С 30 июля по 27 сентября 2020 года" in page.locator("#own").inner_text()
    shoot(page, "report-ru")
    page.goto("/reports/estimate/")
    shoot(page, "estimate-ru")


def test_monitor_estimates_the_undocumented_from_three_lists(tab: Any, reviewer: Any) -> None:
    from tests.web.test_reports import build_lists

    page = tab
    sources = build_lists()
    log_in(page, "reviewer", "pw-reviewer")
    page.goto("/reports/estimate/")
    page.select_option("#id_sources_1", value=str(sources[0].pk))
    page.select_option("#id_sources_2", value=str(sources[1].pk))
    page.click("#estimate-form button[type=submit]")
    page.locator("#form-errors", has_text="at least three lists").wait_for()
    page.select_option("#id_sources_3", value=str(sources[2].pk))
    page.fill("#id_name_3", "Press")
    page.select_option("#id_method", "loglinear")
    page.click("#estimate-form button[type=submit]")
    page.locator("#estimate-figures").wait_for()
    assert page.locator("#capture-table tbody tr").count() == 7
    shoot(page, "estimate-en")
