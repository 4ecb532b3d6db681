"""Names in the German (Duden) transliteration read as the English-style Latin the keys are made from.

German reports write Жумабаев as Schumabajew, Ахметов as Achmetow, Евгений as Jewgeni, Чеченов as
Tschetschenow and Ниязова as Nijasowa: sch for Ж and Ш, tsch for Ч, ch for Х, j for Й and for the Е, Ю, Я
after a vowel, w for В, s for З between vowels, z for Ц. None of these alone tells German (an English j is
Ж); a surname in -ow/-ew/-owa/-ewa, or tsch/dsch, does. The Ж/Ш that sch leaves open is left to the
comparisons, which count Ш for Ж as one letter wrong.
"""

from __future__ import annotations

import re

from chronicle.names.translit import cased_like

_TELL = re.compile(r"\w{2,}(?:ow|ew|owa|ewa|owna|ewna|itsch)\b|tsch|dsch", re.IGNORECASE)
_VOWEL = "aeiouy"

# (pattern, replacement) on one lower-case word, in order.
_READING = (
    (re.compile(r"(?<![st])ch"), "kh"),  # Achmetow, Prochorow (not the ch of sch, tsch)
    (re.compile(r"z"), "ts"),  # Kusnezow (before any z is written for an s)
    (re.compile(r"schtsch"), "shch"),
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"dsch"), "dzh"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"j"), "y"),
    (re.compile(r"w"), "v"),
    (re.compile(rf"(?<=[{_VOWEL}])s(?=[{_VOWEL}])"), "z"),  # Nijasowa, Asamat
    (re.compile(r"(?<=r)soda$"), "zoda"),  # the Tajik -зода: Umarsoda
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_german(text: str) -> bool:
    """Whether a Latin name is written in the German transliteration."""
    return text.isascii() and _TELL.search(text) is not None


def _read_word(word: str) -> str:
    lower = word.lower()
    for pattern, replacement in _READING:
        lower = pattern.sub(replacement, lower)
    return cased_like(word, lower)


def german_reading(text: str) -> str:
    """The name with each word in English-style Latin (Schumabajewa Dinara → Shumabayeva Dinara)."""
    return _WORD.sub(lambda m: _read_word(m.group()), text)
