"""How one source writes one person: language, system, order, form and mistakes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronicle.names import testset_pools as pools
from chronicle.names.systems import RUSSIAN_BASED, flatten_kazakh, render
from chronicle.names.typos import misspell

if TYPE_CHECKING:
    from chronicle.names.testset import Person

# Source kinds and their shares: Kazakh- and Russian-language Cyrillic, then Latin systems
# (passports: ICAO 9303 since 2013, GOST R 52535 2010-2013, MVD 310 and its French variant before).
SOURCES = (
    ("kazakh_cyrillic", 18), ("russian_cyrillic", 27), ("icao_9303", 8), ("gost_52535", 2),
    ("mvd_310", 2), ("mvd_310_fr", 2), ("bgn_pcgn", 6), ("bgn_pcgn_kazakh", 3), ("iso_9", 2),
    ("kazakh_latin_2017", 2), ("kazakh_latin_2018", 2), ("kazakh_latin_2021", 6), ("press", 14),
    ("informal", 6),
)  # fmt: skip
KAZAKH_LANGUAGE = frozenset(
    {"kazakh_cyrillic", "bgn_pcgn_kazakh", "kazakh_latin_2017", "kazakh_latin_2018",
     "kazakh_latin_2021"}
)  # fmt: skip
# Orders: S surname, G given, P patronymic, g/p their initials.
ORDERS = {
    "russian": (("SGP", 40), ("GPS", 12), ("GS", 15), ("SG", 12), ("Sgp", 10), ("gpS", 5),
                ("gS", 6)),
    "kazakh": (("SGP", 30), ("GPS", 15), ("GS", 30), ("SG", 15), ("gS", 5), ("Sg", 5)),
    "passport": (("SG", 60), ("SGP", 25), ("GS", 15)),
    "press": (("GS", 80), ("gS", 10), ("GPS", 5), ("SG", 5)),
    "latin": (("GS", 45), ("SG", 25), ("SGP", 15), ("S,G", 10), ("gS", 5)),
}  # fmt: skip
VOWELS = "аеиоуыіәөұүэюя"
# How often a Kazakh-language source writes a Kazakh as given name and father's name in -ұлы / -қызы, no surname.
SON_FOR_SURNAME = 0.12


@dataclass(frozen=True)
class Record:
    """One record as a source wrote it."""

    name: str
    birth_year: int | None
    region: str | None
    source: str


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def russian_patronymic(father: str, sex: str) -> str:
    """Кайрат → Кайратович / Кайратовна; Сергей → Сергеевич; Юрий → Юрьевич."""
    male, female = "вич", "вна"
    if father.endswith("ий"):
        stem = father[:-2] + "ье"
    elif father.endswith("й"):
        stem = father[:-1] + "е"
    elif father[-1] in VOWELS or father[-1] in "жшчщц":
        stem = father + "е"
    else:
        stem = father + "о"
    return stem + (male if sex == "m" else female)


def kazakh_patronymic(father: str, sex: str) -> str:
    """Қайрат → Қайратұлы / Қайратқызы."""
    return father + ("ұлы" if sex == "m" else "қызы")


def _surname(rng: random.Random, person: Person, kazakh_language: bool) -> str:
    from chronicle.names.testset import official_surname

    if not person.kazakh:
        return official_surname(person.surname_root, person.sex, False)
    # The 1996 decree: Kazakh-language sources often drop the Russian affix.
    dropped = not person.suffixed or (kazakh_language and rng.random() < 0.3)
    return person.surname_root if dropped else official_surname(person.surname_root, person.sex, True)


def _patronymic(rng: random.Random, person: Person, kazakh_language: bool) -> str:
    if person.kazakh and kazakh_language:
        return kazakh_patronymic(person.father, person.sex)
    return russian_patronymic(flatten_kazakh(person.father), person.sex)


def _order_kind(source: str) -> str:
    if source in ("icao_9303", "mvd_310_fr", "gost_52535"):
        return "passport"
    if source == "press":
        return "press"
    if source == "russian_cyrillic":
        return "russian"
    return "kazakh" if source == "kazakh_cyrillic" else "latin"


def _assemble(order: str, parts: dict[str, str]) -> str:
    words = []
    for code in order.replace(",", ""):
        word = parts[code.upper()]
        words.append(word if code.isupper() else word[0] + ".")
    text = " ".join(words)
    return text.replace(" ", ", ", 1) if "," in order else text


def _written(rng: random.Random, source: str, cyrillic: str) -> str:
    """Cyrillic words in the source's script and system."""
    if source in ("kazakh_cyrillic", "russian_cyrillic"):
        return cyrillic
    base = flatten_kazakh(cyrillic) if source in RUSSIAN_BASED else cyrillic
    return render(base, source, rng)


def _name_parts(rng: random.Random, person: Person, source: str) -> dict[str, str]:
    kazakh_language = source in KAZAKH_LANGUAGE
    parts = {
        "S": _surname(rng, person, kazakh_language),
        "G": person.given,
        "P": _patronymic(rng, person, kazakh_language),
    }
    if not kazakh_language:
        parts = {k: flatten_kazakh(v) for k, v in parts.items()}
        if source == "russian_cyrillic" and parts["S"].startswith("Ж") and rng.random() < 0.15:
            parts["S"] = "Дж" + parts["S"][1:]
    return {k: _written(rng, source, v) for k, v in parts.items()}


def _noisy(rng: random.Random, parts: dict[str, str]) -> dict[str, str]:
    if rng.random() < 0.06:
        parts["S"] = misspell(parts["S"], rng)
    if rng.random() < 0.04:
        parts["G"] = misspell(parts["G"], rng)
    return parts


def _case(rng: random.Random, source: str, text: str, surname: str) -> str:
    if source == "icao_9303" and rng.random() < 0.6:
        return text.upper()
    if rng.random() < 0.08:
        return text.replace(surname, surname.upper(), 1)  # lists: "BOKAEV Maks"
    return text


def render_record(rng: random.Random, person: Person, year_share: float = 0.4) -> Record:
    """One source's record of a person; `year_share` of records give the birth year."""
    source = _pick(rng, SOURCES)
    parts = _noisy(rng, _name_parts(rng, person, source))
    order = _pick(rng, ORDERS[_order_kind(source)])
    if person.kazakh and source in KAZAKH_LANGUAGE and rng.random() < SON_FOR_SURNAME:
        order = "GP"  # 'Лаззат Ержанқызы': the son's or daughter's name where the surname goes
    elif "G" in order and rng.random() < 0.06:
        order = order.replace("G", "g")  # the given name cut to an initial
    name = _case(rng, source, _assemble(order, parts), parts["S"])
    share = min(year_share + 0.2, 1.0) if person.namesake else year_share
    year = person.birth_year if rng.random() < share else None
    if year is not None and rng.random() < 0.03:
        year += rng.choice([-1, 1])
    region = None
    if rng.random() < 0.5:
        region = written_region(person.region if rng.random() < 0.9 else rng.choice(pools.REGIONS), source)
    return Record(name, year, region, source)


def written_region(region: str, source: str) -> str:
    """A region as a source of this kind writes it: in Kazakh, in Russian, or in English for Latin sources."""
    russian, english = pools.REGION_FORMS[region]
    if source == "russian_cyrillic":
        return russian
    if source == "kazakh_cyrillic":
        return region if region in pools.CITIES or region.endswith("облысы") else f"{region} облысы"
    return english
