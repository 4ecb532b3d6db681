"""A name written as a campaign hashtag: '#FreeMaxBokayev', '#SayatTursynbai', '#свободуМаксуБокаеву' aside,
'#annakozlova', '#магжанелубаев'.

Posts about a detained person tag the name with the words run together, often after 'free'. Capitals tell
where a word begins (CamelCase); a tag all in one case is split where a given name the table knows ends
(or, read the other way, begins), the rest being the surname.
"""

from __future__ import annotations

import re

from chronicle.names.given_names import is_given_name, short_forms
from chronicle.names.skeleton import skeleton

# Campaign words before the name: 'free', Russian 'свободу', Kazakh 'бостандық'/'azattyq' ('freedom').
_CAMPAIGN = re.compile(r"^(?:free|свободу|бостандық|бостандык|azattyq|azattyk|justicefor)", re.IGNORECASE)
_NAME_AFTER_CAMPAIGN = 5  # letters a tag must keep after the campaign word to be a name
_HASHTAG = re.compile(r"^\s*#(\w+)\s*$")
_CAMEL = re.compile(r"(?<=[a-zа-яёәғқңөұүһі])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_SHORTEST_PART = 3


def _known(part: str) -> bool:
    key = skeleton(part)
    return is_given_name(key) or key in short_forms()


def _split_one_case(word: str) -> str:
    """'annakozlova' → 'anna kozlova': the longest known given name at the start, else at the end."""
    starts = [k for k in range(_SHORTEST_PART, len(word) - _SHORTEST_PART + 1) if _known(word[:k])]
    if starts:
        k = max(starts)
        return f"{word[:k]} {word[k:]}"
    ends = [k for k in range(_SHORTEST_PART, len(word) - _SHORTEST_PART + 1) if _known(word[k:])]
    if ends:
        k = min(ends)
        return f"{word[:k]} {word[k:]}"
    return word


def hashtag_name(text: str) -> str | None:
    """The name a hashtag spells, words apart, or None if the text is no hashtag."""
    found = _HASHTAG.match(text)
    if found is None:
        return None
    words = _CAMEL.sub(" ", found.group(1).replace("_", " ")).split()
    if len(words) > 1 and _CAMPAIGN.fullmatch(words[0]):
        words = words[1:]
    elif len(words) == 1 and len(_CAMPAIGN.sub("", words[0])) >= _NAME_AFTER_CAMPAIGN:
        words = [_CAMPAIGN.sub("", words[0])]
    if len(words) == 1:
        return _split_one_case(words[0])
    return " ".join(words)
