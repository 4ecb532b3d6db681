"""`chronicle link INPUT.csv --out CLUSTERS.csv`: cluster person records across scripts."""

from __future__ import annotations

import time
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from chronicle.names.csvio import InputError, read_records, write_outputs
from chronicle.names.engine import ENGINES
from chronicle.names.features import features_of_text
from chronicle.names.link import link_features


def _probability(text: str) -> float:
    value = float(text)
    if not 0.0 < value < 1.0:
        raise ValueError(text)
    return value


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


class Command(BaseCommand):
    """Link person records (record_id,name[,birth_year,birth_date,region,source]) into people."""

    help = __doc__ or ""

    def add_arguments(self, parser: ArgumentParser) -> None:
        """Declare the command's arguments."""
        parser.add_argument("input", type=Path, help="CSV: record_id,name[,birth_year,birth_date,region,source]")
        parser.add_argument("--out", type=Path, required=True, help="CSV record_id,cluster_id")
        parser.add_argument("--pairs", type=Path, help="CSV of scored candidate pairs for review")
        parser.add_argument("--engine", choices=ENGINES, default="duckdb")
        parser.add_argument("--threshold", type=_probability, help="link probability (0-1)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Read, link, write; a bad input stops before anything is written."""
        console = Console(stderr=True)
        started = time.perf_counter()
        try:
            with _progress(console) as progress:
                records = read_records(options["input"])
                parsing = progress.add_task("parsing names", total=len(records))
                rows = []
                for record in records:
                    rows.append(features_of_text(record.record_id, record.name, record.birth_year,
                                                 record.region, record.birth_date))  # fmt: skip
                    progress.advance(parsing)
                stage = progress.add_task("linking", total=None)
                say = lambda message: progress.update(stage, description=message)  # noqa: E731
                explain = options["pairs"] is not None
                result = link_features(rows, options["engine"], options["threshold"], say, explain)
                say("writing")
                write_outputs(result.clusters, options["out"], result.pairs, options["pairs"])
        except (InputError, OSError) as error:
            raise CommandError(str(error)) from error
        people = len(set(result.clusters.values()))
        seconds = time.perf_counter() - started
        console.print(f"{len(records)} records → {people} people in {seconds:.1f} s")
