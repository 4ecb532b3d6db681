"""Organisations that sign a letter: named on its signing lines ('Signed:' / 'Yours sincerely,' then one
organisation a line) or in the sentence that says they signed it ('The statement was signed by Freedom Now,
the Norwegian Helsinki Committee and …', 'Заявление подписали инициатива «Открытый суд», фонд …').

A joint statement's named signers are what a monitor records of it, people and organisations alike; an
organisation named only as a person's affiliation ('signed by Anna Berg of Freedom Now') is not one, nor a
state body, a court or an intergovernmental body the letter is sent to."""

from __future__ import annotations

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.letters import Signatory
from chronicle.ingest.extraction.mentions import Mention
from chronicle.ingest.extraction.organizations import Organization
from chronicle.ingest.extraction.signature import signing_lines
from chronicle.ingest.extraction.text import Sentence, SpanSet, sentence_at

# Kinds that write no joint letters of their own: whom letters go to, or what a signer belongs to.
_NOT_SIGNING = frozenset({"state_body", "court", "intergovernmental", "parliament_group", "party"})

# Signing words after which the signers are named ('signed by A, B and C', 'Заявление подписали A, B').
_SIGNED_BY = regex.compile(
    r"(?<![\w])(?:(?:co-?)?signed(?:,[^,.;]{0,30},)?\s+by|endorsed\s+by|"
    r"(?:co-?)?signatories\s+(?:include|included|are|were|also include)|"
    r"joint\s+(?:statement|letter|appeal|submission)\s+(?:issued\s+)?by|"
    r"подписал[аи]?|подписались(?:\s+под\s+ним)?|за\s+подписью|подписант\w*\s+(?:стали|стал|являются)|"
    r"(?:среди|в\s+числе)\s+подписант\w*)(?![\w])",
    regex.IGNORECASE,
)
# 'A, B and C signed the letter': the document right after the verb, the signers before it.
_DOCUMENT_AFTER = regex.compile(
    r"\s+(?:(?:the|a|an|this|that|their|its)\s+)?(?:joint\s+|open\s+|совместн\w+\s+|открыт\w+\s+)?"
    r"(?:letter|statement|appeal|petition|declaration|письм\w*|обращени\w*|заявлени\w*|петици\w*)(?![\w])",
    regex.IGNORECASE,
)
_SIGNED_VERB = regex.compile(r"(?<![\w])(?:(?:co-?)?signed|подписал[аи]?)(?![\w])", regex.IGNORECASE)
# Where a signing clause turns to whom or what the letter is about.
_CLAUSE_END = regex.compile(
    r"(?<![\w])(?:to|addressed|urging|calling|asking|demanding|which|that|who|in which|regarding|about|"
    r"в адрес|адресованн\w*|с призывом|с требованием|с просьбой|в котором|которое|которые|котором)(?![\w])",
    regex.IGNORECASE,
)
# An organisation right after a person's office or 'of' is that person's affiliation.
_AFFILIATION = regex.compile(
    r"(?:(?<![\w])(?:of|from|at|for|with|из|от)\s+(?:the\s+)?|"
    r"(?<![\w])(?:директор|руководител|координатор|сотрудни|представител|глав|председател|юрист|эксперт|"
    r"возглавля|основател|член|heads|leads|runs)"
    r"\w*\s+(?:[\p{L}-]+\s+){0,2})[«\"“]?$",
    regex.IGNORECASE,
)
# A signing line that may be an organisation's: its name, then where it works after a comma or in brackets.
SIGNING_LINE = regex.compile(
    r"[ \t]*(?:[-•*·–—▪]|\d{1,3}[.)])?[ \t]*(?P<name>[^\n]{3,120}?)(?:,[ \t]*(?P<city>[^,()\n]{2,40}?))?"
    r"(?:\s*\((?P<where>[^()\n]{2,40})\))?[ \t.;,]*"
)


class OrgLine:
    """A line of a signature list that may name an organisation: the name, where it starts, the country."""

    def __init__(self, line: regex.Match[str], under_heading: bool) -> None:
        city = line.group("city")
        country = _country(line.group("where")) or _country(city)
        # ('Фонд «Вердикт», Алматы' names a city; 'Coalition for Justice, Truth and Peace' does not)
        kept = line.end("name") if country or not city else line.end("city")
        self.name = line.string[line.start("name") : kept].rstrip(" \t.;,")
        self.start, self.end, self.country = line.start("name"), line.end(), country
        self.line_start = line.start()
        self.under_heading = under_heading


def organisation_lines(text: str) -> list[OrgLine]:
    """Lines of signature lists that may each name an organisation: under a signing line ('Подписали:',
    'Yours sincerely,') or under an 'Organisations:' heading anywhere, without headings and '… and 18 others'."""
    found: list[OrgLine] = []
    under_heading = False
    previous_end = 0
    for start, end in sorted(set(signing_lines(text)) | set(_heading_lines(text))):
        if "\n\n" in text[previous_end:start]:
            under_heading = False  # (a blank line ends the heading's list)
        previous_end = end
        line = SIGNING_LINE.fullmatch(text, start, end)
        if line is None or _OTHERS.match(line.group("name")):
            continue
        if _HEADING.fullmatch(text, start, end):
            under_heading = _ORGANISATIONS_HEADING.fullmatch(text, start, end) is not None
            continue
        found.append(OrgLine(line, under_heading))
    return found


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """The 'Organisations:' heading lines and the lines under each, up to a blank line."""
    found = []
    for heading in _ORGANISATIONS_LINE.finditer(text):
        found.append((heading.start(), heading.end()))
        for below in _LINE.finditer(text, heading.end() + 1):
            if not below.group().strip() or len(below.group()) > 160:
                break
            found.append((below.start(), below.end()))
    return found


_LINE = regex.compile(r"(?m)^[^\n]*$")


def complete_signing_organisations(text: str, lines: list[OrgLine], orgs: list[Organization], names: SpanSet) -> None:
    """Organisations listed one a line in a signature list (`organisation_lines`): the line is the organisation's
    whole name (without its city), also where the finders cut it short or missed it; under an 'Organisations:'
    heading every line is one."""
    starts = {m.start for o in orgs for m in o.mentions}
    for group in _groups(text, lines):
        listed = sum(1 for line in group if line.start in starts or _ORG_LINE.match(line.name))
        people = sum(1 for line in group if names.overlaps(line.start, line.start + 1))
        for line in group:
            # ('Signatories:' over six organisations and 'Justice for Minorities Europe': one of them)
            line.under_heading = line.under_heading or (listed >= 2 and people == 0)
            _complete_line(orgs, names, line)


def _groups(text: str, lines: list[OrgLine]) -> list[list[OrgLine]]:
    """The lines in runs without a blank line between them."""
    groups: list[list[OrgLine]] = []
    for line in lines:
        if groups and "\n\n" not in text[groups[-1][-1].end : line.line_start]:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _complete_line(orgs: list[Organization], names: SpanSet, line: OrgLine) -> None:
    """The organisation a signing line names, made whole or added."""
    found = [(o, m) for o in orgs for m in o.mentions if line.line_start <= m.start < line.end]
    leads = any(m.start == line.start and m.end - line.start > len(line.name) // 2 for _, m in found)
    if names.overlaps(line.start, line.end) and not (leads or line.under_heading):
        return  # a person's line
    whole = Mention(line.start, line.start + len(line.name), line.name)
    if not found:
        if line.under_heading or _ORG_LINE.match(line.name):
            orgs.append(Organization(line.name, _kind_of_line(line.name), [whole]))
        return
    org, mention = found[0]
    if org.kind == "state_body" and line.under_heading:
        org.kind = "ngo"  # ('Nordic Committee for Central Asia' signing beside NGOs: no state's committee)
    if org.kind in _NOT_SIGNING or line.name == org.name:
        return
    if line.name.rstrip("»").endswith(mention.text.rstrip("»")):
        org.aliases.append(org.name)  # 'Risk Foundation' cut from 'Advocates at Risk Foundation'
        org.name = line.name
        org.mentions[org.mentions.index(mention)] = whole
    elif line.name.startswith(org.name.rstrip("»")):
        org.aliases.append(org.name)  # 'Бюро по правам человека «Адолат' cut short by the finder
        org.name = line.name


_ORG_LINE = regex.compile(
    r"(?:[^\n]*«[^«»\n]+»|(?:Инициатив|Фонд|Центр|Ассоциаци|Бюро|Комитет|Союз|Движени|Объединени|Сеть|Коалици|"
    r"Правозащитн|Foundation|Centre|Center|Association|Committee|Initiative|Network|Coalition|Union|Movement)\w*)"
)
# A heading within a signature list: a short line ending in a colon, or the word for its kind of signers.
_HEADING = regex.compile(
    r"[ \t]*(?:[^\n,;]{3,40}:|(?i:organi[sz]ations?|individuals?|persons|experts?|public figures|parliamentarians|"
    r"организации|частные лица|физические лица|эксперты|общественные деятели|депутаты)(?:\s+\w+){0,2})[ \t]*"
)
# 'Organisations:', 'Signatory organisations', 'Организации-подписанты:' over one organisation a line.
_ORGANISATIONS = (
    r"(?i:(?:signatory\s+|signing\s+|member\s+)?organi[sz]ations?(?:\s+signatories)?|"
    r"организации(?:-подписанты)?|подписавшие организации)"
)
_ORGANISATIONS_HEADING = regex.compile(rf"[ \t]*{_ORGANISATIONS}:?[ \t]*")
_ORGANISATIONS_LINE = regex.compile(rf"(?m)^[ \t]*{_ORGANISATIONS}:?[ \t]*$")
# '… and 18 other organisations', 'и ещё 12 организаций'
_OTHERS = regex.compile(r"(?i:\.\.\.|…|and\s|и\s+(?:ещё|еще)\s|plus\s)")


def _kind_of_line(name: str) -> str:
    """The kind of an organisation named on a signing line, from its head word."""
    return "movement" if regex.match(r"(?i:движени|movement)", name) else "ngo"


def organisation_signatories(
    text: str,
    sentences: list[Sentence],
    lines: list[OrgLine],
    orgs: list[Organization],
    names: SpanSet,
    groups: set[str],
) -> list[Signatory]:
    """Each organisation that signs, at its first signing mention (on one of the `organisation_lines` or in a
    signing clause), with the country its line gives."""
    zones = _signing_clauses(text, sentences)
    found = []
    experts = [(m.end(), _end_of_line(text, m.end())) for m in _EXPERTS.finditer(text)]
    for org in orgs:
        if {org.name, *org.aliases} & groups:
            continue  # ('Андрюс Кубилюс (Союз Отечества)': a signer's party)
        if org.kind in _NOT_SIGNING:
            # ('The experts: A, Special Rapporteur on …; Working Group on Arbitrary Detention.')
            listed = org.kind == "intergovernmental" and any(
                _in_clause(experts, m.start) and not _affiliation(text, names, m.start) for m in org.mentions
            )
            first = org.mentions[0]
            found += [Signatory(org.name, None, None, first.start, first.end, organisation=True)] if listed else []
            continue
        for mention in org.mentions:
            line = next((ln for ln in lines if ln.start == mention.start), None)
            if line is not None and _OFFICE_LINE.match(line.name):
                break  # ('Member of Congress' under a signer's name: the office, no organisation)
            if line is not None:  # the organisation is the line ('Open Steppe Foundation (Kyrgyzstan)')
                found.append(Signatory(line.name, line.country, None, line.line_start, line.end, organisation=True))
                break
            if _in_clause(zones, mention.start) and not _affiliation(text, names, mention.start):
                found.append(Signatory(org.name, None, None, mention.start, mention.end, organisation=True))
                break
    return found


_OFFICE_LINE = regex.compile(
    r"(?i:(?:United States |U\.S\. )?(?:Member of (?:Congress|(?:the )?(?:European )?Parliament)|Senator|"
    r"Representative|Congress(?:wo)?man)|MEP|MP)(?![\w])"
)
# The list that ends a UN experts' release: the experts and the working groups that speak in it.
_EXPERTS = regex.compile(r"(?m)^[ \t]*(?:The\s+)?(?:UN\s+)?experts?\s*:|^[ \t]*Эксперты\s*:")


def _end_of_line(text: str, start: int) -> int:
    """Where the line holding the offset ends."""
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _affiliation(text: str, names: SpanSet, start: int) -> bool:
    """Whether the organisation is named as a person's ('Anna Berg of Freedom Now', 'Nigina Rahmonova, Coalition
    against Torture', 'Динара Тлеубаева, возглавляющая Казахстанское бюро')."""
    if _AFFILIATION.search(text, max(0, start - 40), start):
        return True
    window = text[max(0, start - 8) : start]
    before = start - (len(window) - len(window.rstrip(" \t,(—–-")))
    return before < start and names.overlaps(before - 1, before)


def _signing_clauses(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The stretches of sentences that name a letter's signers."""
    zones = []
    for match in _SIGNING_WORDS.finditer(text):
        sentence = sentences[sentence_at(sentences, match.start())]
        if _JOINT_BEFORE.fullmatch(match.group()) or (
            _SIGNED_VERB.fullmatch(match.group()) and _DOCUMENT_AFTER.match(text, match.end())
        ):
            zones.append((sentence.start, match.start()))  # 'A and B signed the statement'
            continue
        end = sentence.end
        stop = _CLAUSE_END.search(text, match.end(), end)
        zones.append((match.end(), stop.start() if stop else end))
    return zones


# '14 organisations, among them A and B, issued a joint statement', 'шесть организаций, в том числе A, в совместном
# заявлении призвали': the signers are named before.
_JOINT_BEFORE = regex.compile(
    r"(?:issued|released|published|signed|sent|made|adopted)\s+(?:a|an|the)\s+joint\s+(?:statement|letter|appeal)|"
    r"(?:wrote|have\s+written|has\s+written|had\s+written)\s+(?:a\s+(?:joint\s+)?letter\s+)?to|"
    r"в\s+совместном\s+(?:заявлении|обращении|письме)|"
    r"(?:выступили|обратились)\s+с\s+совместн\w+\s+(?:заявлением|обращением|письмом)|"
    r"(?:опубликовали|подписали|направили|распространили)\s+совместн\w+\s+(?:заявление|обращение|письмо)",
    regex.IGNORECASE,
)
_SIGNING_WORDS = regex.compile(
    rf"(?<![\w])(?:{_JOINT_BEFORE.pattern})(?![\w])|{_SIGNED_BY.pattern}|{_SIGNED_VERB.pattern}", regex.IGNORECASE
)


def _in_clause(zones: list[tuple[int, int]], offset: int) -> bool:
    """Whether the offset lies in a signing clause."""
    return any(start <= offset < end for start, end in zones)


def _country(where: str | None) -> str | None:
    """'Kyrgyzstan', 'Варшава': the country a signing line's bracket names, directly or by its city."""
    value = (where or "").strip(" .;")
    countries = gazetteer.countries()
    named = countries.pattern.fullmatch(value)
    if named is not None:
        return countries.label(named.group())
    places = gazetteer.places()
    place = places.pattern.fullmatch(value)
    label = places.label(place.group()) if place else None
    return gazetteer.place_country().get(label) if label else None
