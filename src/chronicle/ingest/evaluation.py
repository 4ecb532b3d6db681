"""Run `extract` over a corpus folder (docs/*.txt, index.json, gold/) and score it with score_extraction.py."""

from __future__ import annotations

import calendar
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from chronicle.ingest.extraction.pipeline import extract

SHARED_EVAL = Path(__file__).resolve().parents[3] / ".." / "shared" / "eval"
DEV_CORPUS = SHARED_EVAL / "dev"
OWN_CORPUS = Path(__file__).resolve().parents[3] / "eval" / "corpus"


class CorpusMissingError(FileNotFoundError):
    """The corpus (or the scorer) is not there, e.g. in a clone without ../shared."""


@dataclass(frozen=True)
class CorpusDocument:
    """One document of a corpus and its publication date."""

    doc_id: str
    path: Path
    published: date | None
    language: str


def parse_published(value: str | None) -> date | None:
    """'2020-10-16' as is; '2020-09' and '2020' as the last day of the month or year."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


def corpus_documents(corpus: Path) -> list[CorpusDocument]:
    """The documents listed in a corpus's index.json (or every docs/*.txt when there is none)."""
    if not (corpus / "docs").is_dir():
        raise CorpusMissingError(f"{corpus}: no docs/ folder (corpus absent)")
    index_path = corpus / "index.json"
    records = (
        json.loads(index_path.read_text("utf-8"))
        if index_path.exists()
        else [{"id": p.stem} for p in sorted((corpus / "docs").glob("*.txt"))]
    )
    return [
        CorpusDocument(
            r["id"],
            corpus / "docs" / f"{r['id']}.txt",
            parse_published(r.get("published")),
            r.get("language") or "auto",
        )
        for r in records
    ]


def run_extraction(corpus: Path, out: Path) -> list[str]:
    """Write OUT/ID.json for every document of the corpus; return the ids."""
    out.mkdir(parents=True, exist_ok=True)
    ids = []
    for document in corpus_documents(corpus):
        text = document.path.read_text("utf-8")
        result = extract(text, published=document.published, language=document.language)
        target = out / f"{document.doc_id}.json"
        target.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=False), "utf-8")
        ids.append(document.doc_id)
    return ids


def find_scorer(corpus: Path) -> Path:
    """score_extraction.py beside the corpus or in ../shared/eval."""
    for candidate in (corpus.parent / "score_extraction.py", SHARED_EVAL / "score_extraction.py"):
        if candidate.exists():
            return candidate.resolve()
    raise CorpusMissingError("score_extraction.py not found (../shared/eval is absent)")


def score(corpus: Path, predictions: Path) -> dict[str, object]:
    """The scorer's figures (its --json output) for predictions against the corpus's gold."""
    command = [sys.executable, str(find_scorer(corpus)), str(predictions), "--gold", str(corpus / "gold"), "--json"]
    completed = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(completed.stdout)
    return result


def evaluate(corpus: Path, out: Path) -> dict[str, object]:
    """Extract every document of the corpus into `out` and score the result."""
    run_extraction(corpus, out)
    return score(corpus, out)


def format_scores(scores: dict[str, object]) -> str:
    """The scorer's lines, as it prints them."""
    return "\n".join(f"{key:20s} {value}" for key, value in scores.items())
