"""The evaluation harness: corpus reading, scoring, and the score floors on the dev corpus."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from chronicle.ingest.evaluation import (
    DEV_CORPUS,
    OWN_CORPUS,
    CorpusMissingError,
    corpus_documents,
    evaluate,
    parse_published,
    run_extraction,
)


def test_publication_dates_of_month_or_year_precision_end_the_period() -> None:
    assert [parse_published(v) for v in ("2020-10-16", "2020-09", "2019", None)] == [
        date(2020, 10, 16),
        date(2020, 9, 30),
        date(2019, 12, 31),
        None,
    ]


def test_a_missing_corpus_is_reported_not_crashed_on(tmp_path: Path) -> None:
    with pytest.raises(CorpusMissingError, match="no docs/ folder"):
        corpus_documents(tmp_path)


def test_the_command_skips_with_a_message_when_the_corpus_is_absent(tmp_path: Path) -> None:
    out = StringIO()
    call_command("evaluate-extraction", "--corpus", str(tmp_path / "none"), stdout=out)
    assert out.getvalue().startswith("skipped: ")


def test_the_own_corpus_lists_its_documents_with_dates() -> None:
    documents = corpus_documents(OWN_CORPUS)
    ids = [d.doc_id for d in documents]  # batches keep being added: e01, e02, ... without gaps
    assert len(ids) >= 45
    assert ids == [f"e{i:02d}" for i in range(1, len(ids) + 1)]
    assert documents[0].published == date(2024, 3, 14)


def _small_corpus(root: Path, size: int) -> Path:
    """The first documents of the own corpus as a corpus of their own: the whole one is scored below."""
    corpus = root / "corpus"
    (corpus / "docs").mkdir(parents=True)
    records = json.loads((OWN_CORPUS / "index.json").read_text("utf-8"))[:size]
    for record in records:
        name = f"{record['id']}.txt"
        (corpus / "docs" / name).write_bytes((OWN_CORPUS / "docs" / name).read_bytes())
    (corpus / "index.json").write_text(json.dumps(records), "utf-8")
    return corpus


def test_run_extraction_writes_one_json_per_document(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ids = run_extraction(_small_corpus(tmp_path, 4), out)
    assert ids == ["e01", "e02", "e03", "e04"]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{i}.json" for i in ids)
    assert set(json.loads((out / "e01.json").read_text("utf-8"))) >= {"persons", "letters"}


# Floors measured on 2026-11-28 (see docs/extraction.md), a little below the measured figures so that
# a real regression fails and noise does not.
DEV_FLOORS = {"persons": 0.95, "orgs": 0.9, "events": 0.6, "signatories": 0.95}
DEV_RECALL_FLOORS = {"stats_core_recall": 0.95}


@pytest.mark.corpus
def test_dev_corpus_scores_stay_above_their_floors(tmp_path: Path) -> None:
    scores = evaluate(DEV_CORPUS, tmp_path)
    for key, floor in DEV_FLOORS.items():
        assert scores[key]["f1"] >= floor, (key, scores[key])  # type: ignore[index]
    for key, floor in DEV_RECALL_FLOORS.items():
        assert scores[key]["r"] >= floor, (key, scores[key])  # type: ignore[index]
    attributes = scores["attributes_accuracy"]
    assert attributes["role"]["acc"] >= 0.9  # type: ignore[index]
    assert attributes["signatory_country"]["acc"] >= 0.95  # type: ignore[index]
    assert attributes["stat_period_end"]["acc"] >= 0.75  # type: ignore[index]


@pytest.mark.corpus
def test_own_corpus_scores_stay_above_their_floors(tmp_path: Path) -> None:
    scores = evaluate(OWN_CORPUS, tmp_path)
    assert scores["persons"]["f1"] >= 0.95  # type: ignore[index]
    assert scores["signatories"]["r"] >= 0.95  # type: ignore[index]
    assert scores["stats_core_recall"]["r"] >= 0.95  # type: ignore[index]
    assert scores["events"]["f1"] >= 0.7  # type: ignore[index]
