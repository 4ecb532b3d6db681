"""Database settings that matter for correctness and speed on each engine."""

from __future__ import annotations

import pytest
from django.db import connection


@pytest.mark.django_db
def test_postgresql_page_queries_are_not_jit_compiled() -> None:
    """Ranked searches cost more to JIT-compile than to run; the connection turns JIT off."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: this run uses SQLite")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


@pytest.mark.django_db
def test_sqlite_runs_in_write_ahead_mode() -> None:
    """WAL lets the web server read while a worker writes."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: this run uses PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0].lower() in {"wal", "memory"}
