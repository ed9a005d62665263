"""The edits between versions of a meeting's minutes, read from the audit log: one line per person per record per
few minutes, with the fields changed and the number of saves; a version closes every run. Both backends."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from pactdesk.domain.enums import AttendanceStatus, MinutesStatus
from pactdesk.domain.models import AuditEntry
from pactdesk.services import agenda, attendance, directory, meetings, minutes_edits
from pactdesk.store.database import Database


@pytest.fixture
def ref(database: Database) -> str:
    return meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")


def test_saves_of_one_item_close_together_are_one_edit(database: Database, ref: str) -> None:
    item = agenda.add_agenda_item(database, ref, "Training")
    for text in ("Two", "Two courses", "Two courses are planned."):
        agenda.set_item_field(database, item, "minutes", text)
    agenda.set_item_field(database, item, "title", "Training plan")
    runs = [run for run in minutes_edits.edits(database, ref) if run.table_name == "agenda_item"]
    [run] = runs
    assert run.saves == 5 and run.actions == {"insert", "update"}
    assert {"minutes", "title"} <= set(run.fields)
    assert run.item == "1. Training plan" and run.actor
    agenda.add_decision(database, item, "Adopted.")
    [run] = [run for run in minutes_edits.edits(database, ref) if run.table_name == "agenda_item"]
    assert run.saves > 5 and run.fields[-1] == "decisions", "a decision is told as a change of its item"
    attendance.set_attendance(database, ref, directory.add_person(database, "Ana"), AttendanceStatus.PRESENT)
    attendance.set_attendance(database, ref, directory.add_person(database, "Rui"), AttendanceStatus.REMOTE)
    [came] = [run for run in minutes_edits.edits(database, ref) if run.table_name == "attendance"]
    assert came.saves >= 2 and came.record_id is None, "who came is one part, whoever was added"


def test_a_pause_or_a_version_starts_a_new_edit(database: Database, ref: str) -> None:
    item = agenda.add_agenda_item(database, ref, "Training")
    agenda.set_item_field(database, item, "minutes", "First draft.")
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED)  # a version closes the run
    agenda.set_item_field(database, item, "minutes", "Corrected after circulation.")
    runs = [run for run in minutes_edits.edits(database, ref) if run.table_name == "agenda_item"]
    assert [run.saves for run in runs] == [2, 1]
    # The same person saving again a quarter of an hour later is a new edit too.
    with database.write() as session:  # the log as if those saves were a quarter of an hour ago
        for entry in session.scalars(select(AuditEntry)):
            entry.at -= timedelta(minutes=15)
    agenda.set_item_field(database, item, "minutes", "Corrected again.")
    runs = [run for run in minutes_edits.edits(database, ref) if run.table_name == "agenda_item"]
    assert [run.saves for run in runs] == [2, 1, 1]
    assert runs[-1].first > runs[-2].last + minutes_edits.QUIET
    assert all(isinstance(run.first, datetime) for run in runs)
