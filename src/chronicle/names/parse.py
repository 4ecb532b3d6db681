"""Parsing a written name into given name, patronymic, surname and initials, in any order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronicle.names import morphology as morph
from chronicle.names.belarusian import belarusian_reading, is_belarusian
from chronicle.names.german import german_reading, is_german
from chronicle.names.given_names import canonical_root, given_names, is_given_name, short_forms
from chronicle.names.hashtag import hashtag_name
from chronicle.names.mrz import mrz_name, ocr_letters
from chronicle.names.oblique import nominative
from chronicle.names.polish import is_polish, polish_reading
from chronicle.names.script import Script, detect_script, latin_system
from chronicle.names.skeleton import skeleton, skeleton_of_latin
from chronicle.names.tokens import Token, tokenize
from chronicle.names.translit import to_latin, uzbek_reading


@dataclass(frozen=True)
class ParsedName:
    """A name as written, its parts as written, and the keys used to compare it."""

    text: str
    script: Script
    surname: str | None
    given: str | None
    patronymic: str | None
    surname_key: str | None
    surname_skeleton: str | None
    surname_initial: str | None
    given_key: str | None
    given_initial: str | None
    patronymic_key: str | None
    patronymic_initial: str | None
    sex: str | None
    surname_first: bool
    # The other letter an ambiguous Latin initial may stand for (Y. is Е or Я/Ю; Ch is Ч or Ш).
    given_initial_alt: str | None = None
    patronymic_initial_alt: str | None = None
    # Whether something written told which word is the surname (a comma, capitals, the place
    # beside a patronymic, or an -ов/-ева/-ский ending that the given name lacks), so the record
    # cannot be read the other way round.
    order_told: bool = False

    @property
    def full_given(self) -> bool:
        """Whether the given name is written out (not just an initial)."""
        return self.given_key is not None


def _patronymic_index(full: list[Token], tokens: list[Token]) -> int | None:
    """Position of the patronymic among the written-out words (of `tokens`, words and initials)."""
    words = len(tokens)
    candidates = [i for i, tok in enumerate(full) if morph.patronymic_suffix(tok.key)]
    if not candidates and len(full) == 3:
        candidates = _mistyped_patronymic(full)
    russian = [i for i in candidates if not full[i].key.endswith(morph.KAZAKH_PATRONYMIC)]
    if russian and len(full) <= 2 and all(_surname_in_ich(full[i], tokens) for i in russian):
        # 'Статкевич В.Н.', 'Мария Сидоревич', 'Maryya Sidarevich': a word in -вич beside no more than a given
        # name is a surname (Belarusian, Serbian, Polish) - no record gives a father's name without a surname
        return None
    if len(russian) > 1:
        # 'Мария Андреевна Сидоревич', 'Сидоревич Мария Андреевна': the father's name follows the given name
        after_given = [i for i in russian if i > 0 and is_given_name(_given_key(full[i - 1]))]
        return after_given[0] if after_given else russian[-1]
    if russian:
        return russian[-1]
    # -ұлы is a patronymic beside a surname and a given name; alone with one other word it is
    # used as a surname (Ерлан Қайратұлы) unless the other word is plainly a surname (not a given
    # name ending like one: Алина Мұқашқызы), or an initial stands for the given name (Бектас М. Болатқызы).
    if not candidates or full[candidates[-1]].before_comma:
        return None
    if len(full) == 1:
        return None  # 'ТОККАЗЫКЫЗЫ Б. М.': the one word written out is the surname, the initials the rest
    if len(candidates) >= 2 and candidates[-1] == candidates[-2] + 1:
        return candidates[-2]  # 'Айдос Хамитұлы Байболұлы': the father's name, then a surname in -ұлы
    others = [tok for i, tok in enumerate(full) if i != candidates[-1]]
    if words >= 3 or any(morph.has_surname_suffix(tok.key) and not is_given_name(tok.key) for tok in others):
        return candidates[-1]
    return None


def _surname_in_ich(word: Token, tokens: list[Token]) -> bool:
    """A man's -ич form that is no father's name: not right after an initial ('Бокаев С. Максутович',
    'А. Турарович ЫСКАКОВ') nor after a given name when it is made of one ('Ерлан Кайратович', as Russian
    addresses a man), and, alone among initials, first ('Статкевич В.Н.')."""
    if not word.key.endswith(morph.MALE_PATRONYMIC):
        return False
    position = tokens.index(word)
    if position > 0 and tokens[position - 1].is_initial:
        return False
    if _addressed_by_name_and_patronymic(tokens):
        return False
    return sum(not tok.is_initial for tok in tokens) == 2 or position == 0


# Endings of Kazakh and other Turkic men's names (Асылбек, Темірхан, Аманжол, Тұлеген, Кайрат): a Russian father's
# name made of one is no Belarusian or Serbian surname in -вич, whose stems are not names (Статкевич, Лукашевич).
_TURKIC_NAME_ENDINGS = (
    "bek", "bai", "han", "jan", "gali", "bol", "lat", "tai", "gen", "jol", "lan", "rat", "mat", "hat", "tar",
    "nur", "sen", "bit",
)  # fmt: skip
_WOMANS_PATRONYMIC = ("ovna", "evna", "ishna", "inishna")


def _made_of_a_name(stem: str) -> bool:
    return is_given_name(stem) or is_given_name(stem + "i") or stem.endswith(_TURKIC_NAME_ENDINGS)


def _addressed_by_name_and_patronymic(tokens: list[Token]) -> bool:
    """'Ерлан Кайратович', 'Гульнара Ержановна': a given name and a Russian father's name, nothing else, as Russian
    addresses a person. A woman's -овна is no surname; a man's -вич is when made of no name ('Николай Статкевич')."""
    if len(tokens) != 2 or any(tok.is_initial for tok in tokens):
        return False
    given, father = tokens
    suffix = morph.patronymic_suffix(father.key)
    if suffix is None or father.key.endswith(morph.KAZAKH_PATRONYMIC):
        return False
    if morph.has_strong_surname_suffix(given.key) or morph.patronymic_suffix(given.key):
        return False
    return suffix in _WOMANS_PATRONYMIC or _made_of_a_name(morph.patronymic_stem(father.key))


def _mistyped_patronymic(full: list[Token]) -> list[int]:
    """Of three words, the one long word in -ич that is no given name, after the first: a patronymic whose
    -ович the typist struck wrong ('Ким Вадим Виктороыич'), which -ич alone (Қуаныш) would not tell."""
    found = [
        i
        for i, tok in enumerate(full)
        if i > 0 and len(tok.key) >= 8 and tok.key.endswith("ish") and not is_given_name(tok.key)
    ]
    return found if len(found) == 1 else []


def _surname_by_mark(rest: list[Token]) -> int | None:
    """A surname marked as such: before a comma, or in capitals among mixed case."""
    for i, tok in enumerate(rest):
        if tok.before_comma:
            return i
    upper = [i for i, tok in enumerate(rest) if tok.is_upper]
    return upper[0] if len(upper) == 1 and len(rest) > 1 else None


def _surname_by_patronymic(rest: list[Token], tokens: list[Token], pat: Token | None) -> int | None:
    """Beside a patronymic the order says which word is which: the given name comes right before
    the patronymic (Surname Given Patronymic, Given Patronymic Surname), whatever the endings
    say (Jantai Ersaiin Kuandykovich: Ерсайын ends like a surname in -ин)."""
    if pat is None or len(rest) != 2:
        return None
    position = tokens.index(pat)
    before = tokens[position - 1] if position > 0 else None
    if before is None or before not in rest:
        return None
    return 1 - rest.index(before)


def _surname_by_form(rest: list[Token]) -> int | None:
    """A surname marked by its suffix."""
    table = given_names()
    suffixed = [i for i, tok in enumerate(rest) if morph.has_surname_suffix(tok.key)]
    suffixed = [i for i in suffixed if rest[i].key not in table]
    strong = [i for i in suffixed if morph.has_strong_surname_suffix(rest[i].key)]
    if len(suffixed) > 1 and len(strong) == 1:
        return strong[0]  # Ерсайын Алтасов, Msdina Bayzhanova: -ын and -ина end given names too
    if suffixed:
        return suffixed[0] if len(suffixed) == 1 or len(rest) == 2 else None
    # 'Сұлтанұлы Оспан': a son's or daughter's name in -ұлы / -қызы is never the given name
    sons = [
        i
        for i, tok in enumerate(rest)
        if morph.patronymic_suffix(tok.key) and tok.key.endswith(morph.KAZAKH_PATRONYMIC)
    ]
    return sons[0] if len(sons) == 1 and len(rest) == 2 else None


def _surname_by_position(rest: list[Token], tokens: list[Token], pat: Token | None) -> int:
    """Where the surname is when nothing in its form says so."""
    if len(rest) == 1:
        return 0
    unknown = [i for i, tok in enumerate(rest) if not is_given_name(_given_key(tok))]
    if len(unknown) == 1:
        return unknown[0]
    sexes = [given_names().get(_given_key(tok)) for tok in rest]
    if len(rest) == 2 and sorted(map(str, sexes)) == ["f", "m"]:
        # 'KANAT AYGUL', 'Мұхтар Томирис': a decree-form surname is a man's name (the father's or
        # grandfather's), so beside a woman's name it is the surname, whichever comes first
        return sexes.index("m")
    if pat is not None:
        # Surname Given Patronymic (Russian official order) or Given Patronymic Surname.
        return 0 if tokens.index(pat) > tokens.index(rest[0]) + 1 else len(rest) - 1
    if tokens[-1].is_initial and not tokens[0].is_initial:
        return 0  # Бокаев Е.К.
    return len(rest) - 1


def _choose_surname(rest: list[Token], tokens: list[Token], pat: Token | None) -> Token | None:
    if not rest:
        return None
    for found in (_surname_by_mark(rest), _surname_by_patronymic(rest, tokens, pat), _surname_by_form(rest)):
        if found is not None:
            return rest[found]
    return rest[_surname_by_position(rest, tokens, pat)]


def _order_told(rest: list[Token], tokens: list[Token], pat: Token | None, surname: Token | None) -> bool:
    """Whether the surname was told by a mark, a patronymic's place or a strong ending only it has."""
    if surname is None or len(rest) < 2:
        return False
    if _surname_by_mark(rest) is not None or _surname_by_patronymic(rest, tokens, pat) is not None:
        return True
    strong = [tok for tok in rest if morph.has_strong_surname_suffix(tok.key)]
    return strong == [surname]


def _given_initials(initials: list[Token], given: Token | None) -> tuple[Token | None, Token | None]:
    """The words that give the given and patronymic initials (Е.К. → Е, К)."""
    if given is not None:
        return given, (initials[0] if initials else None)
    return (initials[0] if initials else None), (initials[1] if len(initials) > 1 else None)


# 'Mr. Yerzhan Yskakov' in a UN document, 'г-жа Фролова': a form of address before the name, which tells the sex
# and is no given name. ('M.' alone is left: it is more often an initial than 'Monsieur'.)
_TITLE = re.compile(
    r"^\s*(?:(?P<m>mr|herr|sir|г-н|господин|гражданин|гр-н)|(?P<f>mrs|ms|miss|mme|mlle|frau|г-жа|госпожа|гражданка|"
    r"гр-ка)|dr|prof|mx|hon|гр(?=\.))\.?\s+(?=\S+)",  # ('гр. Данилов ПА': a prosecutor's 'citizen')
    re.IGNORECASE,
)


# 'Адилет аға', 'Индира апай': the Kazakh respectful address after a given name (elder brother, elder sister), which
# tells the sex and is no surname.
_KAZAKH_ADDRESS = re.compile(
    r"(?<=\S)[\s-]+(?:(?P<m>аға|ага|ағай|агай|aga|ağa|agha|agai|ağai)|(?P<f>апа|апай|әпке|апке|apa|apai|apke|äpke))\s*$",
    re.IGNORECASE,
)


def _without_title(words: str) -> tuple[str, str | None]:
    """The name without a form of address before it (or a Kazakh one after it), and the sex that form tells."""
    address = _KAZAKH_ADDRESS.search(words)
    if address is not None:
        return words[: address.start()], "m" if address.group("m") else "f"
    title = _TITLE.match(words)
    if title is None or not words[title.end() :].strip():
        return words, None
    return words[title.end() :], "m" if title.group("m") else "f" if title.group("f") else None


def _sex(surname: Token | None, pat: Token | None, given: Token | None) -> str | None:
    # A common given name outranks a surname ending, which one typo can change (Бокаев/Бокаева).
    cues = [
        morph.sex_of_patronymic(pat.key) if pat else None,
        _sex_of_given(given) if given else None,
        morph.sex_of_surname(surname.key) if surname else None,
    ]
    return next((cue for cue in cues if cue), None)


def _short_form(given: Token) -> tuple[tuple[str, str | None], ...] | None:
    """The full names (key, sex) an everyday short form stands for ('Саша'), or None for any other name."""
    return short_forms().get(skeleton(given.reading.split("-")[0]))


def _sex_of_given(given: Token) -> str | None:
    """The sex a given name tells: none for a short form of a man's and a woman's name (Саша, Женя)."""
    full = _short_form(given)
    if full is None:
        return given_names().get(_given_key(given))
    sexes = {sex for _, sex in full}
    return sexes.pop() if len(sexes) == 1 else None


def _full_given_key(given: Token, sex: str | None) -> str:
    """The given name's key; for a short form of a man's and a woman's name, the full name of the sex the
    rest of the name tells (Саша Иванова: Александра)."""
    of_sex = [key for key, of in _short_form(given) or () if sex is not None and of == sex]
    return of_sex[0] if of_sex else _given_key(given)


# -қызы/-qyzy cut from the plain Latin before folding: in the skeleton Серікқызы's к and қ fold
# into one k and the father's name would lose it (Серік → ser).
_DAUGHTER_OF = re.compile(r"[kq][yi][zs][yi]$")


_SON_OF = re.compile(r"uu[lł][yi]$")


def _suffixed_key(tok: Token) -> str:
    """The word's skeleton, with -қызы kept apart from the name before it (Серік|қызы → serikkizi), and
    -ұлы after a name in -у (Төлеу|ұлы → toleuuli, where the skeleton alone would fold the two u into one)."""
    latin = re.sub(r"[^a-z]", "", to_latin(tok.reading))
    stem = _DAUGHTER_OF.sub("", latin)
    if stem != latin and len(stem) >= morph.MIN_STEM:
        return skeleton_of_latin(stem) + "kizi"
    if _SON_OF.search(latin) and len(latin) - 3 >= morph.MIN_STEM:
        return skeleton_of_latin(latin[:-3]) + "uli"
    return tok.key


def _given_key(given: Token) -> str:
    """Key of a given name; a double name counts by its first part (Қасым-Жомарт → kasim), in
    the table of given names too (ZHEKSEBAK KASYM-ZHOMART: the known Қасым is the given name)."""
    first = skeleton(given.reading.split("-")[0])
    if first in short_forms():
        return short_forms()[first][0][0]  # 'Миша', 'Vanya': Михаил, Иван
    return first if len(first) >= 2 else given.key


@lru_cache(maxsize=200_000)  # names repeat: one spelling of a person in many records
def parse_name(text: str) -> ParsedName:
    """Parse a written name ("SURNAME, Given", "Given Patronymic Surname", "G. Surname" ...), or a passport's
    machine-readable line ('P<KAZBOKAEV<<MAKS<<<…')."""
    words, title_sex = _without_title(mrz_name(text) or hashtag_name(text) or ocr_letters(text))
    words, oblique_sex = nominative(words)
    words = polish_reading(words) if is_polish(words) else words
    system = latin_system(words)
    words = uzbek_reading(words) if system == "uzbek_latin" else words
    words = german_reading(words) if system is None and is_german(words) else words
    words = belarusian_reading(words) if is_belarusian(words) else words
    tokens = tokenize(words, iso_9=system == "iso_9")
    full = [tok for tok in tokens if not tok.is_initial]
    pat_index = _patronymic_index(full, tokens)
    pat = full[pat_index] if pat_index is not None else None
    rest = [tok for tok in full if tok is not pat]
    surname = (
        None if pat is not None and _addressed_by_name_and_patronymic(tokens) else _choose_surname(rest, tokens, pat)
    )
    others = [tok for tok in rest if tok is not surname]
    given = others[0] if others else None
    given_initial, pat_initial = _given_initials([t for t in tokens if t.is_initial], given)
    pat_initial = pat or pat_initial
    sex = _sex(surname, pat, given) or title_sex or oblique_sex
    return ParsedName(
        text=text,
        script=detect_script(text),
        surname=surname.text if surname else None,
        given=given.text if given else None,
        patronymic=pat.text if pat else None,
        surname_key=canonical_root(morph.surname_stem(_suffixed_key(surname))) if surname else None,
        surname_skeleton=surname.key if surname else None,
        surname_initial=surname.initial if surname else None,
        given_key=_full_given_key(given, sex) if given else None,
        given_initial=given_initial.initial if given_initial else None,
        patronymic_key=canonical_root(morph.patronymic_stem(_suffixed_key(pat))) if pat else None,
        patronymic_initial=pat_initial.initial if pat_initial else None,
        sex=sex,
        surname_first=bool(surname and tokens and tokens[0] is surname),
        given_initial_alt=given_initial.alt_initial if given_initial else None,
        patronymic_initial_alt=pat_initial.alt_initial if pat_initial else None,
        order_told=_order_told(rest, tokens, pat, surname),
    )
