"""Tokens: made once by a command, stored hashed, read as their owner; a bad token is 401, never anonymous."""

from __future__ import annotations

import hashlib
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from chronicle.api.models import ApiToken
from chronicle.api.tokens import make_token, user_of_token

pytestmark = pytest.mark.django_db


def test_the_command_prints_a_token_once_and_stores_only_its_hash(owner: Any) -> None:
    out = StringIO()
    call_command("api-token", "owner", stdout=out)
    token = out.getvalue().strip()
    stored = ApiToken.objects.get(owner=owner)
    assert stored.digest == hashlib.sha256(token.encode()).hexdigest()
    assert stored.prefix == token[:8]
    assert token not in {stored.digest, stored.prefix}


def test_the_command_refuses_an_unknown_user(db: None) -> None:
    with pytest.raises(CommandError, match="no user 'nobody'"):
        call_command("api-token", "nobody")


def test_a_token_reads_as_its_owner_and_notes_its_last_use(owner: Any, client: Client, leaky: dict[str, Any]) -> None:
    token = make_token(owner)
    response = client.get("/api/persons/P:red", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert ApiToken.objects.get(owner=owner).last_used_at is not None


@pytest.mark.parametrize("header", ["Bearer wrong", "Bearer ", "Basic b3duZXI6cHc=", "Token abc"])
def test_a_bad_token_is_refused_not_read_as_anonymous(header: str, client: Client, leaky: dict[str, Any]) -> None:
    response = client.get("/api/persons", headers={"Authorization": header})
    assert (response.status_code, response.json()) == (401, {"detail": "Unauthorized"})


def test_a_revoked_token_or_an_inactive_owner_is_refused(owner: Any, client: Client) -> None:
    token = make_token(owner)
    ApiToken.objects.update(revoked=True)
    assert user_of_token(token) is None
    ApiToken.objects.update(revoked=False)
    owner.is_active = False
    owner.save()
    assert client.get("/api/persons", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_a_logged_in_session_reads_as_its_user(owner: Any, client: Client, leaky: dict[str, Any]) -> None:
    client.force_login(owner)
    assert client.get("/api/persons/P:red").status_code == 200


def test_anonymous_visitors_need_no_token(client: Client, leaky: dict[str, Any]) -> None:
    assert client.get("/api/persons/P:public").status_code == 200
    assert client.get("/api/persons/P:red").status_code == 404
