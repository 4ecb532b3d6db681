"""Who reaches the monitors' pages: anonymous visitors log in, accounts without a role get 404."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse

from chronicle.common.access import Role, may_review, role_of

View = Callable[..., HttpResponse]
M = TypeVar("M", bound=models.Model)


def monitor_required(view: View) -> View:
    """Monitors' pages: log in first; a logged-in account without a role sees 404."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("web:login"))
        if role_of(request.user) < Role.VIEWER:
            raise Http404("no such page")
        return view(request, *args, **kwargs)

    return wrapped


def reviewer_required(view: View) -> View:
    """Review decisions: reviewers and administrators only; everyone else 404."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not may_review(request.user):
            raise Http404("no such page")
        return view(request, *args, **kwargs)

    return monitor_required(wrapped)


def visible_or_404(model: type[M], user: Any, **lookup: Any) -> M:
    """One record the user may read, or 404 (never 403: a forbidden record does not exist)."""
    manager: Any = model._default_manager
    return get_object_or_404(manager.visible_to(user), **lookup)


def hide_unreadable(rows: list[Any], field: str, user: Any) -> list[Any]:
    """Blank (in memory only) a foreign key on each row when the user may not read its target record."""
    ids = {getattr(row, f"{field}_id") for row in rows} - {None}
    if not ids:
        return rows
    model: Any = rows[0]._meta.get_field(field).related_model
    readable = set(model._default_manager.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True))
    for row in rows:
        if getattr(row, f"{field}_id") not in readable:
            setattr(row, field, None)
    return rows


def is_htmx(request: HttpRequest) -> bool:
    """Whether htmx sent the request (it wants a fragment, not a page)."""
    return bool(getattr(request, "htmx", False))
