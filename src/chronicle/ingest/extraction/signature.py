"""Signature blocks: the lines of signatories at a letter's foot, each read as name plus country/group.

A block opens with a signing line ('Signed by:', 'Signatories', 'Yours sincerely,', 'Подписали:',
'С уважением,') and runs over the name lines that follow, or is a run of two or more lines that each
hold a name with a country or group ('Name (Country; Group)', 'Name, Group, Country', 'Name – Group
(Country)', 'Name<TAB>Group<TAB>Country'). A line holding only a country or a group is a heading for
the names under it. A marker line may carry the list itself, items separated by semicolons.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.persons import ORG_TAILS
from chronicle.ingest.extraction.roles import (
    PARTY_WORD,
    country_of_code,
    parliament_country,
    split_group_code,
    us_congress_party,
)
from chronicle.ingest.extraction.signature_table import (
    COUNTRY,
    GROUP,
    NAME,
    OTHER,
    Cell,
    is_header,
    is_rule,
    row_cells,
    table_columns,
)
from chronicle.ingest.extraction.text import rx

_MARKER = regex.compile(
    r"[ \t]*(?:[\p{So}\p{Sk}\p{Cf}\uFE0F][ \t]*)*"  # ('✍️ Подписали:' in a Telegram post)
    r"\(?(?:(?:co-?)?authors?(?=\s*:)|(?:the\s+)?(?:(?:full|complete)\s+)?(?:list\s+of\s+)?(?:co-?)?signatories"
    r"(?:\s+(?:are|were|include))?|signed(?:\s+by)?|"
    r"co-signed(?:\s+by)?|(?:this|the) (?:letter|statement|appeal|question|communication|declaration|petition) "
    r"(?:is|was|has been) (?:signed|co-signed|endorsed|sent) by|"
    r"yours\s+(?:sincerely|faithfully|truly|respectfully)|(?:with\s+)?(?:kind|best|warm)\s+regards|sincerely(?:\s+yours)?|"
    r"respectfully(?:\s+yours)?|on\s+behalf\s+of\s+the\s+signatories|"
    # an Early Day Motion's or a bill's sponsors, listed under a heading of their own
    r"(?:primary\s+)?(?:co-?)?sponsors?(?=[ \t]*:?[ \t]*$)|"
    r"(?:письмо|обращение|заявление)?\s*подписали|подписавшие|список\s+подписавших|подписи|"
    # the people's part of a list signed by organisations and people ('Organisations: … Individuals: …')
    r"individuals|individual\s+signatories|(?:частные|физические)\s+лица|"
    r"с\s+уважением|искренне\s+ваш\w*)\b[ \t]*[:,.]?[ \t]*(?P<rest>[^\n]*)$",
    regex.IGNORECASE,
)
_BULLET = regex.compile(r"[ \t]*(?:[-•*·–—▪|]|\d{1,3}[.)])?[ \t]*")  # ('| Name | Country |': a pipe table row)
_PREFIX = (
    r"(?:(?:Rt\.?[ ])?Hon\.?[ ]+)?(?:(?:Mr|Ms|Mrs|Dr|Professor|Prof|Lord|Lady|Sir|Dame|Baroness|Baron|Senator|Sen|Rep|"
    r"MEP|MP|Hon|Abg\.?[ ]?z\.?[ ]?NR|Abg|Dep|Deputy)\.?[ ]+)?"
)
_WORD = (
    r"(?:Ma?c\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?(?:-\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.|"
    r"(?:\p{Lu}['’])?\p{Lu}{2,}(?:-\p{Lu}{2,})?)"
)
_SUFFIX = r"(?:MEP|MP|MdB|MdEP|MSP|TD|MLA|KC|QC)"  # 'Jens Uhlig MdB': a member's letters after the name
_PARTICLE = (
    r"(?:de|da|van|von|der|den|del|della|di|du|dos|das|la|le|ter|ten|af|zu|ap|ab|Ní|Ní|Ó|Ó|Nic|Uí|Mhic|Ua|Mac|bin|al|"
    r"фон|ван|де|дер|ди|ле|ла)"
)
_NAME = regex.compile(
    rf"{_PREFIX}(?P<name>{_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}(?!{_SUFFIX}(?![\w]))"  # (two spaces: a new cell)
    rf"{_WORD}){{1,4}})(?:[ ]+{_SUFFIX})?"
    r"(?=[ \t]*(?:$|[(,;:/\t|]|[ ]{2,}|[ ]+[–—-][ ]))"
)
# 'Baroness Okafor of Stoke Newington (Labour)': a peer's name is the title and the territorial designation.
_PEER = regex.compile(
    r"(?P<name>(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess|Earl|Countess)[ ]+\p{Lu}[\p{L}'’-]+[ ]+of[ ]+"
    r"\p{Lu}[\p{L}'’-]+(?:[ ]+\p{Lu}[\p{L}'’-]+){0,2})(?=[ \t]*(?:$|[(,;:/\t|]|[ ]{2,}|[ ]+[–—-][ ]))"
)
_SPLIT = regex.compile(r"[ \t]*(?:[;,()\t|]|[ ]{2,})[ \t]*")
_OFFICE = regex.compile(
    r"(?:member|members|MEP|MP|deputy|депутат|евродепутат|член|vice|chair|president|rapporteur)", regex.IGNORECASE
)
_UN_OFFICE = regex.compile(
    r"Special Rapporteur|Independent Expert|Working Group|High Commissioner|Special Representative|"
    r"Специальн\w+ докладчик\w*|Рабоч\w+ групп\w*|Верховн\w+ комиссар\w*"
)
PARLIAMENTARY = regex.compile(
    r"(?:MEP|MP|(?i:members? of (?:the )?(?:\w+ )?(?:parliament|bundestag|sejm|seimas|saeima|assembly|house))|"
    r"(?i:early day motion)|"  # (a motion's sponsors are members of the House)
    r"(?i:депутат|евродепутат|член\w* (?:\w+ )?(?:парламент|сейм|бундестаг|рийгикогу|саэйм|палат|сенат|мажилис|"
    r"верховн\w* рад|национальн\w* собрани)\w*))"
)


@dataclass(frozen=True)
class SignatureLine:
    """One signatory as listed: the name's offsets and the country and group on its line or heading."""

    name: str
    start: int
    end: int
    country: str | None
    group: str | None
    parliamentary: bool = False
    official: bool = False


@dataclass
class SignatureBlock:
    """A block of signatory lines; `marked` when a signing line opens it."""

    start: int
    end: int
    marked: bool
    lines: list[SignatureLine] = field(default_factory=list)
    # The cells of a table's other columns ('Dwyfor Meirionnydd' under 'Constituency'): no one's name.
    other_cells: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _group_forms() -> dict[str, str]:
    """Group spellings, compared case-sensitively, plus a few generic affixes removed."""
    return gazetteer.groups()


def _group_of(token: str) -> str | None:
    """A group as written when the token is a known spelling ('Renew Europe Group' -> 'Renew Europe')."""
    bare = token.strip(' «»"“”.')
    if bare.endswith(" peer") and bare[:-5] in ("Crossbench", "Conservative", "Labour", "Liberal Democrat"):
        return bare[:-5]  # 'Crossbench peer'
    for candidate in (bare, rx(r"^(?:the\s+)?(.+?)\s+(?:Group|group|фракция)$").sub(r"\1", bare)):
        if candidate in _group_forms():
            return candidate
    return None


def _country_of(token: str) -> str | None:
    """Country of a token that is a country name or demonym (English or Russian), also in capitals
    ('LITHUANIA' as a heading)."""
    lexicon = gazetteer.countries()
    bare = token.strip(' «»"“”.')
    if len(bare) == 2 and bare.isupper():
        return country_of_code(bare)  # '(Renew, NL)'
    match = lexicon.pattern.fullmatch(bare)
    if match is None and len(bare) > 3 and bare.isupper():
        match = lexicon.pattern.fullmatch(bare.title())
    return lexicon.label(match.group()) if match else None


_SPACED_DASH = regex.compile(r"[ \t]+[–—-][ \t]+")


def _tokens(rest: str) -> list[str]:
    """The trailer's cells; a cell joined by spaced dashes ('Germany — Greens/EFA') is split into its
    parts when every part is a country, a group or an office, so a party named with a dash stays whole."""
    tokens: list[str] = []
    for token in _SPLIT.split(split_group_code(rest)):
        parts = [part.strip(" \t–—-") for part in _SPACED_DASH.split(token)]
        known = len(parts) > 1 and (
            all(not part or _group_of(part) or _country_of(part) or _OFFICE.match(part) for part in parts)
            or (len(parts) == 2 and bool(_country_of(parts[-1])) and _is_party(parts[0]))  # 'NEOS – Austria'
            or (len(parts) == 2 and bool(_country_of(parts[0])) and _is_party(parts[1]))  # 'Sweden – Centre Group'
        )
        tokens += parts if known else [token]
    return tokens


def trailer_only(line: str) -> tuple[str | None, str | None] | None:
    """(country, group) of a line that holds nothing but a country, a group and offices
    ("European People's Party, Slovakia", 'Member of the European Parliament (Renew, France)'); else None."""
    country = group = party = None
    office = False
    for token in _tokens(line):
        token = token.strip(" \t–—-.")
        if not token:
            continue
        found_group, found_country = _group_of(token), _country_of(token)
        if found_group or found_country:
            group, country = group or found_group, country or found_country
        elif _OFFICE.match(token) or PARLIAMENTARY.fullmatch(token):
            office = True
        elif party is None and _is_party(token) and not _ANOTHER_NAME.search(token):
            party = token  # 'Labour, Member of Parliament for Hexford South': a party beside the office
        else:
            return None
    group = group or (party if office else None)
    return (country, group) if country or group else None


# A lower-case phrase ending in two capitalised words: the next person of a list in prose.
_ANOTHER_NAME = regex.compile(r"^\p{Ll}[^()«»]*\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$")


def parse_trailer(rest: str) -> tuple[str | None, str | None, bool]:
    """Country, group (or party) and whether an office is named, from what follows a name."""
    country = group = party = None
    office = False
    rest = _REGION_OF_COUNTRY.sub(lambda m: m.group("country") if _country_of(m.group("country")) else m.group(), rest)
    bracketed = (us_congress_party(m.group(1)) for m in _BRACKETED.finditer(rest))
    us_member = next((found for found in bracketed if found), None)
    if us_member:  # ', Member of Congress (Democrat, Massachusetts)': split at the comma, neither half tells
        country, group = us_member
    for token in _tokens(rest):
        token = PARTY_WORD.sub("", token.strip(" \t–—-"))  # 'фракция «Союз Отечества …»'
        if not token:
            continue
        if _ANOTHER_NAME.search(token) and not _OFFICE.match(token):
            break  # ', представитель Польши Роберт Бедронь («…»)': the rest is another person's
        us_member = us_congress_party(token)
        if us_member and group is None:
            country, group = country or us_member[0], us_member[1]
            continue
        found_group = _group_of(token)
        if found_group and group is None:
            group = found_group
            continue
        found_country = _country_of(token)
        if found_country:
            country = country or found_country
            continue
        if _US_OFFICE.fullmatch(token):  # 'James P. McGovern\nMember of Congress' under a US letter
            office, country = True, country or "United States"
            continue
        if _OFFICE.match(token) or _parliament_of(token):  # 'член Сейма Литовской Республики', 'Riksdag'
            office = True
            country = country or _parliament_of(token)
        elif _NOT_A_PARTY.search(token) and _is_party(token):
            office = True  # '| Chamber of Deputies |', 'House of Commons': the chamber, not the party
        elif party is None and (movement := _MOVEMENT_OF.search(token)):
            party = movement.group("name")  # 'координатор правозащитного движения «Сана»': the movement
        elif party is None and _is_party(token):
            inner = token[1:-1]
            quoted = token[:1] in '«"“' and token[-1:] in '»"”' and not any(c in inner for c in '«»"“”')
            party = inner if quoted else token
    return country, group or party, office


_BRACKETED = regex.compile(r"\(([^()\n]{3,40})\)")
_US_OFFICE = regex.compile(
    r"(?i:Member of Congress|(?:United States|U\.S\.) (?:Senator|Representative)|Congress(?:wo)?man)"
)
_MOVEMENT_OF = regex.compile(r"(?i:движени\w*|парти\w*|movement|party)\s+[«\"“](?P<name>[^«»\"“”\n]{2,60})[»\"”]")
# 'Finland (Åland) – Centre Group': a region in parentheses after its country is no party.
_REGION_OF_COUNTRY = regex.compile(r"(?P<country>\p{Lu}\p{L}+)[ \t]*\(\p{Lu}\p{L}+\)")


def _parliament_of(office: str) -> str | None:
    """The country of the parliament an office names ('депутат Сейма Республики Польша', 'член Сейма
    Литовской Республики', 'Member of the Seimas'); only in a short cell, not across a sentence."""
    if len(office.split()) > 7 or rx(r"[.!?]\s").search(office) or not _PARLIAMENT_HEADING.search(office):
        return None
    found = parliament_country(office) or None
    for written in (office, office.lower()):  # 'Сейма Латвии'; 'Сейма Литовской Республики' (an adjective)
        if found is None and (match := gazetteer.countries().pattern.search(written)):
            found = gazetteer.countries().label(match.group())
    return found


def _is_party(token: str) -> bool:
    """A short capitalised segment that could be a national party ('Homeland Union', 'SPD'), not a job."""
    bare = token.lstrip('«"“')
    words = token.split()
    # ('Польша 2050' is a party; 'March 2024' or '2024' a date)
    dated = rx(r"\d{4}").search(token) is not None and (len(words) == 1 or _MONTH_WORD.search(token) is not None)
    return (
        1 <= len(words) <= 6
        and bare[:1].isupper()
        and not rx(r"^\W*\d").search(token)
        and not dated
        and not _JOB.match(bare)
        and gazetteer.places().pattern.fullmatch(bare) is None  # ('Анна Б., писатель, Каракол': a town)
    )


_MONTH_WORD = regex.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|"
    r"октябр|ноябр|декабр)"
)


_JOB = regex.compile(
    r"(?:Director|Head|Chair|Coordinator|Executive|Founder|Secretary|Professor|Senior|Researcher|Journalist|"
    r"Lawyer|Activist|Editor|Advocate|Manager|Officer|Adviser|Advisor|Spokes|Директор|Руководител|Председател|"
    r"(?:United States |U\.S\. )?(?:Senator|Representative|Member of Congress|Congress(?:wo)?man)|"
    r"Координатор|Журналист|Адвокат|Юрист|Редактор)",
)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of the text."""
    found, offset = [], 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


_COLUMN_GAP = regex.compile(r"[ ]{3,}|\t+")


def _segments(offset: int, line: str) -> list[tuple[int, str]]:
    """The parts of a line between gaps of three or more spaces, with their offsets."""
    found, start = [], 0
    for gap in _COLUMN_GAP.finditer(line):
        if line[start : gap.start()].strip():
            found.append((offset + start, line[start : gap.start()]))
        start = gap.end()
    if line[start:].strip():
        found.append((offset + start, line[start:]))
    return found


def _column_major(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Signatures printed in two or more columns ('Deutscher Bundestag      Assemblée nationale', then
    'Dr. Markus Brandl (CDU/CSU)      Claire Duvivier (Renaissance)'), read column by column, so that each
    column's heading stays over its own names. Only rows whose every part is a name or a heading count."""
    result: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        run: list[list[tuple[int, str]]] = []
        while index + len(run) < len(lines):
            parts = _segments(*lines[index + len(run)])
            if len(parts) < 2 or (run and len(parts) != len(run[0])) or not all(_column_cell(p) for _, p in parts):
                break
            run.append(parts)
        if len(run) >= 2 and sum(all(_name_line(0, p) for _, p in parts) for parts in run) >= 2:
            result += [parts[column] for column in range(len(run[0])) for parts in run]
            index += len(run)
            continue
        stanza = _name_stanza(lines, index)
        if stanza:
            result += stanza[0]
            index = stanza[1]
            continue
        result.append(lines[index])
        index += 1
    return result


def _name_stanza(lines: list[tuple[int, str]], index: int) -> tuple[list[tuple[int, str]], int] | None:
    """A row of names side by side with the lines under them up to a blank line ('Markéta Dvořáková      Jan
    Hořejší', then 'Member of the Chamber of Deputies (ODS)      Member of … (Pirates)'), read column by column;
    a part goes to the column it starts under (a column may have a line the other lacks)."""
    offset, line = lines[index]
    heads = _segments(offset, line)
    if len(heads) < 2 or not all(_name_line(0, part) for _, part in heads):
        return None
    starts = [start - offset for start, _ in heads]
    columns: list[list[tuple[int, str]]] = [[head] for head in heads]
    end = index + 1
    while end < len(lines) and lines[end][1].strip() and end - index <= 4:
        row_offset, row = lines[end]
        for start, part in _segments(row_offset, row):
            column = max((j for j, first in enumerate(starts) if start - row_offset >= first - 2), default=0)
            columns[column].append((start, part))
        end += 1
    if end - index < 2:
        return None  # (names side by side with nothing under them are the two-column rows above)
    return [part for column in columns for part in column], end


def _column_cell(part: str) -> bool:
    """A part of a column row: a name line or a heading."""
    return _name_line(0, part) is not None or _heading(part) is not None


def _name_line(offset: int, line: str) -> tuple[SignatureLine, bool] | None:
    """A line starting with a name: the signatory and whether its trailer gave a country or group."""
    bullet = _BULLET.match(line)
    lead = bullet.end() if bullet else 0
    match = _PEER.match(line, lead) or _NAME.match(line, lead)
    if match is None:
        return _spaced_row(offset, line, lead)
    name = match.group("name")
    words = name.replace("-", " ").split()
    stops = _stop_words()
    peer = match.re is _PEER
    # ('Thomas A. Whitfield'; 'ADDITIONAL INFORMATION', a heading in capitals, by its words' usual case)
    capitals = all(w.isupper() for w in words)
    stopped = any(
        len(w.rstrip(".")) > 1 and (w.rstrip(".") in stops or (capitals and w.title() in stops)) for w in words
    )
    if not peer and (stopped or _country_of(name) or _group_of(name)):
        return _spaced_row(offset, line, lead)
    rest = line[match.end() :]
    if rest.strip() and not rx(r"[ \t]*(?:[(,;:/\t|]|[ ]{2,}|[ ]+[–—-][ ])").match(rest):
        return None
    if _PROSE.match(rest):
        return None  # 'Bekzod Rakhimov, 34, has worked as a freelance journalist for …': a paragraph about him
    country, group, office = parse_trailer(rest)
    start = offset + match.start("name")
    parliamentary = (group is not None and group in gazetteer.groups()) or bool(PARLIAMENTARY.search(line))
    official = bool(_UN_OFFICE.search(rest))
    entry = SignatureLine(name, start, start + len(name), country, group, parliamentary, official)
    return entry, bool(country or group or office)


def _spaced_row(offset: int, line: str, lead: int) -> tuple[SignatureLine, bool] | None:
    """'Maria Silva S&D Portugal': a table row whose cells lost their tabs, read as name + known cells."""
    tail = line.rstrip().rsplit(None, 1)[-1] if line.strip() else ""
    if tail not in _cell_tails() and not rx(r"\p{Cyrillic}").match(tail):
        return None  # the row must end with a known country or group
    words = list(rx(r"\S+").finditer(line, lead))
    if not 3 <= len(words) <= 12:
        return None
    for cut in range(2, min(6, len(words))):
        cells = _known_cells([w.group() for w in words[cut:]])
        if cells is None:
            continue
        name = line[words[0].start() : words[cut - 1].end()]
        parsed = _name_line(offset + words[0].start(), name)
        if parsed is None or parsed[0].name != name:
            return None
        country, group = cells
        start = offset + words[0].start()
        return SignatureLine(name, start, start + len(name), country, group, group in gazetteer.groups()), True
    return None


@lru_cache(maxsize=1)
def _cell_tails() -> frozenset[str]:
    """Last words of every country and group spelling: a table row ends with one of them."""
    forms = list(gazetteer.countries().exact) + list(gazetteer.groups())
    return frozenset(form.split()[-1] for form in forms if form.split())


def _known_cells(words: list[str]) -> tuple[str | None, str | None] | None:
    """(country, group) when the words are exactly a known group and/or a country, in either order."""
    for split in range(1, len(words) + 1):
        first, second = " ".join(words[:split]), " ".join(words[split:])
        if not second:
            group, country = _group_of(first), _country_of(first)
            return (country, group) if group or country else None
        if _group_of(first) and _country_of(second):
            return _country_of(second), _group_of(first)
        if _country_of(first) and _group_of(second):
            return _country_of(first), _group_of(second)
    return None


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Capitalised words that never belong to a signatory's name."""
    words = set(gazetteer.load("stopwords.json")["words"]) | set(gazetteer.groups()) | ORG_TAILS
    words |= {"Yours", "Dear", "Signed", "Sincerely", "Regards", "Name", "Country", "Group", "Subject", "Party"}
    return frozenset(words)


def _heading(line: str) -> tuple[str | None, str | None] | None:
    """A line holding only a country or a group (optionally with a colon or count): a heading."""
    bare = rx(
        r"[ \t]*[-•*·–—▪]?[ \t]*[\p{So}\p{Sk}\U0001F1E6-\U0001F1FF \t]*(?:(?i:on behalf of)[ \t]+(?:the[ \t]+)?)?"
        r"(.*?)[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$"
    ).match(line)  # ('On behalf of the EPP Group: A, B': the co-sponsors of a group in a European Parliament motion)
    value = bare.group(1) if bare else line.strip()
    if not value or len(value) > 90:
        return None
    named = _NAMED_WITH_ABBREVIATION.fullmatch(value)
    if named and _group_of(named.group("abbreviation")) and _name_line(0, value) is None:
        return None, named.group("abbreviation")  # 'Socialists, Democrats and Greens Group (SOC)', not 'Name (EPP)'
    if len(value) > 60:
        return None
    country, group = _country_of(value), _group_of(value)
    if country is None and group is None and _parliament_heading(value):
        country = parliament_country(value)  # 'German Bundestag', 'Sejm of the Republic of Poland'
        if country is None and (found := gazetteer.countries().pattern.search(value)):
            country = gazetteer.countries().label(found.group())
    return (country, group) if country or group else None


def _parliament_heading(value: str) -> bool:
    """'German Bundestag', 'Sejm of the Republic of Poland': a parliament's name alone on its line."""
    plain = "," not in value and len(value.split()) <= 8
    return plain and bool(_PARLIAMENT_HEADING.search(value))


_NAMED_WITH_ABBREVIATION = regex.compile(r"(?P<full>[^()]{3,80}?)\s*\((?P<abbreviation>[^()\s]{2,12})\)")
_PARLIAMENT_HEADING = regex.compile(
    r"(?i:parliament|bundestag|sejm|seimas|saeima|riigikogu|assembly|house of|congress|senate|riksdag|storting|"
    r"folketing|eduskunta|knesset|nationalrat|tweede kamer|oireachtas|verkhovna rada|mazhilis|assemblée|сейм|бундестаг|"
    r"парламент|саэйм|рийгикогу|риксдаг|стортинг|фолькетинг|кнессет|верховн\w* рад|мажилис)"
)


def signing_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the lines under a signing line that names nobody itself ('Подписали:' then the signers,
    people or organisations), up to a blank line after them or a line too long to be a signer."""
    lines = _lines(text)
    found: list[tuple[int, int]] = []
    for index, (_, line) in enumerate(lines):
        marker = _MARKER.fullmatch(line) if len(line) < 200 else None
        if marker is None or marker.group("rest").strip():
            continue
        for offset, below in lines[index + 1 : index + 60]:
            if not below.strip():
                if found and found[-1][0] > lines[index][0]:
                    break
                continue
            if len(below) > 160:
                break
            found.append((offset, offset + len(below)))
    return found


def find_signature_blocks(text: str) -> list[SignatureBlock]:
    """Every signature block of the text, in order."""
    lines = _column_major(_lines(text)) if "   " in text else _lines(text)
    blocks: list[SignatureBlock] = []
    index = 0
    while index < len(lines):
        line = lines[index][1]
        marker = _MARKER.fullmatch(line) if len(line) < 200 else None
        if marker is not None:
            marked, index = _marked_block(lines, index, marker)
            blocks += [marked] if marked.lines else []
            continue
        members = _MEMBERS_HEADING.fullmatch(line) if len(line) < 200 else None
        if members is not None:
            marked, index = _marked_block(lines, index, members)
            blocks += [_of_members(marked, line)] if marked.lines else []
            continue
        header = table_columns(line) if "|" in line or "\t" in line or "  " in line else None
        if header is not None and GROUP in header.roles:  # a table of members and their parties signs
            marked, index = _marked_block(lines, index, None)
            blocks += [marked] if marked.lines else []
            continue
        block, next_index = _unmarked_block(lines, index)
        if block is not None:
            blocks.append(block)
            index = next_index
            continue
        index += 1
    return blocks


# 'Депутаты Мажилиса Парламента Республики Казахстан, фракция партии «Ак жол»:', 'Members of the European
# Parliament:' over the names: who the names under it are, as a signing line says that they signed.
_MEMBERS_HEADING = regex.compile(
    r"[ \t]*(?:Депутаты|Члены|Народные депутаты|Members|MEPs|MPs|Deputies|Senators|Representatives)\b"
    r"[^\n:]{0,150}:[ \t]*(?P<rest>)$"
)
_FACTION = regex.compile(
    r"(?i:фракци\w*|faction|group)\s+(?:(?i:партии|of the|of)\s+)?[«\"“](?P<group>[^»\"”]{2,40})[»\"”]"
)


def _of_members(block: SignatureBlock, heading: str) -> SignatureBlock:
    """The names under a members' heading: parliamentarians, of the parliament's country and the
    faction it names, where their own lines say none."""
    country = parliament_country(heading)
    faction = _FACTION.search(heading)
    group = faction.group("group") if faction else None
    block.lines = [
        replace(line, country=line.country or country, group=line.group or group, parliamentary=True)
        for line in block.lines
    ]
    return block


_ITEM_SEPARATOR = regex.compile(r";|\s+and\s+|\s+и\s+")
_ITEM_OR_COMMA = regex.compile(r"[;,]|\s+and\s+|\s+и\s+")
_OPENING, _CLOSING = "(«“", ")»”"


def _split_outside_brackets(rest: str, *, with_commas: bool = False) -> list[str]:
    """The items of a list, split at separators outside parentheses and quotes
    ('Роберт Бедронь («Социалисты и демократы»)' is one item)."""
    pieces, start = [], 0
    for match in (_ITEM_OR_COMMA if with_commas else _ITEM_SEPARATOR).finditer(rest):
        before = rest[: match.start()]
        if sum(before.count(c) for c in _OPENING) <= sum(before.count(c) for c in _CLOSING):
            pieces.append(rest[start : match.start()])
            start = match.end()
    return [*pieces, rest[start:]]


def _inline_items(offset: int, rest: str) -> list[SignatureLine]:
    """'Signed: A (Germany, EPP); B (France, S&D)': items of a list written on the marker line."""
    items = []
    position = 0
    for piece in _split_outside_brackets(rest):
        at = rest.find(piece, position)
        position = at + len(piece)
        parsed = _name_line(offset + at, piece)
        if parsed is not None:
            items.append(parsed[0])
    return items


_HEADED = regex.compile(r"[ \t]*(?P<head>[^—–:\n]{2,90}?)[ \t]*(?:[—–]|:)[ \t]+(?P<rest>\S[^\n]*)")
_COMMA_OUTSIDE = regex.compile(r",")


def headed_line(offset: int, line: str) -> list[SignatureLine] | None:
    """'«Обновляя Европу» — Кристиан Вальдо (Франция), Лаура Йокубайтите (Литва);', 'EPP: A (Austria); B':
    a group or country, then the names under it on the same line; None unless every item is a name."""
    match = _HEADED.fullmatch(line.rstrip(" \t.;"))
    if match is None:
        return None
    heading = _heading(match.group("head"))
    if heading is None:
        return None
    rest, at = match.group("rest"), match.start("rest")
    for pieces in (_split_outside_brackets(rest, with_commas=True), _split_outside_brackets(rest)):
        items = _items(offset + at, rest, pieces)
        if items is not None:
            return [
                SignatureLine(
                    item.name,
                    item.start,
                    item.end,
                    item.country or heading[0],
                    item.group or heading[1],
                    item.parliamentary or (item.group or heading[1] or "") in gazetteer.groups(),
                    item.official,
                )
                for item in items
            ]
    return None


def _items(offset: int, rest: str, pieces: list[str]) -> list[SignatureLine] | None:
    """Each piece read as a name line; None when one is not a name."""
    items, position = [], 0
    for piece in pieces:
        at = rest.find(piece, position)
        position = at + len(piece)
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        parsed = _name_line(offset + at + lead, piece.strip().rstrip(".;"))
        if parsed is None:
            return None
        items.append(parsed[0])
    return items or None


# A name opening a paragraph of prose: its verb follows ('Bekzod Rakhimov, 34, has worked as …').
_PROSE = regex.compile(
    r"[ \t]*,?[ \t]*(?:\d{1,3},[ \t]*)?(?:who[ \t]+)?(?:has|have|had|is|was|were|will|said|says|told|became|"
    r"worked|works|lives|lived|spent|began|joined|founded|launched)(?![\w])"
)


def _marked_block(
    lines: list[tuple[int, str]], index: int, marker: regex.Match[str] | None
) -> tuple[SignatureBlock, int]:
    """The lines after a signing line (or a table header that names a party column): names (with or without
    trailers) under optional headings, or the rows of a table under its header."""
    offset, _ = lines[index]
    block = SignatureBlock(offset, offset + len(lines[index][1]), True)
    if marker is not None and marker.group("rest").strip():
        block.lines += _inline_items(offset + marker.start("rest"), marker.group("rest"))
    heading: tuple[str | None, str | None] = (None, None)
    columns = table_columns(lines[index][1]) if marker is None else None
    blank = other = 0
    since_name = 99  # lines since the last name line, a blank line between counting as many
    index += 1
    while index < len(lines):
        offset, line = lines[index]
        if not line.strip():
            blank += 1
            since_name = 99
            if blank > 1 and block.lines:
                break
            index += 1
            continue
        blank = 0
        if _COPIES.match(line):
            break  # 'cc: Mr Rik Daems, President of …': the copies' addressees are no signatories
        since_name += 1
        if columns is not None and is_rule(line):
            index += 1
            continue
        by_role = row_cells(offset, line, columns) if columns is not None else None
        if by_role is not None:  # a row of the table: its cells say what is what, nothing else is read into it
            row = _table_row(by_role, line, heading)
            block.other_cells += [(c.start, c.start + len(c.text)) for role, c in by_role.items() if role != NAME]
            if row is not None:
                block.lines.append(row)
                block.end, other, since_name = offset + len(line), 0, 0
            index += 1
            continue
        if (header := table_columns(line)) is not None:
            columns = header  # 'Name | Constituency / House | Party': what each column of the rows holds
            index += 1
            continue
        trailer = _trailer_under_name(block, lines, index, since_name)
        if trailer is not None:
            block.lines[-1] = trailer
            block.end, other = offset + len(line), 0
            index += 1
            continue
        headed = headed_line(offset, line)
        if headed:
            block.lines += headed
            block.end, other, since_name = offset + len(line), 0, 0
            index += 1
            continue
        found = _block_line(offset, line, heading)
        since_name = 0 if isinstance(found, SignatureLine) else since_name
        if found is None and (party := _party_heading(lines, index)):
            heading = (heading[0], party)
        elif isinstance(found, tuple):
            heading = found
        elif found is not None:
            block.lines.append(found)
            block.end, other = offset + len(line), 0
        elif is_header(line):
            pass
        elif len(line) > 120 or len(line.split()) > 14 or other >= 3:
            break
        else:
            other += 1  # 'Director, Freedom Now': an affiliation line under a name
        index += 1
    return block, index


def _table_row(by_role: dict[str, Cell], line: str, heading: tuple[str | None, str | None]) -> SignatureLine | None:
    """A row of a signatories' table: the name from its column, the party or group and the country from theirs
    (a chamber in another column may tell the country: 'House of Lords')."""
    name_cell = by_role[NAME]
    parsed = _name_line(name_cell.start, name_cell.text)
    if parsed is None:
        return None
    entry = parsed[0]
    group_cell, country_cell, other_cell = by_role.get(GROUP), by_role.get(COUNTRY), by_role.get(OTHER)
    group = entry.group or heading[1]
    if group_cell is not None and group_cell.text.strip("-–—/ ") and not _ABSENT.fullmatch(group_cell.text):
        group = _group_of(group_cell.text) or group_cell.text.strip('«»"“” ')
    country = _country_of(country_cell.text) if country_cell is not None else None
    country = country or (parliament_country(other_cell.text) if other_cell is not None else None)
    country = country or entry.country or heading[0]
    parliamentary = entry.parliamentary or bool(PARLIAMENTARY.search(line)) or group in gazetteer.groups()
    return SignatureLine(entry.name, entry.start, entry.end, country, group, parliamentary, entry.official)


_ABSENT = regex.compile(r"(?i:n/?a|none|нет)")


# 'cc: Mr Rik Daems', 'Contact: the secretariat … through Ms X': the people after these sign nothing.
_COPIES = regex.compile(
    r"[ \t]*(?:cc|c\.c\.|copy to|copies to|копи[яи]|к сведению|(?:press |media )?contacts?|для связи|контакты?)"
    r"\s*:",
    regex.IGNORECASE,
)


def _trailer_under_name(
    block: SignatureBlock, lines: list[tuple[int, str]], index: int, since_name: int
) -> SignatureLine | None:
    """The last signatory with the country and group of a line under it ('Tomas Novak' then
    "European People's Party, Slovakia", perhaps below an office line). A line naming one thing only
    is a heading when names follow it directly ('S&D' over the names of the group)."""
    if not block.lines or since_name > 2:
        return None
    last = block.lines[-1]
    line = lines[index][1]
    if last.country or last.group or line.rstrip().endswith(":") or _name_line(0, line) is not None:
        return None  # (a line that opens with a name is the next signatory)
    found = trailer_only(line)
    if found is None and _US_OFFICE.fullmatch(line.strip(" \t,.")):
        return SignatureLine(last.name, last.start, last.end, "United States", None, True, last.official)
    if found is None and (last.parliamentary or _LORDS_TITLE.match(last.name)):
        party = member_party(line)
        found = (None, party) if party else None
    if found is None:
        return None
    follows = lines[index + 1][1] if index + 1 < len(lines) else ""
    single = len([part for part in _tokens(line) if part.strip(" \t–—-.")]) == 1
    if single and follows.strip() and _name_line(0, follows) is not None:
        return None
    country, group = found
    parliamentary = last.parliamentary or (group is not None and group in gazetteer.groups())
    return SignatureLine(last.name, last.start, last.end, country, group, parliamentary, last.official)


# 'Baroness Okoro-Lindsay', 'Lord Brennan of Carrick': members of the House of Lords sign with their title.
_LORDS_TITLE = regex.compile(r"(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess|Earl|Countess)\s")
# What a line under a member's name can say beside the party: a spokesperson's brief, a seat, a chamber.
_PARTY_BRIEF = regex.compile(
    r"\s+(?:spokes(?:person|man|woman)|whip|leader|deputy leader|shadow|chair(?:man|woman)?|peer)\b.*$"
)
_NOT_A_PARTY = regex.compile(
    r"(?:Committee|Commission|Parliament|House|Assembly|Delegation|Council|Chamber|Senate|Group on|APPG|"
    r"Office|Ministry|University|Foundation|Campaign|Seimas|Sejm|Bundestag|Riksdag|Storting|Rada)(?![\w])",
)


def _party_heading(lines: list[tuple[int, str]], index: int) -> str | None:
    """A national party alone on its line over the names of its members ('СДПГ', '«Союз 90/Зеленые»',
    'Labour'), in a block a signing line opened: the group of the names under it."""
    value = lines[index][1].strip(" \t–—-.:")
    following = next((line for _, line in lines[index + 1 : index + 3] if line.strip()), "")
    if not following or _name_line(0, following) is None or _name_line(0, value) is not None:
        return None
    return value.strip('«»"“”') if member_party(value) == value else None


def member_party(line: str) -> str | None:
    """The party on a line under a member's name: 'Labour', 'Crossbench', 'Conservative, Wealden Vale'
    (party, seat), 'Liberal Democrat, House of Lords', 'Scottish National Party spokesperson for …'."""
    first = _PARTY_BRIEF.sub("", _SPLIT.split(line.strip(), maxsplit=1)[0]).strip(" \t–—-.")
    if not first or _OFFICE.match(first) or _NOT_A_PARTY.search(first) or _country_of(first):
        return None
    return first if _is_party(first) and len(first.split()) <= 4 else None


def _block_line(
    offset: int, line: str, heading: tuple[str | None, str | None]
) -> SignatureLine | tuple[str | None, str | None] | None:
    """A heading (returned as the new heading) or a name line (with the heading's country/group)."""
    found_heading = _heading(line)
    if found_heading is not None:
        country, group = found_heading
        return (country or heading[0], group or (heading[1] if country is None else None))
    parsed = _name_line(offset, line)
    if parsed is None:
        return None
    entry = parsed[0]
    group = entry.group or heading[1]
    parliamentary = entry.parliamentary or (group is not None and group in gazetteer.groups())
    country = entry.country or heading[0]
    return SignatureLine(entry.name, entry.start, entry.end, country, group, parliamentary, entry.official)


def _unmarked_block(lines: list[tuple[int, str]], index: int) -> tuple[SignatureBlock | None, int]:
    """Two or more consecutive lines (blank lines between allowed) each with a name and a country or group."""
    entries: list[SignatureLine] = []
    cursor = index
    while cursor < len(lines):
        offset, line = lines[cursor]
        if not line.strip():
            cursor += 1
            if cursor < len(lines) and not lines[cursor][1].strip():
                break
            continue
        headed = headed_line(offset, line) if len(line) < 300 else None
        if headed:
            entries += headed
            cursor += 1
            continue
        parsed = _name_line(offset, line) if len(line) < 200 else None
        if parsed is None or not parsed[1] or not (parsed[0].country or parsed[0].group):
            break
        entries.append(parsed[0])
        cursor += 1
    if len(entries) < 2:
        return None, index
    return SignatureBlock(entries[0].start, entries[-1].end, False, entries), cursor
