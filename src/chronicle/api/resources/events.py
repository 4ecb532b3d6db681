"""Events and their acts (one act against one victim: the unit that is counted)."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.refs import Ref, refs_to
from chronicle.api.resources.common import UID, code_filter, visible_one
from chronicle.records.models import Act, Event, LegalCase, Person

router = Router(tags=["events and acts"])


class EventOut(Schema):
    """An event as listed."""

    uid: str
    title: str
    event_type: str
    start: str
    end: str
    region: str
    country: str
    location_text: str
    description: str


class ActOut(Schema):
    """One act against one victim (the victim shown only when the reader may see them)."""

    uid: str
    event: Ref | None
    act_type: str
    victim: Ref | None
    victim_count_min: int | None
    victim_count_max: int | None
    start: str
    end: str
    ongoing: bool
    location_text: str
    region: str
    legal_case: Ref | None
    legal_articles: list[str]
    description: str


class EventDetailOut(EventOut):
    """An event with the acts the reader may see."""

    acts: list[ActOut]


def event_out(event: Event) -> EventOut:
    """An event."""
    return EventOut.model_validate(event, from_attributes=True)


def acts_out(acts: list[Act], user: Any) -> list[ActOut]:
    """A page of acts, with references to their event, victim and case loaded once per page."""
    events = refs_to(Event, acts, "event", user)
    victims = refs_to(Person, acts, "victim", user)
    cases = refs_to(LegalCase, acts, "legal_case", user)
    return [
        ActOut(
            uid=act.uid,
            event=events[act.pk],
            act_type=act.act_type,
            victim=victims[act.pk],
            victim_count_min=act.victim_count_min,
            victim_count_max=act.victim_count_max,
            start=act.start,
            end=act.end,
            ongoing=act.ongoing,
            location_text=act.location_text,
            region=act.region,
            legal_case=cases[act.pk],
            legal_articles=[str(article) for article in act.legal_articles or []],
            description=act.description,
        )
        for act in acts
    ]


@router.get("/events", response=list[EventOut], summary="Events")
@paginate(Pages)
def list_events(request: HttpRequest) -> Listing:
    """Events the reader may see, in date order."""
    events = Event.objects.visible_to(reader(request)).order_by("start_earliest", "title", "pk")
    return Listing(events, lambda page: [event_out(event) for event in page])


@router.get("/events/{uid}", response=EventDetailOut, summary="One event")
def get_event(request: HttpRequest, uid: str = UID) -> EventDetailOut:
    """One event with its visible acts."""
    user = reader(request)
    event = visible_one(Event.objects.all(), user, uid)
    acts = list(Act.objects.visible_to(user).filter(event=event).order_by("start_earliest", "pk"))
    return EventDetailOut(**event_out(event).model_dump(), acts=acts_out(acts, user))


@router.get("/acts", response=list[ActOut], summary="Acts")
@paginate(Pages)
def list_acts(request: HttpRequest, act_type: str | None = code_filter("Only acts of this type.")) -> Listing:
    """Acts the reader may see, in date order; optionally of one type."""
    user = reader(request)
    acts = Act.objects.visible_to(user).order_by("start_earliest", "pk")
    if act_type:
        acts = acts.filter(act_type=act_type)
    return Listing(acts, lambda page: acts_out(page, user))


@router.get("/acts/{uid}", response=ActOut, summary="One act")
def get_act(request: HttpRequest, uid: str = UID) -> ActOut:
    """One act."""
    user = reader(request)
    return acts_out([visible_one(Act.objects.all(), user, uid)], user)[0]
