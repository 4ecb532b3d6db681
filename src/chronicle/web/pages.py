"""Paging long lists the same way on every page."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

PER_PAGE = 50


def page_of(request: HttpRequest, rows: Any, per_page: int = PER_PAGE) -> Page:
    """The requested page of rows (the last page when the number is too high, the first when not a number)."""
    return Paginator(rows, per_page).get_page(request.GET.get("page"))


def query_without_page(request: HttpRequest) -> str:
    """The current query string without the page number, for page links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
