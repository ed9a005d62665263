"""Under a meeting's "Matters arising" item: the cluster's actions still open from earlier meetings, read live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from pactdesk.gui.common.undo import made
from pactdesk.gui.common.widgets import WrappingLabel, fit_columns, wrapping_list
from pactdesk.gui.common.words import word
from pactdesk.gui.follow_up.update_form import UpdateForm, UpdateValues
from pactdesk.services import carry_over, meetings, progress
from pactdesk.services.carry_over import MatterArising
from pactdesk.store.database import Database


class MattersArising(QWidget):
    """The open actions (nothing is copied), the chosen one whole under the list, and **Progress update…**, which
    records what was said about it at this meeting."""

    touched = Signal(str)  # an update given or undone: the meeting ``ref`` should be shown again

    REF, ACTION, OWNER, DUE, STATUS, SAID = range(6)  # the action's column takes what the others leave

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._ref: str | None = None
        self._locked = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("mattersArising")
        self.tree.setAccessibleName(self.tr("Open actions of the cluster"))
        self.tree.setHeaderLabels(
            [
                self.tr("Ref."),
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Said at this meeting"),
            ]
        )
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        wrapping_list(self.tree, self.ACTION)
        self.tree.itemDoubleClicked.connect(lambda *_: self.update_arising())
        self.tree.currentItemChanged.connect(lambda current, _: self._show_matter(current))
        self.label = WrappingLabel(self.tr("Open actions of the cluster, raised at earlier meetings:"))
        self.detail = WrappingLabel()  # the chosen matter whole, however narrow its columns
        self.detail.setObjectName("arisingDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Progress &update…"))
        self.button.setObjectName("arisingUpdate")
        self.button.setToolTip(self.tr("Record what was said about the chosen action at this meeting"))
        self.button.clicked.connect(self.update_arising)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch()
        layout.addLayout(row)
        self._show_matter(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Six columns do not fit beside the agenda on a laptop: what was said, then the owner, are left to the line
        # under the list (the chosen matter whole) rather than squeeze what is to be done into a word or two.
        letters = self.tree.viewport().width() // max(self.fontMetrics().averageCharWidth(), 1)
        self.tree.setColumnHidden(self.SAID, letters < 95)
        self.tree.setColumnHidden(self.OWNER, letters < 70)

    def show_meeting(self, ref: str | None, locked: bool) -> None:
        """The matters arising of meeting ``ref``; with ``None``, none."""
        self._ref, self._locked = ref, locked
        self.tree.clear()
        self._show_matter(None)
        if ref is None:
            return
        for matter in carry_over.matters_arising(self._database, ref):
            self.tree.addTopLevelItem(self._entry(matter))
        fit_columns(self.tree, self.ACTION)

    def _entry(self, matter: MatterArising) -> QTreeWidgetItem:
        action = matter.action
        due = action.due_on.isoformat() if action.due_on else ""
        if matter.overdue:
            due = self.tr("{0} ⚠ overdue").format(due)  # marked in words, not by colour alone
        status = word(action.status)
        if matter.closed_here:
            status = self.tr("{0} here").format(status)
        said = " / ".join(update.text.replace("\n", " ") for update in matter.updates_here)
        entry = QTreeWidgetItem([action.ref, action.title, action.owner, due, status, said])
        entry.setToolTip(5, "\n\n".join(update.text for update in matter.updates_here))
        entry.setData(0, Qt.ItemDataRole.UserRole, action.ref)
        return entry

    def _show_matter(self, entry: QTreeWidgetItem | None) -> None:
        """The chosen matter arising in full under the list: its columns may be too narrow to read it."""
        self.detail.setVisible(entry is not None)
        if entry is None:
            self.detail.clear()
            return
        ref, title, owner, due, status, said = (entry.text(column) for column in range(6))
        text = self.tr("{0} — {1}\nOwner: {2} · due {3} · {4}").format(ref, title, owner or "—", due or "—", status)
        if said:
            text += "\n" + self.tr("Said at this meeting: {0}").format(said)
        self.detail.setText(text)

    def update_arising(self) -> None:
        """A progress update on the chosen matter arising, given at this meeting (and maybe a new status)."""
        current, ref = self.tree.currentItem(), self._ref
        if current is None or ref is None or self._locked:
            return
        action_ref = str(current.data(0, Qt.ItemDataRole.UserRole))
        day = meetings.meeting_detail(self._database, ref).starts_at.date()

        def save(values: UpdateValues) -> None:
            recorded = carry_over.update_at_meeting(
                self._database, ref, action_ref, values.text, status=values.status, author_id=values.author_id
            )
            made(
                self._stack,
                self.tr("Progress update on {0}").format(action_ref),
                lambda: progress.withdraw_update(self._database, recorded),
                lambda kept: progress.give_again(self._database, kept),
                lambda: self.touched.emit(ref),
            )

        UpdateForm.get_update(self, self._database, action_ref, fixed_day=day, save=save)
