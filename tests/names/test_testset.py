"""The labelled test set: deterministic, realistic in its shares, hard negatives present."""

from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path

from chronicle.names.systems import flatten_kazakh, render
from chronicle.names.testset import generate, official_surname, people, write
from chronicle.names.testset_render import kazakh_patronymic, russian_patronymic
from chronicle.names.typos import misspell


def test_same_seed_gives_the_same_records() -> None:
    assert generate(5, 200) == generate(5, 200)
    assert generate(5, 200) != generate(6, 200)


def test_people_include_siblings_spouses_and_namesakes() -> None:
    found = people(random.Random(1), 2000)
    families = Counter((p.surname_root, p.father) for p in found)
    names = Counter((p.surname_root, p.given) for p in found)
    assert len(found) == 2000
    assert sum(1 for n in families.values() if n > 1) > 100
    assert sum(1 for p in found if p.namesake) > 50
    assert sum(1 for n in names.values() if n > 1) > 50


def test_records_come_from_every_kind_of_source() -> None:
    sources = Counter(record.source for _, record in generate(11, 2000))
    assert set(sources) == {
        "kazakh_cyrillic", "russian_cyrillic", "icao_9303", "mvd_310", "bgn_pcgn",
        "bgn_pcgn_kazakh", "iso_9", "kazakh_latin_2017", "kazakh_latin_2018",
        "kazakh_latin_2021", "press", "informal", "mvd_310_fr", "gost_52535",
    }  # fmt: skip


def test_write_produces_records_and_truth(tmp_path: Path) -> None:
    count = write(3, 50, tmp_path)
    with (tmp_path / "records.csv").open(encoding="utf-8") as file:
        records = list(csv.DictReader(file))
    with (tmp_path / "truth.csv").open(encoding="utf-8") as file:
        truth = list(csv.DictReader(file))
    assert len(records) == len(truth) == count
    assert list(records[0]) == ["record_id", "name", "birth_year", "region", "source"]
    assert [r["record_id"] for r in records] == [t["record_id"] for t in truth]
    assert len({t["person_id"] for t in truth}) == 50


def test_official_surname_follows_russian_rules() -> None:
    assert official_surname("Жексебай", "m", True) == "Жексебаев"
    assert official_surname("Нұрғали", "f", True) == "Нұрғалиева"
    assert official_surname("Ахмет", "m", True) == "Ахметов"
    assert official_surname("Иванов", "f", False) == "Иванова"


def test_patronymics_in_both_languages() -> None:
    assert russian_patronymic("Кайрат", "m") == "Кайратович"
    assert russian_patronymic("Сергей", "f") == "Сергеевна"
    assert russian_patronymic("Юрий", "m") == "Юрьевич"
    assert kazakh_patronymic("Қайрат", "f") == "Қайратқызы"


def test_systems_render_known_spellings() -> None:
    rng = random.Random(0)
    assert render("Жақиянов Ғалымжан", "icao_9303", rng) == "Zhakiianov Galymzhan"
    assert render("Жақиянов Ғалымжан", "kazakh_latin_2021", rng) == "Jaqiianov Ğalymjan"
    assert render("Жақиянов Ғалымжан", "bgn_pcgn_kazakh", rng) == "Zhaqīyanov Ghalymzhan"
    assert render("Есенеев", "bgn_pcgn", rng) == "Yeseneyev"
    assert render("Юрий", "mvd_310", rng) == "Yuriy"
    assert flatten_kazakh("Қайратұлы Әсем") == "Кайратулы Асем"


def test_misspell_keeps_the_first_letter_and_changes_the_word() -> None:
    rng = random.Random(4)
    for word in ["Bokayev", "Жексебаев", "Kassym", "Нұрлан"] * 10:
        typo = misspell(word, rng)
        assert typo[0] == word[0]
        assert typo != word
