"""`chronicle import FILE`: load a case file, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chronicle.records.interfaces.casefile import CaseFileError, import_casefile, load_casefile


class Command(BaseCommand):
    """Import a Chronicle case file (JSON); re-importing the same file changes nothing."""

    help = "Import a Chronicle case file (JSON). Nothing is written if any part of it is invalid."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            summary = import_casefile(load_casefile(path), file=str(path))
        except CaseFileError as error:
            raise CommandError(str(error)) from error
        if not summary.changed:
            self.stdout.write(f"{path}: already up to date, nothing changed")
            return
        created = ", ".join(f"{n} {k}" for k, n in sorted(summary.created.items()) if n) or "nothing new"
        updated = ", ".join(f"{n} {k}" for k, n in sorted(summary.updated.items()) if n) or "nothing"
        self.stdout.write(f"{path}: created {created}; updated {updated}; {summary.claims_created} claims")
