"""The table of common given names, loaded once from `data/given_names.txt`."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

from chronicle.names.skeleton import skeleton


class GivenNameTableError(ValueError):
    """A line of the given-name table is malformed."""


def _parse_line(number: int, line: str) -> tuple[str, str]:
    sex, _, name = line.partition(" ")
    if sex not in ("m", "f") or not name.strip():
        message = f"given_names.txt line {number}: expected 'm|f Name', got {line!r}"
        raise GivenNameTableError(message)
    return sex, name.strip()


@cache
def _table() -> tuple[tuple[str, str], ...]:
    """(sex, name) for each line of the table."""
    text = resources.files("chronicle.names").joinpath("data/given_names.txt").read_text("utf-8")
    return tuple(
        _parse_line(number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    )


@cache
def given_names() -> dict[str, str | None]:
    """Skeleton of each common given name → its sex ('m' or 'f'), or None where a man's and a woman's name
    fold to one key (Жанат and Жаннат: the doubled letter is dropped), so the surname tells."""
    table: dict[str, str | None] = {}
    for sex, name in _table():
        key = skeleton(name)
        table[key] = sex if table.get(key, sex) == sex else None
    return table


_FLATTENED = str.maketrans("әғқңөұүһі", "агкноуухи")


@cache
def women_only_names() -> frozenset[str]:
    """Women's given names of the table, lower-case, in Kazakh and in flattened Russian spelling ('гүлнара',
    'гулнара'), leaving out those that are also a man's name in the genitive ('Александра', 'Валентина')."""
    men = {name.lower() for sex, name in _table() if sex == "m"}
    women = {name.lower() for sex, name in _table() if sex == "f"}
    women -= {name for name in women if name[:-1] in men or name[:-1] + "й" in men}
    return frozenset(women | {name.translate(_FLATTENED) for name in women})


def is_given_name(key: str) -> bool:
    """Whether a skeleton is a common given name."""
    return key in given_names()


@cache
def name_elements() -> frozenset[str]:
    """Three-letter beginnings of four or more names of the table (Нұр-: Нұрлан, Нұржан, Нұрбол …): an element names
    are made of, which a name cut to three letters in a list ('Mol' for Мөлдір) is not."""
    beginnings = Counter(key[:3] for key in given_names() if len(key) > 3)
    return frozenset(beginning for beginning, names in beginnings.items() if names >= 4)


# Endings of affectionate and respectful forms made from a name's first syllables, with the letters of the
# name each keeps, at least and at most: the Kazakh -еке (Нұреке for Нұрлан or Нұржан, Ереке, Асеке) and -ке
# (Бауке for Бауыржан), and the Russian -ик of Russian-language chat (Нурик, Азик, Русик, Ержик, Виталик). A
# longer stem is a typo's (Акылбке for Акылбек). Checked in this order.
_AFFECTIONATE_ENDINGS = (("eke", 2, 4), ("ke", 3, 4), ("ik", 2, 5))
# Names of their own in -ик/-ік, Kazakh, Tatar and European (Ерлік read as Ерлан's form merged a man with his
# namesake's family); and a Kazakh -ык/-ық (Садық, Құандық) is no Russian -ик.
_NAMES_IN_IK = frozenset({"erlik", "elik", "serik", "berik", "merik", "erik", "radik", "genrik", "frederik", "dominik"})
_KAZAKH_IK = re.compile(r"(?:ык|ық|ік|yk|yq|ıq|ıк)$", re.IGNORECASE)


@cache
def _name_beginnings() -> frozenset[str]:
    least = min(kept for _, kept, _ in _AFFECTIONATE_ENDINGS)
    most = max(kept for _, _, kept in _AFFECTIONATE_ENDINGS)
    return frozenset(name[:n] for name in given_names() for n in range(least, most + 1))


def is_affectionate_form(word: str) -> bool:
    """Whether a written word is an affectionate form of some common given name whose full form it does not tell
    (Нұреке, Бауке, Нурик): a full name of the table, or a short form of the table, is not one."""
    key = skeleton(word)
    if key in given_names() or key in short_forms() or key in _NAMES_IN_IK:
        return False
    for ending, least, most in _AFFECTIONATE_ENDINGS:
        if key.endswith(ending):
            stem = key[: -len(ending)]
            if ending == "ik" and _KAZAKH_IK.search(word):
                return False
            return least <= len(stem) <= most and stem in _name_beginnings()
    return False


@cache
def short_forms() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """Skeleton of an everyday short form (Миша, Sasha) → the skeletons of the full names it stands for,
    each with its sex (Саша: Александр, m; Александра, f)."""
    return {**_forms_table("short_forms.txt"), **belarusian_forms(), **_forms_table("kazakh_russian_forms.txt")}


@cache
def kazakh_roots() -> dict[str, str]:
    """Skeleton of a Russian spelling of a Kazakh name (Чингиз, Юсуп, Бахыт) → the Kazakh form's skeleton: for
    the roots of surnames and fathers' names made of it too (Юсупов ~ Жүсіпов, Бахытович ~ Бақытұлы)."""
    return {variant: forms[0][0] for variant, forms in _forms_table("kazakh_russian_forms.txt").items()}


def canonical_root(root: str) -> str:
    """A surname's or a father's name's root in the Kazakh form where the Russian spelling differs."""
    return kazakh_roots().get(root, root)


@cache
def belarusian_forms() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """Skeleton of a Belarusian given name (Уладзімір, Siarhei) → the skeleton of its Russian form, with its sex."""
    return _forms_table("belarusian_given_names.txt")


def _forms_table(file: str) -> dict[str, tuple[tuple[str, str | None], ...]]:
    text = resources.files("chronicle.names").joinpath(f"data/{file}").read_text("utf-8")
    table: dict[str, tuple[tuple[str, str | None], ...]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        short, *full = line.split()
        if not full:
            raise GivenNameTableError(f"{file} line {number}: expected 'Short Full [Full …]', got {line!r}")
        table[skeleton(short)] = tuple((skeleton(name), given_names().get(skeleton(name))) for name in full)
    return table
