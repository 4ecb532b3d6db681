"""The diagnostic that says where a labelled set's true pairs are lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.names import diagnose
from chronicle.names.link import features_of_records
from chronicle.names.testset import write


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("set")
    write(seed=5, count=150, out=out)
    return out


def test_every_true_pair_has_a_fate_and_stages_only_narrow(small_set: Path) -> None:
    records, persons, sources = diagnose.read_set(small_set)
    assert len(records) == len(persons) == len(sources) and "?" not in sources
    found, threshold = diagnose.fates(features_of_records(records), persons)
    true_pairs = sum(persons.count(p) * (persons.count(p) - 1) // 2 for p in set(persons))
    assert len(found) == true_pairs
    for fate in found:
        lost = fate.stage_lost(threshold)
        if fate.probability is None:
            assert lost == "not blocked"
        if lost is None:
            assert fate.clustered and fate.probability is not None and fate.probability >= threshold


def test_report_and_examples_print_per_system(small_set: Path, capsys: pytest.CaptureFixture[str]) -> None:
    diagnose.main_args([str(small_set), "--pairs", "--show", "all", "--limit", "3"])
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[-4:] == ["pairs", "blocked", "linked", "clustered"]
    assert out.splitlines()[1].startswith("all ")
    assert " ~ " in out
