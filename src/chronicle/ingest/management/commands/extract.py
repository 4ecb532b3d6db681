"""`chronicle extract FILE`: print the extraction of one document as JSON (no database, no network)."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chronicle.ingest.evaluation import parse_published
from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.reading import ReadError, read_document
from chronicle.ingest.reading.document import MAX_CHARS


class Command(BaseCommand):
    """Extract persons, organisations, statistics, events and letters from a document."""

    help = "Print the extraction of a document (txt, html, pdf, docx) as one JSON object."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        """FILE, --published, --lang, --format, --out."""
        parser.add_argument("file")
        parser.add_argument("--published", help="publication date YYYY-MM-DD (YYYY-MM and YYYY also accepted)")
        parser.add_argument("--lang", default="auto", choices=["auto", "en", "ru", "kk"])
        parser.add_argument("--format", default="json", choices=["json"])
        parser.add_argument("--out", help="write the JSON to this file instead of standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        """Read, extract, print (or write atomically)."""
        published = _published(options.get("published"))
        try:
            document = read_document(options["file"])
        except ReadError as err:
            raise CommandError(str(err)) from err
        if document.truncated:
            self.stderr.write(f"{options['file']}: longer than {MAX_CHARS:,} characters; only the start is extracted")
        language = document.language if options["lang"] == "auto" else options["lang"]
        result = extract(document.text, published=published, language=language)
        result["text_sha256"] = document.sha256
        payload = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
        if options.get("out"):
            _write_atomically(Path(options["out"]), payload)
        else:
            self.stdout.write(payload, ending="")


def _published(value: str | None) -> date | None:
    """The --published value as a date, or a CommandError naming it."""
    try:
        return parse_published(value)
    except ValueError as err:
        raise CommandError(f"--published {value!r}: not a date (YYYY-MM-DD)") from err


def _write_atomically(target: Path, payload: str) -> None:
    """Write to a temporary file beside the target, then rename: nothing half written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(payload)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
