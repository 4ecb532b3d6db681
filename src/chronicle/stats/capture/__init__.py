"""Capture histories from the record: which identities each group of sources documents, for estimation."""

from chronicle.stats.capture.histories import (
    SourceList,
    capture_histories,
    estimate_from_histories,
    estimate_from_sources,
)

__all__ = ["SourceList", "capture_histories", "estimate_from_histories", "estimate_from_sources"]
