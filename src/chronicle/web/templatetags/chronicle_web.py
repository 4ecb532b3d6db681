"""Template filters for Chronicle's pages: partial dates, vocabulary labels and numbers in the reader's language."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import template
from django.utils import formats
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from chronicle.common.partial_date import PartialDateError, Precision, parse_partial_date
from chronicle.vocab.loader import vocabulary

register = template.Library()


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def _single(text: str) -> str:
    parsed = parse_partial_date(text)
    earliest = parsed.earliest
    assert earliest is not None
    if parsed.precision == Precision.DAY:
        shown = formats.date_format(earliest, "DATE_FORMAT")
    elif parsed.precision == Precision.MONTH and parsed.approximate:
        # "about" governs the month: Russian needs its genitive ("около февраля 1980 г."), a catalogue format.
        shown = formats.date_format(earliest, pgettext("date format of a month after 'about'", "F Y"))
    elif parsed.precision == Precision.MONTH:
        shown = formats.date_format(earliest, "YEAR_MONTH_FORMAT")
    elif parsed.precision == Precision.DECADE:
        shown = _("%(decade)ss") % {"decade": earliest.year}
    else:
        shown = str(earliest.year)
    if parsed.approximate:
        shown = _("about %(date)s") % {"date": shown}
    if parsed.uncertain:
        shown = f"{shown}?"
    return shown


@register.filter
def pdate(value: str | date | None) -> str:
    """An EDTF partial date ("2020-02", "2020~", "2020-07-30/2020-09-27") in words of the reader's language."""
    if not value:
        return ""
    if isinstance(value, date):
        return formats.date_format(value, "DATE_FORMAT")
    try:
        if "/" not in value:
            return _single(value)
        start, end = value.split("/", 1)
        first = "…" if start in ("", "..") else _single(start)
        last = "…" if end in ("", "..") else _single(end)
        return f"{first} – {last}"
    except PartialDateError:
        return value


@register.filter
def vocab(code: str | None, name: str) -> str:
    """The label of a vocabulary code in the reader's language (the code itself when unknown)."""
    if not code:
        return ""
    terms = vocabulary(name)
    return terms[code].label(_language()) if code in terms else code


@register.filter
def vocab_list(codes: list[str] | None, name: str) -> str:
    """Labels of several codes, comma-separated."""
    return ", ".join(vocab(code, name) for code in codes or [])


@register.filter
def num(value: Any) -> str:
    """A number with the reader's grouping ("1,234" / "1 234")."""
    if value is None or value == "":
        return ""
    return formats.number_format(value, force_grouping=True)


@register.filter
def get_item(mapping: dict[Any, Any] | None, key: Any) -> Any:
    """mapping[key], or None."""
    return (mapping or {}).get(key)


@register.filter
def monitor(user: Any) -> bool:
    """Whether the user has a role that opens the monitors' pages."""
    from chronicle.common.access import Role, role_of

    return role_of(user) >= Role.VIEWER


@register.simple_tag
def passage(claim: Any, context: int = 100) -> dict[str, str]:
    """A claim's span with the text around it, as three parts (before, quote, after)."""
    text = claim.source.text
    start, end = claim.span_start, claim.span_end
    return {
        "before": text[max(0, start - context) : start],
        "quote": text[start:end],
        "after": text[end : end + context],
    }


@register.filter
def public_name(person: Any) -> str:
    """A person's name as their consent allows it on the public site."""
    from chronicle.web.public import public_name as name_for

    return name_for(person)


@register.filter
def editor(user: Any) -> bool:
    """Whether the user may create and change records."""
    from chronicle.common.access import may_edit

    return may_edit(user)


@register.filter(name="label")
def choice_label(code: str | None, group: str) -> str:
    """A fixed choice of the record model (consent, gender, case kind ...) in the reader's language."""
    from chronicle.web.labels import label

    return label(group, code) if code else ""
