"""Language of a text: lingua over English, Russian and Kazakh, with a script check first."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
_SAMPLE = 20_000

SUPPORTED = ("en", "ru", "kk")


def detect_language(text: str) -> str:
    """Return 'en', 'ru', 'kk' or 'und' for the main language of the text."""
    sample = text[:_SAMPLE]
    cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if cyrillic + latin < 20:
        return "und"
    kazakh = len(_KAZAKH_LETTERS.findall(sample))
    if cyrillic > latin and kazakh > 0.01 * cyrillic:
        return "kk"
    guess = _lingua_guess(sample)
    if guess:
        return guess
    return "ru" if cyrillic > latin else "en"


def _lingua_guess(sample: str) -> str | None:
    """Ask lingua, limited to our languages; None when it has no answer."""
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return {"ENGLISH": "en", "RUSSIAN": "ru", "KAZAKH": "kk"}.get(language.name)


@lru_cache(maxsize=1)
def _detector() -> Any:
    """Build the lingua detector once (it is the costly part)."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH]
    return LanguageDetectorBuilder.from_languages(*languages).build()
