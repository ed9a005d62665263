"""Bulk work on hundreds of thousands of rows (workbook import and export)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the duration.

    An import keeps hundreds of thousands of small rows alive until it writes them. None of them form cycles, but
    the collector would walk all of them again on every full pass, which costs a fifth of the import's time.
    Reference counting still frees everything as usual; the collector resumes (as it was) afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
