"""One meeting in sections: details, attendance, agenda with minutes, decisions and actions. Saved as typed."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from pactdesk.domain.errors import NotFoundError
from pactdesk.gui.common.access import writable
from pactdesk.gui.meetings.agenda_section import AgendaSection
from pactdesk.gui.meetings.attendance_section import AttendanceSection
from pactdesk.gui.meetings.details_section import DetailsSection
from pactdesk.gui.meetings.first_run import FirstSteps
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
        self.tabs.addTab(self._scrolled(self.details, self.tr("The meeting's details")), self.tr("&Details"))
        self.tabs.addTab(self.attendance, self.tr("A&ttendance"))
        self.tabs.addTab(self.agenda, self.tr("A&genda and minutes"))
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)  # a long title takes two lines rather than widen the window
        self.empty = QLabel(self.tr("Choose a meeting on the left, or make a new one with Ctrl+N."))
        self.empty.setWordWrap(True)
        self.first_steps = FirstSteps()  # instead of the sentence above while the database holds no meeting
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(page)
        self.pages.addWidget(self.first_steps)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        for section in (self.details, self.attendance, self.agenda):
            section.touched.connect(self._touched)
        self.agenda.minutes_saved.connect(self.details.show_change)
        self.show_meeting(None)

    @staticmethod
    def _scrolled(section: QWidget, name: str) -> QScrollArea:
        """``section`` in a pane that scrolls up and down: its twelve rows would make the window taller than a
        1280×720 screen at 125 % leaves (with Segoe UI's or Noto Sans's line height)."""
        scroller = QScrollArea()
        scroller.setObjectName("detailsScroller")
        scroller.setAccessibleName(name)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(section)
        return scroller

    @property
    def ref(self) -> str | None:
        return self.detail.ref if self.detail else None

    def show_meeting(self, ref: str | None) -> None:
        self.agenda.save_minutes()
        if ref is None:
            self.detail = None
            new = meetings.count_meetings(self._database) == 0
            self.pages.setCurrentWidget(self.first_steps if new else self.empty)
            return
        try:
            detail = meetings.meeting_detail(self._database, ref)
        except NotFoundError:
            self.show_meeting(None)
            return
        self.detail = detail
        self.pages.setCurrentIndex(1)
        lock = self.tr(" — minutes approved on {0}, locked").format(detail.minutes_approved_on) if detail.locked else ""
        # One line for the meeting, one for its cluster: the sections below need the height on a laptop.
        self.heading.setText(
            f"<b style='font-size:large'>{html.escape(detail.ref)} · {html.escape(detail.title)}</b><br>"
            f"<i>{html.escape(detail.cluster_name)}{html.escape(lock)}</i>"
        )
        self.details.show_meeting(detail)
        frozen = detail.locked or not writable(self._database)  # approved minutes, or a reader's login
        self.attendance.show_meeting(detail.ref, frozen)
        self.agenda.show_meeting(detail.ref, detail.length_minutes, frozen)

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
