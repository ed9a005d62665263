"""A text longer than any cell can hold is refused while the file is streamed, before openpyxl reads it: a 13 MB
workbook with one 500 MB cell took a gigabyte of memory before it was found too long."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pactdesk.domain.errors import RefusedFileError
from pactdesk.exchange import xlsx_safety
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import actions, meetings
from pactdesk.store.database import Database
from tests.exchange.workbooks import read_part, rewrite_parts, sheet_part


@pytest.fixture
def exported(database: Database, tmp_path: Path) -> Path:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    actions.create_action(database, "Send the report", meeting_ref=ref)
    export_workbook(database, tmp_path / "book.xlsx")
    return tmp_path / "book.xlsx"


@pytest.mark.parametrize("chunk", [xlsx_safety.CHUNK_BYTES, 4_099])  # the text whole in one read, or across many
def test_a_cell_longer_than_any_spreadsheet_holds_is_refused_unparsed(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(xlsx_safety, "CHUNK_BYTES", chunk)
    part = sheet_part(exported, "Actions")
    sheet = read_part(exported, part)
    noise = random.Random(7).randbytes(3 * 1024 * 1024 // 2).hex().encode()  # text that does not compress away
    huge = sheet.replace(b"Send the report", noise)
    assert huge != sheet
    path = rewrite_parts(exported, tmp_path / "huge.xlsx", {part: huge})
    with pytest.raises(RefusedFileError, match="a text far longer than a spreadsheet cell can"):
        xlsx_safety.inspect(path)


def test_texts_up_to_a_cells_limit_pass_the_stream_check(exported: Path, tmp_path: Path) -> None:
    part = sheet_part(exported, "Actions")
    sheet = read_part(exported, part)
    # 32,767 characters, each written as an escaped ampersand: the longest text a cell can hold, in bytes.
    longest = sheet.replace(b"Send the report", b"&amp;" * 32_767)
    xlsx_safety.inspect(rewrite_parts(exported, tmp_path / "longest.xlsx", {part: longest}))
