"""Status claims: "political prisoner" and the like, as a dated claim by a named organisation."""

from __future__ import annotations

from django.db import models

from chronicle.records.models.base import Record, bound_field, edtf_field
from chronicle.records.models.organization import Organization
from chronicle.records.models.person import Person
from chronicle.vocab.fields import VocabularyField


class StatusClaim(Record):
    """A named organisation (or an intervention's authors) holds that a person had a status from a date."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="status_claims")
    status = VocabularyField("status", vocabulary="statuses")
    claimed_by = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="status_claims"
    )
    claimed_in = models.ForeignKey(
        "Intervention",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="status_claims",
        help_text="The letter or statement in which the claim was made, when not by one organisation.",
    )
    state = VocabularyField("state", vocabulary="designation_statuses", default="current")
    criteria = models.JSONField(default=list, blank=True, help_text="PACE 1900 criteria met (pace_a … pace_e).")
    exclusions_checked = models.JSONField(
        default=list, blank=True, help_text="PACE exclusions considered and ruled out."
    )
    recognised_on = edtf_field("recognised on")
    recognised_on_earliest = bound_field()
    recognised_on_latest = bound_field()
    ended_on = edtf_field("ended on")
    ended_on_earliest = bound_field()
    ended_on_latest = bound_field()
    rationale = models.TextField(blank=True)

    partial_dates = ("recognised_on", "ended_on")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(claimed_by__isnull=False) | models.Q(claimed_in__isnull=False),
                name="status_claim_has_claimant",
            )
        ]

    def __str__(self) -> str:
        by = self.claimed_by or self.claimed_in
        return f"{self.person}: {self.status} (by {by}, {self.recognised_on or 'date unknown'})"


__all__ = ["StatusClaim"]
