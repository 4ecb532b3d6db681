"""Merge review: candidate person pairs side by side; reviewers decide same / different / unsure, and undo."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chronicle.common.access import may_edit, may_review
from chronicle.names.domain.review_links import LinkDecisionError, decide, propose_links, undo_decision
from chronicle.names.models import Decision, PersonLink
from chronicle.records.models import Person
from chronicle.web.access import monitor_required, reviewer_required, visible_or_404
from chronicle.web.merge import (
    DECISIONS,
    PairFilterForm,
    decision_history,
    explanation_of,
    filter_links,
    identity_for,
    links_for,
    side_of,
    waiting_count,
)
from chronicle.web.pages import page_of, query_without_page


@monitor_required
def pair_queue(request: HttpRequest) -> HttpResponse:
    """Candidate pairs the user may see, undecided and highest score first unless filtered otherwise."""
    form = PairFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    links = filter_links(links_for(request.user), data)
    page = page_of(request, links.select_related("person_a", "person_b", "decided_by"))
    person = (
        Person.objects.visible_to(request.user).filter(pk=data.get("person")).first() if data.get("person") else None
    )
    context = {
        "form": form,
        "page": page,
        "query": query_without_page(request),
        "waiting": waiting_count(request.user),
        "decisions": DECISIONS,
        "person": person,
    }
    return render(request, "web/merge/queue.html", context)


def _link(request: HttpRequest, pk: int) -> PersonLink:
    """A pair both of whose records the user may read, or 404."""
    return get_object_or_404(links_for(request.user).select_related("person_a", "person_b", "decided_by"), pk=pk)


@monitor_required
def pair_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Two records side by side, the score explained, the decision and its history."""
    link = _link(request, pk)
    user = request.user
    following = links_for(user).filter(decision=Decision.PENDING).exclude(pk=link.pk).order_by("-score", "pk").first()
    context = {
        "link": link,
        "sides": [side_of(link.person_a, user), side_of(link.person_b, user)],
        "explanation": explanation_of(link),
        "decision": DECISIONS.get(Decision(link.decision), link.decision),
        "history": decision_history(link),
        "decisions": DECISIONS,
        "identity": [link.person_a, *identity_for(link.person_a, user)],
        "may_review": may_review(user),
        "following": following,
    }
    return render(request, "web/merge/pair.html", context)


@reviewer_required
@require_POST
def pair_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a reviewer's same / different / unsure decision on a pair."""
    link = _link(request, pk)
    try:
        decide(
            link.person_a,
            link.person_b,
            request.POST.get("decision", ""),
            user=request.user,
            note=request.POST.get("note", "")[:300],
        )
    except LinkDecisionError:
        return HttpResponse(_("Unknown decision."), status=400)
    link.refresh_from_db()
    messages.info(request, _("Decision recorded: %(decision)s.") % {"decision": DECISIONS[Decision(link.decision)]})
    return redirect("web:merge_pair", link.pk)


@reviewer_required
@require_POST
def pair_undo(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a pair to the decision it had before the last one."""
    link = undo_decision(_link(request, pk), user=request.user)
    messages.info(request, _("Decision undone: now %(decision)s.") % {"decision": DECISIONS[Decision(link.decision)]})
    return redirect("web:merge_pair", link.pk)


@monitor_required
@require_POST
def propose_for_person(request: HttpRequest, pk: int) -> HttpResponse:
    """Look for records that may be the same person as this one and queue them for review (editors and up)."""
    person = visible_or_404(Person, request.user, pk=pk)
    if not may_edit(request.user):
        raise Http404("no such page")
    found = propose_links(person, method="model")
    visible = links_for(request.user).filter(pk__in=[link.pk for link in found]).count()
    messages.info(request, _("%(n)s candidate pairs for this person.") % {"n": visible})
    return redirect(f"{reverse('web:merge_queue')}?person={person.pk}&state=all")
