"""Creating and editing records: editors only (others get 404), each save kept in the record's history."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from chronicle.common.access import may_edit
from chronicle.records.models import PersonName
from chronicle.web.access import monitor_required, visible_or_404
from chronicle.web.editing import FORMS
from chronicle.web.links import record_url


def _form_class(request: HttpRequest, kind: str) -> Any:
    if kind not in FORMS or not may_edit(request.user):
        raise Http404("no such page")
    return FORMS[kind]


@monitor_required
def create(request: HttpRequest, kind: str) -> HttpResponse:
    """A new record of a kind, created by the user."""
    form_class = _form_class(request, kind)
    form = form_class(request.POST or None, user=request.user, initial=request.GET.dict())
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            record = form.save(commit=False)
            record.created_by = request.user
            record.save()
            form.save_m2m()
            if kind == "person":
                PersonName.objects.create(person=record, full_name=record.display_name, is_primary=True)
        return redirect(record_url(kind, record.pk))
    return render(request, "web/edit.html", {"form": form, "kind": kind, "record": None})


@monitor_required
def edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Change a record the user may read."""
    form_class = _form_class(request, kind)
    record = visible_or_404(form_class._meta.model, request.user, pk=pk)
    form = form_class(request.POST or None, instance=record, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(record_url(kind, record.pk))
    return render(request, "web/edit.html", {"form": form, "kind": kind, "record": record})
