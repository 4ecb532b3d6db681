"""A labelled test set of person records built from the real spelling rules, seeded.

People are Kazakh (85%) or Russian, in families: siblings share a surname and a father,
spouses share a surname (-ов/-ова), namesakes share a full name and differ by birth year.
Each person is written 1-5 times by sources of different kinds (Kazakh- and Russian-language
Cyrillic, passports, gazetteers, the Kazakh Latin alphabets, the press, social media), each in
its own order and form, with typos, initials and missing fields at stated rates.

Run: python -m chronicle.names.testset --seed 7 --people 2000 --out DIR
(writes DIR/records.csv and DIR/truth.csv for score_linkage.py).
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass, replace
from pathlib import Path

from chronicle.names import testset_pools as pools
from chronicle.names.testset_render import Record, render_record

RECORDS_PER_PERSON = ((1, 35), (2, 30), (3, 18), (4, 10), (5, 7))
VOWELS = "аеиоуыіәөұүэюя"


@dataclass(frozen=True)
class Mix:
    """The generator's rates, so held-out sets can differ from the one the model was trained on."""

    sibling: float = 0.15  # chance a person has a brother or sister in the set
    spouse: float = 0.10  # chance a man has a wife in the set
    namesake: float = 0.07  # chance a person has a namesake (same full name) in the set
    birth_year: float = 0.40  # share of records giving a birth year (namesakes: +0.2)
    records_per_person: tuple[tuple[int, int], ...] = RECORDS_PER_PERSON  # (count, weight)


DEFAULT_MIX = Mix()


@dataclass(frozen=True)
class Person:
    """One real person: canonical Cyrillic name parts and context."""

    person_id: str
    sex: str
    kazakh: bool
    given: str
    father: str
    surname_root: str
    suffixed: bool
    birth_year: int
    region: str
    namesake: bool = False


def official_surname(root: str, sex: str, kazakh: bool) -> str:
    """The -ов/-ев form of a Kazakh root (Жексебай → Жексебаев), feminine with -а."""
    if not kazakh:
        male = root
    elif root.endswith("й"):
        male = root[:-1] + "ев"
    elif root[-1] in VOWELS or root[-1] in "жшчщц":
        male = root + "ев"
    else:
        male = root + "ов"
    return male + "а" if sex == "f" else male


def _given(rng: random.Random, sex: str, kazakh: bool) -> str:
    if kazakh:
        return rng.choice(pools.KAZAKH_MALE if sex == "m" else pools.KAZAKH_FEMALE)
    return rng.choice(pools.RUSSIAN_MALE if sex == "m" else pools.RUSSIAN_FEMALE)


def _kazakh_root(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(pools.KAZAKH_ROOTS_SIMPLE)
    return rng.choice(pools.ROOT_HEADS) + rng.choice(pools.ROOT_TAILS)


def new_person(rng: random.Random, person_id: str) -> Person:
    """A person from no family yet."""
    kazakh = rng.random() < 0.85
    sex = "m" if rng.random() < 0.7 else "f"
    return Person(
        person_id=person_id,
        sex=sex,
        kazakh=kazakh,
        given=_given(rng, sex, kazakh),
        father=_given(rng, "m", kazakh),
        surname_root=_kazakh_root(rng) if kazakh else rng.choice(pools.RUSSIAN_SURNAMES),
        suffixed=not kazakh or rng.random() < 0.9,
        birth_year=rng.randint(1950, 2005),
        region=rng.choice(pools.REGIONS),
    )


def _different_given(rng: random.Random, person: Person, sex: str) -> str:
    while (given := _given(rng, sex, person.kazakh)) == person.given:
        pass
    return given


def sibling(rng: random.Random, person: Person, person_id: str) -> Person:
    """A brother or sister: same father and surname, another given name."""
    sex = person.sex if rng.random() < 0.6 else ("f" if person.sex == "m" else "m")
    return replace(
        person,
        person_id=person_id,
        sex=sex,
        given=_different_given(rng, person, sex),
        birth_year=person.birth_year + rng.choice([-1, 1]) * rng.randint(1, 9),
    )


def spouse(rng: random.Random, person: Person, person_id: str) -> Person:
    """A wife who took her husband's surname (-ова)."""
    return replace(
        person,
        person_id=person_id,
        sex="f",
        given=_given(rng, "f", person.kazakh),
        father=_given(rng, "m", person.kazakh),
        birth_year=person.birth_year + rng.randint(-6, 3),
    )


def namesake(rng: random.Random, person: Person, person_id: str) -> Person:
    """Someone else with the same full name, another birth year and mostly another father."""
    father = person.father if rng.random() < 0.3 else _given(rng, "m", person.kazakh)
    year = person.birth_year + rng.choice([-1, 1]) * rng.randint(2, 25)
    region = rng.choice(pools.REGIONS)
    return replace(person, person_id=person_id, father=father, birth_year=year, region=region,
                   namesake=True)  # fmt: skip


def people(rng: random.Random, count: int, mix: Mix = DEFAULT_MIX) -> list[Person]:
    """`count` people in families, with siblings, spouses and namesakes as hard negatives."""
    found: list[Person] = []
    while len(found) < count:
        base = new_person(rng, f"p{len(found):06d}")
        found.append(base)
        for chance, relative in ((mix.sibling, sibling), (mix.spouse, spouse), (mix.namesake, namesake)):
            if rng.random() < chance and len(found) < count and (relative is not spouse or base.sex == "m"):
                found.append(relative(rng, base, f"p{len(found):06d}"))
    return found


def records_of(rng: random.Random, person: Person, mix: Mix = DEFAULT_MIX) -> list[Record]:
    """The records of one person, one per source that mentions them."""
    values = [n for n, _ in mix.records_per_person]
    weights = [w for _, w in mix.records_per_person]
    count = rng.choices(values, weights)[0]
    return [render_record(rng, person, mix.birth_year) for _ in range(count)]


def generate(seed: int, count: int, mix: Mix = DEFAULT_MIX) -> list[tuple[str, Record]]:
    """(person_id, record) for `count` people, shuffled, deterministic for a seed."""
    rng = random.Random(seed)
    labelled = [(p.person_id, r) for p in people(rng, count, mix) for r in records_of(rng, p, mix)]
    rng.shuffle(labelled)
    return labelled


def write(seed: int, count: int, out: Path, mix: Mix = DEFAULT_MIX) -> int:
    """Write records.csv and truth.csv to `out`; return the number of records."""
    out.mkdir(parents=True, exist_ok=True)
    labelled = generate(seed, count, mix)
    with (out / "records.csv").open("w", newline="", encoding="utf-8") as rec_file, \
         (out / "truth.csv").open("w", newline="", encoding="utf-8") as truth_file:  # fmt: skip
        records, truth = csv.writer(rec_file), csv.writer(truth_file)
        records.writerow(["record_id", "name", "birth_year", "region", "source"])
        truth.writerow(["record_id", "person_id"])
        for index, (person_id, record) in enumerate(labelled):
            record_id = f"r{index:07d}"
            records.writerow([record_id, record.name, record.birth_year or "", record.region or "",
                              record.source])  # fmt: skip
            truth.writerow([record_id, person_id])
    return len(labelled)


def main(argv: list[str] | None = None) -> None:
    """Command line: write a labelled test set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--siblings", type=float, default=DEFAULT_MIX.sibling, help="share with a sibling")
    parser.add_argument("--spouses", type=float, default=DEFAULT_MIX.spouse, help="share of men with a wife")
    parser.add_argument("--namesakes", type=float, default=DEFAULT_MIX.namesake, help="share with a namesake")
    parser.add_argument("--birth-years", type=float, default=DEFAULT_MIX.birth_year, help="share of records with one")
    parser.add_argument("--max-sources", type=int, default=5, help="most records of one person (1-5)")
    args = parser.parse_args(argv)
    mix = Mix(
        args.siblings,
        args.spouses,
        args.namesakes,
        args.birth_years,
        tuple((n, w) for n, w in RECORDS_PER_PERSON if n <= args.max_sources) or RECORDS_PER_PERSON[:1],
    )
    print(f"{write(args.seed, args.people, args.out, mix)} records written to {args.out}")


if __name__ == "__main__":
    main()
