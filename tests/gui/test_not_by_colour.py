"""Nothing is said by colour alone (EN 301 549 9.1.4.1, "use of colour"): wherever PactDesk paints a meaning in a
colour (overdue in red, the totals of the outputs set apart, the sets of a chart, the wall's items dealt with in a
dimmer grey), words, a mark or a pattern say it too, in what is shown and in what a screen reader reads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import OutputStatus
from pactdesk.gui.follow_up.dashboard_page import ACTIONS, OUTPUTS, DashboardPage
from pactdesk.gui.follow_up.outputs_page import OutputsPage
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.presentation.pages import CURRENT, DEALT_WITH
from pactdesk.gui.presentation.state import View
from pactdesk.services import actions, agenda, meetings, outputs
from pactdesk.store.database import Database
from tests.gui.driving import open_window

TODAY = date.today()
PAINTED = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)


@pytest.fixture
def records(database: Database) -> dict[str, Any]:
    """A meeting of three items; an action overdue by nine days, one due later; outputs in two statuses."""
    held = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    first = agenda.add_agenda_item(database, held, "Opening", planned_minutes=10)
    agenda.add_agenda_item(database, held, "Training plan", planned_minutes=30)
    agenda.add_agenda_item(database, held, "Fairs", planned_minutes=20)
    late = actions.create_action(
        database, "Send the plan", meeting_ref=held, agenda_item_id=first, due_on=TODAY - timedelta(days=9)
    )
    later = actions.create_action(
        database, "Draft the study", meeting_ref=held, agenda_item_id=first, due_on=TODAY + timedelta(days=30)
    )
    outputs.create_output(database, "TEX", 8, "Training study", on=date(2026, 2, 1))
    outputs.create_output(database, "TEX", 5, "Talent fair", on=date(2026, 3, 1), status=OutputStatus.ACHIEVED)
    return {"held": held, "first": first, "late": late, "later": later}


@pytest.fixture
def window(qtbot: QtBot, database: Database, records: dict[str, Any]) -> Iterator[MainWindow]:
    shown = open_window(qtbot, database)
    shown.resize(1600, 1000)
    shown.show_meeting(records["held"])
    yield shown
    shown.stop_presenting()


def painted_cells(model: QAbstractItemModel) -> list[tuple[int, int]]:
    """The cells the model gives a colour of their own."""
    return [
        (row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if any(model.data(model.index(row, column), role) is not None for role in PAINTED)
    ]


def words_of(model: QAbstractItemModel, row: int, column: int) -> str:
    """What the cell says to the eye, to a pointer and to a screen reader."""
    index = model.index(row, column)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    return " | ".join(str(model.data(index, role)) for role in roles if model.data(index, role) is not None)


def test_a_date_in_red_says_overdue_in_words(window: MainWindow, records: dict[str, Any]) -> None:
    window.show_page("tracker")
    tracker = window.page("tracker")
    assert isinstance(tracker, TrackerPage)
    model = tracker.model
    rows = {model.action(row).ref: row for row in range(model.rowCount())}
    painted = painted_cells(model)
    assert {row for row, _ in painted} == {rows[records["late"]]}, "only the overdue action is in red"
    for row, column in painted:
        said = words_of(model, row, column)
        assert "9 days overdue" in said, f"column {column} of the overdue action is red and says only “{said}”"
        assert model.data(model.index(row, column), Qt.ItemDataRole.AccessibleTextRole), "read out, not only shown"
    assert "overdue" not in " ".join(words_of(model, rows[records["later"]], c) for c in range(model.columnCount()))

    window.show_page("dashboard")
    board = window.page("dashboard")
    assert isinstance(board, DashboardPage)
    listed = board.open_actions
    painted = painted_cells(listed)
    assert painted, "the dashboard's open actions show the overdue one in red"
    for row, column in painted:
        assert listed.row_at(row).ref == records["late"]
        assert "overdue by 9 days" in words_of(listed, row, column), column

    # In the meeting's own list of actions, and in the tracker's column, the warning sign and the word.
    window.pages.setCurrentIndex(0)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.AGENDA)
    editor.agenda.select_item(records["first"])
    entries = [editor.agenda.actions.topLevelItem(n) for n in range(editor.agenda.actions.topLevelItemCount())]
    due = {entry.text(0): entry.text(3) for entry in entries}
    assert "⚠ overdue" in due[records["late"]] and "overdue" not in due[records["later"]]


def test_the_totals_of_the_outputs_are_named_not_only_shaded(window: MainWindow) -> None:
    window.show_page("outputs")
    page = window.page("outputs")
    assert isinstance(page, OutputsPage)
    matrix = page.matrix
    painted = painted_cells(matrix)
    assert painted, "the totals are set apart"
    last_row, last_column = matrix.rowCount() - 1, matrix.columnCount() - 1
    for row, column in painted:
        assert row == last_row or column == last_column
        headers = (
            matrix.headerData(row, Qt.Orientation.Vertical),
            matrix.headerData(column, Qt.Orientation.Horizontal),
        )
        assert "Total" in headers
        said = words_of(matrix, row, column)
        assert "All clusters" in said or "every output type" in said, said


def test_the_sets_of_a_chart_differ_by_pattern_and_are_named(window: MainWindow) -> None:
    window.show_page("dashboard")
    board = window.page("dashboard")
    assert isinstance(board, DashboardPage)
    for name, panel in board.panels.items():
        sets = panel.series.barSets()
        if len(sets) < 2:
            continue
        patterns = [bar_set.brush().style() for bar_set in sets]
        assert len(set(patterns)) == len(sets), f"{name}: two sets in one pattern: {patterns}"
        legend = panel.chart.legend()
        assert legend.isVisible(), name
        assert [marker.label() for marker in legend.markers()] == [bar_set.label() for bar_set in sets], name
        for marker, bar_set in zip(legend.markers(), sets, strict=True):
            assert marker.brush().style() == bar_set.brush().style(), f"{name}: the legend shows the pattern"
        assert panel.figures.rowCount() > 0 and panel.table.accessibleName(), "the numbers, in a table beside"
    striped = {bar_set.label(): bar_set.brush().style() for bar_set in board.panels[ACTIONS].series.barSets()}
    assert list(striped.values())[1] == Qt.BrushStyle.BDiagPattern, "overdue is striped"
    assert len(board.panels[OUTPUTS].series.barSets()) == len(OutputStatus)


def test_the_wall_marks_the_items_dealt_with(qtbot: QtBot, window: MainWindow) -> None:
    window.present_action.trigger()
    presentation = window.presentation
    assert presentation is not None
    panel, wall = presentation.panel, presentation.audience
    panel.next_button.setFocus()
    QApplication.processEvents()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_1):  # a clicker's keys: the second item, the agenda
        qtbot.keyClick(panel.next_button, key)
    qtbot.waitUntil(lambda: presentation.index == 1 and presentation.view is View.AGENDA)
    lines = wall.shown_text().splitlines()
    assert lines[lines.index(DEALT_WITH) + 1] == "1. Opening", "the item dealt with is marked, not only dimmer"
    assert lines[lines.index(CURRENT) + 1] == "2. Training plan"
    assert DEALT_WITH not in lines[lines.index(CURRENT) :], "the items to come have no mark"
    assert DEALT_WITH in wall.accessibleDescription()
