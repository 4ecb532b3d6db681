"""What the public site may say about a person: the name their consent allows, nothing else internal."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _

from chronicle.records.models import Consent, Person

ANONYMOUS = AnonymousUser()


def public_name(person: Person) -> str:
    """The full name, initials or pseudonym, as the person consented."""
    if person.consent == Consent.FULL:
        return person.display_name
    if person.consent == Consent.INITIALS:
        return " ".join(f"{word[0]}." for word in person.display_name.split() if word)
    pseudonym = person.names.filter(name_type="pseudonym").values_list("full_name", flat=True).first()
    return pseudonym or _("(name withheld)")
