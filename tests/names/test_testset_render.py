"""How sources write a person: decree forms, patronymic styles, Дж-, initials, years."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

from chronicle.names import testset_pools as pools
from chronicle.names.region_keys import region_key
from chronicle.names.testset import Person, new_person
from chronicle.names.testset_render import _name_parts, _surname, render_record, written_region

KAZAKH = Person("p1", "m", True, "Ерлан", "Қайрат", "Жексебай", True, 1980, "Алматы")
RUSSIAN = Person("p2", "f", False, "Анна", "Сергей", "Иванов", True, 1975, "Астана")


def test_kazakh_language_sources_sometimes_drop_the_affix() -> None:
    rng = random.Random(0)
    forms = Counter(_surname(rng, KAZAKH, kazakh_language=True) for _ in range(400))
    assert set(forms) == {"Жексебаев", "Жексебай"}
    assert 0.2 < forms["Жексебай"] / 400 < 0.4


def test_russian_language_sources_keep_the_affix() -> None:
    rng = random.Random(0)
    assert {_surname(rng, KAZAKH, kazakh_language=False) for _ in range(50)} == {"Жексебаев"}


def test_a_person_without_an_official_affix_never_gets_one() -> None:
    rng = random.Random(0)
    bare = replace(KAZAKH, suffixed=False)
    assert {_surname(rng, bare, kazakh_language=False) for _ in range(50)} == {"Жексебай"}


def test_russian_people_keep_russian_forms_in_kazakh_sources() -> None:
    parts = _name_parts(random.Random(0), RUSSIAN, "kazakh_cyrillic")
    assert parts == {"S": "Иванова", "G": "Анна", "P": "Сергеевна"}


def test_patronymic_style_follows_the_source_language() -> None:
    assert _name_parts(random.Random(0), KAZAKH, "kazakh_cyrillic")["P"] == "Қайратұлы"
    assert _name_parts(random.Random(0), KAZAKH, "russian_cyrillic")["P"] == "Кайратович"


def test_russian_sources_sometimes_write_dzh_for_zh() -> None:
    surnames = {_name_parts(random.Random(seed), KAZAKH, "russian_cyrillic")["S"] for seed in range(60)}
    assert {"Жексебаев", "Джексебаев"} <= surnames


def test_records_carry_years_and_regions_at_the_stated_rates() -> None:
    rng = random.Random(5)
    person = new_person(rng, "p9")
    records = [render_record(rng, person) for _ in range(2000)]
    with_year = [r for r in records if r.birth_year is not None]
    assert 0.35 < len(with_year) / 2000 < 0.45
    assert 0.45 < sum(r.region is not None for r in records) / 2000 < 0.55
    assert sum(r.birth_year != person.birth_year for r in with_year) / len(with_year) < 0.06


def test_each_source_writes_a_region_in_its_own_language_and_all_forms_meet_on_one_key() -> None:
    for region in pools.REGIONS:
        forms = {written_region(region, source) for source in ("russian_cyrillic", "kazakh_cyrillic", "press")}
        assert len(forms) == 3
        assert len({region_key(form) for form in forms}) == 1
    assert written_region("Қарағанды", "russian_cyrillic") == "Карагандинская область"
    assert written_region("Қарағанды", "kazakh_cyrillic") == "Қарағанды облысы"
    assert written_region("Қарағанды", "icao_9303") == "Karaganda Region"
