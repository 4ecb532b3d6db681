"""Multiple-systems estimation: the total of a population from overlapping lists that document it.

Pure Python with numpy/scipy, no Django: the CLI and the app both call `estimate`.
"""

from chronicle.stats.estimation.api import METHODS, capture_table, estimate
from chronicle.stats.estimation.capture_csv import parse_captures, read_captures
from chronicle.stats.estimation.histories import (
    CaptureError,
    CaptureTable,
    from_counts,
    from_individuals,
)
from chronicle.stats.estimation.result import Estimate

__all__ = [
    "METHODS",
    "CaptureError",
    "CaptureTable",
    "Estimate",
    "capture_table",
    "estimate",
    "from_counts",
    "from_individuals",
    "parse_captures",
    "read_captures",
]
