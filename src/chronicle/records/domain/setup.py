"""Setting up a Chronicle installation: role groups, the founding article, the first administrator."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from chronicle.common.access import ROLE_GROUPS
from chronicle.records.interfaces.casefile import ImportSummary, import_casefile, load_casefile

FOUNDING_CASEFILE = Path(__file__).resolve().parents[1] / "data" / "founding-article.casefile.json"


def ensure_role_groups() -> list[Group]:
    """Create the viewer, editor, reviewer and administrator groups if missing. Writes groups."""
    return [Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS]


def load_founding_article() -> ImportSummary:
    """Import the founding article's case file (a no-op when already loaded). Writes records."""
    return import_casefile(load_casefile(FOUNDING_CASEFILE), file=str(FOUNDING_CASEFILE))


@transaction.atomic
def ensure_administrator(username: str = "admin") -> str | None:
    """Create the local administrator; returns its one-time password, or None if it exists. Writes a user."""
    users = get_user_model()
    if users.objects.filter(username=username).exists():
        return None
    password = secrets.token_urlsafe(12)
    user = users.objects.create_superuser(username=username, email="", password=password)
    user.groups.add(Group.objects.get(name="administrator"))
    return password
