"""The comparison features of one person record: what blocking and scoring read."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from chronicle.names import morphology as morph
from chronicle.names.given_names import is_given_name
from chronicle.names.morphology import surname_stem, surname_stem_after_typo
from chronicle.names.parse import ParsedName, parse_name
from chronicle.names.region_keys import region_key
from chronicle.names.skeleton import compact, skeleton, wide
from chronicle.names.translit import to_latin


@dataclass(frozen=True)
class Features:
    """Keys of one record; the same columns feed Splink's SQL and the Python scorer."""

    unique_id: str
    sur: str | None
    sur_sorted: str | None
    sur_head: str | None
    sur_tail: str | None
    sur_end: str | None
    sur_ends: str | None  # the root's first and last letters (a typo in a short root keeps them)
    sur_alt: str | None  # the root if the surname's ending has a typo (Токавеа → tok)
    sfull: str | None
    sfull_sorted: str | None
    sur_latin: str | None  # the surname as written, in plain Latin (Таасов → taasov)
    sur_latin_sorted: str | None
    sur_compact: str | None  # the root with one letter for Ш/Щ/Ч (Сыздчқ → sizdwk)
    si: str | None
    told: str | None  # "1" if the written name told which word is the surname (no other reading)
    gstem: str | None
    giv: str | None
    giv_sorted: str | None
    giv_rest: str | None  # the key without its first letter: a typo there (Eiram ~ Meiram, Iulash ~ Kulash)
    giv_latin: str | None
    giv_latin_sorted: str | None
    giv_known: str | None  # the given name's key if the table of common given names has it
    giv_compact: str | None  # the key with one letter for Ш/Щ/Ч (Жулдыщ → juldiw)
    giv_compact_sorted: str | None
    giv_wide: str | None  # the key with Ж, Х, Ш written zh, kh, sh (Uljan → ulzhan)
    giv_wide_sorted: str | None
    gi: str | None
    gi2: str | None  # the other letter an ambiguous Latin initial may stand for (Y.: Е or Я/Ю)
    pat: str | None
    pi: str | None
    pi2: str | None
    byear: int | None
    sex: str | None
    region: str | None
    # Day and month of birth ('08-21') where a full date of birth is known and is no placeholder (1 January).
    bday: str | None = None
    # "1" where the surname is a son's or daughter's name in -ұлы/-қызы ('Лаззат Ержанқызы'): written in
    # Kazakh in place of the surname, it is the father's name of the same person's other records.
    sson: str | None = None
    # The surname root with the Uzbek and Tajik o read as а and h as г (Sobirov, Bahodir ~ Сабиров, Бахадыр):
    # a blocking key, so that such a pair is scored at all.
    sur_uz: str | None = None

    def as_row(self) -> dict[str, Any]:
        """The features as a table row."""
        return asdict(self)


COLUMNS = tuple(Features.__dataclass_fields__)
# Letters of the surname root that block a record with only an initial against a typo of its
# surname (G. JUMABZYEVA ~ Gulnara Jumabayeva): the last four (or the first two, `sur_head`).
SURNAME_PART = 4


def uzbek_vowels(key: str | None) -> str | None:
    """A key with the Uzbek and Tajik o read as the Russian а it is written as (Qodirov ~ Кадыров,
    Boboev ~ Бабаев, Gulnora ~ Гульнара) and h as the Russian г of Arabic names (Ibrohim ~ Ибрагим)."""
    return key.replace("o", "a").replace("h", "g") if key is not None else None


def _sorted_letters(key: str | None) -> str | None:
    return "".join(sorted(key)) if key else None


@lru_cache(maxsize=200_000)
def _plain_latin(word: str | None) -> str | None:
    """The word in plain Latin before folding (Аружан → aruzhan): typos are made in the written
    form, so a typo that the folds turn into two differences (Aruznan) is one difference here."""
    if not word:
        return None
    return "".join(char for char in to_latin(word.split("-")[0]) if char.isalpha()) or None


def features_of(
    record_id: str,
    name: ParsedName,
    birth_year: int | None = None,
    region: str | None = None,
    birth_date: str | None = None,
) -> Features:
    """The features of a parsed name with its record's context (a birth date as YYYY-MM-DD)."""
    sur = name.surname_key
    written = _plain_latin(name.given) if name.given_key else None
    sur_latin = _plain_latin(name.surname) if sur else None
    giv_compact = compact(name.given_key) if name.given_key else None
    giv_wide = wide(name.given_key) if name.given_key else None
    return Features(
        unique_id=record_id,
        sur=sur,
        sur_sorted=_sorted_letters(sur),
        sur_head=sur[:2] if sur else None,
        sur_tail=sur[-3:] if sur else None,
        sur_end=sur[-SURNAME_PART:] if sur else None,
        sur_ends=sur[0] + sur[-1] if sur else None,
        sur_alt=surname_stem_after_typo(name.surname_skeleton) if name.surname_skeleton else None,
        sfull=name.surname_skeleton,
        sfull_sorted=_sorted_letters(name.surname_skeleton),
        sur_latin=sur_latin,
        sur_latin_sorted=_sorted_letters(sur_latin),
        sur_compact=compact(sur) if sur else None,
        si=name.surname_initial,
        told="1" if name.order_told else None,
        gstem=surname_stem(name.given_key) if name.given_key else None,
        giv=name.given_key,
        giv_sorted=_sorted_letters(name.given_key),
        giv_rest=name.given_key[1:] if name.given_key and len(name.given_key) >= 4 else None,
        giv_latin=written,
        giv_latin_sorted=_sorted_letters(written),
        giv_known=name.given_key if name.given_key and is_given_name(name.given_key) else None,
        giv_compact=giv_compact,
        giv_compact_sorted=_sorted_letters(giv_compact),
        giv_wide=giv_wide,
        giv_wide_sorted=_sorted_letters(giv_wide),
        gi=name.given_initial,
        gi2=name.given_initial_alt,
        pat=name.patronymic_key,
        pi=name.patronymic_initial,
        pi2=name.patronymic_initial_alt,
        byear=birth_year,
        sex=name.sex,
        region=region_key(region),
        bday=_day_of_birth(birth_date),
        sson="1" if name.surname and _son_or_daughter(name.surname) else None,
        sur_uz=uzbek_vowels(sur),
    )


def _son_or_daughter(word: str) -> bool:
    return skeleton(word).endswith(morph.KAZAKH_PATRONYMIC) and morph.patronymic_suffix(skeleton(word)) is not None


# Registries that do not know a day of birth write the first of January.
_PLACEHOLDER_DAY = "01-01"


def _day_of_birth(birth_date: str | None) -> str | None:
    day = birth_date[5:] if birth_date and len(birth_date) == 10 else None
    return None if day == _PLACEHOLDER_DAY else day


def features_of_text(
    record_id: str, text: str, birth_year: int | None = None, region: str | None = None, birth_date: str | None = None
) -> Features:
    """Parse a written name and return its features."""
    return features_of(record_id, parse_name(text), birth_year, region, birth_date)
