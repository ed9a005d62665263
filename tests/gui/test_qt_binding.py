"""The Qt binding PactDesk is pinned to keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 returns None from every call that returns nothing without taking a reference to it,
so each such call (a setter, a paint call, an event's accept()) leaves None one reference short, and after a few
thousand the interpreter aborts with "none_dealloc". Python 3.12 made None immortal, which hides the bug there.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_calls_that_return_nothing_leave_none_and_the_booleans_as_they_were(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2_000):
        widget.setAccessibleDescription("x")  # returns nothing
        widget.setVisible(False)
        widget.isVisible()  # returns a bool
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(now >= then - 50 for now, then in zip(after, before, strict=True)), (before, after)
