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
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pactdesk.domain import validation
from pactdesk.domain.errors import CancelledError
from pactdesk.exchange import ods_read
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


# -- round trips -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "pt"])
def test_the_demo_survives_ods_export_import_export(tmp_path: Path, database: Database, language: str) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    first, second = tmp_path / "first.ods", tmp_path / "second.ods"
    export_ods(database, first, language=language)
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


def test_xlsx_and_ods_of_one_database_import_as_the_same_records(tmp_path: Path, database: Database) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    fill(database, ["=1+1", "two  spaces\tand a tab", "naïve 中文 😀", "<b>bold</b> & co", "line\n  indented"])
    excel, opendocument = tmp_path / "book.xlsx", tmp_path / "book.ods"
    export_workbook(database, excel, language="pt")
    export_ods(database, opendocument, language="en")
    imported_into_new(tmp_path, "from-xlsx.sqlite", excel).close()
    imported_into_new(tmp_path, "from-ods.sqlite", opendocument).close()
    from_excel, from_opendocument = records(tmp_path / "from-xlsx.sqlite"), records(tmp_path / "from-ods.sqlite")
    assert from_excel == from_opendocument
    assert len(from_opendocument["decision"]) > 100


def test_an_ods_workbook_imported_over_its_own_database_changes_nothing(tmp_path: Path, database: Database) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    path = tmp_path / "same.ods"
    export_ods(database, path, language="pt")
    plan = check_workbook(database, path)
    assert plan.ok and plan.changed == 0, plan.report()
    assert plan.counts["Decisions"].unchanged > 100


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


def test_spaces_tabs_and_lines_are_kept_as_odf_reads_them(database: Database, tmp_path: Path) -> None:
    title = "two  spaces, a\ttab,  and more   spaces"
    ref = actions.create_action(database, title, cluster_code="AEC")
    path = tmp_path / "spaces.ods"
    export_ods(database, path)
    content = part(path, "content.xml")
    assert (
        '<text:p>two<text:s text:c="2"/>spaces, a<text:tab/>tab,<text:s text:c="2"/>and more<text:s text:c="3"/>'
        "spaces</text:p>" in content
    )
    rows = ods_cells(path)["Actions"]
    assert [row[3] for row in rows if row[0] == ref] == [title]


def test_a_cancelled_export_leaves_the_older_file_as_it_was(database: Database, tmp_path: Path) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    target = tmp_path / "old.ods"
    target.write_bytes(b"the older workbook")

    def cancel(done: int, total: int) -> None:
        if done > 1_000:
            raise CancelledError("cancelled")

    with pytest.raises(CancelledError):
        export_ods(database, target, progress=cancel)
    assert target.read_bytes() == b"the older workbook"
    assert [path.name for path in tmp_path.iterdir() if path.name != "old.ods" and "ods" in path.name] == []


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
def test_a_workbook_saved_again_by_libreoffice_imports_with_no_problems(tmp_path: Path, database: Database) -> None:
    demo.build_demo(database, scale=1, as_of=date(2026, 11, 24))
    fill(database, ["=1+1", "+351 21", "two  spaces", "@home", "<b>bold</b> & co", "naïve 中文 😀"])
    exported = tmp_path / "exported.ods"
    export_ods(database, exported, language="pt")
    resaved = libreoffice(tmp_path, exported, "ods")
    plan = check_workbook(database, resaved)
    assert plan.ok, plan.report()
    assert plan.changed == 0, plan.report()
    assert sum(counts.unchanged for counts in plan.counts.values()) > 1000
    as_excel = libreoffice(tmp_path, exported, "xlsx")  # and the same workbook as Excel saves it
    plan = check_workbook(database, as_excel)
    assert plan.ok and plan.changed == 0, plan.report()
