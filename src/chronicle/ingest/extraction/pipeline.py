"""`extract`: the whole extraction of one text, as a dict in the annotation schema with spans."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from typing import Any

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.dates import DateMention, find_dates, latest_date
from chronicle.ingest.extraction.events import PersonSpan, find_events
from chronicle.ingest.extraction.letters import Letter, Signatory, experts_passages, find_letters
from chronicle.ingest.extraction.mentions import Mention, PersonEntity
from chronicle.ingest.extraction.officials import known_official
from chronicle.ingest.extraction.org_signatories import (
    complete_signing_organisations,
    organisation_lines,
    organisation_signatories,
)
from chronicle.ingest.extraction.organizations import (
    Organization,
    extend_russian_court,
    find_organizations,
    mark_extremist,
    russian_courts,
)
from chronicle.ingest.extraction.persons import find_persons_latin
from chronicle.ingest.extraction.places import find_places
from chronicle.ingest.extraction.roles import (
    PERSECUTED,
    CueIndex,
    PersonFacts,
    describe_person,
    is_us_member,
    main_country,
    parliament_country,
)
from chronicle.ingest.extraction.serialize import (
    event_item,
    letter_item,
    organization_item,
    person_item,
    statistic_item,
)
from chronicle.ingest.extraction.signature import PARLIAMENTARY, SignatureLine, find_signature_blocks
from chronicle.ingest.extraction.statistics import Statistic, find_statistics
from chronicle.ingest.extraction.text import Sentence, SpanSet, rx, split_sentences

CYRILLIC_LANGUAGES = ("ru", "kk")
# Counts of reports rather than of people: the happenings they sum up are statistics, not events.
_AGGREGATE = regex.compile(
    r"(?:\w+\s+){0,2}?(?:complaints?|cases?|reports?|incidents?|allegations?|жалоб|случа|дел|сообщени|обращени)",
    regex.IGNORECASE,
)


def extract(text: str, *, published: date | None = None, language: str = "auto") -> dict[str, Any]:
    """Persons, organisations, statistics, events and letters of a text (pure and deterministic)."""
    if language in ("auto", "", None):
        from chronicle.ingest.reading.language import detect_language

        language = detect_language(text)
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = _without(text, [(m.start(), m.end()) for m in _BOILERPLATE.finditer(text)])
    sentences = split_sentences(text)
    reference, dates = resolve_dates(text, published)
    persons, orgs = _entities(text, language)
    blocks = find_signature_blocks(text)
    persons = _outside_cells(persons, SpanSet([cell for block in blocks for cell in block.other_cells]))
    listed = _listed_persons(persons, [line for block in blocks for line in block.lines])
    country = main_country(_without(text, [(b.start, b.end) for b in blocks]))
    # 'Dear President Tokayev, … the activist X': no country named, the head of state addressed tells it
    country = country or next((found for p in persons if (found := known_official(p))), None)
    names = SpanSet([(m.start, m.end) for p in persons for m in p.mentions])
    cues = CueIndex(text, sentences, dates)
    facts = {id(p): describe_person(text, sentences, p, country, names, cues) for p in persons}
    parliamentary_text = cues.parliament or bool(PARLIAMENTARY.search(text))
    _apply_listing(listed, facts, parliamentary_text, cues.parliament_country)
    _share_party(text, persons, facts)
    orgs += _group_organizations(orgs, facts.values())
    mark_extremist(text, sentences, orgs)
    places = find_places(text, country)
    statistics = find_statistics(text, sentences, dates, places, reference, country)
    candidates = _signatory_candidates(persons, facts)
    org_lines = organisation_lines(text)
    complete_signing_organisations(text, org_lines, orgs, names)
    groups = {fact.group for fact in facts.values() if fact.group}
    signing = _listed_signatories(listed, facts) + organisation_signatories(
        text, sentences, org_lines, orgs, names, groups
    )
    letters = find_letters(text, sentences, candidates, dates, signing, blocks, today=reference)
    if parliamentary_text:
        _members_sign(text, letters, persons, facts, cues.parliament_country)
    else:  # a motion's or a resolution's sponsors are members of the house it is tabled in
        tabled = [letter for letter in letters if letter.kind in ("motion", "resolution")]
        if tabled:
            _members_sign(text, tabled, persons, facts, parliament_country(text))
    _experts_are_officials(text, sentences, letters, persons, facts)
    _own_countries(letters, persons, facts, country)
    statistics = _date_authors(statistics, letters, reference)
    signers = {s.name for letter in letters for s in letter.signatories}
    counts = SpanSet([(s.start, s.end) for s in statistics if s.quantity and _AGGREGATE.match(s.what)])
    events = find_events(sentences, _person_spans(text, persons, facts, signers), dates, places, counts, text)
    return {
        "language": language,
        "text_sha256": sha256,
        "persons": [person_item(p, facts[id(p)]) for p in persons],
        "organizations": [organization_item(o) for o in orgs],
        "statistics": [statistic_item(s) for s in statistics],
        "events": [event_item(e) for e in events] + [_letter_event(letter) for letter in letters],
        "letters": [letter_item(letter) for letter in letters],
    }


# Links to other articles and calls to subscribe at a page's foot ('Read more: …', 'Читайте также:' and the
# arrow or bullet lines under it): blanked, offsets kept, so they give no persons, counts or events.
_BOILERPLATE = regex.compile(
    r"(?im)^[ \t]*(?:read (?:more|also)|see also|related(?: articles?| stories| reading)?|more on this|"
    r"читайте также|смотрите также|читайте по теме|подписывайтесь|subscribe to|follow us)\b[^\n]*"
    r"(?:\n[ \t]*(?:→|->|•|▪|–|—|-)[^\n]*)*"
)


def resolve_dates(text: str, published: date | None) -> tuple[date | None, list[DateMention]]:
    """Date expressions and the reference date: the publication date, else the latest date stated."""
    if published is not None:
        return published, find_dates(text, published)
    undated = find_dates(text, None)
    explicit = latest_date(undated)
    if explicit is None:
        return None, undated
    # Months written without a year belong to the year of the latest explicit date.
    provisional = find_dates(text, date(explicit.year, 12, 31))
    reference = latest_date(provisional) or explicit
    return reference, find_dates(text, reference)


def _entities(text: str, language: str) -> tuple[list[PersonEntity], list[Organization]]:
    """Persons (Latin script always, Cyrillic with natasha) and organisations, persons inside orgs dropped."""
    persons = [p for p in find_persons_latin(text) if not _has_cyrillic(p.name)]
    ner_orgs: list[Mention] = []
    if language in CYRILLIC_LANGUAGES or _has_cyrillic(text[:5000]):
        from chronicle.ingest.extraction.russian import find_persons_russian, ner_spans

        spans = ner_spans(text)
        persons += find_persons_russian(text, spans)
        ner_orgs = [extend_russian_court(text, Mention(s.start, s.end, s.text)) for s in spans if s.kind == "ORG"]
        taken = SpanSet([(m.start, m.end) for m in ner_orgs])
        ner_orgs += [m for m in russian_courts(text) if not taken.overlaps(m.start, m.end)]
    person_spans = SpanSet([(m.start, m.end) for p in persons for m in p.mentions])
    orgs = find_organizations(text, ner_orgs, person_spans)
    org_spans = SpanSet([(m.start, m.end) for o in orgs for m in o.mentions])
    persons = [p for p in persons if not all(org_spans.overlaps(m.start, m.end) for m in p.mentions)]
    return sorted(persons, key=lambda p: p.first), orgs


def _has_cyrillic(value: str) -> bool:
    """Whether the string holds Cyrillic letters."""
    return rx(r"\p{Cyrillic}").search(value) is not None


_US_PARTY_ADJECTIVES = {"democratic", "republican", "independent", "democrat", "d", "r", "i"}  # 'D' of '(D-Ore.)' too


def _named_already(group: str, orgs: list[Organization]) -> Organization | None:
    """The organisation found under another name of the same political group, if any."""
    canonical = gazetteer.groups().get(group)
    if canonical is None:
        return None
    forms = {form for form, name in gazetteer.groups().items() if name == canonical}
    return next((o for o in orgs if o.name in forms or forms & set(o.aliases)), None)


def _group_organizations(orgs: list[Organization], facts: Any) -> list[Organization]:
    """European Parliament / PACE groups and the parties given for parliamentarians, as organisations
    (a fragment found inside a party's name, 'Alliance 90' of 'Alliance 90/The Greens', gives way)."""
    known = {o.name for o in orgs} | {a for o in orgs for a in o.aliases}
    added: list[Organization] = []
    for fact in facts:
        group = fact.group
        if not group or group in known or fact.role != "parliamentarian" or group.lower() in _US_PARTY_ADJECTIVES:
            continue  # 'Democratic' (a member of Congress's party, as an adjective) names no organisation
        known.add(group)
        named = _named_already(group, orgs + added)
        if named is not None:  # 'ALDE' beside 'ALDE: Alliance of Liberals and Democrats for Europe'
            named.aliases.append(group)
            named.kind = "parliament_group"
            continue
        added.append(Organization(group, "parliament_group" if group in gazetteer.groups() else "party"))
        orgs[:] = [o for o in orgs if not (group.startswith(o.name + "/") or group.startswith(o.name + " /"))]
    return added


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans blanked (same length), so signature blocks do not count as topic."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _outside_cells(persons: list[PersonEntity], cells: SpanSet) -> list[PersonEntity]:
    """The persons named anywhere but in a signatories' table's constituency, party or country cells."""
    return [p for p in persons if not all(cells.overlaps(m.start, m.end) for m in p.mentions)]


def _listed_persons(
    persons: list[PersonEntity], lines: list[SignatureLine]
) -> list[tuple[PersonEntity, SignatureLine]]:
    """The person of each signature line; a name the person finders missed becomes a new person."""
    listed = []
    for line in lines:
        owner = next(
            (p for p in persons for m in p.mentions if m.start < line.end and line.start < m.end),
            None,
        )
        if owner is not None and owner.name != line.name and owner.name in line.name:
            owner.name = line.name  # 'ORTEGA BLANCO Inés': the line holds the whole name the finder cut
        if owner is None:
            owner = next((p for p in persons if p.name == line.name), None)
        if owner is None:
            owner = PersonEntity(line.name, [Mention(line.start, line.end, line.name)])
            persons.append(owner)
        listed.append((owner, line))
    persons.sort(key=lambda p: p.first)
    return listed


def _apply_listing(
    listed: list[tuple[PersonEntity, SignatureLine]],
    facts: dict[int, PersonFacts],
    parliament: bool,
    parliament_country: str | None,
) -> None:
    """A signature line's country and group outweigh the cues near the name; a group or an office
    (or a country or party in a text about parliamentarians) makes the signatory a parliamentarian,
    whose country is the parliament's when the line gives none. A party-like affiliation of anyone
    else ('Name — Committee X, Almaty') is no political group."""
    for person, line in listed:
        fact = facts[id(person)]
        known_group = line.group in gazetteer.groups()
        if line.official:
            fact.role, fact.status = "official", None
        elif (
            line.parliamentary
            or is_us_member(line.country, line.group)
            or (
                (line.country or line.group) and (parliament or parliament_country) and fact.role in ("other", "victim")
            )
        ):
            fact.role, fact.status = "parliamentarian", None
        fact.country = line.country or fact.country
        if fact.role == "parliamentarian" and fact.country is None:
            fact.country = parliament_country
        if known_group or (line.group and fact.role == "parliamentarian"):
            fact.group = line.group
        elif fact.role != "parliamentarian" and fact.group not in gazetteer.groups() and not parliament:
            fact.group = None  # (in a text about MPs the signers' parties stay: they are members too)


# 'Her party colleagues Petri Laaksonen and Marja Heikkilä': the party of the person named before.
_COLLEAGUES_BEFORE = regex.compile(
    r"(?:party colleagues?|colleagues? from the (?:same )?party|однопартийц\w*|коллег\w* по (?:партии|фракции))"
    r"\s+(?:(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:and|и|,)\s+)?$",
    regex.IGNORECASE,
)


def _share_party(text: str, persons: list[PersonEntity], facts: dict[int, PersonFacts]) -> None:
    """A party colleague of the person named just before takes that person's group."""
    group: str | None = None
    for person in sorted(persons, key=lambda p: p.first):
        fact = facts[id(person)]
        first = min(m.start for m in person.mentions)
        if fact.group is None and group and _COLLEAGUES_BEFORE.search(text[max(0, first - 90) : first]):
            fact.group = group
        group = fact.group or group


# What a signer is said to be on the signer's own line that no member of a parliament is called there.
_OTHER_CALLINGS = ("journalist", "lawyer", "human_rights_defender")


def _calling_on_line(text: str, signatory: Signatory) -> bool:
    """Whether the signatory's own line, after the name, calls the signer a journalist, lawyer or defender."""
    line_end = text.find("\n", signatory.end)
    rest = text[signatory.end : line_end if line_end >= 0 else len(text)]
    if not rest.strip() or len(rest) > 120:
        return False
    return any(
        label in _OTHER_CALLINGS and pattern.search(rest) for label, pattern in gazetteer.section_patterns("roles")
    )


def _members_sign(
    text: str, letters: list[Any], persons: list[PersonEntity], facts: dict[int, PersonFacts], country: str | None
) -> None:
    """In a text about members of a parliament, the people who sign its letter are members too: the
    parliament's country unless their own is given, their group as found."""
    by_name = {p.name: p for p in persons}
    authors_group = _authors_group(text)
    for letter in letters:
        for signatory in letter.signatories:
            person = by_name.get(signatory.name)
            if person is None or signatory.official or facts[id(person)].role == "official":
                continue
            fact = facts[id(person)]
            if _calling_on_line(text, signatory):
                continue  # 'Бауыржан Кенесов, журналист, Алматы' under the members: a journalist who signed too
            if fact.country_assumed:  # a signer taken for a victim had the text's country, not the parliament's
                fact.country = None
            fact.role, fact.status = "parliamentarian", None
            fact.country = fact.country if fact.country and signatory.parliamentarian else (fact.country or country)
            signatory.country = signatory.country or fact.country
            signatory.group = signatory.group or fact.group or authors_group
            fact.group = fact.group or signatory.group
            signatory.parliamentarian = True


# 'Депутаты бундестага от фракции ХДС/ХСС направили запрос', 'members of the CDU/CSU parliamentary group':
# the one faction the authors are told to belong to, for signers whose own line gives none.
_AUTHORS_FACTION = regex.compile(
    r"(?i:депутат\w*|член\w*|евродепутат\w*)(?:\s+\w+){0,2}?\s+(?:от|из)\s+фракци\w+\s+"
    r"(?P<group>«[^«»\n]{2,40}»|\p{Lu}[\p{Lu}/-]{1,12}(?![\w]))"
    r"|(?i:members)\s+of\s+the\s+(?P<group>\p{Lu}[\p{L}/&-]{1,15})\s+(?:parliamentary\s+group|faction|group)"
)


def _authors_group(text: str) -> str | None:
    """The faction of a text's authors when it names one and only one."""
    found = {match.group("group").strip("«»") for match in _AUTHORS_FACTION.finditer(text)}
    return found.pop() if len(found) == 1 else None


_AUTHORS_COUNTED = regex.compile(
    r"(?i:MEPs?|MPs?|members?|parliamentarians?|lawmakers?|legislators?|senators?|representatives?|deputies|peers|"
    r"signator\w*|депутат\w*|евродепутат\w*|парламентари\w*|член\w*|подписант\w*)"
)


def _date_authors(statistics: list[Statistic], letters: list[Any], reference: date | None) -> list[Statistic]:
    """'Four MEPs tabled a written question last Tuesday': a count of a lone letter's authors is as of the
    letter's day, not the day of the news about it."""
    dated = [letter for letter in letters if letter.date and len(letter.date) == 10]
    if len(dated) != 1 or reference is None:
        return statistics
    result = []
    for statistic in statistics:
        told_now = statistic.period_end == reference.isoformat() and statistic.period_start in (
            None,
            statistic.period_end,
        )
        if told_now and statistic.tier == "aux" and _AUTHORS_COUNTED.search(statistic.what):
            start = dated[0].date if statistic.period_start else None
            statistic = replace(statistic, period_start=start, period_end=dated[0].date)
        result.append(statistic)
    return result


def _listed_signatories(
    listed: list[tuple[PersonEntity, SignatureLine]], facts: dict[int, PersonFacts]
) -> list[Signatory]:
    """Signatories of the signature blocks, named as their persons."""
    found = []
    for person, line in listed:
        fact = facts[id(person)]
        country = fact.country if fact.role == "parliamentarian" else line.country
        found.append(Signatory(person.name, country, fact.group, line.start, line.end, False, True))
    return found


def _signatory_candidates(persons: list[PersonEntity], facts: dict[int, PersonFacts]) -> list[Signatory]:
    """Persons who may sign a letter, with the country and group near the name (officials only where
    named right after 'signed by')."""
    candidates = []
    for person in persons:
        fact = facts[id(person)]
        if fact.status == "deceased":
            continue  # 'the statement calls for an investigation into the death of blogger X': its subject
        official = fact.role == "official"
        country = fact.country if fact.role == "parliamentarian" else None
        group = None if official else fact.group
        for mention in sorted(person.mentions, key=lambda m: m.start):
            candidates.append(
                Signatory(
                    person.name, country, group, mention.start, mention.end, official, fact.role == "parliamentarian"
                )
            )
    return candidates


_EXPERT_WORD = regex.compile(r"expert|эксперт", regex.IGNORECASE)


def _experts_are_officials(
    text: str, sentences: list[Sentence], letters: list[Any], persons: list[PersonEntity], facts: dict[int, PersonFacts]
) -> None:
    """The signers named in a list of UN experts are officials, whatever the text says happened around them
    (a Working Group's members are listed with no title of their own)."""
    if not any(letter.signatories for letter in letters) or not _EXPERT_WORD.search(text):
        return
    experts = experts_passages(text, sentences)
    by_name = {person.name: facts[id(person)] for person in persons}
    for letter in letters:
        for signatory in letter.signatories:
            fact = by_name.get(signatory.name)
            if fact is not None and experts.overlaps(signatory.start, signatory.end):
                fact.role, fact.status = "official", None
                signatory.official = True


def _own_countries(
    letters: list[Letter], persons: list[PersonEntity], facts: dict[int, PersonFacts], country: str | None
) -> None:
    """A signatory who is no member of a parliament nor an official (a defender, a lawyer, an opposition
    leader) signs from the country where the person is persecuted or works: the person's, else the text's."""
    by_name = {person.name: facts[id(person)] for person in persons}
    for letter in letters:
        # (a list that gives some organisations' countries, 'Baltic Helsinki Group (Lithuania)', leaves the
        # others' unknown; a list that gives none signs from the text's country)
        listed = any(s.organisation and s.country for s in letter.signatories)
        for signatory in letter.signatories:
            fact = by_name.get(signatory.name)
            if signatory.country is None and fact and fact.role not in ("parliamentarian", "official"):
                signatory.country = fact.country or country
            elif signatory.country is None and signatory.organisation:
                # ('Norwegian Helsinki Committee': the country its name says)
                signatory.country = main_country(signatory.name) or (None if listed else country)


def _possessive(text: str, end: int) -> bool:
    """'Quvvatov’s cousin': the name only qualifies someone else."""
    return text[end : end + 2] in ("’s", "'s")


def _person_spans(
    text: str, persons: list[PersonEntity], facts: dict[int, PersonFacts], signers: set[str]
) -> list[PersonSpan]:
    """Every person mention, marked as a possible victim unless an official, MP or signatory."""
    spans = []
    for person in persons:
        role, status = facts[id(person)].role, facts[id(person)].status
        victim = role in PERSECUTED and person.name not in signers and (role != "lawyer" or status is not None)
        spans += [PersonSpan(m.start, m.end, person.name, victim, _possessive(text, m.end)) for m in person.mentions]
    return sorted(spans, key=lambda s: s.start)


def _letter_event(letter: Any) -> dict[str, Any]:
    """The sending of a letter as an event."""
    return {
        "type": "letter",
        "date": letter.date,
        "persons": [s.name for s in letter.signatories if not s.organisation],
        "place": None,
        "spans": [[letter.start, letter.end]],
    }


__all__ = ["Sentence", "extract", "resolve_dates"]
