"""The Qt binding PactDesk is pinned to keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 returns None from every call that returns nothing without taking a reference to it,
so each such call (a setter, a paint call, an event's accept()) leaves None one reference short, and after a few
thousand the interpreter aborts with "none_dealloc". Python 3.12 made None immortal, which hides the bug there.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_calls_that_return_nothing_leave_none_and_the_booleans_as_they_were(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2_000):
        widget.setAccessibleDescription("x")  # returns nothing
        widget.setVisible(False)
        widget.isVisible()  # returns a bool
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(now >= then - 50 for now, then in zip(after, before, strict=True)), (before, after)


# -- what comes back from widgets -------------------------------------------------------------------------------
# PactDesk keeps combo box values in ChoiceBox, beside the items, because the binding converts item data: with Qt
# for Python 6.11.3 a StrEnum stored in a QComboBox comes back as a plain str. Item views still carry ids and
# references as item data, and settings carry strings; the tests below fail if an upgrade or a downgrade of the
# binding changes any of those round trips, so the next pin change is caught here and not by a secretary.


def test_a_choice_box_gives_back_the_very_values_it_was_given(qapp: QApplication) -> None:
    from datetime import date

    from pactdesk.domain.enums import ActionStatus, MeetingKind
    from pactdesk.gui.common.widgets import ChoiceBox

    values = [None, ActionStatus.DONE, MeetingKind.B2B, 7, "AEC", ("person", 3), date(2026, 1, 2), True]
    box = ChoiceBox("test")
    for value in values:
        box.add_choice(str(value), value)
    for index, value in enumerate(values):
        box.setCurrentIndex(index)
        assert box.value() is value
        assert type(box.value()) is type(value)
    assert box.index_of(1) == -1  # 1 == True, but an id is not a yes
    assert box.set_value(("person", 3)) and box.value() == ("person", 3)
    assert not box.set_value("not there") and box.currentIndex() == 0
    box.clear()
    assert box.value() is None and box.count() == 0


def test_a_choice_box_refuses_qt_item_data_calls(qapp: QApplication) -> None:
    import pytest

    from pactdesk.gui.common.widgets import ChoiceBox

    box = ChoiceBox("test")
    box.add_choice("one", 1)
    for call in (box.currentData, lambda: box.findData(1), lambda: box.itemData(0)):
        with pytest.raises(TypeError):
            call()


def test_the_binding_converts_a_str_enum_in_combo_data(qapp: QApplication) -> None:
    """Why ChoiceBox exists; if this starts failing, the binding changed: look again at every value from Qt."""
    from PySide6.QtWidgets import QComboBox

    from pactdesk.domain.enums import ActionStatus

    combo = QComboBox()
    combo.addItem("Open", ActionStatus.OPEN)
    back = combo.itemData(0)
    assert back == "open"
    assert type(back) is str, f"Qt for Python now returns {type(back).__name__} for a StrEnum: check ChoiceBox"


def test_item_views_give_back_ids_references_and_objects_unchanged(qapp: QApplication) -> None:
    from dataclasses import dataclass

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem

    @dataclass(frozen=True)
    class Row:
        id: int

    row = Row(5)
    tree = QTreeWidgetItem(["x"])
    for value in (42, "AEC-A0001", row):
        tree.setData(0, Qt.ItemDataRole.UserRole, value)
        back = tree.data(0, Qt.ItemDataRole.UserRole)
        assert type(back) is type(value) and back == value
    assert tree.data(0, Qt.ItemDataRole.UserRole) is row
    entry = QListWidgetItem("y")
    entry.setData(Qt.ItemDataRole.UserRole, 2**40)
    assert entry.data(Qt.ItemDataRole.UserRole) == 2**40


def test_settings_give_back_strings_and_byte_arrays(qapp: QApplication, tmp_path: object) -> None:
    from pathlib import Path

    from PySide6.QtCore import QByteArray, QSettings

    path = Path(str(tmp_path)) / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("page", "tracker")
    settings.setValue("geometry", QByteArray(b"\x01\x02"))
    settings.sync()
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert again.value("page") == "tracker"
    assert bytes(again.value("geometry")) == b"\x01\x02"


def test_every_choice_box_of_the_forms_gives_the_type_its_service_expects(qapp: QApplication, database: object) -> None:
    """Each combo box a secretary uses, every entry chosen in turn: the value is the type the service takes."""
    from PySide6.QtGui import QUndoStack

    from pactdesk.domain.enums import ActionStatus, MeetingKind, MeetingStatus, MinutesStatus, OrganisationKind
    from pactdesk.gui.common.widgets import ChoiceBox
    from pactdesk.gui.directory.forms import OrganisationForm, OrganisationValues, PersonForm, PersonValues
    from pactdesk.gui.follow_up.action_form import ActionForm
    from pactdesk.gui.follow_up.update_form import UpdateForm
    from pactdesk.gui.meetings.details_section import DetailsSection
    from pactdesk.gui.meetings.new_meeting_dialog import NewMeetingDialog
    from pactdesk.services import actions, catalogue, directory, meetings
    from pactdesk.store.database import Database

    assert isinstance(database, Database)
    ana = directory.add_person(database, "Ana Sousa")
    ref = meetings.create_meeting(database, "AEC", title="M", starts_at="2026-01-10 10:00")
    action = actions.create_action(database, "Do", meeting_ref=ref, owner_person_id=ana)
    details = DetailsSection(database, QUndoStack())
    details.show_meeting(meetings.meeting_detail(database, ref))
    action_form = ActionForm(database, actions.action_id_of(database, action))
    update_form = UpdateForm(database, action)
    new_meeting = NewMeetingDialog(catalogue.cluster_summaries(database), "AEC")
    person_form = PersonForm(None, "P", PersonValues(), directory.list_organisations(database))
    organisation_form = OrganisationForm(None, "O", OrganisationValues())
    none = type(None)
    expected: dict[str, tuple[ChoiceBox, tuple[type, ...]]] = {
        "action status": (action_form.status, (ActionStatus,)),
        "action owner": (action_form.owner, (tuple, none)),
        "update status": (update_form.status, (ActionStatus, none)),
        "update author": (update_form.author, (int, none)),
        "meeting kind": (details.kind, (MeetingKind,)),
        "meeting status": (details.status, (MeetingStatus,)),
        "minutes status": (details.minutes_status, (MinutesStatus,)),
        "chair": (details.chair, (int, none)),
        "secretary": (details.secretary, (int, none)),
        "new meeting cluster": (new_meeting.cluster, (str,)),
        "new meeting kind": (new_meeting.kind, (MeetingKind,)),
        "person's organisation": (person_form.organisation, (int, none)),
        "organisation kind": (organisation_form.kind, (OrganisationKind,)),
    }
    for name, (combo, types) in expected.items():
        assert isinstance(combo, ChoiceBox) and combo.count() > 0, name
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            value = combo.value()
            assert isinstance(value, types), f"{name}: “{combo.currentText()}” gives {type(value).__name__}"
            assert type(value) is not str or types == (str,), f"{name}: an enum came back as a plain str"
            if isinstance(value, tuple):
                kind, record_id = value
                assert kind in ("person", "organisation") and isinstance(record_id, int), name
