"""Where each kind of record is shown, so claims and search results can link to it."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

PAGES = {
    "person": "web:person",
    "organization": "web:organization",
    "event": "web:event",
    "act": "web:act",
    "legalcase": "web:legal_case",
    "intervention": "web:letter",
    "source": "web:source",
}


def record_url(model_name: str, pk: int) -> str:
    """The monitors' page of a record, or '' when the kind has no page of its own."""
    name = PAGES.get(model_name)
    if name is None:
        return ""
    try:
        return reverse(name, args=[pk])
    except NoReverseMatch:
        return ""
