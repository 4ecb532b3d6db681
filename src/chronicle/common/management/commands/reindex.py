"""`chronicle reindex [--kind KIND ...]`: rebuild the search index from the records."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from chronicle.common.search import KINDS, rebuild_index


class Command(BaseCommand):
    """Rebuild the full-text index (after bulk loads that bypass signals)."""

    help = "Rebuild the search index of records and sources."

    def add_arguments(self, parser: ArgumentParser) -> None:
        """--kind, repeatable; all kinds by default."""
        parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="Only this kind (repeatable).")

    def handle(self, *args: Any, **options: Any) -> None:
        """Rebuild and print the entries written per kind."""
        written = rebuild_index(options["kind"])
        for kind, entries in written.items():
            self.stdout.write(f"{kind}: {entries}")
