"""The review queue of candidate pairs in the admin: side by side, same / different / unsure, undo."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html_join
from simple_history.admin import SimpleHistoryAdmin

from chronicle.common.access import Role, may_review, role_of
from chronicle.names.domain.review_links import decide, undo_decision
from chronicle.names.models import Decision, PersonLink
from chronicle.records.models import Person


def _spellings(person: Person) -> str:
    return " · ".join(person.names.values_list("full_name", flat=True)) or person.display_name


@admin.register(PersonLink)
class PersonLinkAdmin(SimpleHistoryAdmin):
    """Candidate pairs with their score and the comparison behind it."""

    list_display = ("first", "second", "score", "decision", "method", "decided_by", "decided_at")
    list_filter = ("decision", "method")
    search_fields = ("person_a__names__full_name", "person_b__names__full_name")
    readonly_fields = ("person_a", "person_b", "score", "comparison", "method", "decided_by", "decided_at")
    fields = ("person_a", "person_b", "score", "comparison", "decision", "note", "method", "decided_by", "decided_at")
    actions = ("mark_same", "mark_different", "mark_unsure", "undo")

    @admin.display(description="first record")
    def first(self, link: PersonLink) -> str:
        return _spellings(link.person_a)

    @admin.display(description="second record")
    def second(self, link: PersonLink) -> str:
        return _spellings(link.person_b)

    @admin.display(description="values compared")
    def comparison(self, link: PersonLink) -> str:
        rows = [
            (f["field"], f["left"] or "–", f["right"] or "–", f["level"]) for f in link.explanation.get("fields", [])
        ]
        return format_html_join("", "<div>{}: {} | {} → {}</div>", rows)

    def get_queryset(self, request: HttpRequest) -> QuerySet[PersonLink]:
        visible = Person.objects.visible_to(request.user)
        links = PersonLink.objects.filter(person_a__in=visible, person_b__in=visible)
        return links.select_related("person_a", "person_b", "decided_by")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_review(request.user)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: PersonLink, form: Any, change: bool) -> None:
        decide(obj.person_a, obj.person_b, obj.decision, user=request.user, note=obj.note)

    def _mark(self, request: HttpRequest, queryset: QuerySet[PersonLink], decision: str) -> None:
        if not may_review(request.user):
            self.message_user(request, "Only reviewers decide identities.", messages.ERROR)
            return
        for link in queryset:
            decide(link.person_a, link.person_b, decision, user=request.user)
        self.message_user(request, f"{queryset.count()} pairs marked {decision}.")

    @admin.action(description="Same person")
    def mark_same(self, request: HttpRequest, queryset: QuerySet[PersonLink]) -> None:
        self._mark(request, queryset, Decision.SAME)

    @admin.action(description="Different people")
    def mark_different(self, request: HttpRequest, queryset: QuerySet[PersonLink]) -> None:
        self._mark(request, queryset, Decision.DIFFERENT)

    @admin.action(description="Unsure")
    def mark_unsure(self, request: HttpRequest, queryset: QuerySet[PersonLink]) -> None:
        self._mark(request, queryset, Decision.UNSURE)

    @admin.action(description="Undo the last decision")
    def undo(self, request: HttpRequest, queryset: QuerySet[PersonLink]) -> None:
        if not may_review(request.user):
            self.message_user(request, "Only reviewers decide identities.", messages.ERROR)
            return
        for link in queryset:
            undo_decision(link, user=request.user)
        self.message_user(request, f"{queryset.count()} decisions undone.")
