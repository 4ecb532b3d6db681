"""The period report and the estimate in the app: forms, figures linked to records, downloads, visibility."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from chronicle.names.domain.review_links import decide
from chronicle.records.models import Act, Claim, Person, Source
from tests.web.conftest import XSS, logged_in
from tests.web.test_xss import ESCAPED, assert_escaped

pytestmark = pytest.mark.django_db

FOUNDING = "/reports/period/?start=2020-07-30&end=2020-09-27"


def test_founding_period_shows_reported_figures_beside_own_counts(
    colleague_client: Client, founding_article: Any
) -> None:
    html = colleague_client.get(FOUNDING).content.decode()
    reconciliation = html[html.index('id="reconciliation"') : html.index('id="breakdowns"')]
    assert ("more than 200" in reconciliation, 'data-figure="R:criminal-cases-2020-07-30"' in reconciliation) == (
        True,
        True,
    )
    assert "From 30 July to 27 September 2020" in html
    own = html[html.index('id="own"') : html.index('id="reported"')]
    assert "more than 200" not in own


def test_every_figure_links_to_its_records_on_the_app_pages(colleague_client: Client, founding_article: Any) -> None:
    html = colleague_client.get(FOUNDING).content.decode()
    headline = html[html.index('id="headline"') : html.index("</table>", html.index('id="headline"'))]
    assert 'href="#rec-acts"' in headline
    records = html[html.index('id="rec-acts"') :]
    records = records[: records.index("</div>")]
    assert records.count('href="/acts/') == 13  # the thirteen acts that straddle the period, each linked
    assert "/admin/" not in html


def test_the_report_counts_only_what_the_reader_may_see(
    administrator: Any, colleague_client: Client, red_person: Person
) -> None:
    query = "/reports/period/?start=2021-01-01&end=2021-12-31"
    act = Act.objects.get(victim=red_person)
    owners = logged_in(administrator).get(query).content.decode()
    colleagues = colleague_client.get(query).content.decode()
    assert (f'href="/acts/{act.pk}/"' in owners, f'href="/acts/{act.pk}/"' in colleagues) == (True, False)
    data = json.loads(colleague_client.get("/reports/period/json/?start=2021-01-01&end=2021-12-31").content)
    assert act.uid not in json.dumps(data)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("start=2020-09-27&end=2020-07-30", "The period ends before it starts."),
        ("start=2020-13-01&end=2020-12-31", "Enter a valid date."),
        ("start=yesterday&end=2020-12-31", "Enter a valid date."),
        ("start=2020-01-01&end=2020-12-31&region=Atlantis", "Not in the vocabulary"),
    ],
)
def test_bad_periods_and_scopes_give_a_form_error(colleague_client: Client, query: str, message: str) -> None:
    response = colleague_client.get("/reports/period/?" + query)
    html = response.content.decode()
    assert (response.status_code, message in html, 'id="downloads"' in html) == (200, True, False)


def test_downloads_in_each_format(colleague_client: Client, founding_article: Any) -> None:
    query = "?start=2020-07-30&end=2020-09-27"
    types = {}
    for fmt in ("md", "csv", "json", "pdf"):
        response = colleague_client.get(f"/reports/period/{fmt}/{query}")
        types[fmt] = (response.status_code, response["Content-Type"].split(";")[0])
        assert f"chronicle-report-2020-07-30-2020-09-27.{fmt}" in response["Content-Disposition"]
        if fmt == "json":
            assert json.loads(response.content)["period"] == {"from": "2020-07-30", "to": "2020-09-27"}
        if fmt == "pdf":
            assert response.content.startswith(b"%PDF")
    assert types == {
        "md": (200, "text/markdown"),
        "csv": (200, "text/csv"),
        "json": (200, "application/json"),
        "pdf": (200, "application/pdf"),
    }


def test_a_download_with_bad_dates_or_format_is_refused(colleague_client: Client) -> None:
    codes = [
        colleague_client.get("/reports/period/json/?start=2020-09-27&end=2020-07-30").status_code,
        colleague_client.get("/reports/period/exe/?start=2020-07-30&end=2020-09-27").status_code,
    ]
    assert codes == [400, 404]


def test_the_report_reads_in_russian(colleague_client: Client, founding_article: Any) -> None:
    colleague_client.post("/i18n/setlang/", {"language": "ru", "next": "/"})
    html = colleague_client.get(FOUNDING).content.decode()
    assert ("С 30 июля по 27 сентября 2020 года" in html, "Отчёт за период" in html) == (True, True)


def test_names_with_script_payloads_render_escaped(colleague_client: Client, hostile: dict[str, Any]) -> None:
    Act.objects.filter(pk=hostile["act"].pk).update(start="2021-03-02", start_earliest="2021-03-02")
    Act.objects.filter(pk=hostile["act"].pk).update(start_latest="2021-03-02")
    html = colleague_client.get("/reports/period/?start=2021-01-01&end=2021-12-31").content.decode()
    assert_escaped(html)
    assert ESCAPED in html


def test_anonymous_visitors_log_in_and_roleless_accounts_get_404(client: Client, outsider_client: Client) -> None:
    urls = [FOUNDING, "/reports/period/json/?start=2020-07-30&end=2020-09-27", "/reports/estimate/"]
    assert [client.get(url)["Location"].split("?")[0] for url in urls] == ["/login/"] * 3
    assert [outsider_client.get(url).status_code for url in urls] == [404] * 3


def test_report_page_queries_do_not_grow_with_the_records(
    colleague_client: Client, founding_article: Any, django_assert_max_num_queries: Any
) -> None:
    colleague_client.get(FOUNDING)
    with django_assert_max_num_queries(60):
        assert colleague_client.get(FOUNDING).status_code == 200


# The estimate


def documented(source: Source, person: Person) -> None:
    """An accepted claim of the source about the person."""
    start = source.text.index(person.display_name)
    Claim.objects.create(
        uid=f"c-{source.pk}-{person.pk}",
        source=source,
        subject=person,
        field="name",
        value=person.display_name,
        quote=person.display_name,
        span_start=start,
        span_end=start + len(person.display_name),
    )


PATTERNS = [(1, 1, 1)] * 6 + [(1, 1, 0)] * 5 + [(1, 0, 1)] * 4 + [(0, 1, 1)] * 4
PATTERNS += [(1, 0, 0)] * 12 + [(0, 1, 0)] * 10 + [(0, 0, 1)] * 9


@pytest.fixture
def lists() -> list[Source]:
    """Three monitors' reports over fifty people with overlapping capture."""
    return build_lists()


def build_lists() -> list[Source]:
    """Three monitors' reports over fifty people with overlapping capture."""
    people = [Person.objects.create(display_name=f"Person {n:02d}", confidentiality="green") for n in range(50)]
    sources = []
    for position, name in enumerate(("Monitor A", "Monitor B", "Press")):
        names = [p.display_name for p, pattern in zip(people, PATTERNS, strict=True) if pattern[position]]
        source = Source.objects.create(title=name, text=", ".join(names), sha256=f"{position}" * 64)
        Source.objects.filter(pk=source.pk).update(confidentiality="green")
        for person in people:
            if person.display_name in names:
                documented(source, person)
        sources.append(source)
    return sources


def estimate_query(sources: list[Source], **extra: str) -> dict[str, Any]:
    query: dict[str, Any] = {f"sources_{n}": [s.pk] for n, s in enumerate(sources, start=1)}
    query |= {f"name_{n}": s.title for n, s in enumerate(sources, start=1)}
    return query | {"method": "loglinear"} | extra


def test_estimate_shows_the_figures_warnings_and_capture_histories(
    colleague_client: Client, lists: list[Source]
) -> None:
    html = colleague_client.get("/reports/estimate/", estimate_query(lists)).content.decode()
    result = html[html.index('id="estimate-result"') :]
    for text in ["Estimated total", "Documented (identities on any list)", "loglinear", "Warnings"]:
        assert text in result, text
    table = result[result.index('id="capture-table"') :]
    assert [table.count(f'<td class="text-end">{n}</td>') >= 1 for n in (6, 5, 4, 12, 10, 9)] == [True] * 6
    assert "Monitor A (27)" in result  # six + five + four + twelve


def test_records_decided_the_same_person_count_once(
    reviewer: Any, colleague_client: Client, lists: list[Source]
) -> None:
    people = list(Person.objects.order_by("pk"))
    decide(people[40], people[45], "same", user=reviewer)  # only on B, and only on press: now one identity on both
    html = colleague_client.get("/reports/estimate/", estimate_query(lists)).content.decode()
    assert 'Documented (identities on any list)</dt><dd class="col-sm-9">49</dd>' in html


def test_fewer_than_three_lists_is_a_clear_error(colleague_client: Client, lists: list[Source]) -> None:
    html = colleague_client.get("/reports/estimate/", estimate_query(lists[:2])).content.decode()
    assert ("at least three lists" in html, 'id="estimate-result"' in html) == (True, False)


def test_lists_without_overlap_give_a_clear_message(colleague_client: Client) -> None:
    sources = []
    for n in range(3):
        person = Person.objects.create(display_name=f"Alone {n}", confidentiality="green")
        source = Source.objects.create(title=f"List {n}", text=person.display_name, sha256=f"{n}" * 64)
        Source.objects.filter(pk=source.pk).update(confidentiality="green")
        documented(source, person)
        sources.append(source)
    html = colleague_client.get("/reports/estimate/", estimate_query(sources)).content.decode()
    assert "No person is on more than one list" in html


def test_a_source_on_two_lists_or_unreadable_is_refused(
    owner: Any, colleague_client: Client, lists: list[Source]
) -> None:
    twice = colleague_client.get("/reports/estimate/", estimate_query([lists[0], lists[0], lists[1]])).content.decode()
    Source.objects.filter(pk=lists[2].pk).update(confidentiality="red", created_by=owner)
    hidden = colleague_client.get("/reports/estimate/", estimate_query(lists)).content.decode()
    assert ("one list only" in twice, "Select a valid choice" in hidden, 'id="estimate-result"' in hidden) == (
        True,
        True,
        False,
    )


def test_estimate_list_names_render_escaped(colleague_client: Client, lists: list[Source]) -> None:
    html = colleague_client.get("/reports/estimate/", estimate_query(lists, name_1=XSS)).content.decode()
    assert_escaped(html)
    assert ESCAPED in html
