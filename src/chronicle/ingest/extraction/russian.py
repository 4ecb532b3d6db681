"""Russian names and organisations with natasha, and nominative forms of names seen in oblique cases."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.mentions import Mention, PersonEntity, name_key
from chronicle.ingest.extraction.text import rx
from chronicle.names.given_names import women_only_names

CHUNK = 100_000
# natasha's tagger is the slow part of Russian extraction; past this many characters the rest of a
# (very long) text is left to the rule-based steps only.
NER_LIMIT = 1_000_000


@dataclass(frozen=True)
class NerSpan:
    """A natasha entity span: type (PER, ORG, LOC), offsets and text."""

    kind: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any, Any]:
    """Load natasha's segmenter, NER tagger and morphology once (about a second)."""
    # The tagger multiplies small matrices, for which OpenBLAS's helper threads cost more than they
    # save (a short text took four times the CPU with them on a busy two-core machine). Read when numpy
    # is first imported, which is here unless the process imported it before; a value set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from natasha import MorphVocab, NewsEmbedding, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), NewsNERTagger(embedding), MorphVocab()


def load_models() -> None:
    """Load the Russian models now (for benchmarks that time loading apart)."""
    _models()


def ner_spans(text: str) -> list[NerSpan]:
    """natasha entity spans over the text, in chunks cut at paragraph breaks."""
    segmenter, tagger, _ = _models()  # first: it limits BLAS threads before natasha imports numpy
    from natasha import Doc

    spans: list[NerSpan] = []
    for offset, chunk in _chunks(text[:NER_LIMIT]):
        doc = Doc(chunk)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        spans += [_first_line(NerSpan(s.type, offset + s.start, offset + s.stop, s.text)) for s in doc.spans]
    return spans


def _first_line(span: NerSpan) -> NerSpan:
    """A span natasha ran across a line break (a headline into the dateline) ends at the break; a
    person's span ends at its last capitalised word ('Дархан Сейітов ұсталды')."""
    cut = span.text.find("\n")
    text = span.text[:cut].rstrip() if cut > 0 else span.text
    if span.kind == "PER":
        words = text.split(" ")
        while len(words) > 1 and words[-1][:1].islower():
            words.pop()
        text = " ".join(words)
    if text == span.text:
        return span
    return NerSpan(span.kind, span.start, span.start + len(text), text)


def _chunks(text: str) -> list[tuple[int, str]]:
    """Pieces of at most about CHUNK characters, cut after a newline where possible."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def find_persons_russian(text: str, spans: list[NerSpan]) -> list[PersonEntity]:
    """Persons from natasha PER spans: full names in the nominative, short forms attached."""
    entities: dict[str, PersonEntity] = {}
    short: list[NerSpan] = []
    people = [s for s in spans if s.kind == "PER" and rx(r"\p{Cyrillic}").search(s.text)]
    people = [_without_leading_verb(_without_leading_body(_without_parenthesis(s))) for s in people]
    people = [_without_possessor(text, s) for s in people]
    people = sorted(people + _affiliated_names(text, people), key=lambda s: s.start)
    for index, span in enumerate(people):
        words = span.text.split()
        if len(words) < 2 or (len(words) == 2 and words[0].lower() in _PARTICLES):
            short.append(span)  # 'Фон Зелле добавила': the surname of 'Катарина фон Зелле'
            continue
        case = _coordinated_case(text, people, index) or _governing_case(text, span.start)
        as_written = _titled_in_nominative(text, span.start, words) or _listed_alone(text, span.start, span.end)
        nominative = " ".join(words) if as_written else nominative_name(words, case)
        entity = entities.setdefault(name_key(nominative), PersonEntity(name=nominative))
        entity.mentions.append(Mention(span.start, span.end, span.text))
    merged = _merge_case_variants(text, list(entities.values()))
    _attach_short({name_key(e.name): e for e in merged}, short)
    return sorted(merged, key=lambda e: e.first)


# 'литовского депутата Римантаса Сакалаускаса (ЕНП)': two capitalised words with a country or group in the
# parenthesis after them are a name even where the NER missed it.
_AFFILIATED = regex.compile(
    r"(?<![\w-])(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*\((?P<inner>[^()\n]{2,60})\)"
)


def _affiliated_names(text: str, people: list[NerSpan]) -> list[NerSpan]:
    """Names followed by '(Country, Group)' that no PER span covers."""
    found = []
    covered = [(s.start, s.end) for s in people]
    for match in _AFFILIATED.finditer(text):
        start, end = match.span("name")
        if any(a < end and start < b for a, b in covered):
            continue
        inner = [part.strip(' «»"') for part in rx(r"[,;]").split(match.group("inner"))]
        if not any(part in gazetteer.groups() or gazetteer.countries().label(part) for part in inner):
            continue
        words = match.group("name").split()
        if any(gazetteer.countries().label(w) or gazetteer.places().label(w) for w in words):
            continue
        found.append(NerSpan("PER", start, end, match.group("name")))
    return found


# 'депутат Саэйма Рихардс Колс': natasha may begin a name with the parliament or body before it.
_LEADING_BODY = regex.compile(
    r"(?:Саэйм|Сейм|Бундестаг|Мажилис|Сенат|Парламент|Риксдаг|Стортинг|Кнессет|Рийгикогу|Европарламент|ПАСЕ)\w*\s+"
)


def _without_leading_body(span: NerSpan) -> NerSpan:
    """A PER span without a parliament's name run on in front of it."""
    lead = _LEADING_BODY.match(span.text)
    if lead is None or len(span.text[lead.end() :].split()) < 2:
        return span
    return NerSpan(span.kind, span.start + lead.end(), span.end, span.text[lead.end() :])


# 'Защитник Есенбаева Арман Абилкасымов': a relation or role, whose it is, and then the name.
_RELATION_BEFORE = regex.compile(
    r"(?<![\w-])(?:защитник|адвокат|жена|супруга|муж|супруг|мать|отец|брат|сестра|сын|дочь|представитель|"
    r"коллега|соратник|помощник|юрист)\s+$",
    regex.IGNORECASE,
)


def _without_possessor(text: str, span: NerSpan) -> NerSpan:
    """'Защитник Есенбаева Арман Абилкасымов', 'Адвокат Жакупова Айдос Каримов': after a relation or a role, a
    surname in the genitive is whose it is, and the given name and surname after it are the person."""
    words = span.text.split()
    if len(words) != 3 or not _RELATION_BEFORE.search(text, max(0, span.start - 20), span.start):
        return span
    given = _models()[2].parse(words[1])
    if not words[0].endswith(("а", "ой", "ого")) or not any("Name" in p.tag and p.tag.case == "nomn" for p in given):
        return span
    if any("Name" in p.tag for p in _models()[2].parse(words[0])):
        return span  # 'Адвокат Светлана Ким …': a given name first is the person's own
    cut = span.text.index(words[1], len(words[0]))
    return NerSpan(span.kind, span.start + cut, span.end, span.text[cut:])


def _without_leading_verb(span: NerSpan) -> NerSpan:
    """'Беседовала Мария Орлова' (an interview's byline): a verb run on in front of a name."""
    words = span.text.split()
    if len(words) < 3 or not words[0].endswith(("л", "ла", "ли")):
        return span
    readings = _models()[2].parse(words[0].lower())
    if not readings or not all(r.tag.POS in ("VERB", "INFN") for r in readings):
        return span
    cut = span.text.index(words[1], len(words[0]))
    return NerSpan(span.kind, span.start + cut, span.end, span.text[cut:])


def _without_parenthesis(span: NerSpan) -> NerSpan:
    """'Андрис Калниньш (ЕНП)': natasha sometimes runs a name on into the parenthesis after it."""
    cut = span.text.find("(")
    if cut <= 0:
        return span
    name = span.text[:cut].rstrip()
    return NerSpan(span.kind, span.start, span.start + len(name), name)


# 'немецкий евродепутат Ульрике Фогель', 'литовские депутаты Ругиле Бальчюнайте': a member's title in the
# nominative right before the name (an apposition agrees in case with it).
_NOMINATIVE_TITLE = regex.compile(r"(?<![\w-])(?:евро)?(?:депутат(?:ка|ы)?|сенатор|парламентари[йи])\s+$")


def _titled_in_nominative(text: str, start: int, words: list[str]) -> bool:
    """A foreign name (its surname's ending tells no case) after a nominative title or a noun for a people:
    written in the nominative, whatever the given name's ending suggests ('Ругиле' is no dative of a 'Ругиля')."""
    if _surname_readings(words[-1]) is not None:
        return False
    if _NOMINATIVE_TITLE.search(text, max(0, start - 30), start) is not None:
        return True
    before = _LAST_WORD.search(text, max(0, start - 30), start)  # 'Испанка Лусия Ортега', 'литовец X'
    if before is not None and _nominative_demonym(before.group("word")):
        return True
    return _after_nominative_person_noun(text, start)


_WORDS_BEFORE = regex.compile(r"[\p{L}-]+")


def _after_nominative_person_noun(text: str, start: int) -> bool:
    """A noun for a person in the nominative before the name, past the genitives that qualify it ('немецкая
    социал-демократка Сабине Кёрнер', 'народный депутат Украины Ярослава Коваленко', 'депутаты парламента
    Республики Молдова Корнелия Русу'): the name is in apposition to it, so in the nominative too."""
    window = regex.split(r"[.,;:!?()«»\"\n—–]", text[max(0, start - 70) : start])[-1]  # the name's own phrase
    for word in reversed(_WORDS_BEFORE.findall(window)[-5:]):
        if word[:1].isupper():
            continue  # ('Украины', 'Верховной Рады', 'Республики Молдова': a place qualifying the noun)
        readings = _models()[2].parse(word)
        top = readings[0]
        if top.score < 0.5 or top.tag.POS not in ("NOUN", "ADJF"):
            return False
        if top.tag.POS == "NOUN" and top.tag.case == "nomn" and top.tag.animacy == "anim":
            return all(p.tag.case == "nomn" for p in readings if p.tag.POS == "NOUN" and p.tag.animacy == "anim")
        if top.tag.case != "gent":
            return False  # (only genitives qualify the noun: 'парламента', 'народный депутат' stops at 'народный')
    return False


_LAST_WORD = regex.compile(r"(?P<word>\p{L}\p{Ll}+)\s+$")


def _nominative_demonym(word: str) -> bool:
    """A noun for a country's people in the nominative singular ('испанка', 'литовец', 'швед')."""
    if gazetteer.country_of_demonym(word) is None:
        return False
    readings = [p for p in _models()[2].parse(word.lower()) if p.tag.POS == "NOUN" and p.tag.number == "sing"]
    return bool(readings) and all(p.tag.case == "nomn" for p in readings)


# A list item: the name opens its line (after a bullet or a number) and the line ends after it or goes on with
# a parenthesis ('Оле Свеен (Høyre)' under a country heading).
_ITEM_OPENING = regex.compile(r"(?:^|\n)[ \t]*(?:[-•*·–—▪]|\d{1,3}[.)])?[ \t]*$")
_ITEM_REST = regex.compile(r"[ \t]*(?:$|\n|\()")


def _listed_alone(text: str, start: int, end: int) -> bool:
    """Whether a foreign name (its surname's ending tells no case) stands alone as a list item: the
    nominative, whatever its given name's ending suggests ('Оле' is no dative of an 'Оля')."""
    return (
        _ITEM_OPENING.search(text, max(0, start - 12), start) is not None
        and _ITEM_REST.match(text, end) is not None
        and _surname_readings(text[start:end].split()[-1]) is None
    )


# The word before a name, past a capitalised genitive ('президенту Азербайджана Ильхаму Алиеву').
_WORD_BEFORE = regex.compile(r"(?P<word>\p{Cyrillic}+)\s+(?:\p{Lu}\p{Cyrillic}+\s+)?$")


_MONTH_GENITIVE = regex.compile(r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")


def _governing_case(text: str, start: int) -> str | None:
    """'журналиста Эрнеста Аблаева': the case of an oblique noun or adjective right before the name
    (one that cannot be nominative), when the name's own endings leave the case open."""
    match = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if match is None or match.group("word")[:1].isupper():
        return None  # 'жительница Екатеринбурга Алина …': a place or a name qualifies the noun before it
    if _MONTH_GENITIVE.fullmatch(match.group("word")):
        return None  # '13 сентября Светлана Тихановская направила …': a date, which governs no name
    readings = [p for p in _models()[2].parse(match.group("word")) if p.tag.POS in ("NOUN", "ADJF")]
    if (
        not readings
        or any(p.tag.case == "nomn" for p in readings)
        or len(readings) != len(_models()[2].parse(match.group("word")))
    ):
        return None
    cases = sorted({str(p.tag.case) for p in readings if p.tag.number != "plur"})
    return cases[0] if cases else None


def _merge_case_variants(text: str, entities: list[PersonEntity]) -> list[PersonEntity]:
    """'Ерлан Жумабаев' and a misread 'Ерлана Жумабаева' are one person: same stems, same person.

    The name kept is one written as such in the text (a nominative mention) when there is one."""
    groups: dict[tuple[str, str], list[PersonEntity]] = {}
    for entity in entities:
        words = name_key(entity.name).split()
        groups.setdefault((words[0][:4], words[-1][:5]), []).append(entity)
    result = []
    for group in groups.values():
        written = [e for e in group if any(name_key(m.text) == name_key(e.name) for m in e.mentions)]
        keeper = (written or group)[0]
        result.append(keeper)
        for other in group:
            if other is keeper:
                continue
            if _coordinated(text, keeper, other):
                result.append(other)  # 'Александр Иванов и Александра Иванова' are two people
            else:
                keeper.mentions += other.mentions
    return result


def _coordinated(text: str, first: PersonEntity, second: PersonEntity) -> bool:
    """Whether a mention of one is joined to a mention of the other by 'и' or a comma."""
    for a in first.mentions:
        for b in second.mentions:
            left, right = (a, b) if a.start < b.start else (b, a)
            if right.start - left.end < 6 and rx(r"\s*(?:,|и|,\s*и)\s*").fullmatch(text, left.end, right.start):
                return True
    return False


_PARTICLES = {"фон", "ван", "де", "дер", "ди", "ле", "ла", "дю", "да", "дос"}


def _attach_short(entities: dict[str, PersonEntity], short: list[NerSpan]) -> None:
    """A lone surname joins the person whose surname shares its stem."""
    for span in short:
        stem = name_key(span.text.split()[-1])[:5]
        for entity in entities.values():
            if len(stem) >= 4 and name_key(entity.surname).startswith(stem):
                entity.mentions.append(Mention(span.start, span.end, span.text))
                break


def _coordinated_case(text: str, people: list[NerSpan], index: int) -> str | None:
    """Case of a name joined by 'и' or a comma to this one ('Нурлана Касымова и Бекзата Ермекова')."""
    for other in (index - 1, index + 1):
        if not 0 <= other < len(people) or len(people[other].text.split()) < 2:
            continue
        first, second = sorted((people[index], people[other]), key=lambda s: s.start)
        # 'Эрика Сундстрёма (Умеренная коалиционная партия), Юхана Бергмана': a party may stand between them
        if rx(r"\s*(?:\([^()\n]{0,80}\))?\s*(?:,|и|,\s*и)\s*").fullmatch(text, first.end, second.start):
            case, _ = _case_and_gender(people[other].text.split())
            if _known_given_name(people[other].text.split()[0]):
                return case
    return None


def _known_given_name(word: str) -> bool:
    """Whether pymorphy2 knows the word as a given name."""
    return any("Name" in p.tag for p in _models()[2].parse(word))


def nominative_name(words: list[str], coordinated_case: str | None = None) -> str:
    """'Геннадия Шутова' -> 'Геннадий Шутов': case and gender from the given name."""
    case, gender = _case_and_gender(words)
    if coordinated_case and coordinated_case != case:
        # 'Нурлана Касымова и Бекзата Ермекова': an ambiguous name takes its neighbour's case.
        allowed = _surname_readings(words[-1]) or set()
        readings = {(str(p.tag.case), str(p.tag.gender)) for p in _models()[2].parse(words[0]) if "Name" in p.tag}
        options = sorted(r for r in allowed if r[0] == coordinated_case and (not readings or r in readings))
        foreign = _foreign_case(words)
        if not options and foreign[0] != "nomn" and (foreign[0] == coordinated_case or coordinated_case == "accs"):
            options = [foreign]  # 'ирландского сенатора Кирана О'Доннелла': the word before settles it
        case, gender = options[0] if options else (case, gender)
    if case == "nomn":
        return " ".join(words)
    if case == "bare":  # a woman's indeclinable surname: only her given name may be oblique
        return " ".join([_female_nominative(words[0]), *words[1:]])
    given = _nominative_given(words[0], case, gender)
    rest = [nominative_surname(w, case, gender) for w in words[1:]]
    return " ".join([given, *rest])


_FEMALE_ENDINGS = (
    (r"ии$", "ия"),  # 'Юлии Бранд' -> 'Юлия'
    (r"ьи$", "ья"),  # 'Натальи' -> 'Наталья'
    (r"([аеиоуэюя])[ею]$", r"\1я"),  # 'Кае', 'Каю' -> 'Кая'
    (r"ей$", "я"),
    (r"ой$", "а"),
    (r"[уы]$", "а"),  # 'Анну', 'Анны' -> 'Анна'
    (r"ю$", "я"),  # (not a consonant and 'е': 'Марике', 'Ренате' are names of their own)
)


def _female_nominative(word: str) -> str:
    """A woman's given name in the nominative from an oblique form, by its ending."""
    if regex.search(r"[ая]$", word):
        return word
    for pattern, replacement in _FEMALE_ENDINGS:
        new = regex.sub(pattern, replacement, word)
        if new != word:
            return new
    return word


def _case_and_gender(words: list[str]) -> tuple[str, str]:
    """Grammatical case and gender of a name, agreeing between given name and surname."""
    morph = _models()[2]
    allowed = _surname_readings(words[-1])
    readings = [p for p in morph.parse(words[0]) if "Name" in p.tag and p.tag.number != "plur"]
    if not readings and allowed and ("nomn", "femn") in allowed:
        return ("nomn", "femn")
    if words[0].lower() in women_only_names() and (allowed is None or ("nomn", "femn") in allowed):
        return ("nomn", "femn")  # 'Нигора Бахриддинова', 'Феруза Юлдашева': no 'Нигор' in the genitive
    scored = [
        (round(p.score, 2), CASE_PREFERENCE.index(str(p.tag.case)), (str(p.tag.case), str(p.tag.gender)))
        for p in readings
        if str(p.tag.case) in CASE_PREFERENCE
    ]
    agreeing = [item for item in scored if allowed is None or item[2] in allowed]
    last = words[-1].lower()
    oblique_masc = [item for item in agreeing if item[2][1] == "masc" and item[2][0] != "nomn"]
    bare = regex.search(r"[бвгджзклмнпрстфхцчшщ]$", last) and not regex.search(r"(?:ом|ем|ым|им)$", last)
    if allowed is None and oblique_masc and bare:
        # 'Микаэла Бруннер': a man's surname declines with his name, so a bare one beside an oblique
        # reading of the given name means the given name is a woman's ('Кае Каллас' is 'Кая Каллас')
        return ("bare", "femn")
    readings_cases = {item[2] for item in agreeing}
    if (
        {("gent", "masc"), ("accs", "masc")} <= readings_cases
        and ("datv", "masc") not in readings_cases  # ('Антониу Гутеррешу': an indeclinable name is any case)
        and regex.search(r"[бвгджзклмнпрстфхцчшщ]у$", last)
    ):
        return ("accs", "masc")  # 'Владимира Кара-Мурзу': the a-declension surname shows the accusative
    foreign = _foreign_case(words) if allowed is None else ("nomn", "masc")
    if foreign[0] != "nomn" and any(item[2] == foreign for item in agreeing):
        return foreign  # 'Рейниса Озолиньша': the surname's ending settles what the given name leaves open
    if agreeing:
        return max(agreeing)[2]
    if allowed:
        return ("nomn", "femn") if ("nomn", "femn") in allowed else sorted(allowed)[0]
    if not readings:
        return _foreign_case(words)
    return ("nomn", "masc")


# Foreign names the dictionary does not know decline like masculine nouns: 'Рейниса Озолиньша',
# 'Жозепу Боррелю', 'с Жозепом Боррелем'. Both words ending alike is the sign.
_FOREIGN_OBLIQUE = (
    (r"[бвгджзклмнпрстфхцчшщь]а$|[бвгджзклмнпрстфхцчшщ]я$|[аеиоуэ]я$", "gent"),
    (r"[бвгджзклмнпрстфхцчшщ]у$|[лнрдтсзмкгпбвф]ю$|[аеиоуэ]ю$", "datv"),
    (r"[бвгджзклмнпрстфхцчшщ]ом$|[лнрдтсзмкгпбвфжшчщц]ем$", "ablt"),
)


def _foreign_case(words: list[str]) -> tuple[str, str]:
    """('gent'|'datv'|'ablt', 'masc') when every word of an unknown name has that oblique ending, or the
    given name is indeclinable ('Юхани Корхонена'); ('gent', 'femn') for 'Руты Миляускене'."""
    if len(words) < 2:
        return ("nomn", "masc")
    lowered = [word.lower() for word in words]
    for pattern, case in _FOREIGN_OBLIQUE:
        if all(regex.search(pattern, word) for word in lowered):
            return case, "masc"
    if regex.search(r"[ио]$", lowered[0]):  # ('Ханнеке', 'Ренате' are women's names: not '-е')
        for pattern, case in _FOREIGN_OBLIQUE:
            if regex.search(pattern, lowered[-1]):
                return case, "masc"
    indeclinable = regex.search(r"(?:[еиоэу]|ите|айте|уте)$", lowered[-1])
    if regex.search(r"[бвгджзклмнпрстфхцчшщ]ы$", lowered[0]) and indeclinable:
        return ("gent", "femn")  # a woman's indeclinable surname beside her name in the genitive
    if regex.search(r"[ое]й$", lowered[0]) and (indeclinable or regex.search(r"[бвгджзклмнпрстфхцчшщ]$", lowered[-1])):
        return ("ablt", "femn")  # 'с Софией Маркези': an instrumental name, a surname that does not decline
    return ("nomn", "masc")


# On equal likelihood, the cases names most often stand in (subjects, objects, 'of X').
CASE_PREFERENCE = ("loct", "ablt", "datv", "accs", "gent", "nomn")


_SURNAME_ENDINGS = (
    (r"(?:ск|цк)ого$", {("gent", "masc"), ("accs", "masc")}),
    (r"(?:ск|цк)ому$", {("datv", "masc")}),
    (r"(?:ск|цк)им$", {("ablt", "masc")}),
    (r"(?:ск|цк)ой$", {("gent", "femn"), ("datv", "femn"), ("ablt", "femn"), ("loct", "femn")}),
    (r"(?:ск|цк)ую$", {("accs", "femn")}),
    (r"(?:ск|цк)(?:ий|ой)$", {("nomn", "masc")}),
    (r"(?:ск|цк)ая$", {("nomn", "femn")}),
    (r"(?:ов|ев|ёв|ин|ын)ой$", {("gent", "femn"), ("datv", "femn"), ("ablt", "femn"), ("loct", "femn")}),
    (r"(?:ов|ев|ёв|ин|ын)ым$", {("ablt", "masc")}),
    (r"(?:ов|ев|ёв|ин|ын)у$", {("datv", "masc"), ("accs", "femn")}),
    (r"(?:ов|ев|ёв|ин|ын)а$", {("gent", "masc"), ("accs", "masc"), ("nomn", "femn")}),
    (r"(?:ов|ев|ёв|ин|ын)$", {("nomn", "masc")}),
    # adjectival surnames: 'Петра Новотного' -> 'Новотный'
    (r"[бвдзлмнпрстфц]ого$", {("gent", "masc"), ("accs", "masc")}),
    (r"[бвдзлмнпрстфц]ому$", {("datv", "masc")}),
    (r"[бвдзлмнпрстфц]ым$", {("ablt", "masc")}),
    # '-ич' surnames (Бабич, Петрович) decline only for men: '-ича' is never a woman's nominative.
    (r"ича$", {("gent", "masc"), ("accs", "masc")}),
    (r"ичу$", {("datv", "masc")}),
    (r"ичем$", {("ablt", "masc")}),
)


def _surname_readings(word: str) -> set[tuple[str, str]] | None:
    """(case, gender) readings a surname's ending allows; None when it says nothing."""
    lower = word.lower()
    for pattern, readings in _SURNAME_ENDINGS:
        if regex.search(pattern, lower):
            return readings
    return None


_MASC_SURNAME = (
    (r"(ск|цк)(?:ого|ому|им|ом)$", r"\1ий"),
    (r"(ов|ев|ёв|ин|ын)(?:а|у|ым|е)$", r"\1"),
    (r"([бвдзлмнпрстфц])(?:ого|ому|ым)$", r"\1ый"),  # 'Новотного' -> 'Новотный'
    (r"([бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$", r"\1"),
    (r"([бвгдзлмнпрстф])(?:ы|ой)$", r"\1а"),  # 'Олега Дзюбы', 'с Олегом Дзюбой' -> 'Дзюба'
    (r"([аеиоуэ])(?:я|ю|ем)$", r"\1й"),  # 'Андрея' -> 'Андрей'
    (r"([лнрдтсзмкгпбвф])(?:я|ю|ем)$", r"\1ь"),  # 'Борреля', 'Боррелю' -> 'Боррель'
)
_FEMN_SURNAME = (
    (r"(ск|цк)(?:ой|ую)$", r"\1ая"),
    (r"(ов|ев|ёв|ин|ын)(?:ой|у)$", r"\1а"),
)


def nominative_surname(word: str, case: str, gender: str) -> str:
    """Nominative of a surname by its ending (indeclinable ones such as -енко stay)."""
    if case == "nomn" or rx(r"(?:ко|ых|их|аго)$").search(word.lower()):
        return word
    if "-" in word:  # 'Франка-Остерманна': both parts decline when they end alike; 'Кара-Мурзу' only the last
        first, _, rest = word.partition("-")
        last = nominative_surname(rest, case, gender)
        alike = first[-1:].lower() == rest[-1:].lower() and last != rest
        return f"{nominative_surname(first, case, gender) if alike else first}-{last}"
    if case == "accs" and gender == "masc" and regex.search(r"[бвгджзклмнпрстфхцчшщ]у$", word.lower()):
        return word[:-1] + "а"  # 'Кара-Мурзу' -> 'Кара-Мурза'
    rules = _MASC_SURNAME if gender == "masc" else _FEMN_SURNAME
    for pattern, replacement in rules:
        new = regex.sub(pattern, replacement, word, flags=regex.IGNORECASE)
        if new != word:
            return new
    return word


def _nominative_given(word: str, case: str, gender: str) -> str:
    """Nominative of a given name, through pymorphy2 when it knows the name."""
    morph = _models()[2]
    for parse in morph.parse(word):
        if "Name" in parse.tag and parse.tag.case == case and parse.tag.gender == gender:
            inflected = parse.inflect({"Nom"})
            if inflected is not None:
                return "-".join(part.capitalize() for part in inflected.word.split("-"))  # 'Касым-Жомарт'
    if gender == "femn":
        return _female_nominative(word) if case != "nomn" else word  # 'Руты' -> 'Рута', 'Софией' -> 'София'
    return nominative_surname(word, case, gender)


_OBLIQUE = {"gent", "datv", "accs", "ablt", "loct"}


def nominative_phrase(phrase: str) -> str:
    """A name phrase written in the genitive after 'из' / 'представителей' in the nominative: its words up
    to the first noun ('Движения либералов' -> 'Движение либералов', 'Христианских демократов Литвы' ->
    'Христианские демократы Литвы'); unchanged when no genitive reading fits."""
    return _to_nominative(phrase.split(), "gent") or phrase


def nominative_org(name: str) -> str:
    """'Казахстанского международного бюро по правам человека' -> 'Казахстанское международное бюро …':
    the words up to the first noun go to the nominative when the first word cannot be one."""
    words = name.split()
    if not words or not rx(r"\p{Cyrillic}").match(words[0]):
        return name
    first = _models()[2].parse(words[0])
    if any(p.tag.case == "nomn" for p in first):
        return name
    reading = next((p for p in first if str(p.tag.case) in _OBLIQUE and p.tag.POS in ("ADJF", "NOUN")), None)
    if reading is None:
        return name
    return _to_nominative(words, str(reading.tag.case)) or name


def _to_nominative(words: list[str], case: str) -> str | None:
    """The words up to the first noun in `case`, and that noun, put in the nominative (the rest kept);
    None when a word has no such reading or cannot be inflected."""
    head = next((i for i, w in enumerate(words) if _noun_in(w, case) is not None), None)
    if head is None:
        return None
    # 'Крымскотатарского ресурсного центра': a word read as an adjective too is no head before another noun
    if _adjective_of(words[head], case) is not None:
        later = next((i for i in range(head + 1, len(words)) if _adjective_of(words[i], case) is None), None)
        head = later if later is not None and _noun_in(words[later], case) is not None else head
    noun = _noun_in(words[head], case)
    number = "Plur" if noun.tag.number == "plur" else "Sing"
    agreement = {"Nom", number} | ({_UD_GENDER[str(noun.tag.gender)]} if number == "Sing" else set())
    changed = []
    for word in words[:head]:
        parse = _adjective_of(word, case)
        inflected = parse.inflect(agreement) if parse is not None else None
        if inflected is None:
            return None
        changed.append(_same_capitals(word, inflected.word))
    nominative = noun.inflect({"Nom", number})
    if nominative is None:
        return None
    return " ".join([*changed, _same_capitals(words[head], nominative.word), *words[head + 1 :]])


_UD_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut", "None": "Masc"}


def _noun_in(word: str, case: str) -> Any:
    """pymorphy2's reading of a word as a noun in the given case, or None."""
    return next((p for p in _models()[2].parse(word) if p.tag.POS == "NOUN" and p.tag.case == case), None)


def _same_capitals(written: str, word: str) -> str:
    """The inflected word with the written word's initial capital."""
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


_CASES = ("Gen", "Dat", "Acc", "Ins", "Loc")  # natasha's inflect takes Universal Dependencies names


def oblique_phrases(phrase: str) -> list[str]:
    """The oblique forms of a Russian name phrase in the nominative: its words up to the first noun
    inflected in agreement, the rest kept ('Европейская комиссия' -> 'Европейской комиссии',
    'Европейскую комиссию', …; 'Администрация президента' -> 'Администрации президента', …).
    Empty when the phrase does not open with a nominative noun group pymorphy2 can inflect."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if _noun_in(w, "nomn") is not None), None)
    if head is None or not all(_adjective_of(w, "nomn") is not None for w in words[:head]):
        return []
    if not _models()[2].word_is_known(words[head].lower()):
        return []  # 'Хьюман Райтс Вотч': a foreign name pymorphy2 guesses at is not declined
    noun = _noun_in(words[head], "nomn")
    if noun.tag.animacy == "anim":
        return []  # 'Верховный комиссар ООН': an office held by a person, addressed as one ('Верховному комиссару')
    number = "Plur" if noun.tag.number == "plur" else "Sing"
    forms = []
    for case in _CASES:
        form = _inflected_head(words, head, noun, {case, number})
        if form is not None and form != phrase and form not in forms:
            forms.append(form)
    return forms


def _inflected_head(words: list[str], head: int, nominative: Any, grammemes: set[str]) -> str | None:
    """The phrase with its first noun (read in the nominative) and the adjectives before it put in `grammemes`."""
    noun = nominative.inflect(grammemes)
    if noun is None:
        return None
    if noun.word == nominative.word and "Acc" in grammemes:
        return None  # an inanimate masculine accusative is the nominative ('в Следственный комитет')
    gender = {_UD_GENDER[str(nominative.tag.gender)]} if "Sing" in grammemes else set()
    agreement = grammemes | gender
    changed = []
    for word in words[:head]:
        inflected = _adjective_of(word, "nomn").inflect(agreement)
        if inflected is None:
            return None
        changed.append(_same_capitals(word, inflected.word))
    return " ".join([*changed, _same_capitals(words[head], noun.word), *words[head + 1 :]])


def _adjective_of(word: str, case: str) -> Any:
    """pymorphy2's reading of a word as a full adjective in the given case, or None."""
    return next((p for p in _models()[2].parse(word) if p.tag.POS == "ADJF" and p.tag.case == case), None)
