"""The two full-text engines: SQLite FTS5 and PostgreSQL text search. Every dialect difference is here."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

from chronicle.common.search.terms import Term

ENTRY = "common_searchentry"
FTS = "common_searchentry_fts"
TITLE_WEIGHT, BODY_WEIGHT, KEY_WEIGHT = 10.0, 1.0, 0.5

SQLITE_SCHEMA = (
    f"CREATE VIRTUAL TABLE {FTS} USING fts5(title, body, keys, content='{ENTRY}', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0', prefix='3')",
    f"CREATE TRIGGER {FTS}_ai AFTER INSERT ON {ENTRY} BEGIN "
    f"INSERT INTO {FTS}(rowid, title, body, keys) VALUES (new.id, new.title, new.body, new.keys); END",
    f"CREATE TRIGGER {FTS}_ad AFTER DELETE ON {ENTRY} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, title, body, keys) VALUES ('delete', old.id, old.title, old.body, old.keys); END",
    f"CREATE TRIGGER {FTS}_au AFTER UPDATE ON {ENTRY} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, title, body, keys) VALUES ('delete', old.id, old.title, old.body, old.keys); "
    f"INSERT INTO {FTS}(rowid, title, body, keys) VALUES (new.id, new.title, new.body, new.keys); END",
)
SQLITE_DROP = (f"DROP TABLE IF EXISTS {FTS}",)

POSTGRES_SCHEMA = (
    f"ALTER TABLE {ENTRY} ADD COLUMN document tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B') "
    "|| setweight(to_tsvector('simple', keys), 'D')) STORED",
    f"CREATE INDEX {ENTRY}_document ON {ENTRY} USING gin (document)",
)
POSTGRES_DROP = (f"ALTER TABLE {ENTRY} DROP COLUMN IF EXISTS document",)


@dataclass(frozen=True)
class Match:
    """The engine-specific pieces of a search: what to join, how to filter, how to score.

    `params` fill the placeholders of `source` then `condition`; `score` has none.
    """

    source: str
    condition: str
    score: str
    params: tuple[str, ...]


def _fts5_expression(terms: list[Term]) -> str:
    """An FTS5 query: every term, as typed in title or body, or as a key (terms hold only letters and digits)."""

    def one(text: str, prefix: bool) -> str:
        return f'"{text}"' + ("*" if prefix else "")

    clauses = []
    for term in terms:
        options = [f"{{title body}} : {one(term.word, term.prefix)}"]
        if term.key:
            options.append(f"keys : {one(term.key, term.prefix)}")
        clauses.append("(" + " OR ".join(options) + ")")
    return " AND ".join(clauses)


def _tsquery(terms: list[Term]) -> str:
    """A to_tsquery text: every term, in title or body (weights A, B) or as a key (weight D)."""
    clauses = []
    for term in terms:
        suffix = ":*" if term.prefix else ":"
        options = [f"{term.word}{suffix}AB"]
        if term.key:
            options.append(f"{term.key}{suffix}D")
        clauses.append("(" + " | ".join(options) + ")")
    return " & ".join(clauses)


def _sqlite_match(terms: list[Term]) -> Match:
    weights = f"{TITLE_WEIGHT}, {BODY_WEIGHT}, {KEY_WEIGHT}"
    return Match(
        source=f"{FTS} JOIN {ENTRY} e ON e.id = {FTS}.rowid",
        condition=f"{FTS} MATCH %s",
        score=f"-bm25({FTS}, {weights})",
        params=(_fts5_expression(terms),),
    )


def _postgres_match(terms: list[Term]) -> Match:
    # Weights in ts_rank's order D, C, B, A.
    weights = f"'{{{KEY_WEIGHT / TITLE_WEIGHT}, 0, {BODY_WEIGHT / TITLE_WEIGHT}, 1}}'"
    return Match(
        source=f"{ENTRY} e CROSS JOIN to_tsquery('simple', %s) query",
        condition="e.document @@ query",
        score=f"ts_rank({weights}, e.document, query, 1)",  # 1: divided by 1 + log(length)
        params=(_tsquery(terms),),
    )


def match(terms: list[Term]) -> Match:
    """The match for the current database's engine."""
    if connection.vendor == "postgresql":
        return _postgres_match(terms)
    return _sqlite_match(terms)


def per_row_fence() -> str:
    """SQL to end a visibility subquery with so it is checked per candidate by primary key.

    PostgreSQL would otherwise turn `EXISTS (... AND id = e.object_id)` inside an OR into a hashed
    scan of every visible record of the kind (18 ms for 50k persons, growing with the table);
    an OFFSET keeps it a per-candidate index lookup. SQLite already looks up per candidate.
    """
    return " OFFSET 0" if connection.vendor == "postgresql" else ""


def schema(vendor: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The statements that create and drop the engine's text index for a database vendor."""
    if vendor == "postgresql":
        return POSTGRES_SCHEMA, POSTGRES_DROP
    return SQLITE_SCHEMA, SQLITE_DROP
