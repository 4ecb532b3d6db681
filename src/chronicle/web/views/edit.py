"""Creating and editing records with their rows: editors only (others get 404), each save kept in the history."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.forms.utils import ErrorDict
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render

from chronicle.common.access import may_edit
from chronicle.records.models import PersonName
from chronicle.web.access import monitor_required, visible_or_404
from chronicle.web.editing import FORMS, RecordForm
from chronicle.web.forms.fields import FIND, offer_matches
from chronicle.web.forms.rows import ROWS, row_formsets
from chronicle.web.links import record_url

ADD_ROW = "add_row"
# Records without a page of their own are shown on the page of the record they belong to.
SHOWN_ON = {
    "statusclaim": ("person", "person_id"),
    "designation": ("organization", "organization_id"),
    "membership": ("person", "person_id"),
    "personaldetail": ("person", "person_id"),
}


def _form_class(request: HttpRequest, kind: str) -> type[RecordForm]:
    if kind not in FORMS or not may_edit(request.user):
        raise Http404("no such page")
    return FORMS[kind]


def page_of(kind: str, record: Any) -> str:
    """The page showing a record: its own, or for status claims and designations their owner's."""
    if kind in SHOWN_ON:
        owner_kind, column = SHOWN_ON[kind]
        return record_url(owner_kind, getattr(record, column))
    return record_url(kind, record.pk)


def owner_visible_or_404(kind: str, record: Any, user: Any) -> None:
    """A record shown on its owner's page (a membership on its person's) exists for a user only with its owner."""
    if kind in SHOWN_ON:
        owner_kind, column = SHOWN_ON[kind]
        visible_or_404(FORMS[owner_kind]._meta.model, user, pk=getattr(record, column))


def _with_another_row(data: QueryDict, kind: str) -> QueryDict:
    """The posted data with one more empty row in the formset named by the button pressed."""
    prefix = data.get(ADD_ROW, "")
    more = data.copy()
    if prefix in {row.prefix for row in ROWS.get(kind, ())}:
        key = f"{prefix}-TOTAL_FORMS"
        more[key] = str(int(data.get(key) or 0) + 1)
    return more


def _start_new_row(data: QueryDict, rows: list[Any]) -> None:
    """The row just added starts with its fields' defaults, as the empty row of a fresh form does."""
    for row, formset in rows:
        if row.prefix != data.get(ADD_ROW) or not formset.is_bound:
            continue
        new, index = formset.empty_form, int(str(data.get(f"{row.prefix}-TOTAL_FORMS"))) - 1
        for name in new.fields:
            value = new[name].initial
            if value not in (None, "", [], False):
                key = f"{row.prefix}-{index}-{name}"
                data.setlist(key, [str(item) for item in value] if isinstance(value, list) else [str(value)])


def _unjudged(form: Any, rows: list[Any]) -> None:
    """A form posted back to add a row or to search shows what was typed, without errors for what is not filled yet.

    Django caches a bound form's errors in `_errors` (and a formset's in `_errors` and `_non_form_errors`);
    setting them empty before rendering is what keeps the form from being checked.
    """
    form._errors = ErrorDict()
    for _, formset in rows:
        if formset.is_bound:
            formset._errors, formset._non_form_errors = [], formset.error_class()
            for row in formset.forms:
                row._errors = ErrorDict()


def _save(request: HttpRequest, kind: str, form: RecordForm, rows: list[Any]) -> Any:
    """Save the record and its rows together; the history middleware records who and when."""
    creating = form.instance.pk is None
    with transaction.atomic():
        record = form.save(commit=False)
        if creating:
            record.created_by = request.user
        record.save()
        form.save_m2m()
        for _, formset in rows:
            if not formset.is_bound:
                continue
            formset.instance = record
            formset.save()
        if kind == "person" and creating:
            primary = not record.names.filter(is_primary=True).exists()
            PersonName.objects.get_or_create(
                person=record, full_name=record.display_name, defaults={"is_primary": primary}
            )
    return record


def _form_page(request: HttpRequest, kind: str, record: Any) -> HttpResponse:
    form_class = _form_class(request, kind)
    data: QueryDict | None = request.POST if request.method == "POST" else None
    adding = data is not None and ADD_ROW in data
    if adding and data is not None:
        data = _with_another_row(data, kind)
    initial = request.GET.dict() if record is None else None
    form = form_class(data, instance=record, initial=initial, user=request.user)
    rows = row_formsets(kind, data, form.instance, request.user)
    finding = data is not None and FIND in data
    if adding and data is not None:
        _start_new_row(data, rows)
    if finding and data is not None:
        offer_matches([form, *(row for _, formset in rows for row in formset.forms)], data, request.user)
    if adding or finding:
        _unjudged(form, rows)
    if (
        data is not None
        and not adding
        and not finding
        and form.is_valid()
        and all([formset.is_valid() for _, formset in rows if formset.is_bound])
    ):
        saved = _save(request, kind, form, rows)
        return redirect(page_of(kind, saved))
    context = {"form": form, "rows": rows, "kind": kind, "record": record}
    return render(request, "web/edit.html", context)


@monitor_required
def create(request: HttpRequest, kind: str) -> HttpResponse:
    """A new record of a kind, created by the user (`?field=id` fills a choice, e.g. the act's event)."""
    return _form_page(request, kind, None)


@monitor_required
def edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Change a record the user may read, with its rows."""
    form_class = _form_class(request, kind)
    record = visible_or_404(form_class._meta.model, request.user, pk=pk)
    owner_visible_or_404(kind, record, request.user)
    return _form_page(request, kind, record)
