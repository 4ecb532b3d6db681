"""The search index's table: one row per searchable record (the engine's text index follows it)."""

from __future__ import annotations

from django.db import models

import chronicle.common.search.signals  # noqa: F401  (keeps the index current as records change)


class SearchEntry(models.Model):
    """The indexed text of one record: title, body and the transliteration keys of its words.

    SQLite mirrors it into an FTS5 table by triggers; PostgreSQL keeps a generated tsvector beside it.
    Visibility is not stored here: every search joins back to the record's `visible_to(user)`.
    """

    kind = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    uid = models.CharField(max_length=120)
    title = models.CharField(max_length=500)
    body = models.TextField()
    keys = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_once")]

    def __str__(self) -> str:
        return f"{self.kind} {self.uid}"
