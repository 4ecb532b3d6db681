"""Matching new records against a registry: the person on file comes first, fast paths agree."""

from __future__ import annotations

from collections import defaultdict

import pytest

from chronicle.names.calibration import calibrated
from chronicle.names.features import features_of_text
from chronicle.names.link import InputRecord, _scored_pairs, link_records
from chronicle.names.linkage_model import load_model
from chronicle.names.registry import RegistryIndex, build_index, match_one, query_keys
from chronicle.names.testset import generate


def _registry(seed: int, people: int) -> tuple[list[tuple[str, InputRecord]], RegistryIndex]:
    labelled = generate(seed, people)
    records = [(person, InputRecord(f"r{i}", r.name, r.birth_year, r.region))
               for i, (person, r) in enumerate(labelled)]  # fmt: skip
    rows = [features_of_text(r.record_id, r.name, r.birth_year, r.region) for _, r in records]
    return records, build_index(rows)


def test_the_registry_pairs_exactly_the_records_a_batch_run_scores() -> None:
    _, index = _registry(seed=23, people=300)
    rows = index.rows
    model = calibrated(load_model(), rows)
    batch = {frozenset((a, b)) for a, b, _ in _scored_pairs("duckdb", rows, model, 0.0)}
    registry = {
        frozenset((row.unique_id, rows[position].unique_id))
        for row in rows
        for position in index.candidates(row)
        if rows[position].unique_id != row.unique_id
    }
    assert len(batch) > 500
    assert registry == batch


def test_match_one_puts_a_record_of_the_same_person_first_for_most_records() -> None:
    records, index = _registry(seed=21, people=400)
    person_of = {r.record_id: person for person, r in records}
    by_person: dict[str, int] = defaultdict(int)
    for person, _ in records:
        by_person[person] += 1
    hits = total = 0
    for person, record in records:
        if by_person[person] < 2:
            continue
        total += 1
        found = match_one(features_of_text(record.record_id, record.name, record.birth_year, record.region), index)
        hits += bool(found) and person_of[found[0].record_id] == person
    assert total > 300
    assert hits / total > 0.85


def test_match_one_never_returns_the_record_itself() -> None:
    row = features_of_text("r1", "Бокаев Ерлан")
    assert match_one(row, build_index([row])) == []


def test_candidates_follow_the_blocking_keys() -> None:
    rows = [features_of_text("r1", "Бокаев Ерлан"), features_of_text("r2", "Ахметов Ерлан"),
            features_of_text("r3", "Bokayev Y."), features_of_text("r4", "Erlan Bokaeb")]  # fmt: skip
    index = build_index(rows)
    assert sorted(index.rows[i].unique_id for i in index.candidates(features_of_text("q", "Bokaev Erlan"))) == [
        "r1",
        "r3",
        "r4",
    ]


def test_query_keys_add_the_swapped_order() -> None:
    row = features_of_text("q", "Бокаев Ерлан")
    assert query_keys(row) - {"w:boka|erlan"} >= {"w:erlan|boka"}


def test_match_one_scores_agree_with_a_batch_run_on_the_same_records() -> None:
    records = [InputRecord("r1", "Бокаев Ерлан", 1980), InputRecord("r2", "Bokayev Yerlan", 1980),
               InputRecord("r3", "Е. Бокаев", None), InputRecord("r4", "Ахметов Нурлан", 1970)]  # fmt: skip
    batch = {(p.left, p.right): p.probability for p in link_records(records).pairs}
    rows = [features_of_text(r.record_id, r.name, r.birth_year) for r in records]
    index = build_index(rows)
    single = {(rows[0].unique_id, c.record_id): c.comparison.score for c in match_one(rows[0], index)}
    assert single.keys() <= batch.keys() | {(b, a) for a, b in batch}
    for (left, right), score in single.items():
        expected = batch.get((left, right), batch.get((right, left)))
        assert expected is not None and abs(expected - score) < 1e-6


def _people_on_file(people: int) -> tuple[list[tuple[str, InputRecord]], RegistryIndex]:
    labelled = generate(31, people)
    records = [(person, InputRecord(f"r{i}", r.name, r.birth_year, r.region))
               for i, (person, r) in enumerate(labelled)]  # fmt: skip
    return records, build_index([features_of_text(r.record_id, r.name, r.birth_year, r.region) for _, r in records])


@pytest.mark.parametrize("people", [10, 100])
def test_small_registry_has_a_prior_between_the_trained_share_and_certainty(people: int) -> None:
    records, index = _people_on_file(people)
    model = load_model()
    trained = model.settings["probability_two_random_records_match"]
    scaled = trained * (model.training_records - 1) / (len(records) - 1)  # same matches per record as in training
    assert trained < index.prior < 0.5
    assert scaled / 3 < index.prior < scaled * 3


@pytest.mark.parametrize("people", [10, 100])
def test_small_registry_finds_a_new_spelling_of_a_person_on_file(people: int) -> None:
    _, index = _people_on_file(people)
    index = build_index([*index.rows, features_of_text("on-file", "Бокаев Ерлан Кайратович", 1980)])
    threshold = load_model().threshold
    spelled = match_one(features_of_text("new", "Bokayev Yerlan", 1980), index)
    assert spelled[0].record_id == "on-file" and spelled[0].comparison.score > 0.99
    initial = match_one(features_of_text("new", "Bokayev Y."), index)
    assert initial[0].record_id == "on-file" and threshold < initial[0].comparison.score < spelled[0].comparison.score
    brother = match_one(features_of_text("new", "Бокаев Ермек Кайратович"), index)
    assert "on-file" not in [c.record_id for c in brother]


def test_registry_prior_falls_as_the_registry_grows() -> None:
    priors = [_people_on_file(people)[1].prior for people in (10, 100, 1000)]
    assert priors[0] > priors[1] > priors[2]
