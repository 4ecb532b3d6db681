"""Load a case file: validate everything, then write it in one transaction, changing only what differs."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction

from chronicle.records.domain.sources import text_sha256
from chronicle.records.interfaces.casefile.errors import CaseFileError
from chronicle.records.interfaces.casefile.evidence import EvidenceWriter
from chronicle.records.interfaces.casefile.spec import EVIDENCE_KEYS, TOP_LEVEL, Spec
from chronicle.records.interfaces.casefile.values import default_of, from_json
from chronicle.records.interfaces.casefile.writer import serialize_row
from chronicle.records.models import Source


@dataclass
class ImportSummary:
    """What an import did, per model."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    claims_created: int = 0

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return bool(sum(self.created.values()) or sum(self.updated.values()) or self.claims_created)


@dataclass
class _Pending:
    spec: Spec
    instance: models.Model
    item: dict[str, Any]
    path: str


def load_casefile(path: Path) -> dict[str, Any]:
    """Read a case file from disk as JSON; errors name the file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CaseFileError("$", f"cannot read: {error.strerror}", str(path)) from error
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise CaseFileError("$", f"not UTF-8 text (byte {error.start})", str(path)) from error
    except json.JSONDecodeError as error:
        raise CaseFileError(
            "$", f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}", str(path)
        ) from error
    if not isinstance(data, dict):
        raise CaseFileError("$", "a case file is a JSON object", str(path))
    return data


def _check_header(data: dict[str, Any]) -> None:
    from chronicle.records.interfaces.casefile import FORMAT, VERSION

    if data.get("format") != FORMAT:
        raise CaseFileError("$.format", f"must be {FORMAT!r}")
    if data.get("version") != VERSION:
        raise CaseFileError("$.version", f"unsupported version {data.get('version')!r}; this Chronicle reads {VERSION}")
    unknown = set(data) - {"format", "version", "note", *(spec.key for spec in TOP_LEVEL)}
    if unknown:
        raise CaseFileError("$", f"unknown keys {sorted(unknown)}")
    for spec in TOP_LEVEL:
        if not isinstance(data.get(spec.key, []), list):
            raise CaseFileError(f"$.{spec.key}", "must be a list")


def _allowed_keys(spec: Spec) -> set[str]:
    keys = {spec.json_name(n) for n in (*spec.all_scalars(), *spec.refs, *spec.many)}
    keys |= {child.key for child in spec.children}
    if spec.identified:
        keys.add("id")
    if spec.evidence:
        keys.add("evidence")
    return keys


class Importer:
    """Two passes: records with their required references, then optional references, rows and evidence."""

    def __init__(self, user: Any = None) -> None:
        self.user = user
        self.summary = ImportSummary()
        self.known: dict[tuple[type[models.Model], str], models.Model] = {}
        self.pending: list[_Pending] = []
        self.evidence = EvidenceWriter(self)

    def run(self, data: dict[str, Any]) -> None:
        """Import every top-level list."""
        for spec in TOP_LEVEL:
            self._records(spec, data.get(spec.key, []), f"$.{spec.key}", None)
        for pending in self.pending:
            self._complete(pending)

    def _records(self, spec: Spec, items: Any, path: str, parent: models.Model | None) -> None:
        if not isinstance(items, list):
            raise CaseFileError(path, "must be a list")
        for index, item in enumerate(items):
            self._record(spec, item, f"{path}[{index}]", parent)

    def _record(self, spec: Spec, item: Any, path: str, parent: models.Model | None) -> None:
        if not isinstance(item, dict):
            raise CaseFileError(path, "must be an object")
        unknown = set(item) - _allowed_keys(spec)
        if unknown:
            raise CaseFileError(path, f"unknown keys {sorted(unknown)}")
        uid = item.get("id")
        if not isinstance(uid, str) or not uid.strip():
            raise CaseFileError(f"{path}.id", "every record needs a non-empty string id")
        instance = self._upsert(spec, item, path, parent, uid)
        self.known[(spec.model, uid)] = instance
        self.pending.append(_Pending(spec, instance, item, path))
        for child in spec.children:
            if child.identified:
                self._records(child, item.get(child.key, []), f"{path}.{child.key}", instance)

    def _existing(self, spec: Spec, item: dict[str, Any], uid: str) -> models.Model | None:
        if spec.model is Source and item.get("text"):
            # The same document is the same source, whatever id another file gave it.
            found = Source.objects.filter(sha256=text_sha256(item["text"])).first()
            if found:
                return found
        return spec.model._default_manager.filter(uid=uid).first()

    def _upsert(
        self, spec: Spec, item: dict[str, Any], path: str, parent: models.Model | None, uid: str
    ) -> models.Model:
        existing = self._existing(spec, item, uid)
        instance = existing or spec.model(uid=uid)
        if existing is None and self.user is not None and hasattr(instance, "created_by"):
            instance.created_by = self.user
        before = serialize_row(spec, instance) if existing else None
        self._assign_scalars(spec, instance, item, path, existing is not None)
        if parent is not None:
            setattr(instance, spec.parent_fk, parent)
        self._assign_refs(spec, instance, item, path, first_pass=True)
        if existing and before == serialize_row(spec, instance) and not self._parent_changed(spec, existing, parent):
            self.summary.unchanged[spec.model.__name__] += 1
            return existing
        self._validate(spec, instance, path)
        self._save(instance, path)
        (self.summary.updated if existing else self.summary.created)[spec.model.__name__] += 1
        return instance

    def _parent_changed(self, spec: Spec, instance: models.Model, parent: models.Model | None) -> bool:
        return parent is not None and getattr(instance, f"{spec.parent_fk}_id") != parent.pk

    def _assign_scalars(self, spec: Spec, instance: models.Model, item: dict[str, Any], path: str, keep: bool) -> None:
        for name in spec.all_scalars():
            model_field = instance._meta.get_field(name)
            key = spec.json_name(name)
            if key not in item:
                if not keep:
                    setattr(instance, name, default_of(model_field))  # type: ignore[arg-type]
                continue
            try:
                setattr(instance, name, from_json(model_field, item[key]))  # type: ignore[arg-type]
            except ValueError as error:
                raise CaseFileError(f"{path}.{key}", str(error)) from error
        if spec.model is Source:
            self._check_source_hash(instance, item, path)

    def _check_source_hash(self, instance: models.Model, item: dict[str, Any], path: str) -> None:
        digest = text_sha256(instance.text)  # type: ignore[attr-defined]
        if item.get("sha256") not in (None, digest):
            raise CaseFileError(f"{path}.sha256", "does not match the SHA-256 of the text")
        instance.sha256 = digest  # type: ignore[attr-defined]

    def _assign_refs(
        self, spec: Spec, instance: models.Model, item: dict[str, Any], path: str, *, first_pass: bool
    ) -> None:
        """Set references; in the first pass an optional one may wait for a record later in the file."""
        for name in spec.refs:
            model_field: Any = instance._meta.get_field(name)
            key = spec.json_name(name)
            uid = item.get(key)
            target_model = model_field.related_model
            if first_pass and model_field.null and uid is not None and not self._available(target_model, uid):
                continue
            setattr(instance, name, self.resolve(target_model, uid, f"{path}.{key}", model_field.null))

    def _available(self, model: type[models.Model], uid: Any) -> bool:
        return (model, uid) in self.known or model._default_manager.filter(uid=uid).exists()

    def resolve(self, model: type[models.Model], uid: Any, path: str, optional: bool) -> models.Model | None:
        """The record a reference names, from this file or the database."""
        if uid is None and optional:
            return None
        if not isinstance(uid, str):
            raise CaseFileError(path, "must be the id of a record")
        found = self.known.get((model, uid)) or model._default_manager.filter(uid=uid).first()
        if found is None:
            raise CaseFileError(path, f"refers to unknown {model.__name__} {uid!r}")
        return found

    def _validate(self, spec: Spec, instance: models.Model, path: str) -> None:
        relations = [f.name for f in instance._meta.get_fields() if f.is_relation]
        try:
            instance.full_clean(exclude=relations, validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            name, messages = next(iter(error.message_dict.items()))
            raise CaseFileError(f"{path}.{spec.json_name(name)}", "; ".join(messages)) from error

    def _save(self, instance: models.Model, path: str) -> None:
        try:
            with transaction.atomic():
                instance.save()
        except DatabaseError as error:
            raise CaseFileError(path, f"cannot be stored: {error}") from error

    def _complete(self, pending: _Pending) -> None:
        spec, instance, item, path = pending.spec, pending.instance, pending.item, pending.path
        before = serialize_row(spec, instance)
        self._assign_refs(spec, instance, item, path, first_pass=False)
        if serialize_row(spec, instance) != before:
            self._validate(spec, instance, path)
            self._save(instance, path)
            self._count_update(spec)
        for name in spec.many:
            self._set_many(spec, instance, item, name, path)
        for child in spec.children:
            if not child.identified:
                self._replace_rows(child, instance, item.get(child.key, []), f"{path}.{child.key}")
        if spec.evidence:
            self.evidence.write(instance, item.get("evidence", []), f"{path}.evidence")

    def _count_update(self, spec: Spec) -> None:
        name = spec.model.__name__
        if self.summary.unchanged[name] and not self.summary.created[name]:
            self.summary.unchanged[name] -= 1
            self.summary.updated[name] += 1

    def _set_many(self, spec: Spec, instance: models.Model, item: dict[str, Any], name: str, path: str) -> None:
        key = spec.json_name(name)
        uids = item.get(key, [])
        if not isinstance(uids, list):
            raise CaseFileError(f"{path}.{key}", "must be a list of ids")
        related = getattr(instance, name)
        targets = [self.resolve(related.model, uid, f"{path}.{key}[{i}]", False) for i, uid in enumerate(uids)]
        if sorted(related.values_list("uid", flat=True)) != sorted(uids):
            related.set(targets)
            self._count_update(spec)

    def _build_row(self, spec: Spec, parent: models.Model, item: Any, path: str) -> models.Model:
        if not isinstance(item, dict):
            raise CaseFileError(path, "must be an object")
        unknown = set(item) - _allowed_keys(spec)
        if unknown:
            raise CaseFileError(path, f"unknown keys {sorted(unknown)}")
        row = spec.model(**{spec.parent_fk: parent})
        self._assign_scalars(spec, row, item, path, keep=False)
        for name in spec.refs:
            model_field = row._meta.get_field(name)
            key = spec.json_name(name)
            target = self.resolve(model_field.related_model, item.get(key), f"{path}.{key}", True)  # type: ignore[arg-type]
            setattr(row, name, target)
        return row

    def _replace_rows(self, spec: Spec, parent: models.Model, items: Any, path: str) -> None:
        """Rows without ids (names, charges, signatories) are replaced as a whole when they differ."""
        if not isinstance(items, list):
            raise CaseFileError(path, "must be a list")
        rows = [self._build_row(spec, parent, item, f"{path}[{i}]") for i, item in enumerate(items)]
        existing = list(spec.model._default_manager.filter(**{spec.parent_fk: parent}).order_by("pk"))
        if [serialize_row(spec, row) for row in existing] == [serialize_row(spec, row) for row in rows]:
            return
        for row in existing:
            row.delete()
        for index, row in enumerate(rows):
            self._validate(spec, row, f"{path}[{index}]")
            self._save(row, f"{path}[{index}]")
        counter = self.summary.updated if existing else self.summary.created
        counter[spec.model.__name__] += len(rows) if not existing else 1


def import_casefile(data: dict[str, Any], *, user: Any = None, file: str = "") -> ImportSummary:
    """Load a case file in one transaction; on any problem raise CaseFileError and write nothing."""
    try:
        _check_header(data)
        importer = Importer(user)
        with transaction.atomic():
            importer.run(data)
    except CaseFileError as error:
        if file:
            raise error.in_file(file) from None
        raise
    return importer.summary


__all__ = ["EVIDENCE_KEYS", "ImportSummary", "Importer", "import_casefile", "load_casefile"]
