"""Hostile and broken files are refused with a plain sentence, quickly and in bounded memory; the export never
writes a formula, and awkward characters survive a round trip."""

from __future__ import annotations

import contextlib
import re
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import update

from pactdesk.domain.errors import RefusedFileError
from pactdesk.domain.models import Action, Meeting
from pactdesk.exchange import xlsx_read, xlsx_safety
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_safety import Limits
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import actions, agenda, directory, meetings, workspace
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database

from .workbooks import make_workbook, read_part, rewrite_parts, sheet_part, where

MAIN_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A database for the checks, which only read it."""
    folder = tmp_path_factory.mktemp("hostile")
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
    """A valid workbook as PactDesk exports it (write-only: inline strings, no dimension)."""
    path = tmp_path_factory.mktemp("exported") / "export.xlsx"
    export_workbook(shared, path)
    return path


@pytest.fixture(scope="module")
def hand_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid workbook as a spreadsheet saves it (shared strings, a dimension on every sheet)."""
    path = tmp_path_factory.mktemp("hand") / "hand.xlsx"
    rows = [
        ["Ref", "Title", "Cluster"],
        ["AEC-A0001", "Send the report"],
        *[["", f"Task {n}", "AEC"] for n in range(10)],
    ]
    return make_workbook(path, {"Actions": rows})


@pytest.fixture(scope="module")
def with_shared_strings(hand_made: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-made workbook with one cell's text in a shared-strings part, as Excel writes it."""
    part = sheet_part(hand_made, "Actions")
    sheet = read_part(hand_made, part)
    inline = b'<c r="B3" t="inlineStr"><is><t>Task 0</t></is></c>'
    assert inline in sheet
    types = read_part(hand_made, "[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    strings = b"<sst " + MAIN_NS + b' count="1" uniqueCount="1"><si><t>Shared task</t></si></sst>'
    path = tmp_path_factory.mktemp("strings") / "strings.xlsx"
    return rewrite_parts(
        hand_made,
        path,
        {
            part: sheet.replace(inline, b'<c r="B3" t="s"><v>0</v></c>'),
            "[Content_Types].xml": types,
            "xl/sharedStrings.xml": strings,
        },
    )


def refused(
    database: Database, path: Path, *, limits: Limits | None = None, seconds: float = 2.0, named: bool = True
) -> str:
    """The refusal's message, one line naming the file; the refusal must come quickly."""
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
    """The most memory ``work`` held at once (Python allocations, in bytes)."""
    tracemalloc.start()
    try:
        with contextlib.suppress(RefusedFileError):
            work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def patch_entry(data: bytes, filename: str, *, central: dict[int, bytes], local: dict[int, bytes]) -> bytes:
    """Overwrite fields of one member's local header and central directory entry (offsets from the signature)."""
    raw = bytearray(data)
    name = filename.encode()
    for signature, fields in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        name_at = 30 if signature == b"PK\x03\x04" else 46
        start = 0
        while (start := raw.find(signature, start)) != -1:
            if raw[start + name_at : start + name_at + len(name)] == name:
                for offset, value in fields.items():
                    raw[start + offset : start + offset + len(value)] = value
                break
            start += 4
        else:
            raise AssertionError(f"{filename} not found")
    return bytes(raw)


# -- not a workbook at all -----------------------------------------------------------------------------------------


def test_a_text_file_named_xlsx_is_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "minutes.xlsx"
    path.write_text("Ref,Title\nAEC-A0001,Send the report\n", encoding="utf-8")
    assert "minutes.xlsx is not an Excel workbook (.xlsx)" in refused(shared, path)


def test_an_empty_file_is_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "is not an Excel workbook (.xlsx)" in refused(shared, path)


def test_a_missing_file_is_refused(shared: Database, tmp_path: Path) -> None:
    with pytest.raises(RefusedFileError, match="There is no file"):
        check_workbook(shared, tmp_path / "nowhere.xlsx")


def test_an_old_excel_file_is_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    message = refused(shared, path)
    assert "old-style Excel file (.xls) or is password-protected" in message
    assert "Save it as an Excel workbook (.xlsx)" in message


def test_a_zip_that_is_not_a_workbook_is_refused(shared: Database, tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "sunny")
    assert "photos.xlsx is a zip file but not an Excel workbook (.xlsx)" in refused(shared, path)


def test_a_truncated_workbook_is_refused(shared: Database, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    assert "cut.xlsx is damaged or not an Excel workbook" in refused(shared, path)


def test_a_workbook_with_damaged_compressed_data_is_refused(shared: Database, exported: Path, tmp_path: Path) -> None:
    part = sheet_part(exported, "Organisations")
    with zipfile.ZipFile(exported) as archive:
        info = archive.getinfo(part)
    data = bytearray(exported.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + info.compress_size // 3
    for at in range(start, start + 64):
        data[at] ^= 0x5A
    path = tmp_path / "bitrot.xlsx"
    path.write_bytes(bytes(data))
    assert "bitrot.xlsx is damaged" in refused(shared, path)


def test_a_workbook_with_an_encrypted_part_is_refused(shared: Database, exported: Path, tmp_path: Path) -> None:
    part = sheet_part(exported, "Actions")
    data = exported.read_bytes()
    path = tmp_path / "locked.xlsx"
    path.write_bytes(patch_entry(data, part, central={8: struct.pack("<H", 1)}, local={6: struct.pack("<H", 1)}))
    assert "locked.xlsx is encrypted; save it without a password" in refused(shared, path)


# -- zip bombs -------------------------------------------------------------------------------------------------------


def _bomb(path: Path, source: Path, part: str, megabytes: int) -> Path:
    """``source`` with ``part`` replaced by a worksheet of ``megabytes`` MB of blanks, compressed as it is written."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != part:
                new.writestr(info.filename, old.read(info.filename))
        with new.open(part, "w") as stream:
            stream.write(b"<worksheet " + MAIN_NS + b"><sheetData>")
            blanks = b" " * 2**20
            for _ in range(megabytes):
                stream.write(blanks)
            stream.write(b"</sheetData></worksheet>")
    return path


def test_a_zip_bomb_is_refused_quickly_in_little_memory(shared: Database, exported: Path, tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.xlsx", exported, sheet_part(exported, "Actions"), 50)
    assert path.stat().st_size < 2**20  # 50 MB in less than one
    assert "bomb.xlsx unpacks to far more than its size (a “zip bomb”)" in refused(shared, path, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path)) < 2 * 2**20


def test_a_zip_bomb_that_lies_about_its_size_is_refused_in_little_memory(
    shared: Database, exported: Path, tmp_path: Path
) -> None:
    part = sheet_part(exported, "Actions")
    honest = _bomb(tmp_path / "honest.xlsx", exported, part, 50)
    small = struct.pack("<I", 5_000)
    path = tmp_path / "liar.xlsx"
    path.write_bytes(patch_entry(honest.read_bytes(), part, central={24: small}, local={22: small}))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(part).file_size == 5_000  # the directory claims a small part
    assert "liar.xlsx is damaged" in refused(shared, path)
    assert peak_memory(lambda: check_workbook(shared, path)) < 4 * 2**20


def test_parts_that_unpack_to_more_than_the_limit_are_refused(shared: Database, exported: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        limits = Limits(unpacked_bytes=sum(info.file_size for info in archive.infolist()) - 1)
    assert "(a “zip bomb”), or is larger than PactDesk imports" in refused(shared, exported, limits=limits)
    # The same file within the limits is read.
    assert check_workbook(shared, exported).ok


def test_too_many_parts_are_refused(shared: Database, exported: Path) -> None:
    assert "parts, far more than a workbook has" in refused(shared, exported, limits=Limits(parts=5))


# -- XML entities ----------------------------------------------------------------------------------------------------


def test_an_entity_bomb_in_the_shared_strings_is_refused(
    shared: Database, with_shared_strings: Path, tmp_path: Path
) -> None:
    plan = check_workbook(shared, with_shared_strings)
    assert plan.ok and plan.counts["Actions"].created == 10  # the shared string is read: a sound workbook
    strings = read_part(with_shared_strings, "xl/sharedStrings.xml")
    bomb = BILLION_LAUGHS + strings.replace(b"<t>Shared task</t>", b"<t>&lol9;</t>")
    assert b"&lol9;" in bomb
    path = rewrite_parts(with_shared_strings, tmp_path / "laughs.xlsx", {"xl/sharedStrings.xml": bomb})
    message = refused(shared, path, seconds=1)
    assert "laughs.xlsx declares XML entities (in xl/sharedStrings.xml)" in message
    assert peak_memory(lambda: check_workbook(shared, path)) < 2 * 2**20


def test_an_entity_bomb_in_a_worksheet_is_refused(shared: Database, exported: Path, tmp_path: Path) -> None:
    part = sheet_part(exported, "Actions")
    sheet = read_part(exported, part)
    bomb = BILLION_LAUGHS + sheet.replace(b"<is><t>Send the report</t></is>", b"<is><t>&lol9;</t></is>", 1)
    assert bomb != BILLION_LAUGHS + sheet
    path = rewrite_parts(exported, tmp_path / "laughs.xlsx", {part: bomb})
    assert f"declares XML entities (in {part})" in refused(shared, path, seconds=1)


def test_an_external_entity_is_refused_and_never_read(shared: Database, exported: Path, tmp_path: Path) -> None:
    part = sheet_part(exported, "Actions")
    sheet = read_part(exported, part)
    xxe = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY secret SYSTEM "file:///etc/passwd">]>' + sheet.replace(
        b"<is><t>Send the report</t></is>", b"<is><t>&secret;</t></is>", 1
    )
    path = rewrite_parts(exported, tmp_path / "xxe.xlsx", {part: xxe})
    message = refused(shared, path)
    assert "declares XML entities" in message and "root:" not in message


def test_entities_hidden_after_a_long_prolog_are_still_refused(
    shared: Database, exported: Path, tmp_path: Path
) -> None:
    """The first check reads only the start of a part; the XML parser refuses entities again behind it."""
    part = sheet_part(exported, "Actions")
    sheet = read_part(exported, part)
    padded = (
        b'<?xml version="1.0"?><!--'
        + b"x" * 100_000
        + b'--><!DOCTYPE w [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        + sheet.replace(b"<is><t>Send the report</t></is>", b"<is><t>&secret;</t></is>", 1)
    )
    path = rewrite_parts(exported, tmp_path / "padded.xlsx", {part: padded})
    message = refused(shared, path)
    assert "padded.xlsx declares XML entities, which no spreadsheet needs" in message
    assert "root:" not in message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_entities_in_a_utf16_part_are_refused(shared: Database, exported: Path, tmp_path: Path, encoding: str) -> None:
    part = sheet_part(exported, "Actions")
    sheet = read_part(exported, part).decode("utf-8")
    text = '<?xml version="1.0" encoding="UTF-16"?>' + BILLION_LAUGHS.decode().split("?>", 1)[1] + sheet
    path = rewrite_parts(exported, tmp_path / "wide.xlsx", {part: text.encode(encoding)})
    assert f"wide.xlsx declares XML entities (in {part})" in refused(shared, path)


# -- too many rows, too wide a row, too long a cell -------------------------------------------------------------


def test_more_rows_than_the_limit_are_refused(shared: Database, hand_made: Path) -> None:
    message = refused(shared, hand_made, limits=Limits(rows=5))
    assert "more than 5 rows, more than PactDesk imports at once; split the workbook" in message
    assert check_workbook(shared, hand_made, limits=Limits(rows=11)).ok  # exactly the limit


def test_more_rows_than_the_limit_are_refused_without_a_stated_dimension(
    shared: Database, hand_made: Path, tmp_path: Path
) -> None:
    part = sheet_part(hand_made, "Actions")
    sheet = read_part(hand_made, part)
    assert b"<dimension" in sheet
    path = rewrite_parts(hand_made, tmp_path / "nodim.xlsx", {part: re.sub(rb"<dimension[^>]*/>", b"", sheet)})
    assert "more than 5 rows" in refused(shared, path, limits=Limits(rows=5))


def test_a_sheet_claiming_a_huge_range_is_refused_or_read_without_believing_it(
    shared: Database, hand_made: Path, tmp_path: Path
) -> None:
    """openpyxl sizes a sheet by its stated dimension: a claim of a million rows is refused before it is read.
    python-calamine sizes it by its cells: the claim costs nothing and the twelve rows are read."""
    part = sheet_part(hand_made, "Actions")
    sheet = read_part(hand_made, part)
    huge = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', sheet)
    assert huge != sheet
    path = rewrite_parts(hand_made, tmp_path / "huge.xlsx", {part: huge})
    if xlsx_read.calamine is None:
        message = refused(shared, path, limits=Limits(rows=1_000), named=False)
        assert message == (
            "The Actions sheet has more than 1,000 rows, more than PactDesk imports at once; split the workbook."
        )
        return
    plan = check_workbook(shared, path, limits=Limits(rows=1_000))
    assert plan.ok and plan.counts["Actions"].created == 10, plan.report()
    assert peak_memory(lambda: check_workbook(shared, path, limits=Limits(rows=1_000))) < 4 * 2**20


def _rows_sheet(count: int) -> Iterator[bytes]:
    yield b"<worksheet " + MAIN_NS + b"><sheetData>"
    yield b'<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c></row>'
    for start in range(2, count + 1, 10_000):
        yield b"".join(b'<row r="%d"/>' % number for number in range(start, min(start + 10_000, count + 1)))
    yield b"</sheetData></worksheet>"


def _with_sheet(path: Path, source: Path, part: str, pieces: Iterator[bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != part:
                new.writestr(info.filename, old.read(info.filename))
        with new.open(part, "w") as stream:
            for piece in pieces:
                stream.write(piece)
    return path


def test_more_cells_than_the_limit_are_refused_before_any_reader_holds_them(shared: Database, hand_made: Path) -> None:
    """python-calamine holds a sheet whole while it is read: its cells are counted before it is opened."""
    assert "hand.xlsx has more than 20 cells holding something" in refused(shared, hand_made, limits=Limits(cells=20))
    assert check_workbook(shared, hand_made, limits=Limits(cells=40)).ok


def test_many_rows_without_a_dimension_are_refused_before_any_parser_holds_them(
    shared: Database, exported: Path, tmp_path: Path
) -> None:
    """Opening a workbook whose sheet states no dimension makes openpyxl parse the whole sheet, keeping an element
    per row; the rows are counted before that."""
    path = _with_sheet(tmp_path / "rows.xlsx", exported, sheet_part(exported, "Actions"), _rows_sheet(300_000))
    limits = Limits(rows=1_000)
    assert "rows.xlsx has a sheet of more than 1,000 rows" in refused(shared, path, limits=limits, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path, limits=limits)) < 4 * 2**20


def test_a_row_of_too_many_cells_is_refused_before_any_parser_holds_it(
    shared: Database, exported: Path, tmp_path: Path
) -> None:
    def wide() -> Iterator[bytes]:
        yield b"<worksheet " + MAIN_NS + b'><sheetData><row r="1">'
        for start in range(0, 200_000, 10_000):
            yield b"".join(b'<c r="A1" t="n"><v>%d</v></c>' % n for n in range(start, start + 10_000))
        yield b"</row></sheetData></worksheet>"

    path = _with_sheet(tmp_path / "wide.xlsx", exported, sheet_part(exported, "Actions"), wide())
    assert "wide.xlsx has a row of more than 16,384 cells" in refused(shared, path, seconds=1)
    assert peak_memory(lambda: check_workbook(shared, path)) < 4 * 2**20


def test_rows_with_a_namespace_prefix_are_counted_too(shared: Database, exported: Path, tmp_path: Path) -> None:
    def prefixed() -> Iterator[bytes]:
        yield b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        yield b"".join(b'<x:row r="%d"/>' % number for number in range(1, 2_000))
        yield b"</x:sheetData></x:worksheet>"

    path = _with_sheet(tmp_path / "prefixed.xlsx", exported, sheet_part(exported, "Actions"), prefixed())
    assert "more than 100 rows" in refused(shared, path, limits=Limits(rows=100))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_rows_of_a_utf16_sheet_are_counted_too(shared: Database, exported: Path, tmp_path: Path, encoding: str) -> None:
    text = b"".join(_rows_sheet(2_000)).decode("utf-8")
    pieces = iter([('<?xml version="1.0" encoding="UTF-16"?>' + text).encode(encoding)])
    path = _with_sheet(tmp_path / "wide.xlsx", exported, sheet_part(exported, "Actions"), pieces)
    assert "more than 100 rows" in refused(shared, path, limits=Limits(rows=100))


def _renamed(path: Path, exported: Path, sheet: bytes) -> Path:
    """``exported`` with its Actions sheet stored as ``sheet9.bin`` (the workbook's relationships point there)."""
    part = sheet_part(exported, "Actions")
    new_name = part.replace(".xml", ".bin")
    rels = read_part(exported, "xl/_rels/workbook.xml.rels").replace(part.encode(), new_name.encode())
    with zipfile.ZipFile(exported) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in (part, "xl/_rels/workbook.xml.rels"):
                new.writestr(info.filename, old.read(info.filename))
        new.writestr("xl/_rels/workbook.xml.rels", rels)
        new.writestr(new_name, sheet)
    return path


def test_a_sheet_stored_under_another_name_is_checked_too(shared: Database, exported: Path, tmp_path: Path) -> None:
    sound = _renamed(tmp_path / "sound.xlsx", exported, read_part(exported, sheet_part(exported, "Actions")))
    plan = check_workbook(shared, sound)
    assert plan.ok and plan.counts["Actions"].unchanged == 1  # the sheet is read from its other name
    rows = _renamed(tmp_path / "rows.xlsx", exported, b"".join(_rows_sheet(5_000)))
    assert "more than 1,000 rows" in refused(shared, rows, limits=Limits(rows=1_000))
    laughs = _renamed(tmp_path / "laughs.xlsx", exported, BILLION_LAUGHS + b"".join(_rows_sheet(3)))
    renamed = sheet_part(exported, "Actions").replace(".xml", ".bin")
    assert f"declares XML entities (in {renamed})" in refused(shared, laughs)


@pytest.mark.parametrize("prefix", [b"", b"x:"])
def test_rows_are_counted_exactly_across_the_chunks_read(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: bytes
) -> None:
    monkeypatch.setattr(xlsx_safety, "CHUNK_BYTES", 997)  # tags cut at every place between two chunks

    def sheet() -> Iterator[bytes]:
        yield b"<" + prefix + b"worksheet xmlns" + (b":x" if prefix else b"") + b'="' + MAIN_NS.split(b'"')[1]
        yield b'"><' + prefix + b"sheetData>"
        yield b"".join(b'<%srow r="%d"/>' % (prefix, n) for n in range(1, 8_001))
        yield b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"

    path = _with_sheet(tmp_path / "exact.xlsx", exported, sheet_part(exported, "Actions"), sheet())
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(sheet_part(exported, "Actions")).file_size > xlsx_safety.PROLOG_BYTES + 40_000
    xlsx_safety.inspect(path, Limits(rows=7_999))  # 8,000 rows: a header and 7,999
    with pytest.raises(RefusedFileError, match="more than 7,998 rows"):
        xlsx_safety.inspect(path, Limits(rows=7_998))


def test_cells_of_a_row_are_counted_exactly(exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_safety, "CHUNK_BYTES", 1_009)

    def sheet() -> Iterator[bytes]:
        yield b"<worksheet " + MAIN_NS + b'><sheetData><row r="1"><c r="A1"/></row><row r="2">'
        yield b"".join(b'<c r="B2"><v>%d</v></c>' % n for n in range(5_000))
        yield b'</row><row r="3"><c r="A3"/></row></sheetData></worksheet>'

    path = _with_sheet(tmp_path / "exact.xlsx", exported, sheet_part(exported, "Actions"), sheet())
    with zipfile.ZipFile(path) as archive:  # well past the first read, so the rest comes in chunks
        assert archive.getinfo(sheet_part(exported, "Actions")).file_size > xlsx_safety.PROLOG_BYTES + 40_000
    xlsx_safety.inspect(path, Limits(cells_per_row=5_000))
    with pytest.raises(RefusedFileError, match="a row of more than 4,999 cells"):
        xlsx_safety.inspect(path, Limits(cells_per_row=4_999))


def test_an_over_long_cell_is_a_problem_not_a_crash(shared: Database, hand_made: Path, tmp_path: Path) -> None:
    part = sheet_part(hand_made, "Actions")
    sheet = read_part(hand_made, part)
    longer = sheet.replace(b"<t>Send the report</t>", b"<t>" + b"y" * 100_000 + b"</t>")  # beyond any spreadsheet's
    assert longer != sheet
    plan = check_workbook(shared, rewrite_parts(hand_made, tmp_path / "long.xlsx", {part: longer}))
    assert where(plan) == [("Actions", 2, "Title")]
    assert "too long (100,000 characters; at most 5,000)" in plan.problems[0].text


# -- broken sheets: a clear refusal, never an unexpected error ----------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "detail", "calamine_detail"),
    [
        (b'<c r="A2" t="n"><v>abc</v></c>', "abc", "invalid float literal"),
        (b'<c r="A!2" t="s"><v>0</v></c>', "not a valid column name", "Expecting alphanumeric character"),
        (b'<c r="A2" t="s"><v>999999</v></c>', "index out of range", "string index not found"),
        (b'<c r="A2" t="d"><v>someday</v></c>', "someday", None),  # calamine: the text "someday"
    ],
)
def test_a_cell_the_reader_cannot_read_refuses_the_file(
    shared: Database, hand_made: Path, tmp_path: Path, cell: bytes, detail: str, calamine_detail: str | None
) -> None:
    part = sheet_part(hand_made, "Actions")
    sheet = read_part(hand_made, part)
    broken = re.sub(rb'<row r="2".*?</row>', b'<row r="2">' + cell + b"</row>", sheet, count=1)
    assert broken != sheet
    path = rewrite_parts(hand_made, tmp_path / "cell.xlsx", {part: broken})
    if xlsx_read.calamine is not None and calamine_detail is None:
        plan = check_workbook(shared, path)  # read as text: a problem of its row, not of the file
        assert where(plan)[0][:2] == ("Actions", 2), plan.report()
        return
    message = refused(shared, path)
    assert "cell.xlsx is damaged: its Actions sheet could not be read" in message
    assert (detail if xlsx_read.calamine is None else calamine_detail) in message


def test_xml_broken_late_in_a_sheet_refuses_the_file(shared: Database, hand_made: Path, tmp_path: Path) -> None:
    part = sheet_part(hand_made, "Actions")
    sheet = read_part(hand_made, part)
    broken = sheet[: sheet.index(b"</sheetData>")] + b'<row r="90"><c r="A90"'
    path = rewrite_parts(hand_made, tmp_path / "late.xlsx", {part: broken})
    assert "late.xlsx" in refused(shared, path)


def test_broken_workbook_xml_refuses_the_file(shared: Database, exported: Path, tmp_path: Path) -> None:
    path = rewrite_parts(exported, tmp_path / "broken.xlsx", {"xl/workbook.xml": b"<workbook"})
    assert "broken.xlsx could not be read as a workbook" in refused(shared, path)


# -- the export: never a formula, any character ------------------------------------------------------------------

RISKY = ["=1+2", "+SUM(A1:A3)", "-3", "@cmd", '=HYPERLINK("http://x","y")', "-", "=", "+351 21 000 0000"]


def test_texts_that_look_like_formulas_are_written_as_text(database: Database, tmp_path: Path) -> None:
    refs = [actions.create_action(database, text, cluster_code="AEC") for text in [*RISKY, "carriage return"]]
    person = directory.add_person(database, "=cmd|' /C calc'!A0", role="@role", phone="+351 21 000 0000")
    meeting = meetings.create_meeting(database, "AEC", title="-minus", starts_at="2025-02-03 10:00")
    with database.write() as session:  # texts the forms never produce, only an older file or another program
        session.execute(update(Meeting).where(Meeting.ref == meeting).values(location="\tTabbed"))
        session.execute(update(Action).where(Action.ref == refs[0]).values(title="\t=2+2"))
        session.execute(update(Action).where(Action.ref == refs[-1]).values(title="\r=3+3"))
    path = tmp_path / "risky.xlsx"
    export_workbook(database, path)
    assert person

    workbook = openpyxl.load_workbook(path)
    texts = {
        cell.value: cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    # (XML reads a bare carriage return as a line feed, so "\r=3+3" comes back as "\n=3+3" unless the writer escapes
    # it as &#13;, as openpyxl does when lxml is installed: text either way.)
    carriage = "\r=3+3" if "\r=3+3" in texts else "\n=3+3"
    expected = [*RISKY[1:], "\t=2+2", "=cmd|' /C calc'!A0", "@role", "-minus", "\tTabbed", carriage]
    for text in expected:
        assert text in texts, text
        cell = texts[text]
        assert cell.data_type == "s", text
        assert cell.quotePrefix, text
    with zipfile.ZipFile(path) as archive:
        for part in archive.namelist():
            if part.startswith("xl/worksheets/"):
                assert not re.search(rb"<(\w+:)?f[\s>/]", archive.read(part)), part


def test_awkward_characters_survive_export_and_import(database: Database, tmp_path: Path) -> None:
    awkward = "Tom & Jerry <b>\"bold\"</b> 'quoted' — ção 😀 ]]> &amp;"
    minutes = "Line one\nLine two & <three>\n\n😀 end"
    ref = meetings.create_meeting(database, "AEC", title=awkward, starts_at="2025-02-03 10:00", location="Café <1>")
    item = agenda.add_agenda_item(database, ref, awkward, minutes=minutes)
    agenda.add_decision(database, item, minutes)
    actions.create_action(database, awkward, meeting_ref=ref, due_on=date(2025, 3, 1), goal_numbers=(1, 9))
    directory.add_person(database, "Zoë O'Brien & Sons", email="zoe@example.pt", role="<chair>")
    first = tmp_path / "first.xlsx"
    export_workbook(database, first)

    # The workbook imports into an empty database, and exports again to the same cells.
    empty = workspace.open_workspace(workspace.location(str(tmp_path / "empty.sqlite")))
    try:
        plan = check_workbook(empty, first)
        assert plan.ok, plan.report()
        apply_import(empty, plan)
        second = tmp_path / "second.xlsx"
        export_workbook(empty, second)
        assert check_workbook(empty, second).changed == 0
    finally:
        empty.close()

    def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
        workbook = openpyxl.load_workbook(path, read_only=True)
        try:
            return {s.title: list(s.iter_rows(values_only=True)) for s in workbook.worksheets if s.title != "About"}
        finally:
            workbook.close()

    before, after = cells(first), cells(second)
    assert before == after
    assert any(row[3] == awkward for row in after["Meetings"][1:])
    assert any(row[5] == minutes for row in after["Agenda"][1:])
    assert any(row[2] == minutes for row in after["Decisions"][1:])
    assert any(row[0] == "Zoë O'Brien & Sons" and row[2] == "<chair>" for row in after["People"][1:])
