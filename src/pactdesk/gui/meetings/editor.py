"""One meeting in sections: details, attendance, agenda with minutes, decisions and actions, versions of the minutes,
attached files. Saved as typed."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from pactdesk.domain.errors import NotFoundError
from pactdesk.gui.common.access import writable
from pactdesk.gui.common.widgets import scrolling_down
from pactdesk.gui.common.words import day_label
from pactdesk.gui.meetings.agenda_section import AgendaSection
from pactdesk.gui.meetings.attachments_section import AttachmentsSection
from pactdesk.gui.meetings.attendance_section import AttendanceSection
from pactdesk.gui.meetings.details_section import DetailsSection
from pactdesk.gui.meetings.first_run import FirstSteps
from pactdesk.gui.meetings.versions_section import VersionsSection
from pactdesk.services import meetings
from pactdesk.services.meetings import MeetingDetail
from pactdesk.store.database import Database


class MeetingEditor(QWidget):
    meeting_changed = Signal(str)  # saved, or changed back by undo: lists showing it should refresh
    meeting_wanted = Signal(str)  # an undo touched a meeting that is not on screen: show it

    DETAILS, ATTENDANCE, AGENDA, VERSIONS, ATTACHMENTS = range(5)

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.detail: MeetingDetail | None = None
        self.details = DetailsSection(database, stack)
        self._attendance = AttendanceSection(database, stack)
        self._agenda = AgendaSection(database, stack)
        self._versions = VersionsSection(database, stack)
        self._attachments = AttachmentsSection(database, stack)
        # The sections not on screen read the meeting when they are first wanted (their tab chosen, or asked for
        # by name): opening a meeting on a team's server then costs at most five round trips.
        self._unread: set[int] = set()
        self._frozen = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingSections")
        # Its twelve rows would make the window taller than a 1280×720 screen at 125 % leaves (Segoe UI's or Noto Sans's
        # line height): they scroll.
        details = scrolling_down(self.details, "detailsScroller", self.tr("The meeting's details"))
        self.tabs.addTab(details, self.tr("&Details"))
        self.tabs.addTab(self._attendance, self.tr("A&ttendance"))
        self.tabs.addTab(self._agenda, self.tr("A&genda and minutes"))
        self.tabs.addTab(self._versions, self.tr("Versions"))  # every letter of it is taken on this window
        self.tabs.addTab(self._attachments, self.tr("Attachments"))  # and of this one
        self.tabs.currentChanged.connect(self._read)
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
        for section in (self.details, self._attendance, self._agenda, self._versions, self._attachments):
            section.touched.connect(self._touched)
        self._agenda.minutes_saved.connect(self.details.show_change)
        self._agenda.others_changed.connect(self.meeting_changed)
        self.show_meeting(None)

    @property
    def ref(self) -> str | None:
        return self.detail.ref if self.detail else None

    @property
    def attendance(self) -> AttendanceSection:
        """Who came, read for the meeting shown if it was not yet."""
        self._read(self.ATTENDANCE)
        return self._attendance

    @property
    def versions(self) -> VersionsSection:
        """The versions of the minutes, read for the meeting shown if they were not yet."""
        self._read(self.VERSIONS)
        return self._versions

    @property
    def agenda(self) -> AgendaSection:
        """The agenda and its minutes, read for the meeting shown if they were not yet."""
        self._read(self.AGENDA)
        return self._agenda

    @property
    def attachments(self) -> AttachmentsSection:
        """The files kept with the meeting, read for the meeting shown if they were not yet."""
        self._read(self.ATTACHMENTS)
        return self._attachments

    def _read(self, section: int) -> None:
        detail = self.detail
        if detail is None or section not in self._unread:
            return
        self._unread.discard(section)
        if section == self.ATTENDANCE:
            self._attendance.show_meeting(detail.ref, self._frozen)
        elif section == self.AGENDA:
            self._agenda.show_meeting(detail.ref, detail.length_minutes, self._frozen)
        elif section == self.VERSIONS:
            self._versions.show_meeting(detail.ref, self._frozen, detail.locked)
        elif section == self.ATTACHMENTS:
            self._attachments.show_meeting(detail.ref, self._frozen)

    def show_meeting(self, ref: str | None) -> None:
        self._agenda.save_minutes()
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
        again = self.detail is not None and self.detail.ref == detail.ref
        self.detail = detail
        self.pages.setCurrentIndex(1)
        lock = self._lock_line(detail)
        # One line for the meeting, one for its cluster: the sections below need the height on a laptop.
        self.heading.setText(
            f"<b style='font-size:large'>{html.escape(detail.ref)} · {html.escape(detail.title)}</b><br>"
            f"<i>{html.escape(detail.cluster_name)}{html.escape(lock)}</i>"
        )
        self.details.show_meeting(detail)
        self._frozen = detail.locked or not writable(self._database)  # approved minutes, or a reader's login
        # The meeting read again (a save, an undo, someone else's change): the sections that show it are read again
        # at once; another meeting is read by each section when it is wanted.
        read_later = {self.ATTENDANCE, self.AGENDA, self.VERSIONS, self.ATTACHMENTS}
        shown = read_later - self._unread if again else set()
        self._unread = set(read_later)
        for section in (self.tabs.currentIndex(), *shown):
            self._read(section)

    def _lock_line(self, detail: MeetingDetail) -> str:
        """How approved minutes were approved, after the cluster's name: at which meeting, or by written procedure."""
        if not detail.locked:
            return ""
        day = day_label(detail.minutes_approved_on) if detail.minutes_approved_on else ""
        if detail.approved_at:
            return self.tr(" — minutes approved at {0} on {1}, locked").format(detail.approved_at, day)
        if detail.approval_note:
            return self.tr(" — minutes approved by written procedure on {0}, locked").format(day)
        return self.tr(" — minutes approved on {0}, locked").format(day)

    def forget_choices(self) -> None:
        """The record changed (a save, an undo, someone else's change): the lists to choose from are read again."""
        self.details.forget_people()

    def _touched(self, ref: str) -> None:
        if ref == self.ref:
            self.show_meeting(ref)
        else:
            self.meeting_wanted.emit(ref)
        self.meeting_changed.emit(ref)

    def save_pending(self) -> bool:
        """Save anything typed but not yet saved (the minutes wait a moment after the last key); ``False`` if that
        could not be done."""
        return self._agenda.save_minutes()
