"""PactDesk's main window: clusters, the chosen cluster's meetings, and the meeting being worked on.

It runs past 600 lines because it is the window's composition: its panes, its menus and toolbar, remembering them,
and the face the rooms ask through (gui/common/host.py). What each pane, page, dialog and command does lives in
a room of its own (meetings/, follow_up/, directory/, files/, presentation/), and nothing there imports this."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pactdesk import __version__
from pactdesk.domain.summaries import MeetingOrder
from pactdesk.gui.common import settings as setting
from pactdesk.gui.common.access import read_only_line, writable
from pactdesk.gui.common.lazy import lazy_module
from pactdesk.gui.common.live import LiveChanges
from pactdesk.gui.common.theme import Theme
from pactdesk.gui.common.theme_menu import ThemeMenu
from pactdesk.gui.common.undo_keys import UndoKeys, keys_of
from pactdesk.gui.common.widgets import RoomForTheTitle, WholeTextTips
from pactdesk.gui.files.document_commands import DocumentCommands
from pactdesk.gui.files.workbook_flow import WorkbookFlow
from pactdesk.gui.follow_up.pages import FollowUpPages
from pactdesk.gui.meetings import commands as meeting_commands
from pactdesk.gui.meetings.cluster_model import ClusterTableModel
from pactdesk.gui.meetings.meeting_list_model import MeetingListModel
from pactdesk.gui.presentation.presenting import Presenting
from pactdesk.gui.quick_start import ROWS, StartSnapshot
from pactdesk.gui.search.search_box import SearchBox
from pactdesk.store.location import DatabaseLocation

# The window is built and painted before the database layer is loaded (see ``attach``): these load on first use.
if TYPE_CHECKING:
    from pactdesk.gui.meetings import first_run
    from pactdesk.gui.meetings.editor import MeetingEditor
    from pactdesk.gui.presentation.controller import Presentation
    from pactdesk.services import catalogue, meetings
    from pactdesk.store.database import Database
else:
    catalogue = lazy_module("pactdesk.services.catalogue")
    first_run = lazy_module("pactdesk.gui.meetings.first_run")
    meetings = lazy_module("pactdesk.services.meetings")

FILTER_DELAY_MS = 60
FIRST_SIZE = QSize(1440, 860)  # the first start's size on a screen that has room for it
FRAME_ALLOWANCE = QSize(16, 40)  # a window's frame and title bar, before the window system has said how large
PANE_MINIMUM = 180  # the clusters and the meetings can each be this narrow: the editor needs the rest
PRESENT_KEY = QKeySequence(Qt.Key.Key_F5)


logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Built in two steps so it shows at once: the window, with the lists of a start-up snapshot if there is one;
    then ``attach`` gives it the database, and the live lists and the meeting editor take over."""

    attached = Signal()  # the database is open and the window shows it: everything works from here

    def __init__(
        self,
        database: Database | None,
        settings: QSettings,
        *,
        location: DatabaseLocation | None = None,
        snapshot: StartSnapshot | None = None,
    ) -> None:
        super().__init__()
        self._database: Database | None = None
        self._editor: MeetingEditor | None = None
        self.settings = settings
        where = database.location if database is not None else location
        self.setWindowTitle(self.tr("PactDesk — {0}").format(where.describe() if where else ""))
        self.undo_stack = QUndoStack(self)
        self.terminating = False  # closing for a logout or shutdown: nothing can be asked
        self._directory = None
        self._workbooks: WorkbookFlow | None = None
        self._presenting = Presenting(self)
        self._live: LiveChanges | None = None

        self.clusters = ClusterTableModel()
        self.cluster_view = self._table("clusterView", self.tr("Clusters"), self.clusters)
        self._fit_cluster_columns()
        self.cluster_view.setMinimumWidth(PANE_MINIMUM)

        self.meetings = MeetingListModel(None)
        self.filter = QLineEdit()
        self.filter.setObjectName("meetingFilter")
        self.filter.setAccessibleName(self.tr("Filter meetings"))
        self.filter.setPlaceholderText(self.tr("Filter by reference, title, place or kind (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _: self._filter_timer.start())
        self.meeting_view = self._table("meetingView", self.tr("Meetings"), self.meetings)
        self.meeting_view.setSortingEnabled(True)
        self.meeting_view.sortByColumn(MeetingListModel.DATE, Qt.SortOrder.DescendingOrder)
        self.meeting_columns = RoomForTheTitle(
            self.meeting_view,
            MeetingListModel.TITLE,
            # The kind is mostly the same; the cluster's code begins every reference.
            give_way=(
                MeetingListModel.KIND,
                MeetingListModel.CLUSTER,
                MeetingListModel.MINUTES,
                MeetingListModel.STATUS,
            ),
        )
        # The title says most: in a narrow pane it comes after the date, not beyond the list's right edge.
        header = self.meeting_view.horizontalHeader()
        header.moveSection(header.visualIndex(MeetingListModel.TITLE), header.visualIndex(MeetingListModel.DATE) + 1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.filter)
        middle_layout.addWidget(self.meeting_view)
        middle.setMinimumWidth(PANE_MINIMUM)

        opening = QLabel(self.tr("Opening the database…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.cluster_view, middle, opening):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(2, 2)
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, self.tr("Meetings"))
        self.follow_up = FollowUpPages(self.pages, self)
        self.follow_up.actions_changed.connect(self._follow_up_changed)
        self.follow_up.outputs_changed.connect(self.refresh)
        self.follow_up.meeting_wanted.connect(self._meeting_from_page)
        self.setCentralWidget(self.pages)
        self.setTabOrder(self.cluster_view, self.filter)
        self.setTabOrder(self.filter, self.meeting_view)

        self._build_actions()
        self.cluster_view.selectionModel().currentRowChanged.connect(lambda current, _: self._cluster_chosen())
        self.meeting_view.selectionModel().currentRowChanged.connect(lambda current, _: self._meeting_chosen())
        self._restore_layout()
        if snapshot is not None:
            self._show_snapshot(snapshot)
        if database is not None:
            self.attach(database)

    def attach(self, database: Database) -> None:
        """Work on ``database``: the live lists replace any snapshot, and the meeting editor opens."""
        from pactdesk.gui.meetings.editor import MeetingEditor

        self._database = database
        self.meetings.attach(database)
        self._editor = editor = MeetingEditor(database, self.undo_stack)
        editor.meeting_changed.connect(self._meeting_saved)
        editor.meeting_wanted.connect(self.show_meeting)
        first = editor.first_steps  # a database with no meeting yet says where to begin
        first.directory_wanted.connect(self.open_directory)
        first.import_wanted.connect(self.import_workbook)
        first.new_meeting_wanted.connect(self.new_meeting)
        first.demo_wanted.connect(lambda: first_run.open_demo(self))
        self.splitter.replaceWidget(2, editor).deleteLater()
        self.setTabOrder(self.meeting_view, editor)
        for action in self._needs_database:
            action.setEnabled(True)
        if database.location.is_sqlite:  # a file is one person's: the name in the settings is its author
            database.author = setting.AUTHOR.read(self.settings) or database.author
        else:  # on a server the server names who writes, from the login
            self.author_action.setVisible(False)
        if not writable(database):
            self._read_only(database)
        listener = database.listener()
        if listener is not None:  # a team's server: others' commits are shown as they come
            self._live = LiveChanges(listener, self)
            self._live.changed.connect(self._others_changed)
        self._update_present_action()
        # The editor's pages are "no meeting" and "a meeting": the meeting's documents follow which one shows.
        editor.pages.currentChanged.connect(lambda _: self.documents.meeting_shown())
        editor.pages.currentChanged.connect(lambda _: self._update_present_action())
        self.documents.attached()
        self.search.attach(database)
        for number, (name, title) in enumerate(self.follow_up.titles(), start=2):
            go = self._action(title, lambda _=False, name=name: self.show_page(name), QKeySequence(f"Ctrl+{number}"))
            self.view_menu.insertAction(self._pages_separator, go)
        self.follow_up.add_tabs()
        self._restore_data()
        page = setting.PAGE.read(self.settings)
        if page in dict(self.follow_up.titles()):
            self.show_page(page)
        self._update_present_action()
        self.attached.emit()

    # -- the pages beside the meetings (gui/follow_up/pages.py) ---------------------------------------------------

    def page(self, name: str) -> QWidget:
        """The follow-up page ``name`` (built now if it has not been shown yet)."""
        return self.follow_up.page(name)

    def show_page(self, name: str) -> None:
        self.follow_up.show(name)

    def current_page(self) -> str:
        return self.follow_up.current()

    # -- what the parts of the window may ask of it (gui/common/host.py) ----------------------------------------------

    def window_widget(self) -> QMainWindow:
        return self

    def show_message(self, text: str, milliseconds: int = 0) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def dock(self, panel: QDockWidget) -> None:
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)

    def undock(self, panel: QDockWidget) -> None:
        self.removeDockWidget(panel)

    def save_pending(self) -> bool:
        """Save what was typed but not yet saved: the minutes being written, an output's form. ``False`` when some
        of it could not be saved (each refusal was explained)."""
        if not self.live:
            return True
        saved = self.editor.save_pending()
        return self.follow_up.save_pending() and saved

    def show_action(self, ref: str) -> None:
        self.follow_up.show_action(ref)

    def show_output(self, ref: str) -> None:
        self.follow_up.show_output(ref)

    def _follow_up_changed(self) -> None:
        """Actions changed on another page: the counts and the meeting on screen show it."""
        self.refresh()
        if self.editor.ref is not None:
            self.editor.show_meeting(self.editor.ref)

    def _meeting_from_page(self, ref: str) -> None:
        self.pages.setCurrentIndex(0)
        self.show_meeting(ref)

    @property
    def live(self) -> bool:
        """Whether the database is open in this window (see ``attach``)."""
        return self._database is not None

    @property
    def database(self) -> Database:
        if self._database is None:
            raise RuntimeError("The window has no database yet: attach() one first.")
        return self._database

    @property
    def editor(self) -> MeetingEditor:
        if self._editor is None:
            raise RuntimeError("The window has no database yet: attach() one first.")
        return self._editor

    def _fit_cluster_columns(self) -> None:
        """A cluster's name is long ("Cluster Têxtil: Tecnologia e Moda") and the pane narrow on a laptop: the name
        takes what the counts leave and wraps onto more lines; the counts' headings wrap too ("Em / atraso") rather
        than take the name's room. The code (in each meeting's reference) and the pact are in the name's tip."""
        view, header = self.cluster_view, self.cluster_view.horizontalHeader()
        view.setColumnHidden(ClusterTableModel.CODE, True)
        view.setColumnHidden(ClusterTableModel.PACT, True)
        view.setWordWrap(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ClusterTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        lines = 1
        for column in (ClusterTableModel.MEETINGS, ClusterTableModel.OPEN, ClusterTableModel.OVERDUE):
            heading = str(self.clusters.headerData(column, Qt.Orientation.Horizontal))
            words = [metrics.horizontalAdvance(word) for word in heading.split()] or [0]
            width = max(*words, metrics.horizontalAdvance("000")) + metrics.averageCharWidth() + 6
            view.setColumnWidth(column, width)
            lines = max(lines, len(heading.split()) if max(words) < metrics.horizontalAdvance(heading) else 1)
        header.setMinimumHeight(metrics.lineSpacing() * lines + 10)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Qt sizes rows to their contents once; a wider or narrower pane needs them sized again.
        header.sectionResized.connect(lambda column, *_: column == ClusterTableModel.NAME and self._fit_cluster_rows())
        self.clusters.modelReset.connect(self._fit_cluster_rows)

    def _fit_cluster_rows(self) -> None:
        QTimer.singleShot(0, self.cluster_view, self.cluster_view.resizeRowsToContents)

    def _table(self, name: str, accessible: str, model: ClusterTableModel | MeetingListModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setTabKeyNavigation(False)  # Tab moves between the panes; the arrows move within a list
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        WholeTextTips(view)  # a cell cut short shows its whole text when pointed at
        return view

    # -- menus and toolbar ------------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New meeting…"), self.new_meeting, QKeySequence.StandardKey.New)
        self.delete_action = self._action(self.tr("&Delete meeting…"), self.delete_meeting)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.meeting_view.addAction(self.delete_action)
        self.directory_action = self._action(self.tr("&People and organisations…"), self.open_directory)
        self.author_action = self._action(self.tr("Your &name…"), self.ask_author)
        self.author_action.setObjectName("yourName")
        self.author_action.setToolTip(self.tr("The name this laptop's file records as the author of your changes"))
        quit_action = self._action(self.tr("&Quit"), self.close)
        # Ctrl+Q everywhere: Windows (and Qt's offscreen platform) give the standard Quit key no binding at all.
        quit_action.setShortcuts(keys_of(QKeySequence.StandardKey.Quit, QKeySequence("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._history_action(self.tr("&Undo"), redo=False)
        self.redo_action = self._history_action(self.tr("&Redo"), redo=True)
        self._undo_keys = UndoKeys(self, self.undo, self.redo)
        self.undo_action.setShortcuts(self._undo_keys.undo_keys)
        self.redo_action.setShortcuts(self._undo_keys.redo_keys)
        QApplication.instance().installEventFilter(self._undo_keys)
        self.filter_action = self._action(
            self.tr("&Filter meetings"), self._focus_filter, QKeySequence.StandardKey.Find
        )
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh)
        # F5 presents, as in slide programs; Refresh keeps the platform's other keys and Ctrl+R.
        reload_key = QKeySequence("Ctrl+R")
        platform_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcuts(
            [reload_key, *(key for key in platform_keys if key not in (PRESENT_KEY, reload_key))]
        )
        self.present_action = self._action(self.tr("&Present meeting"), lambda: self.start_presenting(), PRESENT_KEY)
        self.present_action.setObjectName("presentMeeting")
        self.present_action.setToolTip(
            self.tr("Show the meeting on the room's screen, with a presenter panel here (F5)")
        )
        self.present_action.setEnabled(False)
        self.search = SearchBox(self, self)
        self.search_action = self._action(self.tr("&Search everything"), self.search.focus)
        self.search_action.setObjectName("searchEverything")
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+F")])
        self.export_workbook_action = self._action(self.tr("&Workbook (.xlsx or .ods)…"), self.export_workbook)
        self.export_workbook_action.setObjectName("exportWorkbook")
        self.import_workbook_action = self._action(self.tr("&Workbook (.xlsx or .ods)…"), self.import_workbook)
        self.import_workbook_action.setObjectName("importWorkbook")
        self._needs_database = (
            self.new_action,
            self.delete_action,
            self.directory_action,
            self.refresh_action,
            self.search_action,
            self.export_workbook_action,
            self.import_workbook_action,
        )
        for action in self._needs_database:
            action.setEnabled(False)
        self.documents = DocumentCommands(self, self.settings)
        about = self._action(self.tr("&About PactDesk"), self._about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.delete_action])
        file_menu.addSeparator()
        file_menu.addActions([self.documents.preview_action, self.documents.print_action])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.addAction(self.export_workbook_action)
        self.documents.fill_export_menu(export_menu)
        file_menu.addMenu(self.tr("&Import")).addAction(self.import_workbook_action)
        file_menu.addAction(self.documents.verify_action)
        self.documents.meeting_wanted.connect(self._meeting_from_page)  # "Open the meeting" of a verified PDF
        self.documents.fill_language_menu(file_menu.addMenu(self.tr("Document &language")))
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.filter_action, self.search_action, self.directory_action, self.author_action])
        view_menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        meetings_page = self._action(
            self.tr("&Meetings"), lambda: self.pages.setCurrentIndex(0), QKeySequence("Ctrl+1")
        )
        view_menu.addAction(meetings_page)
        self._pages_separator = view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.present_action)
        view_menu.addSeparator()
        self._theme_menu = ThemeMenu(view_menu.addMenu(self.tr("&Theme")), self.settings)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addActions([self.new_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.directory_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)

    def _history_action(self, text: str, *, redo: bool) -> QAction:
        """Undo or Redo, named after the step it would take and enabled only when there is one (Qt's own action),
        but saving what is being typed first, so that the typing is a step of its own."""
        stack = self.undo_stack
        action = stack.createRedoAction(self, text) if redo else stack.createUndoAction(self, text)
        action.triggered.disconnect()  # Qt's connection straight to the stack
        action.triggered.connect(self.redo if redo else self.undo)
        return action

    def undo(self) -> None:
        """Undo the last step of the window's history, after saving what was being typed (so it is a step too)."""
        self.save_pending()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        self.save_pending()
        if self.undo_stack.canRedo():
            self.undo_stack.redo()

    @property
    def theme_actions(self) -> dict[Theme, QAction]:
        return self._theme_menu.actions

    def set_theme(self, theme: Theme, *, remember: bool = True) -> None:
        self._theme_menu.choose(theme, remember=remember)

    # -- what is shown ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the clusters' counts and the meetings, keeping what is chosen."""
        self.editor.forget_choices()
        code = self.current_cluster_code()
        ref = self.editor.ref
        self.clusters.set_clusters(catalogue.cluster_summaries(self.database))
        self._select_cluster(code)
        self.meetings.reload()
        self._select_meeting(ref)
        self._update_status()
        self._refresh_page()

    def _others_changed(self, tables: set[str]) -> None:
        """Someone else committed on the team's server: read again what is on screen, keeping what is chosen and
        where the cursor is. A meeting field being typed in is left alone; its own save reads the meeting again."""
        self.refresh()
        focus = QApplication.focusWidget()
        typing = isinstance(focus, QLineEdit) and focus.isModified() and self.editor.isAncestorOf(focus)
        if self.editor.ref is not None and not typing:
            self.editor.show_meeting(self.editor.ref)

    def _refresh_page(self) -> None:
        """The follow-up page on screen (tracker, outputs, goals, dashboard) reads the database again."""
        self.follow_up.refresh_current()

    def current_cluster_code(self) -> str | None:
        cluster = self.clusters.cluster(self.cluster_view.currentIndex().row())
        return cluster.code if cluster else None

    def _select_cluster(self, code: str | None) -> None:
        index = self.clusters.index(self.clusters.row_of(code), ClusterTableModel.NAME)
        self.cluster_view.selectionModel().blockSignals(True)
        self.cluster_view.setCurrentIndex(index)
        self.cluster_view.selectionModel().blockSignals(False)

    def _select_meeting(self, ref: str | None, *, more_pages: int | None = None) -> None:
        row = self.meetings.row_of(ref, more_pages=more_pages) if ref else None
        selection = self.meeting_view.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.meetings.index(row, MeetingListModel.REF)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.meeting_view.scrollTo(index)
        selection.blockSignals(False)

    def _cluster_chosen(self) -> None:
        if not self.live:  # a click while the database opens: ``attach`` shows that cluster
            return
        cluster = self.clusters.cluster(self.cluster_view.currentIndex().row())
        self.meetings.set_filter(cluster_id=cluster.id if cluster else None, text=self.filter.text())
        # One cluster's meetings all say its code: the column goes, and leaves its room to the titles.
        self.meeting_columns.hide(MeetingListModel.CLUSTER, cluster is not None)
        # A keystroke in the filter looks for the meeting on screen in one more page at most, not to the list's end.
        self._select_meeting(self.editor.ref, more_pages=1)
        self._update_status()

    def _apply_filter(self) -> None:
        self._cluster_chosen()

    def _meeting_chosen(self) -> None:
        if not self.live:
            return
        row = self.meeting_view.currentIndex().row()
        self.editor.show_meeting(self.meetings.meeting(row).ref if row >= 0 else None)

    def show_meeting(self, ref: str) -> None:
        """Bring ``ref`` on screen, showing all clusters if the current one does not hold it."""
        self.editor.show_meeting(ref)
        if self.meetings.row_of(ref) is None:
            self.filter.clear()
            self._select_cluster(None)
            self.meetings.set_filter(cluster_id=None, text="")
        self._select_meeting(ref)

    def _meeting_saved(self, ref: str) -> None:
        self.refresh()
        if self._directory is not None and self._directory.isVisible():
            self._directory.refresh()  # a guest added, a merge undone: the open directory shows it

    def current_meeting_ref(self) -> str | None:
        """The meeting on screen in the editor: the one chosen in the list (``None`` when there is none)."""
        return self.editor.ref if self.live else None

    # -- presenting the meeting in the room --------------------------------------------------------------------

    @property
    def presentation(self) -> Presentation | None:
        """The meeting being presented on the room's screen, if one is."""
        return self._presenting.current

    def _update_present_action(self) -> None:
        """Presenting and deleting need a meeting on screen; with none, both are greyed (as its documents are)."""
        chosen = self.current_meeting_ref() is not None
        self.present_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen and writable(self._database))

    def ask_author(self) -> None:
        """Edit → Your name…: the name recorded as the author of what is changed from now on, kept in the settings."""
        database = self.database
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("The name recorded beside your changes (“last changed by …”):"),
            QLineEdit.EchoMode.Normal,
            database.author,
        )
        name = " ".join(name.split())
        if not accepted or not name:
            return
        database.author = name
        setting.AUTHOR.write(self.settings, name)
        self.show_message(self.tr("Your changes are now recorded as {0}'s.").format(name), 5000)

    def _read_only(self, database: Database) -> None:
        """A reader's window: nothing offered that writes (the server refuses it anyway), and a line says why."""
        for action in (self.new_action, self.delete_action, self.import_workbook_action):
            action.setEnabled(False)
        line = QLabel(read_only_line())
        line.setObjectName("readOnlyLine")
        line.setWordWrap(True)
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setContentsMargins(6, 4, 6, 4)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(line)
        layout.addWidget(self.takeCentralWidget())
        self.setCentralWidget(holder)
        self.setWindowTitle(self.tr("PactDesk — {0} (read only)").format(database.location.describe()))

    def start_presenting(self, screen: int | None = None) -> str:
        """Present the meeting on screen (gui/presentation/presenting.py); a sentence when that screen is not there."""
        ref = self.current_meeting_ref()
        return "" if ref is None else self._presenting.start(ref, screen)

    def stop_presenting(self) -> None:
        self._presenting.stop()

    def current_agenda_item_id(self, ref: str) -> int | None:
        """The agenda item chosen in the editor, when the editor shows meeting ``ref``."""
        if not self.live or self.editor.ref != ref:
            return None
        return self.editor.agenda.current_item_id()

    def select_agenda_item(self, ref: str, item_id: int, *, show_agenda: bool = False) -> None:
        """Choose the agenda item ``item_id`` in the editor, when it shows meeting ``ref`` (the room moved to it);
        with ``show_agenda``, bring the editor's agenda and minutes to the front too."""
        if not self.live or self.editor.ref != ref:
            return
        if show_agenda:
            self.editor.tabs.setCurrentIndex(self.editor.AGENDA)
        self.editor.agenda.select_item(item_id)

    def _update_status(self) -> None:
        shown = self.meetings.total
        if not self.live:
            self.statusBar().showMessage(self.tr("%Ln meeting(s) — opening the database…", "", shown))
            return
        where = self.database.location.describe()
        self.statusBar().showMessage(self.tr("%Ln meeting(s) — {0}", "", shown).format(where))

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- commands ---------------------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        created = meeting_commands.new_meeting(
            self, self.database, self.undo_stack, self.current_cluster_code(), self._after_undo
        )
        if created is not None:
            code, ref = created
            self.clusters.set_clusters(catalogue.cluster_summaries(self.database))
            self._select_cluster(code)
            self._cluster_chosen()
            self.pages.setCurrentIndex(0)  # the new meeting is shown, whichever page New was chosen on
            self.show_meeting(ref)
            self.statusBar().showMessage(self.tr("Meeting {0} created.").format(ref), 5000)

    def delete_meeting(self) -> None:
        ref = self.editor.ref
        if ref is not None and meeting_commands.delete_meeting(
            self, self.database, self.undo_stack, ref, self._after_undo
        ):
            self.editor.show_meeting(None)
            self.refresh()

    def _after_undo(self) -> None:
        """After a meeting was created, deleted, or brought back: show what is there now."""
        self.editor.show_meeting(self.editor.ref)  # shows nothing when that meeting is gone
        self.refresh()

    # -- workbooks --------------------------------------------------------------------------------------------

    @property
    def workbooks(self) -> WorkbookFlow:
        if self._workbooks is None:
            self._workbooks = WorkbookFlow(self, self.settings)
            self._workbooks.done.connect(lambda message: self.statusBar().showMessage(message, 10_000))
            self._workbooks.imported.connect(self._after_import)
        return self._workbooks

    def export_workbook(self) -> None:
        self.save_pending()
        self.workbooks.export(self.database, self.current_cluster_code())

    def import_workbook(self) -> None:
        self.save_pending()
        self.workbooks.import_(self.database)

    def _after_import(self) -> None:
        """Everything on screen may have changed; the undo history refers to what was there before."""
        self.undo_stack.clear()
        self.editor.show_meeting(self.editor.ref)  # a new database's first steps give way to what was imported
        self._follow_up_changed()
        self._refresh_page()

    def open_directory(self) -> None:
        from pactdesk.gui.directory.dialog import DirectoryDialog

        if self._directory is None:
            self._directory = DirectoryDialog(self.database, self)
            self._directory.changed.connect(self.refresh)
        self._directory.show()
        self._directory.raise_()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About PactDesk"),
            self.tr(
                "<b>PactDesk {0}</b><p>The Monitoring Committee's meetings, minutes, actions and outputs, offline.</p>"
            ).format(__version__),
        )

    # -- remembering the window -------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """The size and place of last time, brought inside the screen; on a first start, as much of the screen as
        suits (a laptop's 1280×720 or 1366×768 whole, at most 1440×860 on a larger one)."""
        room = self._screen_room()
        geometry = setting.GEOMETRY.read(self.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(
                min(FIRST_SIZE.width(), room.width() - FRAME_ALLOWANCE.width()),
                min(FIRST_SIZE.height(), room.height() - FRAME_ALLOWANCE.height()),
            )
            self.move(room.center() - self.rect().center())
        self.fit_on_screen()
        splitter = setting.SPLITTER.read(self.settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            width = self.width()
            self.splitter.setSizes([width * 24 // 100, width * 28 // 100, width * 48 // 100])

    def _screen_room(self) -> QRect:
        """The part of the screen a window may take (without the task bar), in the screen's logical pixels."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)

    def fit_on_screen(self) -> None:
        """Bring the window inside the screen it is on: a size remembered from a larger screen (or a lower scale)
        is cut to this one, and a window left beyond its edges comes back. Never smaller than the window can be."""
        if self.isMaximized() or self.isFullScreen():
            return
        room = self._screen_room()
        frame, inner = self.frameGeometry(), self.geometry()
        # Before the window is first shown it has no frame yet: leave room for the title bar all the same.
        extra_width = max(frame.width() - inner.width(), FRAME_ALLOWANCE.width())
        extra_height = max(frame.height() - inner.height(), FRAME_ALLOWANCE.height())
        width = max(min(inner.width(), room.width() - extra_width), self.minimumWidth())
        height = max(min(inner.height(), room.height() - extra_height), self.minimumHeight())
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
        outer = QRect(frame.topLeft(), QSize(width + extra_width, height + extra_height))
        left = min(max(outer.left(), room.left()), max(room.right() - outer.width() + 1, room.left()))
        top = min(max(outer.top(), room.top()), max(room.bottom() - outer.height() + 1, room.top()))
        if (left, top) != (outer.left(), outer.top()):
            self.move(left, top)

    def _show_snapshot(self, snapshot: StartSnapshot) -> None:
        self.clusters.set_clusters(snapshot.clusters)
        self._select_cluster(snapshot.cluster_code)
        cluster = self.clusters.cluster(self.clusters.row_of(snapshot.cluster_code))
        self.meetings.show_snapshot(snapshot.meetings, snapshot.total, cluster.id if cluster else None)
        ref = setting.MEETING.read(self.settings)
        if ref:
            self._select_meeting(ref)
        self._update_status()

    def _restore_data(self) -> None:
        """The cluster and meeting of last time, or those chosen while the database was opening."""
        chosen = self.meeting_view.currentIndex()
        ref = self.meetings.meeting(chosen.row()).ref if chosen.isValid() else setting.MEETING.read(self.settings)
        if self.clusters.rowCount() > 1:
            code = self.current_cluster_code()
        else:
            code = setting.CLUSTER.read(self.settings) or None
        self.clusters.set_clusters(catalogue.cluster_summaries(self.database))
        self._select_cluster(code)
        self._cluster_chosen()
        if ref and self.meetings.row_of(ref) is not None:
            self.editor.show_meeting(ref)
            self._select_meeting(ref)

    def start_snapshot(self) -> StartSnapshot | None:
        """What the next start should paint first: the navigator, and the first meetings of the current cluster
        in the order a new window lists them. ``None`` before the database is open."""
        if not self.live:
            return None
        today = date.today()
        code = self.current_cluster_code()
        cluster = self.clusters.cluster(self.clusters.row_of(code))
        cluster_id = cluster.id if cluster else None
        return StartSnapshot(
            day=today,
            cluster_code=code,
            clusters=catalogue.cluster_summaries(self.database, today),
            meetings=meetings.list_meetings(
                self.database, cluster_id=cluster_id, order=MeetingOrder.DATE, descending=True, limit=ROWS
            ),
            total=meetings.count_meetings(self.database, cluster_id=cluster_id),
            due=catalogue.open_actions_due(self.database, today),
        )

    def _may_close_unsaved(self) -> bool:
        """Typing could not be saved: put the minutes on the clipboard, and close only if the secretary says so."""
        unsaved = self.editor.agenda.unsaved_minutes()
        if unsaved:
            QApplication.clipboard().setText(unsaved)
        if self.terminating:
            logger.error("closing for the system with %d characters of minutes not saved", len(unsaved))
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Not saved"),
            self.tr(
                "What you typed last could not be saved (the reason was just shown). The minutes you typed are on "
                "the clipboard, to paste elsewhere.\n\nClose PactDesk all the same?"
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def closeEvent(self, event: QCloseEvent) -> None:
        # A logout or shutdown cannot wait for an answer: the text still goes to the clipboard and the log says so.
        if self.live and not self.save_pending() and not self._may_close_unsaved():
            event.ignore()
            return
        self.stop_presenting()
        setting.GEOMETRY.write(self.settings, self.saveGeometry())
        setting.SPLITTER.write(self.settings, self.splitter.saveState())
        if self.live:  # closed while the database was still opening: what was chosen last time stays chosen
            setting.CLUSTER.write(self.settings, self.current_cluster_code() or "")
            setting.MEETING.write(self.settings, self.editor.ref or "")
            setting.PAGE.write(self.settings, self.current_page())
        self.settings.sync()
        if self._live is not None:
            self._live.close()
        self.search.stop()
        event.accept()
