"""Presenting a meeting from the window: View → Present meeting (F5), the wall and the presenter panel driven by
a clicker's keys and by clicks, the wall following what the secretary types, blank, full screen, Esc, one screen,
and nothing private on the wall."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pactdesk.domain.enums import AttendanceStatus
from pactdesk.gui import app as gui_app
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.presentation.controller import Presentation
from pactdesk.gui.presentation.presenter_panel import PresenterPanel
from pactdesk.gui.presentation.state import ItemClock, View
from pactdesk.services import actions, agenda, attendance, directory, meetings
from pactdesk.store.database import Database
from tests.gui.driving import OK, Dialogs, action_answer, text_answer

EMAIL = "joana.prata@example.pt"
PHONE = "+351 912 345 678"


@pytest.fixture
def meeting(database: Database) -> str:
    """A meeting of three items (the second is "Matters arising"), after one that left an open action."""
    earlier = meetings.create_meeting(database, "AEC", title="Earlier", starts_at="2025-01-10 10:00")
    actions.create_action(database, "Send the indicators", meeting_ref=earlier, due_on="2025-02-01")
    ref = meetings.create_meeting(
        database, "AEC", title="Monitoring Committee with Cluster AEC", starts_at="2025-03-04 10:00"
    )
    agenda.add_agenda_item(database, ref, "Opening", presenter="Chair", planned_minutes=10)
    agenda.add_agenda_item(database, ref, "Matters arising", planned_minutes=10, matters_arising=True)
    third = agenda.add_agenda_item(database, ref, "Circular economy", presenter="Rui Lopes", planned_minutes=30)
    agenda.add_decision(database, third, "To run two pilot projects.")
    return ref


@pytest.fixture
def window(qtbot: QtBot, database: Database, meeting: str) -> Iterator[MainWindow]:
    shown = MainWindow(database, gui_app.settings())
    qtbot.addWidget(shown)
    shown.show()
    shown.show_meeting(meeting)
    yield shown
    shown.stop_presenting()


def present(window: MainWindow) -> Presentation:
    assert window.present_action.isEnabled()
    window.present_action.trigger()
    presentation = window.presentation
    assert presentation is not None and presentation.active
    return presentation


def item_titles(presentation: Presentation) -> list[str]:
    return [item.title for item in presentation.room.items]


def current_title(presentation: Presentation) -> str | None:
    index = presentation.index
    return None if index is None else presentation.room.items[index].title


def test_view_present_meeting_is_f5_and_needs_a_meeting(qtbot: QtBot, window: MainWindow) -> None:
    assert window.present_action.shortcut().toString() == "F5"
    assert window.present_action in window.view_menu.actions()
    assert "F5" not in [key.toString() for key in window.refresh_action.shortcuts()], "one action per key"
    window.editor.show_meeting(None)
    assert not window.present_action.isEnabled()
    window.start_presenting()
    assert window.presentation is None
    window.show_meeting(window.meetings.meeting(0).ref)
    assert window.present_action.isEnabled()


def test_presenting_shows_the_agenda_on_the_wall_and_the_panel_beside_the_editor(
    qtbot: QtBot, window: MainWindow
) -> None:
    presentation = present(window)
    wall, panel = presentation.audience, presentation.panel
    assert wall.isVisible() and wall.isFullScreen()
    assert wall.screen() is QApplication.primaryScreen(), "offscreen has one screen: the wall shares it"
    assert panel.isVisible() and window.findChild(PresenterPanel) is panel
    assert presentation.view is View.AGENDA and current_title(presentation) == "Opening"
    text = wall.shown_text()
    assert "Monitoring Committee with Cluster AEC" in " ".join(text.split()) and "Agenda" in text
    lines = text.splitlines()
    assert lines[lines.index("▶") + 1] == "1. Opening", "the current item is marked, not by colour alone"
    assert any(part.bold and part.text == "1. Opening" for part in wall.placed)
    assert "1. Opening" in panel.now.text() and "2. Matters arising" in panel.following.text()
    assert "0:0" in panel.elapsed.text() and "10 min" in panel.elapsed.text()
    assert window.editor.tabs.currentIndex() == window.editor.AGENDA


def test_the_keys_move_through_the_items_on_the_wall(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    wall = presentation.audience
    seen = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Right):
        qtbot.keyClick(wall, key)
        seen.append((presentation.view, current_title(presentation)))
    assert seen == [
        (View.ITEM, "Opening"),  # from the agenda, Next shows the current item
        (View.ARISING, "Matters arising"),
        (View.ITEM, "Circular economy"),
        (View.ITEM, "Circular economy"),  # the last item: it stays
        (View.ITEM, "Circular economy"),
    ]
    assert "3. Circular economy" in wall.shown_text() and "To run two pilot projects." in wall.shown_text()
    back = []
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Left):
        qtbot.keyClick(wall, key)
        back.append(current_title(presentation))
    assert back == ["Matters arising", "Opening", "Opening"]


def test_the_keys_work_on_the_presenter_panel_too(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    panel = presentation.panel
    for widget in (panel.next_button, panel.widget(), panel.view_buttons[View.AGENDA]):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert current_title(presentation) == "Circular economy"
    qtbot.keyClick(panel.stop_button, Qt.Key.Key_PageUp)
    assert current_title(presentation) == "Matters arising"
    qtbot.keyClick(panel.previous_button, Qt.Key.Key_Left)
    qtbot.keyClick(panel.previous_button, Qt.Key.Key_Left)
    assert current_title(presentation) == "Opening"
    qtbot.keyClick(panel.widget(), Qt.Key.Key_4)
    assert presentation.view is View.DASHBOARD
    qtbot.mouseClick(panel.view_buttons[View.AGENDA], Qt.MouseButton.LeftButton)
    assert presentation.view is View.AGENDA and panel.view_buttons[View.AGENDA].isChecked()
    assert not panel.view_buttons[View.DASHBOARD].isChecked()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert current_title(presentation) == "Matters arising"


def test_moving_on_the_wall_chooses_the_item_in_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    for _ in range(3):
        qtbot.keyClick(presentation.audience, Qt.Key.Key_Right)
    section = window.editor.agenda
    assert section.model.item(section.items.currentIndex().row()).title == "Circular economy"
    assert section.title.text() == "Circular economy"


def test_a_click_on_the_wall_advances_and_a_right_click_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    wall = presentation.audience
    centre = QPoint(wall.width() // 2, wall.height() // 2)
    qtbot.mouseClick(wall, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseClick(wall, Qt.MouseButton.LeftButton, pos=centre)
    assert current_title(presentation) == "Matters arising"
    qtbot.mouseClick(wall, Qt.MouseButton.RightButton, pos=centre)
    assert current_title(presentation) == "Opening"


def test_the_number_keys_choose_what_the_wall_shows(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    wall = presentation.audience
    qtbot.keyClick(wall, Qt.Key.Key_3)
    assert presentation.view is View.ARISING
    assert "Matters arising" in wall.shown_text() and "Send the indicators" in wall.shown_text()
    assert "overdue" in wall.shown_text() and "Open" in wall.shown_text(), "each action with its status"
    qtbot.keyClick(wall, Qt.Key.Key_4)
    text = " ".join(wall.shown_text().split())  # a label may take two lines
    assert presentation.view is View.DASHBOARD and "Outputs and actions" in text
    assert "open actions" in text and "of them overdue" in text and "outputs achieved" in text
    qtbot.keyClick(wall, Qt.Key.Key_2)
    assert presentation.view is View.ITEM and "1. Opening" in wall.shown_text()
    qtbot.keyClick(wall, Qt.Key.Key_1)
    assert presentation.view is View.AGENDA


def test_a_decision_typed_in_the_editor_shows_on_the_wall(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    presentation = present(window)
    wall = presentation.audience
    for _ in range(3):
        qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert current_title(presentation) == "Circular economy" and presentation.view is View.ITEM
    section = window.editor.agenda
    answers = Dialogs(qtbot)
    answers.expect(text_answer(qtbot, "To publish the results."), OK)
    qtbot.mouseClick(section.add_decision_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "To publish the results." in wall.shown_text(), timeout=3000)
    assert "2." in wall.shown_text().splitlines()

    answers.expect(action_answer(qtbot, "Write up the pilots", due="2025-05-01"), OK)
    qtbot.mouseClick(section.add_action_button, Qt.MouseButton.LeftButton)
    answers.done()
    qtbot.waitUntil(lambda: "Write up the pilots" in wall.shown_text(), timeout=3000)

    section.minutes.setFocus()
    qtbot.keyClicks(section.minutes, "The pilots start in May.")
    qtbot.waitUntil(lambda: "The pilots start in May." in wall.shown_text(), timeout=5000)

    window.undo_action.trigger()  # the minutes
    window.undo_action.trigger()  # the action
    qtbot.waitUntil(lambda: "Write up the pilots" not in wall.shown_text(), timeout=3000)
    assert "The pilots start in May." not in wall.shown_text()
    assert "To publish the results." in wall.shown_text()


def test_left_and_right_still_edit_text_in_the_editor_while_presenting(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    window.activateWindow()
    minutes = window.editor.agenda.minutes
    minutes.setFocus()
    qtbot.keyClicks(minutes, "abc")
    qtbot.keyClick(minutes, Qt.Key.Key_Left)
    qtbot.keyClicks(minutes, "X")
    qtbot.keyClick(minutes, Qt.Key.Key_Right)
    qtbot.keyClicks(minutes, "!")
    assert minutes.toPlainText() == "abXc!"
    assert current_title(presentation) == "Opening" and presentation.view is View.AGENDA


def black(image: QImage) -> bool:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return max(bytes(grey.constBits())) == 0


def test_b_blanks_the_wall_and_b_again_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    wall = presentation.audience
    before = wall.shown_text()
    assert not black(wall.grab().toImage())
    qtbot.keyClick(wall, Qt.Key.Key_B)
    assert wall.blank and wall.shown_text() == ""
    assert black(wall.grab().toImage()), "nothing but black"
    assert presentation.panel.blank_button.isChecked() and "blank" in presentation.panel.wall.text()
    qtbot.keyClick(wall, Qt.Key.Key_Right)  # the room can move on behind the black screen
    assert wall.shown_text() == ""
    qtbot.keyClick(presentation.panel.next_button, Qt.Key.Key_B)
    assert not wall.blank and wall.shown_text() != before and "1. Opening" in wall.shown_text()


def test_f_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    wall = presentation.audience
    assert wall.isFullScreen()
    qtbot.keyClick(wall, Qt.Key.Key_F)
    assert not wall.isFullScreen() and wall.isVisible() and not presentation.full_screen
    assert not presentation.panel.full_screen_button.isChecked()
    qtbot.keyClick(presentation.panel.widget(), Qt.Key.Key_F)
    assert wall.isFullScreen() and presentation.full_screen


def test_esc_leaves_the_presentation_and_the_window_carries_on(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    wall, panel = presentation.audience, presentation.panel
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert not wall.isVisible() and not panel.isVisible()
    assert window.presentation is None and not presentation.active
    assert window.isVisible() and window.present_action.isEnabled()
    window.editor.agenda.minutes.setFocus()
    qtbot.keyClicks(window.editor.agenda.minutes, "ab")
    qtbot.keyClick(window.editor.agenda.minutes, Qt.Key.Key_Left)
    qtbot.keyClicks(window.editor.agenda.minutes, "X")
    assert window.editor.agenda.minutes.toPlainText() == "aXb"
    again = present(window)  # and it can start again
    qtbot.keyClick(again.panel.stop_button, Qt.Key.Key_Escape)
    assert window.presentation is None


def test_closing_the_wall_from_the_system_stops_presenting(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    presentation.audience.close()
    assert window.presentation is None and not presentation.panel.isVisible()


def test_the_wall_never_shows_an_attendee_s_email_or_phone(
    qtbot: QtBot, window: MainWindow, database: Database, meeting: str
) -> None:
    person = directory.add_person(database, "Joana Prata", role="Director", email=EMAIL, phone=PHONE)
    attendance.set_attendance(database, meeting, person, AttendanceStatus.PRESENT)
    third = agenda.agenda(database, meeting)[2]
    actions.create_action(
        database, "Circulate the study", meeting_ref=meeting, agenda_item_id=third.id, owner_person_id=person
    )
    actions.create_action(database, "Old follow-up", cluster_code="AEC", owner_person_id=person, due_on="2024-12-01")
    presentation = present(window)
    wall = presentation.audience
    shown: list[str] = []
    for key in (Qt.Key.Key_1, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(wall, key)
        shown.append(wall.shown_text())
    text = "\n".join(shown)
    assert "Joana Prata" in text, "an action's owner is named"
    for private in (EMAIL, "example.pt", PHONE, "912 345", "912345678"):
        assert private not in text
        assert private not in wall.accessibleDescription()


def test_body_text_is_at_least_28_points_at_1920_by_1080(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    wall = presentation.audience
    qtbot.keyClick(wall, Qt.Key.Key_F)  # a window, so it can take any size
    wall.resize(1920, 1080)
    qtbot.waitUntil(lambda: wall.height() == 1080)
    assert wall.body_font().pointSizeF() >= 28
    assert min(wall.fonts.font(part.role, part.bold).pointSizeF() for part in wall.placed if part.text) >= 28
    for part in wall.placed:
        assert part.rect.top() >= 0 and part.rect.bottom() <= 1080 and part.rect.right() <= 1920
    wall.resize(960, 540)
    qtbot.waitUntil(lambda: wall.height() == 540)
    assert wall.body_font().pointSizeF() == pytest.approx(16), "in proportion to the wall's height"


def test_the_item_s_time_is_counted_and_an_overrun_said_in_words(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    now = [1000.0]
    presentation.clock = ItemClock(lambda: now[0])
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Right)  # shows "Opening", planned 10 min
    now[0] += 13 * 60 + 5
    presentation.reload()
    panel = presentation.panel
    assert panel.elapsed.text().startswith("13:05 of 10 min")
    assert panel.over.isVisible() and "+4 min over" in panel.over.text()
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Right)
    now[0] += 60
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Left)
    assert panel.elapsed.text().startswith("13:05"), "the opening's time waited while it was not current"
    assert not presentation.audience.shown_text().count("over"), "the wall does not show the overrun"


def test_one_screen_and_a_screen_that_is_not_there(qtbot: QtBot, window: MainWindow) -> None:
    assert len(QApplication.screens()) == 1
    note = window.start_presenting(screen=3)
    presentation = window.presentation
    assert presentation is not None
    assert note == "There is no screen 3: the wall is on screen 1." and window.statusBar().currentMessage() == note
    assert presentation.audience.screen() is QApplication.primaryScreen() and presentation.audience.isFullScreen()
    menu = presentation.panel.screens_menu
    menu.aboutToShow.emit()
    [only] = menu.actions()
    assert only.isChecked() and only.text().startswith("Screen 1")
    only.trigger()
    assert presentation.screen_number == 1 and presentation.audience.isFullScreen()


def test_an_unplugged_screen_that_was_not_the_wall_s_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    presentation = present(window)
    qtbot.keyClick(presentation.audience, Qt.Key.Key_Right)
    qtbot.keyClick(presentation.audience, Qt.Key.Key_B)
    only = QApplication.primaryScreen()
    presentation.screen_removed(only)  # no screen left to go to: the wall stays where it is, as it was
    assert presentation.active and presentation.audience.blank and current_title(presentation) == "Opening"
    assert presentation.screen is only


def test_an_item_removed_while_it_is_current_gives_its_place_to_the_next(
    qtbot: QtBot, window: MainWindow, database: Database, meeting: str
) -> None:
    presentation = present(window)
    for _ in range(2):
        qtbot.keyClick(presentation.audience, Qt.Key.Key_Right)
    assert current_title(presentation) == "Matters arising"
    section = window.editor.agenda
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: item_titles(presentation) == ["Opening", "Circular economy"], timeout=3000)
    assert current_title(presentation) == "Circular economy"


def test_a_meeting_deleted_while_presented_stops_the_presentation(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    presentation = present(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.delete_meeting()
    qtbot.waitUntil(lambda: window.presentation is None, timeout=3000)
    assert not presentation.active and "no longer there" in window.statusBar().currentMessage()
