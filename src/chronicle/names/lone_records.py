"""Records that name too little to link on their own, put with the one person they can mean.

A record that gives a surname alone ("Madinov", "СЫДЫКОВА", "Жомартқызы") compares with nobody
strongly enough to link: the surname is all it has. Yet when exactly one person in the input
carries that surname, with a sex and a birth year that fit, a monitor reading "Madinov was
detained again" beside "Kozhakhmet Madinov" would take it for him. The same holds for a name
anonymised to its given name and the surname's initial ("Ринат С.", as news about victims and
witnesses writes it): the parser reads its one word as a surname, so it links with nobody, but
where one person in the input is a Ринат whose surname begins with С, it is him. So too a person
addressed by given name and father's name ("Ерлан Кайратович"), as Russian speech and posts write it,
where one person in the input is an Ерлан, son of Кайрат. Where two people could be meant (brothers,
a husband and wife written Бокай, namesakes), the record stays alone: a wrong member costs more than a
missed one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from chronicle.names import morphology as morph
from chronicle.names.features import Features
from chronicle.names.given_names import given_names, is_given_name
from chronicle.names.rules import birth_years_differ, veto

Cluster = list[Features]
Candidates = list[tuple[int, Cluster]]


def is_lone_surname(record: Features) -> bool:
    """The record names a surname and nothing else: no given name, initial or father's name.
    A single word that is a common given name with no surname ending ("Aidar") is not one."""
    if record.sur is None or record.giv or record.gi or record.pat or record.pi:
        return False
    return record.sfull != record.sur or not is_given_name(record.sur)


def is_given_and_initial(record: Features) -> bool:
    """The record is one word with no surname ending and one initial ("Ринат С.", "aigerim k."): read
    either as a surname and a given initial or as a given name and the surname's initial. (The word
    need not be in the table of given names: a cluster must carry it as a given name to be offered.)"""
    if record.sfull is None or record.giv or record.gi is None or record.pat or record.pi:
        return False
    return not morph.has_strong_surname_suffix(record.sfull) and morph.patronymic_suffix(record.sfull) is None


def _surname_of(record: Features) -> tuple[str, ...]:
    return (record.sur,) if is_lone_surname(record) and record.sur else ()


def _given_and_initial_of(record: Features) -> tuple[str, ...]:
    if not is_given_and_initial(record):
        return ()
    return tuple(f"{record.sfull}|{initial}" for initial in (record.gi, record.gi2) if initial)


def is_name_and_patronymic(record: Features) -> bool:
    """The record gives a given name and a father's name and no surname ("Гульнара Ержановна")."""
    return record.sur is None and record.giv is not None and record.pat is not None


def _name_and_patronymic_of(record: Features) -> tuple[str, ...]:
    return (f"{record.giv}|{record.pat}",) if is_name_and_patronymic(record) else ()


def _member_name_and_patronymic(member: Features) -> tuple[str, ...]:
    return (f"{member.giv}|{member.pat}",) if member.sur and member.giv and member.pat else ()


def _member_surname(member: Features) -> tuple[str, ...]:
    return (member.sur,) if member.sur else ()


def _member_given_and_initial(member: Features) -> tuple[str, ...]:
    return (f"{member.giv}|{member.si}",) if member.giv and member.si else ()


def _fits(record: Features, members: Cluster) -> bool:
    return not any(veto(record, member) for member in members)


def _fits_anonymised(record: Features, members: Cluster) -> bool:
    """No member's birth year or sex rules out 'Ринат С.' read as a given name (whose sex the table tells)."""
    sex = given_names().get(record.sfull or "") or record.sex
    return not any(
        birth_years_differ(record, member) or (sex is not None and member.sex is not None and sex != member.sex)
        for member in members
    )


def _narrowed(record: Features, candidates: Candidates) -> Candidates:
    """Where several people carry the name, those the record's region or birth year points to."""
    for agrees in (
        lambda m: record.region is not None and m.region == record.region,
        lambda m: record.byear is not None and m.byear is not None and abs(m.byear - record.byear) <= 1,
    ):
        narrowed = [(label, members) for label, members in candidates if any(agrees(m) for m in members)]
        if len(narrowed) == 1:
            return narrowed
    return candidates


def _attach(
    records: Sequence[Features],
    labels: Sequence[int],
    keys_of_lone: Callable[[Features], tuple[str, ...]],
    keys_of_member: Callable[[Features], tuple[str, ...]],
    fits: Callable[[Features, Cluster], bool],
) -> list[int]:
    """Labels with each record that no link has joined and that `keys_of_lone` reads put in the one
    cluster that offers one of its keys and fits it (after its region and birth year, if several)."""
    sizes = Counter(labels)
    clusters: dict[int, Cluster] = defaultdict(list)
    lone: list[int] = []
    for index, record in enumerate(records):
        if sizes[labels[index]] == 1 and keys_of_lone(record):
            lone.append(index)
        else:
            clusters[labels[index]].append(record)
    by_key: dict[str, set[int]] = defaultdict(set)
    for label, members in clusters.items():
        for member in members:
            for key in keys_of_member(member):
                by_key[key].add(label)
    result = list(labels)
    for index in lone:
        record = records[index]
        labels_offered = sorted(set().union(*(by_key.get(key, set()) for key in keys_of_lone(record))))
        fitting = [(label, clusters[label]) for label in labels_offered if fits(record, clusters[label])]
        chosen = _narrowed(record, fitting)
        if len(chosen) == 1:
            result[index] = chosen[0][0]
    return result


def attach_lone_surnames(records: Sequence[Features], labels: Sequence[int]) -> list[int]:
    """Labels with each lone-surname record that no link has joined put in the one cluster whose
    people carry its surname, where exactly one fits (after its region and birth year, if several)."""
    return _attach(records, labels, _surname_of, _member_surname, _fits)


def attach_anonymised(records: Sequence[Features], labels: Sequence[int]) -> list[int]:
    """Labels with each 'Ринат С.' record that no link has joined put in the one cluster of a Ринат
    whose surname begins with С, where exactly one fits (after its region and birth year, if several)."""
    return _attach(records, labels, _given_and_initial_of, _member_given_and_initial, _fits_anonymised)


def attach_name_and_patronymic(records: Sequence[Features], labels: Sequence[int]) -> list[int]:
    """Labels with each 'Ерлан Кайратович' record that no link has joined put in the one cluster of an Ерлан
    whose father's name is Кайрат, where exactly one fits (after its region and birth year, if several)."""
    return _attach(records, labels, _name_and_patronymic_of, _member_name_and_patronymic, _fits)
