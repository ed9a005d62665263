"""The toolbar's search, driven by the keyboard and the mouse: Ctrl+K and Ctrl+Shift+F reach the field, typing
shows results grouped by kind with the words in bold, Up/Down and Enter open an agenda item with the word selected in
its minutes, a click opens an action in the tracker, the filters narrow, Esc closes; in Portuguese too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from pactdesk.gui import app as gui_app
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.follow_up.tracker_page import TrackerPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.search.results_model import HTML_ROLE, SearchResultsModel
from pactdesk.services import actions, agenda, directory, meetings, outputs
from pactdesk.services.search import Hit
from pactdesk.store.database import Database
from tests.gui.driving import choose, type_text

MINUTES = "Abertura.\nDiscutiu-se o plano de formação para jovens técnicos têxteis 😀 e a sua ação."


@pytest.fixture
def records(database: Database) -> dict[str, object]:
    tex = meetings.create_meeting(database, "TEX", title="Reunião do pacto têxtil", starts_at="2025-03-10 10:00")
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2026-02-01 10:00")
    agenda.add_agenda_item(database, tex, "Abertura")
    item = agenda.add_agenda_item(database, tex, "Qualificação", minutes=MINUTES)
    agenda.add_agenda_item(database, aec, "Formação em 2026", minutes="Formação outra vez.")
    action = actions.create_action(database, "Rever a formação dos quadros", meeting_ref=tex)
    output = outputs.create_output(database, "TEX", 6, "Guia de formação técnica", on="2025-05-01")
    person = directory.add_person(database, "Inês Formosinho")
    return {"tex": tex, "aec": aec, "item": item, "action": action, "output": output, "person": person}


@pytest.fixture
def window(qtbot: QtBot, database: Database, records: dict[str, object]) -> Iterator[MainWindow]:
    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def type_and_wait(qtbot: QtBot, window: MainWindow, text: str) -> list[Hit]:
    """Typed key by key into the field (qtbot's keyClicks for ASCII, a keyboard layout's events for the rest)."""
    field = window.search
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        type_text(qtbot, field, text)
    qtbot.waitUntil(lambda: field.shown_for == field.text(), timeout=5000)
    return field.results


def focused() -> object:
    return QApplication.focusWidget()


def test_ctrl_k_typing_and_enter_open_the_item_with_the_word_selected(
    qtbot: QtBot, window: MainWindow, records: dict[str, object]
) -> None:
    window.pages.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search
    hits = type_and_wait(qtbot, window, "tecnicos")
    assert window.search.panel.isVisible()
    assert [(hit.kind, hit.id) for hit in hits] == [("agenda_item", records["item"])]
    view = window.search.panel.view
    group = view.model().index(0, 0)
    assert group.data() == "Agenda items and minutes (1)"
    assert "<b>técnicos</b>" in str(view.model().index(0, 0, group).data(HTML_ROLE))
    assert "1 result" in window.search.panel.status.text()

    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert not window.search.panel.isVisible()
    assert window.editor.ref == "TEX-2025-01"
    assert window.editor.agenda.current_item_id() == hits[0].id
    minutes = window.editor.agenda.minutes
    assert minutes.textCursor().selectedText() == "técnicos"
    assert focused() is minutes


def test_up_and_down_choose_and_a_word_after_an_emoji_is_selected_whole(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.search
    hits = type_and_wait(qtbot, window, "formação")
    kinds = [hit.kind for hit in hits]
    assert kinds[:2] == ["agenda_item", "agenda_item"]
    assert {"action", "output", "meeting"} - set(kinds) == {"meeting"}  # no meeting says formação
    panel = window.search.panel
    assert panel.current_hit() == hits[0]
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert panel.current_hit() == hits[1]
    qtbot.keyClick(window.search, Qt.Key.Key_Up)
    qtbot.keyClick(window.search, Qt.Key.Key_Up)  # stays on the first
    assert panel.current_hit() == hits[0]
    chosen = next(hit for hit in hits if hit.meeting_ref == "TEX-2025-01" and hit.kind == "agenda_item")
    while panel.current_hit() != chosen:
        qtbot.keyClick(window.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.search, Qt.Key.Key_Enter)
    assert window.editor.agenda.minutes.textCursor().selectedText() == "formação"

    window.search.setFocus()
    window.search.clear()
    type_and_wait(qtbot, window, "acao")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.editor.agenda.minutes.textCursor().selectedText() == "ação"  # after 😀 (two UTF-16 units)


def test_a_click_on_an_action_opens_the_tracker_at_it(
    qtbot: QtBot, window: MainWindow, records: dict[str, object]
) -> None:
    window.search.setFocus()
    hits = type_and_wait(qtbot, window, "rever quadros")
    assert [hit.kind for hit in hits] == ["action"]
    view = window.search.panel.view
    row = view.model().index(0, 0, view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(row).center())
    assert not window.search.panel.isVisible()
    assert window.current_page() == "tracker"
    page = window.page("tracker")
    assert isinstance(page, TrackerPage)
    assert [action.ref for action in page.chosen()] == [records["action"]]


def test_an_output_opens_in_outputs_and_a_person_in_the_directory(
    qtbot: QtBot, window: MainWindow, records: dict[str, object]
) -> None:
    window.search.setFocus()
    type_and_wait(qtbot, window, "guia tecnica")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_page() == "outputs"
    assert window.page("outputs").form.ref == records["output"]  # type: ignore[attr-defined]

    window.search.setFocus()
    window.search.selectAll()
    hits = type_and_wait(qtbot, window, "formosinho")
    assert [hit.kind for hit in hits] == ["person"]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    directory = window.findChild(DirectoryDialog)
    assert directory is not None and directory.isVisible()
    assert [person.id for person in directory.people_tab.selected()] == [records["person"]]
    directory.close()


def test_the_filters_narrow_and_esc_closes(qtbot: QtBot, window: MainWindow) -> None:
    window.search.setFocus()
    hits = type_and_wait(qtbot, window, "formação")
    assert {hit.cluster_code for hit in hits} == {"TEX", "AEC", None}
    panel = window.search.panel
    before = len(hits)
    choose(qtbot, panel.cluster_box, "AEC")
    qtbot.waitUntil(lambda: 0 < len(window.search.results) < before, timeout=5000)
    assert {hit.cluster_code for hit in window.search.results} == {"AEC"}
    choose(qtbot, panel.year_box, "2025")
    qtbot.waitUntil(lambda: "Nothing found" in panel.status.text(), timeout=5000)
    choose(qtbot, panel.cluster_box, "All clusters")
    choose(qtbot, panel.kind_box, "Outputs")
    qtbot.waitUntil(lambda: [hit.kind for hit in window.search.results] == ["output"], timeout=5000)
    assert isinstance(panel.kind_box, QComboBox) and panel.kind_box.accessibleName() == "Kind"

    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert window.search.text() == "formação"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""


def test_hostile_typing_and_a_click_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    window.search.setFocus()
    type_and_wait(qtbot, window, 'NEAR("forma* -x:')
    assert "Nothing found" in window.search.panel.status.text() or window.search.results
    window.meeting_view.setFocus()
    qtbot.mouseClick(window.meeting_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: not window.search.panel.isVisible(), timeout=2000)


def test_in_portuguese_at_1280_by_720(
    qtbot: QtBot, portuguese: object, database: Database, records: dict[str, object]
) -> None:
    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    shown.search.setFocus()
    hits = type_and_wait(qtbot, shown, "formacao")
    panel = shown.search.panel
    assert shown.rect().contains(panel.geometry()), "the panel fits the window"
    shown.resize(1000, 600)
    qtbot.waitUntil(lambda: shown.rect().contains(panel.geometry()), timeout=2000)  # and follows it
    assert {hit.kind for hit in hits} >= {"agenda_item", "action", "output"}
    assert all(box.isVisible() for box in (panel.cluster_box, panel.year_box, panel.kind_box))
    shown.close()


def test_the_model_alone() -> None:
    model = SearchResultsModel({"decision": "Decisions", "person": "People"})
    hits = [
        Hit("person", 3, "Ana <b>", "[[Ana]] <b>", "", None, None, None, None, 1.5),
        Hit("decision", 1, "Item", "To [[train]] & <x>", "TEX-2025-01", "TEX-2025-01", 7, "TEX", None, 1.2),
    ]
    model.show(hits)
    assert model.rowCount() == 2 and model.columnCount() == 1
    decisions = model.index(0, 0)
    assert decisions.data() == "Decisions (1)"
    assert model.rowCount(decisions) == 1
    row = model.index(0, 0, decisions)
    assert model.parent(row) == decisions
    assert "To <b>train</b> &amp; &lt;x&gt;" in str(row.data(HTML_ROLE))
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "Item — To train & <x> — TEX-2025-01 · TEX"
    assert model.hit(row) == hits[1] and model.hit(decisions) is None
    assert [model.hit(index) for index in model.hit_indexes()] == [hits[1], hits[0]]
