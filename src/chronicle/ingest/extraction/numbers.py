"""Quantities written in digits or words, English and Russian, with their qualifier."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from chronicle.ingest.extraction.prefilter import prefiltered
from chronicle.ingest.extraction.text import rx

EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Russian numerals by stem: every case form of a numeral starts with one of these.
RU_STEMS = (
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("тридцат", 30),
    ("сорок", 40),
    ("пятидесят", 50),
    ("пятьдесят", 50),
    ("шестидесят", 60),
    ("шестьдесят", 60),
    ("семидесят", 70),
    ("семьдесят", 70),
    ("восьмидесят", 80),
    ("восемьдесят", 80),
    ("девяност", 90),
    ("двест", 200),
    ("двухсот", 200),
    ("двумстам", 200),
    ("трист", 300),
    ("трехсот", 300),
    ("трёхсот", 300),
    ("четырест", 400),
    ("четырехсот", 400),
    ("пятьсот", 500),
    ("пятисот", 500),
    ("шестьсот", 600),
    ("шестисот", 600),
    ("семьсот", 700),
    ("семисот", 700),
    ("восемьсот", 800),
    ("восьмисот", 800),
    ("девятьсот", 900),
    ("девятисот", 900),
    ("полсотн", 50),
    ("полусотн", 50),
    ("полтысяч", 500),
    ("сто", 100),
    ("ста", 100),
    ("десят", 10),
    ("девят", 9),
    ("восем", 8),
    ("восьм", 8),
    ("сем", 7),
    ("шест", 6),
    ("пят", 5),
    ("четыр", 4),
    ("четвер", 4),
    ("четырьм", 4),
    ("тр", 3),
    ("дв", 2),
    ("одн", 1),
    ("один", 1),
)
RU_WORD = (
    r"(?:(?:дво|тро)(?:е|их|им|ими)|(?:четвер|пятер|шестер|семер|восьмер|девятер|десятер)(?:о|ых|ым|ыми)"
    r"|один|одн(?:а|о|ого|ой|ому|им|у)|дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ёх|ем|ём|емя|ёмя)"
    r"|четыр(?:е|ех|ёх|ем|ём|ьмя)|пят(?:ь|и|ью)|шест(?:ь|и|ью)|сем(?:ь|и|ью)|вос(?:емь|ьми|емью)"
    r"|девят(?:ь|и|ью)|десят(?:ь|и|ью)"
    r"|(?:одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат"
    r"|восемнадцат|девятнадцат|двадцат|тридцат)(?:ь|и|ью)"
    r"|сорок(?:а)?|(?:пят|шест|сем|восем)ьдесят|(?:пят|шест|сем|восьм)идесят(?:и)?|девяност(?:о|а)"
    r"|пол(?:у)?сотн(?:и|ю|я)|полтысячи|сто|ста|двести|двухсот|триста|трехсот|трёхсот|четыреста|четырехсот"
    r"|(?:пят|шест|сем|восем|девят)ьсот|(?:пят|шест|сем|восьм|девят)исот)"
)
RU_SCALE = r"(?:тысяч[аиуейь]?|тыс\.|миллион(?:а|ов)?|млн\.?|десят(?:ка|ков|ок|ку))"
EN_WORD = r"(?:" + "|".join(sorted(EN_UNITS, key=len, reverse=True)) + r")"
EN_SCALE = r"(?:hundred|thousand|million)"
DIGITS = r"(?:\d{1,3}(?:(?:[ ,]\d{3})+(?!\d))|\d+(?:[.,]\d+)?)"

QUALIFIERS = (
    (
        "more_than",
        r"more than|over|upwards of|in excess of|above|exceeding|over a|более чем|более|больше|свыше|"
        r"больше чем",
    ),
    (
        "at_least",
        r"at least|no fewer than|no less than|not less than|a minimum of|не менее|не меньше|как минимум|"
        r"по меньшей мере|минимум|по крайней мере",
    ),
    (
        "about",
        r"about|around|approximately|nearly|almost|some|roughly|an estimated|estimated|up to|close to|closer to|"
        r"около|примерно|почти|порядка|приблизительно|почти что|чуть более|чуть больше",
    ),
)
_QUALIFIER_PATTERN = regex.compile(
    r"(?:(?<![\w])(" + "|".join(f"(?P<{label}>{words})" for label, words in QUALIFIERS) + r")\s+)?"
    r"(?<![\w])(?P<number>"
    + DIGITS
    + r"(?:\s+(?:"
    + EN_SCALE
    + r"|"
    + RU_SCALE
    + r"))?"
    + r"|(?:"
    + EN_WORD
    + r"|a(?=\s+(?:dozen|"
    + EN_SCALE
    + r")))(?:[\s-]+(?:and\s+)?(?:"
    + EN_WORD
    + r"|"
    + EN_SCALE
    + r"))*"
    + r"|(?:"
    + RU_WORD
    + r")(?:\s+(?:"
    + RU_WORD
    + r"|"
    + RU_SCALE
    + r"))*"
    + r")(?![\w])",
    regex.IGNORECASE,
)
_COUNTED_NOUNS = (
    r"(?:cases?|people|persons?|one|prosecutions?|investigations?|convictions?|arrests?"
    r"|detentions?|political prisoners?|prisoners?|victims?|journalists?|activists?|complaints?|charges?"
    r"|officers?|officials?|perpetrators?|deaths?|incidents?|allegations?|reports?)\b"
)
_ZERO = regex.compile(
    r"(?<![\w])(?P<number>ни одного|ни одной|ни один|ни одна|ни одно|ноль"
    r"|ни в одном(?=\s+(?:из\s+)?(?:\w+\s+)?(?:случа|дел))"
    r"|(?:no|not a single|not one)(?=\s+(?:(?!more |less |fewer |longer |than )[a-z-]+ ){0,2}" + _COUNTED_NOUNS + r")"
    r"|(?:not one|none|not a single one) of(?=\s+(?:the|these|those|its|their)\s+(?:[a-z-]+\s+){0,2}"
    + _COUNTED_NOUNS
    + r")"
    r"|(?:not one|none)(?: of them)?(?=\s+(?:had|has|have|was|were|is|are)\s))(?=\s)",
    regex.IGNORECASE,
)


# 'более сотни', 'около тысячи', 'не менее десятка': a round number written as a noun. It needs its
# qualifier, since a bare 'сотни' is the vague plural 'hundreds'. ('more than a hundred' is a number phrase.)
_ROUND_VALUE = {"сотн": 100, "тысяч": 1000, "десят": 10, "дюжин": 12}
_ROUND = regex.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<{label}>{words})" for label, words in QUALIFIERS) + r")\s+"
    r"(?P<number>сотн(?:и|ю)|тысяч(?:и|у)|десят(?:ка|ок)|дюжин(?:ы|у))(?![\w])",
    regex.IGNORECASE,
)

# 'трижды водворяли в ШИЗО', 'summoned twice': how many times, a count like 'three times'.
_TIMES_VALUE = {"дважды": 2, "трижды": 3, "четырежды": 4, "twice": 2, "thrice": 3}
# ('twice as many', 'twice the number': a ratio, not a count)
_TIMES = regex.compile(
    r"(?<![\w])(?:дважды|трижды|четырежды|twice|thrice)(?![\w])(?!\s+(?:as|the|that|more|больше|меньше|чаще))",
    regex.IGNORECASE,
)
_HYPOTHETICAL = regex.compile(r"(?:\s+\S+){0,3}?\s+(?:would|could|might)\s", regex.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A count found in the text: value, qualifier and offsets of the number phrase."""

    start: int
    end: int
    value: float
    qualifier: str
    text: str
    in_words: bool


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity phrase in the text (digits or number words), zero-phrases included."""
    found: list[Quantity] = []
    for match in prefiltered(_QUALIFIER_PATTERN).finditer(text):
        value = parse_number(match.group("number"))
        if value is None:
            continue
        qualifier = next((q for q, _ in QUALIFIERS if match.group(q)), "exactly")
        start = match.start() if qualifier != "exactly" else match.start("number")
        in_words = not any(c.isdigit() for c in match.group("number"))
        found.append(Quantity(start, match.end(), value, qualifier, match.group(), in_words))
    found.extend(_round_numbers(text, {q.start for q in found}))
    for match in _TIMES.finditer(text):
        found.append(
            Quantity(match.start(), match.end(), _TIMES_VALUE[match.group().lower()], "exactly", match.group(), True)
        )
    for match in _ZERO.finditer(text):
        if _HYPOTHETICAL.match(text, match.end()):
            continue  # 'no one in Europe would know his name': not a count of anything
        found.append(Quantity(match.start(), match.end(), 0, "exactly", match.group(), True))
    return sorted(found, key=lambda q: q.start)


def _round_numbers(text: str, taken: set[int]) -> list[Quantity]:
    """Round numbers written as nouns after a qualifier ('более сотни', 'около тысячи')."""
    found = []
    for match in _ROUND.finditer(text):
        if match.start() in taken:
            continue
        value = next(v for stem, v in _ROUND_VALUE.items() if match.group("number").lower().startswith(stem))
        qualifier = next(q for q, _ in QUALIFIERS if match.group(q))
        found.append(Quantity(match.start(), match.end(), value, qualifier, match.group(), True))
    return found


def parse_number(phrase: str) -> float | None:
    """Value of a number phrase: '1 465', '20,000', 'twenty-four', 'двух десятков', '150 тысяч'."""
    phrase = phrase.lower().strip()
    if phrase[:1].isdigit():
        return _parse_digits(phrase)
    words = [w for w in rx(r"[\s-]+").split(phrase) if w and w != "and"]
    if words[:1] == ["a"]:
        words = words[1:] if words[1:2] == ["dozen"] else ["one", *words[1:]]  # 'a hundred', 'a dozen'
    if (words and words[0] in EN_UNITS) or (words and words[0] in EN_SCALES):
        return _combine(words, _en_value)
    return _combine(words, _ru_value)


def _parse_digits(phrase: str) -> float | None:
    """Digits with space/comma thousands separators and an optional scale word."""
    match = rx(DIGITS).match(phrase)
    if match is None:
        return None
    number = match.group()
    if rx(r"\d{1,3}(?:[ ,]\d{3})+").fullmatch(number):
        value = float(number.replace(" ", "").replace(",", ""))
    else:
        value = float(number.replace(",", "."))
    rest = phrase[match.end() :].strip()
    scale = _scale_of(rest) if rest else 1
    return value * scale


def _scale_of(word: str) -> int:
    """Multiplier of a scale word in either language."""
    if word.startswith(("thousand", "тыс")):
        return 1000
    if word.startswith(("million", "миллион", "млн")):
        return 1_000_000
    if word.startswith("hundred"):
        return 100
    if word.startswith("десят"):
        return 10
    return 1


def _combine(words: list[str], value_of: object) -> float | None:
    """Add up unit words and multiply by scale words ('two hundred forty' = 240)."""
    total, current = 0.0, 0.0
    for word in words:
        scale = _scale_of(word) if not word.startswith("десят") or len(words) > 1 else 1
        unit = value_of(word)  # type: ignore[operator]
        if scale > 1 and (
            word.startswith(("hundred", "thousand", "million", "тыс", "милл", "млн"))
            or (word.startswith("десят") and current)
        ):
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif unit is not None:
            current += unit
        else:
            return None
    return total + current


def _en_value(word: str) -> float | None:
    """Value of one English number word."""
    return EN_UNITS.get(word)


def _ru_value(word: str) -> float | None:
    """Value of one Russian numeral in any case."""
    for stem, value in RU_STEMS:
        if word.startswith(stem):
            return float(value)
    return None
