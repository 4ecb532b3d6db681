"""Whole-word occurrences of names: the same spans as the alternation pattern they replace."""

from __future__ import annotations

import pytest
import regex

from chronicle.ingest.extraction.literals import find_literals


def alternation_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """What `(?<![\\w])(?:longest|…)(?![\\w])` finds, as the extractors compiled it per text."""
    body = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return [m.span() for m in regex.compile(r"(?<![\w])(?:" + body + r")(?![\w])").finditer(text)]


@pytest.mark.parametrize(
    ("text", "words", "spans"),
    [
        # the longest name at a position wins; a shorter one is found where it stands alone
        ("Human Rights Watch and Human Rights said", ["Human Rights", "Human Rights Watch"], [(0, 18), (23, 35)]),
        # not inside a longer word, before or after
        ("Almaty, Almatyskaya, NeoAlmaty; Almaty.", ["Almaty"], [(0, 6), (32, 38)]),
        # a longer name that runs into a word gives way to a shorter one that does not
        ("Memorial Centre: Memorial Centres", ["Memorial", "Memorial Centre"], [(0, 15), (17, 25)]),
        # case counts; punctuation and quotes inside names are plain characters
        ("«Вясна» and вясна and «Вясна».", ["«Вясна»"], [(0, 7), (22, 29)]),
        ("A.B.C. (Ltd) met A.B.C. (Ltd)s and A.B.C. (Ltd).", ["A.B.C. (Ltd)"], [(0, 12), (35, 47)]),
        # overlapping occurrences: the leftmost wins and the scan goes on after it
        ("Ata Ata Ata", ["Ata Ata"], [(0, 7)]),
        ("no names here", ["Nursultan"], []),
    ],
)
def test_find_literals_gives_leftmost_longest_whole_words(
    text: str, words: list[str], spans: list[tuple[int, int]]
) -> None:
    assert find_literals(text, words) == spans
    assert alternation_spans(text, words) == spans


SENTENCES = [
    "The Committee to Protect Journalists (CPJ) and the Committee said on Monday that CPJ staff left.",
    "Freedom House, Freedom Now and House Freedom Caucus; freedom house in lower case.",
    "Amnesty International's report — Amnesty's — and AmnestyInternational, Amnesty International.",
    "Партия «Алга, Казахстан!» и партия Алга; Алга Казахстан; «Алга»",
    "The European Parliament's resolution: European Parliament, European Parliamentary Assembly.",
    "Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR); KIBHR-backed; KIBHR_2",
]
WORD_LISTS = [
    ["Committee", "Committee to Protect Journalists", "CPJ"],
    ["Freedom House", "Freedom Now", "House", "Freedom"],
    ["Amnesty International", "Amnesty"],
    ["Алга", "«Алга»", "Алга Казахстан", "«Алга, Казахстан!»"],
    ["European Parliament", "European Parliamentary Assembly", "Parliament"],
    ["KIBHR", "Kazakhstan International Bureau for Human Rights and Rule of Law", "Rule of Law"],
]


@pytest.mark.parametrize("words", WORD_LISTS)
def test_find_literals_matches_the_alternation_on_every_sentence(words: list[str]) -> None:
    for sentence in SENTENCES:
        assert find_literals(sentence, words) == alternation_spans(sentence, words), sentence
    text = "\n".join(SENTENCES)
    assert find_literals(text, words) == alternation_spans(text, words)
