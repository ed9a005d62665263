"""The Decisions page driven as staff would: the register filtered by choosing a cluster, a year and a goal and by
typing words; Enter and a double click open the decision's meeting at its agenda item; Export register… writes the
register of the cluster and year chosen, or nothing when the file chooser is cancelled, and says why when it
cannot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pactdesk.gui.common import settings as setting
from pactdesk.gui.follow_up.decisions_page import DecisionsModel, DecisionsPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, agenda, meetings
from pactdesk.services import register as _numbering  # noqa: F401  (numbers decisions; see test_register's wiring)
from pactdesk.services.register import DecisionFilter
from pactdesk.store.database import Database
from tests.gui.driving import OK, activate, choose, open_window, press, type_into
from tests.gui.test_every_dialog import Answers, Chooser, click_menu
from tests.snapshots import everything


@pytest.fixture
def refs(database: Database) -> dict[str, Any]:
    """TEX: two decisions in March 2025 (the second under an item whose action serves goal 3) and one in 2026;
    AEC: one in 2025."""
    march = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    plan = agenda.add_agenda_item(database, march, "Work plan")
    fairs = agenda.add_agenda_item(database, march, "Fairs")
    agenda.add_decision(database, plan, "The work plan is approved.")
    agenda.add_decision(database, fairs, "A AÇÃO de promoção nas feiras é aprovada.")
    actions.create_action(database, "Book the stand", meeting_ref=march, agenda_item_id=fairs, goal_numbers=[3])
    later = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    training = agenda.add_agenda_item(database, later, "Training")
    agenda.add_decision(database, training, "Two courses in 2026.")
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-05-05 10:00")
    agenda.add_decision(database, agenda.add_agenda_item(database, aec, "Studies"), "A study of the sector.")
    return {"march": march, "fairs": fairs, "later": later, "training": training, "aec": aec}


@pytest.fixture
def page(qtbot: QtBot, database: Database, refs: dict[str, Any], tmp_path: Path) -> DecisionsPage:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = DecisionsPage(database, settings)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    return shown


def counted(page: DecisionsPage) -> str:
    """The count under the list, without its plural ending (which the English translation's plural forms give)."""
    return page.count.text().removesuffix("s").removesuffix("(s)")


def listed(page: DecisionsPage) -> list[str]:
    return [page.model.decision(row).label for row in range(page.model.rowCount())]


def test_the_model_alone_has_its_columns_and_reads_the_register(database: Database, refs: dict[str, Any]) -> None:
    model = DecisionsModel(database)
    assert model.columnCount() == 4
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["No.", "Decision", "Meeting and item", "Date"]
    model.set_filter(DecisionFilter(cluster="TEX", year=2025))
    assert model.total == model.rowCount() == 2
    cells = [model.data(model.index(1, column)) for column in range(4)]
    wording = "A AÇÃO de promoção nas feiras é aprovada."
    assert cells == ["TEX 2025/02", wording, f"{refs['march']} · item 2", "2025-03-03"]
    tip = model.data(model.index(1, DecisionsModel.MEETING), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{refs['march']} · item 2, Fairs"


def test_filters_by_choosing_and_by_typing(qtbot: QtBot, page: DecisionsPage) -> None:
    assert listed(page) == ["AEC 2025/01", "TEX 2025/01", "TEX 2025/02", "TEX 2026/01"]
    assert counted(page) == "4 decision"
    assert [page.year.itemText(row) for row in range(page.year.count())] == ["Any year", "2026", "2025"]
    choose(qtbot, page.cluster, "AEC — ")
    assert listed(page) == ["AEC 2025/01"]
    assert [page.year.itemText(row) for row in range(page.year.count())] == ["Any year", "2025"], "AEC's years"
    choose(qtbot, page.cluster, "TEX — ")
    choose(qtbot, page.year, "2025")
    assert listed(page) == ["TEX 2025/01", "TEX 2025/02"]
    choose(qtbot, page.goal, "3. ")
    assert listed(page) == ["TEX 2025/02"], "the item whose action serves goal 3"
    assert counted(page) == "1 decision"
    choose(qtbot, page.goal, "Any goal")
    type_into(qtbot, page.text, "acao feiras")
    qtbot.waitUntil(lambda: listed(page) == ["TEX 2025/02"], timeout=3000)
    type_into(qtbot, page.text, "nothing like this")
    qtbot.waitUntil(lambda: counted(page) == "0 decision", timeout=3000)
    assert not page.export_button.isEnabled(), "no register to export"
    type_into(qtbot, page.text, "")
    qtbot.waitUntil(lambda: len(listed(page)) == 2, timeout=3000)


def test_choosing_a_decision_shows_it_whole(qtbot: QtBot, page: DecisionsPage, refs: dict[str, Any]) -> None:
    assert not page.open_button.isEnabled() and page.whole.toPlainText() == ""
    page.view.setFocus()  # the first row is the current one: the arrow moves to the second
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.open_button.isEnabled()
    whole = f"TEX 2025/01 · {refs['march']} · item 1, Work plan · 2025-03-03\nThe work plan is approved."
    assert page.whole.toPlainText() == whole


def _row_of(window: MainWindow, label: str) -> int:
    page = window.page("decisions")
    assert isinstance(page, DecisionsPage)
    return next(row for row in range(page.model.rowCount()) if page.model.decision(row).label == label)


def test_enter_and_a_double_click_open_the_meeting_at_the_item(
    qtbot: QtBot, database: Database, refs: dict[str, Any]
) -> None:
    window = open_window(qtbot, database)
    click_menu(qtbot, window, "View", "Decisions")
    page = window.page("decisions")
    assert isinstance(page, DecisionsPage) and window.current_page() == "decisions"
    page.view.selectRow(_row_of(window, "TEX 2025/02"))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.current_page() == "meetings" and window.editor.ref == refs["march"]
    assert window.editor.tabs.currentIndex() == window.editor.AGENDA
    assert window.editor.agenda.current_item_id() == refs["fairs"]
    window.show_page("decisions")
    row = _row_of(window, "TEX 2026/01")
    rectangle = page.view.visualRect(page.model.index(row, DecisionsModel.DECISION))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rectangle.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rectangle.center())
    assert window.editor.ref == refs["later"] and window.editor.agenda.current_item_id() == refs["training"]
    window.show_page("decisions")
    page.view.selectRow(_row_of(window, "AEC 2025/01"))
    press(qtbot, page.open_button)
    assert window.editor.ref == refs["aec"]


def test_the_view_menu_shows_the_page_with_its_shortcut(qtbot: QtBot, database: Database) -> None:
    window = open_window(qtbot, database)
    titles = [title for _, title in window.follow_up.titles()]
    shortcut = f"Ctrl+{titles.index('Decisions') + 2}"
    activate(qtbot, window)
    window.meeting_view.setFocus()
    qtbot.keyClick(window.meeting_view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert shortcut == "Ctrl+6" and window.current_page() == "decisions"


def test_export_register_cancelled_writes_nothing_and_chosen_writes_the_cluster_and_year(
    qtbot: QtBot,
    database: Database,
    refs: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, database)
    setting.DOCUMENT_LANGUAGE.write(window.settings, "pt")
    window.show_page("decisions")
    page = window.page("decisions")
    assert isinstance(page, DecisionsPage)
    choose(qtbot, page.cluster, "TEX — ")
    choose(qtbot, page.year, "2025")
    before = everything(database)
    chooser = Chooser(monkeypatch, None)
    press(qtbot, page.export_button)
    assert chooser.asked == ["Save the register of decisions"] and chooser.suggested == ["decisions-tex-2025.pdf"]
    assert list(tmp_path.glob("*.pdf")) == [] and page.flow.job is None

    Chooser(monkeypatch, tmp_path / "registo")  # the suffix is added
    press(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.flow.job is None, timeout=30_000)
    text = " ".join(each.extract_text() for each in PdfReader(tmp_path / "registo.pdf").pages)
    assert "Registo das deliberações" in text and "TEX 2025/02" in text
    assert "TEX 2026/01" not in text and "AEC" not in text
    said = window.statusBar().currentMessage()
    assert said.startswith("Register of 2 decision") and said.endswith(f" saved to {tmp_path / 'registo.pdf'}.")
    assert everything(database) == before


def test_an_export_that_cannot_be_written_says_why_and_writes_nothing(
    qtbot: QtBot, page: DecisionsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Answers(qtbot)
    Chooser(monkeypatch, tmp_path / "missing" / "register.pdf")
    answer = dialogs.expect(button=OK, kind=QMessageBox)
    press(qtbot, page.export_button)
    qtbot.waitUntil(lambda: bool(answer.seen) and page.flow.job is None, timeout=30_000)
    dialogs.done()
    assert answer.text.startswith(f"The folder {tmp_path / 'missing'} does not exist")
    assert not (tmp_path / "missing").exists()
