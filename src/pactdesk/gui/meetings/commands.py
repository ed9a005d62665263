"""File → New meeting… and Edit → Delete meeting…: asked in a dialog, saved as one step, and undone whole (the
meeting comes back with everything under it, under the same reference)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from pactdesk.gui.common.lazy import lazy_module
from pactdesk.gui.common.undo import made, removed
from pactdesk.gui.common.widgets import guarded
from pactdesk.gui.common.words import language

if TYPE_CHECKING:
    from pactdesk.services import catalogue, meeting_archive, meetings, planning
    from pactdesk.store.database import Database
else:  # the window is painted before the database layer loads
    catalogue = lazy_module("pactdesk.services.catalogue")
    meeting_archive = lazy_module("pactdesk.services.meeting_archive")
    meetings = lazy_module("pactdesk.services.meetings")
    planning = lazy_module("pactdesk.services.planning")


def new_meeting(
    parent: QWidget,
    database: Database,
    stack: QUndoStack,
    current_code: str | None,
    after_undo: Callable[[], None],
) -> tuple[str, str] | None:
    """Ask for the new meeting's cluster, kind and time, and create it with its standing items, its title and first
    items in the language the window speaks. Returns its cluster's code and its reference; None when the person
    cancelled, or was told why it could not be made."""
    from pactdesk.gui.meetings.new_meeting_dialog import NewMeetingDialog

    chosen, accepted = NewMeetingDialog.get_meeting(parent, catalogue.cluster_summaries(database), current_code)
    if not accepted or chosen is None:
        return None
    created: list[str] = []

    def create() -> None:
        ref = planning.new_meeting(
            database,
            chosen.cluster_code,
            starts_at=chosen.starts_at,
            ends_at=chosen.ends_at,
            kind=chosen.kind,
            language=language(),
        )
        created.append(ref)
        made(
            stack,
            QCoreApplication.translate("MainWindow", "New meeting"),
            lambda: meeting_archive.remove_meeting(database, ref),
            lambda kept: meeting_archive.restore_meeting(database, kept),
            after_undo,
        )

    return (chosen.cluster_code, created[0]) if guarded(parent, create) else None


def delete_meeting(
    parent: QWidget, database: Database, stack: QUndoStack, ref: str, after_undo: Callable[[], None]
) -> bool:
    """Ask, saying what goes with the meeting, and delete it; True when it was deleted."""
    contents = meetings.meeting_contents(database, ref)
    goes = QCoreApplication.translate(
        "MainWindow",
        "With it go {0} attendance records, {1} agenda items ({2} with minutes), {3} decisions and {4} actions.",
    ).format(
        contents.attendance,
        contents.agenda_items,
        contents.items_with_minutes,
        contents.decisions,
        contents.actions,
    )
    question = QCoreApplication.translate("MainWindow", "Delete meeting {0}?").format(ref)
    if contents.has_records:
        question += "\n\n" + goes
    question += "\n\n" + QCoreApplication.translate("MainWindow", "Edit → Undo brings it back.")
    if (
        QMessageBox.question(parent, QCoreApplication.translate("MainWindow", "Delete meeting"), question)
        != QMessageBox.StandardButton.Yes
    ):
        return False
    return guarded(
        parent,
        lambda: removed(
            stack,
            QCoreApplication.translate("MainWindow", "Delete meeting {0}").format(ref),
            lambda: meeting_archive.remove_meeting(database, ref),
            lambda kept: meeting_archive.restore_meeting(database, kept),
            after_undo,
        ),
    )
