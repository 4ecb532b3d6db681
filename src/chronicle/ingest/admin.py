"""The review queue in the admin until the monitors' app has its own pages."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from chronicle.common.access import Role, may_review, role_of
from chronicle.ingest.domain.review import ReviewError, accept, reject
from chronicle.ingest.models import ExtractionJob, Proposal


@admin.register(ExtractionJob)
class ExtractionJobAdmin(admin.ModelAdmin):
    """Extraction runs and their progress."""

    list_display = ("source", "status", "progress", "message", "created_at", "finished_at")
    list_filter = ("status",)
    readonly_fields = ("source", "status", "progress", "message", "extractor_version", "created_by", "finished_at")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return role_of(request.user) >= Role.VIEWER


@admin.register(Proposal)
class ProposalAdmin(SimpleHistoryAdmin):
    """Each proposed value beside its passage; reviewers accept or reject in bulk."""

    list_display = ("kind", "__str__", "passage", "state", "decided_by", "decided_at")
    list_filter = ("state", "kind", "job__source")
    readonly_fields = (
        "job",
        "kind",
        "position",
        "machine",
        "passage",
        "extractor_version",
        "state",
        "decided_by",
        "decided_at",
    )
    actions = ("accept_selected", "reject_selected")

    @admin.display(description="passage")
    def passage(self, proposal: Proposal) -> str:
        """The first passage the item came from, in context."""
        spans = proposal.spans
        return proposal.job.source.passage(spans[0][0], spans[0][1]) if spans else ""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_review(request.user)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Accept the selected proposals as extracted")
    def accept_selected(self, request: HttpRequest, queryset: QuerySet[Proposal]) -> None:
        self._decide(request, queryset, lambda p: accept(p, user=request.user))

    @admin.action(description="Reject the selected proposals")
    def reject_selected(self, request: HttpRequest, queryset: QuerySet[Proposal]) -> None:
        self._decide(request, queryset, lambda p: reject(p, user=request.user))

    def _decide(self, request: HttpRequest, queryset: QuerySet[Proposal], decide: Any) -> None:
        if not may_review(request.user):
            self.message_user(request, "Only reviewers decide proposals.", messages.ERROR)
            return
        done = 0
        for proposal in queryset.filter(state=Proposal.State.PROPOSED).select_related("job__source"):
            try:
                decide(proposal)
                done += 1
            except ReviewError as error:
                self.message_user(request, str(error), messages.WARNING)
        self.message_user(request, f"{done} proposals decided.")
