"""The monitors' dashboard: latest acts, documents waiting for review, counts for a month and a period."""

from __future__ import annotations

from django import forms
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.records.models import Act, Source
from chronicle.stats.counting import Period
from chronicle.web.access import hide_unreadable, monitor_required
from chronicle.web.counts import figures, month_of


class PeriodForm(forms.Form):
    """A period chosen on the dashboard or the public statistics page."""

    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict:
        """The period must not end before it starts."""
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data


@monitor_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """What a monitor sees first."""
    user = request.user
    month = month_of(timezone.localdate())
    form = PeriodForm(request.GET or None)
    chosen = Period(form.cleaned_data["start"], form.cleaned_data["end"]) if form.is_valid() else None
    latest = hide_unreadable(
        list(Act.objects.visible_to(user).select_related("victim", "event").order_by("-created_at", "-pk")[:10]),
        "victim",
        user,
    )
    waiting = (
        ExtractionJob.objects.filter(source__in=Source.objects.visible_to(user))
        .annotate(pending=Count("proposals", filter=Q(proposals__state=Proposal.State.PROPOSED)))
        .filter(pending__gt=0)
        .select_related("source")
        .order_by("-created_at")[:10]
    )
    context = {
        "latest": hide_unreadable(latest, "event", user),
        "waiting": waiting,
        "month": month,
        "month_figures": figures(month, user=user),
        "form": form,
        "chosen": chosen,
        "chosen_figures": figures(chosen, user=user) if chosen else [],
    }
    return render(request, "web/dashboard.html", context)
