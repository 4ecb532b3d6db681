"""What each kind of record contributes to the index: a title, a body and the words to key by name.

An entry holds only the record's own text (and its own name rows), never another record's, so a
visible act cannot be found through the name of a victim the reader may not see. Models are named
by label and resolved lazily: `common` does not import the data apps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db import models


@dataclass(frozen=True)
class Document:
    """The text of one record as the index stores it."""

    title: str
    body: str


@dataclass(frozen=True)
class Kind:
    """One kind of searchable record: its model, how it reads, and the name rows that belong to it."""

    name: str
    label: str
    read: Callable[[Any], Document]
    prefetch: tuple[str, ...] = ()
    children: tuple[tuple[str, str], ...] = ()

    @property
    def model(self) -> type[models.Model]:
        """The record model behind this kind."""
        return apps.get_model(self.label)


def _join(*parts: Any) -> str:
    return "\n".join(str(part) for part in parts if part)


def _person(person: Any) -> Document:
    spellings = [name.full_name for name in person.names.all()]
    names = " · ".join(dict.fromkeys([person.display_name, *spellings]))
    return Document(person.display_name, _join(names, person.description))


def _organization(organization: Any) -> Document:
    other = [name.name for name in organization.other_names.all()]
    names = " · ".join([organization.name, organization.abbreviation, *other])
    return Document(organization.name, _join(names, organization.description))


def _event(event: Any) -> Document:
    return Document(event.title, _join(event.title, event.location_text, event.description))


def _act(act: Any) -> Document:
    return Document(f"{act.act_type} {act.start}".strip(), _join(act.act_type, act.location_text, act.description))


def _intervention(intervention: Any) -> Document:
    demands = " · ".join(str(demand) for demand in intervention.demands or [])
    text = _join(intervention.title, intervention.addressee_text, demands, intervention.response)
    return Document(intervention.title, text)


def _statistic(statistic: Any) -> Document:
    figure = f"{statistic.quantity} {statistic.counted}"
    return Document(figure, _join(figure, statistic.category, statistic.place_text, statistic.period))


def _source(source: Any) -> Document:
    title = source.title or source.url or f"source {source.sha256[:12]}"
    return Document(title, _join(source.title, source.publisher, source.text))


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("person", "records.Person", _person, ("names",), (("records.PersonName", "person_id"),)),
        Kind(
            "organization",
            "records.Organization",
            _organization,
            ("other_names",),
            (("records.OrganizationName", "organization_id"),),
        ),
        Kind("event", "records.Event", _event),
        Kind("act", "records.Act", _act),
        Kind("intervention", "records.Intervention", _intervention),
        Kind("statistic", "records.ReportedStatistic", _statistic),
        Kind("source", "records.Source", _source),
    )
}


def kind_of(model: type[models.Model]) -> Kind | None:
    """The kind indexing a model, if any."""
    label = model._meta.label
    return next((kind for kind in KINDS.values() if kind.label == label), None)


def checked_kinds(names: Iterable[str] | None) -> list[Kind]:
    """The kinds asked for (all when None); an unknown name is a ValueError naming the known ones."""
    if names is None:
        return list(KINDS.values())
    chosen = list(dict.fromkeys(names))
    unknown = [name for name in chosen if name not in KINDS]
    if unknown:
        raise ValueError(f"unknown kind {', '.join(unknown)}; use {', '.join(KINDS)}")
    return [KINDS[name] for name in chosen]
