"""Counting over columns: facet pairs, breakdowns by several facets, subsets; the collector comes back on."""

from __future__ import annotations

import gc

import numpy as np

from chronicle.stats.counting.collector import collector_paused
from chronicle.stats.counting.columns import NO_PERSON, Pairs, Table, ints, pairs, pairs_of_sets, sorting, texts
from chronicle.stats.counting.rules import RULES
from chronicle.stats.counting.tally import breakdown, breakdowns, tally, tally_weights

FACETS = ("act_type", "region", "legal_article", "movement", "perpetrator_type")
ROWS = [  # uid, inside, facet values in the order of FACETS, victim
    ("A:1", True, (("detention",), ("KZ-75",), ("405", "174"), (), ("police", "police")), "P:1"),
    ("A:2", True, (("fine",), (), ("405",), ("O:1",), ()), "P:1"),
    ("A:3", False, (("detention",), ("KZ-75",), (), ("O:1", "O:2"), ("police", "court")), "P:2"),
    ("A:4", True, (("",), ("KZ-71",), (), (), ()), ""),
]


def _table() -> Table:
    facets = {}
    for at, facet in enumerate(FACETS):
        found = [(unit, value) for unit, row in enumerate(ROWS) for value in row[2][at]]
        facets[facet] = pairs(len(ROWS), ints(unit for unit, _ in found), [value for _, value in found])
    people = ["P:1", "P:2"]
    persons = ints(people.index(row[3]) if row[3] else NO_PERSON for row in ROWS)
    inside = np.array([row[1] for row in ROWS])
    return Table(texts([row[0] for row in ROWS]), inside, facets, persons, texts(people), ints([1, 1, 1, 3]))


def _groups(values: Pairs) -> dict[str, list[int]]:
    return {key: units.tolist() for key, units in values.groups()}


def test_pairs_put_units_without_a_value_under_not_recorded_once() -> None:
    movement = _table().facets["movement"]
    assert _groups(movement) == {"": [0, 3], "O:1": [1, 2], "O:2": [2]}
    perpetrators = _table().facets["perpetrator_type"]
    assert _groups(perpetrators) == {"police": [0, 2], "court": [2], "": [1, 3]}


def test_pairs_of_sets_equal_pairs_of_rows() -> None:
    by_sets = pairs_of_sets(ints([1, 0, 2, 1]), [(), ("a",), ("b", "a")])
    assert _groups(by_sets) == {"a": [0, 2, 3], "": [1], "b": [2]}


def test_one_pass_matches_one_breakdown_per_facet() -> None:
    table = _table()
    for rule, by, items in (("acts", "unit", table), ("victims", "person", table.subset(table.persons >= 0))):
        together = breakdowns(items, RULES[rule], FACETS, by=by)
        assert together == [breakdown(items, RULES[rule], facet, by=by) for facet in FACETS]
    movement = breakdowns(table, RULES["acts"], ("movement",))[0]
    found = {c.key: (c.records, c.straddling) for c in movement.counts}
    assert found == {"": (("A:1", "A:4"), ()), "O:1": (("A:2",), ("A:3",)), "O:2": ((), ("A:3",))}


def test_a_victim_straddles_only_without_an_act_inside() -> None:
    table = _table()
    victims = tally(table.subset(table.persons >= 0), RULES["victims"], by="person")
    assert (victims.value, victims.records, victims.straddling) == (1, ("P:1",), ("P:2",))
    unnamed = tally_weights(table.subset(table.persons == NO_PERSON), RULES["unnamed_victims"])
    assert (unnamed.value, unnamed.records, unnamed.straddling) == (3, ("A:4",), ())


def test_subset_renumbers_the_facets() -> None:
    table = _table().subset(np.array([False, True, True, False]))
    assert table.uids.tolist() == ["A:2", "A:3"]
    assert _groups(table.facets["legal_article"]) == {"405": [0], "": [1]}
    assert table.having("movement", "O:2").tolist() == [False, True]


def test_sorting_follows_python_not_the_database() -> None:
    uids = ["b", "B", "a:10", "a:9", "é", "e"]
    assert [uids[at] for at in sorting(uids).tolist()] == sorted(uids)


def test_collector_paused_restores_the_collector() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_left_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
