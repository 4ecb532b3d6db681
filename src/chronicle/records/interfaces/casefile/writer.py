"""Write the whole database as a case file."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from chronicle.records.interfaces.casefile.spec import TOP_LEVEL, Spec
from chronicle.records.interfaces.casefile.values import to_json
from chronicle.records.models import Claim


def _ref_uid(instance: models.Model, name: str) -> str | None:
    target = getattr(instance, name)
    return None if target is None else str(target.uid)


def serialize_row(spec: Spec, instance: models.Model) -> dict[str, Any]:
    """One row's own fields and references (no children, no evidence)."""
    record: Any = instance  # every identified model is a Record with a uid
    data: dict[str, Any] = {"id": record.uid} if spec.identified else {}
    for name in spec.all_scalars():
        data[spec.json_name(name)] = to_json(getattr(instance, name))
    for name in spec.refs:
        data[spec.json_name(name)] = _ref_uid(instance, name)
    return data


def serialize_evidence(claim: Claim) -> dict[str, Any]:
    """A claim as an evidence entry of its subject."""
    return {
        "field": claim.field,
        "source": claim.source.uid,
        "quote": claim.quote,
        "span": [claim.span_start, claim.span_end],
        "value": claim.value,
        "method": claim.method,
        "extractor": claim.extractor,
        "review_state": claim.review_state,
        "entered_by": claim.entered_by.get_username() if claim.entered_by else None,
        "reviewed_by": claim.reviewed_by.get_username() if claim.reviewed_by else None,
        "reviewed_at": to_json(claim.reviewed_at),
    }


class Exporter:
    """Serialises records with their children and evidence, ordered so output is stable."""

    def __init__(self) -> None:
        claims = Claim.objects.select_related("source", "entered_by", "reviewed_by").order_by(
            "subject_type", "subject_id", "span_start", "uid"
        )
        self.evidence: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for claim in claims:
            self.evidence.setdefault((claim.subject_type_id, claim.subject_id), []).append(serialize_evidence(claim))

    def record(self, spec: Spec, instance: models.Model) -> dict[str, Any]:
        """A record with its many-to-many references, nested rows and evidence."""
        data = serialize_row(spec, instance)
        for name in spec.many:
            data[spec.json_name(name)] = sorted(getattr(instance, name).values_list("uid", flat=True))
        for child in spec.children:
            data[child.key] = [self.record(child, row) for row in self._rows(child, instance)]
        if spec.evidence:
            content_type = ContentType.objects.get_for_model(spec.model)
            data["evidence"] = self.evidence.get((content_type.pk, instance.pk), [])
        return data

    def _rows(self, child: Spec, parent: models.Model) -> models.QuerySet:
        rows = child.model._default_manager.filter(**{child.parent_fk: parent})
        return rows.order_by("uid") if child.identified else rows.order_by("pk")

    def top_level(self, spec: Spec) -> list[dict[str, Any]]:
        """Every record of a top-level kind, by id."""
        return [self.record(spec, row) for row in spec.model._default_manager.order_by("uid")]


def export_casefile() -> dict[str, Any]:
    """The whole database as one case-file object."""
    from chronicle.records.interfaces.casefile import FORMAT, VERSION

    exporter = Exporter()
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for spec in TOP_LEVEL:
        document[spec.key] = exporter.top_level(spec)
    return document
