"""What the search page asks of the shared search module, shaped for a page of results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.safestring import SafeString

from chronicle.common.search import MAX_LIMIT, MAX_OFFSET, search
from chronicle.web.links import record_url

PER_PAGE = 20


@dataclass(frozen=True)
class Found:
    """One search result: its kind, title, page and an escaped snippet with the matching words marked."""

    kind: str
    title: str
    url: str
    snippet: SafeString


@dataclass(frozen=True)
class Results:
    """One page of results, and whether another follows (found by asking for one more, not by counting)."""

    hits: list[Found]
    page: int
    has_next: bool


def find(query: str, *, user: Any, page: int = 1, per_page: int = PER_PAGE) -> Results:
    """Records the user may read that match every word of the query, names matched across scripts."""
    text = query.strip()
    if not text:
        return Results([], 1, False)
    per_page = min(per_page, MAX_LIMIT - 1)
    page = min(max(page, 1), MAX_OFFSET // per_page + 1)
    hits = search(text, user=user, limit=per_page + 1, offset=(page - 1) * per_page)
    found = [Found(hit.kind, hit.title, _url(hit.kind, hit.pk), hit.snippet_html) for hit in hits[:per_page]]
    return Results(found, page, len(hits) > per_page and page * per_page < MAX_OFFSET)


def _url(kind: str, pk: int) -> str:
    return record_url(kind, pk)
