"""Search across records and sources; names match across scripts (Бокаев finds Bokayev)."""

from collections.abc import Sequence
from typing import Any, Literal, overload

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Pages
from chronicle.common.search import MAX_LIMIT, MAX_OFFSET, Hit, count, search_page

router = Router(tags=["search"])

KindName = Literal["person", "organization", "event", "act", "intervention", "statistic", "source"]


class SearchIn(Schema):
    """What to look for."""

    q: str = Field(..., min_length=1, max_length=200, description="Words to find (every word must match).")
    kind: list[KindName] | None = Field(None, description="Only these kinds (repeatable).")


class HitOut(Schema):
    """One record found, with a snippet whose matching words are given as [start, end) ranges."""

    kind: str
    uid: str
    title: str
    snippet: str
    marks: list[tuple[int, int]]
    score: float


class Hits(Sequence[Any]):
    """Search results as a sequence ninja's pagination can count and slice."""

    def __init__(self, query: str, kinds: list[str] | None, user: Any) -> None:
        self.query, self.kinds, self.user = query, kinds, user
        self.total: int | None = None

    def __len__(self) -> int:
        if self.total is None:  # ninja slices first, so the page's query has usually counted already
            self.total = count(self.query, user=self.user, kinds=self.kinds)
        return self.total

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        page = index if isinstance(index, slice) else slice(index, index + 1)
        offset = page.start or 0
        limit = min((page.stop or offset + 1) - offset, MAX_LIMIT)
        if offset > MAX_OFFSET or limit < 1:
            hits: list[Hit] = []  # search pages end at MAX_OFFSET
        else:
            found = search_page(self.query, user=self.user, kinds=self.kinds, limit=limit, offset=offset)
            hits, self.total = found.hits, found.total
        items = [hit_out(hit) for hit in hits]
        return items if isinstance(index, slice) else items[0]


def hit_out(hit: Hit) -> HitOut:
    """A hit as the API shows it."""
    return HitOut(
        kind=hit.kind, uid=hit.uid, title=hit.title, snippet=hit.snippet, marks=list(hit.marks), score=hit.score
    )


@router.get("/search", response=list[HitOut], summary="Search")
@paginate(Pages)
def search_records(request: HttpRequest, params: Query[SearchIn]) -> Hits:
    """Records and sources the reader may see that match every word of `q`, best first."""
    return Hits(params.q, list(params.kind) if params.kind else None, reader(request))
