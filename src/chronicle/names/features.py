"""The comparison features of one person record: what blocking and scoring read."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from chronicle.names.morphology import surname_stem
from chronicle.names.parse import ParsedName, parse_name
from chronicle.names.skeleton import skeleton


@dataclass(frozen=True)
class Features:
    """Keys of one record; the same columns feed Splink's SQL and the Python scorer."""

    unique_id: str
    sur: str | None
    sur_sorted: str | None
    sur_head: str | None
    sur_tail: str | None
    sfull: str | None
    si: str | None
    gstem: str | None
    giv: str | None
    giv_sorted: str | None
    gi: str | None
    pat: str | None
    pi: str | None
    byear: int | None
    sex: str | None
    region: str | None

    def as_row(self) -> dict[str, Any]:
        """The features as a table row."""
        return asdict(self)


COLUMNS = tuple(Features.__dataclass_fields__)


def _sorted_letters(key: str | None) -> str | None:
    return "".join(sorted(key)) if key else None


def features_of(record_id: str, name: ParsedName, birth_year: int | None = None, region: str | None = None) -> Features:
    """The features of a parsed name with its record's context."""
    sur = name.surname_key
    return Features(
        unique_id=record_id,
        sur=sur,
        sur_sorted=_sorted_letters(sur),
        sur_head=sur[:2] if sur else None,
        sur_tail=sur[-3:] if sur else None,
        sfull=name.surname_skeleton,
        si=name.surname_initial,
        gstem=surname_stem(name.given_key) if name.given_key else None,
        giv=name.given_key,
        giv_sorted=_sorted_letters(name.given_key),
        gi=name.given_initial,
        pat=name.patronymic_key,
        pi=name.patronymic_initial,
        byear=birth_year,
        sex=name.sex,
        region=skeleton(region) or None if region else None,
    )


def features_of_text(record_id: str, text: str, birth_year: int | None = None, region: str | None = None) -> Features:
    """Parse a written name and return its features."""
    return features_of(record_id, parse_name(text), birth_year, region)
