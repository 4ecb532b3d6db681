"""Human judgements about people as data: candidate pairs and same / different / unsure decisions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from chronicle.records.models import Person


class Decision(models.TextChoices):
    """Where a candidate pair stands."""

    PENDING = "pending", "waiting for review"
    SAME = "same", "same person"
    DIFFERENT = "different", "different people"
    UNSURE = "unsure", "unsure"


class PersonLink(models.Model):
    """A pair of person records that may be one person, with the score, its explanation and the decision.

    Records are never merged: an identity is a connected component of SAME links, so flipping one
    decision undoes a merge, and every decision stays in the history with who and when.
    """

    person_a = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="links_as_a")
    person_b = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="links_as_b")
    score = models.FloatField(help_text="Match probability from the linkage model (0 when vetoed).")
    explanation = models.JSONField(default=dict, help_text="The values compared and how they agreed.")
    method = models.CharField(max_length=40, default="model", help_text="model, ingest, or human.")
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["decision", "-score"]
        constraints = [
            models.UniqueConstraint(fields=["person_a", "person_b"], name="person_link_once"),
            models.CheckConstraint(condition=models.Q(person_a__lt=models.F("person_b")), name="person_link_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.person_a} ~ {self.person_b}: {self.decision} ({self.score:.2f})"
