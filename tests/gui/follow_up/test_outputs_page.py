"""The outputs page driven as staff would: the matrix's counts against SQL, a cell's outputs listed, outputs added,
edited and removed through the form with undo and redo, and bad values refused beside their fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pactdesk.domain.enums import OutputStatus
from pactdesk.gui.common.words import word
from pactdesk.gui.follow_up.output_form import meeting_refs
from pactdesk.gui.follow_up.output_models import COUNT_ROLE, KEY_ROLE, OutputListModel, OutputMatrixModel, plain_tooltip
from pactdesk.gui.follow_up.outputs_page import OutputsPage
from pactdesk.services import meetings, outputs
from pactdesk.store.database import Database

TRICKY = "Study & <survey> =SUM(A1)"


@pytest.fixture
def refs(database: Database) -> dict[str, str]:
    first = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00")
    second = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-04-14 10:00")
    health = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-02-10 10:00")
    made = {
        "first": first,
        "second": second,
        "health_meeting": health,
        "conference": outputs.create_output(
            database,
            "AEC",
            5,
            "AEC at the Clusters National Conference",
            on="2025-11-10",
            status=OutputStatus.ACHIEVED,
            progress=100,
            goal_numbers=[2, 3],
            meeting_refs=[first],
        ),
        "clinic": outputs.create_output(database, "AEC", 5, "Clinic at the conference", on="2025-03-01"),
        "study": outputs.create_output(
            database, "AEC", 8, "Supply-chain study", status=OutputStatus.IN_PROGRESS, progress=40
        ),
        "health": outputs.create_output(database, "HCP", 5, "HCP breakout session", status=OutputStatus.DROPPED),
    }
    # More outputs spread over clusters, types and statuses, so the matrix has many different cells.
    statuses = list(OutputStatus)
    for n, code in enumerate(("AED", "AUTO", "MAR", "TEX", "HCP", "AED", "AUTO", "AED", "TICE", "AED")):
        outputs.create_output(database, code, 1 + (n * 7) % 17, f"Output {n}", status=statuses[n % 4])
    return made


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def page(qtbot: QtBot, database: Database, refs: dict[str, str], stack: QUndoStack) -> OutputsPage:
    shown = OutputsPage(database, stack)
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    shown.show()
    return shown


def sql_counts(database: Database) -> dict[tuple[str, int], int]:
    with database.read() as session:
        rows = session.execute(
            text(
                "select cluster.code, output.output_type_number, count(*) from output"
                " join cluster on cluster.id = output.cluster_id"
                " group by cluster.code, output.output_type_number"
            )
        ).all()
    return {(code, number): count for code, number, count in rows}


def sql_refs(database: Database, code: str, number: int) -> set[str]:
    with database.read() as session:
        rows = session.execute(
            text(
                "select output.ref from output join cluster on cluster.id = output.cluster_id"
                " where cluster.code = :code and output.output_type_number = :number"
            ),
            {"code": code, "number": number},
        ).all()
    return {ref for (ref,) in rows}


def matrix_counts(model: OutputMatrixModel) -> dict[tuple[str, int], int]:
    found = {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            code, number = model.data(model.index(row, column), KEY_ROLE)
            count = model.data(model.index(row, column), COUNT_ROLE)
            if code is not None and number is not None and count:
                found[(code, number)] = count
    return found


def click_cell(qtbot: QtBot, page: OutputsPage, code: str | None, number: int | None) -> None:
    index = page.matrix.index_of(code, number)
    assert index.isValid()
    page.matrix_view.scrollTo(index)
    rect = page.matrix_view.visualRect(index)
    qtbot.mouseClick(page.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_record(qtbot: QtBot, page: OutputsPage, ref: str) -> None:
    row = page.records.row_of_ref(ref)
    assert row is not None
    rect = page.records_view.visualRect(page.records.index(row, OutputListModel.REF))
    qtbot.mouseClick(page.records_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(widget, value: str) -> None:  # type: ignore[no-untyped-def]
    """Replace a line edit's text as typing would (Qt's test keyboard knows plain letters only)."""
    widget.setFocus()
    widget.selectAll()
    widget.insert(value)


# -- the matrix, without a view ------------------------------------------------------------------------------------


def test_the_matrix_counts_what_sql_counts(database: Database, refs: dict[str, str]) -> None:
    model = OutputMatrixModel(database)
    model.reload()
    with database.read() as session:
        clusters = session.execute(text("select count(*) from cluster")).scalar_one()
        types = session.execute(text("select count(*) from output_type")).scalar_one()
        total = session.execute(text("select count(*) from output")).scalar_one()
    assert (model.rowCount(), model.columnCount()) == (clusters + 1, types + 1) == (19, 18), (
        "with a row/column of totals"
    )
    expected = sql_counts(database)
    assert matrix_counts(model) == expected
    for code in ("AEC", "AED", "HCP", "WINE"):
        row_total = model.data(model.index_of(code, None), COUNT_ROLE)
        assert row_total == sum(count for (c, _), count in expected.items() if c == code)
    for number in (1, 5, 8, 17):
        column_total = model.data(model.index_of(None, number), COUNT_ROLE)
        assert column_total == sum(count for (_, n), count in expected.items() if n == number)
    assert model.data(model.index_of(None, None), COUNT_ROLE) == total

    # What a cell reads: how many, and how many are achieved; the statuses in words in its tooltip.
    assert model.data(model.index_of("AEC", 5)) == "2 · 1 ✓"
    assert model.data(model.index_of("AEC", 8)) == "1"
    assert model.data(model.index_of("HCP", 8)) == "", "an empty cell shows nothing"
    assert model.data(model.index_of("WINE", None)) == "0"
    described = model.data(model.index_of("AEC", 5), Qt.ItemDataRole.AccessibleTextRole)
    assert "Clusters National Conference" in described
    assert f"{word(OutputStatus.ACHIEVED)}: 1" in described and f"{word(OutputStatus.PLANNED)}: 1" in described
    assert "Clusters National Conference" in model.data(model.index_of("AEC", 5), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "5"
    assert "Clusters National Conference" in model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(17, Qt.Orientation.Horizontal) == "Total"
    assert model.headerData(1, Qt.Orientation.Vertical) == "AEC"
    assert "Architecture" in model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)

    outputs.create_output(database, "WINE", 17, "Wine route campaign")
    model.reload()
    assert matrix_counts(model) == sql_counts(database)
    assert model.data(model.index_of("WINE", 17)) == "1"


def test_the_list_model_shows_outputs_as_typed(database: Database, refs: dict[str, str]) -> None:
    outputs.create_output(database, "AEC", 8, TRICKY, progress=5)
    model = OutputListModel(outputs.outputs_in_cell(database, "AEC", 8))
    assert model.columnCount() == 8 and model.rowCount() == 2
    row = next(n for n in range(2) if model.output(n).title == TRICKY)
    assert model.data(model.index(row, OutputListModel.TITLE)) == TRICKY
    assert model.data(model.index(row, OutputListModel.PROGRESS)) == "5%"
    tooltip = model.data(model.index(row, OutputListModel.TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;survey&gt;" in tooltip and "&amp;" in tooltip, "a tooltip shows the title, not markup"
    assert plain_tooltip("<b>x</b>") != "<b>x</b>"
    assert meeting_refs(" aec-2025-01,AEC-2025-02; aec-2025-01 ") == ("AEC-2025-01", "AEC-2025-02")


# -- the drill-down --------------------------------------------------------------------------------------------------


def test_clicking_a_cell_lists_exactly_its_outputs(qtbot: QtBot, page: OutputsPage, database: Database) -> None:
    # Qt puts the matrix's current cell on the first one when it takes the focus; the list always follows it.
    assert page.cell in (None, ("AED", 1))
    assert not page.form.title.isEnabled(), "no output chosen yet"
    for code, number in (("AEC", 5), ("AEC", 8), ("HCP", 5), ("AED", 1), ("HCP", 8)):
        click_cell(qtbot, page, code, number)
        assert page.cell == (code, number)
        assert set(page.records.refs()) == sql_refs(database, code, number)
        assert page.records.refs() == [row.ref for row in outputs.outputs_in_cell(database, code, number)]
        assert page.add_button.isEnabled()
        assert page.records_view.isColumnHidden(OutputListModel.TYPE)
    assert page.records.rowCount() == 0 and "no outputs yet" in page.cell_caption.text()

    # The keyboard: arrows move in the matrix and the list follows; Enter goes into the list, on its first output.
    click_cell(qtbot, page, "AEC", 5)
    qtbot.keyClick(page.matrix_view, Qt.Key.Key_Right)
    assert page.cell == ("AEC", 6)
    qtbot.keyClick(page.matrix_view, Qt.Key.Key_Left)
    assert page.cell == ("AEC", 5)
    qtbot.keyClick(page.matrix_view, Qt.Key.Key_Return)
    assert page.current_output() is not None and page.form.ref == page.records.refs()[0]
    assert page.form.title.text() == page.current_output().title  # type: ignore[union-attr]

    # A total lists the whole row (or column); nothing can be added there, the type column shows.
    click_cell(qtbot, page, "AEC", None)
    with database.read() as session:
        aec = {ref for (ref,) in session.execute(text("select ref from output where ref like 'AEC-%'"))}
    assert set(page.records.refs()) == aec and not page.add_button.isEnabled()
    assert not page.records_view.isColumnHidden(OutputListModel.TYPE)
    click_cell(qtbot, page, None, 5)
    with database.read() as session:
        fives = {ref for (ref,) in session.execute(text("select ref from output where output_type_number = 5"))}
    assert set(page.records.refs()) == fives and len(fives) == 4


def test_show_output_goes_to_its_cell(page: OutputsPage, refs: dict[str, str]) -> None:
    assert page.show_output(refs["study"].lower())
    assert page.cell == ("AEC", 8)
    assert page.current_output().ref == refs["study"]  # type: ignore[union-attr]
    assert page.form.title.text() == "Supply-chain study" and page.form.progress.text() == "40"
    assert not page.show_output("AEC-O9999")


# -- adding, editing and removing, with undo ----------------------------------------------------------------------


def test_add_edit_and_remove_through_the_form_with_undo_and_redo(
    qtbot: QtBot, page: OutputsPage, database: Database, refs: dict[str, str], stack: QUndoStack
) -> None:
    changes: list[bool] = []
    page.changed.connect(lambda: changes.append(True))
    click_cell(qtbot, page, "AEC", 8)
    assert page.matrix.data(page.matrix.index_of("AEC", 8), COUNT_ROLE) == 1

    # Add: a blank form for the cell, filled in and saved.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.form.is_new and page.form.save_button.isEnabled()
    assert "AEC" in page.form.heading.text() and "8" in page.form.heading.text()
    type_into(page.form.title, TRICKY)
    type_into(page.form.date, "2025-06-30")
    page.form.status.setCurrentIndex(page.form.status.index_of(OutputStatus.IN_PROGRESS))
    type_into(page.form.progress, "40")
    type_into(page.form.meetings, f"{refs['first'].lower()}, {refs['second']}")
    page.form.evidence.setPlainText("Report <v2> & annex = final")
    qtbot.mouseClick(page.form.goals[8], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.form.goals[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    [added] = [row for row in outputs.outputs_in_cell(database, "AEC", 8) if row.ref != refs["study"]]
    detail = outputs.output_detail(database, added.ref)
    assert (detail.title, detail.on, detail.status, detail.progress) == (
        TRICKY,
        date(2025, 6, 30),
        OutputStatus.IN_PROGRESS,
        40,
    )
    assert detail.evidence == "Report <v2> & annex = final"
    assert detail.goals == (2, 8) and [m.ref for m in detail.meetings] == [refs["first"], refs["second"]]
    assert page.matrix.data(page.matrix.index_of("AEC", 8), COUNT_ROLE) == 2, "the counts follow"
    assert page.matrix.data(page.matrix.index_of("AEC", 8)) == "2"
    assert page.current_output().ref == added.ref and not page.form.is_new  # type: ignore[union-attr]
    assert page.form.title.text() == TRICKY, "kept as text"
    row = page.records.row_of_ref(added.ref)
    assert page.records.data(page.records.index(row, OutputListModel.TITLE)) == TRICKY  # type: ignore[arg-type]
    assert changes and stack.count() == 1

    # Edit: two fields at once make one undo step.
    type_into(page.form.title, "Supply-chain survey")
    type_into(page.form.progress, "60 %")
    page.form.status.setCurrentIndex(page.form.status.index_of(OutputStatus.ACHIEVED))
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    detail = outputs.output_detail(database, added.ref)
    assert (detail.title, detail.progress, detail.status) == ("Supply-chain survey", 60, OutputStatus.ACHIEVED)
    assert page.matrix.data(page.matrix.index_of("AEC", 8)) == "2 · 1 ✓"
    assert stack.count() == 2

    # Remove, then bring it back under the same id and reference, with its goals and meetings.
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert added.ref not in {row.ref for row in outputs.list_outputs(database)}
    assert page.matrix.data(page.matrix.index_of("AEC", 8), COUNT_ROLE) == 1
    assert added.ref not in page.records.refs() and not page.form.title.isEnabled()
    stack.undo()
    again = outputs.output_detail(database, added.ref)
    assert (again.id, again.title, again.goals) == (detail.id, "Supply-chain survey", (2, 8))
    assert [m.ref for m in again.meetings] == [refs["first"], refs["second"]]
    assert page.matrix.data(page.matrix.index_of("AEC", 8), COUNT_ROLE) == 2
    assert page.current_output().ref == added.ref  # type: ignore[union-attr]
    stack.redo()
    assert added.ref not in {row.ref for row in outputs.list_outputs(database)}
    stack.undo()

    # Undo the edit, then the addition; redo both: the same reference comes back.
    stack.undo()
    detail = outputs.output_detail(database, added.ref)
    assert (detail.title, detail.progress, detail.status) == (TRICKY, 40, OutputStatus.IN_PROGRESS)
    assert page.form.title.text() == TRICKY and page.form.progress.text() == "40"
    stack.undo()
    assert sql_refs(database, "AEC", 8) == {refs["study"]}
    assert page.matrix.data(page.matrix.index_of("AEC", 8)) == "1"
    stack.redo()
    stack.redo()
    detail = outputs.output_detail(database, added.ref)
    assert (detail.title, detail.progress) == ("Supply-chain survey", 60)
    assert sql_counts(database)[("AEC", 8)] == 2
    assert matrix_counts(page.matrix) == sql_counts(database)


def test_leaving_an_edited_output_saves_it(
    qtbot: QtBot, page: OutputsPage, database: Database, refs: dict[str, str], stack: QUndoStack
) -> None:
    click_cell(qtbot, page, "AEC", 5)
    click_record(qtbot, page, refs["clinic"])
    type_into(page.form.title, "Clinic on funding")
    assert page.form.save_button.isEnabled() and page.form.is_dirty()
    click_record(qtbot, page, refs["conference"])
    assert outputs.output_detail(database, refs["clinic"]).title == "Clinic on funding"
    assert page.form.ref == refs["conference"] and page.current_output().ref == refs["conference"]  # type: ignore[union-attr]
    type_into(page.form.progress, "90")
    click_cell(qtbot, page, "HCP", 5)
    assert outputs.output_detail(database, refs["conference"]).progress == 90
    assert page.cell == ("HCP", 5) and stack.count() == 2
    stack.undo()
    stack.undo()
    assert outputs.output_detail(database, refs["clinic"]).title == "Clinic at the conference"


# -- bad input ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "widget", "value", "message"),
    [
        ("title", "title", "   ", "cannot be empty"),
        ("on", "date", "31 February", "is not a date"),
        ("on", "date", "2025-02-31", "is not a date"),
        ("progress", "progress", "150", "between 0 and 100"),
        ("progress", "progress", "lots", "whole number"),
        ("meetings", "meetings", "AEC-2030-99", "no meeting"),
        ("meetings", "meetings", "HCP-2025-01", "another cluster"),
    ],
)
def test_bad_input_is_refused_next_to_the_field(
    qtbot: QtBot,
    page: OutputsPage,
    database: Database,
    refs: dict[str, str],
    stack: QUndoStack,
    field: str,
    widget: str,
    value: str,
    message: str,
) -> None:
    click_cell(qtbot, page, "AEC", 5)
    click_record(qtbot, page, refs["conference"])
    before = outputs.output_detail(database, refs["conference"])
    type_into(page.form.title, "A new title, saved with the bad value or not at all")
    type_into(getattr(page.form, widget), value)
    qtbot.keyClick(getattr(page.form, widget), Qt.Key.Key_Return)  # Enter saves, as the button does
    holder = page.form.fields[field]
    assert holder.error.isVisible() and message in holder.error.text()
    assert [name for name, other in page.form.fields.items() if other.error.isVisible()] == [field]
    assert outputs.output_detail(database, refs["conference"]) == before, "nothing saved"
    assert stack.count() == 0
    assert getattr(page.form, widget).text() == value, "what was typed stays, to be put right"

    # Going elsewhere does not lose it: the page stays on the output until it is put right or reverted.
    click_record(qtbot, page, refs["clinic"])
    qtbot.waitUntil(lambda: page.current_output() is not None and page.current_output().ref == refs["conference"])
    assert page.form.ref == refs["conference"] and holder.error.isVisible()
    click_cell(qtbot, page, "HCP", 5)
    qtbot.waitUntil(lambda: page.matrix_view.selectedIndexes() == [page.matrix.index_of("AEC", 5)])
    assert page.cell == ("AEC", 5) and page.matrix_view.currentIndex() == page.matrix.index_of("AEC", 5)
    assert page.form.ref == refs["conference"] and getattr(page.form, widget).text() == value
    qtbot.mouseClick(page.form.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.title.text() == before.title and not holder.error.isVisible()
    click_cell(qtbot, page, "HCP", 5)
    assert page.cell == ("HCP", 5) and stack.count() == 0


def test_a_new_output_with_bad_values_is_not_created(
    qtbot: QtBot, page: OutputsPage, database: Database, stack: QUndoStack
) -> None:
    click_cell(qtbot, page, "HCP", 8)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "cannot be empty" in page.form.fields["title"].error.text()
    type_into(page.form.title, "Health study")
    type_into(page.form.progress, "150")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "between 0 and 100" in page.form.fields["progress"].error.text()
    assert not page.form.fields["title"].error.isVisible()
    assert sql_refs(database, "HCP", 8) == set() and stack.count() == 0
    assert page.matrix.data(page.matrix.index_of("HCP", 8), COUNT_ROLE) == 0
    type_into(page.form.progress, "15")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    [ref] = sql_refs(database, "HCP", 8)
    assert ref == "HCP-O0003", "the refused tries used no reference"
    assert outputs.output_detail(database, ref).progress == 15
    # Cancelling a new output leaves nothing behind.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(page.form.title, "Never saved")
    qtbot.mouseClick(page.form.revert_button, Qt.MouseButton.LeftButton)
    assert not page.form.is_new and sql_refs(database, "HCP", 8) == {ref} and stack.count() == 1


def test_controls_are_named_and_tab_goes_down_the_page(qtbot: QtBot, page: OutputsPage, refs: dict[str, str]) -> None:
    for control in (page.matrix_view, page.records_view, page.add_button, page.remove_button, *page.form.tab_chain()):
        assert control.objectName() and control.accessibleName(), control
    for label in (page.cell_caption, page.form.heading):
        assert isinstance(label, QLabel) and label.textFormat() == Qt.TextFormat.PlainText
    page.show_output(refs["clinic"])
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.matrix_view.setFocus()
    visited = [page.matrix_view]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    form = page.form
    assert visited == [
        page.matrix_view,
        page.records_view,
        page.add_button,
        page.remove_button,
        form.title,
        form.date,
        form.status,
    ]


def test_refresh_keeps_the_cell_the_output_and_what_is_typed(
    qtbot: QtBot, page: OutputsPage, database: Database, refs: dict[str, str]
) -> None:
    click_cell(qtbot, page, "AEC", 5)
    click_record(qtbot, page, refs["clinic"])
    type_into(page.form.title, "Typed, not saved yet")
    outputs.create_output(database, "AEC", 5, "Made elsewhere")
    page.refresh()
    assert page.cell == ("AEC", 5) and page.records.rowCount() == 3
    assert page.current_output().ref == refs["clinic"]  # type: ignore[union-attr]
    assert page.form.title.text() == "Typed, not saved yet"
    assert page.matrix.data(page.matrix.index_of("AEC", 5), COUNT_ROLE) == 3
    assert page.matrix_view.currentIndex() != QModelIndex()


@pytest.mark.parametrize("then", ["save again", "revert"])
def test_an_output_saved_by_someone_else_meanwhile_is_said_and_kept_or_taken(
    qtbot: QtBot, page: OutputsPage, database: Database, refs: dict[str, str], then: str
) -> None:
    """Two secretaries edit one output: the form names who changed it last; a save made after someone else's is
    refused with who and when, what was typed stays, Save again keeps it on top and Revert shows theirs."""
    database.author = "Ana Lopes"
    ref = refs["study"]
    page.show_output(ref)
    changed = page.form.findChild(QLabel, "outputChangedBy")
    assert changed is not None and changed.isVisible() and changed.text().startswith("Last changed by ")

    database.author = "Rui Matos"  # Rui, on his laptop, retitles it while Ana's form shows it
    outputs.update_output(database, ref, {"title": "Rui's title"})
    database.author = "Ana Lopes"
    type_into(page.form.title, "Ana's title")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert outputs.output_detail(database, ref).title == "Rui's title", "refused: nothing of Ana's was written"
    assert changed.text().startswith("Rui Matos saved this output at ")
    assert page.form.title.text() == "Ana's title", "what she typed stays"

    button = page.form.save_button if then == "save again" else page.form.revert_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    expected = "Ana's title" if then == "save again" else "Rui's title"
    assert outputs.output_detail(database, ref).title == expected
    assert page.form.title.text() == expected
