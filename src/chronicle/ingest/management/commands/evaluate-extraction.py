# ruff: noqa: N999  (the command is named evaluate-extraction on the command line)
"""`chronicle evaluate-extraction`: extract a corpus and score it against its gold."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chronicle.ingest.evaluation import DEV_CORPUS, CorpusMissingError, evaluate, format_scores


class Command(BaseCommand):
    """Score the extractor on a corpus folder (docs/, gold/, index.json)."""

    help = "Run extract over a corpus and score it with ../shared/eval/score_extraction.py."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        """--corpus DIR (default ../shared/eval/dev) and --out DIR for the predictions."""
        parser.add_argument("--corpus", default=str(DEV_CORPUS))
        parser.add_argument("--out", default=None, help="folder for the predictions (default: a temporary one)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Extract, score, print the scorer's lines; skip with a message when the corpus is absent."""
        corpus = Path(options["corpus"])
        try:
            if options["out"]:
                scores = evaluate(corpus, Path(options["out"]))
            else:
                with tempfile.TemporaryDirectory() as folder:
                    scores = evaluate(corpus, Path(folder))
        except CorpusMissingError as err:
            self.stdout.write(f"skipped: {err}")
            return
        self.stdout.write(f"corpus: {corpus}")
        self.stdout.write(format_scores(scores))
