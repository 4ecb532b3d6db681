"""Pausing Python's cyclic garbage collector while a report builds hundreds of thousands of small objects.

A report of 300k acts still makes millions of small objects (the uids of every figure, the lists and
tuples holding them), none of them in a reference cycle; each allocation threshold crossed would make
the collector walk every object made so far. Memory is still freed by reference counting; the collector runs
again as soon as the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block without cyclic collection, restoring the collector's previous state after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
