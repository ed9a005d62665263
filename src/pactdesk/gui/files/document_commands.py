"""The document commands of the File menu: File → Export's PDFs and calendars, Print preview and Print of the
minutes, File → Verify a PDF… and File → Document language; enabled when they can work, and carried out by a
``DocumentFlow``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from pactdesk.gui.common import settings as setting
from pactdesk.gui.files.document_flow import DocumentFlow

if TYPE_CHECKING:
    from pactdesk.gui.common.host import Host


class DocumentCommands(QObject):
    """The actions, built with the window (so they are in its menus from the first paint); the flow that does the
    work is made on first use. ``meeting_wanted`` carries a meeting the person asked to open."""

    meeting_wanted = Signal(str)

    def __init__(self, window: Host, settings: QSettings) -> None:
        super().__init__(window.window_widget())
        self.window = window
        self.settings = settings
        self._flow: DocumentFlow | None = None
        self.export_minutes_action = self._action(
            "exportMinutes", self.tr("&Minutes (PDF)…"), lambda: self._for_meeting(self.flow.export_minutes)
        )
        self.export_agenda_action = self._action(
            "exportAgenda", self.tr("&Agenda (PDF)…"), lambda: self._for_meeting(self.flow.export_agenda)
        )
        self.export_actions_action = self._action(
            "exportActionReport",
            self.tr("Action &report (PDF)…"),
            lambda: self.flow.export_actions(window.database, window.current_cluster_code()),
        )
        self.export_binder_action = self._action(
            "exportBinder", self.tr("Minutes &binder (PDF)…"), lambda: self._binder()
        )
        self.export_invitation_action = self._action(
            "exportInvitation",
            self.tr("&Calendar invitation (.ics)…"),
            lambda: self._for_meeting(self.flow.export_invitation),
        )
        self.export_planned_action = self._action(
            "exportPlanned",
            self.tr("&Planned meetings calendar (.ics)…"),
            lambda: self.flow.export_planned(window.database),
        )
        self.preview_action = self._action(
            "printPreview",
            self.tr("Print pre&view of the minutes…"),
            lambda: self._for_meeting(self.flow.preview_minutes),
        )
        self.print_action = self._action(
            "printMinutes", self.tr("&Print the minutes…"), lambda: self._for_meeting(self.flow.print_minutes)
        )
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.verify_action = self._action(
            "verifyPdf", self.tr("Veri&fy a PDF…"), lambda: self.flow.verify_pdf(window.database)
        )
        self.verify_action.setToolTip(
            self.tr("Say which meeting and version a PDF of minutes is, and whether it is the approved one unchanged")
        )
        self.meeting_actions = (
            self.export_minutes_action,
            self.export_agenda_action,
            self.export_invitation_action,
            self.preview_action,
            self.print_action,
        )
        self.database_actions = (
            self.export_actions_action,
            self.export_binder_action,
            self.export_planned_action,
            self.verify_action,
        )
        for action in (*self.meeting_actions, *self.database_actions):
            action.setEnabled(False)
        self.language_actions: dict[str, QAction] = {}

    def _action(self, name: str, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.window.window_widget())
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    @property
    def flow(self) -> DocumentFlow:
        if self._flow is None:
            self._flow = DocumentFlow(self.window.window_widget(), self.settings)
            self._flow.done.connect(lambda message: self.window.show_message(message, 10_000))
            self._flow.meeting_wanted.connect(self.meeting_wanted)
        return self._flow

    # -- the menus ------------------------------------------------------------------------------------------------

    def fill_export_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addActions(
            [
                self.export_minutes_action,
                self.export_agenda_action,
                self.export_actions_action,
                self.export_binder_action,
            ]
        )
        menu.addSeparator()
        menu.addActions([self.export_invitation_action, self.export_planned_action])

    def fill_language_menu(self, menu: QMenu) -> None:
        """Português or English for the PDFs and the printed minutes (the window keeps its own language)."""
        chosen = setting.DOCUMENT_LANGUAGE.read(self.settings)
        group = QActionGroup(self)
        for language, text in (("pt", self.tr("&Português")), ("en", self.tr("&English"))):
            action = QAction(text, self.window.window_widget(), checkable=True)
            action.setObjectName(f"documentLanguage_{language}")
            action.setChecked(language == chosen)
            action.triggered.connect(lambda _=False, language=language: self.set_language(language))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[language] = action

    def set_language(self, language: str) -> None:
        setting.DOCUMENT_LANGUAGE.write(self.settings, language)
        self.language_actions[language].setChecked(True)

    # -- what can be done now -------------------------------------------------------------------------------------

    def attached(self) -> None:
        """The database is open: the documents of many meetings can be made; those of one need one on screen."""
        for action in self.database_actions:
            action.setEnabled(True)
        self.meeting_shown()

    def meeting_shown(self) -> None:
        shown = self.window.current_meeting_ref() is not None
        for action in self.meeting_actions:
            action.setEnabled(shown)

    def _for_meeting(self, make: Callable[[Any, str], Any]) -> None:
        ref = self.window.current_meeting_ref()
        if ref is None:  # a shortcut can fire before the actions have caught up
            return
        self.window.save_pending()  # the minutes typed a moment ago belong in the document
        make(self.window.database, ref)

    def _binder(self) -> None:
        self.window.save_pending()
        self.flow.export_binder(self.window.database, self.window.current_cluster_code())
