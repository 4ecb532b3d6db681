"""Who may see what: roles, confidentiality levels (TLP 2.0) and the rules that join them.

A user's role is the highest of the Django groups they belong to (superusers are administrators).
Each record has a confidentiality level; a role clears levels up to its ceiling, except RED, which
only the record's creator, the people it is shared with, and administrators see. Anonymous visitors
and users without a role see only what is published, CLEAR and consented.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from django.db import models


class Confidentiality(models.TextChoices):
    """Traffic Light Protocol 2.0 levels, lowest first."""

    CLEAR = "clear", "TLP:CLEAR (public)"
    GREEN = "green", "TLP:GREEN (partner network)"
    AMBER = "amber", "TLP:AMBER (organisation, need to know)"
    AMBER_STRICT = "amber_strict", "TLP:AMBER+STRICT (organisation only)"
    RED = "red", "TLP:RED (named people only)"


class Role(IntEnum):
    """Roles in increasing order of trust."""

    OUTSIDER = 0
    VIEWER = 1
    EDITOR = 2
    REVIEWER = 3
    ADMINISTRATOR = 4


ROLE_GROUPS = {
    "viewer": Role.VIEWER,
    "editor": Role.EDITOR,
    "reviewer": Role.REVIEWER,
    "administrator": Role.ADMINISTRATOR,
}

CLEARANCE: dict[Role, tuple[str, ...]] = {
    Role.OUTSIDER: (),
    Role.VIEWER: (Confidentiality.CLEAR, Confidentiality.GREEN, Confidentiality.AMBER),
    Role.EDITOR: (Confidentiality.CLEAR, Confidentiality.GREEN, Confidentiality.AMBER),
    Role.REVIEWER: (
        Confidentiality.CLEAR,
        Confidentiality.GREEN,
        Confidentiality.AMBER,
        Confidentiality.AMBER_STRICT,
    ),
    Role.ADMINISTRATOR: tuple(Confidentiality.values),
}


def role_of(user: Any) -> Role:
    """The user's role: the highest of their groups; anonymous users are outsiders."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Role.OUTSIDER
    if user.is_superuser:
        return Role.ADMINISTRATOR
    cached = getattr(user, "_chronicle_role", None)
    if cached is None:
        names = user.groups.values_list("name", flat=True)
        cached = max((ROLE_GROUPS[n] for n in names if n in ROLE_GROUPS), default=Role.OUTSIDER)
        user._chronicle_role = cached
    return Role(cached)


def cleared_levels(user: Any) -> tuple[str, ...]:
    """Confidentiality levels the user's role lets them read by default."""
    return CLEARANCE[role_of(user)]


def may_edit(user: Any) -> bool:
    """Editors, reviewers and administrators change records."""
    return role_of(user) >= Role.EDITOR


def may_review(user: Any) -> bool:
    """Reviewers and administrators accept proposals and publish."""
    return role_of(user) >= Role.REVIEWER
