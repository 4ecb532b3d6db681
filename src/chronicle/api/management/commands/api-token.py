# ruff: noqa: N999  (the command is named api-token on the command line)
"""`chronicle api-token USERNAME`: make an API token for a user and print it, once."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from chronicle.api.tokens import make_token


class Command(BaseCommand):
    """Print a new API token; only its hash is kept, so it cannot be shown again."""

    help = "Make an API token for USERNAME and print it (it is not stored and cannot be shown again)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        """USERNAME."""
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        """Make the token and print it alone on stdout."""
        users = get_user_model()
        try:
            user = users.objects.get(**{users.USERNAME_FIELD: options["username"]})
        except users.DoesNotExist as error:
            raise CommandError(f"no user {options['username']!r}") from error
        self.stdout.write(make_token(user))
