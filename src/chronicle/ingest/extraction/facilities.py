"""Places of detention named with their number: 'Penal Colony No. 15', 'исправительной колонии №9', 'СИЗО-1'.

Monitors track where prisoners are held; a numbered colony or pre-trial prison is a state body in the
annotation schema. The short official form (ИК-9, СИЗО-1) is kept as an alias, so the long and the
short mention of one colony in a text become one organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from chronicle.ingest.extraction.mentions import Mention
from chronicle.ingest.extraction.russian import nominative_org

_NUMBER = r"(?:No\.?|Nr\.?|Number|№|#)?\s?-?\s?(?P<number>\d{1,3})(?![\d\w])"
# English only capitalised, as a name ('Penal Colony No. 15'); 'a penal colony' is a kind of place.
_COLONY_EN = r"(?-i:(?:Penal|Correctional|Corrective|Labou?r|Prison|Penitentiary) Colony)"
_SIZO_EN = r"(?-i:Pre-?[Tt]rial Detention (?:Centre|Center|Facility)|Remand Prison|Detention Cent(?:re|er))"
_COLONY_RU = (
    r"(?:(?:исправительн|воспитательн|колони\w*-поселени)\w*\s+колони\w*"
    r"|колони\w*(?:\s+(?:общего|строгого|особого)\s+режима)?)"
)
_SIZO_RU = r"(?:следственн\w+\s+изолятор\w*)"
_SHORT = r"(?P<short>ИК|СИЗО|ЛИУ|ИВС|ВК|IK|SIZO)"
_FACILITY = regex.compile(
    rf"(?<![\w])(?:(?P<colony>{_COLONY_EN}|{_COLONY_RU})|(?P<sizo>{_SIZO_EN}|{_SIZO_RU})|{_SHORT})\s?{_NUMBER}",
    regex.IGNORECASE,
)
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


@dataclass(frozen=True)
class Facility:
    """A numbered place of detention as written, its name in the nominative and its other forms."""

    name: str
    aliases: list[str]
    mention: Mention


def find_facilities(text: str) -> list[Facility]:
    """Every numbered colony or pre-trial prison, with its short official form as an alias."""
    found = []
    for match in _FACILITY.finditer(text):
        written = match.group()
        short = _short_form(match)
        name = nominative_org(written) if _CYRILLIC.search(written) else written
        aliases = [a for a in dict.fromkeys([written, short]) if a != name]
        found.append(Facility(name, aliases, Mention(match.start(), match.end(), written)))
    return found


def _short_form(match: regex.Match[str]) -> str:
    """ИК-15 for a colony, СИЗО-1 for a pre-trial prison (the form Russian-language lists use)."""
    number = match.group("number")
    if match.group("short"):
        kind = match.group("short").upper()
        return f"{ {'IK': 'ИК', 'SIZO': 'СИЗО'}.get(kind, kind) }-{number}"
    return f"{'ИК' if match.group('colony') else 'СИЗО'}-{number}"
