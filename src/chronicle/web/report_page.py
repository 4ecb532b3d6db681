"""The period report in the app: its form, and each figure's records linked to the pages the reader may open."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chronicle.records.models import Act, LegalCase, Person
from chronicle.stats.counting import Period, Scope, ScopeError, scope_of
from chronicle.stats.interfaces.html import MODEL_OF, Listing
from chronicle.stats.reporting.dates import LANGUAGES
from chronicle.web.templatetags.chronicle_web import pdate, vocab
from chronicle.web.views.dashboard import PeriodForm

DOWNLOADS = {
    "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "pdf": "application/pdf",
}
RECORDS_SHOWN = 20


class ReportForm(PeriodForm):
    """A report's period, optionally restricted to a region or a legal article (code or name)."""

    region = forms.CharField(label=_("Region"), required=False, max_length=100)
    article = forms.CharField(label=_("Legal article"), required=False, max_length=100)

    def clean(self) -> dict:
        """Unknown regions or articles are errors on their field."""
        data = super().clean()
        for field in ("region", "article"):
            try:
                scope_of(**{field: data.get(field)})
            except ScopeError:
                self.add_error(field, _("Not in the vocabulary: use a code or a name from the list."))
        return data

    def period(self) -> Period:
        """The chosen period (the form must be valid)."""
        return Period(self.cleaned_data["start"], self.cleaned_data["end"])

    def scope(self) -> Scope:
        """The chosen restriction (the form must be valid)."""
        return scope_of(region=self.cleaned_data.get("region"), article=self.cleaned_data.get("article"))


def report_language() -> str:
    """The report's language: the reader's when the report speaks it, else English."""
    language = (get_language() or "en").split("-")[0]
    return language if language in LANGUAGES else "en"


@dataclass(frozen=True)
class RecordLink:
    """A record behind a figure: its uid, words to show, and its page ('' when the reader may not open it)."""

    uid: str
    text: str
    url: str


PAGES: dict[str, tuple[Any, str]] = {"act": (Act, "web:act"), "person": (Person, "web:person")}
PAGES["legalcase"] = (LegalCase, "web:legal_case")


def _texts(model_name: str, uids: set[str], user: Any) -> dict[str, tuple[int, str]]:
    """uid → (id, words) for the records of one kind the user may read."""
    model = PAGES[model_name][0]
    rows = model.objects.visible_to(user).filter(uid__in=uids)
    if model is Act:
        return {a.uid: (a.pk, f"{pdate(a.start)} {vocab(a.act_type, 'act_types')}".strip()) for a in rows}
    if model is Person:
        return {p.uid: (p.pk, p.display_name) for p in rows.only("uid", "display_name")}
    return {c.uid: (c.pk, c.case_number or c.uid) for c in rows.only("uid", "case_number")}


def linked_listings(listings: Iterable[Listing], user: Any) -> list[dict[str, Any]]:
    """Each figure with its records (and those straddling the period) linked to the app's pages."""
    from django.urls import reverse

    listings = list(listings)
    wanted: dict[str, set[str]] = {name: set() for name in PAGES}
    for listing in listings:
        model_name = MODEL_OF.get(listing.figure.count.rule, "act")
        wanted[model_name] |= {uid for uid, _url in listing.records + listing.straddling}
    found = {name: _texts(name, uids, user) if uids else {} for name, uids in wanted.items()}

    def links(model_name: str, rows: list[tuple[str, str]]) -> list[RecordLink]:
        shown = []
        for uid, _url in rows:
            pk, text = found[model_name].get(uid, (0, uid))
            shown.append(RecordLink(uid, text, reverse(PAGES[model_name][1], args=[pk]) if pk else ""))
        return shown

    result = []
    for listing in listings:
        model_name = MODEL_OF.get(listing.figure.count.rule, "act")
        result.append(
            {
                "figure": listing.figure,
                "records": links(model_name, listing.records),
                "more": listing.more,
                "straddling": links(model_name, listing.straddling),
                "more_straddling": listing.more_straddling,
            }
        )
    return result


def source_pages(rows: Iterable[Any], user: Any) -> dict[str, str]:
    """Source uid → the page of the source a reported figure comes from, for sources the user may read."""
    from django.urls import reverse

    from chronicle.records.models import Source

    uids = {row.source for row, _anchor, _coverage in rows}
    readable = Source.objects.visible_to(user).filter(uid__in=uids).values_list("uid", "pk")
    return {uid: reverse("web:source", args=[pk]) for uid, pk in readable}
