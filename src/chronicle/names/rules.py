"""Hard rules that override the model: pairs that cannot be the same person."""

from __future__ import annotations

from chronicle.names.comparisons import (
    _close,
    _eq,
    given_names_close,
    initials_agree,
    may_be_swapped,
    swapped_with_typo,
)
from chronicle.names.features import Features

MAX_BIRTH_YEAR_GAP = 1  # a year's slip is a typo; two or more years are two people


def _crossed(a: Features, b: Features) -> bool:
    """a's surname is b's given name, and b's surname is a's given name or initial."""
    return _eq(a.sur, b.gstem) and (_eq(a.gstem, b.sur) or (a.giv is None and _eq(a.gi, b.si)))


def _swapped(a: Features, b: Features) -> bool:
    # Where nothing told the parser the order (Тұрберген Нұрдәулет), the other record may have
    # it the other way round; that is not a different given name, nor is a typo in the part
    # read the other way (Оспан Абек ~ Ospan Aibek).
    return may_be_swapped(a, b) and (_crossed(a, b) or _crossed(b, a) or swapped_with_typo(a, b))


def _given_names_differ(a: Features, b: Features) -> bool:
    if a.giv is None or b.giv is None:
        return a.gi is not None and b.gi is not None and not initials_agree(a.gi, a.gi2, b.gi, b.gi2)
    return not given_names_close(a, b)


def _patronymics_differ(a: Features, b: Features) -> bool:
    if a.pat is not None and b.pat is not None:
        # (two letters swapped is one slip: Дусйенович for Дуйсенович)
        return not _close(a.pat, b.pat, "".join(sorted(a.pat)), "".join(sorted(b.pat)))
    return a.pi is not None and b.pi is not None and not initials_agree(a.pi, a.pi2, b.pi, b.pi2)


def _days_of_birth_differ(a: Features, b: Features) -> bool:
    """Both full dates of birth known, and both day and month differ (not the two swapped, 02.11 ~ 11.02): a
    slip in one of them is a typo, in both it is another person's birthday."""
    if a.bday is None or b.bday is None:
        return False
    (month_a, day_a), (month_b, day_b) = a.bday.split("-"), b.bday.split("-")
    return month_a != month_b and day_a != day_b and (month_a, day_a) != (day_b, month_b)


def birth_years_differ(a: Features, b: Features) -> bool:
    """Both birth years known and further apart than a slip."""
    return a.byear is not None and b.byear is not None and abs(a.byear - b.byear) > MAX_BIRTH_YEAR_GAP


def veto(a: Features, b: Features) -> str | None:
    """Why two records cannot be one person (brothers, namesakes, spouses), or None."""
    if birth_years_differ(a, b):
        return "different birth years"
    if _days_of_birth_differ(a, b):
        return "different dates of birth"
    if _swapped(a, b):
        # Read in the other order, the sex a given-name table gave is not the record's either;
        # the father's name does not depend on the order.
        return "different patronymics" if _patronymics_differ(a, b) else None
    if a.sex is not None and b.sex is not None and a.sex != b.sex:
        return "different sex"
    if _given_names_differ(a, b):
        return "different given names"
    if _patronymics_differ(a, b):
        return "different patronymics"
    return None
