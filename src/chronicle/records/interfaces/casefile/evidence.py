"""Evidence entries of a case file become claims: a value, its source and the exact span it rests on."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models

from chronicle.records.interfaces.casefile.errors import CaseFileError
from chronicle.records.interfaces.casefile.spec import EVIDENCE_KEYS
from chronicle.records.models import Claim, Method, ReviewState, Source

if TYPE_CHECKING:
    from chronicle.records.interfaces.casefile.reader import Importer


def locate_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the n-th occurrence of a quote in a text, if there is one."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    return start, start + len(quote)


def claim_uid(source: Source, subject: models.Model, field: str, value: Any, span: tuple[int, int]) -> str:
    """A claim's id derives from what it says and where, so re-importing it is a no-op."""
    label = subject._meta.label_lower
    key = json.dumps([source.sha256, label, subject.uid, field, value, list(span)], ensure_ascii=False, sort_keys=True)  # type: ignore[attr-defined]
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class EvidenceWriter:
    """Turns evidence entries into Claim rows for one import."""

    def __init__(self, importer: Importer) -> None:
        self.importer = importer
        self.users: dict[str, Any] = {}

    def write(self, subject: models.Model, entries: Any, path: str) -> None:
        """Create the claims of one record that are not held yet."""
        if not isinstance(entries, list):
            raise CaseFileError(path, "must be a list")
        for index, entry in enumerate(entries):
            self._write_one(subject, entry, f"{path}[{index}]")

    def _write_one(self, subject: models.Model, entry: Any, path: str) -> None:
        if not isinstance(entry, dict):
            raise CaseFileError(path, "must be an object")
        unknown = set(entry) - set(EVIDENCE_KEYS)
        if unknown:
            raise CaseFileError(path, f"unknown keys {sorted(unknown)}")
        for key in ("field", "quote"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise CaseFileError(f"{path}.{key}", "must be non-empty text")
        source = self.importer.resolve(Source, entry.get("source"), f"{path}.source", False)
        assert isinstance(source, Source)
        span = self._span(source, entry, path)
        uid = claim_uid(source, subject, entry["field"], entry.get("value"), span)
        if Claim.objects.filter(uid=uid).exists():
            return
        self._create(uid, source, subject, entry, span, path)
        self.importer.summary.claims_created += 1

    def _span(self, source: Source, entry: dict[str, Any], path: str) -> tuple[int, int]:
        quote = entry["quote"]
        span = entry.get("span")
        if span is not None:
            if not (isinstance(span, list) and len(span) == 2 and all(isinstance(n, int) for n in span)):
                raise CaseFileError(f"{path}.span", "must be [start, end]")
            if source.text[span[0] : span[1]] != quote:
                raise CaseFileError(f"{path}.span", f"the source text there is not the quote {quote!r}")
            return span[0], span[1]
        occurrence = entry.get("occurrence", 1)
        if not isinstance(occurrence, int) or occurrence < 1:
            raise CaseFileError(f"{path}.occurrence", "must be a positive whole number")
        found = locate_quote(source.text, quote, occurrence)
        if found is None:
            raise CaseFileError(
                f"{path}.quote", f"{quote!r} does not occur {occurrence} time(s) in source {source.uid!r}"
            )
        return found

    def _user(self, username: Any) -> Any:
        if not username:
            return None
        if username not in self.users:
            self.users[username] = get_user_model().objects.filter(username=username).first()
        return self.users[username]

    def _create(
        self, uid: str, source: Source, subject: models.Model, entry: dict[str, Any], span: tuple[int, int], path: str
    ) -> None:
        method = entry.get("method", Method.CURATED)
        state = entry.get("review_state", ReviewState.ACCEPTED)
        if method not in Method.values or state not in ReviewState.values:
            raise CaseFileError(path, f"unknown method {method!r} or review_state {state!r}")
        reviewed_at = entry.get("reviewed_at")
        Claim.objects.create(
            uid=uid,
            source=source,
            subject_type=ContentType.objects.get_for_model(subject),
            subject_id=subject.pk,
            field=entry["field"],
            value=entry.get("value"),
            quote=entry["quote"],
            span_start=span[0],
            span_end=span[1],
            method=method,
            extractor=entry.get("extractor") or "",
            review_state=state,
            entered_by=self._user(entry.get("entered_by")) or self.importer.user,
            reviewed_by=self._user(entry.get("reviewed_by")),
            reviewed_at=datetime.fromisoformat(reviewed_at) if reviewed_at else None,
        )
