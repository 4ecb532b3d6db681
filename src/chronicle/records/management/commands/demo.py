"""`chronicle demo`: set up the embedded database with the founding article and serve the app."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from chronicle.records.domain.setup import ensure_administrator, ensure_role_groups, load_founding_article
from chronicle.vocab.loader import vocabularies


class Command(BaseCommand):
    """Create or update the database, load vocabularies and the founding article, then serve."""

    help = "Set up Chronicle with the founding article and serve it at http://127.0.0.1:PORT (safe to re-run)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-serve", action="store_true", help="set up and exit")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"Data directory: {settings.CHRONICLE_HOME}")
        call_command("migrate", interactive=False, verbosity=0)
        loaded = vocabularies()
        self.stdout.write(
            f"Vocabularies: {len(loaded)} loaded and valid ({sum(len(v.terms) for v in loaded.values())} terms)"
        )
        ensure_role_groups()
        summary = load_founding_article()
        state = "loaded" if summary.changed else "already loaded"
        self.stdout.write(f"Founding article case file: {state}")
        self._announce_administrator()
        if not options["no_serve"]:
            self._serve(options["port"])

    def _announce_administrator(self) -> None:
        password = ensure_administrator()
        if password:
            self.stdout.write(self.style.SUCCESS(f"Administrator: admin / {password}  (shown once: note it now)"))
        else:
            self.stdout.write("Administrator 'admin' exists (reset with: chronicle changepassword admin)")

    def _serve(self, port: int) -> None:
        self.stdout.write(self.style.SUCCESS(f"Serving Chronicle at http://127.0.0.1:{port}/  (Ctrl+C stops)"))
        call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, insecure_serving=True, use_threading=True)
