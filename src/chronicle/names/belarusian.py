"""Belarusian forms of names read as their Russian forms: Калеснікаў ~ Колесников, Kavaliou ~ Ковалёв.

Belarusian writes a surname's -ов as -оў/-аў (Latin -ou/-au), the -ский of Russian as -скі, -енко as -енка,
the first pre-stressed е as я (Бяляцкі ~ Беляцкий), and д, т before a soft vowel as дз, ц (Ціханоўскі ~
Тихановский). Unstressed о written а (Калеснікаў) is left to the comparisons, which read о and а alike in
surnames. Given names differ by more than rules tell (Уладзімір ~ Владимир, Вольга ~ Ольга): the table of
short forms maps them; a given name it knows is left as written.
"""

from __future__ import annotations

import re

from chronicle.names.given_names import belarusian_forms, is_given_name, short_forms
from chronicle.names.script import latin_system
from chronicle.names.skeleton import skeleton
from chronicle.names.translit import cased_like

# A Belarusian name: the letter ў, or і with э or a soft дз/ц; in Latin, a surname in -au/-ou/-eu
# (Kalesnikau, Kavaliou) or -ouski/-auski, or the letter ŭ.
_CYRILLIC_SOFT = re.compile(r"э|дз[іяеюё]|ц[іяеюё]", re.IGNORECASE)
# (not -eu, nor a short word in -au: the Kazakh Тілеу, Нұртау end so)
_LATIN_TELL = re.compile(
    r"ŭ|\b\w{3,}[bcdfghklmnprstvz]i?ou\b|\b\w{4,}[bcdfghklmnprstvz]au\b|[ao]u(?:ski|skaya|skaja)\b", re.IGNORECASE
)
# The French-style passport table writes every у as ou (Kounsoulou, Tourgalieva): an ou inside a word.
_FRENCH_OU = re.compile(r"ou(?!\b|sk)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")

# (pattern, replacement) on one lower-case word of a Belarusian name, in order.
_CYRILLIC_READING = (
    (re.compile(r"аў$"), "оў"),  # Калеснікаў: a surname's -аў is -ов under akanye
    (re.compile(r"ў(?=[бвгджзклмнпрстфхцчшщ]|$)"), "в"),  # Шаўчэнка, Кавалёў
    (re.compile(r"ў"), "у"),
    (re.compile(r"енка$"), "енко"),
    (re.compile(r"ава$"), "ова"),  # Калеснікава
    (re.compile(r"авіч$"), "овіч"),  # Віктаравіч: the father's name under akanye (not -эвіч: Сідарэвіч)
    (re.compile(r"аўна$"), "овна"),  # Віктараўна
    (re.compile(r"дз(?=[іяеюёь])"), "д"),
    (re.compile(r"сц(?=[іяеюёь])"), "ст"),  # Сцяпанаў ~ Степанов
    (re.compile(r"ц(?=[іяеюёь])"), "т"),
    (re.compile(r"^([^аеёиоуыэюяі]*[бвгдзклмнпрстфх])я"), r"\1е"),  # Бяляцкі: the first я after a consonant
    (re.compile(r"э"), "е"),
    (re.compile(r"і"), "и"),
)
_LATIN_READING = (
    (re.compile(r"ŭ"), "u"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])au$"), "ov"),
    (re.compile(r"iou$"), "iov"),
    (re.compile(r"ou$"), "ov"),
    (re.compile(r"eu$"), "ev"),
    (re.compile(r"([aoe])u(?=ski|skaya|skaja|sk)"), r"\1v"),  # Tsikhanouski, Astrouskaya
    (re.compile(r"([aoe])u(?=ch|[bdfgklmnprstvz])"), r"\1v"),  # Shauchenka
    (re.compile(r"enka$"), "enko"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])ava$"), "ova"),  # Kalesnikava
    (re.compile(r"avich$"), "ovich"),
    (re.compile(r"auna$"), "ovna"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])ie"), "e"),  # Łacinka: Kaliesnikaŭ
    (re.compile(r"dz(?=[iye])"), "d"),
    (re.compile(r"s(?:ts|c)(?=i)"), "st"),  # Stsiapanau, Łacinka Sciapanaŭ ~ Stepanov
    (re.compile(r"ts(?=[iye])"), "t"),
    (re.compile(r"^([^aeiouy]*[bdfgklmnprstvz])ia"), r"\1e"),  # Bialiatski
)


def is_belarusian(text: str) -> bool:
    """Whether a written name carries a Belarusian letter or ending."""
    lower = text.lower()
    if "ў" in lower or ("і" in lower and _CYRILLIC_SOFT.search(lower)):
        return True
    if _LATIN_TELL.search(text) is not None and _FRENCH_OU.search(text) is None and latin_system(text) is None:
        return True
    return any(_belarusian_given(word) for word in _WORD.findall(text))  # 'Вольга Бяляцкая'


def _belarusian_given(word: str) -> bool:
    """A given name in its Belarusian form, unlike its Russian one (Вольга, not Людміла ~ Людмила)."""
    forms = belarusian_forms().get(skeleton(word))
    return forms is not None and all(full != skeleton(word) for full, _ in forms)


def _known_given(word: str) -> bool:
    key = skeleton(word)
    return key in short_forms() or is_given_name(key)


def _read_word(word: str) -> str:
    cyrillic = any("а" <= char.lower() <= "я" or char.lower() in "ёіў" for char in word)
    lower = word.lower()
    for pattern, replacement in _CYRILLIC_READING if cyrillic else _LATIN_READING:
        lower = pattern.sub(replacement, lower)
    return cased_like(word, lower)


def belarusian_reading(text: str) -> str:
    """The name with each word not a known given name read in its Russian form (Калеснікаў Віктар →
    Колесникоў-style Калесников Віктар, where the table of short forms knows Віктар)."""
    return _WORD.sub(lambda m: m.group() if _known_given(m.group()) else _read_word(m.group()), text)
