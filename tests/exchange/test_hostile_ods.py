"""Hostile and broken .ods files are refused with one plain sentence, quickly and in bounded memory: not a zip, not
a spreadsheet whatever its mimetype says, password-protected, zip bombs, entity bombs, repeats claiming a million
rows or columns, more rows or cells than the limits, a cell far longer than any, broken XML. The file's content, not
its name, says which format it is."""

from __future__ import annotations

import contextlib
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pactdesk.domain.errors import RefusedFileError
from pactdesk.exchange.ods_write import export_ods
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_safety import Limits
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import actions, meetings, workspace
from pactdesk.store.database import Database

from .test_hostile_files import BILLION_LAUGHS

NAMESPACES = (
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
HEAD = b"<office:document-content " + NAMESPACES + b"><office:body><office:spreadsheet>"
TAIL = b"</office:spreadsheet></office:body></office:document-content>"
HEADER_ROW = (
    b'<table:table-row><table:table-cell office:value-type="string"><text:p>Ref</text:p></table:table-cell>'
    b'<table:table-cell office:value-type="string"><text:p>Title</text:p></table:table-cell>'
    b'<table:table-cell office:value-type="string"><text:p>Cluster</text:p></table:table-cell></table:table-row>'
)


def task_row(title: bytes) -> bytes:
    return (
        b"<table:table-row><table:table-cell/>"
        b'<table:table-cell office:value-type="string"><text:p>' + title + b"</text:p></table:table-cell>"
        b'<table:table-cell office:value-type="string"><text:p>AEC</text:p></table:table-cell></table:table-row>'
    )


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A database for the checks, which only read it."""
    folder = tmp_path_factory.mktemp("hostile-ods")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(folder / "home"))
        database = workspace.open_workspace(workspace.location(str(folder / "shared.sqlite")))
        try:
            meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
            actions.create_action(database, "Send the report", cluster_code="AEC")
            yield database
        finally:
            database.close()


@pytest.fixture(scope="module")
def exported(shared: Database, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exported") / "export.ods"
    export_ods(shared, path)
    return path


def ods(
    path: Path, content: bytes | Iterator[bytes], *, mimetype: bytes | None = b"", parts: dict[str, bytes] | None = None
) -> Path:
    """An .ods holding ``content`` (streamed into the zip, so a bomb is made in little memory), and ``parts``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype or b"application/vnd.oasis.opendocument.spreadsheet")
        with archive.open("content.xml", "w") as stream:
            for piece in [content] if isinstance(content, bytes) else content:
                stream.write(piece)
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return path


def actions_sheet(*rows: bytes) -> bytes:
    return HEAD + b'<table:table table:name="Actions">' + HEADER_ROW + b"".join(rows) + b"</table:table>" + TAIL


def refused(
    database: Database, path: Path, *, limits: Limits | None = None, seconds: float = 2.0, named: bool = True
) -> str:
    started = time.perf_counter()
    with pytest.raises(RefusedFileError) as refusal:
        check_workbook(database, path, limits=limits)
    assert time.perf_counter() - started < seconds
    message = str(refusal.value)
    assert "\n" not in message and "Traceback" not in message
    if named:
        assert path.name in message
    return message


def peak_memory(work: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        with contextlib.suppress(RefusedFileError):
            work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# -- a sound file first: the checks below refuse only what they must -------------------------------------------


def test_a_hand_made_ods_is_read(shared: Database, tmp_path: Path) -> None:
    path = ods(tmp_path / "hand.ods", actions_sheet(task_row(b"Write the plan"), task_row(b"Send it  &amp; file it")))
    plan = check_workbook(shared, path)
    assert plan.ok, plan.report()
    assert plan.counts["Actions"].created == 2


def test_empty_rows_and_cells_repeated_to_the_sheets_end_are_read_as_nothing(shared: Database, tmp_path: Path) -> None:
    """LibreOffice writes a sheet's unused rows and columns as repeats up to its last; nothing is made of them."""
    tail = (
        b'<table:table-row table:number-rows-repeated="1048570">'
        b'<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    path = ods(tmp_path / "tail.ods", actions_sheet(task_row(b"Write the plan"), tail))
    started = time.perf_counter()
    plan = check_workbook(shared, path)
    assert time.perf_counter() - started < 2
    assert plan.ok and plan.counts["Actions"].created == 1, plan.report()
    assert peak_memory(lambda: check_workbook(shared, path)) < 4 * 2**20


def test_the_content_decides_the_format_not_the_name(shared: Database, exported: Path, tmp_path: Path) -> None:
    as_xlsx = tmp_path / "really-ods.xlsx"
    as_xlsx.write_bytes(exported.read_bytes())
    assert check_workbook(shared, as_xlsx).ok
    excel = tmp_path / "really-xlsx.ods"
    export_workbook(shared, excel)
    assert check_workbook(shared, excel).ok


# -- not a spreadsheet ----------------------------------------------------------------------------------------------


def test_a_text_file_named_ods_is_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "minutes.ods"
    path.write_text("Ref,Title\nAEC-A0001,Send the report\n", encoding="utf-8")
    assert "minutes.ods is not an OpenDocument spreadsheet (.ods)" in refused(shared, path)


def test_an_empty_file_and_a_missing_one_are_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.ods"
    path.write_bytes(b"")
    assert "is not an OpenDocument spreadsheet (.ods)" in refused(shared, path)
    with pytest.raises(RefusedFileError, match="There is no file"):
        check_workbook(shared, tmp_path / "nowhere.ods")


def test_a_zip_that_is_not_a_spreadsheet_is_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "photos.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "sunny")
    assert "photos.ods is a zip file but not an OpenDocument spreadsheet (.ods)" in refused(shared, path)


def test_a_text_document_is_refused_by_its_mimetype(shared: Database, tmp_path: Path) -> None:
    path = ods(tmp_path / "letter.ods", b"<x/>", mimetype=b"application/vnd.oasis.opendocument.text")
    assert "letter.ods is a text document, not a spreadsheet" in refused(shared, path)


def test_a_mimetype_that_lies_is_found_out_by_the_content(shared: Database, tmp_path: Path) -> None:
    body = b"<office:document-content " + NAMESPACES + b"><office:body><office:text><text:p>Dear all</text:p>"
    path = ods(tmp_path / "liar.ods", body + b"</office:text></office:body></office:document-content>")
    assert "liar.ods holds no spreadsheet" in refused(shared, path)
    strange = ods(tmp_path / "strange.ods", b"<x/>", mimetype=b"image/png")
    assert "strange.ods is not an OpenDocument spreadsheet" in refused(shared, strange)


def test_a_password_protected_spreadsheet_is_refused(shared: Database, tmp_path: Path) -> None:
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>'
    )
    path = ods(tmp_path / "locked.ods", b"\x8f\x01 not xml", parts={"META-INF/manifest.xml": manifest})
    assert "locked.ods is password-protected; save it without a password" in refused(shared, path)


def test_an_old_excel_file_named_ods_is_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "old.ods"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    assert "Save it as an OpenDocument spreadsheet (.ods)" in refused(shared, path)


def test_a_truncated_file_and_broken_xml_are_refused(shared: Database, exported: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.ods"
    cut.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    assert "cut.ods" in refused(shared, cut)
    broken = ods(tmp_path / "broken.ods", actions_sheet(task_row(b"Write the plan"))[:-40])
    assert "broken.ods is damaged: its content could not be read" in refused(shared, broken)


# -- bombs -------------------------------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_quickly_in_little_memory(shared: Database, tmp_path: Path) -> None:
    blanks = b" " * 2**20
    path = ods(tmp_path / "bomb.ods", iter([HEAD, *[blanks] * 50, TAIL]))
    assert path.stat().st_size < 2**20
    assert "bomb.ods unpacks to far more than its size (a “zip bomb”)" in refused(shared, path, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path)) < 2 * 2**20


@pytest.mark.parametrize("where", ["content", "styles"])
def test_an_entity_bomb_is_refused_in_little_memory(shared: Database, tmp_path: Path, where: str) -> None:
    bomb = BILLION_LAUGHS + actions_sheet(task_row(b"&lol9;"))
    if where == "content":
        path = ods(tmp_path / "laughs.ods", bomb)
        part = "content.xml"
    else:
        path = ods(tmp_path / "laughs.ods", actions_sheet(task_row(b"Plan")), parts={"styles.xml": bomb})
        part = "styles.xml"
    assert f"laughs.ods declares XML entities (in {part})" in refused(shared, path, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path)) < 2 * 2**20


def test_entities_hidden_after_a_long_prolog_are_still_refused(shared: Database, tmp_path: Path) -> None:
    padded = (
        b'<?xml version="1.0"?><!--'
        + b"x" * 100_000
        + b'--><!DOCTYPE w [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        + actions_sheet(task_row(b"&secret;"))
    )
    message = refused(shared, ods(tmp_path / "padded.ods", padded))
    assert "padded.ods declares XML entities (in content.xml)" in message and "root:" not in message


def test_a_row_with_something_repeated_a_million_times_is_refused_at_once(shared: Database, tmp_path: Path) -> None:
    bomb = (
        b'<table:table-row table:number-rows-repeated="1048576">'
        b'<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    )
    path = ods(tmp_path / "repeats.ods", actions_sheet(bomb))
    assert path.stat().st_size < 2_000
    assert "repeats.ods has a sheet of more than" in refused(shared, path, seconds=1)
    fewer = ods(tmp_path / "repeats.ods", actions_sheet(bomb.replace(b"1048576", b"600000")))
    assert "repeats.ods has a sheet of more than 500,000 rows" in refused(shared, fewer, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path)) < 2 * 2**20


def test_rows_repeated_past_a_spreadsheets_last_row_are_refused(shared: Database, tmp_path: Path) -> None:
    empty = b'<table:table-row table:number-rows-repeated="999999999999"><table:table-cell/></table:table-row>'
    path = ods(tmp_path / "endless.ods", actions_sheet(empty))
    assert "more than 1,048,576 rows" in refused(shared, path, seconds=1)


def test_cells_repeated_past_a_rows_last_column_are_refused(shared: Database, tmp_path: Path) -> None:
    wide = (
        b'<table:table-row><table:table-cell table:number-columns-repeated="16385" office:value-type="float" '
        b'office:value="1"/></table:table-row>'
    )
    path = ods(tmp_path / "wide.ods", actions_sheet(wide))
    assert "wide.ods has a row of more than 16,384 cells" in refused(shared, path, seconds=1)
    empty = b'<table:table-row><table:table-cell table:number-columns-repeated="99999999"/></table:table-row>'
    assert "a row of more than" in refused(shared, ods(tmp_path / "wide.ods", actions_sheet(empty)), seconds=1)


def test_more_cells_than_the_limit_are_refused_before_they_are_made(shared: Database, tmp_path: Path) -> None:
    full = (
        b'<table:table-row table:number-rows-repeated="400000"><table:table-cell table:number-columns-repeated="16000" '
        b'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    )
    path = ods(tmp_path / "cells.ods", actions_sheet(full))
    message = refused(shared, path, seconds=1)
    assert "cells.ods has more than 10,000,000 cells holding something" in message
    assert peak_memory(lambda: check_workbook(shared, path)) < 2 * 2**20


def test_more_rows_than_the_limit_are_refused(shared: Database, tmp_path: Path) -> None:
    path = ods(tmp_path / "rows.ods", actions_sheet(*[task_row(b"Task %d" % n) for n in range(10)]))
    assert "more than 5 rows" in refused(shared, path, limits=Limits(rows=5))
    assert check_workbook(shared, path, limits=Limits(rows=10)).ok  # exactly the limit


def test_many_rows_are_refused_in_little_memory(shared: Database, tmp_path: Path) -> None:
    def pieces() -> Iterator[bytes]:
        yield HEAD + b'<table:table table:name="Actions">' + HEADER_ROW
        row = task_row(b"Task")
        for _ in range(30):
            yield row * 10_000
        yield b"</table:table>" + TAIL

    path = ods(tmp_path / "many.ods", pieces())
    limits = Limits(rows=1_000, ratio=100_000)  # rows alike compress far better than a workbook's
    assert "many.ods has a sheet of more than 1,000 rows" in refused(shared, path, limits=limits, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path, limits=limits)) < 4 * 2**20


def test_a_cell_far_longer_than_any_is_refused_in_little_memory(shared: Database, tmp_path: Path) -> None:
    def pieces() -> Iterator[bytes]:
        yield HEAD + b'<table:table table:name="Actions">' + HEADER_ROW
        yield b'<table:table-row><table:table-cell office:value-type="string"><text:p>'
        chunk = b"y" * 2**20
        for _ in range(100):
            yield chunk
        yield b"</text:p></table:table-cell></table:table-row></table:table>" + TAIL

    path = ods(tmp_path / "long.ods", pieces())
    message = refused(shared, path, limits=Limits(ratio=10_000), seconds=2)
    assert "long.ods holds a text far longer than a spreadsheet cell can (in content.xml)" in message
    assert peak_memory(lambda: check_workbook(shared, path, limits=Limits(ratio=10_000))) < 8 * 2**20


def test_a_long_text_made_of_many_spaces_is_refused(shared: Database, tmp_path: Path) -> None:
    spaces = b'<text:s text:c="999999999"/>' * 3
    path = ods(tmp_path / "spaces.ods", actions_sheet(task_row(b"a" + spaces)))
    assert "spaces.ods holds a text far longer than a spreadsheet cell can" in refused(shared, path, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path)) < 4 * 2**20


def test_an_over_long_cell_within_the_limits_is_a_problem_not_a_crash(shared: Database, tmp_path: Path) -> None:
    path = ods(tmp_path / "long.ods", actions_sheet(task_row(b"y" * 100_000)))
    plan = check_workbook(shared, path)
    assert [(problem.sheet, problem.row, problem.column) for problem in plan.problems] == [("Actions", 2, "Title")]
    assert "too long (100,000 characters; at most 5,000)" in plan.problems[0].text
