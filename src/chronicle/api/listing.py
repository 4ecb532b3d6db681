"""Pages of records: ninja's limit/offset pagination over a query, presented a page at a time."""

from collections.abc import Callable, Sequence
from typing import Any, overload

from django.db.models import QuerySet
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

MAX_LIMIT = 100
MAX_OFFSET = 1_000_000


class Pages(LimitOffsetPagination):
    """Limit/offset pages of at most 100 items."""

    class Input(Schema):
        limit: int = Field(20, ge=1, le=MAX_LIMIT, description="Items per page (at most 100).")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip.")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)


class Listing(Sequence[Any]):
    """A query whose pages are turned into response items in one go (so references load per page, not per item)."""

    def __init__(self, records: QuerySet[Any], present: Callable[[list[Any]], list[Any]]) -> None:
        self.records = records
        self.present = present

    def __len__(self) -> int:
        return self.records.count()

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, int):
            return self.present([self.records[index]])[0]
        return self.present(list(self.records[index]))
