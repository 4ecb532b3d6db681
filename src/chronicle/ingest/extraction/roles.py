"""Role, status, country and political group of each person, from cue words around the mentions."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.dates import DateMention
from chronicle.ingest.extraction.mentions import Mention, PersonEntity
from chronicle.ingest.extraction.officials import known_official, office_country
from chronicle.ingest.extraction.russian import nominative_phrase
from chronicle.ingest.extraction.text import Sentence, SpanSet, rx, sentence_at


class Gated:
    """A pattern searched only in a text holding one of the words no match of it can do without.

    The patterns read before a name are anchored at the name (`$`), so a search tries every offset of
    the window; most windows hold none of the words, and `in` tells so at a fraction of the cost."""

    def __init__(self, pattern: regex.Pattern[str], *words: str) -> None:
        self.pattern, self.words = pattern, words

    def search(self, window: str) -> regex.Match[str] | None:
        """`pattern.search(window)`, None at once where none of the words is written."""
        for word in self.words:  # (a loop: a generator would cost more than the words' look-ups)
            if word in window:
                return self.pattern.search(window)
        return None

    def may_match(self, window: str) -> bool:
        """Whether one of the words is written in the window (else no search can find a match)."""
        return any(word in window for word in self.words)


_EVENT_DATE_KINDS = ("day", "month", "range", "year", "since", "weekday", "days_later", "following_year")
REACH_BEFORE = 90
REACH_AFTER = 70
PERSECUTED = {"political_prisoner", "victim", "activist", "journalist", "human_rights_defender", "lawyer"}
_NON_PARTY = regex.compile(
    r"Seimas|Saeima|Riigikogu|Parliament|Assembly|Committee|Commission|Council|Mazhilis|Senate|Delegation|Bundestag|Sejm|House|"
    r"Storting|Riksdag|Folketing|Eduskunta|Althing|Knesset|Rada|Nationalrat|Kamer|Kenesh|Majlis|Duma|Congress|"
    r"Oireachtas|Dáil|"
    # ('head of the Human Rights Centre "Viasna"': the body someone works for, no party; 'the Centre Party' is one)
    r"Human Rights|Cent(?:re|er)(?!\s+(?:Party|Group))|Foundation|Institute|Bureau|Association|Initiative|University|"
    r"Ministry|Court|Agency|Fund",
)
# 'who sits with the Greens/EFA group', 'sitting in the Renew Europe group'
_SITS_WITH = regex.compile(
    r"(?:sits?|sitting|seated)\s+(?:with|in)\s+(?:the\s+)?(?P<group>\p{Lu}[^,;()\n]{1,60}?\s+(?:[Gg]roup|faction))(?![\w])"
)
_REPRESENTS = regex.compile(
    r"(?:who\s+)?represent(?:s|ing)\s+the\s+(?P<party>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})"
)
_PARTY_OF = regex.compile(
    r"(?<!(?:former|ex-)\s*)(?:Chairman|Chairwoman|Chair|Leader|leader|Member|member|head|Head) of (?:the )?"
    # (capitalised words and their joints: 'a member of the Islamic Renaissance Party serving a sentence')
    r"(?P<party>\p{Lu}[^,;()\n]{2,80}?)(?=\s*[,;()\n]|\s+\p{Ll}+(?:ing|ed)(?![\w])|$)"
)


def _persecution_context(cues: CueIndex, mentions: list[Mention]) -> bool:
    """Whether the person's sentences (or the sentence before, a list's heading; or the one after when it
    goes on about them: 'Андрей Рябов, физик. Его задержали в 2023 году') speak of persecution."""
    for mention in mentions:
        index = sentence_at(cues.sentences, mention.start)
        if index in cues.persecution or index - 1 in cues.persecution:
            return True
        following = cues.sentences[index + 1] if index + 1 < len(cues.sentences) else None
        if index + 1 in cues.persecution and following and _GOES_ON_ABOUT.match(following.text):
            return True
    return False


# A sentence that opens with a pronoun for the person just named.
_GOES_ON_ABOUT = regex.compile(r"[—–-]?\s*(?:Его|Ее|Её|Он|Она|He|She|His|Her)(?![\w])")


@dataclass
class PersonFacts:
    """What the text says about one person."""

    role: str
    status: str | None
    country: str | None
    group: str | None
    country_assumed: bool = False  # the text's country, given for want of one stated


_PERSECUTION = regex.compile(
    r"persecut|prosecut|repress|psychiatr|tortur|detain|detention|arrest|convict|sentenc|imprison|jail|victim|custody|"
    r"преследов|репресс|психиатр|пытк|задерж|арест|осужд|приговор|заключ|жертв|стражей|лишени\w* свободы",
    regex.IGNORECASE,
)


MENTIONS_CONSIDERED = 30


_NATIONAL_PARLIAMENT = regex.compile(
    r"(?<![\w])(?P<nationality>\p{Lu}\p{Ll}+|UK)(?:['’]s)?\s+(?:Bundestag|Seimas|Saeima|Sejm|Riigikogu|Parliament|"
    r"parliament|House of Commons|"
    r"Mazhilis|Senate|Rada|Duma|Knesset|Riksdag|Storting|Folketing|Eduskunta|National Assembly|Chamber|MPs|lawmakers|"
    r"parliamentarians|Сейм\w*|парламент\w*|депутат\w*)(?![\w])"
    r"|(?<![\w])(?:Parliament|House of Representatives|National Assembly|Сейм\w*|[Пп]арламент\w*|Бундестаг\w*|"
    r"Верховн\w* [Рр]ад\w*|Национальн\w* собрани\w*|Саэйм\w*|Сенат\w*|народн\w* депутат\w*)\s+(?:of\s+)?"
    r"(?P<nationality>\p{Lu}\w+)"
)


def parliament_country(text: str) -> str | None:
    """The country of the national parliament a text or heading names, if any."""
    return _parliament_country(text)


def _parliament_country(text: str) -> str | None:
    """'the German Bundestag', 'Lithuanian MPs', 'литовского Сейма': the country of the parliament the
    text is about (none for the European Parliament)."""
    for match in _NATIONAL_PARLIAMENT.finditer(text, overlapped=True):  # ('Депутаты Сейма Литвы': not 'Депутаты')
        country = _first_country(match.group("nationality"))
        if country:
            return country
    named = _NAMED_PARLIAMENT.search(text)
    if named:  # 'депутаты бундестага': a parliament whose name says its country
        return _country_of_parliament(named)
    for match in _LOCAL_DEPUTIES.finditer(text):  # 'муниципальные депутаты из Москвы': that city's country
        place = gazetteer.places().label(match.group("place"))
        if place and gazetteer.place_country().get(place):
            return gazetteer.place_country()[place]
    return None


# Parliaments whose name alone tells the country (not 'Сейм', which is Poland's or Lithuania's).
_PARLIAMENT_NAMES = {
    "Germany": r"Bundestag\w*|[Бб]ундестаг\w*",
    "Lithuania": r"Seimas",
    "Latvia": r"Saeima|[Сс]аэйм\w*",
    "Estonia": r"Riigikogu|[Рр]ийгикогу",
    "Poland": r"Sejm",
    "Ukraine": r"Verkhovna Rada|Верховн\w* [Рр]ад\w*|(?<=по\s)Раде",  # ('её коллега по Раде')
    "Israel": r"Knesset|[Кк]нессет\w*",
    "Norway": r"Storting\w*|[Сс]тортинг\w*",
    "Sweden": r"Riksdag\w*|[Рр]иксдаг\w*",
    "Denmark": r"Folketing\w*|[Фф]олькетинг\w*",
    "Finland": r"Eduskunta",
    "Kazakhstan": r"Mazhilis|Мажилис\w*",
    "Russia": r"State Duma|Госдум\w*|Государственн\w* [Дд]ум\w*|Законодательн\w* [Сс]обрани\w*|Мосгордум\w*|"
    r"[Оо]бластн\w* [Дд]ум\w*",
    "Austria": r"Nationalrat\w*",
    "Netherlands": r"Tweede Kamer|Staten-Generaal",
    "Ireland": r"Dáil(?: Éireann)?|Oireachtas",
    # ('both Houses', 'Foreign Secretary': a British letter's own words; 'Commons' and 'Lords' name its
    # chambers in a signatories' table)
    "United Kingdom": r"Westminster|House of Lords|[Ee]arly [Dd]ay [Mm]otions?|both Houses of Parliament|"
    r"Foreign Secretary|(?<=^\s*)(?:Commons|Lords)(?=\s*$)",
    "Kyrgyzstan": r"Jogorku Kenesh|Жогорку Кенеш\w*",
    "Uzbekistan": r"Oliy Majlis|Олий Мажлис\w*",
    "Tajikistan": r"Majlisi Oli|Маджлис\w* Оли",
    "Azerbaijan": r"Milli Majlis|Милли Меджлис\w*",
    "France": r"Assemblée nationale|Национальн\w* собрани\w* Франции",
}


def _country_of_parliament(named: regex.Match[str]) -> str | None:
    """The country whose parliament a match of _NAMED_PARLIAMENT names (read in place: a form may look behind)."""
    for country, form in _PARLIAMENT_FORMS:
        if form.fullmatch(named.string, named.start(), named.end()):
            return country
    return None


_PARLIAMENT_FORMS = [(country, regex.compile(form, regex.I)) for country, form in _PARLIAMENT_NAMES.items()]
_PARLIAMENT_WORDS = [
    (country, regex.compile(rf"(?<![\w])(?:{form})(?![\w])", regex.I)) for country, form in _PARLIAMENT_NAMES.items()
]
_NAMED_PARLIAMENT = regex.compile(r"(?<![\w])(?:" + "|".join(_PARLIAMENT_NAMES.values()) + r")(?![\w])")
_LOCAL_DEPUTIES = regex.compile(
    r"(?<![\w])(?:депутат\w*|councill?ors|deputies|MPs)(?:\s+\p{Ll}+){0,2}?\s+(?:из|from)\s+(?P<place>\p{Lu}[\w-]+)"
)


# 'Special Rapporteur on human rights defenders': words inside an office's title are not the person's role.
_IN_TITLE = regex.compile(
    r"(?:Rapporteur|Representative|Commissioner|Ombudsman|Working Group|Committee|Coordinator|докладчик|"
    r"представител\w*|уполномоченн\w*)\s+(?:on|for|по)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
)


# 'бывшего депутата X', 'the former MP X' (not 'X, former Member of the Riigikogu', still listed as an MP).
_FORMER = regex.compile(r"(?<!,\s*)(?<![\w])(?:former|ex-|бывш\w*|экс-)\s*$", regex.IGNORECASE)


_QUOTATION = regex.compile(r"[\"“«„](?=[^\"”»“\n]{40,600}[\"”»“])[^\"”»“\n]{40,600}[\"”»“]")


# 'Бахметьев, депутат районного совета': a local councillor, no member of a parliament.
_LOCAL_COUNCIL = regex.compile(
    r"\s+(?:районного|городского|муниципального|сельского|поселкового|местного|областного|того же)\s+"
    r"(?:совета|собрания)|\s+(?:of\s+)?(?:the\s+)?(?:district|city|municipal|local|town)\s+council"
)


class CueIndex:
    """Every cue of every section found once in the whole text, looked up by sentence."""

    def __init__(self, text: str, sentences: list[Sentence], dates: Sequence[DateMention] = ()) -> None:
        self.text, self.sentences = text, sentences
        self.dates = [d for d in dates if d.kind in _EVENT_DATE_KINDS and d.first]
        self.date_starts = [d.start for d in self.dates]
        self.by_section: dict[str, dict[int, list[tuple[int, int, int, str]]]] = {}
        for section in ("roles", "statuses"):
            table: dict[int, list[tuple[int, int, int, str]]] = {}
            for cue in gazetteer.scan_section(section, text) if sentences else []:
                if section == "roles" and _IN_TITLE.search(text[max(0, cue[0] - 60) : cue[0]]):
                    continue  # 'Special Rapporteur on human rights defenders': part of an office's title
                if cue[3] == "parliamentarian" and (
                    _FORMER.search(text[max(0, cue[0] - 20) : cue[0]])
                    or _LOCAL_COUNCIL.match(text, cue[1], cue[1] + 40)
                ):
                    cue = (cue[0], cue[1], cue[2], "other")  # 'бывшего депутата X', 'депутат районного совета'

                table.setdefault(sentence_at(sentences, cue[0]), []).append(cue)
            self.by_section[section] = table
        self.parliament = any(c[3] == "parliamentarian" for cs in self.by_section["roles"].values() for c in cs)
        self.parliament_country = _parliament_country(text)

    @cached_property
    def parliaments(self) -> list[tuple[int, str]]:
        """(offset, country) of every national parliament the text names ('Canada's House of Commons', 'seven
        Australian parliamentarians', 'депутаты бундестага')."""
        found = [
            (m.start(), country)
            for m in _NATIONAL_PARLIAMENT.finditer(self.text)
            if (country := _first_country(m.group("nationality")))
        ]
        found += [(m.start(), c) for m in _NAMED_PARLIAMENT.finditer(self.text) if (c := _country_of_parliament(m))]
        return sorted(found)

    def parliament_country_at(self, offset: int) -> str | None:
        """The parliament named last before `offset` (a text may tell of two parliaments' letters in turn);
        the text's first one for a name before any."""
        before = [country for start, country in self.parliaments if start < offset]
        return before[-1] if before else self.parliament_country

    @cached_property
    def persecution(self) -> set[int]:
        """Indices of the sentences that speak of persecution (read only for a person without a cue)."""
        found = _PERSECUTION.finditer(self.text) if self.sentences else iter(())
        return {sentence_at(self.sentences, m.start()) for m in found}

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """Spans of quoted speech (long enough to be speech, not a quoted name)."""
        return [(m.start(), m.end()) for m in _QUOTATION.finditer(self.text)]

    def quoted_apart(self, cue: int, mention: int) -> bool:
        """Whether a cue stands inside a quotation that does not hold the mention."""
        for start, end in self.quotations:
            if start <= cue < end:
                return not start <= mention < end
        return False

    def in_sentence(self, section: str, index: int) -> list[tuple[int, int, int, str]]:
        """Cues of a section in sentence `index`: (start, end, priority, label)."""
        return self.by_section[section].get(index, [])

    def date_near(self, start: int, end: int) -> str | None:
        """The date stated nearest to a cue within its sentence and 80 characters ('detained on 3 May')."""
        sentence = self.sentences[sentence_at(self.sentences, start)]
        low, high = max(sentence.start, start - 80), min(sentence.end, end + 80)
        window = self.dates[bisect_left(self.date_starts, low) : bisect_left(self.date_starts, high)]
        nearest = min(window, key=lambda d: abs(d.start - end) if d.start >= end else start - d.end, default=None)
        return nearest.last or nearest.first if nearest else None


def describe_person(
    text: str,
    sentences: list[Sentence],
    person: PersonEntity,
    main_country: str | None,
    names: SpanSet | None = None,
    cues: CueIndex | None = None,
) -> PersonFacts:
    """Role, status, country and group of a person from the cues nearest to its mentions."""
    mentions = sorted(person.mentions, key=lambda m: m.start)[:MENTIONS_CONSIDERED]
    names = names or SpanSet([])
    cues = cues or CueIndex(text, sentences)
    role = _nearest_label(cues, mentions, "roles", names)
    affiliation = _affiliation(text, mentions, names)
    congress = affiliation in _US_AFFILIATIONS  # '(D-Ore.)' is said only of members of Congress
    house = cues.parliament_country_at(mentions[0].start) if mentions else cues.parliament_country
    if affiliation[1] in gazetteer.groups() or congress or (role is None and None not in affiliation):
        role = "parliamentarian"
    elif role is None and affiliation[1] and (cues.parliament or house):
        role = "parliamentarian"  # 'Katrin Albers (SPD)' in a text about MPs: a member of parliament with her party
    if role == "parliamentarian" and affiliation[0] is None and house:
        affiliation = (house, affiliation[1])  # 'X of the Greens' in a letter of Finnish MPs, 'депутаты Сейма Литвы A'
    status = _strongest_status(cues, mentions, names)
    role = role or ("victim" if status or _persecution_context(cues, mentions) else "other")
    if role == "other" and status in PERSECUTION_STATUSES and _status_follows(cues, mentions, names):
        role = "victim"  # 'the outlet's director X was sentenced': what happened to them outweighs the job title
    if role not in PERSECUTED or (role == "lawyer" and not _status_follows(cues, mentions, names)):
        status = None  # 'his lawyer X appealed the verdict': the client's status, not the lawyer's
    elif status is None and role == "political_prisoner":
        status = "imprisoned"
    country, group = affiliation
    assumed = country is None and role in PERSECUTED
    if assumed:
        country = main_country
    head_of_state = known_official(person)
    if head_of_state:  # 'pardoned by Alyaksandr Lukashenka': an official even without the title
        return PersonFacts("official", None, head_of_state, None)
    if role == "official" and country is None:
        country = office_country(text, mentions)  # "Uzbekistan's President X"
    return PersonFacts(role, status, country, group, assumed)


def _nearest_label(cues: CueIndex, mentions: list[Mention], section: str, names: SpanSet) -> str | None:
    """The label of the cue closest to any mention; a list heading counts when nothing is closer."""
    best: tuple[float, int, str] | None = None
    for mention in mentions:
        for start, end, priority, label in cues.in_sentence(section, sentence_at(cues.sentences, mention.start)):
            distance = _distance(start, end, mention, cues.text, names)
            if distance is None or (start < mention.start and _captured(start, end, mention, cues.text, names)):
                continue
            if section == "roles" and end <= mention.start and _acts_on(cues.text, end, mention.start):
                continue  # 'сотрудники ГУБОПиК задержали пенсионерку X': the doers' title, not X's
            if cues.quoted_apart(start, mention.start):
                continue  # '"Jailing bloggers … backwards," Koskinen told': words quoted are not said of the speaker
            if best is None or (distance, priority) < best[:2]:
                best = (distance, priority, label)
    if best is None:
        return (
            _heading_label(cues.sentences, mentions[0], section)
            or _next_line_label(cues.text, mentions, section)
            or _section_label(cues.text, mentions[0], section)
        )
    return best[2]


def _section_label(text: str, mention: Mention, section: str) -> str | None:
    """'Новые политзаключённые' over paragraphs that each open with a name: the heading's cue for each."""
    paragraph = text.rfind("\n", 0, mention.start) + 1
    if text[paragraph : mention.start].strip(" \t-•*–—1234567890.)"):
        return None  # the name does not open its paragraph
    heads = [h for h in _section_headings(text) if h[1] < paragraph]
    if not heads:
        return None
    heading = text[heads[-1][0] : heads[-1][1]]
    return next((label for label, pattern in gazetteer.section_patterns(section) if pattern.search(heading)), None)


@lru_cache(maxsize=4)
def _section_headings(text: str) -> tuple[tuple[int, int], ...]:
    """Short lines standing alone between blank lines, with no sentence end: the headings of a text."""
    # (the title, the text's first line, is about the whole text, not a section of names)
    return tuple(
        (m.start("line"), m.end("line")) for m in _SECTION_HEADING.finditer(text) if text[: m.start("line")].strip()
    )


_SECTION_HEADING = regex.compile(
    r"(?:^|\n[ \t]*\n)[ \t]*(?!(?i:by|от|автор|author|photo|фото)\s)(?P<line>[^\n.!?:;,|\d]{3,60}?)[ \t]*\n[ \t]*\n"
)  # (not a byline: 'By our London correspondent')


def _acts_on(text: str, start: int, end: int) -> bool:
    """A finite verb (and no list) between a title and a name: the title's bearer acts on the named
    ('сотрудники задержали X'), or a relative clause says so ('Lawyer V, who represented N')."""
    if _ACTS.search(text, start, end):
        return True
    return _VERB.search(text, start, end) is not None and _LIST_SEPARATOR.search(text, start, end) is None


_ACTS = regex.compile(
    r"(?<![\w])(?:represent(?:s|ed)|defend(?:s|ed)|arrested|detained|sentenced|convicted|questioned|interrogated|"
    r"searched|fined|beat|accused|charged|mention(?:s|ed)?|cite[sd]?|recall(?:s|ed)?|raise[sd]?|"
    r"упомина\w+|напомина\w+|ссыла\w+|называ\w+|выделя\w+|перечисля\w+)(?![\w])"  # ('депутаты называют X')
)


def _next_line_label(text: str, mentions: list[Mention], section: str) -> str | None:
    """'Mr X' on a line of its own above 'President of the Republic': an address block's title line."""
    for mention in mentions:
        rest = text[mention.end : mention.end + 120]
        if not rest.startswith("\n"):
            continue
        line = rest[1:].split("\n", 1)[0]
        for label, pattern in gazetteer.section_patterns(section):
            if pattern.match(line):
                return label
    return None


PERSECUTION_STATUSES = {"deceased", "imprisoned", "house_arrest", "convicted", "detained", "charged"}
_PRONOUN_START = regex.compile(
    r"\s*(?:(?:On|In|Since|At|After|Later|Then|В|На|После|Затем)\s[^,.;:!?]{0,30}?,?\s)?(?:He|She|Он|Она)\s"
    # 'Ольга Мороз, 47 лет, бухгалтер из Минска. Осуждена по ст. 361-2 УК': a sentence with no subject of its own
    r"|\s*(?-i:Осужден|Осуждён|Задержан|Арестован|Обвинен|Обвинён|Приговорен|Приговорён|Освобожден|Освобождён|"
    r"Помещен|Помещён|Находится|Отбывает|Объявлен)\w*\s",
    regex.IGNORECASE,
)

# Status at the time of the text: the furthest stage the text mentions wins.
STATUS_ORDER = ("deceased", "imprisoned", "house_arrest", "convicted", "detained", "charged", "released", "harassed")


def _strongest_status(cues: CueIndex, mentions: list[Mention], names: SpanSet) -> str | None:
    """The latest state in time among the statuses cued within reach of any mention; without dates to
    tell, the most advanced one (else a list heading's)."""
    found: set[str] = set()
    dated: dict[str, str] = {}
    for mention in mentions:
        index = sentence_at(cues.sentences, mention.start)
        within = [
            cue
            for cue in cues.in_sentence("statuses", index)
            if _distance(cue[0], cue[1], mention, cues.text, names) is not None
            and not _captured(cue[0], cue[1], mention, cues.text, names)
        ]
        for start, end, _, label in within + _pronoun_sentence_statuses(cues, index, mention, names):
            if start >= mention.end and _COUNTED_SUBJECT.search(cues.text, max(0, start - 50), start):
                continue  # 'X … in which two workers died': their state, not X's ('nine were charged, among them X' is)
            found.add(label)
            when = cues.date_near(start, end)
            if when and when > dated.get(label, ""):
                dated[label] = when
    furthest = _furthest_status(cues, mentions, found)
    latest = max(dated, key=lambda label: dated[label], default=None)
    if furthest and latest and _later_state(latest, dated[latest], furthest, dated.get(furthest)):
        return latest
    return furthest


# A counted group right before a status cue is its subject: 'two workers died', '11 people were detained',
# 'двое рабочих погибли'.
_COUNTED_SUBJECT = regex.compile(
    r"(?<![\w])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several|"
    r"двое|трое|четверо|пятеро|шестеро|несколько|десятки|сотни)\s+(?:of\s+)?(?:(?:the|their|his|her)\s+)?"
    r"(?:[\p{Ll}-]+\s+)?(?:people|persons|workers|protesters|demonstrators|prisoners|detainees|inmates|activists|"
    r"journalists|others|men|women|miners|students|civilians|residents|человек|рабочих|протестующих|задержанных|"
    r"заключ[её]нных|активистов|журналистов|жителей)\s+(?:(?:were|have been|had been|had|have|was|also)\s+)?$"
    r"|(?<![\w])(?:остальн\w+|други[хем]|the (?:others|rest)(?: of them)?|others)\s+"
    r"(?:(?:were|have been|had been)\s+)?$",
    regex.IGNORECASE,
)


# States a later dated happening can bring about, whatever came before it (death is final).
_NEW_STATES = {"released", "detained", "house_arrest", "imprisoned", "convicted"}


def _later_state(latest: str, when: str, furthest: str, furthest_when: str | None) -> bool:
    """'convicted in 2019 … detained again on 3 March 2025': the later dated state is the current one."""
    if latest == furthest or furthest == "deceased" or latest not in _NEW_STATES or furthest_when is None:
        return False
    if latest == "convicted" and furthest in ("imprisoned", "house_arrest"):
        return False  # a verdict for someone in custody keeps them there
    size = min(len(when), len(furthest_when))
    return when[:size] > furthest_when[:size]


def _furthest_status(cues: CueIndex, mentions: list[Mention], found: set[str]) -> str | None:
    """The most advanced stage among the statuses found (else a list heading's)."""
    if not found:
        return _list_heading_label(cues.sentences, mentions[0], "statuses")
    if "convicted" in found and "house_arrest" not in found and _custodial_sentence(cues, mentions):
        found.add("imprisoned")
    if "released" in found and not found & {"deceased", "imprisoned", "house_arrest"}:
        return "released"  # a release ends the detention or the sentence told before it
    return next(label for label in STATUS_ORDER if label in found)


_PRISON_TERM = regex.compile(
    r"(?:years?|months?) (?:in (?:a |the )?(?:[\w-]+ ){0,2}(?:prison|colony|jail)|of imprisonment|behind bars)|"
    r"(?:лет|год\w*|месяц\w*) (?:лишения свободы|колони\w*|заключения|тюрьм\w*)",
    regex.IGNORECASE,
)
_NON_CUSTODIAL = regex.compile(
    r"suspended|probation|restricted freedom|restriction of freedom|in absentia|условн\w*|ограничени\w* свободы|заочно",
    regex.IGNORECASE,
)


def _custodial_sentence(cues: CueIndex, mentions: list[Mention]) -> bool:
    """'sentenced … to eight years in prison': a prison term in a sentence that names the person."""
    for mention in mentions:
        sentence = cues.sentences[sentence_at(cues.sentences, mention.start)].text
        if _PRISON_TERM.search(sentence) and not _NON_CUSTODIAL.search(sentence):
            return True
    return False


def _status_follows(cues: CueIndex, mentions: list[Mention], names: SpanSet) -> bool:
    """Whether a persecution status is said of the name: after it ('director X was sentenced') or as
    its verb right before it ('the court sentenced X, director of …')."""
    for mention in mentions:
        for start, end, _, label in cues.in_sentence("statuses", sentence_at(cues.sentences, mention.start)):
            after = start >= mention.end and _distance(start, end, mention, cues.text, names) is not None
            object_of = end <= mention.start and not cues.text[end : mention.start].strip()  # 'sentenced X'
            if (after or object_of) and label in PERSECUTION_STATUSES:
                return True
    return False


def _captured(start: int, end: int, mention: Mention, text: str, names: SpanSet) -> bool:
    """A cue with another name between it and this mention (not a list) belongs to that name."""
    low, high = (end, mention.start) if end <= mention.start else (mention.end, start)
    return names.overlaps(low + 1, high - 1) and not _is_list_between(text, low, high, before=end <= mention.start)


def _pronoun_sentence_statuses(
    cues: CueIndex, index: int, mention: Mention, names: SpanSet
) -> list[tuple[int, int, int, str]]:
    """'X was beaten. He remains in prison.': status cues of the next sentence when it opens with a pronoun."""
    if index + 1 >= len(cues.sentences) or sentence_at(cues.sentences, mention.start) != index:
        return []
    following = cues.sentences[index + 1]
    if not _PRONOUN_START.match(following.text) or names.overlaps(following.start, following.end):
        return []
    return cues.in_sentence("statuses", index + 1)


def _distance(start: int, end: int, mention: Mention, text: str, names: SpanSet) -> float | None:
    """Characters between a cue and a mention; cues after the name weigh a little more."""
    if end <= mention.start:
        gap = mention.start - end
        if _across_clauses(text, end, mention.start) or _AGENT_BEFORE.search(
            text, max(end, mention.start - 12), mention.start
        ):
            return None  # 'political prisoners pardoned by X': X is the agent
        if _DEMAND_BETWEEN.search(text, end, mention.start):
            return None  # 'the MPs ask the President to release X': X is what they ask for, not an MP
        if (
            gap <= 2
            and names.overlaps(mention.end + 1, mention.end + 2)
            and not text[mention.end : mention.end + 1].strip()
        ):
            return None  # 'адвокат Жакупова Тимур Оспанов': the title of the name after the genitive
        return gap if gap <= REACH_BEFORE or _is_list_between(text, end, mention.start) else None
    if start >= mention.end:
        gap = start - mention.end
        if _across_clauses(text, mention.end, start):
            return None
        if names.overlaps(end, end + 3) and ";" not in text[end : end + 3]:
            return None  # a cue right before another name is that name's title
        item = _ITEM_END.search(text, end, end + 80)
        if names.overlaps(end, item.start() if item else end + 80):
            return None  # ', студент БГУ Антон Лешко и журналист издания «…» Виктор Грибович': the next name's
        if gap > REACH_AFTER and not _is_list_between(text, mention.end, start):
            return None
        return gap * 1.5 + 5
    return None


_DEMAND_BETWEEN = regex.compile(
    r"(?<![\w])(?:ask|asks|asked|urge|urges|urged|call(?:s|ed)? (?:on|upon|for)|demand(?:s|ed)?|request(?:s|ed)?|"
    r"призыва\w*|призвал\w*|требу\w*|потребовал\w*|просят|просил\w*)(?![\w])",
    regex.IGNORECASE,
)
_AGENT_BEFORE = regex.compile(r"(?<![\w])(?:by|(?:pardoned|ordered|signed) by)\s+(?:(?:the\s+)?\p{Lu}\w*\s+)?$")
_ITEM_END = regex.compile(r"[,;()\n.!?]|\s(?:и|and)\s")


def _across_clauses(text: str, start: int, end: int) -> bool:
    """'X received six years in a colony; Y was given a suspended term': a semicolon between a cue and a
    name (outside a list of names) puts them in different clauses."""
    between = text[start:end]
    return ";" in between and (not between.strip(" ;") or not _is_list_between(text, start, end))


# A finite verb inside a stretch ('Судья X признала A, B'): a clause, not an item of a list of names.
_VERB = regex.compile(r"(?<![\w])(?:has|have|had|said|told|\p{Ll}{3,}(?:ла|ли|ал|ил|ял|ел))(?![\w])")
_LIST_SEPARATOR = regex.compile(r"\s*(?:[,;•]|\band\b|\bи\b)\s*")
_AUXILIARY = regex.compile(r"\s*(?:were|was|are|is|have been|has been|had been|были|был|была)\s*$")


def _is_list_between(text: str, start: int, end: int, *, before: bool = False) -> bool:
    """True when a list of names stands between: short items, each but the last with a capital.

    'activists: A B, C D and ' and ', C D and E F were ' are lists; a clause with a verb is not."""
    if end - start > 600:
        return False
    between = _AUXILIARY.sub("", text[start:end])
    lead = max(between.rfind(mark, 0, 60) for mark in (":", "–", "—"))
    segments = _LIST_SEPARATOR.split(between[lead + 1 :])
    *items, last = segments
    named = all(
        len(item.split()) <= 5 and rx(r"\p{Lu}").search(item) and not _VERB.search(item)
        for item in items
        if item.strip()
    )
    verb_last = before and _VERB.search(last) is not None
    return named and len(last.split()) <= 6 and not verb_last and ("\n" not in between)


def _heading_label(sentences: list[Sentence], mention: Mention, section: str) -> str | None:
    """Cue of the heading line before a list the person is part of, or of the previous sentence."""
    index = sentence_at(sentences, mention.start)
    for back in (1, 2):
        if index - back < 0:
            break
        heading = sentences[index - back].text
        listed = heading.rstrip().endswith(":") or _looks_like_list(sentences[index].text)
        if not listed and (back == 2 or not _CONTINUES_GROUP.match(sentences[index].text)):
            return None
        if _DEMAND_BETWEEN.search(heading):
            return None  # 'The MPs ask the President to:' heads a list of demands, not of MPs
        label = _first_label(section, heading)
        if label is not None:
            return label
    return None


@lru_cache(maxsize=1024)
def _first_label(section: str, heading: str) -> str | None:
    """The label of the first cue of a section (in file order) a heading holds: the heading of a list
    is read again for every name listed under it, so it is read once."""
    return next((label for label, pattern in gazetteer.section_patterns(section) if pattern.search(heading)), None)


# A sentence that goes on about the people of the sentence before ('Among them A and B.').
_CONTINUES_GROUP = regex.compile(
    r"\s*(?:Among (?:them|those|the)|They (?:are|were|include)|These (?:are|were|include)|Including|"
    r"Среди (?:них|задержанных|осужденных|арестованных)|В (?:их )?числе|Это)",
    regex.IGNORECASE,
)


def _list_heading_label(sentences: list[Sentence], mention: Mention, section: str) -> str | None:
    """Cue of a heading ending in ':' right before the person's list item."""
    index = sentence_at(sentences, mention.start)
    if index == 0:
        return None
    if not sentences[index - 1].text.rstrip().endswith(":") and not _looks_like_list(sentences[index].text):
        return None
    return _first_label(section, sentences[index - 1].text)


@lru_cache(maxsize=1024)  # asked of the same sentence for every name in it
def _looks_like_list(sentence: str) -> bool:
    """A line that is mostly comma-separated capitalised names."""
    words = sentence.split()
    capitalised = len(rx(r"\b\p{Lu}").findall(sentence))
    return sentence.count(",") >= 2 and capitalised >= 4 and capitalised >= 0.6 * len(words)


# 'Rep. Laura Whitfield (D-Ore.)', 'Sen. X (R-Texas)': the US Congress's party-and-state notation
_US_PARTY = regex.compile(r"(?P<party>[DRI])-(?P<state>\p{Lu}[\p{L}. ]{1,20})")
_US_PARTIES = {"D": "Democratic", "R": "Republican", "I": "Independent"}
# The group is kept as written (ANNOTATION.md): 'D' for '(D-Ore.)', 'Democrat' for ', a Maryland Democrat'.
_US_AFFILIATIONS = {("United States", party) for party in (*_US_PARTIES, *_US_PARTIES.values(), "Democrat")}
# (a Russian text's members: 'демократ', 'республиканец' are read as 'Democrat', 'Republican')


def is_us_member(country: str | None, group: str | None) -> bool:
    """Whether a country and party read as a member of Congress's ('United States', 'Democrat')."""
    return (country, group) in _US_AFFILIATIONS


def us_congress_party(token: str) -> tuple[str, str] | None:
    """('United States', party) for a member of Congress's '(D-Ore.)' or '(Democrat, New Mexico)' trailer, or its
    Russian form '(демократ, Делавэр)'."""
    match = _US_PARTY.fullmatch(token.strip(" ;,"))
    if match:
        return "United States", match.group("party")
    named = _US_PARTY_STATE.fullmatch(token.strip(" ;,"))
    if named:
        return "United States", named.group("party")
    russian = _US_PARTY_STATE_RU.fullmatch(token.strip(" ;,"))
    return ("United States", _RU_US_PARTIES[russian.group("party")[:5].lower()]) if russian else None


def us_state_before_party(text: str, start: int, end: int) -> tuple[str, str] | None:
    """'демократ Марша Деланни (Мэриленд)', 'Democrat Jane Doe (Maryland)': the party before the name and the state
    in brackets after it."""
    party = _US_PARTY_BEFORE.search(text, max(0, start - 40), start)
    state = _US_STATE_AFTER.match(text, end, min(len(text), end + 40))
    if party is None or state is None:
        return None
    word = party.group("party").lower()
    return "United States", _RU_US_PARTIES.get(word[:5], party.group("party").title())


# '(Democrat, New Mexico)', '(Republican-Texas)', ', a Maryland Democrat', ', an Ohio Republican'
_US_STATE = (
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
    r"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    r"Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Washington|West Virginia|Wisconsin|Wyoming|Georgia)"
)
_US_PARTY_STATE = regex.compile(
    rf"(?P<party>Democrat|Democratic|Republican|Independent)(?:\s*[,;–-]\s*|\s+(?:of|from)\s+){_US_STATE}"
    rf"(?:\s+\d+(?:st|nd|rd|th)?)?"
)
# The Russian names of the states and the parties' words ('сенатор Ричард Эйвери (демократ, Делавэр)').
_US_STATE_RU = (
    r"(?:Алабам\w|Аляск\w|Аризон\w|Арканзас\w*|Калифорни\w|Колорадо|Коннектикут\w*|Делавэр\w*|Флорид\w|Гава\w+|"
    r"Айдахо|Иллинойс\w*|Индиан\w|Айов\w|Канзас\w*|Кентукки|Луизиан\w|Мэн\w*|Мэриленд\w*|Массачусетс\w*|"
    r"Мичиган\w*|Миннесот\w|Миссисипи|Миссури|Монтан\w|Небраск\w|Невад\w|Нью-Гэмпшир\w*|Нью-Джерси|Нью-Мексико|"
    r"Нью-Йорк\w*|(?:Северн|Южн)\w+ Каролин\w|(?:Северн|Южн)\w+ Дакот\w|Огайо|Оклахом\w|Орегон\w*|"
    r"Пенсильвани\w|Род-Айленд\w*|Теннесси|Техас\w*|Юта|Вермонт\w*|(?:Западн\w+ )?Вирджини\w|Вашингтон\w*|"
    r"Висконсин\w*|Вайоминг\w*)"
)
_RU_US_PARTIES = {"демок": "Democrat", "респу": "Republican", "незав": "Independent"}
_US_PARTY_STATE_RU = regex.compile(
    rf"(?P<party>демократ(?:ка)?|республикан(?:ец|ка)|независим\w+)\s*(?:[,;–-]\s*|\s+от\s+(?:штата\s+)?){_US_STATE_RU}",
    regex.IGNORECASE,
)
_US_PARTY_BEFORE = regex.compile(
    r"(?<![\w])(?P<party>демократ(?:ка)?|республикан(?:ец|ка)|Democrat|Republican)\s+"
    r"(?:(?:сенатор|конгрессмен\w*|член\w*|Senator|Representative|Rep\.|Sen\.)\s+)?$",
    regex.IGNORECASE,
)
_US_STATE_AFTER = regex.compile(rf"\s*\((?:{_US_STATE_RU}|{_US_STATE})\)", regex.IGNORECASE)
_US_PROSE = regex.compile(
    rf",\s+(?:an?\s+{_US_STATE}\s+(?P<party>Democrat|Republican|Independent)(?![\w])"
    rf"|(?:an?\s+)?(?P<party>Democrat|Republican|Independent)\s+(?:of|from)\s+{_US_STATE})"
)


def _affiliation(text: str, mentions: list[Mention], names: SpanSet) -> tuple[str | None, str | None]:
    """Country and group written right after a mention: '(Portugal; S&D)', ', France, ALDE'; a
    nationality right before it ('the Lithuanian MEP X (EPP)', 'депутат от Латвии X') gives the country."""
    before, group_before = _first_before(text, mentions)
    for mention in mentions:
        prose = _US_PROSE.match(text, mention.end, min(len(text), mention.end + 60))
        if prose:
            return "United States", prose.group("party")
        party_state = us_state_before_party(text, mention.start, mention.end)
        if party_state:
            return party_state
        appositive = _appositive_group().match(text, mention.end, min(len(text), mention.end + 120))
        if appositive:
            named = appositive.group("country") or appositive.group("nationality")
            country = gazetteer.countries().label(named) if named else None
            return country or before, gazetteer.groups()[appositive.group("group")]
        tail = _tail(text, mention.end, names)
        if not tail:
            continue
        us_member = us_congress_party(tail)
        if us_member:
            return us_member
        country = _first_country(tail) or _parliament_after(text, mention.end, names)
        group = _group_in(tail)
        if country or group:  # a later mention may add what this one leaves out ('X (Austria)' … 'X (Renew)')
            later_country, later_group = _later_affiliation(text, mentions, names, mention)
            group = group or later_group or group_before or _prose_of(text, mentions)
            if not tail.endswith(";"):  # a comma clause may name another country ('X, the EU must not buy
                country = before or country  # Azerbaijani gas'); a nationality before the name is the person's
            return country or before or later_country, group
    prose_country, prose = _national_group(_prose_of(text, mentions))
    # "X of Norway's Labour Party" is X's own; a party written right before the name outweighs one after it
    # that may be the next coordinated name's ('Green Party MP A and Senator B of the Independent Senators Group')
    return prose_country or before, group_before or prose


@lru_cache(maxsize=1)
def _appositive_group() -> regex.Pattern[str]:
    """'X, a Dutch Greens/EFA member who …', 'X of Finland, who sits with the GUE/NGL group': a group (and a
    nationality or country) said of the name in an appositive or relative clause right after it."""
    forms = _latin_groups()
    return regex.compile(
        rf",\s+(?:an?\s+|the\s+)?(?:(?P<nationality>\p{{Lu}}\p{{L}}+)\s+)?(?P<group>{forms})\s+"
        rf"(?:member|MEP|lawmaker|deputy|politician)(?![\w])"
        rf"|\s+of\s+(?P<country>\p{{Lu}}\p{{L}}+),\s+who\s+sits\s+(?:with|in)\s+the\s+(?P<group>{forms})(?![\w])"
    )


_HOUSE_AFTER = regex.compile(r"[^.;\n]{0,120}")


def _parliament_after(text: str, end: int, names: SpanSet) -> str | None:
    """'X (Høyre), a member of the Storting': the country of a parliament named in the name's own item."""
    window = _item_end(_HOUSE_AFTER.match(text, end, min(len(text), end + 120)).group())
    window = rx(r"\s(?:и|and)\s").split(window, maxsplit=1)[0]  # '… («…») и член Рийгикогу Эстонии Y': Y's
    next_name = names.next_start(end)
    if next_name is not None and next_name - end < len(window):
        window = window[: next_name - end]
    named = _NAMED_PARLIAMENT.search(window)
    if named is None or _FORMER_MEMBER.search(window, 0, named.start()):
        return None  # ('X, a former member of the Jogorku Kenesh': no member now, no signer)
    return _country_of_parliament(named)


_FORMER_MEMBER = regex.compile(
    r"(?<![\w])(?:former|ex-|бывш\w*|экс-)\s*(?:member|deputy|MP|lawmaker|speaker|депутат\w*|член\w*|спикер\w*)"
    r"(?![\w])[^,;()]*$",
    regex.IGNORECASE,
)


def _later_affiliation(
    text: str, mentions: list[Mention], names: SpanSet, first: Mention
) -> tuple[str | None, str | None]:
    """Country and group in the parenthesis after a later mention of the same full name."""
    for mention in mentions:
        if mention.start > first.start and len(mention.text.split()) >= 2:
            tail = _tail(text, mention.end, names)
            if tail.endswith(";"):
                country, group = _first_country(tail), _group_in(tail)
                if country or group:
                    return country, group
    return None, None


# "Norway's Labour Party", 'the Swedish Liberals', "Finland's Green League": a party named with its country.
_POSSESSIVE_COUNTRY = regex.compile(r"(?P<country>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)['’]s\s+(?P<party>\p{Lu}.+)")


def _national_group(group: str | None) -> tuple[str | None, str | None]:
    """(country, party) of a party named with its country's possessive or adjective before it."""
    if group is None:
        return None, None
    possessive = _POSSESSIVE_COUNTRY.fullmatch(group)
    named = possessive and gazetteer.countries().pattern.fullmatch(possessive.group("country"))
    if possessive and named:  # "Norway's Labour Party", not "the Swedish People's Party"
        return gazetteer.countries().label(named.group()), possessive.group("party")
    return None, group  # ('the Swedish People's Party' is a Finnish party: an adjective tells no country)


def _first_before(text: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """The first country and the first group written right before any mention (read until both are found)."""
    country = group = None
    for mention in mentions:
        found_country, found_group = _before_name(text, mention.start)
        country, group = country or found_country, group or found_group
        if country and group:
            break
    return country, group


def _prose_of(text: str, mentions: list[Mention]) -> str | None:
    """The group named in prose after any of the mentions ('X of the Greens', 'X из фракции «…»',
    'X, представляющий Движение либералов')."""
    found = (_prose_group(text, m.end) or _party_represented(text, m.end) for m in mentions)
    return next((group for group in found if group), None)


_RU_REPRESENTS = regex.compile(
    r",?\s+(?:представляющ\w+|член\w*)\s+(?:(?:партию|партии|фракцию|фракции)\s+)?"
    r"(?P<phrase>«[^«»\n]{2,50}»|\p{Lu}[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}(?:\s+\p{Lu}\p{Ll}+)?)"
)


def _party_represented(text: str, end: int) -> str | None:
    """'X, представляющий Движение либералов', 'X, член Партии свободы': the party after a Russian name."""
    match = _RU_REPRESENTS.match(text, end, min(len(text), end + 120))
    if match is None:
        return None
    written = match.group("phrase").strip("«»")
    return gazetteer.group_form(written) or _russian_party(written) or _plural_nominative(written)


# 'Anni Koskinen of the Social Democratic Party', 'Ville Rantanen and Sanna Lehtonen of the Greens',
# 'Элен Гарнье и ирландца Киарана О'Ши из «Обновляя Европу»': a party or group after the name, or after
# the names coordinated with it.
_NAME_WORD = r"\p{Lu}[\p{L}’'-]+"
_PROSE_GROUP = regex.compile(
    rf"(?:\s*(?:,|and|и)\s+(?:\p{{Ll}}+\s+)?{_NAME_WORD}(?:\s+(?:van|von|de|der|ван|фон|де)?\s*{_NAME_WORD}){{0,2}})*"
    r"\s+(?:of the|of|from the|from|(?:из|от)(?:\s+\p{Ll}+(?:ого|ой|ых))?"
    r"(?P<word>\s+(?:фракци|групп|парти|объединени|блок)\w*)?)\s+"
    r"(?P<group>«[^«»\n]{2,40}»(?:/\p{Lu}{2,6})?|(?:the\s+)?\p{Lu}[\p{L}’'&/-]*(?:\s+(?:\p{Lu}[\p{L}’'&/-]*|of|and|for))*)"
)
_PARTY_NAME = regex.compile(
    r"(?:Party|Alliance|Union|Coalition|Greens|Democrats|Socialists|Conservatives|Liberals|Left|Movement|Front|"
    r"League|Bloc|Centre|Center|Pirates|Moderates|(?<!Working )Group|"
    r"партия|партии|альянс\w*|союз\w*)$"
)


def _prose_group(text: str, end: int) -> str | None:
    """The party or group named in running prose after a name (only a known group or a party-like name)."""
    match = _PROSE_GROUP.match(text, end, min(len(text), end + 160))
    if match is None:
        return None
    group = _NEXT_NAMED.split(match.group("group").removeprefix("the ").strip(), maxsplit=1)[0]
    if group.startswith("«"):
        bare = group.replace("«", "").replace("»", "")
        for form in (bare, rx(r"ых$").sub("ые", bare), rx(r"их$").sub("ие", bare)):
            if (listed := gazetteer.group_form(form)) is not None:
                return listed  # 'из фракции «Зелёных»' -> 'Зелёные'
        return _russian_party(bare)
    if match.group("word") and rx(r"\p{Lu}{2,6}(?:/\p{Lu}{2,6})?").fullmatch(group):
        return group  # 'из оппозиционного блока ХДС/ХСС'
    words = group.split()
    for size in range(len(words), 0, -1):  # the longest name that reads as a party: 'Left Alliance', not 'Left'
        candidate = " ".join(words[:size])
        if _PARTY_NAME.search(candidate) or (size == len(words) and candidate in gazetteer.groups()):
            return candidate
    return None


# '… of the Left Alliance and Mikael Grönholm of the Swedish People's Party': the next person's part.
_NEXT_NAMED = regex.compile(r"\s+(?:and|и)\s+(?=\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+\s+(?:of|from|из|от)\s)")


@lru_cache(maxsize=1)
def _nationality_before() -> Gated:
    """'the Lithuanian EPP member X', 'Dutch Greens member X', 'the Finnish Left MEP X', 'депутат от Латвии X'."""
    return Gated(regex.compile(_NATIONALITY_BEFORE.replace("KNOWN_GROUPS", _latin_groups())), *_NATIONALITY_NOUNS)


@lru_cache(maxsize=1)
def _latin_groups() -> str:
    """The political groups' Latin spellings as one alternation, longest first ('Greens/EFA' before 'Greens')."""
    forms = sorted((form for form in gazetteer.groups() if form.isascii()), key=len, reverse=True)
    return "|".join(regex.escape(form) for form in forms)


_PARTY_NOUNS = {
    "Green",
    "Liberal",
    "Socialist",
    "Conservative",
    "Social Democrat",
    "Christian Democrat",
    "Pirate",
    "Labour",
}
# The words a nationality before a name is read with (every 'noun' of the pattern holds one).
_NATIONALITY_NOUNS = (
    "MEP",
    "MP",
    "member",
    "parliamentarian",
    "deputy",
    "lawmaker",
    "Green",
    "Liberal",
    "Socialist",
    "Conservative",
    "Democrat",
    "socialist",
    "liberal",
    "conservative",
    "Pirate",
    "Labour",
    "Tory",
    "депутат",
    "парламентари",
)
_NATIONALITY_BEFORE = (
    r"(?:(?<![\w])(?P<nationality>\p{Lu}\p{Ll}+)\s+(?:(?:Green|Liberal|Socialist|Conservative|Social Democrat|"
    r"Christian Democrat|centre-right|centre-left|left-wing|right-wing|"
    r"(?P<group>KNOWN_GROUPS|\p{Lu}[\p{Lu}&/-]{1,8}))\s+)?"
    r"(?P<noun>MEP|MP|member|parliamentarian|deputy|lawmaker|Green|Liberal|Socialist|Conservative|Social Democrat|"
    r"Christian Democrat|socialist|liberal|conservative|Pirate|Labour|Tory)"
    r"|(?:депутат\w*|парламентари\w*|евродепутат\w*)\s+от\s+(?P<nationality>\p{Lu}\w+))\s+$"
)


# 'литовец Миндаугас Ясайтис', 'польского консерватора Павла Ковальчика': a people's noun, or a
# nationality adjective before a lower-case noun of office or party, right before the name.
# (Searched from the end: the only match is the lower-case word right before the name, found at once.)
_WORD_BEFORE = regex.compile(r"(?P<word>\p{L}\p{Ll}+)\s+$", regex.REVERSE)  # ('Испанка X' opens a sentence)
_RU_NATIONALITY_BEFORE = Gated(
    regex.compile(
        r"(?<![\w])(?P<nationality>\p{L}\p{Ll}+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую))\s+"
        r"(?:(?:\p{Ll}+(?:-\p{Ll}+)?|\p{Lu}{2,6}|Европарламента|Европейского|[Пп]арламента|Сейма|Саэйма|Бундестага|Рийгикогу|Рады|"
        r"Сената|ПАСЕ|от|из|«[^«»\n]{1,30}»(?:/\p{Lu}{2,6})?)\s+){1,5}"
        # 'польский евродепутат от Европейской народной партии Кшиштоф Ямроз': a party in the genitive between
        r"(?:(?<=(?:от|из)\s)\p{Lu}\p{Ll}+(?:ой|ей|ого|его|ых|их)\s+(?:\p{Ll}+\s+){0,3})?$"
    ),
    "ск",
    "цк",
)
# 'депутат Европарламента от «Зеленых» Ханна Фогель', 'из фракции ЕНП X': a group right before the name.
_RU_GROUP_BEFORE = Gated(
    regex.compile(
        r"(?:(?<![\w])от|(?<![\w])из|фракци\w*|групп[аы])\s+«?(?P<group>[^«»\s][^«»\n]{0,30}?)»?(?:/(?P<tail>\p{Lu}{2,6}))?\s+"
        r"(?:\p{Ll}+\s+)?$"
    ),
    "от",
    "из",
    "фракци",
    "групп",
)


# 'Lithuanian MEPs Rasa Juknevičienė and Andrius Kubilius': a nationality for every name of the list.
_PLURAL_NATIONALITY = Gated(
    regex.compile(
        rf"(?<![\w])(?P<nationality>\p{{Lu}}\p{{Ll}}+)\s+(?:MEPs|MPs|members|lawmakers|parliamentarians|deputies|senators)"
        rf"\s+(?:{_NAME_WORD}(?:\s+(?:van|von|de|der)?\s*{_NAME_WORD}){{0,3}}\s*(?:,|and)\s+){{0,6}}$"
    ),
    "MEPs",
    "MPs",
    "members",
    "lawmakers",
    "parliamentarians",
    "deputies",
    "senators",
)


# 'депутаты сейма Литвы Матас Малдейкис и Жигимантас Павилёнис': the country of the parliament named
# right before the names (its genitive, or a parliament whose name says its country).
_PAREN = r"(?:\s*\([^()\n]{1,60}\))?"
_MEMBERS_OF_HOUSE = Gated(
    regex.compile(
        rf"(?<![\w])members?\s+of\s+the\s+(?P<country>\p{{Lu}}\p{{L}}+(?:\s+\p{{Lu}}\p{{L}}+)?)\s+"
        rf"(?:Parliament|Senate|House of \p{{Lu}}\w+|Bundestag|Sejm|Seimas|Saeima|Riksdag|Storting|Folketing)"
        rf"\s*[,:]?\s+"
        rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}{_PAREN}\s*(?:,|and)\s+){{0,6}}$"
    ),
    "member",
)
_RU_MEMBERS_OF = Gated(
    regex.compile(
        rf"(?<![\w])(?:депутат\w*|член\w*|парламентари\w*|избранн\w*\s+в)\s+(?P<body>[\p{{L}}-]+(?:\s+[\p{{Ll}}-]+)?)"
        rf"(?:\s+(?P<country>(?:Республики\s+)?\p{{Lu}}\w+))?(?:\s+от\s+«[^«»\n]{{2,60}}»)?"
        rf"\s+(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}{_PAREN}\s*(?:,|и)\s+){{0,6}}$"
    ),
    "депутат",
    "член",
    "парламентари",
    "избранн",
)
# 'депутаты латвийского Сейма A (…) и B', 'трое польских парламентариев — A (…), B (…)': a nationality adjective
# before a list of names, each perhaps with its party in parentheses.
_RU_ADJECTIVE_LIST = Gated(
    regex.compile(
        rf"(?<![\w])(?P<nationality>\p{{Ll}}+[сц]к(?:их|ие|ого|ой|ий|ая))\s+"
        rf"(?:Сейма|Саэйма|Бундестага|Рийгикогу|[Пп]арламента|парламентари\w*|депутат\w*|евродепутат\w*|член\w*)"
        # ('трое депутатов польского Сейма от «Гражданской коалиции» — A, B')
        rf"(?:\s+\p{{Ll}}+)?(?:\s+от\s+«[^«»\n]{{2,60}}»)?"
        rf"\s*(?:[—–:-]\s*)?(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}{_PAREN}\s*(?:,|и)\s+){{0,6}}$"
    ),
    "ск",
    "цк",
)
_RU_PARLIAMENT_WORD = regex.compile(
    r"(?i:сейм|саэйм|парламент|рийгикогу|бундестаг|верховн|мажилис|госдум|риксдаг|палат|сенат|национальн)"
)


# 'евродепутаты от Литвы A и B', 'представитель Польши A', "Germany's A": the country of a member, or of
# every member of a list, written before the names (a genitive or 'от' in Russian, a possessive in English).
# 'From the Norwegian Storting it was signed by A (Venstre) and B; from the Swedish Riksdag by C …; and from
# Switzerland by D': each part of the list has its own country, the nearest 'from … by' before the name.
_SIGNED_FROM = Gated(
    regex.compile(
        r"(?<![\w])(?i:from|of)\s+(?:the\s+)?(?P<scope>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)"
        r"(?:\s+(?:it|the letter|the appeal|they)\s+(?:was|were)\s+signed|\s+(?:signed|signatories))?"
        r"\s+(?:by|were)\s+[^;.:\n]*$"
    ),
    "by",
    "were",
)


# 'а из Чехии — член Палаты депутатов … Иржи Новотны', 'Со стороны Польши письмо подписали депутаты Сейма A и B'
_RU_SCOPE = Gated(
    regex.compile(
        r"(?<![\w])(?:[Ии]з|[Сс]о стороны)\s+(?P<scope>\p{Lu}\w+)"
        r"(?:\s*[—–]\s*|\s+(?:письмо\s+|обращение\s+)?подписал\w*\s+)[^;.:\n]*$|"
        # ('С польской стороны под обращением стоят подписи …', 'От чешского Сената документ подписали …')
        r"(?<![\w])(?:[Сс]о?\s+(?P<scope>\w+[сц]кой)\s+стороны|[Оо]т\s+(?P<scope>\w+[сц]кого\s+\p{Lu}\w+))"
        r"[^;.:\n]*$"
    ),
    "из",
    "Из",
    "о стороны",
    "стороны",
    "т ",
)
# 'депутат бундестага от партии «Союз 90/Зелёные» Катрин Бёме', 'коллег по бундестагу Томаса Вальтера':
# the parliament named before the name, in its clause.
_RU_HOUSE_BEFORE = Gated(
    regex.compile(
        r"(?<![\w])(?:депутат\w*|член\w*|коллег\w*)\s+(?P<scope>(?:по\s+)?(?:"
        + "|".join(_PARLIAMENT_NAMES.values())
        + r"))"
        r"(?:(?!депутат|член|евродепутат|парламентари)[^;.:\n]){0,80}$"  # (not past the next member's title)
    ),
    "депутат",
    "член",
    "коллег",
)
# '… от партии «Союз 90/Зелёные» Катрин Бёме', '… от Пиратской партии Иржи Новотны': the party right before a name.
_RU_PARTY_OF_MEMBER = Gated(
    regex.compile(
        r"(?<![\w])от\s+(?:партии\s+«(?P<party>[^«»\n]{2,60})»|(?P<party>\p{Lu}\p{Ll}+(?:ой|ей)\s+парти[ия]))\s*$"
    ),
    "от",
)


# 'депутатов польского Сейма от «Гражданской коалиции» — A, B', 'избранные в парламент Грузии от «Коалиции за
# перемены» Эка Беридзе и Звиад Цулукидзе': a party over a list of names, with a dash before them or not.
_RU_PARTY_OVER_NAMES = Gated(
    regex.compile(
        rf"(?<![\w])от\s+«(?P<party>[^«»\n]{{2,60}})»(?:\s*[—–:])?\s*"
        rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s*(?:,|и)\s+){{0,6}}$"
    ),
    "«",
)


def _nominative_party(written: str) -> str:
    """'Пиратской партии' -> 'Пиратская партия' (an adjective and 'партия' in the genitive); others as written."""
    words = written.split()
    if len(words) == 2 and words[1] == "партии" and words[0].endswith(("ой", "ей")):
        return words[0][:-2] + ("ая" if words[0].endswith("ой") else "яя") + " партия"
    return written


def _last(gated: Gated, window: str) -> regex.Match[str] | None:
    """The match of a pattern that starts last in `window` (the nearest to a name at its end)."""
    if not gated.may_match(window):
        return None
    found, pattern = None, gated.pattern
    match = pattern.search(window)
    while match is not None:
        found, match = match, pattern.search(window, match.start() + 1)
    return found


# 'трое молдавских депутатов от Партии действия и солидарности, в том числе Ион Булгару'
_RU_AMONG_MEMBERS = Gated(
    regex.compile(
        r"(?<![\w])(?P<nationality>\p{Ll}+[сц]к(?:их|ие))\s+(?:депутат\w*|парламентари\w*|евродепутат\w*|член\w*)"
        r"(?:\s+от\s+(?P<party>\p{Lu}[^,.;«»\n]{2,60}?))?,?\s+(?:в том числе|среди них|среди которых)\s+$"
    ),
    "в том числе",
    "среди",
)


def _scope_country(scope: str) -> str | None:
    """The country of 'Switzerland', 'the Norwegian Storting', 'the Swedish Riksdag'."""
    for country, form in _PARLIAMENT_WORDS:
        if form.search(scope):
            return country
    return _first_country(scope)


_COUNTRY_BEFORE_LIST = Gated(
    regex.compile(
        rf"(?:(?<![\w])(?:депутат\w*|евродепутат\w*|парламентари\w*|член\w*|представител\w*)"
        rf"(?:\s+Европарламента|\s+Европейского\s+парламента)?\s+(?:от\s+)?(?P<country>\p{{Lu}}\w+)"
        rf"|(?<![\w])(?<!of\s)(?P<country>\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?)['’]s(?:\s+\p{{Ll}}+){{0,2}})"
        rf"\s+(?:{_NAME_WORD}(?:\s+(?:van|von|de|der|фон|ван)?\s*{_NAME_WORD}){{0,2}}\s*(?:,|и|and)\s+){{0,6}}$"
    ),
    "депутат",
    "парламентари",
    "член",
    "представител",
    "'s",
    "’s",
)


@lru_cache(maxsize=1)
def _group_before_list() -> Gated:
    """'From Renew Europe, it was signed by A, B and C': a known group fronted before a list of names."""
    forms = sorted((form for form in gazetteer.groups() if form.isascii()), key=len, reverse=True)
    pattern = regex.compile(
        rf"(?<![\w])(?:[Ff]rom|[Oo]f)\s+(?:the\s+)?(?P<group>{'|'.join(regex.escape(f) for f in forms)})"
        rf"(?:\s+group)?\s*,?\s+(?:(?:it|was|were|has|have|been|signed|co-signed|by|joined|MEPs|members)\s+){{1,5}}"
        rf"(?:{_NAME_WORD}(?:\s+(?:van|von|de|der)?\s*{_NAME_WORD}){{0,2}}\s*(?:,|and)\s+){{0,6}}$"
    )
    return Gated(pattern, "rom", "of", "Of")


def _members_of_before(before: str) -> str | None:
    """The country of 'депутаты сейма Литвы' / 'депутат Саэйма' right before a name or a list of names."""
    match = _RU_MEMBERS_OF.search(before)
    if match is None or not _RU_PARLIAMENT_WORD.match(match.group("body")):
        return None
    if match.group("country"):
        country = _first_country(match.group("country"))
        if country:
            return country
    body = match.group("body")
    return next(
        (country for country, form in _PARLIAMENT_NAMES.items() if rx(form, regex.IGNORECASE).match(body)), None
    )


# 'Democratic Representative Karen Whitfield of Oregon', 'Republican Representatives A of Indiana and B of
# Texas': members of Congress, the party written before the title.
_US_TITLED = Gated(
    regex.compile(
        rf"(?<![\w])(?P<party>Democratic|Republican|[Ii]ndependent)\s+(?:Representatives?|Reps?\.|Senators?|Sens?\.|"
        rf"Congress(?:wo)?m[ae]n|members? of Congress)\s+"
        rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?:\s+of\s+\p{{Lu}}[\p{{L}}.]+(?:\s+\p{{Lu}}[\p{{L}}.]+)?)?"
        rf"\s*(?:,|and)\s+){{0,6}}$"
    ),
    "Democratic",
    "Republican",
    "ndependent",
)


# 'Liberal MP Arjun Sandhu', 'NDP MP X', 'Bloc Québécois MP X', 'Green Party MP X': a party right before the title.
# ('the Conservative MPs Sir Edmund Prike and Rupert Ashdown': a plural title gives each listed name the party;
# a peer's or knight's title may stand between the party's title and the name)
_HONORIFIC = r"(?:(?:Sir|Dame|Lord|Lady|Baroness|Baron|Viscount|Dr\.?|Prof\.?|the\s+Rt\.?\s+Hon\.?)\s+)?"
_LISTED_BEFORE = rf"(?:\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’-]+){{0,2}}(?:,\s+|\s+and\s+){_HONORIFIC})*"
_PARTY_TITLE_BEFORE = Gated(
    regex.compile(
        r"(?<![\w])(?P<party>(?:\p{Lu}[\p{L}/&-]+\s+){0,2}\p{Lu}[\p{L}/&-]+|\p{Lu}{2,5}|crossbench|non-affiliated)\s+"
        r"(?:(?:MP|MEP|MSP|[Ss]enator|[Pp]eer|Representative)\s+|"
        rf"(?:MPs|MEPs|MSPs|[Ss]enators|[Pp]eers|Representatives)\s+{_HONORIFIC}{_LISTED_BEFORE}|"
        r"(?:MdB|Sen\.|Rep\.|Congress(?:wo)?man)\s+)"
        rf"{_HONORIFIC}$"
    ),
    "MP",
    "eer",
    "MEP",
    "MdB",
    "MSP",
    "enator",
    "Sen.",
    "Representative",
    "Rep.",
    "Congress",
)
# 'the SNP's foreign affairs spokesperson X', 'Plaid Cymru's X': a party in capitals or named as one, owning the
# parliamentary office or the name itself.
_PARTY_POSSESSIVE = regex.compile(
    r"(?<![\w])(?:the\s+)?(?P<party>\p{Lu}{2,5}|(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:Party|Cymru|Fáil|Féin|Labour|"
    r"Conservatives|Greens|Liberal Democrats))['’]s\s+"
    r"(?:(?:[\p{Ll}-]+\s+){0,3}(?:spokes(?:person|man|woman)|leader|whip|chair|member|deputy|MP|peer|lawmaker)\s+)?$"
)
_PARTY_MEMBER_BEFORE = regex.compile(
    r"(?:[,;]|\s(?:and|by))\s+(?P<party>New Democrat|Social Democrat|Christian Democrat|Liberal Democrat|Conservative|"
    r"Republican|Democrat)\s+$"
)
_NOT_PARTY = {"The", "A", "An", "Former", "Mr", "Ms", "Mrs", "Dr", "Fellow", "Opposition", "Independent", "Senior"}


def _party_before_title(before: str) -> tuple[str | None, str | None]:
    """(country, party) named right before 'MP'/'Senator' and the name ('Liberal MP X', 'the Finnish Left
    MEP X', 'the crossbench peer Lord X', 'Plaid Cymru's X'); a nationality alone is no party ('Canadian MP X')."""
    match = _PARTY_TITLE_BEFORE.search(before)
    if match is None:
        owner = _PARTY_POSSESSIVE.search(before)
        return (None, owner.group("party")) if owner and not _first_country(owner.group("party")) else (None, None)
    words = match.group("party").split()
    country = None
    while words and (words[0] in _NOT_PARTY or _first_country(words[0])):
        country = country or _first_country(words[0])
        words = words[1:]
    return country, " ".join(words) or None


def _before_name(text: str, start: int) -> tuple[str | None, str | None]:
    """Country and group written right before a name: a nationality ('the Lithuanian EPP member X',
    'литовец X', 'немецкий депутат Европарламента от «Зеленых» X') or 'от <country>'."""
    before = text[max(0, start - 90) : start]
    us_member = _US_TITLED.search(text[max(0, start - 200) : start])
    if us_member:
        return "United States", us_member.group("party")
    plural = _PLURAL_NATIONALITY.search(text[max(0, start - 200) : start])
    if plural and (country := _first_country(plural.group("nationality"))):
        return country, None
    members = _members_of_before(text[max(0, start - 200) : start])
    if members:
        listed = _RU_PARTY_OVER_NAMES.search(text[max(0, start - 200) : start])
        return members, (_russian_party(listed.group("party")) or listed.group("party")) if listed else None
    window = text[max(0, start - 240) : start]
    among = _RU_AMONG_MEMBERS.search(window)
    if among and (country := _first_country(among.group("nationality"))):
        return country, _russian_party(among.group("party")) if among.group("party") else None
    listed_party = _RU_PARTY_OVER_NAMES.search(window)
    party_match = _RU_PARTY_OF_MEMBER.search(window)
    party = _nominative_party(party_match.group("party")) if party_match else None
    if listed_party:  # 'депутатов польского Сейма от «Гражданской коалиции» — A, B и C'
        party = _russian_party(listed_party.group("party")) or listed_party.group("party")
    scope = _last(_SIGNED_FROM, window) or _last(_RU_SCOPE, window) or _last(_RU_HOUSE_BEFORE, window)
    if scope and (country := _scope_country(scope.group("scope"))):
        return country, party or _russian_group_before(before)  # ('от Социал-демократической партии Литвы')
    adjective = _RU_ADJECTIVE_LIST.search(text[max(0, start - 240) : start])
    if adjective and (country := _first_country(adjective.group("nationality"))):
        listed = _RU_PARTY_OVER_NAMES.search(adjective.group())
        return country, (_russian_party(listed.group("party")) or listed.group("party")) if listed else None
    house = _MEMBERS_OF_HOUSE.search(text[max(0, start - 240) : start])
    if house and (country := _first_country(house.group("country"))):
        return country, None
    listed = _COUNTRY_BEFORE_LIST.search(text[max(0, start - 200) : start])
    if listed and (country := _first_country(listed.group("country"))):
        return country, None
    fronted = _group_before_list().search(text[max(0, start - 200) : start])
    if fronted:
        return None, fronted.group("group")
    nation, party = _party_before_title(before)
    if party:
        return nation, party
    member = _PARTY_MEMBER_BEFORE.search(before)
    if member:  # '… co-signed by Liberal MP A, New Democrat B and Bloc MP C'
        return None, member.group("party")
    match = _nationality_before().search(before)
    country = _first_country(match.group("nationality")) if match else None
    if match and (country or not _RU_PARTY_BEFORE.search(before)):  # not 'депутат от СвДП X': a party
        group = match.group("group")
        noun = match.group("noun") if "noun" in match.groupdict() else None
        if group not in gazetteer.groups() and noun and noun[:1].isupper() and noun in _PARTY_NOUNS:
            return country, noun  # 'Danish Social Democrat X'
        return country, group if group in gazetteer.groups() else None
    word = _WORD_BEFORE.search(before)
    country = gazetteer.country_of_demonym(word.group("word")) if word else None
    if country is None and (adjective := _RU_NATIONALITY_BEFORE.search(before)):
        country = _first_country(adjective.group("nationality").lower())
    if country is None and (origin := _FROM_COUNTRY_BEFORE.search(before)):
        country = _first_country(origin.group("country"))  # 'представительница «Левых» из Финляндии X'
    return country, _russian_group_before(before)


_FROM_COUNTRY_BEFORE = regex.compile(r"(?<![\w])(?:из|от)\s+(?P<country>\p{Lu}\p{Ll}+)\s+$")


# 'представителей «Союза Отечества» Лаураса Стониса и Гедре Балтрушайтене': a party before a list of names.
_RU_PARTY_BEFORE = Gated(
    regex.compile(
        rf"(?:представител\w*|член\w*|депутат\w*\s+от)\s+(?P<word>(?:партии|фракции|блока|группы)\s+)?"
        rf"(?:«(?P<party>[^«»\n]{{3,60}})»|(?P<abbreviation>(?=\w*\p{{Lu}}\w*\p{{Lu}})\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,5}}"
        rf"(?:/\p{{Lu}}{{2,6}})?)"
        # 'депутаты от Социал-демократической партии Литвы A и B', 'член Партии свободы A': a party unquoted
        rf"|(?P<phrase>\p{{Lu}}[\p{{Ll}}-]+(?:\s+[\p{{Ll}}-]+){{0,3}}(?:\s+\p{{Lu}}\p{{Ll}}+)?))"
        # ('представительница «Левых» из Финляндии X': the member's country between)
        rf"(?:\s+(?:из|от)\s+\p{{Lu}}\p{{Ll}}+)?\s+"
        rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s*(?:,|и)\s+){{0,6}}$"
    ),
    "представител",
    "член",
    "депутат",
)
# A party's head noun in the genitive ('из «Движения либералов»') or nominative.
_RU_PARTY_HEAD = regex.compile(
    r"^(?:[\p{L}-]+\s+){0,2}(?:парти|союз|движени|альянс|блок|объединени|фронт|коалици|Союз|Движени|Альянс|Блок|Парти|"
    r"Объединени|Фронт|Коалици)\w*"
)


def _russian_party(written: str) -> str | None:
    """A Russian party name written in prose, in the nominative ('Движения либералов' -> 'Движение
    либералов'); None when it does not read as a party."""
    if not _RU_PARTY_HEAD.search(written):
        return None
    # 'Союза Отечества — Христианских демократов Литвы': each part of an apposition in the nominative
    return " — ".join(nominative_phrase(part) for part in rx(r"\s+[—–-]\s+").split(written))


def _quoted_party(found: regex.Match[str]) -> str | None:
    """'из «Польши 2050»' -> 'Польша 2050': a quoted party after 'из' / 'от', in the nominative."""
    if not found.group().lstrip().startswith(("из «", "от «")):
        return None
    return nominative_phrase(found.group("phrase"))


def _russian_group_before(before: str) -> str | None:
    """A known group named with 'от' / 'из' / 'фракции' right before a name, in the nominative
    ('от «Зеленых»' -> 'Зеленые'), or a party before a list ('представителей «Союза Отечества» A и B')."""
    party = _RU_PARTY_BEFORE.search(before)
    if party and party.group("abbreviation"):
        return party.group("abbreviation")  # 'представители ХДС A и B', 'депутат от СвДП A'
    if party and party.group("phrase"):
        return _russian_party(party.group("phrase"))
    if party:
        written = party.group("party")
        if written in gazetteer.groups():
            return written
        # 'депутат от партии «Союз 90/Зелёные» A': named a party, whatever its head noun
        return _russian_party(written) or (written if party.group("word") else None) or _plural_nominative(written)
    phrase = _RU_PARTY_PHRASE_BEFORE.search(before)
    if phrase and (party := _russian_party(phrase.group("phrase"))):
        return party  # 'от Европейской народной партии' -> 'Европейская народная партия'
    match = _RU_GROUP_BEFORE.search(before)
    if match is None:
        return None
    group = match.group("group")
    for form in (group, rx(r"ых$").sub("ые", group), rx(r"их$").sub("ие", group)):
        written = form + ("/" + match.group("tail") if match.group("tail") else "")
        if written in gazetteer.groups() or form in gazetteer.groups():
            return written
    return _plural_nominative(group) if "«" in match.group() else None


def _plural_nominative(word: str) -> str | None:
    """'«Зелёных»' -> 'Зелёные': a one-word party named in the genitive plural."""
    if not regex.fullmatch(r"\p{Lu}\p{Ll}+(?:ых|их)", word):
        return None
    return word[:-2] + ("ые" if word.endswith("ых") else "ие")


_RU_PARTY_PHRASE_BEFORE = regex.compile(r"(?<![\w])(?:от|из)\s+(?P<phrase>\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,4})\s+$")


_OFFICE_DASH = regex.compile(
    r"(?:\s*[–—-]\s*|\s+(?=MEP|MP))(?P<office>MEP|MP|Member of (?:the )?(?:European )?Parliament|"
    r"депутат\w* Европарламента|член\w* Европейского парламента|евродепутат\w*)(?![\w])"
)


# A word of a coordinated name, not a member's title ('…, Liberal MPs A and B, and Senators C (ISG)': C's group).
_LISTED_NAME_WORD = (
    r"(?!(?:MPs?|MEPs?|Senators?|Representatives?|Reps?|Deputies|Deputy|Lords?|Baroness)(?![\w]))" + _NAME_WORD
)
_SHARED_TRAILER = regex.compile(
    # ('шведка Ингрид Ланг и бельгиец Жан Дюпюи (…)': one word may stand before a name after 'и')
    rf"(?:(?:\s*,\s*|\s*,?\s+(?:and|и)\s+(?:\p{{Ll}}[\p{{Ll}}-]*\s+)?){_LISTED_NAME_WORD}"
    rf"(?:\s+(?:van|von|de|der|фон|ван)?\s*{_LISTED_NAME_WORD}){{0,3}})*"
    r"(?:\s*\((?:(?:both|all|each|оба|обе|все)\s*[—–-]?\s*)?(?:(?P<from>от|из)\s+)?(?P<inner>[^()\n]{2,80})\)"
    r"|,\s*(?:both|all|each)\s+(?:members\s+)?(?:of|from)\s+(?:the\s+)?(?P<inner>[^,;.()\n]{2,60})"
    # 'Ингрид Ланг и Жан Дюпюи — оба из группы «Прогрессивный альянс социалистов и демократов»'
    r"|\s*[—–]\s*(?:оба|обе|все|both|all)\s+(?P<from>из|от|of|from)\s+(?:(?:группы|фракции|партии|the)\s+)?"
    r"(?:«(?P<inner>[^«»\n]{2,80})»|(?P<inner>[^,;.()«»\n]{2,60})))"
)


_GROUP_SLASH_CODE = regex.compile(r"(?<=[\p{Lu}a-z])/(?P<code>\p{Lu}{2})(?![\w/&-])")


def split_group_code(trailer: str) -> str:
    """'(ECR/PL)': a group and a country code joined by a slash, written apart ('ECR, PL')."""
    return _GROUP_SLASH_CODE.sub(
        lambda m: f", {m.group('code')}" if m.group("code") in _COUNTRY_CODES else m.group(), trailer
    )


def country_of_code(token: str) -> str | None:
    """The country of a two-letter code standing alone ('NL', 'PL'), unless it names a group."""
    code = token.strip(" .")
    return _COUNTRY_CODES.get(code) if code not in gazetteer.groups() else None


def _tail(text: str, end: int, names: SpanSet) -> str:
    """The trailer after a name (`_trailer`), with the country a list of such names ends with when the
    trailer names none ('A (Grüne), B (SPD) and C (Die Linke) from Germany, and D (NEOS) from Austria')."""
    trailer = _trailer(text, end, names)
    if not trailer.endswith(";") or _first_country(trailer):
        return trailer
    listed = _LISTED_FROM.match(text, end, min(len(text), end + 300))
    country = listed.group("country") if listed and _first_country(listed.group("country")) else None
    return f"{trailer} {country};" if country else trailer


def _trailer(text: str, end: int, names: SpanSet) -> str:
    """The parenthesis or comma-separated trailer after a name, up to the end of its item or the next
    name; 'X and Y (both EPP)' gives X the trailer it shares with Y."""
    own = rx(r"\s*\(([^()\n]{2,40})\)").match(text, end, min(len(text), end + 60))
    if own and _names_a_person(text, own.group(1), names):
        return ""  # 'Media contact: Megan Torres (Okafor)': the office of a person named in the text, no party
    shared = _SHARED_TRAILER.match(text, end, min(len(text), end + 200))
    if shared:
        inner = shared.group("inner")
        if shared.group("from") in ("от", "из"):  # '(оба — от Либерального движения)': in the nominative
            inner = _russian_party(inner) or inner
        return inner + ";"
    after = text[end : end + 160]
    paren = rx(r"\s*\(([^()\n]{2,120})\)").match(after)
    if paren:
        return split_group_code(paren.group(1)) + ";"
    origin = _FROM_COUNTRY.match(after)
    if origin and _first_country(origin.group("country")):  # 'Феликс Хартманн из Германии (Зеленые/ЕСА)'
        return f"{origin.group('country')}; {origin.group('inner') or ''};"
    described = _PARTY_MEMBER.match(after)
    if described and not _first_country(
        described.group("party")
    ):  # ', a Liberal Democrat member of the House of Lords'
        return f"{described.group('party').strip()}; member of the {described.group('house') or 'parliament'};"
    from_party = _FROM_PARTY.match(after)
    party = from_party and (
        from_party.group("party") or _russian_party(from_party.group("phrase")) or _quoted_party(from_party)
    )
    if party:  # 'Томаса Вальтера из СДПГ', 'Сабине Кёрнер из Прогрессивного альянса социалистов и демократов'
        return party + ";"
    family = _PARTY_FAMILY_MEMBER.match(after)
    if family:  # 'Mattias Brandt, a Social Democrat;', 'X, a member of the Council of States for the FDP'
        return family.group("party").strip() + ";"
    member = _MEMBER_FROM.match(after)
    if member:  # 'Хальбах — депутат бундестага от СДПГ'
        return member.group("party").strip("«»") + ";"
    office = _OFFICE_DASH.match(after)
    if office:  # 'X – Member of the European Parliament (S&D, Portugal)', 'X MEP, Portugal'
        paren = rx(r"\s*\(([^()\n]{2,120})\)").match(after, office.end())
        if paren:
            return paren.group(1) + ";"
        comma = rx(r"\s*,\s*([^,;\n]{2,60})").match(after, office.end())
        seat = _PARTY_SEAT.match(comma.group(1)) if comma else None
        if seat:  # 'Helen Marchbank MP, Labour Member of Parliament for Dunmore West'
            return seat.group("party").strip() + "; member of parliament;"
        return comma.group(1) if comma and _first_country(comma.group(1)) else office.group("office")
    after = rx(r"\b(?:Mr|Ms|Mrs|Lord|Lady|Dr)\.?\s|\s(?:а также|как и|as well as|and also)\s").split(after)[0]
    after = _item_end(after)
    next_name = names.next_start(end)
    if next_name is not None and next_name - end < len(after):
        after = after[: next_name - end]  # ', представитель Польши Роберт Бедронь («…»)': the next one's
    comma = rx(r"\s*,([^\n;]{2,150})").match(after)
    if comma and (
        rx(r"\n").search(text[end : end + len(comma.group()) + 2])
        or text[end : end + 160].find(";") >= 0
        or (_first_country(comma.group(1)) and _group_in(comma.group(1)))
        or rx(r"(?i:member of)|Chairman of|MEP|MP\b").search(comma.group(1))
        or _SITS_WITH.search(comma.group(1))
        or _REPRESENTS.search(comma.group(1))
        or (rx(r"\s*(?:an?|the)\s+\p{Lu}\p{Ll}+\s").match(comma.group(1)) and _first_country(comma.group(1)))
    ):
        return comma.group(1)
    return ""


def _names_a_person(text: str, inner: str, names: SpanSet) -> bool:
    """Whether a one-word parenthesis is the surname of a person named in the text."""
    word = inner.strip()
    if not regex.fullmatch(r"\p{Lu}\p{Ll}+", word):
        return False
    return any(text[start:stop].split()[-1:] == [word] for start, stop in names.spans())


# Where a comma trailer ends: the sentence, or the next item of a list ('X, a Portuguese Socialist, and
# the Czech MEP Y'), counted outside parentheses so '(Socialists and Democrats, Portugal)' stays whole.
_ITEM_BREAK = regex.compile(r"[.!?]\s+(?=\p{Lu})|,?\s+(?:and|и)\s+(?=(?:the\s+|a\s+|an\s+)?\p{Lu}\p{Ll}+\s+\p{Lu})")


def _item_end(after: str) -> str:
    """The trailer cut at the end of its sentence or list item (outside parentheses)."""
    for match in _ITEM_BREAK.finditer(after):
        if after.count("(", 0, match.start()) <= after.count(")", 0, match.start()):
            return after[: match.start()]
    return after


_PARTY_MEMBER = regex.compile(
    r"\s*,\s*an?\s+(?P<party>(?:\p{Lu}[\p{L}-]+\s+){1,3}?)(?:(?:member|senator)\s+of\s+the\s+"
    r"(?P<house>House of (?:Lords|Commons|Representatives)|Senate|Bundestag|Sejm|Seimas|Storting|Riksdag)|peer|MP)"
    r"(?![\w])"
)
_PARTY_FAMILY_MEMBER = regex.compile(
    r"\s*,\s*an?\s+(?:(?P<party>Social Democrat|Christian Democrat|Conservative|Liberal Democrat|Liberal|Green|"
    r"Socialist|Republican|Democrat)(?=\s*(?:[;.]|,\s|\s+and\s|$))"
    r"|member\s+of\s+the\s+[^,;.()\n]{3,40}?\s+for\s+the\s+(?P<party>\p{Lu}{2,6}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})"
    r"(?=\s*(?:[;.]|,\s|\s+and\s|$)))"
)
_PARTY_SEAT = regex.compile(
    r"(?P<party>(?:\p{Lu}[\p{L}-]+\s+){1,3}?)(?:Member of Parliament|MP|MSP|MS|TD|member)\s+for\s"
)
_MEMBER_FROM = regex.compile(
    r"\s*[—–-]\s*(?:депутат\w*|член\w*)\s+(?:\p{Ll}+\s+){0,2}от\s+(?:партии\s+)?"
    r"(?P<party>«[^«»\n]{2,40}»|\p{Lu}[\p{Lu}\p{Ll}/]{1,10})"
)
_FROM_PARTY = regex.compile(
    r"\s+(?:из|от)\s+(?:(?:партии|фракции|группы)\s+)?(?:(?P<party>\p{Lu}{2,6})(?![\w])"
    # 'из фракции социалистов и демократов (S&D)': the group's own short form in brackets
    r"|(?<=(?:фракции|группы)\s+)(?:\p{Ll}+\s+){1,6}?\((?P<party>[^()\n]{2,30})\)"
    r"|(?P<phrase>\p{Lu}\p{Ll}+(?:ого|его|ой|ей|ых|их)\s+\p{Ll}+(?:\s+\p{Ll}+){0,4}?)(?=\s*[,.;)]|\s+и\s+\p{Lu})"
    # 'из «Польши 2050»', 'из фракции Союза Отечества — Христианских демократов Литвы'
    r"|«(?P<phrase>[^«»\n]{2,60})»"
    r"|(?<=(?:партии|фракции|группы)\s+)(?P<phrase>(?:Союз|Движени|Альянс|Блок|Объединени|Фронт|Коалици)\w*"
    r"(?:\s+(?:[—–-]\s+)?\p{L}+){0,6}?)(?=\s*[,.;)]|\s+и\s+\p{Lu}))"
)
_LISTED_FROM = regex.compile(
    r"(?:\s*\([^()\n]{1,60}\)|\s*,|\s+and|\s+\p{Lu}[\p{L}'’.-]*)*?\s+from\s+(?P<country>\p{Lu}[\p{L}-]+)"
)
_FROM_COUNTRY = regex.compile(
    r"\s+(?:(?:из|from)\s+(?P<country>\p{Lu}[\p{L}-]+)(?:\s*\((?P<inner>[^()\n]{2,120})\)"
    r"|,\s*член\w*\s+(?:группы|фракции|партии)\s+«(?P<inner>[^«»\n]{2,60})»)?"  # 'X из Австрии, член группы «…»'
    r"|of\s+(?:the\s+)?(?P<country>\p{Lu}[\p{L}-]+)\s*\((?P<inner>[^()\n]{2,120})\))"  # 'X of Denmark (Renew)'
)


@lru_cache(maxsize=4096)  # the same nationality words and trailers are read for many names
def _first_country(tail: str) -> str | None:
    """First country named in a trailer, as written when it is a full name ('Republic of Moldova');
    else a two-letter country code standing alone in it ('(Renew, NL)', as EP questions write them)."""
    for match in gazetteer.countries().pattern.finditer(tail):
        label = gazetteer.countries().label(match.group())
        if label:
            written = match.group()
            return written if " " in written and written[:1].isupper() and " " in label + written else label
    for code in _CODE.findall(tail):
        if code in _COUNTRY_CODES and code not in gazetteer.groups():
            return _COUNTRY_CODES[code]
    return None


_CODE = regex.compile(r"(?<![\w/&-])(\p{Lu}{2})(?![\w/&-])")
# ISO 3166 codes of the countries whose members sign such letters (EU, Council of Europe, the region, US).
_COUNTRY_CODES = {
    "AT": "Austria",
    "BE": "Belgium",
    "BG": "Bulgaria",
    "HR": "Croatia",
    "CY": "Cyprus",
    "CZ": "Czech Republic",
    "DK": "Denmark",
    "EE": "Estonia",
    "FI": "Finland",
    "FR": "France",
    "DE": "Germany",
    "GR": "Greece",
    "EL": "Greece",
    "HU": "Hungary",
    "IE": "Ireland",
    "IT": "Italy",
    "LV": "Latvia",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "MT": "Malta",
    "NL": "Netherlands",
    "PL": "Poland",
    "PT": "Portugal",
    "RO": "Romania",
    "SK": "Slovakia",
    "SI": "Slovenia",
    "ES": "Spain",
    "SE": "Sweden",
    "UK": "United Kingdom",
    "GB": "United Kingdom",
    "NO": "Norway",
    "CH": "Switzerland",
    "IS": "Iceland",
    "UA": "Ukraine",
    "MD": "Moldova",
    "GE": "Georgia",
    "AM": "Armenia",
    "AZ": "Azerbaijan",
    "KZ": "Kazakhstan",
    "KG": "Kyrgyzstan",
    "UZ": "Uzbekistan",
    "TJ": "Tajikistan",
    "TM": "Turkmenistan",
    "BY": "Belarus",
    "RU": "Russia",
    "TR": "Turkey",
    "RS": "Serbia",
    "AL": "Albania",
    "ME": "Montenegro",
    "MK": "North Macedonia",
    "BA": "Bosnia and Herzegovina",
    "US": "United States",
}


def _group_in(tail: str) -> str | None:
    """Political group in a trailer: a known EP/PACE group, else 'Chairman of the <party>'."""
    group = _group_named_in(tail)
    group = group.rstrip(" .") if group else None  # '… a member of the European Conservatives and Reformists.'
    bare = rx(r"^(?:the\s+)?(.+?)\s+(?:[Gg]roup|political group)$").sub(r"\1", group) if group else None
    return bare if bare in gazetteer.groups() else group  # 'the Renew Europe group' -> 'Renew Europe'


def _group_named_in(tail: str) -> str | None:
    """The group as the trailer writes it ('… представляющая Финляндию и фракцию «Зелёные/ЕСА»')."""
    for quoted in rx(r"«([^«»\n]{2,60})»(?!/)").finditer(tail):
        if quoted.group(1) in gazetteer.groups():
            return quoted.group(1)
    for token in rx(r"\s*[;,()]\s*|\s+(?=\p{Lu}{2,})").split(tail):
        token = token.strip(' «»"“”').replace("»/", "/").replace("«", "")  # '«Зеленые»/ЕСА'

        if token in gazetteer.groups():
            return token
    sits = _SITS_WITH.search(tail)
    if sits:
        return sits.group("group")
    represents = _REPRESENTS.search(tail)
    if represents and _PARTY_NAME.search(represents.group("party")):
        return represents.group("party")  # ', who represents the Left-Green Movement'
    for party in _PARTY_OF.finditer(tail):
        if rx(r"(?:\ba|\ban)\s+$").search(tail[max(0, party.start() - 4) : party.start()]):
            continue  # 'and by a member of the Working Group': someone else
        if not _NON_PARTY.search(party.group("party")):
            return party.group("party").strip()
    if tail.endswith(";"):  # a parenthesis: '(Lithuania, Homeland Union)'
        return _named_segment(tail)
    return None


# 'фракция «Союз Отечества»', 'партия КПРФ': the word for a party before its name (read in trailers and signature cells)
# ('фракция «Союз Отечества»' is the group «Союз Отечества»; 'Партия Венстре', capitalised, is the party's name)
PARTY_WORD = regex.compile(
    r"^(?:(?:фракци[яи]|парти[яи]|групп[аы]|блок|faction|party|group)\s+(?=[«\"“\p{Lu}])"
    r"|(?:Фракци[яи]|Парти[яи]|Групп[аы]|Блок|Faction|Party|Group)\s+(?=[«\"“]))"
)
_PARTY_NOUN = regex.compile(
    r"(?:социал-демократ|христианск\w+ демократ|либерал|консерватор|зел[её]н|социалист|коммунист)\w*|"
    r"(?:social democrats?|liberals?|conservatives?|greens|socialists?)"
)


def _named_segment(tail: str) -> str | None:
    """A capitalised part of a parenthesis that is not a country: a party or group."""
    for part in rx(r"\s*[;,]\s*").split(tail):
        part = PARTY_WORD.sub("", part)  # '(фракция КПРФ)', '(партия «Зелёные»)'
        if _PARTY_NOUN.fullmatch(part):
            return part  # '(социал-демократы)': a party family as the text writes it
        words = part.split()
        bare = part.lstrip('«"“')  # '(«Союз Отечества»)', '(Германия, «Зеленые»/ЕСА)'
        named = 1 <= len(words) <= 6 and bare[:1].isupper() and not rx(r"\d").match(bare)
        known = gazetteer.countries().label(part) or gazetteer.places().label(part)
        if named and not known and not _NON_PARTY.search(part):
            quoted = part[:1] in '«"“' and part[-1:] in '»"”' and rx(r"^.[^«»\"“”]+.$").match(part)
            return part[1:-1] if quoted else part
    return None


# Where letters and statements are written, not where the people they defend are persecuted.
# The words of a parliament or its members, beside which a country names the signers' side.
_HOUSE_BESIDE = regex.compile(
    r"(?i:сейм\w*|seim\w*|sejm\w*|парламент\w*|parliament\w*|депутат\w*|\bMPs?\b|\bMEPs?\b|senat\w*|сенат\w*|"
    r"bundestag|бундестаг\w*|riksdag|storting|стортинг\w*|риксдаг\w*|deputies|lawmakers|congress\w*|конгресс\w*)"
)
_VENUES = {"Brussels", "Strasbourg", "Geneva", "New York", "Washington", "The Hague", "Luxembourg", "Vienna", "Warsaw"}


def main_country(text: str) -> str | None:
    """The country named most often (first named on ties); else the country of the places named. A country
    named as a parliament's or its members' ('депутаты Сейма Литвы', 'Lithuanian MPs') counts a third: in news of
    a letter the signers' countries are named over and over, the country they write about less."""
    counts: dict[str, float] = {}
    for start, end, _, label in gazetteer.lexicon_matches("countries", text):
        beside = text[max(0, start - 30) : min(len(text), end + 30)]
        counts[label] = counts.get(label, 0) + (1 / 3 if _HOUSE_BESIDE.search(beside) else 1)
    if not counts:
        for _, _, _, place in gazetteer.lexicon_matches("places", text):
            country = gazetteer.place_country().get(place)
            if country and place not in _VENUES:
                counts[country] = counts.get(country, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None
