"""What every documentation record shares: a stable id, confidentiality, publication, authorship, history."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from chronicle.common.access import Confidentiality, Role, cleared_levels, role_of
from chronicle.common.partial_date import PartialDateError, parse_partial_date


def new_uid() -> str:
    """A fresh stable identifier for a record created in the app."""
    return uuid.uuid4().hex


class RecordQuerySet(models.QuerySet):
    """Queries over records that respect who is asking."""

    def public(self) -> RecordQuerySet:
        """Published, CLEAR records (plus the model's own public condition, e.g. consent)."""
        return self.filter(published=True, confidentiality=Confidentiality.CLEAR).filter(self.model.public_condition())

    def visible_to(self, user: Any) -> RecordQuerySet:
        """The one path by which a user reads records: cleared levels, own and shared records."""
        if role_of(user) == Role.OUTSIDER:
            return self.public()
        shared = self.model.shared_with.through.objects.filter(user_id=user.pk)
        owner_column = f"{self.model._meta.model_name}_id"
        return self.filter(
            models.Q(confidentiality__in=cleared_levels(user))
            | models.Q(created_by=user)
            | models.Q(pk__in=shared.values(owner_column))
            | (models.Q(published=True, confidentiality=Confidentiality.CLEAR) & self.model.public_condition())
        )


class Record(models.Model):
    """Abstract base of every documentation record."""

    uid = models.CharField(
        max_length=120, unique=True, default=new_uid, help_text="Stable identifier, kept across exports."
    )
    confidentiality = models.CharField(max_length=16, choices=Confidentiality.choices, default=Confidentiality.AMBER)
    published = models.BooleanField(default=False, help_text="Shown on the public site when CLEAR.")
    remarks = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    shared_with = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        help_text="People who may read this record even when RED.",
    )
    history = HistoricalRecords(inherit=True, excluded_fields=["updated_at"])

    objects = RecordQuerySet.as_manager()

    partial_dates: ClassVar[tuple[str, ...]] = ()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Compute the bounds of partial dates before saving."""
        fill_date_bounds(self)
        super().save(*args, **kwargs)

    @classmethod
    def public_condition(cls) -> models.Q:
        """Extra condition a published record must meet to be public (none by default)."""
        return models.Q()


class ChildQuerySet(models.QuerySet):
    """Rows that belong to a record are visible exactly when their record is."""

    def visible_to(self, user: Any) -> ChildQuerySet:
        """Rows whose parent record the user may read."""
        parent_field: str = self.model.parent_field
        parent_model: Any = self.model._meta.get_field(parent_field).related_model
        return self.filter(**{f"{parent_field}__in": parent_model.objects.visible_to(user)})


def fill_date_bounds(instance: models.Model) -> None:
    """Set `<name>_earliest` and `<name>_latest` from each EDTF field named in `partial_dates`."""
    for name in getattr(instance, "partial_dates", ()):
        text = getattr(instance, name) or ""
        parsed = parse_partial_date(text) if text else None
        setattr(instance, f"{name}_earliest", parsed.earliest if parsed else None)
        setattr(instance, f"{name}_latest", parsed.latest if parsed else None)


def validate_edtf(value: str) -> None:
    """Model-field validator for EDTF strings."""
    from django.core.exceptions import ValidationError

    if not value:
        return
    try:
        parse_partial_date(value)
    except PartialDateError as error:
        raise ValidationError(str(error)) from error


def edtf_field(verbose_name: str) -> models.CharField:
    """An EDTF partial date ("2020", "2020-02", "2020-02-15~", "2020-07-30/2020-09-27")."""
    return models.CharField(verbose_name, max_length=64, blank=True, validators=[validate_edtf])


def bound_field() -> models.DateField:
    """A computed bound of a partial date (earliest or latest possible day)."""
    return models.DateField(null=True, blank=True, editable=False, db_index=True)
