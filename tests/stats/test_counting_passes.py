"""One pass for several breakdowns gives what one pass per breakdown gives; the collector comes back on."""

from __future__ import annotations

import gc

from chronicle.stats.counting.collector import collector_paused
from chronicle.stats.counting.rules import RULES
from chronicle.stats.counting.tally import Item, breakdown, breakdowns

FACETS = ("act_type", "region", "legal_article", "movement", "perpetrator_type")


def _items() -> list[Item]:
    return [
        Item("A:1", True, (("detention",), ("KZ-75",), ("405", "174"), (), ("police",), ()), "P:1"),
        Item("A:2", True, (("fine",), (), ("405",), ("O:1",), (), ()), "P:1"),
        Item("A:3", False, (("detention",), ("KZ-75",), (), ("O:1", "O:2"), ("police", "court"), ()), "P:2"),
        Item("A:4", True, (("",), ("KZ-71",), (), (), (), ()), ""),
    ]


def test_one_pass_matches_one_breakdown_per_facet() -> None:
    for rule, by in (("acts", "unit"), ("victims", "person")):
        items = [item for item in _items() if by == "unit" or item.person]
        together = breakdowns(items, RULES[rule], FACETS, by=by)
        assert together == [breakdown(items, RULES[rule], facet, by=by) for facet in FACETS]
    movement = breakdowns(_items(), RULES["acts"], ("movement",))[0]
    found = {c.key: (c.records, c.straddling) for c in movement.counts}
    assert found == {"": (("A:1", "A:4"), ()), "O:1": (("A:2",), ("A:3",)), "O:2": ((), ("A:3",))}


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
