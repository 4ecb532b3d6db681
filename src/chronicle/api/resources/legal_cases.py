"""Legal cases: defendant, court, charges, stages, preventive measures and sentences."""

from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.refs import Ref, refs_to
from chronicle.api.resources.common import UID, visible_one
from chronicle.records.models import LegalCase, Organization, Person

router = Router(tags=["legal cases"])


class LegalCaseOut(Schema):
    """A case as listed (the defendant shown only when the reader may see them)."""

    uid: str
    kind: str
    case_number: str
    defendant: Ref | None
    opened: str
    court: Ref | None
    investigating_body: Ref | None
    region: str
    description: str


class ChargeOut(Schema):
    """An article the defendant is charged under."""

    article: str
    part: str
    charged_on: str
    dropped_on: str


class StageOut(Schema):
    """A stage the case reached."""

    stage: str
    date: str
    outcome: str


class MeasureOut(Schema):
    """A preventive measure ordered while the case runs."""

    measure: str
    start: str
    end: str


class SentenceOut(Schema):
    """A punishment imposed."""

    sentence_type: str
    term_months: int | None
    term_days: int | None
    amount: Decimal | None
    currency: str
    suspended: bool
    imposed_on: str
    expected_end: str
    actual_end: str


class LegalCaseDetailOut(LegalCaseOut):
    """A case with its charges, stages, measures and sentences."""

    charges: list[ChargeOut]
    stages: list[StageOut]
    preventive_measures: list[MeasureOut]
    sentences: list[SentenceOut]


def cases_out(cases: list[LegalCase], user: Any) -> list[LegalCaseOut]:
    """A page of cases, with defendants and organisations loaded once per page."""
    defendants = refs_to(Person, cases, "defendant", user)
    courts = refs_to(Organization, cases, "court", user)
    bodies = refs_to(Organization, cases, "investigating_body", user)
    return [
        LegalCaseOut(
            uid=case.uid,
            kind=case.kind,
            case_number=case.case_number,
            defendant=defendants[case.pk],
            opened=case.opened,
            court=courts[case.pk],
            investigating_body=bodies[case.pk],
            region=case.region,
            description=case.description,
        )
        for case in cases
    ]


def _rows(schema: type[Schema], rows: Any) -> list[Any]:
    return [schema.model_validate(row, from_attributes=True) for row in rows.order_by("pk")]


@router.get("/legal-cases", response=list[LegalCaseOut], summary="Legal cases")
@paginate(Pages)
def list_legal_cases(request: HttpRequest) -> Listing:
    """Cases the reader may see, by opening date."""
    user = reader(request)
    cases = LegalCase.objects.visible_to(user).order_by("opened_earliest", "pk")
    return Listing(cases, lambda page: cases_out(page, user))


@router.get("/legal-cases/{uid}", response=LegalCaseDetailOut, summary="One legal case")
def get_legal_case(request: HttpRequest, uid: str = UID) -> LegalCaseDetailOut:
    """One case with its charges, stages, preventive measures and sentences."""
    user = reader(request)
    case = visible_one(LegalCase.objects.all(), user, uid)
    return LegalCaseDetailOut(
        **cases_out([case], user)[0].model_dump(),
        charges=_rows(ChargeOut, case.charges),
        stages=_rows(StageOut, case.stages),
        preventive_measures=_rows(MeasureOut, case.preventive_measures),
        sentences=_rows(SentenceOut, case.sentences),
    )
