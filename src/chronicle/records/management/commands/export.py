"""`chronicle export [--out FILE]`: the whole database as a case file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chronicle.records.interfaces.casefile import export_casefile


def write_atomically(path: Path, text: str) -> None:
    """Write a file so that readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)


class Command(BaseCommand):
    """Export every record, with its sources and evidence, in the case-file format."""

    help = "Write the whole database as a Chronicle case file (JSON) to standard output or --out."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", type=Path, help="file to write instead of standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        text = json.dumps(export_casefile(), ensure_ascii=False, indent=1) + "\n"
        if options["out"]:
            write_atomically(options["out"], text)
            self.stderr.write(f"wrote {options['out']}")
        else:
            self.stdout.write(text, ending="")
