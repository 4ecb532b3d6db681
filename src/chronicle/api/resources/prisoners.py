"""Political prisoners on a day: people someone held to be political prisoners then."""

from datetime import date

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.resources.persons import PersonOut, persons_out
from chronicle.records.domain.prisoners import political_prisoners_on

router = Router(tags=["political prisoners"])


class PrisonersIn(Schema):
    """The day, and optionally whose list."""

    on: date = Field(..., description="The day, YYYY-MM-DD.")
    claimed_by: str | None = Field(
        None, max_length=120, pattern=r"^[^\x00]+$", description="Only this organisation's claims (its uid)."
    )


@router.get("/political-prisoners", response=list[PersonOut], summary="Political prisoners on a day")
@paginate(Pages)
def list_political_prisoners(request: HttpRequest, params: Query[PrisonersIn]) -> Listing:
    """People held to be political prisoners on `on` (by anyone, or by `claimed_by`), as the reader may see them."""
    people = political_prisoners_on(params.on, claimed_by=params.claimed_by, user=reader(request))
    return Listing(people.prefetch_related("names").order_by("display_name", "pk"), persons_out)
