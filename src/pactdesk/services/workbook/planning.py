"""Planning an import: each sheet's rows checked against the database and the sheets planned before it, giving what
would be created, updated and left unchanged, and every problem by sheet, row and column. Nothing here writes;
``writing`` does."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pactdesk.services.workbook import tables
from pactdesk.services.workbook.plan import ImportPlan, Rows, SheetCounts
from pactdesk.services.workbook.plan_directory import ClustersSheet, OrganisationsSheet, PeopleSheet
from pactdesk.services.workbook.plan_follow_up import ActionsSheet, OutputsSheet
from pactdesk.services.workbook.plan_meetings import AgendaSheet, AttendanceSheet, DecisionsSheet, MeetingsSheet
from pactdesk.services.workbook.sheet_planner import Known, SheetPlanner
from pactdesk.services.workbook.tables import Table
from pactdesk.store.database import Database

PLANNERS: dict[str, type[SheetPlanner]] = {
    tables.CLUSTERS.sheet: ClustersSheet,
    tables.ORGANISATIONS.sheet: OrganisationsSheet,
    tables.PEOPLE.sheet: PeopleSheet,
    tables.MEETINGS.sheet: MeetingsSheet,
    tables.ATTENDANCE.sheet: AttendanceSheet,
    tables.AGENDA.sheet: AgendaSheet,
    tables.DECISIONS.sheet: DecisionsSheet,
    tables.ACTIONS.sheet: ActionsSheet,
    tables.OUTPUTS.sheet: OutputsSheet,
}
"""The planner of each sheet's rows, by sheet name."""


def plan_import(
    db: Database,
    sheets: Iterable[tuple[Table, Rows]],
    *,
    plan: ImportPlan | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Check every row of ``sheets`` (in ``tables.IMPORT_ORDER``) against the database; nothing is written.

    ``plan`` may already hold problems found while reading the cells; the rows' problems are added to it.
    """
    plan = plan if plan is not None else ImportPlan()
    today = today or date.today()
    with db.read() as session:
        known = Known(session)
        for table, rows in sheets:
            plan.counts[table.sheet] = SheetCounts()
            plan.changes[table.sheet] = []
            planner = PLANNERS[table.sheet](session, plan, known, table, today)
            planner.prepare()
            planner.plan_rows(rows)
    return plan
