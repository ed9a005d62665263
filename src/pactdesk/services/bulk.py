"""Bulk work on hundreds of thousands of rows (workbook import and export)."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


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


def chunks(records: Iterable[T], size: int) -> Iterator[list[T]]:
    """``records`` ``size`` at a time, the last chunk shorter: one statement, or one read, each."""
    chunk: list[T] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
