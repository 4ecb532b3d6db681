"""A name copied from a Russian sentence in the genitive or dative, read back in the nominative.

Verdicts and prosecutors' letters name people in whatever case the sentence puts them ('в отношении Нурбаева
Ермека Асылбековича', 'гражданке Алиевой Мадине Сериковне', 'Турсынбаеву М.К.'), and a monitor copies the words
as printed. A governing word before the name (в отношении, гражданину, осуждённой …) says the name is oblique,
and often whose it is; with none, only endings no nominative has do: a father's name in -овича/-овичу/-овны/-овне,
a man's surname in -ову/-еву/-ину, a woman's in -овой beside her name in an oblique form, a man's surname in -ова
beside his name with an -а added. Each word then takes back its nominative ending. A man's genitive and dative
endings differ (-а/-у, -я/-ю), as do a woman's (-ы/-е), so the sex is enough to read them; words that do not
decline (a Kazakh -ұлы/-қызы, a woman's name ending in a consonant, a woman's Kazakh surname) stay as written.
"""

from __future__ import annotations

import re

from chronicle.names.given_names import canonical_root, given_names
from chronicle.names.skeleton import skeleton
from chronicle.names.translit import cased_like

_CONSONANT = "бвгджзклмнпрстфхцчшщқғңһ"
_KAZAKH_PATRONYMIC = re.compile(r"(?:ұлы|улы|уулу|оглы|угли|қызы|кызы|гызы)$")

# Words before a name that govern its case, with the sex their ending tells (None: either).
_PARTICIPLES = ("осуждённ", "осужденн", "подсудим", "обвиняем", "задержанн", "арестованн", "подозреваем")
_GOVERNING: dict[str, str | None] = {
    "в отношении": None,
    "гражданина": "m", "гражданину": "m", "гражданки": "f", "гражданке": "f",
    **{stem + ending: sex for stem in _PARTICIPLES for ending, sex in (("ого", "m"), ("ому", "m"), ("ой", "f"))},
}  # fmt: skip
_GOVERNING_WORD = re.compile(
    r"^\s*(" + "|".join(sorted(map(re.escape, _GOVERNING), key=len, reverse=True)) + r")\s+", re.IGNORECASE
)

# A man's genitive and dative endings and the nominative each stands for, tried in order.
_MANS = (
    (re.compile(r"(вич|ич)[ау]$"), r"\1"),  # Асылбековича, Муратовичу
    (re.compile(r"(ск|цк)(?:ого|ому)$"), r"\1ий"),  # Петровского
    (re.compile(r"и[яю]$"), "ий"),  # Анатолия, Анатолию
    (re.compile(r"([аеоуэыә])[яю]$"), r"\1й"),  # Сергея, Николаю, Конысбая
    (re.compile(rf"([{_CONSONANT}])[ау]$"), r"\1"),  # Ермека, Ахметову, Аяну
    (re.compile(rf"([{_CONSONANT}])[яю]$"), r"\1ь"),  # Игоря, Игорю
    (re.compile(rf"([{_CONSONANT}])[ые]$"), r"\1а"),  # Мусы, Мусе (a man's name in -а)
)
# A woman's given name's -ы/-и/-е; her surname's -ой and her father's name's -ы/-е before them.
_WOMANS_GIVEN = (
    (re.compile(r"ии$"), "ия"),  # Алии, Марии
    (re.compile(r"ь[иея]$"), "ья"),  # Натальи, Наталье
    (re.compile(r"([гкхжшчщқ])и$"), r"\1а"),  # Ольги
    (re.compile(rf"([{_CONSONANT}])ы$"), r"\1а"),  # Мадины
)
_WOMANS = (
    (re.compile(r"(ск|цк)ой$"), r"\1ая"),  # Петровской
    (re.compile(r"(ов|ев|ёв|ин|ын)ой$"), r"\1а"),  # Муратовой
    (re.compile(r"(овн|евн|ичн)[ыеи]$"), r"\1а"),  # Сериковне, Ивановны
    *_WOMANS_GIVEN,
)
_WOMANS_NAME_IN_E_OR_I = re.compile(rf"[{_CONSONANT}][еи]$")  # Елене, Ляйле, Айгули: the table says which

_MANS_SURNAME_NEVER_NOMINATIVE = re.compile(r"(?:(?:ов|ев|ёв|ин|ын)у|(?:ск|цк)(?:ого|ому))$")  # (no nominative ends so)
_MANS_OBLIQUE_FATHER = re.compile(r"(?:вич|ич)[ау]$")
_MANS_OBLIQUE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)[ау]$")
_KAZAKH_SON = re.compile(r"(?:ұлы|улы)$")
_KAZAKH_DAUGHTER = re.compile(r"(?:қызы|кызы|гызы)$")
_WOMANS_OBLIQUE_FATHER = re.compile(r"(?:овн|евн|ичн)[ые]$")
_WOMANS_OBLIQUE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)ой$")
_WORD = re.compile(r"[\u0400-\u04ff-]+")
_INITIALS = re.compile(r"(?:[\u0400-\u04ff]\.)+")


def nominative(words: str) -> tuple[str, str | None]:
    """The name in the nominative if it was written in the genitive or dative, and the sex that told."""
    governing = _GOVERNING_WORD.match(words)
    name = words[governing.end() :] if governing else words
    parts = name.split()
    if not 1 <= len(parts) <= 4 or not all(_WORD.fullmatch(p) or _INITIALS.fullmatch(p) for p in parts):
        return words, None
    full = [p.lower() for p in parts if _WORD.fullmatch(p)]
    told = _GOVERNING[" ".join(governing.group(1).lower().split())] if governing else None
    sex = told or _sex_of_oblique(full, governed=governing is not None)
    if sex is None:
        return (name, None) if governing else (words, None)
    return " ".join(_nominative_word(p, sex) if _WORD.fullmatch(p) else p for p in parts), sex


def _sex_of_oblique(full: list[str], governed: bool) -> str | None:
    """Whose name it is, read from endings only an oblique form has (or, after a governing word, any a woman's
    name has); None if nothing says the name is oblique."""
    if any(_WOMANS_OBLIQUE_FATHER.search(w) for w in full) or _womans_by_surname(full):
        return "f"
    if any(_MANS_OBLIQUE_FATHER.search(w) or _MANS_SURNAME_NEVER_NOMINATIVE.search(w) for w in full):
        return "m"
    if _mans_by_name(full):
        return "m"
    if governed:
        womans = any(_WOMANS_OBLIQUE_SURNAME.search(w) or _KAZAKH_DAUGHTER.search(w) for w in full)
        return "f" if womans else "m"
    return None


def _womans_by_surname(full: list[str]) -> bool:
    """A surname in -овой, and every other word a woman's name or father's name in an oblique form."""
    surnames = [w for w in full if _WOMANS_OBLIQUE_SURNAME.search(w)]
    others = [w for w in full if w not in surnames]
    return len(surnames) == 1 and all(_womans_given(w) not in (None, w) for w in others)


def _mans_by_name(full: list[str]) -> bool:
    """'Анвара Ахмедова', 'Турсынбаю Багдату Санжарулы': a man's name the table knows with an -а or -у added (not
    Александра) beside a surname in -ова/-ову or a Kazakh father's name."""
    beside = any(_MANS_OBLIQUE_SURNAME.search(w) or _KAZAKH_SON.search(w) for w in full)
    return (
        len(full) <= 3
        and beside
        and any(w[-1] in "ау" and _is_name(w[:-1], "m") and skeleton(w) not in given_names() for w in full)
    )


def _nominative_word(word: str, sex: str) -> str:
    lower = word.lower()
    if _KAZAKH_PATRONYMIC.search(lower) or skeleton(word) in given_names():
        return word  # (Сәуле, Назерке: a name of the table as written is no oblique form)
    table = _MANS if sex == "m" else _WOMANS
    found = next((pattern.sub(new, lower) for pattern, new in table if pattern.search(lower)), None)
    if found is None and sex == "f":
        found = _womans_given(lower)
    return cased_like(word, found) if found else word


def _womans_given(word: str) -> str | None:
    """A woman's given name in an oblique form in the nominative: the form the table knows, else -а."""
    for pattern, new in _WOMANS_GIVEN:
        if pattern.search(word):
            return pattern.sub(new, word)
    if not _WOMANS_NAME_IN_E_OR_I.search(word):
        return None
    candidates = [word[:-1] + ending for ending in ("а", "я", "ь")]
    return next((c for c in candidates if _is_name(c, "f")), candidates[0])


def _is_name(word: str, sex: str) -> bool:
    return given_names().get(canonical_root(skeleton(word))) == sex  # (Бауржан: Бауыржан)
