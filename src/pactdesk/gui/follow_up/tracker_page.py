"""The action tracker: every action of every cluster, filtered and sorted; statuses changed one or many at a
time; each action's dated history of progress updates, shown and editable. Every change can be undone."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.enums import ActionStatus
from pactdesk.domain.errors import StaleError
from pactdesk.gui.common.access import writable
from pactdesk.gui.common.conflict import edited, ok_saves_on_top
from pactdesk.gui.common.undo import made, removed, step
from pactdesk.gui.common.widgets import ChoiceBox, WholeTextTips, compact, guarded
from pactdesk.gui.common.words import word
from pactdesk.gui.follow_up.action_form import ActionForm, ActionValues, undoable_revision
from pactdesk.gui.follow_up.tracker_model import TrackerModel
from pactdesk.gui.follow_up.update_form import UpdateForm, UpdateValues
from pactdesk.services import catalogue, progress, revisions, statuses, tracker
from pactdesk.services.catalogue import OPEN_STATUSES
from pactdesk.services.statuses import ActionState
from pactdesk.services.tracker import ActionFilter, TrackerRow, UpdateChanges, UpdateRow
from pactdesk.store.database import Database

FILTER_DELAY_MS = 60
_STILL_OPEN = "open"  # the status choice that keeps open and in-progress actions


class TrackerPage(QWidget):
    changed = Signal()  # statuses or updates changed: counts elsewhere should refresh
    meeting_wanted = Signal(str)

    def __init__(
        self, database: Database, stack: QUndoStack, cluster_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        """``cluster_code`` narrows the list to one cluster from the start."""
        super().__init__(parent)
        self._first_cluster = cluster_code
        self._database = database
        self._stack = stack
        self.model = TrackerModel(database)
        self._build_filters()
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.view.setObjectName("trackerView")
        self.view.setAccessibleName(self.tr("Actions"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        WholeTextTips(self.view)  # a cell cut short shows its whole text when pointed at
        header = self.view.horizontalHeader()
        header.setSortIndicator(TrackerModel.DUE, Qt.SortOrder.AscendingOrder)  # before sorting is on: no reload
        self.view.setSortingEnabled(True)
        # Widths from the font, not from the rows: measuring every fetched row would cost more than reading them.
        metrics = self.view.fontMetrics()
        samples = {
            TrackerModel.REF: "PTECH-A00000",
            TrackerModel.CLUSTER: "PTECH",
            TrackerModel.OWNER: "Conceição Valente",
            TrackerModel.DUE: "0000-00-00",
            TrackerModel.STATUS: "In progress 0000-00-00",
            TrackerModel.LATE: "⚠ 0000 d",
            TrackerModel.AGE: "00000 d",
            TrackerModel.GOALS: "1 2 3 4 5",
            TrackerModel.MEETING: "PTECH-0000-00",
            TrackerModel.LATEST: "Waiting for input",  # the action itself gets the room; the whole is in the tip
        }
        for column, sample in samples.items():
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(column, max(metrics.horizontalAdvance(text) for text in (sample, heading)) + 24)
        header.setSectionResizeMode(TrackerModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _: self.add_update())

        self.status_button = QToolButton()
        self.status_button.setObjectName("setStatus")
        self.status_button.setText(self.tr("Set &status"))
        self.status_button.setAccessibleName(self.tr("Set the status of the chosen actions"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for status in ActionStatus:
            menu.addAction(word(status), lambda status=status: self.set_status(status))
        self.status_button.setMenu(menu)
        self.update_button = QPushButton(self.tr("Add &progress update…"))
        self.update_button.clicked.connect(self.add_update)
        self.edit_button = QPushButton(self.tr("Ed&it action…"))
        self.edit_button.setObjectName("editAction")
        self.edit_button.setToolTip(self.tr("Change what is to be done, who owns it or by when; recorded as an update"))
        self.edit_button.clicked.connect(self.edit_action)
        self.meeting_button = QPushButton(self.tr("Open its &meeting"))
        self.meeting_button.clicked.connect(self._open_meeting)
        self.count = QLabel()
        self.count.setObjectName("trackerCount")
        buttons = QHBoxLayout()
        for widget in (self.status_button, self.update_button, self.edit_button, self.meeting_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        self.history = QTreeWidget()
        self.history.setObjectName("actionHistory")
        self.history.setAccessibleName(self.tr("Progress updates of the chosen action"))
        self.history.setRootIsDecorated(False)
        # Its header and a row at least: on a 1280×720 screen at 125 % the page must fit (tests/gui/test_small_screens).
        self.history.setMinimumHeight(self.history.fontMetrics().lineSpacing() * 3)
        self.history.setHeaderLabels(
            [self.tr("Date"), self.tr("Said by"), self.tr("Meeting"), self.tr("Status"), self.tr("Update")]
        )
        self.history.itemDoubleClicked.connect(lambda *_: self.edit_update())
        WholeTextTips(self.history)
        self.history_label = QLabel()
        self.edit_update_button = QPushButton(self.tr("Edit up&date…"))
        self.edit_update_button.clicked.connect(self.edit_update)
        self.remove_update_button = QPushButton(self.tr("&Remove update"))
        self.remove_update_button.clicked.connect(self.remove_update)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.edit_update_button)
        history_buttons.addWidget(self.remove_update_button)
        history_buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.history)
        lower_layout.addLayout(history_buttons)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(self._filters)
        upper_layout.addWidget(self.view)
        upper_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.refresh()

    # -- filters ----------------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.cluster = ChoiceBox()
        self.cluster.setObjectName("trackerCluster")
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.owner = ChoiceBox()
        self.owner.setObjectName("trackerOwner")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.status = ChoiceBox()
        self.status.setObjectName("trackerStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.add_choice(self.tr("Still open"), _STILL_OPEN)
        self.status.add_choice(self.tr("Any status"), None)
        for status in ActionStatus:
            self.status.add_choice(word(status), status)
        self.goal = ChoiceBox()
        self.goal.setObjectName("trackerGoal")
        self.goal.setAccessibleName(self.tr("Goal"))
        self.overdue = QCheckBox(self.tr("&Overdue"))
        self.overdue.setObjectName("trackerOverdue")
        self.due_soon = QCheckBox(self.tr("D&ue within"))
        self.due_soon.setObjectName("trackerDueSoon")
        self.days = QSpinBox()
        self.days.setObjectName("trackerDays")
        self.days.setAccessibleName(self.tr("Days ahead"))
        self.days.setRange(0, 3650)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.text = QLineEdit()
        self.text.setObjectName("trackerText")
        self.text.setAccessibleName(self.tr("Filter actions by words"))
        self.text.setPlaceholderText(self.tr("Words in the action, its reference or its updates"))
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _: self._text_timer.start())
        for combo in (self.cluster, self.owner, self.goal):
            compact(combo, 8)  # a goal's or a cluster's whole name would make the page wider than a laptop's screen
        for combo in (self.cluster, self.owner, self.status, self.goal):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        for box in (self.overdue, self.due_soon):
            box.toggled.connect(lambda _: self.apply_filter())
        self.days.valueChanged.connect(lambda _: self.due_soon.isChecked() and self.apply_filter())
        first = QHBoxLayout()
        for label, combo, stretch in (
            (self.tr("&Cluster:"), self.cluster, 3),
            (self.tr("O&wner:"), self.owner, 2),
            (self.tr("S&tatus:"), self.status, 1),
            (self.tr("&Goal:"), self.goal, 2),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            first.addWidget(caption)
            first.addWidget(combo, stretch)
        second = QHBoxLayout()
        second.addWidget(self.overdue)
        second.addSpacing(12)
        second.addWidget(self.due_soon)
        second.addWidget(self.days)
        second.addSpacing(12)
        second.addWidget(self.text, 1)
        grid = QVBoxLayout()
        grid.addLayout(first)
        grid.addLayout(second)
        self._filters = grid

    def _fill_choices(self) -> None:
        """The clusters, owners and goals to filter by, keeping what is chosen."""
        cluster, owner, goal = self.cluster.value(), self.owner.value(), self.goal.value()
        for combo in (self.cluster, self.owner, self.goal):
            combo.blockSignals(True)
            combo.clear()
        self.cluster.add_choice(self.tr("All clusters"), None)
        for summary in catalogue.cluster_summaries(self._database):
            self.cluster.add_choice(f"{summary.code} — {summary.name}", summary.code)
        self.owner.add_choice(self.tr("Anyone"), None)
        for choice in tracker.owner_choices(self._database):
            self.owner.add_choice(choice.label, (choice.person_id, choice.organisation_id))
        self.goal.add_choice(self.tr("Any goal"), None)
        for number, name in catalogue.goal_names(self._database):
            self.goal.add_choice(self.tr("{0}. {1}").format(number, name), number)
        if self._first_cluster is not None:
            cluster, self._first_cluster = self._first_cluster, None
        for combo, value in ((self.cluster, cluster), (self.owner, owner), (self.goal, goal)):
            combo.setCurrentIndex(max(0, combo.index_of(value)))
            combo.blockSignals(False)

    def current_filter(self) -> ActionFilter:
        status = self.status.value()
        statuses = OPEN_STATUSES if status == _STILL_OPEN else (status,) if status is not None else ()
        person, organisation = self.owner.value() or (None, None)
        return ActionFilter(
            today=date.today(),
            cluster_codes=(self.cluster.value(),) if self.cluster.value() else (),
            owner_person_id=person,
            owner_organisation_id=organisation,
            statuses=statuses,
            overdue=self.overdue.isChecked(),
            due_within_days=self.days.value() if self.due_soon.isChecked() else None,
            goal=self.goal.value(),
            text=self.text.text(),
        )

    def show_cluster(self, code: str | None) -> None:
        """Narrow the tracker to one cluster (``None``: all)."""
        self.cluster.setCurrentIndex(max(0, self.cluster.index_of(code)))

    def show_only(self, ref: str) -> None:
        """Just the action ``ref``, whatever its status, chosen (for a link from another page)."""
        filters = (self.cluster, self.owner, self.goal, self.status, self.overdue, self.due_soon, self.text)
        for widget in filters:  # one read of the list, not one per filter put back
            widget.blockSignals(True)
        for combo in (self.cluster, self.owner, self.goal):
            combo.setCurrentIndex(0)
        self.status.setCurrentIndex(self.status.index_of(None))
        self.overdue.setChecked(False)
        self.due_soon.setChecked(False)
        self.text.setText(ref)
        for widget in filters:
            widget.blockSignals(False)
        self.apply_filter()
        row = next((row for row in range(self.model.rowCount()) if self.model.action(row).ref == ref), None)
        if row is not None:
            self.view.selectRow(row)

    def apply_filter(self) -> None:
        self._text_timer.stop()
        self.model.set_filter(self.current_filter())
        self._after_reload()

    def refresh(self) -> None:
        """Read everything again, keeping the filters, the order and the chosen actions."""
        chosen = self.chosen_ids()
        self._fill_choices()
        self.model.set_filter(self.current_filter())
        self._after_reload(chosen)

    def _after_reload(self, chosen: list[int] | None = None) -> None:
        self.count.setText(self.tr("%Ln action(s)", "", self.model.total))
        if chosen:
            selection = self.view.selectionModel()
            for action_id in chosen:
                row = self.model.row_of(action_id)
                if row is not None:
                    selection.select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self._selection_changed()

    # -- the chosen actions -----------------------------------------------------------------------------------

    def chosen(self) -> list[TrackerRow]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.action(row) for row in rows]

    def chosen_ids(self) -> list[int]:
        return [action.id for action in self.chosen()]

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        may = writable(self._database)
        self.status_button.setEnabled(may and bool(chosen))
        self.update_button.setEnabled(may and len(chosen) == 1)
        self.edit_button.setEnabled(may and len(chosen) == 1)
        self.meeting_button.setEnabled(len(chosen) == 1 and chosen[0].meeting_ref is not None)
        self._show_history(chosen[0] if len(chosen) == 1 else None)

    def _show_history(self, action: TrackerRow | None) -> None:
        self.history.clear()
        self.edit_update_button.setEnabled(False)
        self.remove_update_button.setEnabled(False)
        if action is None:
            self.history_label.setText(self.tr("Choose one action to see its progress updates."))
            return
        closed = ""
        if action.closed_on is not None:
            closed = self.tr(" — closed on {0}").format(action.closed_on)
            if action.closed_meeting_ref:
                closed += self.tr(" at {0}").format(action.closed_meeting_ref)
        self.history_label.setText(f"<b>{action.ref}</b> · {word(action.status)}{closed}")
        for update in tracker.action_history(self._database, action.ref):
            entry = QTreeWidgetItem(
                [
                    update.on.isoformat(),
                    update.author,
                    update.meeting_ref or "",
                    word(update.status) if update.status else "",
                    update.text.replace("\n", " "),
                ]
            )
            entry.setToolTip(4, update.text)
            entry.setData(0, Qt.ItemDataRole.UserRole, update)
            self.history.addTopLevelItem(entry)
        has_updates = self.history.topLevelItemCount() > 0
        self.edit_update_button.setEnabled(has_updates and writable(self._database))
        self.remove_update_button.setEnabled(has_updates and writable(self._database))
        if has_updates:
            self.history.setCurrentItem(self.history.topLevelItem(self.history.topLevelItemCount() - 1))

    def _chosen_update(self) -> UpdateRow | None:
        current = self.history.currentItem()
        if current is None:
            return None
        update = current.data(0, Qt.ItemDataRole.UserRole)
        return update if isinstance(update, UpdateRow) else None

    def _open_meeting(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1 and chosen[0].meeting_ref:
            self.meeting_wanted.emit(chosen[0].meeting_ref)

    # -- changes, each undoable -------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def set_status(self, status: ActionStatus) -> None:
        """Move every chosen action to ``status``; closing records today."""
        ids = self.chosen_ids()
        if not ids:
            return
        if len(ids) > 1 and status.is_closed:
            answer = QMessageBox.question(
                self,
                self.tr("Close actions"),
                self.tr("Mark %n action(s) as “{0}”? Edit → Undo puts them back.", "", len(ids)).format(word(status)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        state: dict[int, ActionState] = {}

        def do() -> None:
            state.clear()
            state.update(statuses.set_statuses(self._database, ids, status, on=date.today()))

        def undo() -> None:
            statuses.restore_statuses(self._database, state)

        label = self.tr("Set %n action(s) to “{0}”", "", len(ids)).format(word(status))
        guarded(self, lambda: step(self._stack, label, do, undo, self._changed))

    def add_update(self) -> None:
        chosen = self.chosen()
        if len(chosen) != 1:
            return
        action = chosen[0]

        def save(values: UpdateValues) -> None:
            recorded = progress.record_update(
                self._database,
                action.ref,
                values.text,
                on=values.on,
                author_id=values.author_id,
                status=values.status,
            )
            made(
                self._stack,
                self.tr("Progress update on {0}").format(action.ref),
                lambda: progress.withdraw_update(self._database, recorded),
                lambda kept: progress.give_again(self._database, kept),
                self._changed,
            )

        UpdateForm.get_update(self, self._database, action.ref, save=save)

    def edit_action(self) -> None:
        """Renegotiate the chosen action (what, who, by when): each change is recorded as a progress update."""
        chosen = self.chosen()
        if len(chosen) != 1:
            return
        action = chosen[0]

        def describe(moved: Mapping[str, tuple[str, str]]) -> str:
            none = self.tr("(none)")
            sentences = {
                "title": self.tr("Action reworded from “{0}” to “{1}”."),
                "owner": self.tr("Owner changed from {0} to {1}."),
                "due_on": self.tr("Due date moved from {0} to {1}."),
            }
            return " ".join(
                sentences[field].format(before or none, after or none) for field, (before, after) in moved.items()
            )

        def save(values: ActionValues) -> None:
            follow_up = revisions.FollowUp(on=date.today(), describe=describe)
            revision = revisions.revise_action(
                self._database, action.id, values.changes(), follow_up=follow_up, seen=values.seen
            )
            if revision is not None:
                label = self.tr("Renegotiate {0}").format(action.ref)
                undoable_revision(self._stack, label, self._database, revision, self._changed)

        ActionForm.get_action(self, self._database, action.id, save=save, renegotiating=True)

    def edit_update(self) -> None:
        update = self._chosen_update()
        chosen = self.chosen()
        if update is None or len(chosen) != 1:
            return
        old = UpdateValues(update.on, update.text, update.author_id, update.status)
        shown: dict[str, Any] = {"text": old.text, "on": old.on, "author_id": old.author_id, "status": old.status}
        checked = [True]  # until someone else's change has been shown in the form: then OK saves on top of it

        def save(values: UpdateValues) -> None:
            if values == old:
                return
            previous: UpdateChanges = {}
            typed = {"text": values.text, "on": values.on, "author_id": values.author_id, "status": values.status}
            changes = cast(UpdateChanges, edited(shown, typed))
            seen = {key: shown[key] for key in changes} if checked[0] else None

            def do() -> None:
                previous.clear()
                previous.update(tracker.edit_update(self._database, update.id, seen=seen, **changes))

            def undo() -> None:
                tracker.edit_update(self._database, update.id, **previous)

            try:
                step(self._stack, self.tr("Edit progress update"), do, undo, self._changed)
            except StaleError as error:
                checked[0] = False
                raise StaleError(
                    ok_saves_on_top(error),
                    changed_by=error.changed_by,
                    changed_at=error.changed_at,
                    version=error.version,
                ) from error

        UpdateForm.get_update(self, self._database, chosen[0].ref, values=old, save=save)

    def remove_update(self) -> None:
        update = self._chosen_update()
        if update is None:
            return
        guarded(
            self,
            lambda: removed(
                self._stack,
                self.tr("Remove progress update"),
                lambda: tracker.remove_update(self._database, update.id),
                lambda kept: tracker.restore_update(self._database, kept),
                self._changed,
            ),
        )
