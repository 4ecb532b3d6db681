"""A small record built so that every counting case occurs once (imported by the counting and report tests)."""

from __future__ import annotations

from typing import Any

from chronicle.records.models import Act, Charge, Event, Involvement, LegalCase, Organization, Person

PERIOD = ("2020-07-30", "2020-09-27")


def _act(event: Event, uid: str, act_type: str, victim: Person | None, start: str, **extra: Any) -> Act:
    return Act.objects.create(event=event, uid=uid, act_type=act_type, victim=victim, start=start, **extra)


def build_counting_records() -> dict[str, Any]:
    """Acts inside, straddling, open-ended, undated and outside the period; cases likewise. Writes records."""
    dck = Organization.objects.create(uid="O:dck", name="Democratic Choice of Kazakhstan", kind="movement")
    alma, bolat, dana = (
        Person.objects.create(uid=f"P:{name}", display_name=name.title(), region="KZ-75")
        for name in ("alma", "bolat", "dana")
    )
    rally = Event.objects.create(uid="E:rally", title="Rally", start="2020-08", region="KZ-75")
    rally.related_organizations.add(dck)
    undated = Event.objects.create(uid="E:undated", title="Undated threats")
    picket = Event.objects.create(uid="E:picket", title="Picket", start="2020-09", region="KZ-71")
    case_alma = LegalCase.objects.create(
        uid="C:alma", defendant=alma, kind="criminal", opened="2020-08-10", region="KZ-75"
    )
    case_alma.related_organizations.add(dck)
    Charge.objects.create(legal_case=case_alma, article="KZ-CC-2014:405")
    case_bolat = LegalCase.objects.create(uid="C:bolat", defendant=bolat, kind="administrative", opened="2020-08")
    Charge.objects.create(legal_case=case_bolat, article="KZ-CAO-2014:488")
    LegalCase.objects.create(uid="C:dana", defendant=dana, kind="criminal", opened="2020", region="KZ-75")
    detention = _act(rally, "A:1-detention-alma", "detention", alma, "2020-08-05", legal_case=case_alma)
    Involvement.objects.create(act=detention, perpetrator_type="police")
    Involvement.objects.create(act=detention, perpetrator_type="national_security")
    _act(rally, "A:2-search-alma", "search", alma, "", legal_articles=["KZ-CC-2014:174"])
    _act(rally, "A:3-detention-bolat", "detention", bolat, "2020-07")
    _act(rally, "A:4-fine-dana", "fine", dana, "2020-10-01")
    _act(picket, "A:5-harassment-unnamed", "harassment", None, "2020-09-01", victim_count_min=3)
    _act(rally, "A:6-harassment-dana", "harassment", dana, "../2020-09-01", ongoing=True)
    _act(undated, "A:7-threat-bolat", "threat", bolat, "")
    return {"dck": dck, "alma": alma, "bolat": bolat, "dana": dana}
