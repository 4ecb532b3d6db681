"""Searching the index for a reader: ranked hits, each checked against the record's `visible_to(user)`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils.safestring import SafeString

from chronicle.common.search.documents import Kind, checked_kinds
from chronicle.common.search.engine import Match, match, per_row_fence
from chronicle.common.search.snippet import Mark, highlight, make_snippet
from chronicle.common.search.terms import Term, query_terms

MAX_LIMIT = 100
MAX_OFFSET = 10_000


@dataclass(frozen=True)
class Hit:
    """One record found: its kind, stable id, primary key, title, a snippet with marked words, a score."""

    kind: str
    uid: str
    pk: int
    title: str
    snippet: str
    score: float
    marks: tuple[Mark, ...] = ()

    @property
    def snippet_html(self) -> SafeString:
        """The snippet escaped for a page, matching words in <mark>."""
        return highlight(self.snippet, self.marks)


def _visible(kind: Kind, user: Any) -> tuple[str, list[Any]]:
    """SQL true for entries of this kind whose record the user may read (the model's own `visible_to`)."""
    records: Any = kind.model._default_manager
    readable = records.visible_to(user).filter(pk=RawSQL("e.object_id", ())).order_by().values("pk")
    sql, params = readable.query.sql_with_params()
    return f"(e.kind = %s AND EXISTS ({sql}{per_row_fence()}))", [kind.name, *params]


def _where(found: Match, kinds: list[Kind], user: Any) -> tuple[str, list[Any]]:
    clauses, params = [], list(found.params)
    for kind in kinds:
        sql, kind_params = _visible(kind, user)
        clauses.append(sql)
        params += kind_params
    return f"{found.condition} AND ({' OR '.join(clauses)})", params


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise ValueError(f"offset must be between 0 and {MAX_OFFSET}")


def _ranked(terms: list[Term], kinds: list[Kind], user: Any, limit: int, offset: int) -> list[tuple[int, float, int]]:
    """(entry id, score, total matches) of one page, best first; the total comes from the same scan."""
    found = match(terms)
    where, params = _where(found, kinds, user)
    sql = (
        f"WITH matches AS MATERIALIZED (SELECT e.id AS id, {found.score} AS score FROM {found.source} WHERE {where}) "
        "SELECT id, score, count(*) OVER () FROM matches ORDER BY score DESC, id LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        return [(row[0], float(row[1]), int(row[2])) for row in cursor.fetchall()]


def _hits(ranked: list[tuple[int, float, int]], terms: list[Term]) -> list[Hit]:
    from chronicle.common.models import SearchEntry

    entries = SearchEntry.objects.in_bulk([entry_id for entry_id, _, _ in ranked])
    hits = []
    for entry_id, score, _ in ranked:
        entry = entries.get(entry_id)
        if entry is None:  # removed since the ranking query
            continue
        snippet = make_snippet(entry.body, terms)
        hits.append(Hit(entry.kind, entry.uid, entry.object_id, entry.title, snippet.text, score, snippet.marks))
    return hits


@dataclass(frozen=True)
class Page:
    """One page of hits and how many there are over all pages."""

    hits: list[Hit]
    total: int


def search_page(query: str, *, user: Any, kinds: Iterable[str] | None = None, limit: int = 20, offset: int = 0) -> Page:
    """A page of `search` results with the total, counted in the same query (ValueError on bad arguments)."""
    chosen = checked_kinds(kinds)
    _check_page(limit, offset)
    terms = query_terms(query)
    if not terms or not chosen:
        return Page([], 0)
    ranked = _ranked(terms, chosen, user, limit, offset)
    names = [kind.name for kind in chosen]
    total = ranked[0][2] if ranked else (count(query, user=user, kinds=names) if offset else 0)
    return Page(_hits(ranked, terms), total)


def search(query: str, *, user: Any, kinds: Iterable[str] | None = None, limit: int = 20, offset: int = 0) -> list[Hit]:
    """The records matching every word of `query` that `user` may read, best first (ValueError on bad arguments)."""
    return search_page(query, user=user, kinds=kinds, limit=limit, offset=offset).hits


def count(query: str, *, user: Any, kinds: Iterable[str] | None = None) -> int:
    """How many records `search` would find for `user`, over all pages."""
    chosen = checked_kinds(kinds)
    terms = query_terms(query)
    if not terms or not chosen:
        return 0
    found = match(terms)
    where, params = _where(found, chosen, user)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {found.source} WHERE {where}", params)
        return int(cursor.fetchone()[0])
