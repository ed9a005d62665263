"""Export, import into an empty database, export again: the same cell values, whatever text people typed
(formula starters, markup, quotes, line breaks, accents, other scripts, emoji) and on realistic demo data,
and also after the workbook has been through LibreOffice."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pactdesk.domain import validation
from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MinutesStatus, OutputStatus
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import actions, agenda, attendance, demo, directory, meetings, outputs, workspace
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database

SPECIAL = [
    "=",
    "+",
    "-",
    "@",
    "<b>",
    "&amp;",
    "&",
    '"',
    "'",
    "\n",
    "\t",
    "é",
    "ç",
    "Ж",
    "Ω",
    "中文",
    "😀",
    " <img src=x>",
]

# Characters XML 1.0 forbids are refused where text is typed (tests/exchange/test_forbidden_characters.py).
texts = st.lists(
    st.one_of(
        st.sampled_from(SPECIAL),
        st.text(st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"), max_size=8),
    ),
    min_size=1,
    max_size=6,
).map("".join)


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            name: [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
            for name in workbook.sheetnames
            if name != "About"
        }
    finally:
        workbook.close()


def fresh(folder: Path, name: str) -> Database:
    return workspace.open_workspace(workspace.location(str(folder / name)))


def round_trip(source: Database, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    first = folder / "first.xlsx"
    export_workbook(source, first)
    target = fresh(folder, "copy.sqlite")
    try:
        plan = check_workbook(target, first)
        assert plan.ok, plan.report()
        apply_import(target, plan)
        second = folder / "second.xlsx"
        export_workbook(target, second)
    finally:
        target.close()
    return cells(first), cells(second)


def fill(db: Database, words: list[str]) -> None:
    """One of everything, each text field holding one of ``words``."""
    w = itertools.cycle(words)
    organisation = directory.add_organisation(db, f"Org {next(w)}", acronym="ORG")
    person = directory.add_person(db, f"P {next(w)}", organisation_id=organisation, role=next(w))
    ref = meetings.create_meeting(
        db, "AEC", title=next(w), starts_at="2025-03-04 10:00", ends_at="2025-03-04 12:00", location=next(w)
    )
    attendance.set_attendance(db, ref, person, AttendanceStatus.PRESENT)
    item = agenda.add_agenda_item(db, ref, next(w), presenter=next(w), planned_minutes=15, minutes=next(w))
    agenda.add_decision(db, item, next(w))
    action = actions.create_action(
        db, next(w), meeting_ref=ref, owner_person_id=person, due_on="2025-04-01", goal_numbers=[2, 7]
    )
    actions.add_update(db, action, next(w), on="2025-03-20")
    outputs.create_output(
        db,
        "AEC",
        5,
        next(w),
        on="2025-05-05",
        status=OutputStatus.IN_PROGRESS,
        progress=30,
        evidence=next(w),
        meeting_refs=[ref],
    )
    meetings.set_meeting_field(db, ref, "minutes_status", MinutesStatus.APPROVED)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(texts, min_size=4, max_size=4))
def test_any_text_survives_export_import_export(words: list[str]) -> None:
    assume(all(validation.clean_text(word) for word in words))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = fresh(folder, "source.sqlite")
        try:
            fill(source, words)
            first, second = round_trip(source, folder)
        finally:
            source.close()
    assert first == second
    everything = "\n".join(str(value) for rows in first.values() for row in rows for value in row)
    for word in words:
        assert validation.clean_text(word)[:20] in everything


def test_demo_data_survives_export_import_export(tmp_path: Path, database: Database) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    first, second = round_trip(database, tmp_path)
    assert first == second
    assert len(first["Actions"]) > 100 and len(first["Attendance"]) > 100
    assert {row[6] for row in first["Actions"][1:]} >= {ActionStatus.OPEN.value, ActionStatus.DONE.value}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_imports_with_no_problems(tmp_path: Path, database: Database) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    fill(database, ["=1+1", "+351 21", "-minus", "@home", "<b>bold</b> & co", "naïve 中文 😀"])
    exported = tmp_path / "exported.xlsx"
    export_workbook(database, exported)
    out = tmp_path / "libreoffice"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(exported),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = out / "exported.xlsx"
    plan = check_workbook(database, resaved)
    assert plan.ok, plan.report()
    assert plan.changed == 0, plan.report()
    assert sum(counts.unchanged for counts in plan.counts.values()) > 1000
