"""Helpers for posting record forms with their rows (formset management data included)."""

from __future__ import annotations

from typing import Any

ROW_PREFIXES = {
    "person": ("names",),
    "act": ("involvements",),
    "legalcase": ("charges", "stages", "measures", "sentences"),
    "organization": ("names",),
    "intervention": ("participants", "subjects"),
}


def rows(prefix: str, *filled: dict[str, Any], initial: int = 0) -> dict[str, Any]:
    """The POST data of a formset holding the given rows (the first `initial` of them already saved)."""
    data: dict[str, Any] = {
        f"{prefix}-TOTAL_FORMS": str(len(filled)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(filled):
        data.update({f"{prefix}-{index}-{name}": value for name, value in row.items()})
    return data


def posted(kind: str, record: dict[str, Any], **filled: list[dict[str, Any]]) -> dict[str, Any]:
    """A record's fields and every formset of its kind (empty unless rows are given)."""
    data = dict(record)
    for prefix in ROW_PREFIXES.get(kind, ()):
        data.update(rows(prefix, *filled.get(prefix, [])))
    return data
