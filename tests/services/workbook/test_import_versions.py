"""A workbook that sets the status of a meeting's minutes keeps a version of them, as the window does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pactdesk.domain.enums import MinutesStatus
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.services import minutes_versions
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.workbooks import add_base_records, make_workbook


def test_an_imported_status_of_the_minutes_keeps_a_version(database: Database, tmp_path: Path) -> None:
    add_base_records(database)
    sheets = {
        "Meetings": [
            ["Ref", "Cluster", "Title", "Start", "Minutes status"],
            ["AEC-2025-01", "AEC", "Kick-off", "2025-02-03 10:00", "approved"],
            ["AEC-2025-07", "AEC", "New, circulated", "2025-05-05 10:00", "circulated"],
            ["AEC-2025-08", "AEC", "New, a draft", "2025-05-06 10:00", "draft"],
        ],
        "Agenda": [["Meeting", "No.", "Title", "Minutes"], ["AEC-2025-07", 1, "Welcome", "All welcomed."]],
    }
    plan = check_workbook(database, make_workbook(tmp_path / "statuses.xlsx", sheets), today=date(2025, 6, 1))
    assert plan.ok, plan.report()
    apply_import(database, plan, today=date(2025, 6, 1))
    [approved] = minutes_versions.history(database, "AEC-2025-01")
    assert (approved.minutes_status, approved.reason) == (MinutesStatus.APPROVED, "Imported from a workbook.")
    [circulated] = minutes_versions.history(database, "AEC-2025-07")
    assert circulated.minutes_status is MinutesStatus.CIRCULATED
    kept = minutes_versions.stored_content(database, "AEC-2025-07", 1)
    assert kept["agenda"][0]["minutes"] == "All welcomed.", "kept once the agenda was in"
    assert minutes_versions.history(database, "AEC-2025-08") == [], "a draft is where every meeting starts"
    # Importing the same statuses again changes nothing, and keeps no more versions.
    again = check_workbook(database, make_workbook(tmp_path / "again.xlsx", sheets), today=date(2025, 6, 1))
    if again.changed:
        apply_import(database, again, today=date(2025, 6, 1))
    assert len(minutes_versions.history(database, "AEC-2025-01")) == 1
