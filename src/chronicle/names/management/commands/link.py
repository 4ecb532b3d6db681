"""`chronicle link INPUT.csv --out CLUSTERS.csv`: cluster person records across scripts."""

from __future__ import annotations

import time
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console

from chronicle.names.csvio import InputError, read_records, write_outputs
from chronicle.names.engine import ENGINES
from chronicle.names.link import link_records


def _probability(text: str) -> float:
    value = float(text)
    if not 0.0 < value < 1.0:
        raise ValueError(text)
    return value


class Command(BaseCommand):
    """Link person records (record_id,name[,birth_year,region,source]) into people."""

    help = __doc__ or ""

    def add_arguments(self, parser: ArgumentParser) -> None:
        """Declare the command's arguments."""
        parser.add_argument("input", type=Path, help="CSV with record_id,name[,birth_year,region,source]")
        parser.add_argument("--out", type=Path, required=True, help="CSV record_id,cluster_id")
        parser.add_argument("--pairs", type=Path, help="CSV of scored candidate pairs for review")
        parser.add_argument("--engine", choices=ENGINES, default="duckdb")
        parser.add_argument("--threshold", type=_probability, help="link probability (0-1)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Read, link, write; a bad input stops before anything is written."""
        console = Console(stderr=True)
        started = time.perf_counter()
        try:
            with console.status("reading records") as status:
                records = read_records(options["input"])
                status.update(f"linking {len(records)} records")
                result = link_records(records, options["engine"], options["threshold"],
                                      progress=lambda message: status.update(message))  # fmt: skip
                status.update("writing")
                write_outputs(result.clusters, options["out"], result.pairs, options["pairs"])
        except (InputError, OSError) as error:
            raise CommandError(str(error)) from error
        people = len(set(result.clusters.values()))
        seconds = time.perf_counter() - started
        console.print(f"{len(records)} records → {people} people in {seconds:.1f} s")
