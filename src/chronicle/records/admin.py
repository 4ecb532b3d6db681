"""The Django admin for every record, with each value's sources and the record's history."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.db import models
from django.http import Http404, HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from chronicle.common.access import Role, may_edit, role_of
from chronicle.records import models as m


class RoleInlineMixin:
    """Inline rows follow the role rules of their record, not Django's per-model permissions."""

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_edit(request.user)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_edit(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_edit(request.user)


class ClaimInline(RoleInlineMixin, GenericTabularInline):
    """The passages each value of the record rests on."""

    model = m.Claim
    ct_field = "subject_type"
    ct_fk_field = "subject_id"
    extra = 0
    can_delete = False
    fields = ("field", "value", "passage", "source", "method", "review_state", "reviewed_by")
    readonly_fields = fields
    verbose_name = "source passage"
    verbose_name_plural = "sources of these values"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class RecordAdmin(SimpleHistoryAdmin):
    """Lists only what the user may read; editing needs the editor role; history is kept."""

    list_filter: tuple[Any, ...] = ("confidentiality", "published")
    readonly_fields: tuple[str, ...] = ("uid", "created_at", "updated_at", "created_by")
    claim_inline = True

    def get_inlines(self, request: HttpRequest, obj: Any) -> list[Any]:
        inlines = list(super().get_inlines(request, obj))
        return [*inlines, ClaimInline] if self.claim_inline else inlines

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return self.model._default_manager.visible_to(request.user)

    def _require_visible(self, request: HttpRequest, object_id: str | None) -> None:
        """Forbidden reads answer 404, like missing ones (never a hint that the record exists)."""
        if object_id and not self.get_queryset(request).filter(pk=object_id).exists():
            raise Http404("No such record")

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None) -> Any:
        self._require_visible(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request: HttpRequest, object_id: str, extra_context: Any = None) -> Any:
        self._require_visible(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_module_permission(self, request: HttpRequest) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_edit(request.user)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return may_edit(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return role_of(request.user) >= Role.ADMINISTRATOR

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


def _tabular(model: type[models.Model], fk: str | None = None, **options: Any) -> type[admin.TabularInline]:
    attributes = {"model": model, "extra": 0, "fk_name": fk, **options}
    return type(f"{model.__name__}Inline", (RoleInlineMixin, admin.TabularInline), attributes)


@admin.register(m.Source)
class SourceAdmin(RecordAdmin):
    """Captured documents."""

    list_display = ("__str__", "publisher", "published_on", "language", "source_type", "confidentiality")
    list_filter = ("source_type", "language", "confidentiality", "published")
    search_fields = ("title", "url", "publisher", "text", "sha256")
    readonly_fields = (*RecordAdmin.readonly_fields, "sha256")
    claim_inline = False


@admin.register(m.Person)
class PersonAdmin(RecordAdmin):
    """People, with every spelling of their names."""

    list_display = ("display_name", "country", "region", "deceased", "confidentiality", "published", "consent")
    list_filter = ("country", "region", "deceased", "gender", "consent", "confidentiality", "published")
    search_fields = ("display_name", "names__full_name", "description", "uid")
    inlines = (
        _tabular(m.PersonName),
        _tabular(m.Membership, fk="person", fields=("organization", "on_behalf_of", "role", "area", "start", "end")),
        _tabular(m.StatusClaim, fields=("status", "claimed_by", "claimed_in", "state", "recognised_on", "ended_on")),
    )


@admin.register(m.PersonalDetail)
class PersonalDetailAdmin(RecordAdmin):
    """Sensitive details (RED by default)."""

    list_display = ("person", "kind", "confidentiality")
    list_filter = ("kind", "confidentiality")
    claim_inline = False


@admin.register(m.Organization)
class OrganizationAdmin(RecordAdmin):
    """Organisations with their names and designations."""

    list_display = ("name", "abbreviation", "kind", "country", "published")
    list_filter = ("kind", "country", "published")
    search_fields = ("name", "abbreviation", "other_names__name")
    inlines = (
        _tabular(m.OrganizationName),
        _tabular(
            m.OrganizationDesignation,
            fk="organization",
            fields=(
                "designation_type",
                "authority",
                "authority_name",
                "decision_date",
                "announced_date",
                "decision_published",
            ),
        ),
    )


@admin.register(m.OrganizationDesignation)
class OrganizationDesignationAdmin(RecordAdmin):
    """Designations such as "extremist"."""

    list_display = ("organization", "designation_type", "authority_name", "decision_date")
    list_filter = ("designation_type",)


@admin.register(m.Membership)
class MembershipAdmin(RecordAdmin):
    """Memberships (MEPs with their group and country)."""

    list_display = ("person", "organization", "on_behalf_of", "area", "start", "end")
    list_filter = ("organization", "area")
    search_fields = ("person__display_name", "organization__name")


@admin.register(m.Event)
class EventAdmin(RecordAdmin):
    """Events and the acts they comprise."""

    list_display = ("title", "event_type", "start", "end", "region", "published")
    list_filter = ("event_type", "region", "published")
    search_fields = ("title", "description", "location_text")
    inlines = (
        _tabular(m.Act, fields=("act_type", "victim", "victim_count_min", "start", "end", "ongoing", "legal_case")),
    )


@admin.register(m.Act)
class ActAdmin(RecordAdmin):
    """Acts: one act against one victim."""

    list_display = ("__str__", "act_type", "victim", "start", "end", "ongoing", "event")
    list_filter = ("act_type", "ongoing", "region")
    search_fields = ("victim__display_name", "victim__names__full_name", "description", "event__title")
    inlines = (_tabular(m.Involvement),)


@admin.register(m.LegalCase)
class LegalCaseAdmin(RecordAdmin):
    """Legal cases with charges, stages, measures and sentences."""

    list_display = ("__str__", "kind", "case_number", "opened", "region")
    list_filter = ("kind", "region")
    search_fields = ("defendant__display_name", "case_number", "description")
    inlines = (_tabular(m.Charge), _tabular(m.CaseStage), _tabular(m.PreventiveMeasure), _tabular(m.Sentence))


@admin.register(m.StatusClaim)
class StatusClaimAdmin(RecordAdmin):
    """Status claims ("political prisoner") by named organisations."""

    list_display = ("person", "status", "claimed_by", "claimed_in", "state", "recognised_on", "ended_on")
    list_filter = ("status", "state", "claimed_by")
    search_fields = ("person__display_name", "person__names__full_name", "rationale")


@admin.register(m.Intervention)
class InterventionAdmin(RecordAdmin):
    """Letters, appeals and resolutions with their signatories and the people they cite."""

    list_display = ("title", "intervention_type", "date", "authors_count", "member_states_count")
    list_filter = ("intervention_type",)
    search_fields = ("title", "addressee_text", "participants__person__display_name")
    inlines = (_tabular(m.Participant), _tabular(m.Subject))


@admin.register(m.ReportedStatistic)
class ReportedStatisticAdmin(RecordAdmin):
    """Figures sources report, with their periods."""

    list_display = ("__str__", "quantity", "qualifier", "category", "period", "recurrence", "author", "source")
    list_filter = ("qualifier", "category", "place")
    search_fields = ("counted", "category", "place_text")


@admin.register(m.Claim)
class ClaimAdmin(admin.ModelAdmin):
    """Every claim with its passage."""

    list_display = ("field", "quote", "subject_type", "source", "method", "review_state")
    list_filter = ("method", "review_state", "subject_type", "field")
    search_fields = ("quote", "field")
    readonly_fields = ("uid", "passage")

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return m.Claim.objects.visible_to(request.user).select_related("source", "subject_type")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return role_of(request.user) >= Role.VIEWER

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
