"""Linking records end to end: the command, its bad-input messages, the registry matcher."""

from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from chronicle.names.calibration import calibrated
from chronicle.names.cluster import Edge, cluster_records
from chronicle.names.csvio import read_records
from chronicle.names.features import features_of_text
from chronicle.names.link import InputRecord, link_records
from chronicle.names.linkage_model import load_model, match_weight
from chronicle.names.match import compare_names
from chronicle.names.registry import build_index, match_one
from chronicle.names.rules import veto
from chronicle.names.testset import generate

RECORDS = [
    ("r1", "Бокаев Ерлан Кайратович", "1980"),
    ("r2", "Bokayev Yerlan", "1980"),
    ("r3", "BOKAEV ERLAN", ""),
    ("r4", "Бокаев Ермек Кайратович", "1983"),
    ("r5", "Yermek Bokayev", ""),
    ("r6", "Жексебаев Нурлан", "1990"),
    ("r7", "Zheksebayev Nurlan", "1990"),
]


def _write_input(path: Path, rows: Sequence[tuple[str, ...]], header: str = "record_id,name,birth_year") -> Path:
    path.write_text(header + "\n" + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _clusters(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as file:
        return {row["record_id"]: row["cluster_id"] for row in csv.DictReader(file)}


def _groups(clusters: dict[str, str]) -> set[frozenset[str]]:
    by_cluster: dict[str, set[str]] = {}
    for record, cluster in clusters.items():
        by_cluster.setdefault(cluster, set()).add(record)
    return {frozenset(members) for members in by_cluster.values()}


def test_link_command_groups_spellings_and_keeps_brothers_apart(tmp_path: Path) -> None:
    source = _write_input(tmp_path / "in.csv", RECORDS)
    out, pairs = tmp_path / "clusters.csv", tmp_path / "pairs.csv"
    call_command("link", str(source), "--out", str(out), "--pairs", str(pairs))
    assert _groups(_clusters(out)) == {frozenset({"r1", "r2", "r3"}), frozenset({"r4", "r5"}), frozenset({"r6", "r7"})}
    with pairs.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    brothers = next(r for r in rows if {r["record_id_l"], r["record_id_r"]} == {"r3", "r4"})
    assert brothers["veto"] == "different given names"
    assert brothers["name"] == "surname equal, given names differ"


@pytest.mark.parametrize(
    ("rows", "header", "message"),
    [
        ([("r1", "Бокаев Ерлан")], "record_id,full_name", "missing column(s) name"),
        ([("r1", "Бокаев Ерлан", ""), ("r1", "Bokayev Yerlan", "")], None,
         "line 3: duplicate record_id 'r1' (first on line 2)"),
        ([("r1", "Б", "")], None, "line 2 (record r1): name 'Б' is empty or one letter"),
        ([("r1", "", "")], None, "line 2 (record r1): name '' is empty or one letter"),
        ([("r1", "Бокаев Ерлан", "19x0")], None, "line 2: birth_year '19x0' is not a year"),
        ([("r1", "Бокаев Ерлан", "31.02.1980")], "record_id,name,birth_date",
         "line 2: birth_date '31.02.1980' is not a date"),
    ],
)  # fmt: skip
def test_link_command_names_the_bad_row_and_writes_nothing(
    tmp_path: Path, rows: list[tuple[str, ...]], header: str | None, message: str
) -> None:
    source = _write_input(tmp_path / "in.csv", rows, header or "record_id,name,birth_year")
    out = tmp_path / "clusters.csv"
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("link", str(source), "--out", str(out))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_link_command_rejects_a_legacy_encoding_naming_the_line(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes("record_id,name\nr1,Бокаев Ерлан\n".encode() + "r2,Бокаев Ермек\n".encode("cp1251"))
    with pytest.raises(CommandError, match="line 3 is not valid UTF-8"):
        call_command("link", str(source), "--out", str(tmp_path / "clusters.csv"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_link_records_gives_every_record_a_cluster() -> None:
    records = [InputRecord(r, n, int(y) if y else None) for r, n, y in RECORDS]
    result = link_records(records)
    assert sorted(result.clusters) == [r for r, _, _ in RECORDS]


def test_python_scorer_agrees_with_splink_on_every_pair() -> None:
    labelled = generate(seed=3, count=150)
    records = [InputRecord(f"r{i}", rec.name, rec.birth_year, rec.region) for i, (_, rec) in enumerate(labelled)]
    result = link_records(records)
    rows = {r.record_id: features_of_text(r.record_id, r.name, r.birth_year, r.region) for r in records}
    from chronicle.names.link import deterministic_agreements
    from chronicle.names.linkage_model import probability

    model = calibrated(load_model(), list(rows.values()))
    prior = model.prior(deterministic_agreements(list(rows.values())), len(rows))
    for pair in result.pairs:
        weight, _ = match_weight(rows[pair.left], rows[pair.right], prior, model)
        assert math.isclose(probability(weight), pair.probability, abs_tol=1e-6), pair


def test_match_one_finds_the_person_in_another_script() -> None:
    registry = [features_of_text(r, n, int(y) if y else None) for r, n, y in RECORDS]
    index = build_index(registry)
    found = match_one(features_of_text("new", "Ерлан Қайратұлы Бокаев", 1980), index)
    assert [c.record_id for c in found] == ["r1", "r2", "r3"]
    assert found[0].comparison.fields[1].level == "patronymic equal"


def test_cluster_guard_refuses_a_chain_through_an_initial() -> None:
    rows = [features_of_text("a", "Бокаев Ерлан"), features_of_text("b", "Е. Бокаев"),
            features_of_text("c", "Бокаев Ермек")]  # fmt: skip
    labels = cluster_records(rows, [Edge(0, 1, 0.9), Edge(1, 2, 0.8)], threshold=0.5)
    assert labels == [0, 0, 2]


def test_an_initial_that_fits_two_brothers_equally_is_left_alone() -> None:
    # Е. Бокаев at p = 0.6 beside Ерлан and beside Ермек is either's at 1.5 / (1 + 1.5 + 1.5)
    rows = [features_of_text("a", "Бокаев Ерлан"), features_of_text("b", "Е. Бокаев"),
            features_of_text("c", "Бокаев Ермек"), features_of_text("d", "Bokayev Yerlan")]  # fmt: skip
    edges = [Edge(0, 3, 0.99), Edge(0, 1, 0.6), Edge(1, 2, 0.6), Edge(1, 3, 0.6)]
    assert cluster_records(rows, edges, threshold=0.5) == [0, 1, 2, 0]
    # ... and stays where a strong link holds it: 19 / (1 + 19 + 1.5)
    edges = [Edge(0, 3, 0.99), Edge(0, 1, 0.95), Edge(1, 2, 0.6), Edge(1, 3, 0.6)]
    assert cluster_records(rows, edges, threshold=0.5) == [0, 0, 2, 0]


def test_a_record_linked_more_strongly_to_a_cluster_it_could_not_join_is_left_alone() -> None:
    # Е. Бокаев (1980) fits Ерлан better than Ермек, but Ерлан's cluster has a 1990 record.
    rows = [features_of_text("e", "Е. Бокаев", 1980), features_of_text("a", "Бокаев Ерлан"),
            features_of_text("c", "Бокаев Ермек"), features_of_text("d", "Bokayev Yerlan", 1990)]  # fmt: skip
    edges = [Edge(1, 3, 0.99), Edge(0, 1, 0.9), Edge(0, 2, 0.6)]
    # Record 0 led the cluster {0, 2}; when it leaves, record 2 names its cluster.
    assert cluster_records(rows, edges, threshold=0.5) == [0, 1, 2, 1]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (("Бокаев Ерлан", 1970), ("Bokayev Yerlan", 1975), "different birth years"),
        (("Бокаев Ерлан", None), ("Бокаева Айгерим", None), "different sex"),
        (("Бокаев Ерлан", None), ("Бокаев Ермек", None), "different given names"),
        (("Бокаев Ерлан Кайратович", None), ("Бокаев Ерлан Серикович", None), "different patronymics"),
        (("Бокаев Ерлан", 1970), ("Bokayev Yerlan", 1971), None),
        (("Жанай Бекарыс", None), ("Бекарыс Жанай", None), None),
        (("Ергалиев Динмухамед Дусйенович", None), ("Ерғали Дінмұхамед Дүйсенұлы", None), None),  # two swapped
    ],
)  # fmt: skip
def test_veto(a: tuple[str, int | None], b: tuple[str, int | None], reason: str | None) -> None:
    assert veto(features_of_text("a", *a), features_of_text("b", *b)) == reason


def test_match_one_finds_a_record_written_in_the_other_order() -> None:
    index = build_index([features_of_text("r1", "Жанай Бекарыс", 1980), features_of_text("r2", "Ахметов Ерлан")])
    found = match_one(features_of_text("new", "Бекарыс Жанай", 1980), index)
    assert [(c.record_id, c.comparison.fields[0].level) for c in found] == [("r1", "surname and given name swapped")]


def test_match_one_drops_vetoed_candidates() -> None:
    index = build_index([features_of_text("r1", "Бокаев Ерлан", 1960)])
    assert match_one(features_of_text("new", "Bokayev Yerlan", 1985), index) == []


def test_compare_names_explains_every_field() -> None:
    comparison = compare_names("Бокаев Ерлан Кайратович", "BOKAYEV YERLAN", 1980, 1980)
    assert [(f.field, f.left, f.right, f.level) for f in comparison.fields] == [
        ("name", "boka / erlan", "boka / erlan", "surname and given name equal"),
        ("patronymic", "kairat", None, "null"),
        ("birth_year", "1980", "1980", "birth year equal"),
        ("sex", "m", "m", "sex equal"),
        ("region", None, None, "null"),
    ]
    assert comparison.veto is None
    assert comparison.score > 0.95


def test_a_higher_threshold_links_less(tmp_path: Path) -> None:
    others = [(f"f{i}", f"Nurlan Otherov{chr(97 + i % 26)}{chr(97 + i // 26)}", "", "") for i in range(40)]
    rows = [("r1", "Бокаев Ерлан", "1980", "Алматы"), ("r2", "Е. Бокаев", "1981", "Астана"), *others]
    source = _write_input(tmp_path / "in.csv", rows, "record_id,name,birth_year,region")
    low, high, pairs = tmp_path / "low.csv", tmp_path / "high.csv", tmp_path / "pairs.csv"
    call_command("link", str(source), "--out", str(low), "--threshold", "0.5", "--pairs", str(pairs))
    call_command("link", str(source), "--out", str(high), "--threshold", "0.99")
    with pairs.open(encoding="utf-8") as file:
        probability = next(float(r["match_probability"]) for r in csv.DictReader(file) if r["record_id_l"] == "r1")
    assert 0.5 <= probability < 0.99
    assert _clusters(low)["r2"] == "r1"
    assert _clusters(high)["r2"] == "r2"


def test_link_records_without_explanations_returns_no_pairs() -> None:
    records = [InputRecord(r, n, int(y) if y else None) for r, n, y in RECORDS]
    result = link_records(records, explain=False)
    assert result.pairs == []
    assert _groups(result.clusters) == {frozenset({"r1", "r2", "r3"}), frozenset({"r4", "r5"}), frozenset({"r6", "r7"})}


def test_every_scored_pair_is_explained_level_by_level() -> None:
    records = [InputRecord(r, n, int(y) if y else None) for r, n, y in RECORDS]
    pairs = {(p.left, p.right): p for p in link_records(records).pairs}
    assert pairs[("r6", "r7")].levels == {
        "name": "surname and given name equal", "patronymic": "null",
        "birth_year": "birth year equal", "sex": "sex equal", "region": "null",
    }  # fmt: skip
    assert pairs[("r6", "r7")].veto is None


def test_a_date_of_birth_gives_the_year_and_parts_people_born_on_other_days(tmp_path: Path) -> None:
    source = _write_input(
        tmp_path / "in.csv",
        [("r1", "Мамедов Рашад", "1985", "16.04.1985"), ("r2", "Rashad Mamedov", "", "1985-04-16"),
         ("r3", "Rashad Mamedov", "", "1985-03-15"), ("r4", "Мамедов Рашад", "", "16/04/1985")],
        "record_id,name,birth_year,birth_date",
    )  # fmt: skip
    records = {r.record_id: r for r in read_records(source)}
    assert (records["r2"].birth_year, records["r2"].birth_date) == (1985, "1985-04-16")
    features = {key: features_of_text(key, r.name, r.birth_year, r.region, r.birth_date) for key, r in records.items()}
    assert veto(features["r1"], features["r2"]) is None and veto(features["r1"], features["r4"]) is None
    assert veto(features["r2"], features["r3"]) == "different dates of birth"


@pytest.mark.parametrize(
    ("left", "right", "differ"),
    [
        ("1985-04-16", "1985-04-17", False),  # a slip in the day
        ("1985-04-16", "1985-05-16", False),  # a slip in the month
        ("1994-02-11", "1994-11-02", False),  # day and month swapped
        ("1971-01-01", "1971-07-01", False),  # the first of January is what a registry writes for "unknown"
        ("1985-04-16", "1985-03-15", True),
    ],
)
def test_dates_of_birth_differ_only_in_both_day_and_month(left: str, right: str, differ: bool) -> None:
    a, b = (
        features_of_text("a", "Рашад Мамедов", birth_date=left),
        features_of_text("b", "Рашад Мамедов", birth_date=right),
    )
    assert (veto(a, b) == "different dates of birth") is differ


def test_the_link_command_keeps_namesakes_born_on_other_days_apart(tmp_path: Path) -> None:
    source = _write_input(
        tmp_path / "in.csv",
        [("r1", "Мамедов Рашад", "16.04.1985"), ("r2", "Rashad Mamedov", "1985-04-16"),
         ("r3", "Rashad Mamedov", "1985-03-15")],
        "record_id,name,birth_date",
    )  # fmt: skip
    out = tmp_path / "clusters.csv"
    call_command("link", str(source), "--out", str(out))
    clusters = {row["record_id"]: row["cluster_id"] for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert clusters["r1"] == clusters["r2"] != clusters["r3"]
