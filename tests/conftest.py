"""Fixtures shared by the whole suite: people in every role, and the founding article loaded."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Group

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


# Fixtures through which a test reaches the database.
_DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that read ../shared skip with a message where it is absent (a user's clone). With
    CHRONICLE_DATABASE_TESTS_ONLY=1 (CI's second run, on PostgreSQL) only the tests that reach the database
    run: the rest (text extraction, name keys) do not depend on the engine and ran on SQLite already."""
    if os.environ.get("CHRONICLE_DATABASE_TESTS_ONLY") == "1":
        kept = [item for item in items if _reaches_database(item)]
        config.hook.pytest_deselected(items=[item for item in items if not _reaches_database(item)])
        items[:] = kept
    if SHARED.exists():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI must have the shared evaluation material at {SHARED}")
    skip = pytest.mark.skip(reason=f"../shared is not here ({SHARED}): evaluation material runs in CI only")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


def _reaches_database(item: pytest.Item) -> bool:
    """Whether a test is marked for the database or asks for a fixture that opens it."""
    return item.get_closest_marker("django_db") is not None or bool(
        _DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


def _user(django_user_model: Any, name: str, role: str | None, *, staff: bool = True) -> Any:
    user = django_user_model.objects.create_user(username=name, password="pw-" + name, is_staff=staff)
    if role:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


@pytest.fixture
def owner(django_user_model: Any) -> Any:
    """An editor who creates records."""
    return _user(django_user_model, "owner", "editor")


@pytest.fixture
def colleague(django_user_model: Any) -> Any:
    """Another member of the organisation, a viewer."""
    return _user(django_user_model, "colleague", "viewer")


@pytest.fixture
def reviewer(django_user_model: Any) -> Any:
    """A reviewer."""
    return _user(django_user_model, "reviewer", "reviewer")


@pytest.fixture
def outsider(django_user_model: Any) -> Any:
    """A logged-in account with no role in the organisation."""
    return _user(django_user_model, "outsider", None, staff=False)


@pytest.fixture
def administrator(django_user_model: Any) -> Any:
    """An administrator."""
    return _user(django_user_model, "administrator", "administrator")


@pytest.fixture
def founding_article(db: None) -> Any:
    """The founding article's case file, imported."""
    from chronicle.records.domain.setup import load_founding_article

    return load_founding_article()
