"""One meeting in sections: details, attendance, agenda with minutes, decisions and actions. Saved as typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from pactdesk.domain.errors import NotFoundError
from pactdesk.gui.meetings.agenda_section import AgendaSection
from pactdesk.gui.meetings.attendance_section import AttendanceSection
from pactdesk.gui.meetings.details_section import DetailsSection
from pactdesk.services import meetings
from pactdesk.services.meetings import MeetingDetail
from pactdesk.store.database import Database


class MeetingEditor(QWidget):
    meeting_changed = Signal(str)  # saved, or changed back by undo: lists showing it should refresh
    meeting_wanted = Signal(str)  # an undo touched a meeting that is not on screen: show it

    DETAILS, ATTENDANCE, AGENDA = range(3)

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.detail: MeetingDetail | None = None
        self.details = DetailsSection(database, stack)
        self.attendance = AttendanceSection(database, stack)
        self.agenda = AgendaSection(database, stack)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingSections")
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.attendance, self.tr("A&ttendance"))
        self.tabs.addTab(self.agenda, self.tr("A&genda and minutes"))
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.empty = QLabel(self.tr("Choose a meeting on the left, or make a new one with Ctrl+N."))
        self.empty.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        for section in (self.details, self.attendance, self.agenda):
            section.touched.connect(self._touched)

    @property
    def ref(self) -> str | None:
        return self.detail.ref if self.detail else None

    def show_meeting(self, ref: str | None) -> None:
        self.agenda.save_minutes()
        if ref is None:
            self.detail = None
            self.pages.setCurrentIndex(0)
            return
        try:
            detail = meetings.meeting_detail(self._database, ref)
        except NotFoundError:
            self.show_meeting(None)
            return
        self.detail = detail
        self.pages.setCurrentIndex(1)
        lock = self.tr(" — minutes approved on {0}, locked").format(detail.minutes_approved_on) if detail.locked else ""
        self.heading.setText(f"<h3>{detail.ref} · {detail.title}</h3><i>{detail.cluster_name}{lock}</i>")
        self.details.show_meeting(detail)
        self.attendance.show_meeting(detail.ref, detail.locked)
        self.agenda.show_meeting(detail.ref, detail.length_minutes, detail.locked)

    def _touched(self, ref: str) -> None:
        if ref == self.ref:
            self.show_meeting(ref)
        else:
            self.meeting_wanted.emit(ref)
        self.meeting_changed.emit(ref)

    def save_pending(self) -> bool:
        """Save anything typed but not yet saved (the minutes wait a moment after the last key); ``False`` if that
        could not be done."""
        return self.agenda.save_minutes()
