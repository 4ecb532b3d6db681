"""Numbers with nouns in English and Russian ("1 case", "2 случая", "5 случаев")."""

from __future__ import annotations


def russian_form(number: int, one: str, few: str, many: str) -> str:
    """The Russian noun form for a number: 1 дело, 2 дела, 5 дел, 21 дело, 11 дел."""
    if number % 10 == 1 and number % 100 != 11:
        return one
    if number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14):
        return few
    return many


def english_form(number: int, one: str, many: str) -> str:
    """The English noun form for a number."""
    return one if number == 1 else many
