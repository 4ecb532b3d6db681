"""The table of common given names, loaded once from `data/given_names.txt`."""

from __future__ import annotations

from functools import cache
from importlib import resources

from chronicle.names.skeleton import skeleton


class GivenNameTableError(ValueError):
    """A line of the given-name table is malformed."""


def _parse_line(number: int, line: str) -> tuple[str, str]:
    sex, _, name = line.partition(" ")
    if sex not in ("m", "f") or not name.strip():
        message = f"given_names.txt line {number}: expected 'm|f Name', got {line!r}"
        raise GivenNameTableError(message)
    return sex, name.strip()


@cache
def given_names() -> dict[str, str]:
    """Skeleton of each common given name → its sex ('m' or 'f')."""
    text = resources.files("chronicle.names").joinpath("data/given_names.txt").read_text("utf-8")
    table: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            sex, name = _parse_line(number, line)
            table[skeleton(name)] = sex
    return table


def is_given_name(key: str) -> bool:
    """Whether a skeleton is a common given name."""
    return key in given_names()
