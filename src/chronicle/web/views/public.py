"""The public site: published, CLEAR, consented records only, as an anonymous visitor would see them."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language

from chronicle.records.domain.interventions import letters_citing
from chronicle.records.domain.prisoners import political_prisoners_on, status_claims_on
from chronicle.records.models import Act, Intervention, LegalCase, Person, StatusClaim
from chronicle.stats.counting import Period, count_by
from chronicle.vocab.loader import vocabulary
from chronicle.web.access import hide_unreadable
from chronicle.web.chart import bar_chart_svg
from chronicle.web.counts import figures
from chronicle.web.pages import page_of, query_without_page
from chronicle.web.public import ANONYMOUS, public_name
from chronicle.web.views.dashboard import PeriodForm
from chronicle.web.views.letter import letter_context


def prisoners(request: HttpRequest) -> HttpResponse:
    """Political prisoners today, as published: names their consent allows, since when, by whom."""
    today = timezone.localdate()
    people = list(political_prisoners_on(today, user=ANONYMOUS))
    claims = status_claims_on(today, user=ANONYMOUS).filter(person__in=[p.pk for p in people])
    since: dict[int, str] = {}
    for claim in claims.order_by("recognised_on_earliest"):
        since.setdefault(claim.person_id, claim.recognised_on)
    rows = [{"pk": p.pk, "name": public_name(p), "since": since.get(p.pk, "")} for p in people]
    return render(request, "web/public/prisoners.html", {"rows": rows, "today": today})


def statistics(request: HttpRequest) -> HttpResponse:
    """Counts of a period under the published counting rules, with a chart of acts by type."""
    today = timezone.localdate()
    form = PeriodForm(request.GET or None)
    period = (
        Period(form.cleaned_data["start"], form.cleaned_data["end"])
        if form.is_valid()
        else Period(date(today.year, 1, 1), today)
    )
    breakdown = count_by("acts", "act_type", period, user=ANONYMOUS)
    language = (get_language() or "en").split("-")[0]
    kinds = vocabulary("act_types")
    shown = [c for c in breakdown.counts if c.value]
    labels = [kinds[c.key].label(language) if c.key and c.key in kinds else str(c.key) for c in shown]
    chart = bar_chart_svg(labels, [c.value for c in shown], title="") if shown else ""
    context = {
        "form": form,
        "period": period,
        "figures": figures(period, user=ANONYMOUS),
        "chart": chart,
        "breakdown": list(zip(labels, shown, strict=True)),
    }
    return render(request, "web/public/statistics.html", context)


def person(request: HttpRequest, pk: int) -> HttpResponse:
    """A published person's page: status, acts, cases and letters that are published too."""
    found = get_object_or_404(Person.objects.public(), pk=pk)
    context = {
        "name": public_name(found),
        "person": found,
        "statuses": hide_unreadable(
            hide_unreadable(
                list(StatusClaim.objects.public().filter(person=found).select_related("claimed_by", "claimed_in")),
                "claimed_by",
                ANONYMOUS,
            ),
            "claimed_in",
            ANONYMOUS,
        ),
        "acts": Act.objects.public().filter(victim=found).order_by("start_earliest"),
        "cases": LegalCase.objects.public().filter(defendant=found).prefetch_related("charges"),
        "letters": letters_citing(found).filter(pk__in=Intervention.objects.public()),
    }
    return render(request, "web/public/person.html", context)


def letters(request: HttpRequest) -> HttpResponse:
    """Published letters and other interventions."""
    rows = Intervention.objects.public().order_by("-date_earliest", "title", "pk")
    return render(
        request, "web/public/letters.html", {"page": page_of(request, rows), "query": query_without_page(request)}
    )


def letter(request: HttpRequest, pk: int) -> HttpResponse:
    """A published letter: public signatories, the summary and the published persons it cites."""
    found = get_object_or_404(Intervention.objects.public(), pk=pk)
    return render(request, "web/public/letter.html", {**letter_context(found, ANONYMOUS), "public": True})


def legal_case(request: HttpRequest, pk: int) -> HttpResponse:
    """A published case of a published person: charges, stages, measures and sentences."""
    found = get_object_or_404(
        LegalCase.objects.public().filter(defendant__in=Person.objects.public()).select_related("defendant", "court"),
        pk=pk,
    )
    hide_unreadable([found], "court", ANONYMOUS)
    context = {
        "case": found,
        "name": public_name(found.defendant),
        "charges": found.charges.all(),
        "stages": hide_unreadable(list(found.stages.select_related("court")), "court", ANONYMOUS),
        "measures": found.preventive_measures.all(),
        "sentences": found.sentences.all(),
    }
    return render(request, "web/public/legal_case.html", context)
