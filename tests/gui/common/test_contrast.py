"""Contrast in the light and the dark theme (EN 301 549 9.1.4.3 and 9.1.4.11, as WCAG 2.1): text at 4.5:1 or more on
what it is drawn on, in every state a window shows (active, inactive, disabled: an approved meeting's details are read
in disabled fields); what shows the keyboard's focus, and the bars of a chart, at 3:1 or more; and the colours the
code sets itself (the red of overdue and of errors, the dashboard's bars and labels) as readable as the palette's.

The wall of the meeting room, light on near-black whatever the theme, has its own test at 7:1
(tests/gui/presentation/test_presentation_rules.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import OutputStatus
from pactdesk.gui.common.theme import Theme, contrast, error_colour, readable
from pactdesk.gui.follow_up.dashboard_page import DashboardPage
from pactdesk.gui.follow_up.tracker_model import TrackerModel
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, meetings, outputs
from pactdesk.store.database import Database
from tests.gui.driving import activate, open_window

TEXT, GRAPHIC = 4.5, 3.0
Role, Group = QPalette.ColorRole, QPalette.ColorGroup
GROUPS = (Group.Active, Group.Inactive, Group.Disabled)
# The colours text is drawn in, each on what it is drawn on.
TEXT_ON = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
)


def focus_outline(palette: QPalette) -> QColor:
    """The colour Qt's Fusion style outlines a focused field, button or box in: the highlight a quarter darker, no
    lighter than a middle lightness (qfusionstyle.cpp, highlightedOutline); the test checks it is what is drawn."""
    outline = palette.color(Role.Highlight).darker(125)
    if outline.value() > 160:
        outline.setHsl(outline.hue(), outline.saturation(), 160)
    return outline


@pytest.fixture
def records(database: Database) -> dict[str, str]:
    """An overdue action and an output, so the red of overdue and the dashboard's bars are drawn."""
    held = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    late = actions.create_action(database, "Send the plan", meeting_ref=held, due_on=date.today() - timedelta(days=9))
    actions.create_action(database, "Draft the study", meeting_ref=held, due_on=date.today() + timedelta(days=30))
    outputs.create_output(database, "TEX", 8, "Training study", on=date(2026, 2, 1))
    outputs.create_output(database, "TEX", 5, "Talent fair", on=date(2026, 3, 1), status=OutputStatus.ACHIEVED)
    return {"held": held, "late": late}


@pytest.fixture(params=[Theme.LIGHT, Theme.DARK], ids=["light", "dark"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, database: Database, records: dict[str, str]
) -> Iterator[MainWindow]:
    shown = open_window(qtbot, database)
    shown.set_theme(request.param, remember=False)
    QApplication.processEvents()
    yield shown
    shown.set_theme(Theme.SYSTEM, remember=False)


def test_text_reads_on_what_it_is_drawn_on_in_every_state(window: MainWindow) -> None:
    palette = QApplication.palette()
    short = []
    for group in GROUPS:
        for text, ground in TEXT_ON:
            colour, under = palette.color(group, text), palette.color(group, ground)
            if contrast(colour, under) < TEXT:
                short.append(
                    f"{group.name} {text.name} {colour.name(QColor.NameFormat.HexArgb)} on {ground.name} "
                    f"{under.name()}: {contrast(colour, under):.2f}"
                )
    assert not short, "text under 4.5:1:\n" + "\n".join(short)
    # What a field shows is what the window's widgets paint with.
    assert window.filter.palette().color(Role.Text) == palette.color(Role.Text)


def test_the_focus_and_a_chosen_row_stand_out(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.style().name() == "fusion", "both themes draw with Fusion here"
    palette = QApplication.palette()
    outline = focus_outline(palette)
    for ground in (Role.Window, Role.Base, Role.Button):
        assert contrast(outline, palette.color(ground)) >= GRAPHIC, (ground.name, outline.name())
    assert contrast(palette.color(Role.Highlight), palette.color(Role.Base)) >= GRAPHIC, "a chosen row shows"

    # The outline is what Fusion draws around a button and a field that Tab reached.
    form = QWidget()
    qtbot.addWidget(form)
    field, button = QLineEdit("text", readOnly=True), QPushButton("Button")
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(button)
    form.show()
    activate(qtbot, form)
    for control, other, key in ((button, field, Qt.Key.Key_Tab), (field, button, Qt.Key.Key_Backtab)):
        other.setFocus(Qt.FocusReason.OtherFocusReason)
        plain = control.grab().toImage()
        qtbot.keyClick(other, key)  # the keyboard moves the focus: Fusion shows it then
        assert control.hasFocus()
        focused = control.grab().toImage()
        changed = {
            focused.pixel(x, y)
            for x in range(focused.width())
            for y in range(focused.height())
            if focused.pixel(x, y) != plain.pixel(x, y)
        }
        assert outline.rgb() in changed, f"{type(control).__name__}: the focus is not drawn in {outline.name()}"


def test_colours_the_code_sets_read_as_well(qtbot: QtBot, window: MainWindow, records: dict[str, str]) -> None:
    palette = QApplication.palette()
    red = error_colour(palette)
    for ground in (Role.Window, Role.Base, Role.AlternateBase):
        assert contrast(red, palette.color(ground)) >= TEXT, f"the red of errors and overdue on {ground.name}"

    # The tracker paints an overdue date in the red the model gives, on a row's base or its alternate.
    window.show_page("tracker")
    tracker = window.page("tracker")
    assert isinstance(tracker, TrackerPage)
    model = tracker.model
    row = next(row for row in range(model.rowCount()) if model.action(row).ref == records["late"])
    painted = model.data(model.index(row, TrackerModel.DUE), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(painted, QColor) and painted == red
    for ground in (Role.Base, Role.AlternateBase):
        assert contrast(painted, tracker.view.palette().color(ground)) >= TEXT

    # The dashboard: titles and labels on the chart's background, each bar at 3:1 on it, labels on the bars.
    window.show_page("dashboard")
    board = window.page("dashboard")
    assert isinstance(board, DashboardPage)
    for name, panel in board.panels.items():
        chart = panel.chart
        background = chart.backgroundBrush().color()
        assert background == palette.color(Role.Base)
        assert contrast(chart.titleBrush().color(), background) >= TEXT, name
        for axis in chart.axes():
            assert contrast(axis.labelsColor(), background) >= TEXT, name
        if chart.legend().isVisible():
            assert contrast(chart.legend().labelColor(), background) >= TEXT, name
        sets = panel.series.barSets()
        assert sets, name
        for bar_set in sets:
            line, brush = bar_set.pen().color(), bar_set.brush()
            where = f"{name}: {bar_set.label()}"
            assert contrast(line, background) >= GRAPHIC, f"{where}: the bar's outline {line.name()}"
            labels_shown = not isinstance(panel.series, QStackedBarSeries)
            if labels_shown:
                label = bar_set.labelColor()
                assert contrast(label, background) >= TEXT, f"{where}: a label off the bar (a nought)"
                if brush.style() == Qt.BrushStyle.SolidPattern:
                    assert contrast(label, brush.color()) >= TEXT, f"{where}: a label on {brush.color().name()}"


def test_readable_changes_only_what_falls_short() -> None:
    palette = QPalette(QColor("#efefef"))
    palette.setColor(Role.Text, QColor("#000000"))
    palette.setColor(Role.Base, QColor("#ffffff"))
    palette.setColor(Role.Highlight, QColor("#308cc6"))  # Fusion's: white on it is 3.7:1
    palette.setColor(Role.HighlightedText, QColor("#ffffff"))
    palette.setColor(Group.Disabled, Role.Text, QColor("#bebebe"))  # 1.7:1
    palette.setColor(Role.PlaceholderText, QColor(0, 0, 0, 128))  # half black: grey, 3.9:1 on white
    fixed = readable(palette)
    assert fixed.color(Role.Text) == palette.color(Role.Text), "black on white is left alone"
    assert fixed.color(Role.Base) == palette.color(Role.Base)
    assert contrast(fixed.color(Role.HighlightedText), fixed.color(Role.Highlight)) >= TEXT
    assert fixed.color(Role.Highlight).hue() == palette.color(Role.Highlight).hue(), "the same blue, darker"
    assert fixed.color(Role.HighlightedText) == QColor("#ffffff")
    for group, role in ((Group.Disabled, Role.Text), (Group.Active, Role.PlaceholderText)):
        before, after = palette.color(group, role), fixed.color(group, role)
        assert contrast(after, fixed.color(group, Role.Base)) >= TEXT
        assert contrast(after, fixed.color(group, Role.Base)) < 6, f"{role.name}: no darker than it must be"
        assert after != palette.color(group, Role.Text) and before != after
