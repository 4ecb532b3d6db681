"""Who is reading: a bearer token's owner, the logged-in session user, or an anonymous visitor."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from chronicle.api.tokens import user_of_token


class Reader(HttpBearer):
    """Bearer tokens when given (a wrong one is 401, never a silent fall-back); else session or anonymous."""

    def __call__(self, request: HttpRequest) -> Any:
        """The reading user; anonymous visitors read only what is public."""
        header = request.headers.get(self.header)
        if header:
            scheme, _, token = header.partition(" ")
            if scheme.lower() != self.openapi_scheme or not token.strip():
                raise AuthenticationError()
            return self.authenticate(request, token.strip())
        user = getattr(request, "user", None)
        return user if user is not None and user.is_authenticated else AnonymousUser()

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        """The token's owner, or 401."""
        user = user_of_token(token)
        if user is None:
            raise AuthenticationError()
        return user


def reader(request: HttpRequest) -> Any:
    """The user a request reads as (set by `Reader`)."""
    return request.auth  # type: ignore[attr-defined]
