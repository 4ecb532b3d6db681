"""Named organisations: known names, capitalised names with a head noun, and names after a kind cue."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.facilities import find_facilities
from chronicle.ingest.extraction.literals import find_literals
from chronicle.ingest.extraction.mentions import Mention, name_key
from chronicle.ingest.extraction.numbers import EN_WORD
from chronicle.ingest.extraction.prefilter import Keyed, prefiltered
from chronicle.ingest.extraction.russian import nominative_org, oblique_phrases
from chronicle.ingest.extraction.text import Sentence, SpanSet, rx, sentence_at

CAP = r"(?:\p{Lu}[\p{L}\p{M}’'\-]*|\d+)"
CONNECTOR = r"(?:of|the|for|and|on|against|de|du|-|–|&)"
_RUN = regex.compile(rf"(?<![\w])(?:{CAP}(?:’s|'s)?)(?:[ ]+(?:{CONNECTOR}[ ]+)*{CAP}(?:’s|'s)?)*(?![\w])")
QUOTED = r"[«\"“‘'](?P<name>[^«»\"“”‘’\n]{2,80})[»\"”’']"
_CUE_QUALIFIERS = (
    "opposition ",
    "political ",
    "banned ",
    "unregistered ",
    "extremist ",
    "human rights ",
    "monitoring ",
    "civic ",
    "public ",
    "religious ",
)
_CUE_KINDS = (
    "party",
    "movement",
    "organisation",
    "organization",
    "group",
    "NGO",
    "foundation",
    "alliance",
    "association",
    "initiative",
    "centre",
    "center",
    "coalition",
    "union",
    "network",
    "channel",
    "newspaper",
    "outlet",
    "society",
    "council",
    "forum",
    "platform",
    "federation",
    "club",
    "clinic",
    "Clinic",
    "news site",
    "website",
    "site",
    "portal",
    "news agency",
    "magazine",
    "broadcaster",
)
# Tried only just before a kind word (found with `str.find`): every match holds one after its qualifier.
_CUE_EN = Keyed(
    regex.compile(
        rf"(?P<cue>(?:{'|'.join(_CUE_QUALIFIERS)})?(?:{'|'.join(_CUE_KINDS)}))"
        r"(?:,?\s+(?:called|named|known as))?,?\s+"
        r"(?:" + QUOTED + r"|(?P<bare>\p{Lu}[\p{L}\-]*(?:[ ]+(?:of[ ]+)?(?:\p{Lu}[\p{L}\-]*|\d+)){0,4}))"
    ),
    _CUE_KINDS,
    max(len(qualifier) for qualifier in _CUE_QUALIFIERS),
)
# 'Jana Dala, an unregistered opposition movement' / 'the Free Steppe movement': the kind word after the name.
_KIND_AFTER = r"(?:party|movement|organi[sz]ation|group|alliance|coalition|network|initiative|platform|union)"
_CUE_AFTER_EN = regex.compile(
    r"(?:(?<![\w])the[ ]+(?P<bare>\p{Lu}[\p{L}\-]*(?:[ ]+\p{Lu}[\p{L}\-]*){0,3})[ ]+(?P<cue>"
    + _KIND_AFTER
    + r")(?![\w]))|(?:(?<![\w])(?P<bare>\p{Lu}[\p{L}\-]*(?:[ ]+\p{Lu}[\p{L}\-]*){0,3}),[ ]+(?:an?|the)[ ]+"
    r"(?:[\w\-]+[ ]+){0,3}?(?P<cue>" + _KIND_AFTER + r")(?![\w]))"
)
_CUE_RU = regex.compile(
    r"(?P<cue>(?:парти|движени|центр|фонд|альянс|организаци|объединени|союз|коалици|инициатив|групп|ассоциаци|бюро|"
    r"комитет|партнерств|лиг[аиуе]|"
    r"телеканал|канал|издани|газет|сайт|проект|портал|агентств|журнал|клиник|радио|отдел|отделени)\w*"
    r"(?:\s+[а-яё]+){0,5})\s+" + QUOTED
)
_ACRONYM_AFTER = regex.compile(r"\s*\((?P<acronym>\p{Lu}[\p{Lu}/\-&]{1,9})\)")
KIND_OF_CUE = (
    ("party", r"^(?:opposition |political |banned )?party|^парти"),
    ("movement", r"movement|движени"),
    (
        "media",
        r"channel|newspaper|outlet|site|portal|agency|magazine|broadcaster|канал|издани|газет|сайт|портал|агентств|журнал|радио",
    ),
    (
        "ngo",
        r"human rights|правозащит|foundation|фонд|centre|center|центр|alliance|альянс|monitoring|NGO"
        r"|association|coalition|initiative|инициатив|network|clinic|клиник|ассоциаци|бюро|комитет|партнерств|лиг",
    ),
    ("state_body", r"^отдел"),  # 'отдел полиции «Арбат»'
    ("other", r"."),
)
_ROLE_WORDS = {
    "Member",
    "Members",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Head",
    "Leader",
    "President",
    "Minister",
    "Director",
    "Deputy",
    "Speaker",
    "Secretary",
    "Statement",
    "Report",
    "Letter",
    "Appeal",
    "Declaration",
    "Briefing",
    "Press",
    "Release",
    "News",
}
# Head nouns that alone are a generic reference ('Police had detained'), not a name.
GENERIC_HEADS = {
    "Police",
    "Court",
    "Government",
    "Ministry",
    "Office",
    "Service",
    "Committee",
    "Party",
    "Movement",
    "Agency",
    "Department",
    "Administration",
    "Commission",
    "Assembly",
    "Union",
    "Group",
    "Centre",
    "Center",
    "Foundation",
    "Fund",
    "Bureau",
    "Radio",
    "Television",
    "TV",
    "News",
    "Guard",
    "Front",
    "Parliament",
    "Clinic",
    "International",  # 'International bodies see it differently': an adjective opening a sentence
    "National",
}
GENERIC = {"СИЗО", "СИ", "ИВС", "ИК", "МВД"}


@dataclass
class Organization:
    """An organisation with its kind, mentions and other names."""

    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    designated_extremist: bool | None = None


def find_organizations(
    text: str, ner_orgs: list[Mention] | None = None, persons: SpanSet | None = None
) -> list[Organization]:
    """Every organisation named in the text, merged by name and alias."""
    found: list[Organization] = []
    found += _known(text)
    found += _cued(text)
    found += _headed(text, persons or SpanSet([]))
    found += _from_ner(ner_orgs or [])
    found += _eu_commission(text, found)
    found += [Organization(f.name, "state_body", [f.mention], list(f.aliases)) for f in find_facilities(text)]
    found += _embassies(text)
    found += _adjective_named(text)
    # ('Group 24 and of the Islamic Renaissance Party of Tajikistan': two names, each found on its own)
    found = [org for org in found if not _TWO_JOINED.search(org.name)]
    merged = _fold_short_forms(_merge(text, found))
    _add_repeats(text, merged)
    return merged


def _fold_short_forms(orgs: list[Organization]) -> list[Organization]:
    """'the Supreme Court' after 'the Supreme Court of the Russian Federation': the same body named
    short, where exactly one longer name of that kind begins with it."""
    kept: list[Organization] = []
    for org in orgs:
        longer = [
            other for other in orgs
            if other is not org and other.kind == org.kind and other.name.startswith(org.name + " ")
        ]  # fmt: skip
        if len(org.name.split()) >= 2 and len(longer) == 1:
            whole = longer[0]
            whole.mentions = sorted([*whole.mentions, *org.mentions], key=lambda m: m.start)
            whole.aliases += [a for a in [org.name, *org.aliases] if a not in whole.aliases and a != whole.name]
        else:
            kept.append(org)
    return kept


_THE_COMMISSION = regex.compile(r"(?<![\w])the Commission(?![\w]| of| on| for| to investigate)")
_EU_CONTEXT = {"European Parliament", "European Union", "European Commission"}


def _eu_commission(text: str, found: list[Organization]) -> list[Organization]:
    """'a written question to the Commission': in a text about EU bodies or MEPs, the European Commission."""
    canonical = {o.name for o in found} | {a for o in found for a in o.aliases}
    if not (canonical & _EU_CONTEXT or rx(r"(?<![\w])MEPs?(?![\w])").search(text)):
        return []
    return [
        Organization(
            "European Commission", "intergovernmental", [Mention(m.start() + 4, m.end(), "Commission")], ["Commission"]
        )
        for m in _THE_COMMISSION.finditer(text)
    ]


# 'Embassy of Uzbekistan in Stockholm', 'Посольство Азербайджана в Брюсселе': a state's mission abroad.
_EMBASSY = regex.compile(
    r"(?<![\w])(?:(?-i:Embassy|Consulate)(?:-General)? of (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?"
    r"(?: in \p{Lu}[\p{L}-]+)?"
    r"|[Пп]осольств\w* (?:\p{Lu}[\p{L}-]+ ){1,2}?(?:в|во) \p{Lu}[\p{L}-]+|[Пп]осольств\w* \p{Lu}[\p{L}-]+"
    r"|[Кк]онсульств\w* (?:\p{Lu}[\p{L}-]+ ){1,2}?(?:в|во) \p{Lu}[\p{L}-]+)"
)


# 'Пермский правозащитный клуб', 'Памирской правозащитной сети': a Russian body named by a capitalised place
# adjective, a lower-case adjective of its work and its head noun, with no quotation marks.
_ADJECTIVE_NAMED = regex.compile(
    r"(?<![\w-])\p{Lu}\p{Ll}+(?:ий|ый|ая|ое|ого|ой|ому|ом|ую)\s+"
    r"(?:правозащитн|журналистск|общественн|независим|молодежн|молодёжн)\p{Ll}+\s+"
    r"(?:сет|клуб|центр|групп|союз|движени|комитет|альянс|коалици|фонд|бюро)\p{Ll}*(?![\w-])"
    r"(?!\s*[«\"“])"  # ('… центр «Кырым»': the cue of a quoted name)
)


def _adjective_named(text: str) -> list[Organization]:
    """Russian bodies named by adjectives and a head noun ('Пермский правозащитный клуб'), in the nominative."""
    found = []
    for match in _ADJECTIVE_NAMED.finditer(text):
        written = match.group()
        name = nominative_org(written)
        mention = Mention(match.start(), match.end(), written)
        found.append(Organization(name, "ngo", [mention], [written] if name != written else []))
    return found


def _embassies(text: str) -> list[Organization]:
    """Embassies and consulates named with their state (and city), Russian ones in the nominative."""
    found = []
    for match in _EMBASSY.finditer(text):
        written = match.group()
        name = nominative_org(written) if _CYRILLIC.search(written) else written
        name = name[:1].upper() + name[1:]
        aliases = [written] if written != name else []
        found.append(Organization(name, "state_body", [Mention(match.start(), match.end(), written)], aliases))
    return found


def _add_repeats(text: str, orgs: list[Organization]) -> None:
    """Every later occurrence of an organisation's name is a mention of it too."""
    names = {o.name: o for o in orgs if len(o.name) >= 4}
    if not names:
        return
    for start, end in find_literals(text, names):
        org = names[text[start:end]]
        if all((m.start, m.end) != (start, end) for m in org.mentions):
            org.mentions.append(Mention(start, end, text[start:end]))


@lru_cache(maxsize=2)
def _known_pattern(cyrillic: bool = True) -> regex.Pattern[str]:
    """Alternation of every well-known organisation's names (only those without Cyrillic, which alone
    can be written in a text without it, for `cyrillic` False: the scan is twice as fast)."""
    forms = sorted(_known_table(cyrillic), key=len, reverse=True)
    forms = forms if cyrillic else [f for f in forms if not _CYRILLIC.search(f)]
    return regex.compile(r"(?<![\w/])(?:" + "|".join(regex.escape(f) for f in forms) + r")(?![\w/])")


@lru_cache(maxsize=2)
def _known_table(cyrillic: bool) -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical name, kind) of the well-known organisations, with the Russian names'
    case forms when the text has Cyrillic."""
    table = gazetteer.known_organizations()
    if not cyrillic:
        return table
    return {**{form: table[listed] for form, (_, listed) in _russian_case_forms().items()}, **table}


@lru_cache(maxsize=1)
def _russian_case_forms() -> dict[str, tuple[str, str]]:
    """Each case form of a listed Russian name of a well-known organisation, also with its later words
    capitalised -> (its nominative in that capitalisation, the listed name): 'Европейскую комиссию' ->
    'Европейская комиссия', 'Верховной Рады' -> 'Верховная Рада'. The gazetteer lists a form or two; news
    writes all six."""
    forms: dict[str, tuple[str, str]] = {}
    table = gazetteer.known_organizations()
    for listed in table:
        if not _CYRILLIC.search(listed) or listed.isupper():
            continue
        capitalised = " ".join([listed.split()[0], *(_capitalised(w) for w in listed.split()[1:])])
        for nominative in dict.fromkeys([listed, capitalised]):
            obliques = oblique_phrases(nominative)
            if obliques and nominative not in table:
                forms.setdefault(nominative, (nominative, listed))
            for oblique in obliques:
                forms[oblique] = (nominative, listed)
    return forms


def _capitalised(word: str) -> str:
    """A later word of a name with a capital, as some write 'Администрация Президента' (not 'по', 'и')."""
    return word[:1].upper() + word[1:] if len(word) > 3 and word[:1].islower() else word


def _known(text: str) -> list[Organization]:
    """Well-known organisations by any of their names."""
    cyrillic = _CYRILLIC.search(text) is not None
    table = _known_table(cyrillic)
    found = []
    for match in _known_pattern(cyrillic).finditer(text):
        canonical, kind = table[match.group()]
        name = match.group()
        if name in _russian_case_forms():
            name = _russian_case_forms()[name][0]  # 'Европейскую комиссию': Европейская комиссия
        elif name in gazetteer.known_oblique_forms():
            name = gazetteer.known_oblique_forms()[name]  # 'по данным «Вясны»': Вясна
        elif _CYRILLIC.search(name) and (nominative := nominative_org(name)) in table and nominative != name:
            name = nominative  # 'Европейской службе внешних действий': named in the nominative
        elif (listed := _listed_nominative(canonical, name)) is not None:
            name = listed  # 'Партии исламского возрождения Таджикистана': the first Russian form listed
        written = match.group()
        aliases = [canonical] if canonical != name else []
        aliases += _same_script_names(canonical, name)  # 'Совета Европы' is also 'Совет Европы'
        end = match.end()
        state = _state_tail().match(text, end) if kind == "state_body" and _CYRILLIC.search(name) else None
        if state is not None:  # 'Генеральную прокуратуру Республики Казахстан': that state's, not Russia's
            end, tail = state.end(), state.group()
            aliases = [a for a in [name, *_same_script_names(canonical, name)] if _CYRILLIC.search(a)]
            name, written = name + tail, written + tail
        if written != name and written not in aliases:
            aliases.append(written)
        found.append(Organization(name, kind, [Mention(match.start(), end, written)], aliases))
    return found


# A state named after a body in the genitive: whose body it is ('МИД Германии', 'Сейма Литвы').
@lru_cache(maxsize=1)
def _state_tail() -> regex.Pattern[str]:
    countries = [stem for _, stems in gazetteer.load("countries.json").values() for stem in stems if stem[:1].isupper()]
    return regex.compile(
        r"[ ]+(?:Республики[ ]+[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+(?:ской|цкой)[ ]+Республики|Российской[ ]+Федерации|"
        r"РФ|РК|КР|РУз|РТ|ФРГ|" + "|".join(countries) + r")(?![\w])"
    )


def _listed_nominative(canonical: str, written: str) -> str | None:
    """The first Cyrillic name listed for an organisation (its nominative) when the one written is a later,
    oblique form of the same words ('Группы 24' -> 'Группа 24')."""
    if not _CYRILLIC.search(written):
        return None
    forms = gazetteer.known_names().get(canonical, ())
    same_words = [f for f in forms if _CYRILLIC.search(f) and len(f.split()) == len(written.split())]
    first = same_words[0] if same_words else None
    return first if first is not None and first != written and first[:4] == written[:4] else None


def _same_script_names(canonical: str, written: str) -> list[str]:
    """The other known names of an organisation in the script it is written in."""
    cyrillic = _CYRILLIC.search(written) is not None
    return [
        form
        for form in gazetteer.known_names().get(canonical, ())
        if form not in (canonical, written)
        and form not in gazetteer.known_oblique_forms()
        and (_CYRILLIC.search(form) is not None) == cyrillic
    ]


_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def _cued(text: str) -> list[Organization]:
    """'the opposition party Alga Kazakhstan', 'правозащитный центр «Вясна»'."""
    found = []
    for pattern in (_CUE_EN, _CUE_RU, _CUE_AFTER_EN):
        for match in pattern.finditer(text):
            group = "name" if match.groupdict().get("name") else "bare"
            name = (match.group(group) or "").strip(" ,.")
            if not name or _not_a_name(name) or (pattern is _CUE_RU and name[:1].islower()):
                continue  # ('в отдел полиции «на беседу»': a quoted phrase, no name)
            start = match.start(group)
            media_cue = _kind_of_cue(match.group("cue")) == "media"
            if group == "bare" and media_cue and "," in text[match.end("cue") : start]:
                continue  # 'Speaking to this newspaper, Helen Marsh said': the clause ends after the cue word
            kind = _kind_of_cue(match.group("cue"))
            aliases = [text[match.start() : match.end()].strip()] if pattern is _CUE_RU else []
            if pattern is _CUE_AFTER_EN and group == "bare" and not text[match.end(group) : match.start("cue")].strip():
                aliases = [f"{name} {match.group('cue')}"]  # ('the Gulen movement': Gulen, or Gulen movement)
            head = _named_head(text, match.end("cue")) if pattern is _CUE_EN and group == "name" else None
            if head is not None:  # 'Legal Clinic "Adilet"': a capitalised head is part of the name
                aliases, start, name = [name], head, text[head : match.end()].strip(" ,.")
            found.append(Organization(name, kind, [Mention(start, start + len(name), name)], aliases))
    return found


_NAMED_HEAD = regex.compile(r"(?<![\w-])(?:\p{Lu}\p{L}*[ ]+)*\p{Lu}\p{L}*$")


def _named_head(text: str, cue_end: int) -> int | None:
    """Where the capitalised words ending with a cue word begin ('Legal Clinic'), None for a lower-case cue."""
    lead = text[max(0, cue_end - 60) : cue_end]
    head = _NAMED_HEAD.search(lead)
    if head is None:
        return None
    words = head.group().split()
    skip = sum(len(w) + 1 for w in words[:1] if w in ("The", "A", "An"))
    return cue_end - len(lead) + head.start() + skip if len(words) - (1 if skip else 0) >= 2 else None


def _not_a_name(name: str) -> bool:
    """A country or nationality ('the Kazakh opposition movement'), a political group or an opening word."""
    first = name.split()[0]
    members = first in {"MPs", "MEPs", "MP", "MEP", "Members", "Member", "Deputies", "Senators"}
    dated = _MONTH_OR_DAY.fullmatch(name) is not None  # '… on 10 June, a coalition of 23 organisations'
    return (
        name in gazetteer.countries().exact or _is_person_like(name) or first in gazetteer.groups() or members or dated
    )


_MONTH_OR_DAY = regex.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)(?:[ ]+\d{1,4})?"
)


def _is_person_like(name: str) -> bool:
    """A bare name after 'group' that is a lone lower-case phrase or a pronoun-like word."""
    return name.split()[0] in {"The", "This", "That", "In", "On", "Of", "A", "An"}


def _kind_of_cue(cue: str) -> str:
    """Kind of an organisation from the word that introduces it."""
    lower = cue.lower()
    return next(kind for kind, pattern in KIND_OF_CUE if rx(pattern).search(lower))


def _headed(text: str, persons: SpanSet) -> list[Organization]:
    """Capitalised runs that contain an organisation head noun ('Ministry of Justice')."""
    heads = _head_table()
    found = []
    for match in _RUN.finditer(text):
        if " " not in match.group() and _possessed(match.group()) not in heads:
            continue  # a lone word (two runs in three) names a body only as a head noun, and has no acronym after
        for run, start in _cut_run(match.group(), match.start(), persons):
            orgs = _orgs_of_run(run, start)
            found += orgs or _defined_acronym(text, run, start)
    return found


def _defined_acronym(text: str, run: str, start: int) -> list[Organization]:
    """'Almaty Legal Aid Network (ALAN)': a name of two or more words followed by its acronym."""
    match = _ACRONYM_AFTER.match(text[start + len(run) : start + len(run) + 16])
    if match is None:
        return []
    name, offset = _trim_run(run.rstrip("’'"), start)
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    if len(name.split()) < 2 or not set(match.group("acronym")) & set(initials) or _TERRITORY.search(name):
        return []
    return [Organization(name, "other", [Mention(offset, offset + len(name), name)])]


# 'the Gorno-Badakhshan Autonomous Region (GBAO)': a territory with its acronym, not a body
_TERRITORY = regex.compile(r"(?:Region|Oblast|Province|Prefecture|District|Territory|Okrug|Krai)$")


_BREAK = regex.compile(
    r"[ ]+(?=(?:on|in|of)?[ ]*(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


def _cut_run(run: str, start: int, persons: SpanSet) -> list[tuple[str, int]]:
    """Cut a capitalised run before a date word or a person's name."""
    cut = _BREAK.search(run)
    if cut:  # 'The court … In October 2025 the Supreme Court of Tatarstan': both sides of the date
        rest = _cut_run(run[cut.end() :], start + cut.end(), persons)
        return [p for p in _cut_run(run[: cut.start()], start, persons) if p[0]] + rest
    if not persons.overlaps(start, start + len(run)):
        return [(run, start)] if run else []  # no name inside: nothing to cut (most runs)
    named = [w for w in rx(r"\S+").finditer(run) if persons.overlaps(start + w.start(), start + w.end())]
    pieces: list[tuple[str, int]] = []
    if named[0].start() > 0:
        pieces.append((run[: named[0].start()].rstrip(), start))
    # 'Judge Saidali Rahimzoda of the Sino District Court of Dushanbe': the body after the name, too
    after = _AFTER_NAME.match(run, named[-1].end())
    if after is not None and after.end() < len(run):
        pieces.append((run[after.end() :], start + after.end()))
    return pieces


_AFTER_NAME = regex.compile(r"[ ]+(?:of|from|at)[ ]+(?:the[ ]+)?")  # (a run going on with no 'of' is no body of hers)


def _orgs_of_run(run: str, start: int) -> list[Organization]:
    """The organisation of a run; a possessive splits it in two ('X's Subcommittee on Y')."""
    heads = _head_table()
    parts = [(run, start)]
    split = rx(r"(?:’s|'s)[ ]+(?=\p{Lu})").search(run)
    if split and _kind_of_run(run[split.end() :].split(), heads) is None:
        split = None  # 'Administrative Centre of Jehovah's Witnesses': no body after the possessive
    if split and not run[split.end() :].startswith(("Office", "Service")):
        parts = [(run[: split.start()], start), (run[split.end() :], start + split.end())]
    both = next(
        (
            m
            for m in _TWO_BODIES.finditer(run)
            if _two_bodies(run[: m.start()], run[m.end() :], heads, "the" in m.group())
        ),
        None,
    )
    if both and split is None:
        parts = [(run[: both.start()], start), (run[both.end() :], start + both.end())]  # 'the OSCE and the UN …'
    found = []
    for index, (part, offset) in enumerate(parts):
        kind = _kind_of_run(part.split(), heads)
        if kind is None or _CONSTITUENCY.search(part):
            continue  # 'Member of Parliament for Hexford South': a seat, not a body
        name, offset = _trim_run(part, offset)
        if _whole_country(name) or _INSTRUMENT.match(name):
            continue  # 'the Russian Federation': a state, named as a place; 'the European Convention on …': a treaty
        if len(name.split()) >= 2 or (name in heads and name not in GENERIC_HEADS):
            org = Organization(name, kind, [Mention(offset, offset + len(name), name)])
            if index == 1:  # the owned body is also known by the whole phrase ("X's Subcommittee on Y")
                org.aliases.append(run)
            found.append(org)
    return found


_TWO_BODIES = regex.compile(r"[ ]+and[ ]+(?:the[ ]+)?(?=\p{Lu})")
_CONSTITUENCY = regex.compile(r"(?:Parliament|Assembly|Senedd|Congress)[ ]+for[ ]+\p{Lu}")


def _two_bodies(left: str, right: str, heads: dict[str, str], article: bool = False) -> bool:
    """'the OSCE and the UN Human Rights Council': two bodies, one of them well known, not one name
    ('Alliance of Liberals and Democrats for Europe' is one); with an article after 'and' ('the Committee of
    Ministers and the Secretary General of …') a new phrase begins after any body."""
    whole = f"{left} and {right}"
    if whole in gazetteer.known_organizations() or whole in gazetteer.groups():
        return False
    if article and _is_body(left, heads):
        # ('… Bureau for Human Rights and the Rule of Law and the OSCE Office': not before 'the Rule of Law')
        return _TWO_BODIES.split(right, maxsplit=1)[0].strip() not in _NAME_TAILS
    known = _bare(left) in gazetteer.known_organizations() or _bare(right) in gazetteer.known_organizations()
    return known and _is_body(left, heads) and _is_body(right, heads)


_INSTRUMENT = regex.compile(
    r"(?:\p{Lu}[\p{L}-]*[ ]){0,3}(?:Convention|Covenant|Charter|Declaration|Treaty|Protocol|Code|Constitution)"
    r"(?:[ ]|$)"
)


_STATE_NOUNS = frozenset({"Federation", "Republic", "Kingdom", "States", "Emirates", "Union", "Confederation"})


def _whole_country(name: str) -> bool:
    """Whether a name is a country's whole name ('Russian Federation', 'Kyrgyz Republic'): only a country
    named by a head noun ('Federation', 'Republic') can pass for a body."""
    if name.rsplit(" ", 1)[-1] not in _STATE_NOUNS and not name.startswith(("Republic", "Kingdom")):
        return False
    found = gazetteer.lexicon_matches("countries", _bare(name))
    return any(start == 0 and end == len(_bare(name)) for start, end, *_ in found)


# What an organisation's name goes on with after 'and the' ('Institute for Democracy and the Rule of Law').
_NAME_TAILS = frozenset({"Rule of Law", "Environment", "Media", "Arts", "Humanities"})


def _bare(part: str) -> str:
    """The part without a leading article."""
    return rx(r"^(?:the|The)[ ]+").sub("", part.strip())


def _is_body(part: str, heads: dict[str, str]) -> bool:
    """Whether a part of a run names a body on its own: a known organisation or a run with a head noun."""
    bare = _bare(part)
    return bare in gazetteer.known_organizations() or _kind_of_run(bare.split(), heads) is not None


@lru_cache(maxsize=1)
def _head_table() -> dict[str, str]:
    """English head noun -> kind, from the cue file (first kind listed wins)."""
    table: dict[str, str] = {}
    for kind, words in gazetteer.cues()["org_heads"].items():
        for word in words:
            if word[:1].isupper():
                table.setdefault(word, kind)
    return table


_CHAMBER = regex.compile(r"House of (?:Representatives|Commons|Lords)|Chamber of Deputies")


def _possessed(word: str) -> str:
    """A word without its possessive ending ('Court’s' -> 'Court')."""
    return word[:-2] if word.endswith(("’s", "'s")) else word  # a word holds no line break: '$' is its end


def _kind_of_run(words: list[str], heads: dict[str, str]) -> str | None:
    """Kind by the last head noun in the run (courts and ministries beat 'of Kazakhstan')."""
    kind = None
    for index, word in enumerate(words):
        bare = _possessed(word)
        if bare in _STATE_NOUNS and kind is not None and "of" in words[:index]:
            continue  # 'Supreme Court of the Russian Federation': a court, not a federation
        if bare in heads:
            kind = heads[bare]
    joined = " ".join(words)
    if joined.startswith("Radio "):
        kind = "media"
    if _CHAMBER.search(joined):  # 'House of Representatives', 'House of Commons'
        kind = "state_body"
    if joined.startswith(("High Representative", "Vice-President", "Vice-Chair")):
        return None  # an office ('High Representative of the Union for …'), not a body
    return kind


def _trim_run(run: str, start: int) -> tuple[str, int]:
    """Drop a leading 'The'/sentence opener and a trailing possessive or connector."""
    words = run.split(" ")
    dateline = _DATELINE.match(run)
    if dateline and len(words) > 3:  # 'STRASBOURG – The European Parliament on Thursday …'
        start += dateline.end()
        words = run[dateline.end() :].split(" ")
    while len(words) > 1 and (
        words[0] in _OPENERS
        or _NUMBER_WORD.fullmatch(words[0])
        or _DATE_WORD.fullmatch(words[0])  # 'In October 2025 the Supreme Court of Tatarstan banned …'
        or (len(words) > 2 and rx(r"\p{Lu}[\p{L}-]*-based").fullmatch(words[0]))  # 'Bishkek-based X'
        # 'Addressing the State Security Council …' opening a line: a verb, not the body's first word
        or (len(words) > 2 and words[1] == "the" and rx(r"\p{Lu}\p{Ll}{2,}ing").fullmatch(words[0]))
    ):
        start += len(words[0]) + 1
        words = words[1:]
    # 'Secretary General of the Council of Europe', 'Chair-Rapporteur of the Working Group …': the body
    role = next((n for n in (2, 1) if len(words) > n + 1 and _is_role_title(words[:n]) and words[n] in _OF), 0)
    if role:
        skip = role + 1 + (words[role + 1] == "the")
        start += sum(len(w) + 1 for w in words[:skip])
        words = words[skip:]
    while len(words) > 1 and (
        words[-1] in {"of", "the", "and", "for", "on", "in", "-", "–", "&"}
        or (len(words[-1]) == 1 and words[-1].isupper())  # '… of Georgia and the U.S. House': not 'U'
        or (words[-1].isdigit() and words[-2] in {"of", "the", "and", "for", "on", "-", "–", "&"})
    ):
        words = words[:-1]
    name = " ".join(words)
    name = rx(r"(?:’s|'s)$").sub("", name) if not name.endswith(("Office", "Service")) else name
    return name, start


_DATELINE = regex.compile(r"\p{Lu}{3,}(?:[ ]\p{Lu}{3,})?[ ][–—-][ ]")
_OPENERS = {
    *("The", "In", "On", "At", "According", "From", "By", "A", "An", "For", "With", "the"),
    # a written question's opening verb ('Will the Commission …', 'Does the Council …')
    *("Will", "Would", "Does", "Do", "Did", "Is", "Are", "Has", "Have", "Can", "Could", "What", "How", "Which"),
    # 'Twelve Members of the European Parliament' (any number word: `_NUMBER_WORD`)
    *("Several", "Some", "Many", "All", "Both"),
    # 'Q: And the European Union?', 'Our Office continues …': a conjunction or a speaker's pronoun
    *("And", "But", "Or", "Nor", "Our", "Their", "Its", "His", "Her", "My", "Your"),
    *("-", "–", "—"),  # a timeline's 'January - The Bukhara Regional Criminal Court sentences …'
}
_NUMBER_WORD = regex.compile(rf"{EN_WORD}(?:-{EN_WORD})?", regex.IGNORECASE)
_DATE_WORD = regex.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{1,4}),?"
)
_OF = ("of", "by", "from", "to")
_ROLE_TITLE_WORDS = {"General", "Rapporteur", "Chair-Rapporteur", "Special", "Commissioner", "Chairperson", "Vice"}


def _is_role_title(words: list[str]) -> bool:
    """'Secretary General', 'Special Rapporteur', 'Chair': a post, not part of the body's name."""
    return words[0] in _ROLE_WORDS | _ROLE_TITLE_WORDS and all(w in _ROLE_WORDS | _ROLE_TITLE_WORDS for w in words[1:])


_COURT_TAIL = regex.compile(
    r"\s+(?:области|облысы)\s+(?=[А-ЯЁ])[А-ЯЁ][а-яёә-]+(?![\w-])"  # 'прокуратура области Жетысу'
    r"|(?:\s+[А-ЯЁа-яё-]+(?:ой|ого|ий|ый|ая|ской|ского))?\s+(?:области|района|города|края|республики)"
    r"|\s+(?:города|г\.)\s+[А-ЯЁ][а-яё-]+"
    r"|\s+по\s+(?:[а-яё]+\s+){0,2}(?:делам|преступлениям)"  # 'суд по тяжким преступлениям'
    r"|\s+по\s+[А-ЯЁ][а-яё-]+(?:у|ю|е|и)(?![\w])"  # 'МВД по Башкортостану'
)
_EXTENDED_HEAD = regex.compile(
    r"(?:суд|суда|суде|судом|полиции|прокуратур\w*|департамент\w*|управлени\w*|акимат\w*|комитет\w*|"
    r"(?-i:МВД|МИД)|иностранных дел|внутренних дел)$",
    regex.IGNORECASE,
)
_PLACE_GENITIVE = regex.compile(r"\s+(?P<place>[А-ЯЁ][а-яё-]+)(?![\w])")


def extend_russian_court(text: str, mention: Mention) -> Mention:
    """'... суд' + 'Актюбинской области': a Russian court name runs on into its territory."""
    if not _EXTENDED_HEAD.search(mention.text):
        return mention
    window = text[mention.end : mention.end + 120]  # (regex matching at an offset of a long text is slow)
    tail = _COURT_TAIL.match(window)
    end = mention.end + tail.end() if tail else mention.end
    more = _COURT_TAIL.match(window, tail.end()) if tail else None
    if more is not None:  # 'суд по уголовным делам' + 'Атырауской области'
        end = mention.end + more.end()
    city = _PLACE_GENITIVE.match(text[end : end + 40])  # 'суд Уральска', 'Суд Московского района Минска'
    court = regex.search(r"(?i)суд$", mention.text) is not None
    if city is not None and (
        _is_place(city.group("place")) or (court and _GENITIVE_PLACE.fullmatch(city.group("place")))
    ):
        end += city.end()
    elif tail is None:
        return mention
    return Mention(mention.start, end, text[mention.start : end])


# A Russian court's adjectives: its kind ('Специализированный межрайонный суд по уголовным делам …', 'следственный
# суд Есильского района Астаны') or its district ('Алмалинский районный суд'), in any case.
_COURT_ADJECTIVE = (
    r"(?:[Сс]пециализированн|[Мм]ежрайонн|[Сс]ледственн|[Рр]айонн|[Гг]ородск|[Оо]бластн|[Вв]ерховн|[Аа]пелляционн|"
    r"[Кк]ассационн|[Вв]оенн|[Гг]арнизонн|[Аа]дминистративн|[Юю]венальн|[Оо]кружн|[Кк]раев|[Мм]ирово)[а-яё]*"
)
_RUSSIAN_COURT = regex.compile(
    rf"(?<![\w-])(?P<district>[А-ЯЁ][а-яё-]+(?:ск|цк)[а-яё]{{1,3}}\s+)?(?:{_COURT_ADJECTIVE}\s+){{1,3}}"
    r"(?:суд|суда|суду|судом|суде)"
    r"(?![\w-])"
)


_TERRITORIAL_BODY = regex.compile(
    r"(?<![\w-])(?:(?:[Гг]енеральн|[Оо]бластн|[Гг]ородск|[Рр]айонн|[Вв]оенн|[Тт]ранспортн)[а-яё]*\s+)?"
    r"[Пп]рокуратур[а-яё]*(?![\w-])"
    # 'суд Центрального района Минска': a court with no adjective before it, named by its territory
    r"|(?<![\w-])(?<!(?:[а-яё]ый|[а-яё]ий|[а-яё]ой|[а-яё]ом|[а-яё]ого)\s)[Сс]уд(?:а|у|ом|е)?(?![\w-])"
)


_TERRITORY_SAID = regex.compile(r"област|облыс|район|город|г\.|кра[яюе]|республик|\s\p{Lu}")


def russian_courts(text: str) -> list[Mention]:
    """Courts and prosecutor's offices named by their kind and territory, which natasha often misses:
    'Специализированный межрайонный суд по уголовным делам Жамбылской области', 'в специализированном
    межрайонном суде по уголовным делам Астаны', 'Алмалинский районный суд', 'прокуратура города Алматы'.
    One with neither a capital nor a territory ('районный суд', 'прокуратура') is no name."""
    found = [
        extended
        for match in _TERRITORIAL_BODY.finditer(text)
        if _TERRITORY_SAID.search(
            (extended := extend_russian_court(text, Mention(match.start(), match.end(), match.group()))).text,
            match.end() - match.start(),
        )
    ]  # ('суд по делам …' names no court: a territory does)
    for match in _RUSSIAN_COURT.finditer(text):
        mention = Mention(match.start(), match.end(), match.group())
        extended = extend_russian_court(text, mention)
        named = match.group("district") or (match.group()[:1].isupper() and not _sentence_start(text, match.start()))
        if extended.end > mention.end or named:
            found.append(extended)
    return found


def _sentence_start(text: str, offset: int) -> bool:
    """Whether a word opens a sentence or a line (so its capital tells nothing)."""
    before = text[max(0, offset - 3) : offset].rstrip(" ")
    return not before or before.endswith((".", "!", "?", "\n", ":", "—", "«", '"'))


# 'Октябрьский районный суд Уфы', 'Верховный суд Башкирии': after 'суд' a capitalised genitive is its town.
_GENITIVE_PLACE = regex.compile(r"[А-ЯЁ][а-яё-]+(?:ы|и|а|я)")


def _is_place(word: str) -> bool:
    """Whether a word is a known city, region or country in some case form."""
    return any(gazetteer.lexicon_matches(lexicon, word) for lexicon in ("places", "countries"))


_TWO_JOINED = regex.compile(r"\s(?:and|as well as)\s+of\s+the\s")  # (not 'Human Rights and the Rule of Law')
_PLACE_PARENTHESIS = regex.compile(r"\s*\((?P<place>[^()]{2,40})\)$")


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """The head words of organisation names, lower-cased (made once, not for every text)."""
    return frozenset(w.lower() for words in gazetteer.cues()["org_heads"].values() for w in words)


def _from_ner(mentions: list[Mention]) -> list[Organization]:
    """natasha ORG spans that carry a head word or quotation marks."""
    found = []
    heads = _org_heads()
    for mention in map(_balanced, mentions):
        if mention.text.count("«") != mention.text.count("»"):
            continue  # 'инициатива «Права Памира' cut inside the quotes: the cue rule names it
        name = mention.text.strip('«»"“” ')
        place = _PLACE_PARENTHESIS.search(name)
        if place and (_is_place(place.group("place")) or place.group("place") in gazetteer.countries().exact):
            name = name[: place.start()].rstrip()  # 'Грузинская ассоциация молодых юристов (Грузия)'
        acronym = _ACRONYM_AFTER.search(name)
        aliases = [acronym.group("acronym")] if acronym and acronym.end() == len(name) else []
        if aliases and acronym is not None:
            name = name[: acronym.start()].rstrip()
        if name in GENERIC or len(name) < 3:
            continue
        lowered = name.lower().split()
        if len(lowered) == 1 and lowered[0] in heads and "«" not in mention.text:
            continue  # 'Коалиция призывает …': the head word alone, for a body named in full before
        if any(w in heads for w in lowered) or "«" in mention.text:
            kinds = gazetteer.cues()["org_heads"].items()
            kind = next((k for k, ws in kinds if any(w.lower() in lowered for w in ws)), "other")
            nominative = nominative_org(name)
            if nominative != name:
                name, aliases = nominative, [name, *aliases]
            found.append(Organization(name, kind, [mention], aliases))
    return found


def _balanced(mention: Mention) -> Mention:
    """A span without a closing bracket it does not open ('партия Литвы)' from '(… партия Литвы)')."""
    text = mention.text
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    return mention if text == mention.text else Mention(mention.start, mention.start + len(text), text)


def _merge(text: str, found: list[Organization]) -> list[Organization]:
    """One organisation per name or alias; the earliest, longest-known form names it."""
    found.sort(key=lambda o: (o.mentions[0].start, -len(o.name)))
    merged: list[Organization] = []
    by_key: dict[str, Organization] = {}
    reach = -1  # candidates come sorted by start: an overlap is a start before the furthest end
    for org in found:
        mention = org.mentions[0]
        target = next((by_key[k] for k in _keys(org) if k in by_key), None)
        if mention.start < reach and target is None:
            continue
        if target is None:
            _add_acronym(text, org)
            merged.append(org)
            target = org
        else:
            if all((m.start, m.end) != (mention.start, mention.end) for m in target.mentions):
                target.mentions.append(mention)
            target.aliases += [a for a in [org.name, *org.aliases] if a not in target.aliases and a != target.name]
        for key in _keys(target):
            by_key.setdefault(key, target)
        reach = max(reach, mention.end)
    return merged


def _keys(org: Organization) -> set[str]:
    """Comparison keys of an organisation's name and aliases."""
    return {name_key(n) for n in [org.name, *org.aliases]}


def _add_acronym(text: str, org: Organization) -> None:
    """'(DCK)' right after a name is its acronym."""
    mention = org.mentions[0]
    close = text[mention.end : mention.end + 3]
    offset = mention.end + (1 if close.startswith(("»", "”", "’", '"', "'")) else 0)
    match = _ACRONYM_AFTER.match(text[offset : offset + 16])
    if match and match.group("acronym") not in org.aliases:
        org.aliases.append(match.group("acronym"))


_EXTREMIST = regex.compile(
    r"(?:declared|designated|labell?ed|branded|banned|proclaimed|recogni[sz]ed|listed|"
    r"outlawed)\W+(?:(?!(?:that|which|who|whom)\W)[\w’'-]+\W+){0,7}?\W*(?:as\W+)?(?:an?\W+)?\W*extremis\w*"
    r"|extremist (?:organi[sz]ation|group|movement)s?(?:\W+\w+){0,3}\W+(?:banned|designated|declared)"
    r"|added\W+(?:[\w’'-]+\W+){0,8}?to\W+(?:its|the)\W+list\W+of\W+(?:\w+\W+)?extremis\w*"
    r"|(?:внес\w*|включ\w*)\W+(?:\w+\W+){0,6}?в\W+(?:список|перечень)\W+(?:\w+\W+)?экстремист\w*"
    r"|(?:признан\w*|признал\w*|объявлен\w*|объявил\w*|запрещен\w*|запретил\w*)\W+(?:\w+\W+){0,3}?экстремист\w*"
    r"|экстремист\w*\W+(?:\w+\W+){0,2}?(?:признан\w*|запрещен\w*)",
    regex.IGNORECASE,
)


# Every branch of _EXTREMIST holds one of these stems: a text without them (two in three) is not scanned.
_EXTREMIST_STEM = regex.compile(r"extremis|экстремист", regex.IGNORECASE)


def mark_extremist(text: str, sentences: list[Sentence], orgs: list[Organization]) -> None:
    """Flag organisations the text says were declared extremist (same or previous sentence)."""
    if _EXTREMIST_STEM.search(text) is None:
        return
    for match in prefiltered(_EXTREMIST).finditer(text):
        index = sentence_at(sentences, match.start())
        here = _antecedent(text, sentences[index], match.start(), orgs) or [
            o for o in orgs if _in_sentence(o, sentences[index]) and o.kind in _DESIGNABLE
        ]  # 'The Supreme Court declared the movement extremist': not the court, the movement named before
        for back in (1, 2):
            if here or index - back < 0:
                break
            here = [
                o
                for o in orgs
                if _in_sentence(o, sentences[index - back]) and o.kind in ("movement", "party", "ngo", "other")
            ][:1]
        for org in here:
            # an outlet is designated when named as what the cue lists ('… в перечень «экстремистских
            # формирований» … телеграм-канал «X»'), not when it reports the designation of another
            listed = org.kind == "media" and any(match.start() < m.start < sentences[index].end for m in org.mentions)
            if org.kind not in ("state_body", "court", "intergovernmental", "parliament_group", "media") or listed:
                org.designated_extremist = True


_RELATIVE = regex.compile(r",?\s+(?:that|which|whom|котор\w+)(?![\w])", regex.IGNORECASE)
_DESIGNABLE = ("movement", "party", "ngo", "other", "media")


def _antecedent(text: str, sentence: Sentence, cue: int, orgs: list[Organization]) -> list[Organization]:
    """'X, an unregistered movement that the court declared extremist': the organisation named last
    before the relative pronoun that opens the cue's clause."""
    pronouns = list(_RELATIVE.finditer(text[sentence.start : cue]))
    if not pronouns:
        return []
    before = sentence.start + pronouns[-1].start()
    later = [
        (m.end, o) for o in orgs for m in o.mentions if before < m.start and m.end <= cue and o.kind in _DESIGNABLE
    ]
    if later:  # '… ДВК, которое суд признал экстремистским, и с партией «Коше партиясы», запрещенной как …'
        return [max(later, key=lambda item: item[0])[1]]
    named = [
        (m.end, o)
        for o in orgs
        for m in o.mentions
        if sentence.start <= m.start and m.end <= before and o.kind in _DESIGNABLE
    ]
    return [max(named, key=lambda item: item[0])[1]] if named else []


def _in_sentence(org: Organization, sentence: Sentence) -> bool:
    """Whether the organisation is mentioned in the sentence."""
    return any(sentence.start <= m.start < sentence.end for m in org.mentions)
