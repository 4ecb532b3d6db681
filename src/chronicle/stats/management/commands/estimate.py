"""`chronicle estimate CAPTURES.csv`: multiple-systems estimate of a total from several lists."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from chronicle.stats.estimation import METHODS, CaptureError, Estimate, estimate, read_captures
from chronicle.stats.estimation.api import DEFAULT_SAMPLES, DEFAULT_SEED


class Command(BaseCommand):
    """Estimate the total, documented or not, from a CSV of capture histories."""

    help = (
        "Multiple-systems estimate of the total from three or more overlapping lists. CAPTURES.csv "
        "has a header of list names (one 0/1 column per list) and one row per deduplicated "
        "individual, or an extra `count` column for aggregated capture patterns."
    )
    # Touches no database: the system checks would import every URLconf and view for nothing.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        """Declare the captures file and the estimation options."""
        parser.add_argument("captures", type=Path, help="CSV of capture histories")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument(
            "--method",
            choices=METHODS,
            default="combined",
            help="combined (default): LCMCR's median, interval spanning LCMCR's and the log-linear one",
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="sampler seed")
        parser.add_argument("--samples", type=int, default=DEFAULT_SAMPLES, help="posterior draws kept (lcmcr)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Read, validate and estimate; bad input ends in a `CommandError` naming the problem."""
        try:
            table = read_captures(options["captures"])
            result = estimate(table, method=options["method"], seed=options["seed"], samples=options["samples"])
        except CaptureError as error:
            raise CommandError(str(error)) from error
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(as_text(result))


def as_text(result: Estimate) -> str:
    """A short human-readable summary, warnings last."""
    low, high = result.ci95
    lines = [
        f"estimated total: {result.estimate} (95% interval {low}-{high if high else 'unbounded'})",
        f"documented: {result.observed} individuals on {result.lists} lists ({result.method})",
    ]
    return "\n".join([*lines, *(f"warning: {warning}" for warning in result.warnings)])
