"""Form fields and widgets: partial dates as people write them, vocabulary choices in the reader's language."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django import forms
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chronicle.common.partial_date import PartialDate, PartialDateError, parse_partial_date
from chronicle.vocab.loader import vocabulary
from chronicle.web.forms.matches import find

_ABOUT = re.compile(r"^(?:about|around|approx\.?|c\.|ca\.?|circa|около|примерно|~)\s*(.+)$", re.I)
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})\.(\d{4})$")
BLANK = ("", "---------")
FIND = "find"
"""The button that posts a form back to search one of its record choices (no script needed)."""
SEARCH_SUFFIX = "__q"
"""A record choice's search box is named after it: `victim__q`."""


def normalise_partial_date(text: str) -> str:
    """A date as typed ("2020", "2020-02", "15.02.2020", "about 2020") as EDTF ("2020~"); raises PartialDateError."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return ""
    approximate = False
    if found := _ABOUT.match(cleaned):
        cleaned, approximate = found.group(1).strip(), True
    if found := _DAY_FIRST.match(cleaned):
        cleaned = f"{found.group(3)}-{int(found.group(2)):02d}-{int(found.group(1)):02d}"
    elif found := _MONTH_FIRST.match(cleaned):
        cleaned = f"{found.group(2)}-{int(found.group(1)):02d}"
    if approximate and "/" not in cleaned and not cleaned.endswith(("~", "%")):
        cleaned = cleaned[:-1] + "%" if cleaned.endswith("?") else f"{cleaned}~"
    parse_partial_date(cleaned)
    return cleaned


class PartialDateField(forms.CharField):
    """A date known to a year, month or day, possibly approximate ("about 2020") or a range."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("2020, 2020-02, 2020-02-15, “about 2020”, or a range 2020-07-30/2020-09-27"))
        super().__init__(max_length=64, **kwargs)

    def clean(self, value: Any) -> str:
        """The EDTF form of the date typed, or a validation error saying what is accepted."""
        text = super().clean(value)
        try:
            return normalise_partial_date(text)
        except PartialDateError as error:
            raise forms.ValidationError(
                _("Not a date we can read: %(error)s") % {"error": error}, code="partial_date"
            ) from error


def read_date(text: str | None) -> PartialDate | None:
    """A stored (already checked) partial date, or None when empty or unreadable."""
    try:
        return parse_partial_date(text) if text else None
    except PartialDateError:
        return None


def ends_before(start: str | None, end: str | None) -> bool:
    """Whether `end` certainly falls before `start` (partial dates: the latest end before the earliest start)."""
    first, last = read_date(start), read_date(end)
    if first is None or last is None or first.earliest is None or last.latest is None:
        return False
    return last.latest < first.earliest


def check_order(form: forms.BaseForm, start: str, end: str, message: Any | None = None) -> None:
    """Add an error to `end` when it certainly falls before `start`."""
    data = form.cleaned_data
    if ends_before(data.get(start), data.get(end)):
        form.add_error(end, message or _("This date falls before the start date."))


def vocabulary_choices(name: str, blank: bool = False) -> Callable[[], list[tuple[str, str]]]:
    """A callable of (code, label) pairs in the reader's language, read each time a form is shown."""

    def current() -> list[tuple[str, str]]:
        language = (get_language() or "en")[:2]
        terms = [(term.code, term.label(language)) for term in vocabulary(name).terms.values()]
        return [BLANK, *terms] if blank else terms

    return current


class AutocompleteSelect(forms.Select):
    """A search box that fills a select with matching records (htmx); only the chosen record is rendered.

    Without a script, the box's Search button posts the form back and the page offers the matches
    (`offer_matches`), keeping everything typed.
    """

    template_name = "web/forms/autocomplete.html"

    def __init__(self, kind: str, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs)
        self.kind = kind
        self.known: dict[str, Any] | None = None
        self.query = ""
        self.matches: list[Any] | None = None

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        """The search URL, the chosen record (if any) and the matches searched for, never every record."""
        context: dict[str, Any] = forms.Widget.get_context(self, name, value, attrs)
        chosen = self._chosen(value)
        context.update(
            search_url=reverse("web:autocomplete", args=[self.kind]),
            search_name=f"{name}{SEARCH_SUFFIX}",
            find=FIND,
            chosen=chosen,
            query=self.query,
            matches=[m for m in self.matches or [] if chosen is None or m.pk != chosen.pk],
            searched=self.matches is not None,
        )
        return context

    def _chosen(self, value: Any) -> Any:
        queryset = getattr(self.choices, "queryset", None)
        if value in (None, "") or queryset is None:
            return None
        key = value.pk if hasattr(value, "pk") else value
        if self.known is not None:
            return self.known.get(str(key))
        try:
            return queryset.filter(pk=key).first()
        except (TypeError, ValueError):
            return None


def remember_chosen(forms: list[Any], name: str) -> None:
    """Load the records chosen in one field of many forms in one query, for their widgets to show."""
    if not forms:
        return
    values = {str(form[name].value()) for form in forms} - {"None", ""}
    queryset = forms[0].fields[name].queryset
    known = {str(record.pk): record for record in queryset.filter(pk__in=[v for v in values if v.isdigit()])}
    for form in forms:
        form.fields[name].widget.known = known


def offer_matches(forms: list[Any], data: Any, user: Any) -> None:
    """Give the record choice whose Search button was pressed the records matching its box, as the user may read."""
    target = data.get(FIND, "")
    query = str(data.get(f"{target}{SEARCH_SUFFIX}", ""))[:200].strip()
    for form in forms:
        for name in getattr(form, "linked", {}):
            widget = form.fields[name].widget
            if form.add_prefix(name) == target and isinstance(widget, AutocompleteSelect):
                widget.query, widget.matches = query, find(widget.kind, query, user)
