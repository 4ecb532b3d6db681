"""One key for a region however a source writes it.

A court report writes «Алматинская область», a Kazakh paper «Алматы облысы», English news
"Almaty Region", a Latin post "Almaty oblysy" or "Almatinskaya oblastʼ", a list «ВКО». Compared
as written, one person's records from two sources would disagree on the region and count against
the match. The key drops the words that say "region" or "city" in either language, reads the
direction words of compound names (Северо-/Солтүстік/North), cuts the Russian adjective ending
(-ская, -ский) and keeps the first letters of the name's skeleton, so every script and system
folds as names do (`skeleton`)."""

from __future__ import annotations

from functools import lru_cache

import regex

from chronicle.names.skeleton import skeleton
from chronicle.names.translit import to_latin

# How many letters of a region's name the key keeps: enough to tell the regions of a country apart,
# few enough that 'Almaty' and 'Алматинская' (almati, almatinsk) meet.
PREFIX = 5

_REGION_WORDS = ("область", "облысы", "облыс", "обл", "oblast", "oblys", "oblysy", "region", "province", "край", "krai")
_CITY_WORDS = ("г", "город", "гор", "қаласы", "city", "of", "the", "qalasy", "kalasy")
_DIRECTIONS = {
    "north": ("Северо", "Солтүстік", "North", "Northern", "Soltustik"),
    "east": ("Восточно", "Шығыс", "East", "Eastern", "Shygys"),
    "west": ("Западно", "Батыс", "West", "Western", "Batys"),
    "south": ("Южно", "Оңтүстік", "South", "Southern", "Ontustik"),
}
# Abbreviations in use, and names the regions had before (South Kazakhstan became Turkistan in 2018,
# Astana was Nur-Sultan in 2019-2022; Russian and Kazakh forms that differ past the first letters).
_WRITTEN_AS = {
    "ВКО": "Восточно-Казахстанская область",
    "СКО": "Северо-Казахстанская область",
    "ЗКО": "Западно-Казахстанская область",
    "ЮКО": "Туркестанская область",
    "Южно-Казахстанская": "Туркестанская",
    "Нур-Султан": "Астана",
    "Nur-Sultan": "Astana",
    "Алма-Ата": "Алматы",
    "Alma-Ata": "Almaty",
}
_SAME_PLACE = {"aktiu": "aktob", "turke": "turki", "kazah": "kazak"}  # Актюбинская = Ақтөбе, Туркестан = Түркістан
# A city with a region of its own around it: 'Алматы' and 'Алматы облысы' are two places.
_CITY_AND_REGION = frozenset({"almat", "mosko", "min"})
_ADJECTIVE = regex.compile(r"sk(?:aia|ii|oi|oe|aa|ogo)?$")  # 'Минская' and 'Минск' both read 'min'
_INFLECTED = regex.compile(r"sk(?:aia|ii|oi|oe|aa|ogo)$")  # an adjective, so a region: 'Минская (область)'
_WORD = regex.compile(r"[^\W\d_]+(?:['ʼʹ’][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def region_key(written: str | None) -> str | None:
    """The key of a region as written (None for an empty one); its first comma-separated part only
    ('г. Алматы, Алмалинский район' is Almaty)."""
    text = (written or "").split(",")[0].strip()
    for short, full in _WRITTEN_AS.items():
        if text == short or text.startswith(short + " ") or text.startswith(short + "-"):
            text = full + text[len(short) :]
    words = [skeleton(w) for w in _WORD.findall(to_latin(text.replace("-", " ")))]
    words = [w for w in words if w]
    if not words:
        return None
    region = any(w in _region_words() for w in words) or any(_INFLECTED.search(w) for w in words)
    direction = next((_directions()[w] for w in words if w in _directions()), None)
    core = "".join(_ADJECTIVE.sub("", w) for w in words if w not in _ignored())
    if not core:
        return None
    stem = _SAME_PLACE.get(core[:PREFIX], core[:PREFIX])
    key = f"{direction} {stem}" if direction else stem
    return f"{key} region" if region and stem in _CITY_AND_REGION else key


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    return frozenset(skeleton(to_latin(w)) for w in _REGION_WORDS)


@lru_cache(maxsize=1)
def _directions() -> dict[str, str]:
    return {skeleton(to_latin(w)): direction for direction, words in _DIRECTIONS.items() for w in words}


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    return _region_words() | frozenset(_directions()) | frozenset(skeleton(to_latin(w)) for w in _CITY_WORDS)
