"""Capturing documents as sources: one source per distinct text, whatever its name or URL."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import transaction
from django.utils import timezone

from chronicle.records.models import Source


def text_sha256(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes: the identity of a captured document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@transaction.atomic
def capture_source(*, text: str, user: Any = None, **details: Any) -> tuple[Source, bool]:
    """Store a document unless the same text is already held; returns (source, created). Writes one row."""
    digest = text_sha256(text)
    existing = Source.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing, False
    source = Source(text=text, sha256=digest, uid=f"S:{digest[:16]}", created_by=user, **details)
    if source.captured_at is None:
        source.captured_at = timezone.now()
    source.full_clean(exclude=["created_by", "shared_with"])
    source.save()
    return source, True
