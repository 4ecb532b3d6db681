"""Clusters judged on all their members' context: regions, birth years and fathers' names."""

from __future__ import annotations

import math
from collections import Counter

from chronicle.names.cluster import Edge, cluster_records
from chronicle.names.features import Features, features_of_text
from chronicle.names.linkage_model import load_model
from chronicle.names.merge_evidence import MergeEvidence, SizePrior
from chronicle.names.region import RegionEvidence

REGIONS = ("Астана", "Алматы", "Қостанай", "Атырау", "Павлодар", "Жамбыл", "Ақмола", "Маңғыстау")


def _filler() -> list[Features]:
    """Other people's records, so that each region is about an eighth of the input."""
    return [features_of_text(f"f{i}", f"Сериков Бауыржан {i}", region=REGIONS[i % len(REGIONS)]) for i in range(80)]


def _evidence(agreement: float = 0.81) -> RegionEvidence:
    return RegionEvidence(_filler(), agreement)


def test_the_same_region_is_evidence_for_one_person_and_another_against() -> None:
    evidence = _evidence()
    same = evidence.log_factor(Counter(["астана"]), Counter(["астана"]))
    other = evidence.log_factor(Counter(["астана"]), Counter(["атырау"]))
    assert same > math.log(4) and other < math.log(0.3)


def test_three_records_in_one_region_speak_against_a_fourth_elsewhere_more_than_one_does() -> None:
    evidence = _evidence()
    one = evidence.log_factor(Counter(["астана"]), Counter(["атырау"]))
    three = evidence.log_factor(Counter({"астана": 3}), Counter(["атырау"]))
    assert three < one


def test_a_cluster_without_regions_says_nothing() -> None:
    assert _evidence().log_factor(Counter(), Counter({"астана": 2})) == 0.0


def test_regions_weigh_less_where_the_input_shows_a_person_often_named_in_other_regions() -> None:
    against = Counter({"астана": 2}), Counter(["атырау"])
    assert _evidence(0.3).log_factor(*against) > _evidence(0.81).log_factor(*against)


def test_own_share_matches_the_agreement_of_one_persons_records() -> None:
    assert 0.85 < _evidence(0.81).own_share < 0.95


def _record(record_id: str, region: str, year: int | None = None) -> Features:
    return features_of_text(record_id, "Есенов Марат", birth_year=year, region=region)


def test_two_namesakes_in_two_regions_stay_apart_when_a_weak_link_joins_them() -> None:
    people = [_record("a1", "Астана"), _record("a2", "Астана"), _record("a3", "Астана"),
              _record("b1", "Атырау"), _record("b2", "Атырау"), _record("b3", "Атырау")]  # fmt: skip
    rows = [*people, *_filler()]
    edges = [Edge(0, 1, 0.95), Edge(1, 2, 0.95), Edge(3, 4, 0.95), Edge(4, 5, 0.95), Edge(0, 3, 0.6)]
    plain = cluster_records(rows, edges, 0.3)
    weighed = cluster_records(rows, edges, 0.3, MergeEvidence(load_model(), rows))
    assert plain[:6] == [0] * 6
    assert weighed[:6] == [0, 0, 0, 3, 3, 3]


def test_a_shared_birth_year_elsewhere_in_the_clusters_keeps_a_weak_link() -> None:
    people = [_record("a1", "Астана", 1970), _record("a2", "Атырау"),
              _record("b1", "Павлодар"), _record("b2", "Жамбыл", 1970)]  # fmt: skip
    rows = [*people, *_filler()]
    edges = [Edge(0, 1, 0.95), Edge(2, 3, 0.95), Edge(1, 2, 0.35)]
    evidence = MergeEvidence(load_model(), rows)
    assert cluster_records(rows, edges, 0.3, evidence)[:4] == [0, 0, 0, 0]


def _sizes(counts: dict[int, int]) -> SizePrior:
    # One label per cluster, repeated for each of its records.
    labels = [c for c, size in enumerate(s for s, n in counts.items() for _ in range(n)) for _ in range(size)]
    prior = SizePrior.of(labels)
    assert prior is not None
    return prior


def test_two_single_records_keep_the_odds_of_their_link() -> None:
    assert _sizes({1: 300, 2: 200, 3: 100}).log_factor(1, 1) == 0.0


def test_a_cluster_larger_than_anyone_has_is_unlikely() -> None:
    prior = _sizes({1: 300, 2: 200, 3: 100, 4: 50, 5: 30})
    assert prior.log_factor(3, 3) < 0 < prior.log_factor(2, 2)


def test_people_with_many_records_in_the_input_make_large_clusters_likelier() -> None:
    few = _sizes({1: 300, 2: 200, 3: 100, 4: 5})
    many = _sizes({1: 300, 2: 200, 3: 100, 4: 100})
    assert many.log_factor(2, 2) > few.log_factor(2, 2)


def test_a_small_input_has_no_size_prior() -> None:
    assert SizePrior.of([0, 0, 1, 2, 2, 3]) is None
