"""A search result opened in its place: a meeting's agenda item with the word found selected in its minutes, an
attached file chosen in its meeting's Attachments tab, an action in the tracker, an output in Outputs, a person or an
organisation in the directory."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QTabWidget

    from pactdesk.gui.meetings.editor import MeetingEditor
    from pactdesk.services.search import Hit


class SearchHost(Protocol):
    """What opening a result asks of the window (``MainWindow`` is one)."""

    pages: QTabWidget

    @property
    def editor(self) -> MeetingEditor: ...

    def window_widget(self) -> QMainWindow: ...

    def show_meeting(self, ref: str) -> None: ...

    def select_agenda_item(self, ref: str, item_id: int, *, show_agenda: bool = False) -> None: ...

    def show_action(self, ref: str) -> None: ...

    def show_output(self, ref: str) -> None: ...

    def open_directory(self) -> None: ...


def open_hit(host: SearchHost, hit: Hit, query: str) -> None:
    if hit.kind in ("action", "progress"):
        host.show_action(hit.ref)
    elif hit.kind == "output":
        host.show_output(hit.ref)
    elif hit.kind in ("person", "organisation"):
        _in_the_directory(host, hit)
    elif hit.kind == "attachment" and hit.meeting_ref:
        host.pages.setCurrentIndex(0)  # the Meetings page
        host.show_meeting(hit.meeting_ref)
        editor = host.editor
        editor.tabs.setCurrentIndex(editor.ATTACHMENTS)
        files = editor.attachments
        files.select({hit.id})
        files.files.setFocus()
    elif hit.meeting_ref:
        host.pages.setCurrentIndex(0)  # the Meetings page
        host.show_meeting(hit.meeting_ref)
        if hit.agenda_item_id is not None:
            host.select_agenda_item(hit.meeting_ref, hit.agenda_item_id, show_agenda=True)
            _select_in_minutes(host, query)


def _select_in_minutes(host: SearchHost, query: str) -> None:
    """The first word the query finds in the item's minutes, selected, with the keyboard there."""
    from pactdesk.services.search import first_match

    minutes = host.editor.agenda.minutes
    text = minutes.toPlainText()
    found = first_match(text, query)
    if found is None:
        return
    start, end = (len(text[:place].encode("utf-16-le")) // 2 for place in found)  # Qt counts UTF-16 units
    cursor = minutes.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    minutes.setTextCursor(cursor)
    minutes.centerCursor()
    minutes.setFocus()


def _in_the_directory(host: SearchHost, hit: Hit) -> None:
    from pactdesk.gui.directory.dialog import DirectoryDialog

    host.open_directory()
    directory = host.window_widget().findChild(DirectoryDialog)
    if directory is None:
        return
    person = hit.kind == "person"
    directory.tabs.setCurrentIndex(0 if person else 1)
    tab = directory.people_tab if person else directory.organisations_tab
    tab.select(hit.id)
