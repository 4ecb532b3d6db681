"""Signal handlers that keep the index current when a record or one of its name rows changes."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save

from chronicle.common.search.documents import KINDS


def _record_saved(sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    from chronicle.common.search.indexing import index_record

    if not raw:
        index_record(instance)


def _record_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    from chronicle.common.search.indexing import remove_record

    remove_record(instance)


def _child_changed(sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    from chronicle.common.search.indexing import index_record

    kind = next(kind for kind in KINDS.values() if sender._meta.label in dict(kind.children))
    parent = kind.model._default_manager.filter(pk=getattr(instance, dict(kind.children)[sender._meta.label])).first()
    if parent is not None and not raw:
        index_record(parent)


def connect() -> None:
    """Connect the handlers to every indexed model and its name rows (lazy model labels)."""
    for kind in KINDS.values():
        post_save.connect(_record_saved, sender=kind.label, dispatch_uid=f"search-save-{kind.name}")
        post_delete.connect(_record_deleted, sender=kind.label, dispatch_uid=f"search-delete-{kind.name}")
        for label, _ in kind.children:
            post_save.connect(_child_changed, sender=label, dispatch_uid=f"search-save-{label}")
            post_delete.connect(_child_changed, sender=label, dispatch_uid=f"search-delete-{label}")


connect()
