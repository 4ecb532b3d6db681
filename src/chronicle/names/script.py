"""Which script, and which Latin system, a name is written in."""

from __future__ import annotations

import enum
import re

from chronicle.names.translit import APOSTROPHES as APOSTROPHE_MARKS

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_2021 = frozenset("äğñöūüşçıİÄĞÑÖŪÜŞÇ")
KAZAKH_2018 = frozenset("áǵńóúýíÁǴŃÓÚÝÍ")
# ISO 9 letters no other system writes, including its Kazakh letters (ì ķ ġ ṇ ḥ ù ô, u̇ and a̋
# with combining marks), è for Э and the prime signs.
ISO_9 = frozenset("žšŝčûâìķġṇḥùôèʹʺŽŠŜČÛÂÌĶĠṆḤÙÔÈ\u0307\u030b")
APOSTROPHES = frozenset(APOSTROPHE_MARKS)


class Script(enum.StrEnum):
    """The writing system of a name as a whole."""

    KAZAKH_CYRILLIC = "kazakh_cyrillic"
    CYRILLIC = "cyrillic"
    LATIN = "latin"
    MIXED = "mixed"
    OTHER = "other"
    EMPTY = "empty"


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _is_latin(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or "\u00c0" <= char <= "\u024f"


def detect_script(text: str) -> Script:
    """The script of a name: Kazakh Cyrillic (has Kazakh letters), Cyrillic, Latin, or mixed."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return Script.EMPTY
    cyrillic = sum(1 for char in letters if _is_cyrillic(char))
    latin = sum(1 for char in letters if _is_latin(char))
    if cyrillic and latin:
        return Script.MIXED
    if cyrillic:
        return Script.KAZAKH_CYRILLIC if KAZAKH_LETTERS & set(letters) else Script.CYRILLIC
    return Script.LATIN if latin else Script.OTHER


# Uzbek Latin (1995): o‘ and g‘ are its only letters with an apostrophe, and x is Х: at the start of a word, before
# a consonant or at its end (Xolmatov, Baxtiyor, Farrux), where English writes kh; between vowels x may be the ks of
# Maxim or Alexei, so that alone tells nothing.
_UZBEK_X = re.compile(r"(?:^|(?<=[\s-]))[Xx](?=[aeiouAEIOU])|[Xx](?=[bcdfghjklmnpqrstvwz])|(?<=[a-z])x(?=$|[\s,-])")
_OTHER_APOSTROPHE = re.compile(f"[^OoGg\\s][{APOSTROPHE_MARKS}]")


def is_uzbek_latin(text: str) -> bool:
    """Whether a Latin name reads as Uzbek Latin: an x where English writes kh, and no apostrophe but after o
    or g (the 2017 Kazakh alphabet also writes s', a', i', n', u', y')."""
    if _OTHER_APOSTROPHE.search(text):
        return False
    return _UZBEK_X.search(text) is not None


def latin_system(text: str) -> str | None:
    """A guess at the Latin system of a Latin name, from its tell-tale letters; None if plain."""
    chars = set(text)
    if chars & KAZAKH_2021:
        return "kazakh_latin_2021"
    if chars & KAZAKH_2018:
        return "kazakh_latin_2018"
    if chars & ISO_9:
        return "iso_9"
    if is_uzbek_latin(text):
        return "uzbek_latin"
    if chars & APOSTROPHES and any(char.isalpha() for char in text):
        return "kazakh_latin_2017"
    return None
