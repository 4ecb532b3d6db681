"""Template tags that show merge review on other pages: a person's identity and the pairs waiting."""

from __future__ import annotations

from typing import Any

from django import template
from django.db.models import Q

from chronicle.common.access import may_edit
from chronicle.names.models import Decision
from chronicle.records.models import Person
from chronicle.web.merge import identity_for, links_for, waiting_count

register = template.Library()


@register.inclusion_tag("web/merge/identity.html", takes_context=True)
def person_identity(context: template.Context, person: Person) -> dict[str, Any]:
    """The other records decided to be this person, and the pairs about this record."""
    user = context["user"]
    pairs = links_for(user).filter(Q(person_a=person) | Q(person_b=person))
    return {
        "person": person,
        "identity": identity_for(person, user),
        "pairs": pairs.count(),
        "waiting": pairs.filter(decision=Decision.PENDING).count(),
        "may_propose": may_edit(user),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("web/merge/waiting.html", takes_context=True)
def merge_waiting(context: template.Context) -> dict[str, Any]:
    """How many candidate pairs the user may see are waiting, linking to the queue."""
    return {"waiting": waiting_count(context["user"])}
