"""Keeping the index current: one record at a time (signals) or everything at once (`chronicle reindex`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db import models, transaction

from chronicle.common.search.documents import KINDS, Document, Kind, kind_of
from chronicle.common.search.terms import keys_of

BATCH = 2000


def _entry(kind: Kind, record: Any, document: Document) -> Any:
    from chronicle.common.models import SearchEntry

    return SearchEntry(
        kind=kind.name,
        object_id=record.pk,
        uid=record.uid,
        title=document.title[:500],
        body=document.body,
        keys=keys_of(f"{document.title}\n{document.body}"),
    )


def index_record(record: models.Model) -> None:
    """Write (or rewrite) the index entry of one record. Writes the index."""
    from chronicle.common.models import SearchEntry

    kind = kind_of(type(record))
    if kind is None:
        return
    entry = _entry(kind, record, kind.read(record))
    fields = {"uid": entry.uid, "title": entry.title, "body": entry.body, "keys": entry.keys}
    SearchEntry.objects.update_or_create(kind=kind.name, object_id=record.pk, defaults=fields)


def remove_record(record: models.Model) -> None:
    """Drop the index entry of a deleted record. Writes the index."""
    from chronicle.common.models import SearchEntry

    kind = kind_of(type(record))
    if kind is not None:
        SearchEntry.objects.filter(kind=kind.name, object_id=record.pk).delete()


def _records(kind: Kind) -> Iterator[Any]:
    records = kind.model._default_manager.order_by("pk")
    if kind.prefetch:
        records = records.prefetch_related(*kind.prefetch)
    return records.iterator(chunk_size=BATCH)


def _rebuild_kind(kind: Kind) -> int:
    from chronicle.common.models import SearchEntry

    SearchEntry.objects.filter(kind=kind.name).delete()
    batch, done = [], 0
    for record in _records(kind):
        batch.append(_entry(kind, record, kind.read(record)))
        if len(batch) >= BATCH:
            done += len(SearchEntry.objects.bulk_create(batch))
            batch = []
    return done + len(SearchEntry.objects.bulk_create(batch))


@transaction.atomic
def rebuild_index(kinds: list[str] | None = None) -> dict[str, int]:
    """Rebuild the index of the given kinds (all by default); returns entries written per kind. Writes the index."""
    chosen = [KINDS[name] for name in kinds] if kinds else list(KINDS.values())
    return {kind.name: _rebuild_kind(kind) for kind in chosen}
