"""``python -m benchmarks backlog``: the backlog and an item's moves on the scale-50 demo (a copy of it: the cached
file is left as it was), in the busiest cluster, whose meetings and actions are the most.

Thirty items of a meeting whose minutes are not approved, each with an open and a done action, are parked and put
back, moved to the next meeting and back, duplicated and the copy removed, and a topic pulled into a planned meeting
and put back: the median and slowest of each, from the call to its commit (one transaction each, the audit log's
entries included). Then the cluster's backlog with a thousand topics: listing it, and the window's Backlog… dialog
opened on it (offscreen), from its construction to its table filled.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from benchmarks.common import OUT, best_of, figure
from pactdesk.domain.enums import ActionStatus, MeetingStatus, MinutesStatus
from pactdesk.domain.models import Cluster, Meeting
from pactdesk.services import actions, agenda, backlog, workspace
from pactdesk.store.database import Database

ITEMS = 30
TOPICS = 1000


def _busiest(db: Database) -> str:
    with db.read() as session:
        return str(
            session.scalar(
                select(Cluster.code)
                .join(Meeting, Meeting.cluster_id == Cluster.id)
                .group_by(Cluster.code)
                .order_by(func.count().desc())
                .limit(1)
            )
        )


def _meetings(db: Database, code: str) -> tuple[str, str]:
    """A meeting of the cluster whose minutes are not approved and the next one, and a planned meeting."""
    with db.read() as session:
        rows = session.execute(
            select(Meeting.ref, Meeting.status, Meeting.minutes_status)
            .join(Cluster, Cluster.id == Meeting.cluster_id)
            .where(Cluster.code == code, Meeting.status != MeetingStatus.CANCELLED)
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
    editable = [ref for ref, _, minutes in rows if minutes is not MinutesStatus.APPROVED]
    planned = [ref for ref, status, _ in rows if status is MeetingStatus.PLANNED]
    if len(editable) < 2 or not planned:
        raise SystemExit(f"{code}: the demo has no two meetings with minutes not approved, or no planned one")
    return editable[-2], planned[-1]


def _times(pairs: list[tuple[Callable[[], Any], Callable[[Any], Any]]]) -> tuple[list[float], list[float]]:
    """Each change and its undo timed, in milliseconds."""
    done, undone = [], []
    for change, undo in pairs:
        started = time.perf_counter()
        kept = change()
        done.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        undo(kept)
        undone.append((time.perf_counter() - started) * 1000)
    return done, undone


def _print(name: str, done: list[float], undone: list[float]) -> None:
    figure(f"{name}, median", statistics.median(done), "ms", f"slowest {max(done):,.1f} ms")
    figure(f"{name} undone, median", statistics.median(undone), "ms", f"slowest {max(undone):,.1f} ms")


def run(demo: Path) -> None:
    copy = OUT / "backlog.sqlite"
    for stale in OUT.glob("backlog.sqlite*"):
        stale.unlink()
    shutil.copyfile(demo, copy)
    db = workspace.open_workspace(workspace.location(str(copy)))
    try:
        code = _busiest(db)
        ref, planned = _meetings(db, code)
        items = []
        for number in range(ITEMS):
            item = agenda.add_agenda_item(db, ref, f"Topic {number}", planned_minutes=10, minutes="Discussed. " * 40)
            actions.create_action(db, f"Follow up {number}", meeting_ref=ref, agenda_item_id=item)
            actions.create_action(db, f"Done {number}", meeting_ref=ref, agenda_item_id=item, status=ActionStatus.DONE)
            items.append(item)
        with db.read() as session:
            count = session.scalar(select(func.count()).select_from(Meeting).join(Cluster).where(Cluster.code == code))
            figure(f"{code}: meetings of the cluster", count or 0, "", f"items moved from {ref}")

        _print(
            "park an item",
            *_times([(lambda i=i: backlog.park(db, i), lambda kept: backlog.unpark(db, kept)) for i in items]),
        )
        _print(
            "move an item to the next meeting",
            *_times(
                [(lambda i=i: backlog.move_to_next(db, i), lambda kept: backlog.move_back(db, kept)) for i in items]
            ),
        )
        _print(
            "duplicate an item",
            *_times([(lambda i=i: backlog.duplicate(db, i), lambda kept: agenda.remove_item(db, kept)) for i in items]),
        )
        topics = [backlog.add_topic(db, code, f"Topic for later {n}", minutes="Notes. " * 20) for n in range(TOPICS)]
        _print(
            f"pull a topic into {planned}",
            *_times(
                [
                    (lambda t=t: backlog.pull(db, t, planned), lambda kept: backlog.unpull(db, kept))
                    for t in topics[:ITEMS]
                ]
            ),
        )
        figure(f"backlog of {TOPICS:,} topics, listed", best_of(5, lambda: backlog.backlog(db, code)) * 1000, "ms")
        _dialog(db, planned)
    finally:
        db.close()


def _dialog(db: Database, ref: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from pactdesk.gui.meetings.backlog_dialog import BacklogDialog

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()

    def opened() -> None:
        dialog = BacklogDialog(db, stack, ref, lambda: None)
        dialog.show()
        app.processEvents()
        assert dialog.model.rowCount() == TOPICS
        dialog.close()
        dialog.deleteLater()

    figure(f"Backlog… dialog of {TOPICS:,} topics, shown", best_of(5, opened) * 1000, "ms")
