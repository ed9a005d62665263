"""Helpers for the workbook tests: hand-made workbooks, parts rewritten in a zip, a dump of a database file."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from pactdesk.domain.enums import MinutesStatus
from pactdesk.services import actions, agenda, attendance, directory, meetings, outputs
from pactdesk.services.workbook.plan import ImportPlan
from pactdesk.store.database import Database

Sheets = Mapping[str, Sequence[Sequence[Any]]]


def make_workbook(path: Path, sheets: Sheets) -> Path:
    """A workbook as a person would make one: one sheet per entry, its rows as given (an empty row stays empty)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(number, column, value)
    workbook.save(path)
    return path


def where(plan: ImportPlan) -> list[tuple[str, int | None, str | None]]:
    return [(problem.sheet, problem.row, problem.column) for problem in plan.problems]


def rewrite_parts(source: Path, target: Path, parts: Mapping[str, bytes]) -> Path:
    """A copy of the zip ``source`` with some parts replaced (or added)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in parts:
                new.writestr(info.filename, old.read(info.filename))
        for name, data in parts.items():
            new.writestr(name, data)
    return target


def read_part(source: Path, part: str) -> bytes:
    with zipfile.ZipFile(source) as archive:
        return archive.read(part)


def sheet_part(source: Path, sheet: str) -> str:
    """The zip part holding the worksheet called ``sheet``."""
    workbook = openpyxl.load_workbook(io.BytesIO(source.read_bytes()), read_only=True)
    try:
        names = workbook.sheetnames
    finally:
        workbook.close()
    return f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the database file, in a stable order."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


class Base:
    """What ``add_base_records`` made: ids and references the tests point at."""

    ana: int
    joao_one: int
    joao_two: int
    dup_one: int
    meeting: str  # AEC, draft minutes
    other_meeting: str  # AUTO
    locked: str  # AEC, approved minutes, with attendance, an agenda item and a decision
    action: str
    output: str
    item: int


def add_base_records(db: Database) -> Base:
    """A few records of each kind, including two people with the same name and an approved (locked) meeting."""
    base = Base()
    with db.read() as session:
        iapmei = directory.organisation_by_name(session, "IAPMEI").id
    base.ana = directory.add_person(db, "Ana Silva", organisation_id=iapmei, email="ana@example.pt", role="Officer")
    base.joao_one = directory.add_person(db, "João Costa", email="joao.one@example.pt")
    base.joao_two = directory.add_person(db, "João Costa", email="joao.two@example.pt")
    base.dup_one = directory.add_organisation(db, "Duplicate One", acronym="DUP")
    directory.add_organisation(db, "Duplicate Two", acronym="DUP")
    base.meeting = meetings.create_meeting(
        db, "AEC", title="Kick-off", starts_at="2025-02-03 10:00", ends_at="2025-02-03 12:00"
    )
    base.other_meeting = meetings.create_meeting(db, "AUTO", title="Automotive review", starts_at="2025-02-10 10:00")
    base.locked = meetings.create_meeting(
        db, "AEC", title="Approved one", starts_at="2025-03-03 10:00", ends_at="2025-03-03 12:00"
    )
    attendance.set_attendance(db, base.locked, base.ana, None)
    base.item = agenda.add_agenda_item(db, base.locked, "Opening", presenter="Chair", planned_minutes=10)
    agenda.add_decision(db, base.item, "The plan is approved.")
    meetings.set_meeting_field(db, base.locked, "minutes_status", MinutesStatus.APPROVED)
    base.action = actions.create_action(
        db, "Send the report", meeting_ref=base.meeting, due_on=date(2025, 3, 31), goal_numbers=(2,)
    )
    base.output = outputs.create_output(db, "AEC", 2, "First review", on=date(2025, 2, 3), meeting_refs=(base.meeting,))
    return base
