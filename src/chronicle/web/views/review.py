"""The review queue: each proposed value beside its passage; reviewers accept, edit or reject, in bulk where safe."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chronicle.common.access import may_review
from chronicle.ingest.domain.review import ReviewError, accept, reject
from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.records.models import Source
from chronicle.web.access import is_htmx, monitor_required, reviewer_required
from chronicle.web.review import editable_fields, edited_value, passages, safe_in_bulk


def _jobs(user: Any) -> QuerySet[ExtractionJob]:
    """Extraction jobs over sources the user may read."""
    return ExtractionJob.objects.filter(source__in=Source.objects.visible_to(user)).select_related("source")


@monitor_required
def review_queue(request: HttpRequest) -> HttpResponse:
    """Documents with proposals, those waiting first."""
    jobs = _jobs(request.user).annotate(
        pending=Count("proposals", filter=Q(proposals__state=Proposal.State.PROPOSED)), total=Count("proposals")
    )
    return render(request, "web/review/queue.html", {"jobs": jobs.order_by("-pending", "-created_at")})


def _card(proposal: Proposal, text: str) -> dict[str, Any]:
    return {
        "proposal": proposal,
        "passages": passages(proposal, text),
        "fields": editable_fields(proposal.value),
        "safe": safe_in_bulk(proposal),
    }


@monitor_required
def review_job(request: HttpRequest, pk: int) -> HttpResponse:
    """One document's proposals, each beside its passage."""
    job = get_object_or_404(_jobs(request.user), pk=pk)
    proposals = job.proposals.select_related("decided_by").order_by("kind", "position")
    cards = [_card(p, job.source.text) for p in proposals]
    context = {"job": job, "cards": cards, "may_review": may_review(request.user)}
    return render(request, "web/review/job.html", context)


def _proposal(request: HttpRequest, pk: int) -> Proposal:
    jobs = _jobs(request.user)
    return get_object_or_404(Proposal.objects.select_related("job__source").filter(job__in=jobs), pk=pk)


def _answer(request: HttpRequest, proposal: Proposal) -> HttpResponse:
    if is_htmx(request):
        context = {"card": _card(proposal, proposal.job.source.text), "may_review": True}
        return render(request, "web/review/job.html#proposal", context)
    return redirect("web:review_job", proposal.job_id)


@reviewer_required
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept, accept with edits, or reject one proposal."""
    proposal = _proposal(request, pk)
    action = request.POST.get("action")
    try:
        if action == "accept":
            accept(proposal, user=request.user)
        elif action == "edit":
            accept(proposal, user=request.user, edited=edited_value(proposal.machine, request.POST))
        elif action == "reject":
            reject(proposal, user=request.user)
        else:
            return HttpResponse(_("Unknown action."), status=400)
    except (ReviewError, ValueError, KeyError, ValidationError) as error:
        proposal.refresh_from_db()
        messages.error(request, _("Could not decide: %(error)s") % {"error": error})
    return _answer(request, proposal)


@reviewer_required
@require_POST
def accept_in_bulk(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept the chosen proposals of one document that are safe to accept without a look."""
    job = get_object_or_404(_jobs(request.user), pk=pk)
    chosen = job.proposals.filter(pk__in=request.POST.getlist("proposal"), state=Proposal.State.PROPOSED)
    done = 0
    for proposal in chosen.order_by("kind", "position"):
        if safe_in_bulk(proposal):
            accept(proposal, user=request.user)
            done += 1
    messages.info(request, _("%(n)s proposals accepted.") % {"n": done})
    return redirect("web:review_job", job.pk)
