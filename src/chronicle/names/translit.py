"""Cyrillic (Kazakh and Russian) and Latin (every system in use) to one plain Latin form."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# One table for Russian and Kazakh Cyrillic. Kazakh letters are flattened the way Russian-language
# sources and ICAO 9303 flatten them, so Қайрат and Кайрат give the same Latin.
CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian/Belarusian letters that turn up in names of people from the region.
    "ї": "i", "є": "e", "ў": "u", "ґ": "g",
}  # fmt: skip

# Latin letters of the Kazakh alphabets (2018 acutes, 2021 diacritics), BGN/PCGN Kazakh and
# ISO 9, folded onto the plain letters the Cyrillic table produces.
LATIN_FOLD: dict[str, str] = {
    "ä": "a", "á": "a", "à": "a", "â": "ia", "å": "a",
    "ǵ": "g", "ğ": "g",
    "ı": "i", "í": "i", "ī": "i", "ì": "i", "ï": "i", "ĭ": "i", "î": "i",
    "ñ": "n", "ń": "n",
    "ö": "o", "ó": "o", "ò": "o", "ô": "o",
    "ū": "u", "ü": "u", "ú": "u", "ù": "u", "ŭ": "u", "û": "iu",
    # 2018 alphabet: ý is У (u), plain y is Ы.
    "ý": "u",
    "ş": "sh", "š": "sh", "ŝ": "shch", "ç": "ch", "č": "ch", "ž": "zh",
    "ë": "e", "è": "e", "é": "e", "ê": "e", "ē": "e", "ə": "a",
    "ʹ": "", "ʺ": "",
}  # fmt: skip

# The 2017 apostrophe alphabet: a letter followed by an apostrophe is a Kazakh sound.
APOSTROPHE_2017: dict[str, str] = {"s": "sh", "c": "ch", "y": "u"}
APOSTROPHES = "'’‘`´ʼʻ′"
_APOSTROPHE_PAIR = re.compile(r"([a-z])'")
# BGN/PCGN writes the soft sign as an apostrophe (Afanas'yev, Igor'); it is told apart from the
# 2017 alphabet by the letter before it (no 2017 letter) or by y+vowel after it.
_SOFT_SIGN = re.compile(r"(?<=[bdfhklmprtvz])'|'(?=y[aeiou])")


def _fold_char(char: str) -> str:
    """Map one lower-case character to plain Latin."""
    if "a" <= char <= "z" or char in " -'":
        return char
    if char in CYRILLIC:
        return CYRILLIC[char]
    if char in LATIN_FOLD:
        return LATIN_FOLD[char]
    if char.isdigit() or char == ".":
        return char
    if unicodedata.category(char).startswith("M"):
        return ""  # a combining mark left over from normalisation
    return anyascii(char).lower()


def _fold_apostrophes(text: str) -> str:
    """Read the 2017 alphabet's letter+apostrophe pairs, drop other apostrophes."""
    text = _SOFT_SIGN.sub("", text)
    text = _APOSTROPHE_PAIR.sub(lambda m: APOSTROPHE_2017.get(m.group(1), m.group(1)), text)
    return text.replace("'", "")


def to_latin(text: str) -> str:
    """Lower-case plain Latin for a name in any script or system; keeps spaces, hyphens, dots."""
    for mark in APOSTROPHES:
        text = text.replace(mark, "'")
    text = unicodedata.normalize("NFC", text.replace("İ", "i").lower())
    return _fold_apostrophes("".join(_fold_char(char) for char in text))


def iso9_reading(text: str) -> str:
    """A name written in ISO 9 with its j read as Й (Sejìtov, Ersajyn), as ISO 9 writes Й;
    the Kazakh Latin alphabets and the press write Ж as j, so j alone cannot tell."""
    return text.replace("j", "й").replace("J", "Й")


# Any apostrophe: the official ʻ (U+02BB), the printed ‘, or what a keyboard gives.
_UZBEK_O = re.compile(f"([Oo])[{APOSTROPHES}]")
_UZBEK_G = re.compile(f"([Gg])[{APOSTROPHES}]")


def uzbek_reading(text: str) -> str:
    """A name in Uzbek Latin as its Russian spelling reads: x is Х (kh), o‘ is У (Жўраев, Жураев), g‘ is Г."""
    text = _UZBEK_O.sub(lambda m: "U" if m.group(1) == "O" else "u", text)
    text = _UZBEK_G.sub(r"\1", text)
    return text.replace("x", "kh").replace("X", "Kh")


def cased_like(written: str, lower: str) -> str:
    """A lower-case reading of a word given back the case it was written in (ZHUMABAYEV, Zhumabayev, zhumabayev)."""
    if written.isupper():
        return lower.upper()
    return lower[:1].upper() + lower[1:] if written[:1].isupper() else lower
