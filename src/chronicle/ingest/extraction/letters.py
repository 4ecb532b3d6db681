"""Letters, appeals, written questions and joint statements: signatories, counts, addressee, demands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import regex

from chronicle.ingest.extraction.dates import DateMention
from chronicle.ingest.extraction.numbers import parse_number
from chronicle.ingest.extraction.prefilter import prefiltered
from chronicle.ingest.extraction.signature import SignatureBlock
from chronicle.ingest.extraction.text import Sentence, SpanSet, rx, sentence_at

_LETTER_SOURCE = (
    r"(?<![\w])(?:(?P<written>written (?:declaration|question)s?|(?:priority )?questions? for written answer|"
    r"письменн\w* (?:вопрос|запрос|деклараци)\w*|депутатск\w* запрос\w*|parliamentary inquir(?:y|ies))"
    r"|(?P<open>open letters?)"
    r"|(?P<joint>joint (?:letter|statement|appeal)s?)"
    r"|(?:(?:an?|the|this|their|two|three|second|another|first|one|\d+|"
    r"[\w-]+-page|urgent)\s+(?:(?:similar|new|further|formal|personal|separate|earlier|previous)\s+)?)"
    r"(?P<plain>letters?|appeals?(?!\s+(?:[\w-]+\s+)?(?:courts?|chambers?|tribunals?|judges?|hearings?)(?![\w]))|"
    r"petitions?|communications?(?=\s+(?:to|was|also|of|from|sent|refers|notes|urges|says)\s))"
    r"|(?P<statement>statements?)(?=(?:,[^,.;\n]{0,80},)?\s+(?:(?:was|were)\s+)?(?:also\s+)?"
    r"(?:issued|adopted|published|released|signed))"  # ('The statement, addressed to X, was signed by')
    # 'the co-rapporteurs …, A (Norway, SOC) and B (Estonia, EPP/CD), made the following statement today:'
    r"|(?<=(?:made|issued|released|delivered)\s+the\s+following\s+(?:joint\s+)?)(?P<statement3>statement)"
    r"|(?:in|a|the)\s+(?P<statement2>statement)(?=\s+(?:issued|adopted)|\W+(?:\w+\W+){0,6}?(?:MEPs|"
    r"Parliament|Subcommittee|Committee|deputies|parliamentarians))"
    r"|(?P<ru>открыт\w* письм\w*|"
    # ('обращение с задержанными' is how they are treated; 'обращение с требованием освободить' is an appeal)
    r"обращени[еюя](?<!(?:жесток|бесчеловечн|унижающ|плох|ненадлежащ|груб)\w*\s+обращени[еюя])"
    r"(?!\s+с\s(?!(?:требовани|призыв|просьб)))|"
    r"обращении(?!\s+(?:с|в|к)\s)(?=\s+\d+\s|\s+(?:депутат|парламентари|евродепутат|член)\w*)|письм(?:ом|[оаеу])(?!\s+(?:\S+\s+){0,3}из\s+(?:колони|тюрьм|СИЗО|заключени))|"
    r"петици[яию]|заявлени[еию] (?:депутат|"
    r"парламент|евродепутат)\w*|совместн\w* (?:заявлени|обращени)\w*|заявлени[ея](?=\s+подписал)|"
    r"проект\w* (?:заявлени|резолюци|обращени|декларации)\w*)"
    r"|(?P<wrote>(?:have|has)\s+written|wrote)(?=\s+to\s)"
    # 'депутаты уже обращались к Фолькеру Тюрку', 'had already written to': an earlier letter, told by its verb
    r"|(?P<already>(?:уже|ранее|прежде)\s+(?:обращал\w*|направлял\w*\s+(?:письм|обращени)\w*)|"
    r"(?:had|have)\s+already\s+(?:written|appealed)(?=\s+to\s))"
    # 'a bipartisan resolution … cosponsored by Sens. A (R-Idaho), B', 'urgency resolution … On behalf of the EPP
    # Group: A, B', 'an Early Day Motion tabled by': motions whose sponsors are named sign them
    r"|(?P<resolution>(?:(?:urgency|joint|bipartisan|draft|companion)\s+)?resolution|(?:early day\s+)?motion)"
    r"(?=[^.\n]{0,160}?(?:co-?sponsor|introduced by|tabled by|signed by|led by)|[^\n]*\n(?:[^\n]*\n){0,12}?"
    r"[ \t]*On behalf of the|[^\n]*\n(?:[^\n]*\n){0,30}?[ \t]*(?:Primary )?(?:Co-?)?[Ss]ponsors?[ \t]*:?[ \t]*\n)"
    r"|(?P<experts>(?:UN|United Nations) (?:human rights )?experts|(?:ООН|ООН по правам человека) эксперт\w*|"
    r"эксперт\w* ООН|(?-i:The|the) experts)(?=\s+(?:\w+\s+){0,2}(?:called|urged|said|expressed|demanded|warned|wrote|"
    r"asked|noted|raised|sent|призвал\w*|"
    r"потребовал\w*|заявил\w*|выразил\w*))"
    r"|(?m:^)[ \t]*(?P<salutation>(?-i:Dear|Уважаем\w*|Дорог\w*)\s+(?-i:\p{Lu})[^\n]{0,80}[,!:]?[ \t]*$)"
    r"|(?P<undersigned>we,?\s+the\s+undersigned|the\s+undersigned|мы,?\s+нижеподписавш\w*|нижеподписавш\w*)"
    r"|(?m:^)[ \t]*(?P<title>(?:open\s+|joint\s+)?(?:letter|appeal|petition)s?|(?:открытое\s+|совместное\s+)?"
    r"(?:письмо|обращение))(?=\s+(?:to|by|of|from|on|concerning|regarding|addressed|к|в адрес|от|по поводу|о)\s)"
    r"|(?m:^)[ \t]*(?P<title2>(?:joint\s+)?(?:statement|declaration)|(?:совместное\s+)?заявление)(?=\s+(?:by|от)\s+"
    r"(?:[\w-]+\s+){0,3}(?:members|MEPs|MPs|parliamentarians|deputies|senators|experts|членов|депутатов|"
    r"евродепутатов|парламентариев|экспертов)\s)"
    r"|(?m:^)[ \t]*(?P<heading>joint statement|совместное заявление|заявление(?=\s+(?:\p{Ll}+\s+)?организаций)))"
    r"(?![\w])"
)
_LETTER = regex.compile(_LETTER_SOURCE, regex.IGNORECASE)
# '[\w-]+-page' ('a two-page letter') lets every word open a match, which leaves a prefilter nothing to
# skip; a text that never writes '-page' is read without it, twice as fast.
_PAGED = regex.compile(r"-page", regex.IGNORECASE)
_LETTER_UNPAGED = regex.compile(_LETTER_SOURCE.replace(r"[\w-]+-page|", "", 1), regex.IGNORECASE)
# Who issue a statement that is a joint one: rapporteurs, members of parliaments, delegations, experts.
_STATEMENT_AUTHORS = regex.compile(
    r"(?i:rapporteurs?|co-rapporteurs|MEPs|MPs|members|parliamentarians|delegation|experts|chairs?|"
    r"Special Representatives?)(?:[^.\n]|\.(?=\)))*$"
)
# 'Senators A (D-NH) and B (R-Miss.) wrote to', '14 organisations, including A and B, wrote to'
_WRITERS = regex.compile(
    r"(?:MEPs|MPs|Parliament|parliamentarians|[Mm]embers|[Ss]enators|deputies|lawmakers|[Cc]ongress(?:wo)?m[ae]n|"
    r"[Rr]epresentatives|organi[sz]ations|NGOs|groups)(?:[^.\n]|\.(?=\)))*$"
)
_ORDINAL = regex.compile(
    r"(?:second|third|another|other|второе|другое|ещё одно|еще одно|"
    r"an?\s+(?:similar|new|further|separate|earlier|previous))\s",  # 'eight MPs sent a similar letter'
    regex.IGNORECASE,
)
_NOT_FIRST = r"(?:не перв(?:ое|ый|ая)|not the first)"
# 'an earlier letter', 'прошлогоднее обращение': a letter told in passing before the one the text is about.
_EARLIER_BEFORE = regex.compile(
    rf"(?<![\w])(?:{_NOT_FIRST}|предыдущ\w+|прошлогодн\w+|прежн\w+|an earlier|the earlier|a previous|the previous)\s+$",
    regex.IGNORECASE,
)
# 'Это уже не первое подобное обращение. В сентябре прошлого года 38 депутатов … направили письмо': the sentence after
# 'not the first' tells the earlier letter.
_NOT_THE_FIRST = regex.compile(rf"{_NOT_FIRST}\s+(?:\w+\s+)?$", regex.IGNORECASE)
_AFTER_NOT_THE_FIRST = regex.compile(
    rf"{_NOT_FIRST}[^.!?\n]{{0,80}}[.!?:]\s+(?=[^.!?\n]{{0,250}}$)[^.!?\n]{{0,120}}?"
    r"(?:прошл\w+|позапрошл\w+|ранее|last|previous|earlier|(?:в|in)\s+\d{4}|январ|феврал|марте|апрел|мае|июн|июл|"
    r"август|сентябр|октябр|ноябр|декабр|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[^.!?\n]{0,200}$",
    regex.IGNORECASE,
)
_ALREADY = regex.compile(r"(?:уже|ранее|прежде|had\s+already|have\s+already)\s", regex.IGNORECASE)
_EARLIER_OPENING = regex.compile(r"(?:an?|the)\s+(?:earlier|previous)\s", regex.IGNORECASE)
_COUNT_OF_LETTERS = regex.compile(
    # ('has written 31 letters to the prosecutor': a campaign of letters, not documents told one by one)
    r"(?<![\w])(?P<n>two|three|four|five|[2-5]|два|две|три|четыре|пять)\s+(?:open\s+|joint\s+)?(?:letters|"
    r"appeals|written questions|письма|обращения)",
    regex.IGNORECASE,
)
# 'The experts: A, Special Rapporteur on …; B, …' / 'said the experts, who include the Special Rapporteur, A':
# the officials who speak as the statement's authors.
_EXPERTS_SIGNING = (
    r"experts(?=\s*(?::|are\s*:|, who (?:include|are)|who (?:signed|endorsed|issued)))"
    r"|эксперт\w*(?=\s*:)"
)
# 'Светлана Тихановская направила письмо …', 'X sent an open letter to …': the subject before the verb wrote it.
_SENT_LETTER = (
    r"(?:направил\w*|отправил\w*|написал\w*|sent|wrote|addressed|has written|have written)\s+"
    r"(?:an?\s+|the\s+)?(?:open\s+|открытое\s+)?(?:letter|письмо|обращение)"
)
_SENT_LETTER_PATTERN = regex.compile(_SENT_LETTER, regex.IGNORECASE)
_SIGNING = regex.compile(
    rf"{_SENT_LETTER}|"
    r"signatories|signed(?:,[^,.;]{0,30},|\s+on behalf of [^,.;]{0,60}?)?(?: by|(?=\s*:))|"
    r"initiated by|promoted by|co-signed|co-signed by|"
    r"authored by|signed it|(?<=statement[^.;]{0,40}?)(?:issued|released|made) by|"
    r"coordinated by|organi[sz]ed by|(?:letter|appeal|initiative|effort)(?:,[^,]{0,60},)? (?:was )?led by|"
    r"(?:question|declaration|letter|appeal|motion|statement) by|"
    r"sent by|written by|joined by|(?<![\w])joined(?= (?:the|in|them|him|her))|"
    r"присоединил\w*|соавтор\w*|co-?sponsor\w*|co-?authored|подготовлен\w* (?!\w+ (?:организаци|центр))|"
    r"drafted by|prepared by|(?:(?<![\w])(?:его|ее|её|письмо|обращение|запрос|заявление|текст)\s+)подготовил\w*|"
    r"подписал\w*|подписан\w*|подписи|авторы(?=\s*:)|авторами (?:письма|обращения|заявления)|"
    r"инициатор\w* (?:письма|обращения|заявления|запроса)|(?:его|ее|её|их) инициатор\w*|подписавш\w*|за подписью|"
    r"(?:среди|в числе) авторов|among the authors|"
    rf"{_EXPERTS_SIGNING}",
    regex.IGNORECASE,
)
# 'co-signed by three colleagues': the colleagues and the initiator.
_COLLEAGUES = (
    r"(?:co-signed|signed|supported|joined) by (?P<colleagues>[\w-]+) (?:other )?(?:colleagues|коллег\w*)"
    r"|(?:подписал\w*|поддержал\w*) (?:ещё |еще )?(?P<colleagues_ru>[\w-]+) (?:коллег\w*)"
)
# 'Двадцать семь депутатов', 'twenty seven MEPs': a count written in two words, the tens first.
_TENS = (
    r"(?:(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)\s+)?"
)
_AUTHORS = regex.compile(
    r"(?:signed by|by|participation of|joined by|подписал\w*|за подписью|"
    rf"подписан\w*)\s+(?P<other>other\s+)?(?P<n>{_TENS}[\w-]+)\s+(?:other\s+)?(?:MEPs|members|parliamentarians|"
    r"deputies|MPs|senators|депутат\w*|евродепутат\w*|парламентари\w*|член\w*)"
    r"|(?P<n3>\d+|[\w-]+)\s+signatories"
    rf"|{_COLLEAGUES}"
    rf"|(?P<n2>{_TENS}[\w-]+)\s+(?:MEPs|Members of (?:the )?(?:European )?\w+|members of \w+|parliamentarians|"
    r"deputies|MPs|депутат\w*)"
    r"(?:,?\s+[\w’'-]+){0,8}?,?\s+(?:signed|ha(?:ve|s) signed|sent|ha(?:ve|s) sent|wrote|ha(?:ve|s) written|addressed|"
    r"tabled|ha(?:ve|s) tabled|submitted|ha(?:ve|s) submitted|(?:have |has )?(?:co-signed|supported|backed|"
    r"endorsed|joined)|called (?:on|upon|for)|urged|asked|направил\w*|подписал\w*|поддержал\w*|призвал\w*|"
    r"обратил\w*|написал\w*|выступил\w*)",
    regex.IGNORECASE,
)
# A word every count of authors is written with (each branch of _AUTHORS holds one): most sentences have
# none, and this is found or ruled out far faster than _AUTHORS fails.
_AUTHOR_WORDS = regex.compile(
    r"MEPs|members|parliamentarians|deputies|MPs|senators|депутат|парламентари|член|signatories|colleagues|коллег",
    regex.IGNORECASE,
)
_DEMAND = regex.compile(
    r"(?:call(?:s|ed)? (?:on|upon|for)|urg(?:e|es|ed)|demand(?:s|ed)?|ask(?:s|ed)|request(?:s|ed)?|to exert|"
    r"призыва\w*|призвал\w*|требу\w*|потребовал\w*|просят|просил\w*)\s+(?P<what>[^.;\n]{5,160})",
    regex.IGNORECASE,
)
_ADDRESSEE = regex.compile(
    r"(?:addressed(?: to)?|to|urged|urging|calling on|called on|appeal to|letter to|обратил\w* к|адресован\w*|"
    r"письмо|обращение)\s+"
    r"(?P<who>(?:the )?(?:[\w’'-]+\s+){0,3}?(?:President|Prime Minister|Speaker|спикер\w*|leaders?|authorities|"
    r"Secretary(?: of State| General)?|Chancellor|Ambassador|госсекретар\w*|канцлер\w*|"
    r"government|Minister|Commissioner|Council|Commission|High Representative|Prosecutor[\w-]*|президент\w*|власт\w*|"
    r"руководств\w*|Верховн\w* представител\w*|Еврокомисси\w*|генпрокурор\w*)[^.;:\n]{0,90}?)(?=\s+to\s|"
    r",?\s+(?:urging|calling|asking|demanding|requesting|over|about|regarding|с призывом|с просьбой|с требованием)\s|"
    r"\s+in\s|\s+(?:направил\w*|подписал\w*|отправил\w*|написал\w*|was sent|were sent|sent|signed)\s|[.;:\n]|$"
    r"|,\s+(?:was|were|is|are|has|had|which|who)\s)",  # ('addressed to President X, was signed by')
    regex.IGNORECASE,
)


@dataclass
class Signatory:
    """A named signatory with country and group as written near the name."""

    name: str
    country: str | None
    group: str | None
    start: int
    end: int
    official: bool = False
    parliamentarian: bool = False
    organisation: bool = False  # an organisation signing ('Signatories: Freedom Now, …'), not a person


@dataclass
class Letter:
    """A letter, appeal, written question or statement."""

    kind: str
    start: int
    end: int
    date: str | None = None
    authors_count: int | None = None
    addressee: str | None = None
    signatories: list[Signatory] = field(default_factory=list)
    demands: list[str] = field(default_factory=list)
    # An earlier letter told in passing ('Это уже не первое обращение: осенью 42 депутата …'): the lists and
    # counts of the text are the main letter's, not this one's.
    earlier: bool = False


def find_letters(
    text: str,
    sentences: list[Sentence],
    candidates: list[Signatory],
    dates: list[DateMention],
    listed: Sequence[Signatory] = (),
    blocks: Sequence[SignatureBlock] = (),
    today: date | None = None,
) -> list[Letter]:
    """The letters described in the text, each with the signatories named in its passages and blocks."""
    anchors = _anchors(text)
    if not anchors and any(block.marked for block in blocks):
        anchors = [(0, 0, "letter")]  # a signed list under no letter word: the text is the letter
    if not anchors:
        return []
    letters = _letters_from_anchors(text, anchors)
    first_sentence = sentences[sentence_at(sentences, anchors[0][0])]
    own_date = _own_date(text, dates, sentences, anchors, today) if len(letters) == 1 else None
    for index, letter in enumerate(letters):
        sentence = sentences[sentence_at(sentences, letter.start)]
        letter.date = (
            own_date
            or _bound_in_part(text, dates, sentences, anchors, letters, index)
            or _date_of(dates, sentence, text)
            or _date_of(dates, first_sentence, text)
        )
        letter.authors_count = _authors_count(sentence.text)
    main = [letter for letter in letters if not letter.earlier]
    if len(main) == 1:  # (the one letter the text is about, beside earlier ones told in passing)
        told_in_passing = [letter.start for letter in letters if letter.earlier]
        own_anchors = [
            anchor
            for anchor in anchors
            if anchor[0] not in told_in_passing and not _NOT_THE_FIRST.search(text, max(0, anchor[0] - 30), anchor[0])
        ]  # ('Это уже не первое обращение: осенью 42 депутата …': that sentence counts the earlier one's authors)
        _fill_from_mentions(text, sentences, main[0], own_anchors, dates)
        main[0].addressee = _addressee(text, sentences, main[0])
        _fill_from_lede(sentences, main[0])
        main[0].date = main[0].date or _dateline(text, dates)
        main[0].authors_count = main[0].authors_count or _stated_total(text)
    _assign_signatories(text, sentences, letters, candidates)
    _assign_listed(sentences, letters, listed)
    _assign_demands(text, sentences, letters)
    return letters


def _assign_listed(sentences: list[Sentence], letters: list[Letter], listed: Sequence[Signatory]) -> None:
    """Signatories of signature blocks join the letter before them, or the one told in their sentence ('A and B
    sent a joint appeal'); their line's country and group win."""
    for entry in listed:
        owner = _owner_in_sentence(sentences, letters, entry.start) or _owner(letters, entry.start)
        known = next((s for s in owner.signatories if s.name == entry.name), None)
        if known is None:
            owner.signatories.append(entry)
            continue
        known.country = entry.country or known.country
        known.group = entry.group or known.group


def _anchors(text: str) -> list[tuple[int, int, str]]:
    """Every mention of a letter-like document: (start, end, kind)."""
    found = []
    matches = _LETTER.finditer(text) if _PAGED.search(text) else prefiltered(_LETTER_UNPAGED).finditer(text)
    for match in matches:
        if match.group("wrote") and not _WRITERS.search(text[max(0, match.start() - 250) : match.start()]):
            continue  # 'have written to' tells a letter only when parliamentarians wrote
        if match.group("statement3") and not _STATEMENT_AUTHORS.search(
            text, max(0, match.start() - 500), match.start()
        ):
            continue  # ('X, head of a legal aid centre, issued the following statement': a press statement)
        kind = _kind(match)
        found.append((match.start(), match.end(), kind))
    return found


def _kind(match: regex.Match[str]) -> str:
    """Kind of document a letter mention names."""
    phrase = match.group().lower()
    if match.group("experts"):
        return "statement"
    if match.group("salutation") or match.group("undersigned"):
        return "letter"
    for word, kind in (
        ("written answer", "written question"),
        ("declaration", "written declaration"),
        ("question", "written question"),
        ("resolution", "resolution"),
        ("motion", "motion"),
        ("вопрос", "written question"),
        ("запрос", "written question"),
        ("деклараци", "written declaration"),
        ("statement", "statement"),
        ("заявление", "statement"),
        ("appeal", "appeal"),
        ("petition", "petition"),
        ("communication", "communication"),  # a UN special procedure's letter to a government
        ("обращени", "appeal"),
        ("обращал", "appeal"),
        ("appealed", "appeal"),
        ("заявлени", "statement"),
        ("петици", "petition"),
    ):
        if word in phrase:
            return kind
    return "letter"


def _letters_from_anchors(text: str, anchors: list[tuple[int, int, str]]) -> list[Letter]:
    """Several letters when the text counts them ('two letters') or says 'the second letter'."""
    stated = _COUNT_OF_LETTERS.search(text)
    count = int(parse_number(stated.group("n")) or 1) if stated else 1
    openers = [
        (start, end, kind)
        for start, end, kind in anchors[1:]
        if _ORDINAL.match(text, start, start + 20)
        or _told_apart_as_earlier(text, start)
        or (count > 1 and _opens_letter(text, start))
        or (kind != anchors[0][2] and _INTRODUCED.search(text, max(0, start - 12), start + 3))
        or (kind == "communication" != anchors[0][2] and _RAISED_IN.search(text, max(0, start - 90), start))
        or (kind != anchors[0][2] and _INTRODUCED_RU.search(text, max(0, start - 50), start))
    ]
    # no count stated: each 'another' / 'a similar letter' is one more
    chosen = (openers[:count] or [anchors[0]]) if count > 1 else [anchors[0], *openers]
    if len(chosen) < count:
        chosen = [anchors[0]] * (count - len(chosen)) + chosen
    letters = [Letter(kind, start, end) for start, end, kind in chosen]
    for letter in letters[1:]:
        letter.earlier = (
            _EARLIER_BEFORE.search(text, max(0, letter.start - 25), letter.start) is not None
            or _EARLIER_OPENING.match(text, letter.start) is not None
            or _told_apart_as_earlier(text, letter.start)
        )
    return letters


def _told_apart_as_earlier(text: str, start: int) -> bool:
    """A mention that opens an earlier letter by itself: the dated sentence after 'not the first appeal', or 'уже
    обращались'."""
    return (
        _AFTER_NOT_THE_FIRST.search(text, max(0, start - 300), start) is not None
        or _ALREADY.match(text, start) is not None
    )


# 'The Special Rapporteur first raised the case with the Government in a communication sent on 18 January': the
# mandate-holders' own earlier letter beside the statement the text is about.
_RAISED_IN = regex.compile(
    r"(?<![\w])(?:raised|addressed|took up)\s+(?:[^.;\n]|(?<=\b(?:Ms|Mr|Mrs|Dr))\.){0,70}\bin\s+$", regex.IGNORECASE
)
# 'Separately, two of them tabled a written question': another kind of document, introduced as new.
_INTRODUCED = regex.compile(
    r"(?<![\w])(?:tabled|submitted|filed|sent|lodged|подали|направили|внесли)\s+an?\s+\w{0,3}$|"
    r"(?<![\w])(?:tabled|submitted|filed|sent|lodged)\s+an?\s+(?=\w)",
    regex.IGNORECASE,
)


# 'Эрик Сандгрен направил Европейской комиссии письменный вопрос': a Russian verb, the addressee, then the document.
_INTRODUCED_RU = regex.compile(r"(?<![\w])(?:направил\w*|подал\w*|внес\w*|внёс|задал\w*)\s+(?:\p{Ll}*\p{L}+\s+){0,3}$")


def _fill_from_mentions(
    text: str, sentences: list[Sentence], letter: Letter, anchors: list[tuple[int, int, str]], dates: list[DateMention]
) -> None:
    """A lone letter takes its date and author count from whichever of its mentions gives them."""
    for start, _, _ in anchors:
        sentence = sentences[sentence_at(sentences, start)]
        letter.date = letter.date or _date_of(dates, sentence, text)
        letter.authors_count = letter.authors_count or _authors_count(sentence.text)
        if letter.date and letter.authors_count:
            return
    for match in _SENT.finditer(text, letter.start):
        # 'The questions were tabled on 24 September by A': the day the letter was sent or signed
        letter.date = letter.date or _date_of(dates, sentences[sentence_at(sentences, match.start())], text)


_SENT = regex.compile(
    r"(?<![\w])(?:tabled|submitted|sent|signed|dated|published|направлен\w*|подписан\w*|опубликован\w*)(?![\w])",
    regex.IGNORECASE,
)


_DATELINE = regex.compile(
    r"(?m)^[ \t]*(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s*|(?:Date|Dated|Дата)[^\n:]{0,40}:\s*)?$"
)
# 'STRASBOURG, 4 June 2024 — A cross-party group …', 'Берлин, 3 ноября 2025 года. Шесть депутатов …'
_DATELINE_OPENING = regex.compile(r"(?m)^[ \t]*\p{Lu}[\p{L}.-]*(?:[ ,]+\p{Lu}[\p{L}.-]*)?,[ \t]*$")
_AFTER_DATELINE = regex.compile(r"(?:[ \t]+года?)?\.?[ \t]*(?:[—–:-]|\.)|(?:[ \t]+года?)?\.[ \t]")


def _dateline(text: str, dates: list[DateMention], reach: int = 600) -> str | None:
    """'Brussels, 11 August 2025' on a line of its own near the top: the date of a lone undated letter."""
    for mention in dates:
        if mention.start > reach:
            return None
        line_end = text.find("\n", mention.end)
        rest = text[mention.end : line_end if line_end >= 0 else len(text)]
        line_start = text.rfind("\n", 0, mention.start) + 1
        if mention.kind == "day" and not rest.strip() and _DATELINE.fullmatch(text, line_start, mention.start):
            return mention.first
        opening = _DATELINE_OPENING.fullmatch(text, line_start, mention.start)
        if mention.kind == "day" and opening and _AFTER_DATELINE.match(rest):
            return mention.first
    return None


# 'The letter, dated 10 March', 'a joint statement, published on 1 February', 'Вопрос, зарегистрированный
# 12 марта', 'Обращение от 4 июля': a date the letter's own verb gives.
_BOUND = regex.compile(
    r"(?<![\w])(?:dated|sent|signed|published|tabled|submitted|registered|delivered|handed over|"
    r"датированн\w*|направлен\w*|подписан\w*|опубликован\w*|зарегистрирован\w*|отправлен\w*|передан\w*)"
    r"(?:\s+(?:on|in|at))?\s*$|(?:письм\w*|обращени\w*|заявлени\w*|запрос\w*)\s+от\s*$",
    regex.IGNORECASE,
)
_NOUN_BOUND = regex.compile(
    r"(?<![\w])(?:letters?|questions?|statements?|appeals?|declarations?|petitions?|письм\w*|вопрос\w*|обращени\w*|"
    r"заявлени\w*|запрос\w*)(?:[^.;!?\n]{0,50}?[\s,])?(?:(?:was|were|is|has been|had been)\s+)?"
    r"(?:dated|sent|signed|published|tabled|submitted|registered|delivered|датированн\w*|направлен\w*|подписан\w*|"
    r"опубликован\w*|зарегистрирован\w*|отправлен\w*)(?:\s+(?:on|in))?\s*$",
    regex.IGNORECASE,
)
_TODAY = regex.compile(r"(?<![\w])(?:[Tt]oday|this morning|[Сс]егодня)(?![\w])")


def _bound_date(text: str, dates: list[DateMention], sentence: Sentence) -> str | None:
    """A day or month in the sentence that follows the letter's own verb ('dated', 'sent on')."""
    for mention in dates:
        within = sentence.start <= mention.start < sentence.end and mention.kind in ("day", "month", "weekday")
        if within and _BOUND.search(text, max(sentence.start, mention.start - 40), mention.start):
            return mention.first
    return None


def _bound_in_part(
    text: str,
    dates: list[DateMention],
    sentences: list[Sentence],
    anchors: list[tuple[int, int, str]],
    letters: list[Letter],
    index: int,
) -> str | None:
    """A date bound to a letter's verb in the sentences naming it, up to where the next letter is told."""
    start = letters[index].start
    end = next((later.start for later in letters[index + 1 :] if later.start > start), len(text))
    for anchor_start, _, _ in anchors:
        if start <= anchor_start < end:
            bound = _bound_date(text, dates, sentences[sentence_at(sentences, anchor_start)])
            if bound:
                return bound
    return None


def _own_date(
    text: str,
    dates: list[DateMention],
    sentences: list[Sentence],
    anchors: list[tuple[int, int, str]],
    today: date | None,
) -> str | None:
    """The date of a lone letter: one bound to its verb in any sentence that names it; 'today' in such a
    sentence (the day of publication); a 'City, date' line when the text is the letter itself."""
    named = [sentences[sentence_at(sentences, start)] for start, _, _ in anchors]
    for sentence in named:
        bound = _bound_date(text, dates, sentence)
        if bound:
            return bound
    for mention in dates:  # 'Вопрос, зарегистрированный 12 марта, …': the letter named by a plain noun
        if mention.kind in ("day", "month") and _NOUN_BOUND.search(text, max(0, mention.start - 90), mention.start):
            return mention.first
    paragraphs = [text.rfind("\n", 0, sentence.start) + 1 for sentence in named]
    if today is not None and any(_TODAY.search(text, start, s.end) for start, s in zip(paragraphs, named, strict=True)):
        return today.isoformat()  # 'WASHINGTON, D.C. — Today, Reps. A and B led … in a letter'
    if _SELF.search(text[:3000]):
        return _dateline(text, dates, reach=2000)
    return None


# The text is the letter itself: a salutation, 'we, the undersigned', a title line naming the letter.
_SELF = regex.compile(
    r"(?m)^[ \t]*(?:(?-i:Dear|Уважаем\w*)\s+\p{Lu}|(?:open\s+|joint\s+)?(?:letter|statement|appeal)\s+(?:to|by)\s|"
    r"(?:открытое\s+|совместное\s+)?(?:письмо|обращение|заявление)\s+(?:к|в адрес|от)\s)|"
    r"(?<![\w])(?:we,?\s+the\s+undersigned|мы,?\s+нижеподписавш\w*)",
    regex.IGNORECASE,
)


def _fill_from_lede(sentences: list[Sentence], letter: Letter) -> None:
    """'Fourteen members of the Bundestag have written to President X.': a lone letter told first
    without the word 'letter' takes its author count and addressee from that sentence."""
    if letter.authors_count is not None:
        return
    for sentence in sentences:
        if sentence.start >= letter.start:
            return
        count = _authors_count(sentence.text)
        if count is not None:
            letter.authors_count = count
            letter.addressee = letter.addressee or _addressee_in(sentence.text)
            return


def _opens_letter(text: str, start: int) -> bool:
    """'One letter was promoted by ...': a letter introduced on its own."""
    return rx(r"(?:one|first|первое|одно)\s").match(text[start : start + 10].lower()) is not None


def _date_of(dates: list[DateMention], sentence: Sentence, text: str) -> str | None:
    """The day or month written in the letter's sentence, unless another happening's verb owns it
    ('… журналиста, осуждённого в сентябре', 'detained on 2 May')."""
    for mention in dates:
        if sentence.start <= mention.start < sentence.end and mention.kind in ("day", "month", "weekday"):
            if _OTHER_EVENT_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start):
                continue
            return mention.first
    return None


_OTHER_EVENT_BEFORE = regex.compile(
    r"(?<![\w])(?:sentenced|convicted|detained|arrested|jailed|died|killed|born|released|charged|searched|"
    r"осужд\w*|задержан\w*|задержал\w*|арестова\w*|приговор\w*|умер\w*|погиб\w*|родил\w*|освобожд\w*|"
    r"обвин\w*)(?:\s+[\w-]+){0,3}?\s+(?:on|in|at|since|в|во|с|от)?\s*$",
    regex.IGNORECASE,
)


def _authors_count(sentence: str) -> int | None:
    """'signed by twenty-four MEPs' -> 24; 'other seven MEPs' also counts the initiator."""
    if _AUTHOR_WORDS.search(sentence) is None:
        return None
    match = _AUTHORS.search(sentence)
    if match is None:
        return None
    colleagues = match.group("colleagues") or match.group("colleagues_ru")
    value = parse_number(colleagues or match.group("n") or match.group("n2") or match.group("n3") or "")
    if value is None:
        return None
    return int(value) + (1 if match.group("other") or colleagues else 0)  # colleagues join the initiator


_TOTAL = regex.compile(
    r"(?<![\w])(?:total|всего|итого)\s*:?\s*(?P<n>\d+|[\w-]+)\s+(?:signatories|signatures|подпис\w*)"
    r"|(?m:^)[ \t]*(?:signatures|signatories|подписей|подписавших)[ \t]*:[ \t]*(?P<n>\d+)",  # 'Signatures: 34
    regex.IGNORECASE,
)


def _stated_total(text: str) -> int | None:
    """'Total: 9 signatories' under a signature list, or 'co-signed by three colleagues' anywhere."""
    match = _TOTAL.search(text)
    value = parse_number(match.group("n")) if match else None
    if value is not None:
        return int(value)
    colleagues = _COLLEAGUES_PATTERN.search(text)
    return _authors_count(colleagues.group()) if colleagues else None


_COLLEAGUES_PATTERN = regex.compile(_COLLEAGUES, regex.IGNORECASE)


def _addressee(text: str, sentences: list[Sentence], letter: Letter) -> str | None:
    """Who the letter is addressed to, as written (else a 'To:' header or the salutation)."""
    found = _addressee_in(sentences[sentence_at(sentences, letter.start)].text)
    header = _HEADER_ADDRESSEE.search(text)
    return found or (" ".join(header.group("who").split()).strip(" ,") if header else None)


_HEADER_ADDRESSEE = regex.compile(
    r"(?m)^[ \t]*(?:(?:To|Addressee|Кому|Адресат)[ \t]*:[ \t]*|(?:Dear|Уважаем\w*)[ \t]+)"
    r"(?P<who>(?:the\s+)?\p{Lu}[^\n]{2,120}?)"
    r"[ \t]*[,!:]?[ \t]*$"
)


def _addressee_in(sentence: str) -> str | None:
    """The addressee a sentence names ('to President X', 'urged the authorities'), as written."""
    match = _ADDRESSEE.search(sentence)
    return " ".join(match.group("who").split()).strip(" ,") if match else None


def _assign_signatories(
    text: str, sentences: list[Sentence], letters: list[Letter], candidates: list[Signatory]
) -> None:
    """Signatories are candidates named in a signing passage; each goes to the nearest letter before it."""
    zones = SpanSet(_signing_zones(text, sentences))
    experts = experts_passages(text, sentences)
    about_letters = SpanSet(_letter_sentences(sentences, letters))
    # ('Письмо, адресованное … Кае Каллас, подписали 31 евродепутат … Ответа от Каллас нет': whom a letter is
    # addressed to signs it under no other mention either, nor one named as not signing)
    addressed = {c.name for c in candidates if _addressed_office(text, c.start)}
    if _NOT_SIGNED_WORDS.search(text):  # (looked for once: most texts deny no one's signature)
        addressed |= {name for name in {c.name for c in candidates} if _named_as_not_signing(text, name)}
    # ('Markus Steinberg (S&D, Germany) said the resolution sent a clear message …': in a text that also tells
    # of a debate or a vote, the members who speak in it sign only where a sentence ties them to a letter)
    debated = _DEBATE.search(text) is not None
    for candidate in candidates:
        if candidate.name in addressed or _addressed(text, candidate.start):
            continue
        speaks = experts.overlaps(candidate.start, candidate.start + 1) or _speaks_for_statement(
            text, sentences, letters, candidate
        )
        if candidate.official and not speaks and not _signed_right_before(text, candidate.start):
            continue
        if _CASE_OF.search(text, max(0, candidate.start - 60), candidate.start):
            continue  # 'The signatories single out the case of X': whom the letter is about
        if _RELATIVE_OF.search(text, max(0, candidate.start - 40), candidate.start) or _RELATIVE_AFTER.match(
            text, candidate.end, candidate.end + 30
        ):
            continue  # 'signed by Malika K., the wife of Dilshod K., and by Rustam Y., Nodira Y.'s father'
        if any((letter.addressee or "").rstrip(" .").endswith(candidate.name) for letter in letters):
            continue  # 'written to the High Representative …, Kaja Kallas': who receives a letter does not sign it
        in_zone = (
            speaks
            or zones.overlaps(candidate.start, candidate.start + 1)
            or (candidate.parliamentarian and about_letters.overlaps(candidate.start, candidate.start + 1))
        )
        if not in_zone and (
            not (candidate.parliamentarian and (candidate.country or candidate.group))
            or (debated and _speaks_in_debate(sentences, candidate.start))
        ):
            continue
        owner = _owner_in_sentence(sentences, letters, candidate.start) or _owner(letters, candidate.start)
        if all(s.name != candidate.name for s in owner.signatories):
            owner.signatories.append(candidate)


def _speaks_in_debate(sentences: list[Sentence], offset: int) -> bool:
    """Whether the sentence of a mention has its person speak ('X (S&D, Germany) said the resolution …')."""
    sentence = sentences[sentence_at(sentences, offset)]
    return _SPEECH.search(sentence.text) is not None


_SPEECH = regex.compile(
    r"(?<![\w])(?:said|says|stressed|spoke|argued|warned|told|noted|added|insisted|заявил\w*|сказал\w*|"
    r"подчеркнул\w*|выступил\w*|отметил\w*)(?![\w])",
    regex.IGNORECASE,
)
_DEBATE = regex.compile(
    r"(?<![\w])(?:plenary (?:debate|session)|during the debate|in the debate|votes? in favour|abstentions?|"
    r"adopted (?:the|a|an) (?:\w+ )?resolution|resolution was adopted|пленарн\w+ (?:заседани|дебат)\w*|"
    r"в ходе дебатов|голосами «за»|воздержал\w*)",
    regex.IGNORECASE,
)


# 'Жмуда письмо не подписал', 'X did not sign': a member named beside the letter who is none of its authors.
_NOT_SIGNED = regex.compile(
    r"[ ,]+(?:\S+[ ]+){0,2}?(?:не[ ]+(?:подписал|подписала|подписывал|поддержал)\w*|did not sign|didn't sign|"
    r"declined to sign|refused to sign|has not signed|was not among the signatories|не вошл\w* в число подписавших)",
    regex.IGNORECASE,
)


def _named_as_not_signing(text: str, name: str) -> bool:
    """Whether the text says the person, by full name or surname, did not sign ('Жмуда письмо не подписал')."""
    surname = regex.escape(name.split()[-1])
    # The surname found first, then the denial matched after it: one pattern joining the two was compiled
    # anew for every name.
    found = regex.finditer(rf"(?<![\w-]){surname}(?![\w-])", text, regex.IGNORECASE)
    return any(_NOT_SIGNED.match(text, m.end()) for m in found)


_NOT_SIGNED_WORDS = regex.compile(r"не[ ]+(?:подпис|поддерж)|not sign|to sign|not among|не вошл", regex.IGNORECASE)


def _addressed_office(text: str, start: int) -> bool:
    """'… адресованное Верховному представителю ЕС … Кае Каллас', 'to the Foreign Secretary, the Rt Hon X': the
    name after an office the letter goes to (not 'according to Whitfield's office')."""
    if _ADDRESSED_RU.search(text, max(0, start - 80), start):
        return True
    found = _ADDRESSED.search(text[max(0, start - 80) : start])
    return found is not None and _OFFICE_ADDRESSED.search(found.group()) is not None


_OFFICE_ADDRESSED = regex.compile(
    r"President|Prime Minister|Minister|Secretary|Commissioner|High Representative|Speaker|Chancellor|"
    r"Rapporteur|Ambassador|Ombudsman|Prosecutor"
)


def _addressed(text: str, start: int) -> bool:
    """'a letter to MEP X', 'written to the Speaker of the Parliament of Georgia, X', 'направили обращение
    Верховному комиссару … Фолькеру Тюрку': the name is the addressee's."""
    return bool(
        _ADDRESSED.search(text[max(0, start - 80) : start]) or _ADDRESSED_RU.search(text, max(0, start - 80), start)
    )


_KIN = r"(?:wife|husband|widow|son|daughter|mother|father|brother|sister|parents?|relatives?|lawyer|client)"
_RELATIVE_OF = regex.compile(rf"(?<![\w]){_KIN}\s+of\s+$", regex.IGNORECASE)
_RELATIVE_AFTER = regex.compile(rf"['’]s\s+{_KIN}(?![\w])", regex.IGNORECASE)
_CASE_OF = regex.compile(
    r"(?<![\w])(?:cases?|that|release|detention|arrest|fate|death|imprisonment|trial|sentencing|conviction|jailing|"
    r"persecution|prosecution)\s+(?:on\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+|on\s+\p{Lu}\p{Ll}+\s+\d{1,2}\s+)?of\s+"
    r"(?:(?:an?|the|\d+-year-old)\s+)?(?:[\p{Ll}'’-]+\s+){0,3}$|(?<![\w])дел[оау]\s+(?:\p{Ll}+\s+){0,3}$",
    regex.IGNORECASE,
)


def _owner_in_sentence(sentences: list[Sentence], letters: list[Letter], offset: int) -> Letter | None:
    """'two of the signatories, A and B, tabled a written question': the letter told in the name's sentence."""
    sentence = sentences[sentence_at(sentences, offset)]
    told = [letter for letter in letters if sentence.start <= letter.start < sentence.end]
    if len(told) != 1 or len(letters) == 1:
        return None
    if told[0].earlier and _RECALLS.search(sentence.text, offset - sentence.start, told[0].start - sentence.start):
        return None  # 'X напомнила, что годом ранее депутаты уже обращались …': who recalls it did not sign it
    return told[0]


_RECALLS = regex.compile(
    r"(?<![\w])(?:said|recalled|noted|reminded|added|напомнил\w*|отметил\w*|заявил\w*|добавил\w*|сказал\w*)(?![\w])",
    regex.IGNORECASE,
)
_SPEECH_AFTER = regex.compile(
    r"(?<![\w])(?:said|stated|urged|called|expressed|warned|noted|demanded|wrote|заявил\w*|призвал\w*|"
    r"потребовал\w*|выразил\w*|отметил\w*)(?![\w])"
)


def _speaks_for_statement(text: str, sentences: list[Sentence], letters: list[Letter], candidate: Signatory) -> bool:
    """'In a joint statement, the Special Rapporteur on torture, X, and …, Y, said …': officials named as the
    subject of a statement's sentence are its authors."""
    sentence = sentences[sentence_at(sentences, candidate.start)]
    stated = any(letter.kind == "statement" for letter in letters) and _STATEMENT_WORD.search(
        text, sentence.start, candidate.start
    )
    return bool(stated) and _SPEECH_AFTER.search(text, candidate.end, sentence.end) is not None


_STATEMENT_WORD = regex.compile(r"(?i:joint statement|statement|заявлени\w*)")


_SIGNED_BY = regex.compile(
    r"(?:signed(?:,[^,.;]{0,30},)? by|co-signed by|(?<=statement[^.;]{0,40}?)(?:issued|released|made) by|"
    r"подписал\w*)(?![\w])[^.;:]{0,80}$",
    regex.IGNORECASE,
)
_TO = regex.compile(r"(?<![\w])(?:to|addressed|к|в адрес)(?![\w])", regex.IGNORECASE)


def _signed_right_before(text: str, start: int) -> bool:
    """'The statement was also signed by the Special Rapporteur on torture, X': an official signs only
    when named right after the signing words, not as the letter's addressee (nor a president who signed a law)."""
    window = text[max(0, start - 150) : start]  # (room for 'statement was' before 'issued by … ,')
    match = _SIGNED_BY.search(window)
    return match is not None and _TO.search(match.group()) is None and not _LAW_SIGNED.search(window)


# 'Закон подписал президент Садыр Жапаров', 'the president signed the amnesty law': a law, not a letter.
_LAW_SIGNED = regex.compile(
    r"(?:закон\w*|указ\w*|\blaw|decree|bill)\s+(?:\w+\s+)?(?:подписал\w*|signed)|"
    r"(?:подписал\w*|signed)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:закон|указ|law|decree|bill)",
    regex.IGNORECASE,
)


def _owner(letters: list[Letter], offset: int) -> Letter:
    """The last letter mentioned before the offset (the first letter when none is), not one told in passing as
    earlier (those take only the names of their own sentence)."""
    before = [letter for letter in letters if letter.start <= offset and not letter.earlier]
    return before[-1] if before else letters[0]


_EXPERTS = regex.compile(_EXPERTS_SIGNING, regex.IGNORECASE)


def experts_passages(text: str, sentences: list[Sentence]) -> SpanSet:
    """The lists of experts who speak as a statement's authors ('*The experts: A, Special Rapporteur on …; Working
    Group on Arbitrary Detention: B (Chair-Rapporteur), C …'): everyone named there holds a UN mandate."""
    return SpanSet(_signing_zones(text, sentences, _EXPERTS))


_SIGNERS_ASK = regex.compile(
    r"\s+(?:also\s+)?(?:ask|urge|call|demand|request|want|propose|recommend|просят|призывают|требуют|предлагают|"
    # ('The signatories also recall … Ales Bialiatski': whom the letter is about)
    r"recall|mention|cite|highlight|point to|refer to|name|single out|remind|напоминают|упоминают|называют|"
    r"выделяют|ссылаются)",
    regex.IGNORECASE,
)


def _signing_zones(
    text: str, sentences: list[Sentence], pattern: regex.Pattern[str] = _SIGNING
) -> list[tuple[int, int]]:
    """Passages that list signatories: a signing sentence ('signed by A and B', 'A and B were among the
    signatories'), or the list after a heading."""
    zones = []
    for match in prefiltered(pattern).finditer(text):
        if _SIGNERS_ASK.match(text, match.end(), match.end() + 30):
            continue  # 'The signatories ask the Secretary of State to: – release X': a list of demands
        if _SIGNED_OTHER.match(text, match.end(), match.end() + 40):
            continue  # 'перед освобождением подписали прошения о помиловании': a prisoner's paper, no letter
        index = sentence_at(sentences, match.start())
        sentence = sentences[index]
        end = sentence.end
        if sentence.text.rstrip().endswith(":") or text[match.end() : match.end() + 3].lstrip().startswith(":"):
            end = _list_end(text, sentences, index)
        if _SENT_LETTER_PATTERN.fullmatch(match.group()):
            end = match.start()  # (the addressee and whom the letter is about come after the verb)
        zones.append((sentence.start if _NAMES_BEFORE.fullmatch(match.group()) else match.start(), end))
    return zones


# What prisoners and suspects are made to sign: pardon requests, confessions, undertakings, records.
_SIGNED_OTHER = regex.compile(
    r"\s+(?:an?\s+)?(?:прошени\w*|ходатайств\w*|признани\w*|обязательств\w*|протокол\w*|явк\w*|"
    r"pardon|petitions? for (?:a )?pardon|(?:a )?confession|(?:an )?undertaking|the (?:record|protocol))",
    regex.IGNORECASE,
)


# Signing words that may follow the names they are about ('A and B were among the signatories').
_NAMES_BEFORE = regex.compile(rf"signatories|signed it|подписал\w*|подписи|{_SENT_LETTER}", regex.IGNORECASE)


def _letter_sentences(sentences: list[Sentence], letters: list[Letter]) -> list[tuple[int, int]]:
    """The sentences that mention a letter: parliamentarians named there ('In a letter to X, MEPs A and
    B called for …') wrote it."""
    return [
        (sentences[index].start, sentences[index].end)
        for index in {sentence_at(sentences, letter.start) for letter in letters}
    ]


# The addressee, on the name's own line ('to the Commission\n\nA (…)'); not 'к нему присоединились X' (X joined
# the author).
_ADDRESSED = regex.compile(
    r"(?<![\w])(?:to|addressed to|к|адресованн\w*)[ \t]+(?!(?:him|her|them|нему|ней|ним)[ \t])"
    r"(?:(?:\w+[ \t]+){0,2}|(?:the[ \t]+)?\p{Lu}[\w-]*(?:[ \t]+[\w-]+){0,6},[ \t]+"
    r"(?:the[ \t]+)?(?:(?:Rt\.?|Right)[ \t]+Hon\.?[ \t]+|Hon\.?[ \t]+|Sir[ \t]+|Dame[ \t]+|"
    r"M[rs]\.?[ \t]+|Dr\.?[ \t]+)*)$",  # ('to the Foreign Secretary, the Rt Hon David Lammy MP')
    regex.IGNORECASE,
)


# 'направили обращение Верховному комиссару ООН по правам человека Фолькеру Тюрку': an office in the dative,
# then the name: to whom the letter goes.
_ADDRESSED_RU = regex.compile(
    r"(?<![\w])(?:\p{Ll}+(?:ому|ему)\s+)?(?:комиссару|президенту|премьер-министру|генпрокурору|прокурору|министру|"
    r"председателю|спикеру|послу|представителю|канцлеру|генсекретарю|секретарю|омбудсмену|докладчику)"
    r"(?:\s+(?!\w+ли(?![\w])|депутат|член|парламентари|евродепутат)[\w-]+){0,7}?\s+$"  # (not past 'направили депутаты')
)


def _list_end(text: str, sentences: list[Sentence], index: int) -> int:
    """End of the block of short lines that follows a heading."""
    end = sentences[index].end
    for sentence in sentences[index + 1 :]:
        if len(sentence.text) > 250 or "\n\n" in text[end : sentence.start]:
            break
        end = sentence.end
    return end


_ABOUT_LETTERS = regex.compile(
    r"letter|appeal|statement|declaration|MEPs|undersigned|signatories|письм|обращени|заявлени|депутат",
    regex.IGNORECASE,
)


def _assign_demands(text: str, sentences: list[Sentence], letters: list[Letter]) -> None:
    """Demands stated in sentences about the letters or their authors."""
    for sentence in sentences:
        if not _ABOUT_LETTERS.search(sentence.text):
            continue
        for match in _DEMAND.finditer(sentence.text):
            demand = " ".join(match.group("what").split()).strip(' ,"“”«»')
            owner = _owner(letters, sentence.start)
            if demand and demand not in owner.demands and len(owner.demands) < 8:
                owner.demands.append(demand)
