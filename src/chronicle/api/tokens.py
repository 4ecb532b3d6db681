"""Making and checking API tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.utils import timezone

from chronicle.api.models import ApiToken

TOKEN_BYTES = 32
LAST_USED_GRANULARITY = timedelta(minutes=5)


def digest_of(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def make_token(owner: Any) -> str:
    """A new token for `owner`; the only time the token itself is seen. Writes a token row."""
    token = "chr_" + secrets.token_urlsafe(TOKEN_BYTES)
    ApiToken.objects.create(owner=owner, digest=digest_of(token), prefix=token[:8])
    return token


def user_of_token(token: str) -> Any | None:
    """The active owner of a valid, unrevoked token, or None; notes when it was last used. Writes the token row."""
    found = ApiToken.objects.select_related("owner").filter(digest=digest_of(token), revoked=False).first()
    if found is None or not found.owner.is_active:
        return None
    now = timezone.now()
    if found.last_used_at is None or now - found.last_used_at > LAST_USED_GRANULARITY:
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
    return found.owner
