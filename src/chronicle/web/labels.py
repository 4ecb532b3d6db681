"""Translated labels of the record model's fixed choices (the models' own labels are English only)."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

LABELS: dict[str, dict[str, Promise]] = {
    "confidentiality": {
        "clear": _("TLP:CLEAR (public)"),
        "green": _("TLP:GREEN (partner network)"),
        "amber": _("TLP:AMBER (organisation, need to know)"),
        "amber_strict": _("TLP:AMBER+STRICT (organisation only)"),
        "red": _("TLP:RED (named people only)"),
    },
    "consent": {
        "none": _("nothing published"),
        "initials": _("initials only"),
        "pseudonym": _("pseudonym only"),
        "full": _("full name"),
    },
    "gender": {"female": _("female"), "male": _("male"), "other": _("other")},
    "case_kind": {"criminal": _("criminal"), "administrative": _("administrative"), "civil": _("civil")},
    "detail_kind": {
        "contact": _("contact"),
        "identity_number": _("identity number (IIN, passport)"),
        "health": _("health"),
        "address": _("address"),
        "witness": _("witness or source identity"),
    },
    "method": {
        "manual": _("entered by a person"),
        "curated": _("hand-curated case file"),
        "extracted": _("machine extraction"),
    },
    "script": {"Latn": _("Latin"), "Cyrl": _("Cyrillic"), "Arab": _("Arabic"), "Zyyy": _("other")},
    "proposal_kind": {
        "person": _("person"),
        "organization": _("organisation"),
        "statistic": _("reported figure"),
        "event": _("event"),
        "letter": _("letter"),
    },
    "proposal_state": {
        "proposed": _("waiting for review"),
        "accepted": _("accepted as extracted"),
        "edited": _("accepted with edits"),
        "rejected": _("rejected"),
    },
    "job_status": {"queued": _("queued"), "running": _("running"), "done": _("done"), "failed": _("failed")},
}


def label(group: str, code: str) -> str:
    """The label of a choice in the reader's language (the code itself when unknown)."""
    return str(LABELS.get(group, {}).get(code, code))
