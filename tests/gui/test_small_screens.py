"""The window at home on a small laptop: at 1280×720 and 1366×768, at 100 % and at 125 % (the same screens' logical
1024×576 and 1093×614), in English and in Portuguese, on the demo database, every button shows its whole text,
every widget is inside the window, and a list's cell cut short shows its whole text when pointed at. A first start
sizes the window to the screen, a remembered size larger than the screen is brought inside it (both in a
subprocess on a screen of that size, at 125 % too), and a new database says where to begin."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QToolButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pactdesk.gui import app as gui_app
from pactdesk.gui.common.widgets import WholeTextTips
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings import first_run
from pactdesk.gui.meetings.cluster_model import ClusterTableModel
from pactdesk.gui.meetings.meeting_list_model import MeetingListModel
from pactdesk.services import agenda, carry_over, demo, meetings, workspace
from pactdesk.store.database import Database
from tests.gui.driving import press

AS_OF = date(2026, 11, 24)
# The commonest laptop screens, and what they are in logical pixels at 125 % (QT_SCALE_FACTOR=1.25 lays the
# window out at these sizes, then draws it larger).
SIZES = [QSize(1280, 720), QSize(1366, 768), QSize(1024, 576), QSize(1093, 614)]


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = workspace.open_workspace(workspace.location(str(path)))
    try:
        demo.build_demo(database, as_of=AS_OF)
    finally:
        database.close()
    return path


@pytest.fixture
def demo_database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_file, path)
    database = workspace.open_workspace(workspace.location(str(path)))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(params=["en", "pt"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "pt":
        request.getfixturevalue("portuguese")  # tests/gui/conftest.py
    return str(request.param)


def open_window(qtbot: QtBot, database: Database, size: QSize) -> MainWindow:
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(size)
    QApplication.processEvents()
    return window


def with_matters_arising(database: Database) -> tuple[str, int]:
    """The latest meeting of the busiest list of matters arising, and its "Matters arising" item."""
    best: tuple[int, str, int] | None = None
    for meeting in meetings.list_meetings(database, limit=400):
        items = [item for item in agenda.agenda(database, meeting.ref) if item.matters_arising]
        if items:
            count = len(carry_over.matters_arising(database, meeting.ref))
            if best is None or count > best[0]:
                best = (count, meeting.ref, items[0].id)
    assert best is not None and best[0] > 0, "the demo has matters arising"
    return best[1], best[2]


def text_room(button: QAbstractButton) -> int:
    """The width ``button`` needs to show its text whole: the text, its icon, and the style's margins."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    style = button.style()
    needed = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        needed += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif isinstance(button, QRadioButton):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
        needed += style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
    elif isinstance(button, QPushButton):
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    elif isinstance(button, QToolButton):
        needed += 4
        if button.menu() is not None or button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return needed


def scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` sits inside a scroll area's viewport, where scrolling brings it into view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def problems(window: MainWindow) -> list[str]:
    """What does not fit in ``window`` as it is on screen: buttons cut short, widgets beyond its edges, labels cut."""
    found: list[str] = []
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        # One pixel of slack, as for labels below: text advances are fractional, and once the wall's fonts are
        # registered (presenting) they round the other way in this sum but not in Qt's own size hints.
        if isinstance(widget, QAbstractButton) and widget.text() and text_room(widget) > widget.width() + 1:
            found.append(f"{name} “{widget.text()}” needs {text_room(widget)} px, has {widget.width()}")
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and not scrolled(widget, window):
            plain = widget.textFormat() == 0 and not widget.text().lstrip().startswith("<")  # Qt.PlainText is 0
            if plain and widget.fontMetrics().horizontalAdvance(widget.text()) > widget.contentsRect().width() + 1:
                found.append(f"{name} “{widget.text()}” is cut short")
        if scrolled(widget, window):
            continue
        placed = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(placed):
            found.append(f"{name} at {placed.getRect()} is outside the window {inside.getRect()}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size.width()}x{size.height()}")
def test_every_page_of_the_meeting_fits_the_laptop(
    qtbot: QtBot, demo_database: Database, language: str, size: QSize
) -> None:
    window = open_window(qtbot, demo_database, size)
    hint = window.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height(), f"the window can be {size.toTuple()}"
    assert window.size() == size
    ref, item_id = with_matters_arising(demo_database)
    window.show_meeting(ref)
    editor = window.editor
    for section in (editor.DETAILS, editor.ATTENDANCE, editor.AGENDA):
        editor.tabs.setCurrentIndex(section)
        if section == editor.AGENDA:
            editor.agenda.select_item(item_id)
            assert editor.agenda.arising.isVisible() and editor.agenda.arising.topLevelItemCount() > 0
        QApplication.processEvents()
        assert problems(window) == [], f"{editor.tabs.tabText(section)} at {size.toTuple()} in {language}"
    window.show_page("tracker")
    QApplication.processEvents()
    assert problems(window) == [], f"the action tracker at {size.toTuple()} in {language}"


def test_the_window_cannot_be_larger_than_a_small_laptop_at_125_percent(
    qtbot: QtBot, demo_database: Database, language: str
) -> None:
    """Whatever page is shown, the window's least size fits 1280×720 at 125 % (1024×576) with room for a task bar."""
    window = open_window(qtbot, demo_database, QSize(1024, 576))
    ref, item_id = with_matters_arising(demo_database)
    window.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    window.editor.agenda.select_item(item_id)
    for page in ("tracker", "outputs", "goals", "dashboard", "meetings"):
        if page == "meetings":
            window.pages.setCurrentIndex(0)
        else:
            window.show_page(page)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 540, f"{page}: {hint.toTuple()}"


def pointed_at(view: QAbstractItemView, index: Any) -> str:
    """What the list shows as its tip when the mouse rests on the cell at ``index``."""
    QToolTip.hideText()
    where = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def cut_short_cells(view: QAbstractItemView, column: int) -> list[tuple[Any, str]]:
    delegate = view.itemDelegate()
    assert isinstance(delegate, WholeTextTips)
    model = view.model()
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if view.visualRect(index).intersects(view.viewport().rect()):
            whole = delegate.cut_short(view, index)
            if whole is not None:
                found.append((index, whole))
    return found


def test_a_cell_cut_short_shows_its_whole_text_when_pointed_at(
    qtbot: QtBot, demo_database: Database, language: str
) -> None:
    window = open_window(qtbot, demo_database, QSize(1280, 720))
    window.splitter.setSizes([180, 400, 700])  # the meetings' pane narrowed by hand: their titles are cut short
    QApplication.processEvents()
    window.meeting_view.scrollTo(window.meetings.index(0, MeetingListModel.TITLE))
    QApplication.processEvents()
    cut = cut_short_cells(window.meeting_view, MeetingListModel.TITLE)
    assert cut, "some titles are cut short"
    for index, whole in cut[:3]:
        assert whole in pointed_at(window.meeting_view, index)
    whole_cells = [
        window.meetings.index(row, MeetingListModel.REF) for row in range(min(3, window.meetings.rowCount()))
    ]
    for index in whole_cells:  # a cell shown whole keeps the list's own tip
        assert pointed_at(window.meeting_view, index).startswith(str(index.data()))

    # The clusters' names wrap: at 1280×720 each shows whole in the pane a first start gives the clusters.
    window.splitter.setSizes([1264 * 24 // 100, 1264 * 28 // 100, 1264 * 48 // 100])
    for _ in range(3):
        QApplication.processEvents()
    assert window.cluster_view.width() < 320
    assert [whole for _, whole in cut_short_cells(window.cluster_view, ClusterTableModel.NAME)] == []

    # The matters arising and the tracker.
    ref, item_id = with_matters_arising(demo_database)
    window.show_meeting(ref)
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    window.editor.agenda.select_item(item_id)
    window.splitter.setSizes([180, 180, 920])
    QApplication.processEvents()
    arising = window.editor.agenda.arising
    cut_arising = [cell for column in range(arising.columnCount()) for cell in cut_short_cells(arising, column)]
    for index, whole in cut_arising:
        assert whole in pointed_at(arising, index)
    arising.setCurrentItem(arising.topLevelItem(0))
    detail = window.editor.agenda.arising_detail.text()
    assert arising.topLevelItem(0).text(1) in detail and arising.topLevelItem(0).text(0) in detail
    page = window.page("tracker")
    assert isinstance(page, TrackerPage)
    window.show_page("tracker")
    page.status.setCurrentIndex(page.status.index_of(None))  # any status: every action
    QApplication.processEvents()
    cut_tracker = [cell for column in range(page.model.columnCount()) for cell in cut_short_cells(page.view, column)]
    assert cut_tracker, "some of the tracker's cells are cut short at 1280×720"
    for index, whole in cut_tracker[:5]:
        assert whole in pointed_at(page.view, index)


def test_the_meetings_titles_keep_their_room_in_the_pane_a_first_start_gives(
    qtbot: QtBot, demo_database: Database, language: str
) -> None:
    """At 1280×720 the meetings' pane is narrow: the kind, the cluster (its code begins every reference), the minutes
    and the status give way to the title (it showed "Re…"), the reference and the date stay whole, and nothing
    scrolls sideways; wider, they all come back. One cluster's list keeps its cluster column out at any width."""
    window = open_window(qtbot, demo_database, QSize(1280, 720))
    view, header, columns = window.meeting_view, window.meeting_view.horizontalHeader(), window.meeting_columns

    def settled(sizes: list[int]) -> None:
        window.splitter.setSizes(sizes)
        for _ in range(3):
            QApplication.processEvents()
        qtbot.waitUntil(lambda: not columns._timer.isActive(), timeout=3000)

    first_start = [1264 * 24 // 100, 1264 * 28 // 100, 1264 * 48 // 100]
    settled(first_start)
    room = view.viewport().width()
    assert view.columnWidth(MeetingListModel.TITLE) >= view.fontMetrics().averageCharWidth() * 10
    assert header.length() <= room, "no sideways scrolling"
    assert MeetingListModel.KIND in columns.left_out(), "the kind gave way first"
    for whole in (MeetingListModel.REF, MeetingListModel.DATE):
        assert not header.isSectionHidden(whole) and not cut_short_cells(view, whole)

    window.resize(2400, 900)  # a wide screen's window, the meetings' pane given most of it
    settled([200, 1500, 700])
    assert columns.left_out() == set()
    for column in (MeetingListModel.KIND, MeetingListModel.CLUSTER, MeetingListModel.STATUS, MeetingListModel.MINUTES):
        assert not header.isSectionHidden(column)
        assert not cut_short_cells(view, column), f"column {column} shown whole"

    # One cluster's list: its cluster column stays out, narrow or wide.
    index = next(
        window.clusters.index(row, ClusterTableModel.NAME)
        for row in range(window.clusters.rowCount())
        if window.clusters.cluster(row) is not None
    )
    window.cluster_view.setCurrentIndex(index)
    settled([200, 1500, 700])
    assert header.isSectionHidden(MeetingListModel.CLUSTER) and not header.isSectionHidden(MeetingListModel.KIND)
    window.resize(1280, 720)
    settled(first_start)
    assert header.isSectionHidden(MeetingListModel.CLUSTER)
    assert header.length() <= view.viewport().width()
    assert view.columnWidth(MeetingListModel.TITLE) >= view.viewport().width() * 0.35 - 1


# -- the first start and a remembered size, on a screen of the laptop's size -------------------------------------

FIRST_START = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pactdesk.gui import app as gui_app
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import workspace

app = QApplication([])
database = workspace.open_workspace(workspace.location(sys.argv[1]))
settings = gui_app.settings()
if sys.argv[2] == "huge":
    from pactdesk.gui.common import settings as setting
    big = MainWindow(None, settings)
    big.setMinimumSize(3000, 2000)
    big.setGeometry(-500, -400, 3000, 2000)
    setting.GEOMETRY.write(settings, big.saveGeometry())
    big.deleteLater()
window = MainWindow(database, settings)
window.show()
app.processEvents()
room = window.screen().availableGeometry()
print(json.dumps({
    "room": room.getRect(), "frame": window.frameGeometry().getRect(), "size": window.size().toTuple(),
    "least": window.minimumSizeHint().toTuple(), "scale": window.devicePixelRatioF(),
}))
window.close()
database.close()
"""


def first_start(tmp_path: Path, width: int, height: int, scale: float, remembered: str) -> dict[str, Any]:
    config = tmp_path / "screen.json"
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale))
    done = subprocess.run(
        [sys.executable, "-c", FIRST_START, str(tmp_path / "pact.sqlite"), remembered],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(line for line in reversed(done.stdout.splitlines()) if line.startswith("{"))
    result: dict[str, Any] = json.loads(line)
    return result


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
@pytest.mark.parametrize("remembered", ["nothing", "huge"])
def test_the_window_starts_inside_the_screen(
    tmp_path: Path, screen: tuple[int, int], scale: float, remembered: str
) -> None:
    seen = first_start(tmp_path, *screen, scale, remembered)
    room = QRect(*seen["room"])
    assert room.size().toTuple() == (round(screen[0] / scale), round(screen[1] / scale)), "logical pixels"
    frame = QRect(*seen["frame"])
    assert room.contains(frame), f"the window {frame.getRect()} is inside the screen {room.getRect()}"
    least = seen["least"]
    assert least[0] <= room.width() and least[1] <= room.height()
    if remembered == "nothing":
        assert frame.width() >= room.width() - 40 and frame.height() >= room.height() - 60, "most of the screen"


# -- a first run that guides ----------------------------------------------------------------------------------


def test_a_new_database_says_where_to_begin(
    qtbot: QtBot, database: Database, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, database, QSize(1024, 576))
    editor = window.editor
    assert editor.pages.currentWidget() is editor.first_steps and editor.first_steps.isVisible()
    assert problems(window) == []
    press(qtbot, editor.first_steps.buttons["directory"])
    qtbot.waitUntil(lambda: window._directory is not None and window._directory.isVisible())
    window._directory.close()

    # The demo opens in a window of its own (a PactDesk process on the demo file), leaving this database alone.
    launched: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        first_run, "start_detached", lambda program, arguments: not launched.append((program, arguments))
    )
    first_run.demo_path().parent.mkdir(parents=True, exist_ok=True)
    first_run.demo_path().write_bytes(b"")  # already made: opened at once
    press(qtbot, editor.first_steps.buttons["demo"])
    assert launched == [(sys.executable, ["-m", "pactdesk", "--db", str(first_run.demo_path())])]
    assert meetings.count_meetings(database) == 0

    # The first meeting: the guide gives way to it, and its details say why nobody can be chosen as chair.
    ref = meetings.create_meeting(database, "AEC", title="First", starts_at="2026-12-01 10:00")
    window.refresh()
    window.show_meeting(ref)
    assert editor.pages.currentIndex() == 1
    assert editor.details.no_people.isVisible()
    editor.show_meeting(None)
    assert editor.pages.currentWidget() is editor.empty


def test_the_demo_offered_on_a_first_run_is_written_in_the_windows_language(
    qtbot: QtBot, database: Database, portuguese: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressing "Open the demo" in a Portuguese window builds a Portuguese demo of its own, then opens it."""
    launched: list[list[str]] = []
    monkeypatch.setattr(first_run, "start_detached", lambda program, arguments: not launched.append(arguments))
    window = open_window(qtbot, database, QSize(1280, 720))
    press(qtbot, window.editor.first_steps.buttons["demo"])
    made = first_run.demo_path("pt")
    qtbot.waitUntil(lambda: bool(launched), timeout=120_000)
    assert launched == [["-m", "pactdesk", "--db", str(made)]] and made.name == "demo-pt.sqlite"
    shown = workspace.open_workspace(workspace.location(str(made)), readonly=True)
    try:
        first = meetings.list_meetings(shown, limit=1)[0]
        titles = [item.title for item in agenda.agenda(shown, first.ref)]
    finally:
        shown.close()
    assert "Aprovação da ata da reunião anterior" in titles and "Approval of the previous minutes" not in titles
    assert meetings.count_meetings(database) == 0, "the user's own database is left alone"
