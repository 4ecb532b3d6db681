"""Helpers for posting record forms with their rows (formset management data included)."""

from __future__ import annotations

from html.parser import HTMLParser
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


class _FormReader(HTMLParser):
    """Reads the values a browser would submit from a page's form (no button pressed)."""

    def __init__(self) -> None:
        super().__init__()
        self.data: list[tuple[str, str]] = []
        self._select: str | None = None
        self._multiple = False
        self._options: list[tuple[str, bool]] = []
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        name = found.get("name", "")
        if tag == "input" and name and found.get("type") not in {"submit", "search"}:
            if found.get("type") not in {"checkbox", "radio"} or "checked" in found:
                self.data.append((name, found.get("value", "on" if found.get("type") == "checkbox" else "")))
        elif tag == "select" and name:
            self._select, self._options, self._multiple = name, [], "multiple" in found
        elif tag == "option" and self._select is not None:
            self._options.append((found.get("value", ""), "selected" in found))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data.append((name, ""))

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            name, text = self.data.pop()
            self.data.append((name, text + data))

    def handle_endtag(self, tag: str) -> None:
        if tag == "select" and self._select is not None:
            chosen = [value for value, selected in self._options if selected]
            if not chosen and not self._multiple:
                chosen = [value for value, _ in self._options[:1]]
            self.data += [(self._select, value) for value in chosen]
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def as_a_browser_would_post(html: str) -> dict[str, Any]:
    """The data a browser submits for the first POST form of the page, unchanged (lists for repeated names)."""
    start = html.index('<form method="post"')
    reader = _FormReader()
    reader.feed(html[start : html.index("</form>", start)])
    data: dict[str, Any] = {}
    for name, value in reader.data:
        data.setdefault(name, []).append(value.lstrip("\n") if name else value)
    return {name: values if len(values) > 1 else values[0] for name, values in data.items()}
