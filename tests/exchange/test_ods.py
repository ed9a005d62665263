"""The workbook as an OpenDocument spreadsheet: export, import into an empty database, export again gives the same
cells, in both languages and for any text; .xlsx and .ods of one database import to the same records; the sheet is
made as a spreadsheet shows it (typed cells, bold frozen header, autofilter, widths, drop-downs) and never holds a
formula, also when LibreOffice reads it."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pactdesk.domain import validation
from pactdesk.domain.errors import CancelledError, RefusedFileError
from pactdesk.exchange import ods_read, xlsx_read
from pactdesk.exchange.ods_write import MIMETYPE, export_ods
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.exchange.xlsx_safety import Limits
from pactdesk.exchange.xlsx_write import export_workbook
from pactdesk.services import actions, demo, workspace
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database

from .test_round_trip import SPECIAL, fill

ABOUT = "About"
RISKY = ["=1+1", "+351 21 000 0000", "-minus", "@home", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"]


def ods_cells(path: Path, *, about: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows as the import reads them (up to the last row holding something)."""
    with tempfile.TemporaryDirectory() as folder:
        tables = ods_read._Content(path, Limits(), Path(folder), None).read()
        try:
            return {name: list(tables.rows(name)) for name in tables.sheet_names() if about or name != ABOUT}
        finally:
            tables.close()


def fresh(folder: Path, name: str) -> Database:
    return workspace.open_workspace(workspace.location(str(folder / name)))


def imported_into_new(folder: Path, name: str, source: Path) -> Database:
    target = fresh(folder, name)
    plan = check_workbook(target, source)
    assert plan.ok, plan.report()
    apply_import(target, plan)
    return target


def records(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every table of the database file, without moments of writing, calendar UIDs and the audit log."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {}
        for name in names:
            if name.startswith("audit"):
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            kept = ", ".join(f'"{c}"' for c in columns if not c.endswith("_at") and c != "uid")
            found[name] = sorted(connection.execute(f'SELECT {kept} FROM "{name}"').fetchall(), key=repr)
        return found
    finally:
        connection.close()


# -- round trips ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo with formula-like and awkward texts, in a file of its own (built once: the tests only read it)."""
    folder = tmp_path_factory.mktemp("ods-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(folder / "home"))
        database = fresh(folder, "demo.sqlite")
        try:
            demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
            fill(database, ["=1+1", "two  spaces\tand a tab", "naïve 中文 😀", "<b>bold</b> & co", "line\n  indented"])
        finally:
            database.close()
        yield folder / "demo.sqlite"


@pytest.fixture(scope="module")
def demo_books(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo exported as .ods in each language and as .xlsx in Portuguese."""
    folder = tmp_path_factory.mktemp("ods-books")
    books = {"en": folder / "en.ods", "pt": folder / "pt.ods", "xlsx": folder / "pt.xlsx"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(folder / "home"))
        database = workspace.open_workspace(workspace.location(str(demo_file)), readonly=True)
        try:
            export_ods(database, books["en"], language="en")
            export_ods(database, books["pt"], language="pt")
            export_workbook(database, books["xlsx"], language="pt")
        finally:
            database.close()
    return books


@pytest.mark.parametrize("language", ["en", "pt"])
def test_the_demo_survives_ods_export_import_export(tmp_path: Path, demo_books: dict[str, Path], language: str) -> None:
    first, second = demo_books[language], tmp_path / "second.ods"
    copy = imported_into_new(tmp_path, "copy.sqlite", first)
    try:
        export_ods(copy, second, language=language)
        assert check_workbook(copy, second).changed == 0
    finally:
        copy.close()
    before, after = ods_cells(first), ods_cells(second)
    assert before == after
    decisions = before["Deliberações" if language == "pt" else "Decisions"]
    assert decisions[0][-1] == ("N.º de registo" if language == "pt" else "Register no.")
    assert all(re.fullmatch(r"[A-Z]+ \d{4}/\d{2,}", row[3]) for row in decisions[1:]), "every decision's number"
    actions_sheet = before["Ações" if language == "pt" else "Actions"]
    assert len(actions_sheet) > 100
    due = actions_sheet[0].index("Prazo" if language == "pt" else "Due")
    assert any(isinstance(row[due], date) for row in actions_sheet[1:]), "due dates are dates"
    meetings = before["Reuniões" if language == "pt" else "Meetings"]
    assert all(isinstance(row[4], datetime) for row in meetings[1:]), "starts are dates and times"


def test_xlsx_and_ods_of_one_database_import_as_the_same_records(tmp_path: Path, demo_books: dict[str, Path]) -> None:
    imported_into_new(tmp_path, "from-xlsx.sqlite", demo_books["xlsx"]).close()
    imported_into_new(tmp_path, "from-ods.sqlite", demo_books["en"]).close()
    from_excel, from_opendocument = records(tmp_path / "from-xlsx.sqlite"), records(tmp_path / "from-ods.sqlite")
    assert from_excel == from_opendocument
    assert len(from_opendocument["decision"]) > 100


def test_an_ods_workbook_imported_over_its_own_database_changes_nothing(
    demo_file: Path, demo_books: dict[str, Path]
) -> None:
    database = workspace.open_workspace(workspace.location(str(demo_file)), readonly=True)
    try:
        plan = check_workbook(database, demo_books["pt"])
    finally:
        database.close()
    assert plan.ok and plan.changed == 0, plan.report()
    assert plan.counts["Decisions"].unchanged > 100


@pytest.mark.skipif(xlsx_read.calamine is None, reason="python-calamine is not installed")
def test_openpyxl_and_calamine_read_an_xlsx_alike(
    demo_file: Path, demo_books: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The .xlsx reader PactDesk falls back to without python-calamine plans the same import, problems included."""
    edited = tmp_path / "edited.xlsx"
    workbook = openpyxl.load_workbook(demo_books["xlsx"])
    workbook["Ações"]["F2"] = "next Tuesday"
    workbook["Ações"]["D3"] = "A title, retyped"
    workbook.save(edited)
    database = workspace.open_workspace(workspace.location(str(demo_file)), readonly=True)
    try:
        plans = []
        for reader in (xlsx_read.calamine, None):
            monkeypatch.setattr(xlsx_read, "calamine", reader)
            plans.append(check_workbook(database, edited))
    finally:
        database.close()
    by_calamine, by_openpyxl = plans
    assert by_calamine.counts == by_openpyxl.counts and by_calamine.problems == by_openpyxl.problems
    assert [(p.sheet, p.row, p.column) for p in by_calamine.problems] == [("Ações", 2, "Prazo")]
    assert by_calamine.counts["Actions"].updated == 1


@pytest.mark.skipif(xlsx_read.calamine is None, reason="python-calamine is not installed")
def test_a_workbook_past_calamines_bound_is_streamed_by_openpyxl_and_plans_the_same(
    demo_file: Path, demo_books: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-calamine holds a sheet whole: a workbook of more rows than ``CALAMINE_MOST_ROWS`` goes to openpyxl's
    streaming reader, whose memory does not grow with it."""
    database = workspace.open_workspace(workspace.location(str(demo_file)), readonly=True)
    try:
        by_calamine = check_workbook(database, demo_books["xlsx"])

        class Untouchable:
            class CalamineWorkbook:
                @staticmethod
                def from_path(*_: object) -> None:
                    raise AssertionError("calamine was given a workbook past its bound")

                from_filelike = from_path

        monkeypatch.setattr(xlsx_read, "calamine", Untouchable)
        with pytest.raises(RefusedFileError, match="past its bound"):  # the bound is not reached: calamine reads
            check_workbook(database, demo_books["xlsx"])
        monkeypatch.setattr(xlsx_read, "CALAMINE_MOST_ROWS", 50)
        by_openpyxl = check_workbook(database, demo_books["xlsx"])
    finally:
        database.close()
    assert by_openpyxl.counts == by_calamine.counts and by_openpyxl.problems == by_calamine.problems
    assert by_openpyxl.ok and by_openpyxl.changed == 0


def test_an_ods_round_trip_on_each_database(database: Database, tmp_path: Path) -> None:
    """On a file and on a server: what one exports, another imports and exports again the same."""
    fill(database, ["=1+1", "two  spaces", "Zoë & <co>", "line\n  indented"])
    first, second = tmp_path / "first.ods", tmp_path / "second.ods"
    export_ods(database, first, language="pt")
    copy = imported_into_new(tmp_path, "copy.sqlite", first)
    try:
        export_ods(copy, second, language="pt")
    finally:
        copy.close()
    assert ods_cells(first) == ods_cells(second)
    assert check_workbook(database, second).changed == 0


texts = st.lists(
    st.one_of(
        st.sampled_from([*SPECIAL, "  ", "\t", " x ", "a  b", "\n\n", "&#13;", "<text:s/>"]),
        st.text(st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"), max_size=8),
    ),
    min_size=1,
    max_size=6,
).map("".join)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(texts, min_size=4, max_size=4))
def test_any_text_survives_ods_export_import_export(words: list[str]) -> None:
    assume(all(validation.clean_text(word) for word in words))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = fresh(folder, "source.sqlite")
        try:
            fill(source, words)
            first, second = folder / "first.ods", folder / "second.ods"
            export_ods(source, first)
            copy = imported_into_new(folder, "copy.sqlite", first)
            try:
                export_ods(copy, second)
            finally:
                copy.close()
        finally:
            source.close()
        before, after = ods_cells(first), ods_cells(second)
    assert before == after
    everything = "\n".join(str(value) for rows in before.values() for row in rows for value in row)
    for word in words:
        assert validation.clean_text(word)[:20] in everything


# -- the file ------------------------------------------------------------------------------------------------------


@pytest.fixture
def exported(database: Database, tmp_path: Path) -> Path:
    for text in RISKY:
        actions.create_action(database, text, cluster_code="AEC", due_on=date(2025, 3, 31), goal_numbers=(2, 7))
    path = tmp_path / "book.ods"
    export_ods(database, path, language="en", exported_at=datetime(2026, 5, 4, 9, 30))
    return path


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_the_file_is_an_opendocument_spreadsheet(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype").decode() == MIMETYPE
        content = archive.getinfo("content.xml")
        assert content.compress_type == zipfile.ZIP_DEFLATED and content.compress_size < content.file_size / 5
        assert {"content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"} <= set(
            archive.namelist()
        )
    assert exported.read_bytes()[30:38] == b"mimetype"  # a reader knows it from its first bytes


def test_texts_that_look_like_formulas_are_string_cells_never_formulas(exported: Path) -> None:
    content = part(exported, "content.xml")
    assert "table:formula" not in content
    for text in RISKY:
        shown = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert f'office:value-type="string"><text:p>{shown}</text:p>' in content, text
    actions_sheet = ods_cells(exported)["Actions"]
    assert sorted(row[3] for row in actions_sheet[1:]) == sorted(RISKY)


def test_cells_are_typed_and_the_sheets_made_as_a_spreadsheet_shows_them(exported: Path) -> None:
    content = part(exported, "content.xml")
    assert 'office:value-type="date" office:date-value="2025-03-31"><text:p>2025-03-31</text:p>' in content
    assert 'office:date-value="2026-05-04T09:30:00"><text:p>2026-05-04 09:30</text:p>' in content  # Exported at
    assert (
        '<table:table-header-rows><table:table-row table:style-name="ro1"><table:table-cell table:style-name="ceHeader"'
        in content
    )
    assert 'fo:font-weight="bold"' in content
    sheets = re.findall(r'<table:table table:name="([^"]+)"', content)
    assert sheets == [
        "About",
        "Clusters",
        "Organisations",
        "People",
        "Meetings",
        "Attendance",
        "Agenda",
        "Decisions",
        "Actions",
        "Outputs",
    ]
    # An autofilter on every sheet, over its header and rows.
    assert "table:target-range-address=\"'Actions'.A1:'Actions'.J7\" table:display-filter-buttons=\"true\"" in content
    assert content.count("table:display-filter-buttons") == len(sheets)
    # A drop-down on every status and kind column, for the rows there are and those a person adds.
    conditions = re.findall(r'table:condition="([^"]+)"[^>]*table:base-cell-address="([^"]+)"', content)
    assert (
        "of:cell-content-is-in-list(&quot;open&quot;;&quot;in progress&quot;;&quot;done&quot;;&quot;dropped&quot;)",
        "'Actions'.G2",
    ) in conditions
    assert len(conditions) == 8
    assert content.count('table:content-validation-name="val7"') == 7  # six actions' statuses, and the rows below
    # Column widths fitted: the Actions title column is wider than its Ref.
    actions_sheet = content[content.index('table:name="Actions"') :]
    widths = re.findall(r'<table:table-column table:style-name="co(\d+)"/>', actions_sheet[:2000])
    assert len(widths) == 10 and int(widths[3]) > int(widths[0])
    settings_xml = part(exported, "settings.xml")
    assert '<config:config-item-map-entry config:name="Actions">' in settings_xml
    assert 'config:name="VerticalSplitMode" config:type="short">2<' in settings_xml


def test_spaces_tabs_and_lines_are_kept_as_libreoffice_reads_them(database: Database, tmp_path: Path) -> None:
    title = "two  spaces, a\ttab,  and more   spaces"
    ref = actions.create_action(database, title, cluster_code="AEC")
    path = tmp_path / "spaces.ods"
    export_ods(database, path)
    content = part(path, "content.xml")
    assert (
        '<text:p>two<text:s text:c="2"/>spaces, a\ttab,<text:s text:c="2"/>and more<text:s text:c="3"/>'
        "spaces</text:p>" in content
    )
    rows = ods_cells(path)["Actions"]
    assert [row[3] for row in rows if row[0] == ref] == [title]


def test_cells_read_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    """Values from their attributes (a formula's last value, never the formula), texts from their paragraphs with
    spaces, tabs and breaks, comments left out, repeats and covered cells in their places."""
    cells = (
        '<table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2"><text:p>2</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p></table:table-cell>'
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="date" office:date-value="2025-03-31T14:30:00"><text:p>x</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="string"><office:annotation><text:p>a comment</text:p>'
        "</office:annotation><text:p>  two<text:s/> <text:span>spans</text:span>\tand<text:tab/>tabs</text:p>"
        "<text:p>a<text:line-break/>b</text:p></table:table-cell>"
        '<table:covered-table-cell/><table:table-cell table:number-columns-repeated="2" office:value-type="string" '
        'office:string-value="given"><text:p>shown</text:p></table:table-cell>'
    )
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        '<table:table table:name="Sheet"><table:table-row table:number-rows-repeated="2"><table:table-cell/>'
        f"</table:table-row><table:table-row>{cells}</table:table-row>"
        '<table:table-row table:number-rows-repeated="9"><table:table-cell/></table:table-row></table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "cells.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", MIMETYPE)
        archive.writestr("content.xml", content)
    assert ods_cells(path) == {
        "Sheet": [
            (),
            (),
            (2, 0.5, True, datetime(2025, 3, 31, 14, 30), "  two  spans\tand\ttabs\na\nb", None, "given", "given"),
        ]
    }


def test_a_cancelled_export_leaves_the_older_file_as_it_was(tmp_path: Path, demo_file: Path) -> None:
    target = tmp_path / "old.ods"
    target.write_bytes(b"the older workbook")
    seen: list[int] = []

    def cancel(done: int, total: int) -> None:
        seen.append(done)
        if done > 1_000:  # part of the way through
            raise CancelledError("cancelled")

    database = workspace.open_workspace(workspace.location(str(demo_file)), readonly=True)
    try:
        with pytest.raises(CancelledError):
            export_ods(database, target, progress=cancel)
    finally:
        database.close()
    assert target.read_bytes() == b"the older workbook"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["old.ods"]
    assert seen[-1] < max(seen[0], 1) * 1_000_000


# -- LibreOffice ---------------------------------------------------------------------------------------------------

needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def libreoffice(tmp_path: Path, source: Path, to: str, *options: str) -> Path:
    out = tmp_path / f"libreoffice-{to.split(':')[0]}"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            to,
            *options,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / f"{source.stem}.{to.split(':')[0]}"


@needs_libreoffice
def test_libreoffice_shows_formula_like_texts_as_text(exported: Path, tmp_path: Path) -> None:
    """LibreOffice reads the file and writes each Actions cell as it shows it: the texts, not their results."""
    shown = libreoffice(
        tmp_path, exported, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    )
    sheets = sorted(tmp_path.glob("libreoffice-csv/*.csv"))
    actions_csv = next(path for path in sheets if path.name.endswith("Actions.csv"))
    with open(actions_csv, newline="", encoding="utf-8") as handle:
        titles = [row[3] for row in csv.reader(handle)][1:]
    assert sorted(titles) == sorted(RISKY), shown
    assert "2" not in titles and "#NAME?" not in "".join(titles)


@needs_libreoffice
def test_a_workbook_saved_again_by_libreoffice_imports_with_no_problems(
    tmp_path: Path, demo_file: Path, demo_books: dict[str, Path]
) -> None:
    resaved = libreoffice(tmp_path, demo_books["pt"], "ods")
    as_excel = libreoffice(tmp_path, demo_books["pt"], "xlsx")  # and the same workbook as Excel saves it
    database = workspace.open_workspace(workspace.location(str(demo_file)), readonly=True)
    try:
        for path in (resaved, as_excel):
            plan = check_workbook(database, path)
            assert plan.ok, plan.report()
            assert plan.changed == 0, plan.report()
            assert sum(counts.unchanged for counts in plan.counts.values()) > 1000
    finally:
        database.close()
