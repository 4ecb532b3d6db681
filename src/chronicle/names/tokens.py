"""Splitting a written name into words and initials."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronicle.names import morphology as morph
from chronicle.names.given_names import is_affectionate_form
from chronicle.names.skeleton import skeleton
from chronicle.names.translit import iso9_reading, to_latin

# Combining marks belong to the word (ISO 9 writes Ұ as u̇ and Ә as a̋, with no precomposed letter).
# Uzbek Latin writes its o‘ and g‘ with any of the apostrophes, the turned comma ‘ (U+2018) most of all
# in print: it belongs to the word (G‘ayrat is one word, not an initial G. and Ayrat).
_WORD = re.compile(r"[^\W\d_][\w\u0300-\u036f'’‘ʼʻ`´\-]*\.?|,")
# Latin digraph initials (Zh. for Ж, Ye. for Е) count as one letter.
DIGRAPH_INITIALS = frozenset({"zh", "kh", "sh", "ch", "ye", "yu", "ya", "ts", "dzh", "gh", "yo"})
KAZAKH_SON_DAUGHTER = frozenset({"uli", "ulu", "kizi", "kisi", "ugli", "ogli", "gizi"})  # (Uzbek, Azerbaijani too)


# Initials are read from the plain Latin, not the skeleton: "Z." and "Zh." and "Ж." agree,
# as do "Kh.", "H." and "Х.", and "Ye."/"Y." with "Е.".
INITIAL_CANON = {"j": "z", "q": "k", "h": "k", "x": "k", "w": "v"}


_VOWELS = ("a", "e", "i", "o", "u", "y")


def initial_of(word: str) -> str | None:
    """The initial a word gives, comparable across systems (Ж, Zh, J and Z all give z)."""
    latin = "".join(char for char in to_latin(word) if char.isalpha())
    if not latin:
        return None
    if word.lstrip()[:1] in ("Ы", "ы") or (latin[0] == "y" and latin[1:2] not in ("", *_VOWELS)):
        return "i"  # Ы: Ықылас, Ysqaq, Ikylas (Russian writes Икылас)
    if latin[0] == "y":
        return "i" if latin[1:2] in ("u", "a") else "e"
    if latin.startswith("ou"):
        return "u"  # French-style passports: Oulan, Oumarov
    if latin.startswith(("dzh", "dj")):
        return "z"  # Джанболат, Dzhanna: the Russian Дж of a Kazakh Ж (Ж., J., Zh.)
    return INITIAL_CANON.get(latin[0], latin[0])


def alternative_initial(word: str) -> str | None:
    """The other letter an ambiguous Latin initial may stand for, or None: a bare "Y." is Е
    (Yerlan, BGN/PCGN and the press) or Я/Ю (Yana, Yuriy); a Latin Ch is Ч in English-style
    spellings and Ш in the French-style passport table (Cherkhan = Шерхан), and so is a bare
    "C." cut from either; a bare "O." is О/Ө, or У cut from the French-style Ou (Oulan = Ұлан); a Y before a
    consonant is Ы or a Ye- that lost its vowel."""
    letters = "".join(char for char in word if char.isalpha())
    if to_latin(letters).startswith(("dzh", "dj")):
        return "d"  # (Джанболат abbreviated Д. by a Russian writer, Ж. by a Kazakh one)
    if letters.lower() == "y":
        return "i"
    if letters[:1].lower() == "y" and letters[1:2].lower() not in ("", *_VOWELS) and letters[1:2].isascii():
        return "e"  # a Latin Y before a consonant is Ы (Ysqaq), or Е with its vowel lost to a typo (Yrkin)
    if letters.lower() == "o":
        return "u"
    if letters[:2].lower() == "ch" or letters.lower() == "c":
        return "s"
    return None


@dataclass(frozen=True)
class Token:
    """One word of a written name, with what its form tells about it."""

    text: str
    key: str
    reading: str  # the word the keys are read from: the text, with an ISO 9 j as Й
    initial: str
    alt_initial: str | None  # the other letter an ambiguous Latin initial may stand for
    is_initial: bool
    is_upper: bool
    before_comma: bool


def _is_initial(word: str) -> bool:
    letters = word.rstrip(".").replace("-", "")
    if len(letters) == 1:
        return True
    # 'Нуреке Сапаров', 'Нурик Сапаров' in a post tell the given name's first letter, not which name it is.
    if is_affectionate_form(letters):
        return True
    return word.endswith(".") and letters.lower() in DIGRAPH_INITIALS


# Latin letters that look like Cyrillic ones, typed into a Cyrillic word ('Нуpлан' with a Latin p), and back.
_LATIN_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_CYRILLIC_LOOKALIKES = str.maketrans("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def one_script(word: str) -> str:
    """A word in the script most of its letters are in: a look-alike letter of the other script typed
    into it ('Нуpлан', 'Kыдырбекова') read as its twin; other letters are left."""
    cyrillic, latin = len(_CYRILLIC_LETTER.findall(word)), len(_LATIN_LETTER.findall(word))
    if not cyrillic or not latin:
        return word
    return word.translate(_LATIN_LOOKALIKES if cyrillic >= latin else _CYRILLIC_LOOKALIKES)


def _raw_words(text: str) -> list[tuple[str, bool]]:
    """Words with a flag for 'a comma follows'; joined initials (Е.К.) split apart; each in one script."""
    found = [one_script(word) for word in _WORD.findall(text.replace(".", ". "))]
    words: list[tuple[str, bool]] = []
    for item in found:
        if item == ",":
            if words:
                words[-1] = (words[-1][0], True)
        else:
            words.append((item, False))
    return words


def _split_joined_initials(words: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """'Данилов ПА': two capitals after a surname, no dots, are the initials of the given name and patronymic (as
    registries and prosecutors' statements write them); not after a given name ('Сергей ЛИ' is a surname)."""
    if len(words) != 2:
        return words
    (first, comma), (second, last_comma) = words
    letters = [char for char in second if char.isalpha()]
    if len(letters) != 2 or not second.isupper() or first.isupper():
        return words
    if not morph.has_strong_surname_suffix(skeleton(first)):
        return words
    return [(first, comma), (letters[0] + ".", False), (letters[1] + ".", last_comma)]


def _join_son_daughter(words: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """'Қайрат ұлы' written apart is one patronymic word."""
    joined: list[tuple[str, bool]] = []
    for word, comma in words:
        if joined and skeleton(word) in KAZAKH_SON_DAUGHTER:
            joined[-1] = (joined[-1][0] + word, comma)
        else:
            joined.append((word, comma))
    return joined


def tokenize(text: str, iso_9: bool = False) -> list[Token]:
    """The words of a name in written order; with `iso_9`, j is read as Й."""
    words = _split_joined_initials(_join_son_daughter(_raw_words(text)))
    tokens = []
    for word, comma in words:
        reading = iso9_reading(word) if iso_9 else word
        key = skeleton(reading)
        if not key:
            continue
        letters = [char for char in word if char.isalpha()]
        upper = len(letters) > 1 and all(char.isupper() for char in letters)
        initial = initial_of(reading) or key[0]
        alt = alternative_initial(word)
        tokens.append(Token(word.rstrip("."), key, reading.rstrip("."), initial, alt, _is_initial(word), upper, comma))
    return tokens
