"""A name written as a campaign hashtag: '#FreeMaxBokayev', '#SayatTursynbai', '#СвободуМаратуСеитбаеву',
'#Серіккебостандық', '#annakozlova'.

Posts about a detained person tag the name with the words run together, often after 'free' or the Russian
'свободу' (which puts the name in the dative: Марату Сеитбаеву, Гульнаре Розахуновой), or before the Kazakh
'бостандық' (after a dative -ға/-ке: Серікке). Capitals tell where a word begins (CamelCase); a tag all in
one case is split where a given name the table knows ends (or, read the other way, begins), the rest being
the surname. The dative is read back to the nominative.
"""

from __future__ import annotations

import re

from chronicle.names.given_names import given_names, is_given_name, short_forms
from chronicle.names.skeleton import skeleton

# Campaign words before the name: 'free', Russian 'свободу' (with the dative), Kazakh 'azattyq' ('freedom').
_CAMPAIGN = re.compile(r"^(?:free|свободу|azattyq|azattyk|justicefor)", re.IGNORECASE)
_DATIVE_BEFORE = re.compile(r"^свободу", re.IGNORECASE)
# Kazakh 'бостандық' ('freedom') after the name, which takes the dative -ға/-ге/-қа/-ке.
_KAZAKH_CAMPAIGN = re.compile(r"(?:бостандық|бостандык|bostandyq|bostandyk)$", re.IGNORECASE)
_KAZAKH_DATIVE = re.compile(r"(?<=\w\w\w)(?:ға|ге|қа|ке|ga|ge|qa|ke)$", re.IGNORECASE)
_NAME_AFTER_CAMPAIGN = 5  # letters a tag must keep after the campaign word to be a name
_HASHTAG = re.compile(r"^\s*#(\w+)\s*$")
_CAMEL = re.compile(r"(?<=[a-zа-яёәғқңөұүһі])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_SHORTEST_PART = 3
_SHORTEST_SURNAME = 5  # (so that 'Серікбол' and 'Максимовой' are not a given name and a scrap)

# Russian dative endings of surnames, and the nominative each comes from: Сеитбаеву → Сеитбаев, Розахуновой →
# Розахунова, Литвиненко stays.
_SURNAME_DATIVE = (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ской", "ская"), ("скому", "ский"),
                   ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ыну", "ын"))  # fmt: skip


def _known(part: str) -> bool:
    key = skeleton(part)
    return is_given_name(key) or key in short_forms()


def _split_one_case(word: str) -> str:
    """'annakozlova' → 'anna kozlova': the longest known given name at the start, else at the end."""
    starts = [k for k in range(_SHORTEST_PART, len(word) - _SHORTEST_SURNAME + 1) if _known(word[:k])]
    if starts:
        k = max(starts)
        return f"{word[:k]} {word[k:]}"
    ends = [k for k in range(_SHORTEST_SURNAME, len(word) - _SHORTEST_PART + 1) if _known(word[k:])]
    if ends:
        k = min(ends)
        return f"{word[:k]} {word[k:]}"
    return word


def _given_nominative(word: str) -> str:
    """A given name in the Russian dative read back: Марату → Марат, Андрею → Андрей, Гульнаре → Гульнара."""
    for ending, nominatives in (("у", ("",)), ("ю", ("й", "ь")), ("е", ("а", "я")), ("и", ("я",))):
        if word.lower().endswith(ending) and len(word) > 3:
            for nominative in nominatives:
                if is_given_name(skeleton(word[:-1] + nominative)):
                    return word[:-1] + nominative
    if word.lower().endswith("у") and skeleton(word[:-1]) not in given_names() and word[-2:-1].isalpha():
        return word[:-1]  # (a man's name the table lacks: Бауржану, Кайрату)
    return word


def _surname_nominative(word: str) -> str:
    for dative, nominative in _SURNAME_DATIVE:
        if word.lower().endswith(dative):
            return word[: -len(dative)] + (nominative.upper() if word.isupper() else nominative)
    return word


def _nominative(words: list[str]) -> list[str]:
    """The words of a name in the dative read in the nominative: a word with a surname's dative ending is the
    surname, any other a given name."""
    return [_surname_nominative(w) if _surname_nominative(w) != w else _given_nominative(w) for w in words]


def _tag_words(tag: str) -> tuple[list[str], bool]:
    """The tag's words without its campaign words, and whether they are in the dative."""
    dative = False
    kazakh = _KAZAKH_CAMPAIGN.search(tag)
    if kazakh and kazakh.start() >= _NAME_AFTER_CAMPAIGN:
        tag = _KAZAKH_DATIVE.sub("", tag[: kazakh.start()].rstrip("_"))
    words = _CAMEL.sub(" ", tag.replace("_", " ")).split()
    if words and _CAMPAIGN.match(words[0]):
        rest = _CAMPAIGN.sub("", words[0])
        if len(words) > 1 and not rest:
            dative, words = bool(_DATIVE_BEFORE.match(words[0])), words[1:]
        elif len(words) == 1 and len(rest) >= _NAME_AFTER_CAMPAIGN:
            dative, words = bool(_DATIVE_BEFORE.match(words[0])), [rest]
    return words, dative


def hashtag_name(text: str) -> str | None:
    """The name a hashtag spells, words apart, or None if the text is no hashtag."""
    found = _HASHTAG.match(text)
    if found is None:
        return None
    words, dative = _tag_words(found.group(1))
    if len(words) == 1:
        words = _split_one_case(words[0]).split()
    return " ".join(_nominative(words) if dative else words)
