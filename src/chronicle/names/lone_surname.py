"""Records that give a surname alone ("Madinov", "СЫДЫКОВА", "Жомартқызы").

Such a record compares with nobody strongly enough to link: the surname is all it has. Yet
when exactly one person in the input carries that surname, with a sex and a birth year that fit,
a monitor reading "Madinov was detained again" beside "Kozhakhmet Madinov" would take it for
him. Where two people could be meant (brothers, a husband and wife written Бокай, namesakes),
the record stays alone: a wrong member costs more than a missed one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from chronicle.names.features import Features
from chronicle.names.given_names import is_given_name
from chronicle.names.rules import veto


def is_lone_surname(record: Features) -> bool:
    """The record names a surname and nothing else: no given name, initial or father's name.
    A single word that is a common given name with no surname ending ("Aidar") is not one."""
    if record.sur is None or record.giv or record.gi or record.pat or record.pi:
        return False
    return record.sfull != record.sur or not is_given_name(record.sur)


def _fits(record: Features, members: Sequence[Features]) -> bool:
    return not any(veto(record, member) for member in members)


def _narrowed(record: Features, candidates: list[tuple[int, list[Features]]]) -> list[tuple[int, list[Features]]]:
    """Where several people carry the surname, those the record's region or birth year points to."""
    for agrees in (
        lambda m: record.region is not None and m.region == record.region,
        lambda m: record.byear is not None and m.byear is not None and abs(m.byear - record.byear) <= 1,
    ):
        narrowed = [(label, members) for label, members in candidates if any(agrees(m) for m in members)]
        if len(narrowed) == 1:
            return narrowed
    return candidates


def attach_lone_surnames(records: Sequence[Features], labels: Sequence[int]) -> list[int]:
    """Labels with each lone-surname record that no link has joined put in the one cluster whose
    people carry its surname, where exactly one fits (after its region and birth year, if several)."""
    sizes = Counter(labels)
    clusters: dict[int, list[Features]] = defaultdict(list)
    lone: list[int] = []
    for index, record in enumerate(records):
        if sizes[labels[index]] == 1 and is_lone_surname(record):
            lone.append(index)
        else:
            clusters[labels[index]].append(record)
    by_surname: dict[str, set[int]] = defaultdict(set)
    for label, members in clusters.items():
        for member in members:
            if member.sur:
                by_surname[member.sur].add(label)
    result = list(labels)
    for index in lone:
        record = records[index]
        fitting = [
            (label, clusters[label]) for label in sorted(by_surname.get(record.sur or "", ()))
            if _fits(record, clusters[label])
        ]  # fmt: skip
        chosen = _narrowed(record, fitting)
        if len(chosen) == 1:
            result[index] = chosen[0][0]
    return result
