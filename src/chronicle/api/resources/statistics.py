"""Reported statistics: figures that sources state, with the source and who produced them."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.refs import Ref, refs_to
from chronicle.api.resources.common import UID, visible_one
from chronicle.records.models import Organization, ReportedStatistic, Source

router = Router(tags=["reported statistics"])


class StatisticOut(Schema):
    """A figure as a source states it."""

    uid: str
    quantity: int
    qualifier: str
    counted: str
    category: str
    period: str
    recurrence: str
    place: str
    place_text: str
    source: Ref | None
    author: Ref | None
    part_of: Ref | None


def statistics_out(figures: list[ReportedStatistic], user: Any) -> list[StatisticOut]:
    """A page of figures, with sources, authors and larger figures loaded once per page."""
    sources = refs_to(Source, figures, "source", user)
    authors = refs_to(Organization, figures, "author", user)
    wholes = refs_to(ReportedStatistic, figures, "part_of", user)
    return [
        StatisticOut(
            uid=figure.uid,
            quantity=figure.quantity,
            qualifier=figure.qualifier,
            counted=figure.counted,
            category=figure.category,
            period=figure.period,
            recurrence=figure.recurrence,
            place=figure.place,
            place_text=figure.place_text,
            source=sources[figure.pk],
            author=authors[figure.pk],
            part_of=wholes[figure.pk],
        )
        for figure in figures
    ]


@router.get("/statistics", response=list[StatisticOut], summary="Reported statistics")
@paginate(Pages)
def list_statistics(request: HttpRequest) -> Listing:
    """Figures the reader may see, by period."""
    user = reader(request)
    figures = ReportedStatistic.objects.visible_to(user).order_by("period_earliest", "counted", "pk")
    return Listing(figures, lambda page: statistics_out(page, user))


@router.get("/statistics/{uid}", response=StatisticOut, summary="One reported statistic")
def get_statistic(request: HttpRequest, uid: str = UID) -> StatisticOut:
    """One figure."""
    user = reader(request)
    return statistics_out([visible_one(ReportedStatistic.objects.all(), user, uid)], user)[0]
