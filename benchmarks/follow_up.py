"""Follow-up on a large database: the action tracker's first page and filter changes, the dashboard, the output
matrix and the goals view. The database is opened for reading only, so the file is left as it was."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.common import best_of, figure
from pactdesk.domain.enums import ActionStatus
from pactdesk.services import dashboard, goal_view, outputs, tracker, workspace
from pactdesk.services.tracker import ActionFilter, ActionSort, TrackerColumn
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation

AS_OF = date(2026, 11, 24)  # the day benchmarks.common builds the demo as of
STILL_OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def _shown(db: Database, wanted: ActionFilter, sort: ActionSort | None = None) -> None:
    """What the tracker does when its filter changes: count the rows, fetch the first page."""
    tracker.count_actions(db, wanted)
    tracker.action_page(db, wanted, sort, 0, 200)


def _seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def run(path: Path) -> None:
    db = workspace.open_workspace(DatabaseLocation.for_file(path), readonly=True)
    try:
        everything = ActionFilter(today=AS_OF)
        figure("tracker: first page, cold (count + 200 rows)", _seconds(lambda: _shown(db, everything)) * 1000, "ms")
        figure("tracker: first page (count + 200 rows)", best_of(5, lambda: _shown(db, everything)) * 1000, "ms")

        person = next(choice.person_id for choice in tracker.owner_choices(db) if choice.person_id is not None)
        changes: list[tuple[ActionFilter, ActionSort | None]] = [
            (ActionFilter(today=AS_OF, cluster_codes=("AEC",)), None),
            (ActionFilter(today=AS_OF, statuses=STILL_OPEN), None),
            (ActionFilter(today=AS_OF, overdue=True), None),
            (ActionFilter(today=AS_OF, due_within_days=14), None),
            (ActionFilter(today=AS_OF, goal=3), None),
            (ActionFilter(today=AS_OF, owner_person_id=person), None),
            (ActionFilter(today=AS_OF, text="draft"), None),
            (ActionFilter(today=AS_OF, text="partners report"), None),
            (ActionFilter(today=AS_OF, statuses=STILL_OPEN, overdue=True, cluster_codes=("HCP", "TEX")), None),
            (everything, ActionSort(TrackerColumn.OWNER)),
            (everything, ActionSort(TrackerColumn.AGE, descending=True)),
        ]
        times = [_seconds(lambda wanted=wanted, sort=sort: _shown(db, wanted, sort)) for wanted, sort in changes]
        figure("tracker: filter change, median", statistics.median(times) * 1000, "ms", f"({len(times)} changes)")
        figure("tracker: filter change, slowest", max(times) * 1000, "ms")
        figure("tracker: owner choices", best_of(5, lambda: tracker.owner_choices(db)) * 1000, "ms")

        figure("dashboard: all clusters", best_of(5, lambda: dashboard.dashboard(db, today=AS_OF)) * 1000, "ms")
        figure("dashboard: one cluster", best_of(5, lambda: dashboard.dashboard(db, "AEC", today=AS_OF)) * 1000, "ms")
        figure("output matrix: all clusters", best_of(5, lambda: outputs.output_matrix(db)) * 1000, "ms")
        cell = best_of(5, lambda: outputs.outputs_in_cell(db, "AEC", 5))
        figure("output matrix: one cell's records", cell * 1000, "ms")
        figure("goals view: all clusters", best_of(5, lambda: goal_view.goal_view(db)) * 1000, "ms")
    finally:
        db.close()
