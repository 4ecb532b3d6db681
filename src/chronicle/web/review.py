"""The review page's reading of proposals: passages beside each value, the editable fields, what is safe in bulk."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import QueryDict

from chronicle.ingest.models import Proposal

SAFE_KINDS = ("person", "organization", "statistic")
SCALARS = (str, int, float, bool, type(None))
MAX_PASSAGES = 3


@dataclass(frozen=True)
class Passage:
    """A span of the source with some text either side."""

    before: str
    quote: str
    after: str


def passages(proposal: Proposal, text: str, context: int = 120) -> list[Passage]:
    """The passages a proposal came from (the first few spans)."""
    found = []
    for start, end in proposal.spans[:MAX_PASSAGES]:
        found.append(Passage(text[max(0, start - context) : start], text[start:end], text[end : end + context]))
    return found


def editable_fields(value: dict[str, Any]) -> list[tuple[str, str]]:
    """The proposal's single values a reviewer may correct, as (name, text) pairs."""
    return [
        (key, "" if item is None else str(item))
        for key, item in value.items()
        if key != "spans" and isinstance(item, SCALARS)
    ]


def edited_value(machine: dict[str, Any], posted: QueryDict) -> dict[str, Any]:
    """The machine's item with the reviewer's corrections of its single values (ValueError on a bad number)."""
    edited = dict(machine)
    for key, original in machine.items():
        name = f"field-{key}"
        if key == "spans" or not isinstance(original, SCALARS) or name not in posted:
            continue
        edited[key] = _typed(str(posted.get(name, "")).strip(), original)
    return edited


def _typed(text: str, original: Any) -> Any:
    if isinstance(original, bool):
        return text.lower() in ("1", "true", "yes", "on")
    if isinstance(original, int):
        return int(text)
    if isinstance(original, float):
        return float(text)
    if original is None and not text:
        return None
    return text


def safe_in_bulk(proposal: Proposal) -> bool:
    """Whether accepting without a look is safe: a name or figure, still proposed, tied to its passage."""
    return proposal.kind in SAFE_KINDS and proposal.state == Proposal.State.PROPOSED and bool(proposal.spans)
