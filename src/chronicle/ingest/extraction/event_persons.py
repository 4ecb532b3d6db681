"""Who an event happened to: the persons a cue word governs, not every name of its clause."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from chronicle.ingest.extraction.text import Sentence, starts_of

# 'pardoned by Alyaksandr Lukashenka', 'By Tomas Vaitkus': the doer of the act, not its target; 'according
# to X', 'по словам ее мужа X': the source.
_AGENT_BEFORE = regex.compile(
    r"(?<![\w])(?:(?:by|By)\s+(?:(?:the|[A-Z][\w.’'-]*|[a-z]+)\s+){0,2}|"
    r"(?i:according to|по словам|со слов)\s+(?:(?:her|his|their|ее|её|его|их)\s+[\w-]+\s+)?)$",
    regex.REVERSE,
)
# 'the detention of Ms Nazarova and Mr Rahimov', 'the case against the blogger X'.
_COMPLEMENT = regex.compile(
    r"\s+(?:of|against|on|over|в отношении|против|над)\s+(?:(?:the|a|an|[\w’'-]+),?\s+){0,4}?$", regex.IGNORECASE
)
# Russian nouns take their target in the genitive right after them: 'задержание активиста X'.
_RUSSIAN_NOUN = regex.compile(
    r"(?:ни[еяюи]|нием|ест|еста|есте|ыск|ыска|ыски|ыске|ыском|ть|ти|ль|ли|ка|ки|ку|ор|ора|ору|ом)$", regex.IGNORECASE
)
_GENITIVE_GAP = regex.compile(r"\s+(?:[а-яё-]+\s+){0,3}$")
# 'Kenesov called the verdict revenge': an act named as the object of speech is no event of the speaker.
_SPEECH_BEFORE = regex.compile(
    r"(?<![\w])(?:назвал\w*|назвав|прокомментировал\w*|раскритиковал\w*|осудил[аи]? как|обжаловать|обжалует|"
    r"called|calls|described|criticised|criticized|condemned|denounced|commented on|welcomed|appealed|will appeal|"
    r"to appeal)\s+(?:(?:the|this|that|его|ее|её|их|этот)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)$")
# An appositive between a name and its relative clause: 'Marat Dzhumabayev, a trade union leader from Zhanaozen,'.
_APPOSITIVE = regex.compile(r"^(?:\s*\([^()]{0,80}\))?(?:,[^,;.:!?]{1,90})?,?\s*$")
_INTERVIEW_LINE = regex.compile(r"\s*(?:Q|В|Вопрос)\s*[:.—–-]")
_FIRST_OR_SECOND = regex.compile(
    r"(?<![\w])(?:I|(?i:me|my|you|your|я|меня|мне|мной|вы|вас|вам|вами))(?![\w])",
)
_ENDS_WITH_PREPOSITION = regex.compile(r"(?:of|against|над|против)$", regex.IGNORECASE)


@dataclass(frozen=True)
class PersonSpan:
    """A person's mention for event building: the reported name and whether it can be a victim."""

    start: int
    end: int
    name: str
    can_be_victim: bool
    possessive: bool = False


def is_agent(sentence: Sentence, start: int) -> bool:
    """'pardoned by X': the person mentioned at `start` did the act."""
    offset = start - sentence.start
    return _AGENT_BEFORE.search(sentence.text, max(0, offset - 40), offset) is not None


def complement(sentence: Sentence, persons: list[PersonSpan], cue_end: int, clause_end: int) -> list[str] | None:
    """The persons a noun cue names as its target ('the arrest of A and B', 'арест активиста A'), or
    None when the cue has no such complement."""
    starts = starts_of(persons)
    index = bisect_left(starts, cue_end)
    while index < len(persons) and persons[index].start < min(clause_end, cue_end + 70):
        person = persons[index]
        gap = sentence.text[cue_end - sentence.start : person.start - sentence.start]
        if person.can_be_victim and not person.possessive and _governs(sentence, cue_end, gap):
            return coordinated(sentence, persons, index, clause_end)
        index += 1
    return None


def _governs(sentence: Sentence, cue_end: int, gap: str) -> bool:
    """The gap between a noun cue and a name is 'of the activist' (or a Russian genitive)."""
    cue_tail = sentence.text[max(0, cue_end - sentence.start - 6) : cue_end - sentence.start]
    if _COMPLEMENT.fullmatch(gap):
        return True
    if _ENDS_WITH_PREPOSITION.search(cue_tail):  # the cue is 'arrest of'
        return _COMPLEMENT.fullmatch(" of" + gap) is not None
    return (gap == " " or _GENITIVE_GAP.fullmatch(gap) is not None) and _RUSSIAN_NOUN.search(cue_tail) is not None


def coordinated(sentence: Sentence, persons: list[PersonSpan], index: int, limit: int) -> list[str]:
    """The list of names that starts at persons[index]: 'A, B and C'."""
    names = [persons[index].name]
    for previous, person in zip(persons[index:], persons[index + 1 :], strict=False):
        if person.start >= limit:
            break
        gap = sentence.text[previous.end - sentence.start : person.start - sentence.start]
        if not _LIST_GAP.fullmatch(gap) or not person.can_be_victim:
            break
        if person.name not in names:
            names.append(person.name)
    return names


def nearest(sentence: Sentence, persons: list[PersonSpan], cue: tuple[int, int], start: int, end: int) -> list[str]:
    """'умер политзаключенный X, сообщила его сестра Y': the list of names nearest to the cue in its clause."""
    starts = starts_of(persons)
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    inside = [(i, persons[i]) for i in range(first, last) if persons[i].can_be_victim and not persons[i].possessive]
    if not inside:
        return []
    index, _ = min(inside, key=lambda item: item[1].start - cue[1] if item[1].start >= cue[1] else cue[0] - item[1].end)
    return coordinated(sentence, persons, index, end)


def object_of_speech(sentence: Sentence, cue: int) -> bool:
    """'назвал приговор «местью»', 'called the verdict unjust': the act is talked about, not told."""
    offset = cue - sentence.start
    return _SPEECH_BEFORE.search(sentence.text, max(0, offset - 40), offset) is not None


def antecedent(sentence: Sentence, persons: list[PersonSpan], start: int) -> list[str]:
    """'X, a teacher, who …', 'two lawyers, A and B, who …': the persons a relative clause is about."""
    starts = starts_of(persons)
    index = bisect_left(starts, start) - 1
    while index >= 0 and persons[index].start >= sentence.start:
        person = persons[index]
        between = sentence.text[person.end - sentence.start : start - sentence.start]
        if not _APPOSITIVE.match(between):
            return []
        if person.can_be_victim and not person.possessive:
            first = index
            while first > 0 and persons[first - 1].start >= sentence.start:
                gap = sentence.text[persons[first - 1].end - sentence.start : persons[first].start - sentence.start]
                if not _LIST_GAP.fullmatch(gap) or not persons[first - 1].can_be_victim:
                    break
                first -= 1
            return coordinated(sentence, persons, first, person.end + 1)
        index -= 1
    return []


def interview_subject(sentences: list[Sentence], persons: list[PersonSpan]) -> str | None:
    """In a question-and-answer interview, the person interviewed: the first possible victim named
    (not in a byline) before the first question."""
    questions = [s for s in sentences if _INTERVIEW_LINE.match(s.text)]
    if len(questions) < 2:
        return _statement_author(sentences, persons)
    for person in persons:
        if person.start >= questions[0].start:
            return None
        sentence = next((s for s in sentences if s.start <= person.start < s.end), None)
        if person.can_be_victim and sentence is not None and not is_agent(sentence, person.start):
            return person.name
    return None


# 'X issued the following statement today.' / 'X said in a statement:' followed by her words in the first person.
_STATEMENT_OF = regex.compile(
    r"(?:issued|made|released|published|gave) the following statement|said in a statement|wrote(?= the following)|"
    r"сделал\w* следующее заявление|распространил\w* (?:следующее )?заявление|заявил\w*(?= следующее)",
    regex.IGNORECASE,
)


def _statement_author(sentences: list[Sentence], persons: list[PersonSpan]) -> str | None:
    """The person who makes a first-person statement the text then quotes ('X issued the following
    statement today'): its 'I' and 'me' are that person."""
    for index, sentence in enumerate(sentences[:8]):
        if not _STATEMENT_OF.search(sentence.text):
            continue
        named = [p for p in persons if sentence.start <= p.start < sentence.end and p.can_be_victim]
        following = " ".join(s.text for s in sentences[index + 1 : index + 4])
        if named and _FIRST_PERSON.search(following):
            return named[0].name
    return None


_FIRST_PERSON = regex.compile(r"(?<![\w])(?:I|(?i:me|my|я|меня|мне|мной))(?![\w])")


def speaks_of_self(text: str) -> bool:
    """'You were arrested', 'I was detained': the interviewee, in an interview."""
    return _FIRST_OR_SECOND.search(text) is not None
