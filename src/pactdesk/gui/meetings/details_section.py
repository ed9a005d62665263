"""The meeting's details: kind, title, when, where, status, minutes status, chair and secretary."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QLabel, QLineEdit, QWidget

from pactdesk.domain import validation
from pactdesk.domain.enums import MeetingKind, MeetingStatus, MinutesStatus
from pactdesk.gui.common.access import writable
from pactdesk.gui.common.conflict import changed_by_line, set_checked_field
from pactdesk.gui.common.undo import set_field
from pactdesk.gui.common.widgets import (
    ChoiceBox,
    FieldWithError,
    buddies_to_fields,
    compact,
    enum_combo,
    guarded,
    show_text,
)
from pactdesk.gui.directory.models import person_label
from pactdesk.gui.meetings.approve_dialog import ApproveDialog, ReopenDialog
from pactdesk.services import directory, meetings
from pactdesk.services.directory import PersonRow
from pactdesk.services.meetings import MeetingDetail, MinutesState
from pactdesk.services.versions import Stamp
from pactdesk.store.database import Database

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def to_qt(moment: datetime | None) -> QDateTime:
    return QDateTime(moment) if moment is not None else QDateTime()


class DetailsSection(QWidget):
    touched = Signal(str)  # a meeting was saved, or changed back by undo: whoever shows it should reload

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._detail: MeetingDetail | None = None
        self._people: list[PersonRow] | None = None  # the chair's and secretary's choices, read once
        self.ref_label = QLabel()
        self.ref_label.setObjectName("meetingRef")
        self.changed = QLabel()  # who saved the meeting, its items or their decisions last, and when
        self.changed.setObjectName("meetingChangedBy")
        self.changed.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = enum_combo(MeetingKind, name=self.tr("Kind of meeting"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.starts_at = self._datetime_edit(self.tr("Starts at"))
        self.ends_at = self._datetime_edit(self.tr("Ends at"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Place"))
        self.online_link = QLineEdit()
        self.online_link.setAccessibleName(self.tr("Online link"))
        self.online_link.setPlaceholderText("https://")
        self.status = enum_combo(MeetingStatus, name=self.tr("Meeting status"))
        self.minutes_status = enum_combo(MinutesStatus, name=self.tr("Minutes status"))
        self.chair = compact(ChoiceBox())
        self.chair.setAccessibleName(self.tr("Chair"))
        self.secretary = compact(ChoiceBox())
        self.secretary.setAccessibleName(self.tr("Secretary"))
        self.fields = {
            "title": FieldWithError(self.title, limit=validation.MAX_TITLE),
            "starts_at": FieldWithError(self.starts_at),
            "ends_at": FieldWithError(self.ends_at),
            "location": FieldWithError(self.location, limit=validation.MAX_TITLE),
            "online_link": FieldWithError(self.online_link, limit=validation.MAX_LINK),
        }
        form = QFormLayout(self)
        form.addRow(self.tr("Reference:"), self.ref_label)
        form.addRow("", self.changed)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("T&itle:"), self.fields["title"])
        form.addRow(self.tr("&Starts:"), self.fields["starts_at"])
        form.addRow(self.tr("E&nds:"), self.fields["ends_at"])
        form.addRow(self.tr("&Place:"), self.fields["location"])
        form.addRow(self.tr("Online &link:"), self.fields["online_link"])
        form.addRow(self.tr("St&atus:"), self.status)
        form.addRow(self.tr("&Minutes:"), self.minutes_status)
        form.addRow(self.tr("Chai&r:"), self.chair)
        form.addRow(self.tr("Se&cretary:"), self.secretary)
        buddies_to_fields(form)
        self.no_people = QLabel(
            self.tr(
                "Nobody is in the directory yet, so there is no one to choose. Edit → People and organisations… "
                "says who sits on the committee and adds the cluster's people."
            )
        )
        self.no_people.setObjectName("noPeople")
        self.no_people.setWordWrap(True)
        form.addRow("", self.no_people)
        self.title.editingFinished.connect(lambda: self._save("title", self.title.text()))
        self.location.editingFinished.connect(lambda: self._save("location", self.location.text()))
        self.online_link.editingFinished.connect(lambda: self._save("online_link", self.online_link.text()))
        self.starts_at.editingFinished.connect(lambda: self._save("starts_at", self._moment(self.starts_at)))
        self.ends_at.editingFinished.connect(lambda: self._save("ends_at", self._moment(self.ends_at)))
        self.kind.activated.connect(lambda: self._save("kind", self.kind.value()))
        self.status.activated.connect(lambda: self._save("status", self.status.value()))
        self.minutes_status.activated.connect(lambda: self._minutes_chosen(self.minutes_status.value()))
        self.chair.activated.connect(lambda: self._save("chair_id", self.chair.value()))
        self.secretary.activated.connect(lambda: self._save("secretary_id", self.secretary.value()))

    def _datetime_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setDisplayFormat(DATETIME_FORMAT)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _moment(edit: QDateTimeEdit) -> datetime:
        value = edit.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(second=0, microsecond=0)

    # -- showing and saving -----------------------------------------------------------------------------------

    def show_meeting(self, detail: MeetingDetail) -> None:
        self._detail = detail
        may = writable(self._database)
        for holder in self.fields.values():
            holder.clear_error()
        self._fill_people()
        self.ref_label.setText(f"<b>{html.escape(detail.ref)}</b> — {html.escape(detail.cluster_name)}")
        self.show_change(detail.last_change)
        show_text(self.title, detail.title)
        self.starts_at.setDateTime(to_qt(detail.starts_at))
        self.ends_at.setDateTime(to_qt(detail.ends_at or detail.starts_at))
        show_text(self.location, detail.location)
        show_text(self.online_link, detail.online_link)
        self.kind.set_value(detail.kind)
        self.status.set_value(detail.status)
        self.minutes_status.set_value(detail.minutes_status)
        self.chair.set_value(detail.chair_id)
        self.secretary.set_value(detail.secretary_id)
        for widget in (
            self.kind,
            self.title,
            self.starts_at,
            self.ends_at,
            self.location,
            self.online_link,
            self.status,
            self.chair,
            self.secretary,
        ):
            widget.setEnabled(not detail.locked and may)
        self.minutes_status.setEnabled(may)  # approved minutes can be set back to circulated, by a secretary

    def show_change(self, stamp: Stamp) -> None:
        """Say who saved the meeting (or a part of it) last, and when."""
        self.changed.setText(changed_by_line(stamp.updated_by, stamp.updated_at))
        self.changed.setVisible(bool(self.changed.text()))

    def forget_people(self) -> None:
        """The directory may have changed (a save, an undo, someone else's change): read it again when next shown."""
        self._people = None

    def _fill_people(self) -> None:
        if self._people is not None:
            return  # the same people as for the meeting shown before: read once, not at every meeting
        self._people = people = directory.list_people(self._database)
        self.no_people.setVisible(not people)
        for combo in (self.chair, self.secretary):
            combo.blockSignals(True)
            combo.clear()
            combo.add_choice(self.tr("(nobody yet)"), None)
            for person in people:
                combo.add_choice(person_label(person), person.id)  # two of one name told apart
            combo.blockSignals(False)

    def _save(self, field: str, value: Any) -> None:
        """Save ``field``, unless someone else saved it after it was shown: then the person chooses (keep mine, or
        take theirs)."""
        detail = self._detail
        if detail is None or getattr(detail, field) == value:
            return
        ref = detail.ref

        def save(new: Any, expected: Any) -> Any:
            return meetings.set_meeting_field(self._database, ref, field, new, seen=expected)

        label = self.tr("Change {0} of {1}").format(self._names()[field], ref)
        what = self.tr("The {0} of meeting {1}").format(self._names()[field], ref)

        def attempt() -> None:
            set_checked_field(
                self,
                self._stack,
                label,
                save,
                value,
                getattr(detail, field),
                lambda: self.touched.emit(ref),
                what,
                lambda shown: self._shown(field, shown),
            )

        if not guarded(self, attempt, self.fields):
            self._revert(field)
            return
        self.touched.emit(ref)  # mine saved, or theirs taken: the meeting is read again

    def _names(self) -> dict[str, str]:
        return {
            "title": self.tr("title"),
            "kind": self.tr("kind"),
            "starts_at": self.tr("start"),
            "ends_at": self.tr("end"),
            "location": self.tr("place"),
            "online_link": self.tr("online link"),
            "status": self.tr("status"),
            "minutes_status": self.tr("minutes status"),
            "chair_id": self.tr("chair"),
            "secretary_id": self.tr("secretary"),
        }

    def _shown(self, field: str, value: Any) -> str:
        """``value`` of ``field`` as the form shows it."""
        boxes: dict[str, ChoiceBox] = {
            "kind": self.kind,
            "status": self.status,
            "chair_id": self.chair,
            "secretary_id": self.secretary,
        }
        if field in boxes:
            box = boxes[field]
            index = box.index_of(value)
            return box.itemText(index) if index >= 0 else ""
        if isinstance(value, datetime):
            return to_qt(value).toString(DATETIME_FORMAT)
        return "" if value is None else str(value)

    def _minutes_chosen(self, status: MinutesStatus) -> None:
        """Approving asks first, with the day of approval (and a written procedure's note); reopening approved
        minutes asks why; any other status is set at once. All are undoable."""
        detail = self._detail
        if detail is None or status is detail.minutes_status:
            return
        ref = detail.ref

        def setter(new: MinutesState) -> MinutesState:
            return meetings.set_minutes_state(self._database, ref, new)

        label = self.tr("Change {0} of {1}").format(self._names()["minutes_status"], ref)

        def save(wanted: MinutesState) -> None:
            set_field(self._stack, label, setter, wanted, lambda: self.touched.emit(ref))

        if status is MinutesStatus.APPROVED:
            saved = ApproveDialog.ask(
                self, ref, detail.starts_at.date(), lambda day, note: save(MinutesState(status, day, note=note))
            )
        elif detail.minutes_status is MinutesStatus.APPROVED:
            saved = ReopenDialog.ask(self, ref, lambda reason: save(MinutesState(status, reason=reason)))
        else:
            saved = guarded(self, lambda: save(MinutesState(status)))
        if saved:
            self.touched.emit(ref)
        else:
            self._revert("minutes_status")

    def _revert(self, field: str) -> None:
        # Put the saved value back into the widget, keeping the message beside it.
        if self._detail is None:
            return
        errors = {name: holder.error.text() for name, holder in self.fields.items() if holder.error.isVisible()}
        self.show_meeting(self._detail)
        for name, message in errors.items():
            self.fields[name].show_error(message)
