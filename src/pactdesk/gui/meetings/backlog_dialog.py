"""A cluster's backlog, opened from a meeting's agenda: its topics (who parked them, from which meeting, when), one
added to the meeting's agenda, a new topic, a topic removed; each an undo step of the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import validation
from pactdesk.domain.enums import MeetingStatus
from pactdesk.gui.common.access import read_only_line, writable
from pactdesk.gui.common.rows_model import RowsModel
from pactdesk.gui.common.undo import made, removed, step
from pactdesk.gui.common.widgets import FieldWithError, WholeTextTips, buddies_to_fields, guarded
from pactdesk.services import backlog, meetings
from pactdesk.services.backlog import BacklogRow, Pulled
from pactdesk.store.database import Database


class BacklogModel(RowsModel):
    """The topics of a cluster's backlog, oldest first."""

    TITLE, PRESENTER, PLANNED, FROM, BY, WHEN = range(6)
    NUMBERS = (PLANNED,)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Topic"),
            self.tr("Presenter"),
            self.tr("Planned"),
            self.tr("Parked from"),
            self.tr("By"),
            self.tr("When"),
        )

    def display(self, row: BacklogRow, column: int) -> object:
        if column == self.TITLE:
            return row.title
        if column == self.PRESENTER:
            return row.presenter
        if column == self.PLANNED:
            return self.tr("{0} min").format(row.planned_minutes) if row.planned_minutes else ""
        if column == self.FROM:
            return row.from_meeting or ""
        if column == self.BY:
            return row.created_by
        return f"{row.created_at:%Y-%m-%d %H:%M}"

    def tooltip(self, row: BacklogRow, column: int) -> str | None:
        if column == self.TITLE and row.minutes:
            return f"{row.title}\n\n{row.minutes}"  # the minutes so far, for a parked item
        return super().tooltip(row, column)


class TopicForm(QDialog):
    """A new topic for the backlog: its title, presenter, planned time and notes. OK saves it; a refused value is
    explained beside its field, and the form stays open with what was typed."""

    def __init__(self, save: Callable[[str, str, int, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New topic for a later meeting"))
        self._save = save
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Topic title"))
        self.presenter = QLineEdit()
        self.presenter.setAccessibleName(self.tr("Presenter"))
        self.planned = QSpinBox()
        self.planned.setRange(0, 24 * 60)
        self.planned.setSuffix(self.tr(" min"))
        self.planned.setAccessibleName(self.tr("Planned minutes"))
        self.minutes = QPlainTextEdit()
        self.minutes.setAccessibleName(self.tr("Minutes so far"))
        self.minutes.setTabChangesFocus(True)  # Tab goes on to the buttons, as in every other field
        self.minutes.setFixedHeight(self.minutes.fontMetrics().lineSpacing() * 5)
        self.fields = {
            "title": FieldWithError(self.title, limit=validation.MAX_TITLE),
            "presenter": FieldWithError(self.presenter, limit=validation.MAX_NAME),
            "minutes": FieldWithError(self.minutes, limit=validation.MAX_TEXT),
        }
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add topic"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))  # no pt-PT in Qt
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.fields["title"])
        form.addRow(self.tr("&Presenter:"), self.fields["presenter"])
        form.addRow(self.tr("P&lanned:"), self.planned)
        form.addRow(self.tr("&Minutes:"), self.fields["minutes"])
        buddies_to_fields(form)
        form.addRow(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.title.setFocus()

    def accept(self) -> None:
        values = (self.title.text(), self.presenter.text(), self.planned.value(), self.minutes.toPlainText())
        if guarded(self, lambda: self._save(*values), self.fields, fallback=self.fields["title"]):
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, save: Callable[[str, str, int, str], None]) -> bool:
        """Show the form; ``save(title, presenter, planned minutes, minutes)`` runs on OK. True when saved."""
        return cls(save, parent).exec() == QDialog.DialogCode.Accepted


class BacklogDialog(QDialog):
    """The backlog of the meeting's cluster. What is done here is done at once, each an undo step of the window's
    history; ``refresh`` shows the meeting again after each. ``pulled`` holds the last item added to the agenda."""

    def __init__(
        self,
        database: Database,
        stack: QUndoStack,
        meeting_ref: str,
        refresh: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._stack, self._refresh = database, stack, refresh
        detail = meetings.meeting_detail(database, meeting_ref)
        self._ref, self._cluster = detail.ref, detail.cluster_code
        self.pulled: int | None = None
        self.setWindowTitle(self.tr("Backlog of {0}").format(detail.cluster_code))
        self.model = BacklogModel()
        self.view = QTableView()
        self.view.setObjectName("backlogTopics")
        self.view.setAccessibleName(self.tr("Topics for a later meeting"))
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        WholeTextTips(self.view)
        # Widths from the font, not from the rows: measuring each of a thousand topics took two seconds.
        metrics = self.view.fontMetrics()
        samples = {
            BacklogModel.PRESENTER: "Conceição Valente",
            BacklogModel.PLANNED: "000 min",
            BacklogModel.FROM: "PTECH-0000-00",
            BacklogModel.BY: "Conceição Valente",
            BacklogModel.WHEN: "0000-00-00 00:00",
        }
        for column, sample in samples.items():
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(column, max(metrics.horizontalAdvance(text) for text in (sample, heading)) + 24)
        self.view.horizontalHeader().setSectionResizeMode(BacklogModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.view.doubleClicked.connect(lambda _: self.pull() if self.pull_button.isEnabled() else None)
        intro = self.tr("Topics of {0} parked for a later meeting, or added here, oldest first.").format(
            detail.cluster_name
        )
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        # Topics go to a planned meeting: a held one's agenda is its record, a locked one cannot change.
        self._plannable = detail.status is MeetingStatus.PLANNED and not detail.locked and writable(database)
        if not writable(database):
            why = read_only_line()
        elif detail.locked:
            why = self.tr("The minutes of {0} are approved: open a planned meeting to add a topic to it.")
        elif detail.status is not MeetingStatus.PLANNED:
            why = self.tr("{0} is not a planned meeting: open a planned meeting to add a topic to it.")
        else:
            why = self.tr("“Add to this meeting” puts the chosen topic at the end of the agenda of {0}.")
        self.why = QLabel(why.format(detail.ref))
        self.why.setObjectName("backlogWhy")
        self.why.setWordWrap(True)
        self.pull_button = QPushButton(self.tr("&Add to this meeting"))
        self.pull_button.clicked.connect(self.pull)
        self.new_button = QPushButton(self.tr("&New topic…"))
        self.new_button.clicked.connect(self.new_topic)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))  # Qt has no pt-PT
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.pull_button, self.new_button, self.remove_button):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.why)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.reload()

    # -- showing -------------------------------------------------------------------------------------------------

    def reload(self, choose: int | None = None) -> None:
        """Read the backlog again, choosing topic ``choose`` (else the first)."""
        self.model.set_rows(backlog.backlog(self._database, self._cluster))
        row = self.model.position_of(choose) if choose is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.view.selectRow(row)
        self._enable()

    def chosen(self) -> BacklogRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        topic = self.chosen() is not None
        can_write = writable(self._database)
        self.pull_button.setEnabled(topic and self._plannable)
        self.new_button.setEnabled(can_write)
        self.remove_button.setEnabled(topic and can_write)

    # -- what is done here -----------------------------------------------------------------------------------------

    def pull(self) -> None:
        topic = self.chosen()
        if topic is None:
            return
        kept: list[Pulled] = []

        def do() -> None:
            again = kept[0] if kept else None  # a redo: the same item, at the same place
            pulled = backlog.pull(
                self._database,
                topic.id,
                self._ref,
                again.position if again else None,
                item_id=again.item_id if again else None,
            )
            kept[:] = [pulled]

        def undo() -> None:
            backlog.unpull(self._database, kept[0])

        label = self.tr("Add “{0}” from the backlog to {1}").format(topic.title, self._ref)
        if guarded(self, lambda: step(self._stack, label, do, undo, self._refresh)):
            self.pulled = kept[0].item_id
        self.reload()  # refused too: the topic may have gone meanwhile (someone else's change on a team's server)

    def new_topic(self) -> None:
        created: list[int] = []

        def save(title: str, presenter: str, planned: int, minutes: str) -> None:
            topic_id = backlog.add_topic(
                self._database, self._cluster, title, presenter=presenter, planned_minutes=planned, minutes=minutes
            )
            created.append(topic_id)
            made(
                self._stack,
                self.tr("Add “{0}” to the backlog").format(title.strip()),
                lambda: backlog.remove_topic(self._database, topic_id),
                lambda kept: backlog.restore_topic(self._database, kept),
                self._refresh,
            )

        if TopicForm.ask(self, save):
            self.reload(created[-1])

    def remove(self) -> None:
        topic = self.chosen()
        if topic is None:
            return
        label = self.tr("Remove “{0}” from the backlog").format(topic.title)

        def take_out() -> Any:
            return backlog.remove_topic(self._database, topic.id)

        def put_back(kept: Any) -> None:
            backlog.restore_topic(self._database, kept)

        guarded(self, lambda: removed(self._stack, label, take_out, put_back, self._refresh))
        self.reload()

    @classmethod
    def show_backlog(
        cls,
        parent: QWidget | None,
        database: Database,
        stack: QUndoStack,
        meeting_ref: str,
        refresh: Callable[[], None],
    ) -> int | None:
        """Open the backlog of the meeting's cluster; returns the id of the last item added to the agenda, if any."""
        dialog = cls(database, stack, meeting_ref, refresh, parent)
        dialog.exec()
        return dialog.pulled
