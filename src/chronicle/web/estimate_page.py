"""The estimate page: lists made of sources, a period, and the multiple-systems estimate from identities."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _

from chronicle.records.models import Source
from chronicle.stats.capture import SourceList, capture_histories, estimate_from_histories
from chronicle.stats.estimation import METHODS, Estimate
from chronicle.stats.estimation.histories import CaptureError

LISTS = 6
FEWEST_LISTS = 3


class SourceChoices(forms.ModelMultipleChoiceField):
    """Sources shown with their publisher."""

    def label_from_instance(self, obj: Any) -> str:
        """'Title (publisher)'."""
        return f"{obj} ({obj.publisher})" if obj.publisher else str(obj)


class EstimateForm(forms.Form):
    """Up to six lists, each a name and a group of sources; an optional period; the method."""

    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    method = forms.ChoiceField(label=_("Method"), choices=[(m, m) for m in METHODS], initial="lcmcr")

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        sources = Source.objects.visible_to(user).order_by("publisher", "title", "pk")
        for n in range(1, LISTS + 1):
            self.fields[f"name_{n}"] = forms.CharField(label=_("List %(n)s") % {"n": n}, required=False, max_length=80)
            self.fields[f"sources_{n}"] = SourceChoices(
                queryset=sources, required=False, label=_("Sources of list %(n)s") % {"n": n}
            )

    def rows(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        """Each list's name and sources fields, for the template."""
        return [(self[f"name_{n}"], self[f"sources_{n}"]) for n in range(1, LISTS + 1)]

    def clean(self) -> dict:
        """At least three lists, distinct names, no source on two lists, a whole period or none."""
        data = super().clean() or {}
        lists: list[SourceList] = []
        seen: set[int] = set()
        for n in range(1, LISTS + 1):
            chosen = list(data.get(f"sources_{n}") or [])
            if not chosen:
                continue
            if seen & {s.pk for s in chosen}:
                raise forms.ValidationError(_("A source may belong to one list only."))
            seen |= {s.pk for s in chosen}
            name = (data.get(f"name_{n}") or "").strip() or _t("List %(n)s") % {"n": n}
            lists.append(SourceList(name, tuple(s.uid for s in chosen)))
        if len({item.name for item in lists}) != len(lists):
            raise forms.ValidationError(_("Give each list its own name."))
        if len(lists) < FEWEST_LISTS:
            raise forms.ValidationError(
                _("Choose sources for at least three lists: an estimate needs three or more overlapping lists.")
            )
        if (data.get("start") is None) != (data.get("end") is None):
            raise forms.ValidationError(_("Give both ends of the period, or neither."))
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The period ends before it starts."))
        data["lists"] = lists
        return data


@dataclass(frozen=True)
class Outcome:
    """An estimate with its capture-history table, or the reason there is none."""

    estimate: Estimate | None
    table: list[tuple[tuple[int, ...], int]]
    problem: str


def _problem(lists: list[SourceList], histories: dict[int, tuple[int, ...]]) -> str:
    """A clear reason the lists cannot give an estimate, or ''."""
    if not histories:
        return _t("None of the chosen sources documents anyone you may see in this period.")
    empty = [item.name for position, item in enumerate(lists) if not any(h[position] for h in histories.values())]
    if empty:
        return _t("These lists document nobody in this period: %(lists)s.") % {"lists": ", ".join(empty)}
    if not any(sum(h) > 1 for h in histories.values()):
        return _t("No person is on more than one list: without overlap between the lists nothing can be estimated.")
    return ""


def estimate_outcome(lists: list[SourceList], start: date | None, end: date | None, user: Any, method: str) -> Outcome:
    """The capture histories of the lists' identities and the estimate, or a clear reason for none."""
    histories = capture_histories(lists, start=start, end=end, user=user)
    table = sorted(Counter(histories.values()).items(), key=lambda row: (-sum(row[0]), [-x for x in row[0]]))
    problem = _problem(lists, histories)
    if problem:
        return Outcome(None, table, problem)
    try:
        result = estimate_from_histories(histories, lists, method=method)
    except CaptureError as error:
        return Outcome(None, table, _t("The estimate cannot be made: %(reason)s") % {"reason": error})
    return Outcome(result, table, "")
