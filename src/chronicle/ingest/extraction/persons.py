"""English (and any Latin-script) person names: capitalised runs minus a stop-list, then grouping."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.mentions import Mention, PersonEntity, name_key
from chronicle.ingest.extraction.text import SpanSet, rx

TOKEN = (
    r"(?:Ma?c\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]{2,})?(?:-\p{Lu}?[\p{Ll}\p{M}]+)*"
    r"|\p{Lu}[\p{Lu}\p{M}]+(?:-\p{Lu}[\p{Lu}\p{M}]+)?)"
)
PARTICLE = (
    r"(?:de|da|van|von|der|den|del|di|du|la|le|Ní|Ni|Ó|Ua|al|el|bin|ibn|uulu|kyzy|ul)(?:[ ]+(?:der|den|de|la|le))?"
)
# 'Daniel P. Whitcombe', 'James "Jim" O'Halloran': a middle initial or a nickname inside a name
_MIDDLE = r"(?:\p{Lu}\.|[\"“][\p{Lu}][\p{Ll}]{1,12}[\"”])"
_CANDIDATE = regex.compile(
    # (three spaces or more part two columns of a signature block, never the words of one name)
    rf"(?<![\w’'-])(?:\p{{Lu}}\.[ ]?)?{TOKEN}(?:[ ]{{1,2}}(?:{PARTICLE}[ ]+|{_MIDDLE}[ ]+)?{TOKEN}){{0,4}}"
    r"(?:[ ]+(?:kyzy|uulu|ogly|oglu|qizi|kizi|uly|uli))?(?![\w-])"
)
_COORDINATED = regex.compile(
    rf"(?<![\w-]|"
    rf"\p{{Lu}}\p{{Ll}}+[ ])(?P<given>{TOKEN}(?:,[ ]+{TOKEN})+)[ ]+and[ ]+"
    rf"(?P<last>{TOKEN})[ ]+(?P<surname>{TOKEN})(?![\w-])"
)
ORG_TAILS = {
    # (the last words of NGOs' names: 'Arctic Environmental Justice', "Prisoners' Voices", 'Crimean Human Rights')
    "Justice",
    "Voices",
    "Voice",
    "Rights",
    "Freedom",
    "Solidarity",
    "Defenders",
    "Liberties",
    "Action",
    "Aid",
    "Relief",
    "Defence",
    "Defense",
    "Lawyers",
    "Advocates",
    "Party",
    "Movement",
    "Foundation",
    "Centre",
    "Center",
    "Court",
    "Committee",
    "Bureau",
    "Institute",
    "Union",
    "Council",
    "Office",
    "Service",
    "Group",
    "Prize",
    "Award",
    "Fund",
    "Watch",
    "Agency",
    "Coalition",
    "Alliance",
    "Association",
    "Network",
    "Street",
    "Agreement",
    "Treaty",
    "Convention",
    "Partnership",
    "Cooperation",
    "Act",
    "Charter",
    "Initiative",
    "Society",
    "Federation",
    "Confederation",
    "Platform",
    "Monitor",
    "Project",
    "Forum",
    "Campaign",
    "Clinic",
    "Collective",
    "Observatory",
    "Mission",
    "Commission",
    "Assembly",
    "Tribunal",
    "Department",
    "Ministry",
    "University",
    "Academy",
    "TV",
    "Media",
    "News",
    "Times",
    "Post",
    "Gazette",
    "Journal",
    "Bulletin",
    "Daily",
    "Press",
    "Works",
    "Plant",
    "Factory",
    "Mine",
    "Company",
    "Corporation",
    "Bank",
    "Directorate",
    "Administration",
    "Inspectorate",
    "Authority",
    "Board",
    "School",
    "College",
    "Hospital",
    "Library",
    "Museum",
    "Theatre",
    "Prison",
}
TITLES = {"Mr", "Ms", "Mrs", "Dr", "Lord", "Lady", "Sir", "Prof"}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Capitalised words that are never a part of a name (plus country and place names)."""
    words = set(gazetteer.load("stopwords.json")["words"])
    words |= set(gazetteer.countries().exact) | set(gazetteer.places().exact)
    words |= {form for form in gazetteer.groups() if form.isupper() or "/" in form or "&" in form}
    return frozenset(words)


def find_persons_latin(text: str) -> list[PersonEntity]:
    """Persons named in Latin script, grouped with their short forms."""
    lowered = _lowercase_vocabulary(text)
    full: list[Mention] = []
    for match in _CANDIDATE.finditer(text):
        full.extend(_name_pieces(text, match, lowered))
    full.extend(_coordinated_names(text))
    full.extend(_peers(text, SpanSet([(m.start, m.end) for m in full]), full))
    entities = _fold_name_tails(_group(full))
    _attach_short_forms(text, entities)
    return sorted(entities, key=lambda e: e.first)


def _lowercase_vocabulary(text: str) -> frozenset[str]:
    """Words that also occur in lower case: a capitalised one of them opens a sentence, not a name."""
    return frozenset(rx(r"(?<![\w])\p{Ll}[\p{Ll}’'-]{2,}").findall(text[:2_000_000]))


def _name_pieces(text: str, match: regex.Match[str], lowered: frozenset[str]) -> list[Mention]:
    """Split a capitalised run at stop-words; keep pieces of 2-4 words that look like names."""
    pieces: list[Mention] = []
    if " " not in match.group():
        return pieces  # one word, as most runs are ('The', 'Amnesty'): no piece of two
    tokens = list(rx(r"\S+").finditer(match.group()))
    run: list[regex.Match[str]] = []
    for index, token in enumerate([*tokens, None]):
        word = token.group() if token is not None else ""
        if token is not None and not _is_stop(word, match.start() + token.start(), text, lowered):
            run.append(token)
            continue
        if len(run) >= 2 and _ends_a_name(text, match, tokens, index, word, run):
            piece = _piece(match, run, text)
            if piece is not None:
                pieces.append(piece)
        run = []
    return pieces


def _ends_a_name(
    text: str,
    match: regex.Match[str],
    tokens: list[regex.Match[str]],
    index: int,
    word: str,
    run: list[regex.Match[str]],
) -> bool:
    """Whether a run of name words ending before tokens[index] (`word`) is a name, not the start of the
    name of a body (asked only of runs of two words or more, most runs being shorter)."""
    if index == len(tokens):  # "the Independent Teachers' Union": the word after the run may be the head noun
        word = _FOLLOWING_WORD.match(text, match.end(), match.end() + 40).group("word")
    if word in ORG_TAILS or run[-1].group() in ORG_TAILS:
        return False
    # 'Tom Lantos Human Rights Commission': a name that opens the name of a body
    return not any(t.group().strip(",.;:") in ORG_TAILS for t in tokens[index : index + 4])


_FOLLOWING_WORD = regex.compile(r"(?:’|')?s?[ ]+(?P<word>\p{Lu}\p{Ll}+)|(?P<word>)")
# Capitalised abstract nouns in the names of bodies ('Working Group on … Involuntary Disappearances').
_ABSTRACT_NOUN = regex.compile(r"\p{Ll}{3}(?:ances|ences|tions?|sions?|ments|ities|ness|ship|ism)$")


def _is_stop(word: str, offset: int, text: str, lowered: frozenset[str]) -> bool:
    """A word that ends or breaks a name."""
    bare = word.rstrip(".")
    if bare in stopwords() or word in stopwords() or _ABSTRACT_NOUN.search(bare):
        return True
    at_start = offset == 0 or text[max(0, offset - 2) : offset].strip() in ("", ".", "•", "-", "—", "–", '"', "«", "“")
    return at_start and word.lower() in lowered and not word.isupper()


def _piece(match: regex.Match[str], run: list[regex.Match[str]], text: str) -> Mention | None:
    """A Mention for a run of name words, unless it is only capitals without a title before it."""
    start, end = match.start() + run[0].start(), match.start() + run[-1].end()
    while len(run) > 2 and run[0].group().isupper():
        run = run[1:]
    if run[0].group().isupper() and run[0].group() in gazetteer.known_organizations():
        return None  # 'UN High Commissioner', 'OSCE Chairperson': a body's acronym opens an office, not a name
    start = match.start() + run[0].start()
    words = [t.group() for t in run]
    if _gazetteer_spans(text).overlaps(start, end):
        return None
    if text[start - 1 : start] in ('"', "“", "«") and text[end : end + 1] in ('"', "”", "»"):
        return None  # 'over "Svabodny Zavod" workers' network': a quoted name is a body's or a movement's
    if _TRANSLATED_AFTER.match(text, end):
        return None  # 'Svabodny Zavod ("Free Plant")': a person's name is not translated
    if _BODY_BEFORE.search(text, max(0, start - 40), start):
        return None  # 'Main Directorate for Combating Organised Crime': the rest of a body's name
    if _CONSTITUENCY_BEFORE.search(text, max(0, start - 60), start):
        return None  # 'Member of Parliament for Dyffryn Tawe': a constituency
    if _AFFILIATION_BEFORE.search(text, max(0, start - 60), start):
        return None  # 'Leena Heikkilä (Vihreät – De Gröna)': the party in the parenthesis after a name
    if all(w.isupper() for w in words) and _title_before(text, start) is None:
        return None
    if any(len(w.rstrip(".")) == 1 and not w.endswith(".") and w not in _ONE_LETTER_PARTICLES for w in words):
        return None
    if _on_heading_line(text, start) and not _said_again(text, words[-1], start, end):
        return None  # 'The Man Who Kept Asking Questions: How a Uralsk Activist Ended Up …': a headline's words
    return Mention(start, end, text[start:end])


_HEADLINE_MAX = 300


def _on_heading_line(text: str, offset: int) -> bool:
    """Whether an offset is on a headline: a line of five words or more ending with no full stop, in title case
    or the first of the text (not a signature line, which names one person and their office)."""
    line_start = text.rfind("\n", max(0, offset - _HEADLINE_MAX), offset) + 1
    line_end = text.find("\n", offset, offset + _HEADLINE_MAX)
    if (line_start == 0 and offset > _HEADLINE_MAX) or (line_end < 0 and len(text) - offset > _HEADLINE_MAX):
        return False  # a line too long to be a headline, looked at no further (an endless line is a text's worst case)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    words = line.split()
    if len(words) < 5 or len(words) > 25 or line.endswith((".", "!", "?", ";", ",")) or "," in line:
        return False
    if _ADDRESS_WORDS.search(line):
        return False  # 'His Excellency Mr Emomali Rahmon', 'Rt Hon David Lammy MP': an address, not a headline
    capitalised = sum(1 for w in words if w[:1].isupper())
    # (no slice of the text before or after: a long text has many lines to ask about)
    first_of_several = (
        line_end >= 0
        and _LEADING_SPACE.match(text).end() >= line_start
        and _MORE_TEXT.search(text, line_end) is not None
    )
    return capitalised >= 0.6 * len(words) or first_of_several


_LEADING_SPACE = regex.compile(r"\s*")
_MORE_TEXT = regex.compile(r"\S")
_ADDRESS_WORDS = regex.compile(
    r"(?<![\w])(?:Mr|Mrs|Ms|Dr|Hon|Excellency|MP|MEP|Sir|Dame|Lord|Lady|Baroness|Senator|Sen|Rep|President|"
    r"Minister|Commissioner|Ambassador|Chair|Mme|Herr|Frau)(?![\w])"
)


def _said_again(text: str, surname: str, start: int, end: int) -> bool:
    """Whether a name's last word occurs elsewhere in the text (a person in a headline is named in the story)."""
    word = rx(r"(?<![\w])" + regex.escape(surname.rstrip(".,;:")) + r"(?![\w])")
    return word.search(text, 0, start) is not None or word.search(text, end) is not None


_TRANSLATED_AFTER = regex.compile(r"[ ]?\([\"“]\p{Lu}[^\"”()\n]{1,60}[\"”]\)")
# (not after "Office", "Prize" …: 'the Office of Rasa X' goes on with a person)
_BODY_BEFORE = regex.compile(
    r"(?<![\w])(?:"
    + "|".join(sorted(ORG_TAILS - {"Office", "Prize", "Award", "Street", "TV", "News", "Times", "Post", "Daily"}))
    + r")[ ]+"
    r"(?:for|of|on|against)[ ]+(?:the[ ]+)?$"
)
_AFFILIATION_BEFORE = regex.compile(r"\p{L}[ ]?\((?:[^()\n]{0,40}[ ][–—-][ ])?$")
_CONSTITUENCY_BEFORE = regex.compile(
    r"(?:Member of (?:the )?(?:Parliament|Senedd|Scottish Parliament|Legislative Assembly)|\b(?:MP|MSP|MS|MLA|TD)|"
    r"Representative|Congress(?:wo)?man|Senator)\s+for\s+$"
    # 'Daniel Whitcombe MP (Lab, Bristol Harbourside)'; 'Sir Geoffrey Pallister MP' over 'Conservative, Wealden Vale'
    r"|\b(?:MP|MSP|MS|MLA|TD)[ ]*(?:\([^()\n]{1,40}|[ \t]*\n[ \t]*\p{Lu}[\p{L} -]{1,40}),[ ]*$"
)


_ONE_LETTER_PARTICLES = {"Ó"}  # 'Ciarán Ó Briain'


@lru_cache(maxsize=4)
def _gazetteer_spans(text: str) -> SpanSet:
    """Offsets of multi-word country and place names (never persons)."""
    spans = []
    for lexicon in ("countries", "places"):
        spans += [(start, end) for start, end, surface, _ in gazetteer.lexicon_matches(lexicon, text) if " " in surface]
    return SpanSet(spans)


def _title_before(text: str, start: int) -> str | None:
    """'Mr', 'Ms', 'Lord' ... written just before a name."""
    before = text[max(0, start - 6) : start].split()
    return before[-1].rstrip(".") if before and before[-1].rstrip(".") in TITLES else None


def _coordinated_names(text: str) -> list[Mention]:
    """'Viktor, Leila and Ilyas Khrapunov': each given name gets the shared surname."""
    found: list[Mention] = []
    for match in _COORDINATED.finditer(text):
        givens = [g.strip() for g in match.group("given").split(",")]
        if any(g in stopwords() for g in [*givens, match.group("last"), match.group("surname")]):
            continue
        for given in givens:
            offset = match.start() + match.group().index(given)
            found.append(Mention(offset, offset + len(given), f"{given} {match.group('surname')}"))
    return found


def _group(mentions: list[Mention]) -> list[PersonEntity]:
    """One entity per distinct full name; the first full form is the name."""
    entities: dict[str, PersonEntity] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        key = " ".join(sorted(name_key(mention.text).split()))  # 'KUBILIUS Andrius' is 'Andrius Kubilius'
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = PersonEntity(name=mention.text)
        entity.mentions.append(mention)
    return list(entities.values())


# 'Lord Penrose, a Liberal Democrat member of the House of Lords': a peer named by title and surname.
_PEER = regex.compile(
    r"(?<![\w])(?:Lord|Baroness|Baron|Viscount|Earl)[ ]+\p{Lu}\p{Ll}+(?:[ ]+of[ ]+\p{Lu}\p{Ll}+(?:[ ]+\p{Lu}\p{Ll}+)?)?"
    r"(?![ ]+\p{Lu})(?![\w-])"
)


def _peers(text: str, found: SpanSet, mentions: list[Mention]) -> list[Mention]:
    """Peers named by their title and one name, where no other name finder took them."""
    surnames = {name_key(m.text).split()[-1] for m in mentions}
    return [
        Mention(m.start(), m.end(), m.group())
        for m in _PEER.finditer(text)
        if not found.overlaps(m.start(), m.end())
        and m.group().split()[1] not in stopwords()
        and name_key(m.group().split()[1]) not in surnames  # 'Baroness Carrow' after 'Helena Carrow': hers
    ]


def _fold_name_tails(entities: list[PersonEntity]) -> list[PersonEntity]:
    """'Van Buren' and 'Ortiz Lemos' told after 'Carl J. Van Buren' and 'Carmen Ortiz Lemos': the end of a
    longer name found in the same text is a short form of it, not another person."""
    by_key = {name_key(e.name): e for e in entities}
    kept = []
    for entity in entities:
        key = name_key(entity.name)
        longer = [e for k, e in by_key.items() if k != key and (k.endswith(" " + key) or k.startswith(key + " of "))]
        if len(longer) == 1 and len(key.split()) >= 2:
            longer[0].mentions += entity.mentions
        else:
            kept.append(entity)
    return kept


def _attach_short_forms(text: str, entities: list[PersonEntity]) -> None:
    """Add every standalone surname (or possessive) of a found person as a mention."""
    by_word: dict[str, PersonEntity] = {}
    for entity in entities:
        by_word.setdefault(name_key(entity.surname), entity)
    if not by_word:
        return
    words = sorted({e.surname for e in entities}, key=len, reverse=True)
    # The standard library's engine: this pattern is new for every text, and `re` compiles a plain
    # alternation of literals about three times faster than `regex` (5% of English extraction time).
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)
    covered = SpanSet([(m.start, m.end) for e in entities for m in e.mentions])
    for match in pattern.finditer(text):
        if covered.overlaps(match.start(), match.end()):
            continue
        owner = by_word.get(name_key(match.group()))
        if owner is not None:
            owner.mentions.append(Mention(match.start(), match.end(), match.group()))
