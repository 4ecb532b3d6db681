"""Full-text search over records and sources, on SQLite FTS5 or PostgreSQL, names matched across scripts.

    from chronicle.common.search import search, count
    hits = search("Бокаев", user=request.user, kinds=["person"], limit=20)
    page = search_page("Бокаев", user=request.user, limit=20, offset=40)  # page.hits, page.total

Every hit has passed the record's `visible_to(user)`; counts too.
"""

from chronicle.common.search.documents import KINDS
from chronicle.common.search.indexing import index_record, rebuild_index, remove_record
from chronicle.common.search.query import MAX_LIMIT, MAX_OFFSET, Hit, Page, count, search, search_page
from chronicle.common.search.snippet import Snippet, highlight

__all__ = [
    "KINDS",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "Hit",
    "Page",
    "Snippet",
    "count",
    "highlight",
    "index_record",
    "rebuild_index",
    "remove_record",
    "search",
    "search_page",
]
