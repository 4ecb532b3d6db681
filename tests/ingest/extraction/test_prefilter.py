"""A large alternation tried only where its leading pattern matches finds exactly what `finditer` finds."""

from __future__ import annotations

import pytest
import regex

from chronicle.ingest.extraction.dates import _SCANNER
from chronicle.ingest.extraction.prefilter import Keyed, Prefiltered, beginnings, leading_pattern

# Written to touch every kind of date expression, in English, Russian and Kazakh, at the start and end
# of a text, after punctuation, inside words and in capitals.
SENTENCES = [
    "From 30 July to 27 September 2020, monitors counted 1,204 detentions.",
    "On October 16, 2020, two letters were sent; on Oct. 17 a third.",
    "Since May 2020 the number has grown; since 2018 at least, and since then nothing changed.",
    "between 2015 and 2019 the court heard 40 cases, and between March 2019 and May 2020 more.",
    "The first quarter of 2021 saw 12 arrests; the second half of the year, 30.",
    "In the first six months of the year 5 people were fined, in the same period last year 2.",
    "Over the last year, prosecutors opened cases. Last year the court ruled. Every year it repeats.",
    "She was detained on Monday and released two days later, a week later she left.",
    "Data at the end of September 2021 and as of the end of March show 3,000 prisoners.",
    "the previous twelve months; the past 18 months; the past three years; a year later; the next day",
    "currently 70 people are held, so far this year; at the time of writing, to date, now",
    "The reporting period (1 January - 31 December 2022) and the period under review.",
    "2022-03-04 and 04.03.2022 and 4-5 March 2022 and 4 and 5 March 2022",
    "Mayor May met Jan on march 3 in may; JANUARY 2020; Maybe 2020s; 1950 to 2049",
    "с 9 по 12 августа 2020 года; 8 сентября альянс обновил список; В декабре не менее 750",
    "за первые шесть месяцев 2021 года; в первом квартале текущего года; за отчётный период",
    "по состоянию на конец марта 2022 года; на прошлой неделе; вчера; три дня назад; ежегодно",
    "с 2014 по 2019 год; в 2015–2016 годах; с начала 2020 года; в этом году; до сих пор",
    "Алматы, 15 қаңтар 2026 жыл. 13 қаңтарда ұсталды; маусым айында; 2019 жылы",
    "ТОТ ЖЕ ПЕРИОД ПРОШЛОГО ГОДА; годом ранее; через две недели; через год; в том же месяце",
    "x2020 a2020b 12Mar 1st-2nd May, 3rd—4th June 2021, 2020–2021, since the crackdown",
]


Found = list[tuple[tuple[int, int], dict[str, str | None]]]


def scanned(pattern: regex.Pattern[str], text: str) -> Found:
    """Spans and groups of the matches, as plain `finditer` gives them."""
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def prefiltered(pattern: regex.Pattern[str], text: str) -> Found:
    """The same through the prefilter."""
    return [(m.span(), m.groupdict()) for m in Prefiltered(pattern, build_after=0).finditer(text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_prefiltered_date_scan_finds_every_date_the_full_scan_finds(sentence: str) -> None:
    assert prefiltered(_SCANNER, sentence) == scanned(_SCANNER, sentence)


def test_prefiltered_date_scan_matches_over_a_whole_text() -> None:
    text = "\n\n".join(SENTENCES)
    assert prefiltered(_SCANNER, text) == scanned(_SCANNER, text)
    assert len(scanned(_SCANNER, text)) >= 60  # the text holds many expressions (the exact count moves with the rules)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_leading_pattern_matches_wherever_a_date_can_begin(sentence: str) -> None:
    leading = leading_pattern(_SCANNER)
    assert leading is not None
    starts = {m.start() for m in leading.finditer(sentence, overlapped=True)}
    for position in range(len(sentence)):
        if _SCANNER.match(sentence, position):
            assert position in starts, sentence[position:]


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        # a case-sensitive stretch inside a case-insensitive pattern
        (r"(?<![\w])(?-i:May)\s+\d+", regex.IGNORECASE, "may 3, MAY 4, May 5 and May 6"),
        # negated tests keep their own case: 'A' is not 'a' here
        (r"[^a]b|(?<!x)yz", 0, "Ab ab Xyz xyz yz"),
        (r"(?i:[^a]b)|c(?<!C)d", 0, "Ab ab cd Cd"),
        # optional and repeated beginnings, alternatives of unequal length
        (
            r"(?:the\s+)?(?:first|second)\s+half|\d{1,2}(?:st|nd)?\s+of",
            regex.IGNORECASE,
            "THE first half, 1st of, 22 of",
        ),
        # one name used in two alternatives, as `regex` allows
        (r"(?P<y>19\d\d)-(?P<z>\d)|(?P<y>20\d\d)", 0, "1999-1 2020 2019-"),
        # verbose source: its spaces are not characters
        (r"(?x) from \s+ (?P<d> \d+ )", 0, "from 3 to 5, from\t12"),
        # properties are read as any character, never as a character ruled out
        (r"(?<![\w])\p{Lu}\w+ (?-i:Dear)\s+\p{Lu}", 0, "Ann Dear Bo, ann Dear Bo, Émile Dear Ülo"),
        (r"[^\p{Lu}]b|(?<!\p{Lu})x|(?<=\p{Ll})y", 0, "Ab ab Ax ax x ay Ay"),
        # a line start in a scope, a named group as `regex` also writes it
        (r"(?m:^)[ \t]*(?<s>Dear|Уважаем\w*)\s", regex.IGNORECASE, "Dear A\n  dear B\nsay Dear C\nУважаемый Д"),
    ],
)
def test_prefiltered_scan_equals_finditer_for_assorted_patterns(source: str, flags: int, text: str) -> None:
    pattern = regex.compile(source, flags)
    assert Prefiltered(pattern, build_after=0).leading is not None
    assert prefiltered(pattern, text) == scanned(pattern, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\m\w+x",  # syntax of `regex` alone: the standard parser cannot read it
        r"(?:abc){e<=1}",  # fuzzy matching, which the standard parser would read as literal braces
        r"(?a:\w)x",  # ASCII in a scope changes what a word character is
        r"a*",  # can match nothing, so can begin anywhere
        r"(?V1)[[a-z]--[aeiou]]x",  # version 1 set operations read otherwise by `re`
    ],
)
def test_pattern_without_a_cheaper_leading_pattern_is_scanned_whole(source: str) -> None:
    pattern = regex.compile(source)
    assert Prefiltered(pattern, build_after=0).leading is None
    assert prefiltered(pattern, "Abc bx Ex aaa") == scanned(pattern, "Abc bx Ex aaa")


def test_beginnings_read_on_after_a_required_repetition_and_skip_optional_parts() -> None:
    heads = beginnings(r"(?:in\s+)?\d+ days|now", regex.IGNORECASE)
    assert heads is not None
    # '\d+ days' begins with a digit and then a digit or ' days'; an optional part is cut after one turn
    assert {"".join(atom.source for atom in head) for head in heads} == {
        "in[\\s]",
        "in[\\s][\\s]",
        "[\\d][\\d]",
        "[\\d]\\U00000020days",
        "now",
    }


def test_leading_pattern_is_built_only_once_enough_text_was_scanned() -> None:
    pattern = regex.compile(r"(?<![\w])(?:from|to)\s+\d+")
    scan = Prefiltered(pattern, build_after=100)
    text = "from 3 to 5, " * 5
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert "leading" not in vars(scan)  # 65 characters: scanned whole
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert vars(scan)["leading"] is not None  # 130 characters: built and used


def test_date_scan_opens_only_after_a_non_word_character() -> None:
    assert Prefiltered(_SCANNER, build_after=0).openings is not None  # its beginnings all open with (?<![\w])


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        # offsets at the text's start and end, after punctuation, line breaks and hyphens
        (r"(?<![\w])(?:from|to)\s+\d+", regex.IGNORECASE, "from 3 (to 5)-to 6\nFROM 7 to"),
        (r"(?<![\w-])(?:arrest\w*|detain\w*)", regex.IGNORECASE, "Arrested, re-arrested-detained; detainee"),
        # alternatives shorter than the memo's key, one near the text's end
        (r"(?<![\w])(?:a|ab|abcd)(?![\w])", 0, "a ab abc abcd x-a"),
        # a one-character look-behind inside the first characters ('x' after a capital only)
        (r"(?<![\w])[A-Z](?<=[A-Z])x", 0, "Ax bx Ax"),
    ],
)
def test_openings_find_what_finditer_finds(source: str, flags: int, text: str) -> None:
    pattern = regex.compile(source, flags)
    assert Prefiltered(pattern, build_after=0).openings is not None
    assert prefiltered(pattern, text) == scanned(pattern, text)


def test_pattern_that_can_open_after_a_word_character_has_no_openings() -> None:
    pattern = regex.compile(r"(?<![\w])from|to\s+\d+")  # 'to' may follow a letter
    assert Prefiltered(pattern, build_after=0).openings is None
    assert prefiltered(pattern, "into 5 from") == scanned(pattern, "into 5 from")


@pytest.mark.parametrize(
    "text",
    [
        "the opposition party Alga and the party Ak Zhol",
        "a news site Vlast, a website Orda; site Kaz",  # words inside other words
        "party party party X",  # a match starting at the second word, overlapping tries
        "unregistered movement Free Steppe movement",
        "no words here",
        "",
    ],
)
def test_keyed_scan_equals_finditer(text: str) -> None:
    qualifiers = ("opposition ", "unregistered ")
    words = ("party", "movement", "news site", "website", "site")
    pattern = regex.compile(rf"(?:{'|'.join(qualifiers)})?(?:{'|'.join(words)})\s+\p{{Lu}}\w*")
    keyed = Keyed(pattern, words, max(map(len, qualifiers)))
    assert [(m.span(), m.group()) for m in keyed.finditer(text)] == [
        (m.span(), m.group()) for m in pattern.finditer(text)
    ]
