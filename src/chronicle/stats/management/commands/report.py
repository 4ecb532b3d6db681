"""`chronicle report --from DATE --to DATE`: the period report, with Chronicle's own counts and others' figures."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from chronicle.stats.counting import ScopeError, scope_of
from chronicle.stats.interfaces import FORMATS, render, write_atomically
from chronicle.stats.reporting import ReportError, build_report, period_of


class Command(BaseCommand):
    """Write the period report: counts under named rules, breakdowns, prisoners, reconciliation."""

    help = (
        "The period report: Chronicle's own counts under the published counting rules (items whose dates "
        "straddle the period listed apart), breakdowns, the political prisoners on the last day, and the "
        "figures sources reported for the period beside Chronicle's own count."
    )
    # Reads only: the system checks would import every URLconf and view (a second of start-up) for nothing.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        """Declare the period, format, output file, language and optional scope."""
        parser.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
        parser.add_argument("--format", choices=FORMATS, default="md")
        parser.add_argument("--out", type=Path, help="file to write (default: standard output)")
        parser.add_argument("--lang", choices=["en", "ru"], default="en", help="language of the sentences")
        parser.add_argument("--region", help="count only this region (code or name)")
        parser.add_argument("--article", help="count only this legal article (code)")
        parser.add_argument(
            "--records-limit",
            type=int,
            help="records listed per figure in md/html/pdf (default 50, pdf 20; 0: all); json and csv list all",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Check the arguments, build the report, render it, write it atomically or print it."""
        fmt, out = options["format"], options["out"]
        if fmt == "pdf" and out is None:
            raise CommandError("a PDF report needs --out FILE")
        if out is not None and not out.resolve().parent.is_dir():
            raise CommandError(f"cannot write {out}: its directory does not exist")
        try:
            period = period_of(options["start"], options["end"])
            scope = scope_of(region=options["region"], article=options["article"])
            report = build_report(period, language=options["lang"], scope=scope)
        except (ReportError, ScopeError) as error:
            raise CommandError(str(error)) from error
        limit = _records_limit(options["records_limit"], fmt)
        content = render(report, fmt, records_limit=limit)
        if out is None:
            self.stdout.write(content.decode(), ending="")
        else:
            write_atomically(out, content)


def _records_limit(given: int | None, fmt: str) -> int | None:
    """Records listed per figure: as given (0 for all), else 20 in PDF and 50 elsewhere."""
    if given is None:
        return 20 if fmt == "pdf" else 50
    if given < 0:
        raise CommandError("--records-limit cannot be negative")
    return given or None
