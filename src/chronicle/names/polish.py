"""Names in the Polish transliteration read as the English-style Latin the keys are made from.

Polish reports (the Open Dialog Foundation's among them) write Жумабаев as Żumabajew, Чернышева as Czernyszewa,
Щербаков as Szczerbakow, Хасанов as Chasanow, Сергей as Siergiej and Цой as Coj: ż for Ж, sz for Ш, cz for Ч,
szcz for Щ, ch for Х, c for Ц, ł for Л, j for Й and for the Е, Ю, Я after a vowel, ie for Е after a consonant,
w for В (rz is Р and З, as in Mirzojew). A Polish letter (ż, ł, ś, ć, ź, ą, ę) tells the system, or sz/cz in a
name whose surname ends in -ow/-ew (an English or German spelling has sh, ch, sch); the ó and ń of the 2018 Kazakh
alphabet do not.
"""

from __future__ import annotations

import re

from chronicle.names.translit import cased_like

_LETTERS = re.compile(r"[żźłśćąęŻŹŁŚĆĄĘ]")
_DIGRAPHS = re.compile(r"sz|cz", re.IGNORECASE)
_SUFFIX = re.compile(r"\w{2,}(?:ow|ew|owa|ewa|ski|ska)\b", re.IGNORECASE)
_CONSONANTS = "bcdfghklmnprstwzł"

# Each Polish spelling and the English-style one it stands for, read in one pass (longest first).
_SPELLINGS = {
    "szcz": "shch", "sz": "sh", "cz": "ch", "ch": "kh", "ż": "zh", "ź": "z", "ł": "l", "ś": "s",
    "ć": "ts", "ń": "n", "ó": "o", "ą": "on", "ę": "en", "c": "ts", "j": "y", "w": "v",
}  # fmt: skip
_READING = re.compile(rf"(?<=[{_CONSONANTS}])ie|" + "|".join(sorted(_SPELLINGS, key=len, reverse=True)))
_WORD = re.compile(r"[^\W\d_][\w'’]*")  # (each part of Kasym-Żomart)


def is_polish(text: str) -> bool:
    """Whether a Latin name is written in the Polish transliteration."""
    if _LETTERS.search(text):
        return True
    return text.isascii() and _DIGRAPHS.search(text) is not None and _SUFFIX.search(text) is not None


def _read_word(word: str) -> str:
    return cased_like(word, _READING.sub(lambda m: "e" if m.group() == "ie" else _SPELLINGS[m.group()], word.lower()))


def polish_reading(text: str) -> str:
    """The name with each word in English-style Latin (Dauren Żumabajew → Dauren Zhumabayev)."""
    return _WORD.sub(lambda m: _read_word(m.group()), text)
