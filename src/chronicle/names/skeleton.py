"""The skeleton of a name word: plain Latin folded until the spelling systems agree.

Zheksebayev, ZHEKSEBAEV, Jeksebaev, Dzheksebaev and Жексебаев all become `jeksebaev`;
Yerlan and Ерлан become `erlan`; Kassym and Қасым become `kasim`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronicle.names.translit import to_latin

# Ordered folds; each pattern sees the output of the previous one.
FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # ISO 9 / scientific j is Й after a vowel when no vowel follows (Sergej, Kajrat); the
        # 2021 Kazakh j (Ж) stays j.
        (r"(?<=[aeiouy])j(?![aeiouy])", "i"),
        (r"dzh|dj|zh|ž", "j"),
        (r"tch", "ch"),  # French-style Soviet passports: Tchokan, Oumarov, Chaimardanov
        (r"ou", "u"),
        (r"shch|sch", "sh"),
        (r"kh", "h"),
        (r"gh", "g"),
        (r"ngg", "ng"),  # ңғ in BGN/PCGN Kazakh: Shyngghys
        (r"ng", "n"),
        (r"tc(?!h)", "ts"),  # GOST R 52535 passports (2010-2013): Ц = tc (Tcoi)
        (r"c(?!h)", "ts"),
        (r"ts", "s"),
        # Ч and Ш meet: Soviet French-style passports write Ш as ch (Chaimardanov) and Ч as tch,
        # and Chingis/Shyngys are one name; no Kazakh or Russian name pair is told apart by it alone.
        (r"ch", "sh"),
        (r"(sh)\1+", "sh"),
        # GOST 7.79-B (library catalogues) and Uzbek Latin write Х as x (Darxanovna, Axmetov, Xolmatov): an x beside
        # a consonant or opening a word; between vowels or at the end it is the ks of Alexei, Maxim, Max.
        (r"(?:^|(?<=[^aeiouy]))x|x(?=[^aeiouy])", "h"),
        (r"x", "ks"),
        (r"w", "v"),
        (r"q", "k"),
        (r"ck", "k"),
        (r"ph", "f"),
        # Ye-/E-, Yo-/Ё; then y is a vowel like i (й, ы, і all end up as i).
        (r"ye", "e"),
        (r"yo", "e"),
        # Ё after a consonant written io (Artiom, Piotr, Fiodor, Semion) is the Artyom/Artem of other systems.
        (r"(?<=[bdfgjklmnprstvz])io(?=[a-z])", "e"),
        (r"y", "i"),
        (r"(.)\1+", r"\1"),
    )
)
_NON_LETTER = re.compile(r"[^a-z]")


def skeleton_of_latin(word: str) -> str:
    """Fold an already plain-Latin lower-case word to its skeleton."""
    word = _NON_LETTER.sub("", word)
    for pattern, replacement in FOLDS:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """The skeleton of a word written in any script or system."""
    return skeleton_of_latin(to_latin(word))


# One letter of the skeleton for each Cyrillic letter: Ш, Щ and Ч (`sh`), Я (`ia`) and Ю (`iu`)
# are the letters the skeleton writes with two; `w` and capitals never appear in a skeleton.
_ONE_LETTER = (("sh", "w"), ("ia", "Y"), ("iu", "U"))


def compact(key: str) -> str:
    """The skeleton with one letter for each Cyrillic letter (Ш/Щ/Ч, Я, Ю as one), so a typo
    made on a Cyrillic keyboard on or into such a letter is one edit (Жұлдыз ~ Жулдыщ,
    Сыздық ~ Сыздчқ, Ильяс ~ Ильчс)."""
    for pair, letter in _ONE_LETTER:
        key = key.replace(pair, letter)
    return key


# The letters the passport tables and the press (ICAO 9303, BGN/PCGN) write with two Latin
# letters: Ж, Х, Ш as zh, kh, sh, and Е at the start of a name as ye.
_WIDE = str.maketrans({"j": "zh", "h": "kh", "w": "sh", "Y": "ia", "U": "iu"})


def wide(key: str) -> str:
    """The skeleton written out with the two-letter spellings (zh, kh, sh, initial ye), so a typo
    made on a Latin keyboard in such a pair (Ulhzan, Bekhzan, Gulznan, Ywrlan) is one edit from
    it."""
    written = compact(key).translate(_WIDE)
    return "y" + written if written.startswith("e") else written
