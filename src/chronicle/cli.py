"""The `chronicle` command: one entry point over Chronicle's Django management commands."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command (`chronicle demo`, `chronicle import FILE`, ...)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chronicle.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:] if argv is None else argv
    execute_from_command_line(["chronicle", *args])


if __name__ == "__main__":
    main()
