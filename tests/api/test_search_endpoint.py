"""The search endpoint: names across scripts, snippets with marks, kinds, pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.django_db


def test_a_cyrillic_query_finds_the_latin_record_with_a_marked_snippet(
    leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    body = as_role("anonymous")("/api/search", q="Бокаев", kind="person").json()
    [hit] = body["items"]
    assert {key: hit[key] for key in ("kind", "uid", "title")} == {
        "kind": "person",
        "uid": "P:public",
        "title": "Maks Bokayev",
    }
    assert [hit["snippet"][start:end] for start, end in hit["marks"]] == ["Bokayev", "Бокаев"]
    assert body["count"] == 1


def test_kinds_can_be_combined(leaky: dict[str, Any], as_role: Callable[[str], Any]) -> None:
    body = as_role("anonymous")("/api/search?q=Bokayev&kind=person&kind=source").json()
    assert sorted((hit["kind"], hit["uid"]) for hit in body["items"]) == [
        ("person", "P:public"),
        ("source", "S:public"),
    ]


def test_search_pages_split_the_results(leaky: dict[str, Any], as_role: Callable[[str], Any]) -> None:
    get = as_role("anonymous")
    both = [hit["uid"] for hit in get("/api/search", q="Bokayev").json()["items"]]
    first = get("/api/search", q="Bokayev", limit=1).json()
    second = get("/api/search", q="Bokayev", limit=1, offset=1).json()
    assert [first["items"][0]["uid"], second["items"][0]["uid"]] == both
    assert first["count"] == second["count"] == 2
