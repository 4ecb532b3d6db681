"""The persons list's filters: each narrows the people a user may read, through records they may read."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from chronicle.records.models import Act, Charge, Membership, Organization, Person, PersonName, StatusClaim
from chronicle.vocab.loader import vocabulary


def _choices(name: str) -> list[tuple[str, str]]:
    return [("", "—"), *((code, vocabulary(name)[code].label()) for code in vocabulary(name).codes())]


class PersonFilterForm(forms.Form):
    """Role, status, region, movement, legal article and a date range of the acts suffered."""

    q = forms.CharField(label=_("Name"), required=False)
    role = forms.ChoiceField(label=_("Role"), required=False, choices=lambda: _choices("roles"))
    status = forms.ChoiceField(label=_("Status"), required=False, choices=lambda: _choices("statuses"))
    region = forms.ChoiceField(label=_("Region"), required=False, choices=lambda: _choices("regions"))
    movement = forms.ModelChoiceField(label=_("Movement"), required=False, queryset=Organization.objects.none())
    article = forms.ChoiceField(label=_("Legal article"), required=False, choices=lambda: _choices("legal_articles"))
    start = forms.DateField(label=_("Acts from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("Acts until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["movement"]
        field.queryset = Organization.objects.visible_to(user).filter(kind__in=MOVEMENT_KINDS)

    def clean(self) -> dict[str, Any]:
        """The date range must not end before it starts."""
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The range ends before it starts."))
        return data


MOVEMENT_KINDS = ("movement", "party", "ngo", "coalition")


def filter_persons(people: QuerySet[Person], data: dict[str, Any], *, user: Any) -> QuerySet[Person]:
    """People matching every filter (subqueries: no row repeats); linked records are those the user may read."""
    if data.get("q"):
        spelled = PersonName.objects.filter(full_name__icontains=data["q"]).values("person")
        people = people.filter(Q(pk__in=spelled) | Q(display_name__icontains=data["q"]))
    if data.get("role"):
        people = people.filter(roles__icontains=f'"{data["role"]}"')
    if data.get("status"):
        people = people.filter(
            pk__in=StatusClaim.objects.visible_to(user).filter(status=data["status"]).values("person")
        )
    if data.get("region"):
        people = people.filter(region=data["region"])
    if data.get("movement"):
        members = Membership.objects.visible_to(user).filter(organization=data["movement"])
        people = people.filter(pk__in=members.values("person"))
    if data.get("article"):
        people = people.filter(_article_filter(data["article"], user))
    if data.get("start") or data.get("end"):
        people = people.filter(pk__in=_acts_within(data.get("start"), data.get("end"), user).values("victim"))
    return people


def _article_filter(code: str, user: Any) -> Q:
    charged = Charge.objects.visible_to(user).filter(article=code).values("legal_case__defendant")
    acts = Act.objects.visible_to(user).filter(legal_articles__icontains=f'"{code}"').values("victim")
    return Q(pk__in=charged) | Q(pk__in=acts)


def _acts_within(start: date | None, end: date | None, user: Any) -> QuerySet[Act]:
    """Acts whose dates lie wholly inside the range (the period rule)."""
    acts = Act.objects.visible_to(user).filter(victim__isnull=False)
    if start:
        acts = acts.filter(start_earliest__gte=start)
    if end:
        acts = acts.filter(start_latest__lte=end)
    return acts
