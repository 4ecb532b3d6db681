"""Named permission predicates (django-rules) over the roles in `access`."""

from __future__ import annotations

from typing import Any

import rules

from chronicle.common.access import Role, role_of


@rules.predicate
def has_role(user: Any) -> bool:
    """Any member of the organisation (viewer or above)."""
    return role_of(user) >= Role.VIEWER


@rules.predicate
def is_editor(user: Any) -> bool:
    """Editors and above."""
    return role_of(user) >= Role.EDITOR


@rules.predicate
def is_reviewer(user: Any) -> bool:
    """Reviewers and above."""
    return role_of(user) >= Role.REVIEWER


@rules.predicate
def is_administrator(user: Any) -> bool:
    """Administrators (and superusers)."""
    return role_of(user) >= Role.ADMINISTRATOR


rules.add_perm("chronicle.view_records", has_role)
rules.add_perm("chronicle.edit_records", is_editor)
rules.add_perm("chronicle.review_records", is_reviewer)
rules.add_perm("chronicle.publish_records", is_reviewer)
rules.add_perm("chronicle.administer", is_administrator)
