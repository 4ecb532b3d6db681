"""Figures put into words in the reader's language ("24 MEPs from 14 member states")."""

from __future__ import annotations

from django.utils.translation import ngettext

from chronicle.records.domain.interventions import SignatoryCount


def signatory_summary(count: SignatoryCount, *, parliamentarians: bool) -> str:
    """The best counts of signatories and their countries, as one phrase."""
    n, c = count.signatories, count.countries
    if parliamentarians:
        who = ngettext("%(n)s MEP", "%(n)s MEPs", n) % {"n": n}
        where = ngettext("from %(c)s member state", "from %(c)s member states", c) % {"c": c}
    else:
        who = ngettext("%(n)s signatory", "%(n)s signatories", n) % {"n": n}
        where = ngettext("from %(c)s country", "from %(c)s countries", c) % {"c": c}
    return f"{who} {where}" if c else who
