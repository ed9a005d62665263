"""The cyclic collector is paused only while bulk work runs, and comes back as it was, even after a failure."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from pactdesk.services.bulk import cycle_collection_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_paused_during_bulk_work_and_resumes(collector_on: None) -> None:
    with cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_resumes_after_a_failure(collector_on: None) -> None:
    with pytest.raises(RuntimeError), cycle_collection_paused():
        raise RuntimeError("the import failed")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off(collector_on: None) -> None:
    gc.disable()
    with cycle_collection_paused():
        pass
    assert not gc.isenabled()
