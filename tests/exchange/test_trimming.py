"""README: every text PactDesk stores is trimmed of blanks, tabs and line breaks at both ends, typed or imported;
the line breaks inside it stay, and a formula-like start stays text."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import meetings
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database


def test_a_cell_beginning_with_a_tab_or_a_line_break_comes_back_trimmed(database: Database, tmp_path: Path) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    book_path = tmp_path / "book.xlsx"
    export_workbook(database, book_path)
    book = openpyxl.load_workbook(book_path)
    sheet = book["Meetings"]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[header.index("Ref")].value == ref)
    row[header.index("Title")].value = "\t\n=Kick-off\nsecond line \t"
    book.save(book_path)
    plan = check_workbook(database, book_path)
    assert not plan.problems, plan.problems
    apply_import(database, plan)
    assert meetings.meeting_detail(database, ref).title == "=Kick-off\nsecond line"
