"""Matching one new record against the people on record, in memory, in milliseconds.

The index holds every record's features under the same blocking keys Splink uses, and scores
candidates with the Python twin of the model's comparisons, so a pair gets the same probability
here as in a batch run of `chronicle link` on the same registry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chronicle.names.calibration import calibrated
from chronicle.names.features import Features, features_of
from chronicle.names.link import deterministic_agreements
from chronicle.names.linkage_model import blocked, load_model, match_weight, probability
from chronicle.names.match import Comparison, explain
from chronicle.names.parse import ParsedName, parse_name
from chronicle.names.rules import veto


def _keys(row: Features, swapped: bool) -> set[str]:
    keys = set()
    if row.sur and row.gi:
        keys |= {f"s:{row.sur}|{row.gi}", f"ss:{row.sur_sorted}|{row.gi}"}
    if row.sur and row.gi2:
        keys.add(f"s:{row.sur}|{row.gi2}")  # Y. filed and looked up as Е and as Я/Ю
    if row.sur_alt and row.gi:
        keys.add(f"s:{row.sur_alt}|{row.gi}")  # the root past a typo in the ending
    if row.sur_uz and row.gi:
        keys.add(f"u:{row.sur_uz}|{row.gi}")  # Sobirov ~ Сабиров
    if row.sur and row.gstem:
        keys.add(f"w:{row.gstem}|{row.sur}" if swapped else f"w:{row.sur}|{row.gstem}")
    if row.giv and row.sur:
        keys |= {f"gh:{row.giv}|{row.sur_head}", f"gt:{row.giv}|{row.sur_tail}", f"ge:{row.giv}|{row.sur_ends}"}
    if row.sur and row.giv:
        keys |= {f"gs:{row.sur}|{row.giv_sorted}", f"gr:{row.sur}|{row.giv}"}
        if row.giv_rest:  # one side's name past its first letter, the other's whole or past its first letter too
            keys |= {f"gr:{row.sur}|{row.giv_rest}", f"gq:{row.sur}|{row.giv_rest}"}
    if row.giv and row.pat:
        keys.add(f"gp:{row.giv}|{row.pat}")
    if row.giv and row.sur and row.sson:
        keys.add(f"gp:{row.giv}|{row.sur}")  # 'Лаззат Ержанқызы': the father's name where the surname goes
    if row.giv and row.byear is not None:
        keys.add(f"gy:{row.giv}|{row.byear}")
    return keys


def _initial_keys(row: Features) -> set[str]:
    # The batch rules "same initial and surname head (or end), the surnames a typo apart".
    if not (row.sur and row.gi):
        return set()
    return {f"ih:{row.sur_head}|{row.gi}", f"ie:{row.sur_end}|{row.gi}"}


def _crossed_keys(row: Features) -> set[str]:
    # The batch rules "one side's surname the other's given name, the other part's initial
    # agreeing": filed as y: (given name stem, surname initial), looked up as s: and y: read the
    # other way round.
    return {f"y:{row.gstem}|{row.si}"} if row.gstem and row.si else set()


def _crossed_queries(row: Features) -> set[str]:
    keys = {f"y:{row.sur}|{row.gi}"} if row.sur and row.gi else set()
    return keys | ({f"s:{row.gstem}|{row.si}"} if row.gstem and row.si else set())


def index_keys(row: Features) -> set[str]:
    """Keys a record is filed under (the blocking rules of the batch model, one side each)."""
    return _keys(row, swapped=False) | _initial_keys(row) | _crossed_keys(row)


def query_keys(row: Features) -> set[str]:
    """Keys to look up for a new record: the same keys, with surname and given name swapped."""
    keys = _keys(row, swapped=False) | _keys(row, swapped=True) | _initial_keys(row)
    return keys | _crossed_queries(row)


def comparison_keys(name: str | ParsedName) -> frozenset[str]:
    """Keys that bring the spellings of a name together: its blocking keys, its surname root
    (r:) and given name (g:), so a search for Бокаев alone finds Bokayev Yerlan."""
    parsed = parse_name(name) if isinstance(name, str) else name
    row = features_of("", parsed)
    extra = {f"r:{row.sur}" if row.sur else "", f"g:{row.giv}" if row.giv else ""}
    return frozenset((_keys(row, swapped=False) | extra) - {""})


@dataclass(frozen=True)
class Candidate:
    """A record on file that may be the same person as the new one."""

    record_id: str
    comparison: Comparison


class RegistryIndex:
    """Features of the registry's records, filed under their blocking keys."""

    def __init__(self, rows: Iterable[Features]) -> None:
        self.rows: list[Features] = list(rows)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        for position, row in enumerate(self.rows):
            for key in index_keys(row):
                self._by_key[key].append(position)
        self.model = calibrated(load_model(), self.rows)
        self.prior = self.model.prior(deterministic_agreements(self.rows), len(self.rows))

    def candidates(self, row: Features) -> set[int]:
        """Positions of the records a batch run would pair with `row`: those sharing a blocking
        key with it and passing the rules' other conditions (surnames a typo apart)."""
        found: set[int] = set()
        for key in query_keys(row):
            found.update(self._by_key.get(key, ()))
        return {position for position in found if blocked(row, self.rows[position])}


def build_index(rows: Sequence[Features]) -> RegistryIndex:
    """An index over the registry's records."""
    return RegistryIndex(rows)


def match_one(row: Features, index: RegistryIndex, floor: float = 0.05) -> list[Candidate]:
    """Records on file that may be `row`'s person, most probable first (vetoed pairs dropped)."""
    found = []
    for position in index.candidates(row):
        other = index.rows[position]
        if other.unique_id == row.unique_id or veto(row, other):
            continue
        weight, _ = match_weight(row, other, index.prior, index.model)
        if probability(weight) >= floor:
            comparison = explain(row, other, index.prior, index.model)
            found.append(Candidate(other.unique_id, comparison))
    return sorted(found, key=lambda c: -c.comparison.score)
