"""Sources: captured documents; the text comes with the one-source view."""

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.resources.common import UID, visible_one
from chronicle.records.models import Source

router = Router(tags=["sources"])


class SourceOut(Schema):
    """A source as listed (without its text)."""

    uid: str
    title: str
    url: str
    publisher: str
    source_type: str
    language: str
    published_on: str
    captured_at: datetime | None
    sha256: str
    media_type: str


class SourceDetailOut(SourceOut):
    """A source with its captured text."""

    text: str


LISTED = [name for name in SourceOut.model_fields]


@router.get("/sources", response=list[SourceOut], summary="Sources")
@paginate(Pages)
def list_sources(request: HttpRequest) -> Listing:
    """Sources the reader may see, newest first (texts are not loaded)."""
    sources = Source.objects.visible_to(reader(request)).only(*LISTED).order_by("-published_on_earliest", "pk")
    return Listing(sources, lambda page: [SourceOut.model_validate(item, from_attributes=True) for item in page])


@router.get("/sources/{uid}", response=SourceDetailOut, summary="One source")
def get_source(request: HttpRequest, uid: str = UID) -> SourceDetailOut:
    """One source with its text."""
    return SourceDetailOut.model_validate(visible_one(Source.objects.all(), reader(request), uid), from_attributes=True)
