"""The agenda and, for the chosen item, its minutes, decisions and actions; "Matters arising" shows open actions.
Where an item goes (parked, moved to the next meeting, duplicated) and the cluster's backlog are in item_moves.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import validation
from pactdesk.gui.common.conflict import set_checked_field
from pactdesk.gui.common.undo import made, removed, step
from pactdesk.gui.common.widgets import (
    FieldWithError,
    WholeTextTips,
    buddies_to_fields,
    fit_columns,
    guarded,
    scrolling_down,
    show_text,
    wrapping_list,
)
from pactdesk.gui.common.words import word
from pactdesk.gui.follow_up.action_form import ActionForm, ActionValues, undoable_revision
from pactdesk.gui.meetings.agenda_model import AgendaModel
from pactdesk.gui.meetings.approval_box import ApprovalBox
from pactdesk.gui.meetings.decision_form import DecisionForm
from pactdesk.gui.meetings.item_moves import ItemMoves
from pactdesk.gui.meetings.matters_arising import MattersArising
from pactdesk.gui.meetings.minutes_box import MinutesBox
from pactdesk.services import actions, agenda, revisions
from pactdesk.services.actions import ActionRow
from pactdesk.services.agenda import AgendaItemRow
from pactdesk.store.database import Database
from pactdesk.store.errors import ServerUnreachableError


class AgendaSection(QWidget):
    touched = Signal(str)
    minutes_saved = Signal(object)  # the item's Stamp after a save of its minutes (who, when)
    others_changed = Signal(str)  # another meeting changed (its minutes approved here): lists showing it refresh

    ACTION = 1  # the column of the item's actions that says what is to be done

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._ref: str | None = None
        self._length: int | None = None
        self._locked = False
        self._item: AgendaItemRow | None = None
        self.model = AgendaModel(self.move_item)
        self.items = QListView()
        self.items.setObjectName("agendaItems")
        self.items.setAccessibleName(self.tr("Agenda items"))
        self.items.setModel(self.model)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.setWordWrap(True)  # a long title takes two lines in the narrow list
        WholeTextTips(self.items)
        self._choosing = False
        self.items.selectionModel().currentRowChanged.connect(
            lambda current, _: None if self._choosing else self._show_item(current.row())
        )
        self.total = QLabel()
        self.total.setObjectName("plannedTotal")
        self.total.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove item"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._nudge(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._nudge(+1))
        self.moves = ItemMoves(database, stack, self, self)
        self.more_button, self.backlog_button = self.moves.more_button, self.moves.backlog_button
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items)
        left_layout.addWidget(self.total)
        buttons = QGridLayout()
        placed = (self.add_button, self.remove_button, self.up_button, self.down_button)
        for place, button in enumerate((*placed, self.backlog_button, self.more_button)):  # in Tab's order
            buttons.addWidget(button, place // 2, place % 2)
        left_layout.addLayout(buttons)

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Item title"))
        self.presenter = QLineEdit()
        self.presenter.setAccessibleName(self.tr("Presenter"))
        self.planned = QSpinBox()
        self.planned.setRange(0, 24 * 60)
        self.planned.setSuffix(self.tr(" min"))
        self.planned.setAccessibleName(self.tr("Planned minutes"))
        self.standing = QCheckBox(self.tr("Standing item (carried to the next meeting)"))
        self.minutes = MinutesBox(database, stack, self._refresh)
        self.minutes.saved.connect(self.minutes_saved)
        self.minutes.offline.connect(self._minutes_offline)
        self.fields = {
            "title": FieldWithError(self.title, limit=validation.MAX_TITLE),
            "presenter": FieldWithError(self.presenter, limit=validation.MAX_NAME),
            "minutes": FieldWithError(self.minutes, limit=validation.MAX_TEXT),
        }
        self.approval_box = ApprovalBox(database, stack)
        self.approval_box.touched.connect(self.touched)
        self.approval_box.approved.connect(self.others_changed)
        self.arising_box = MattersArising(database, stack)
        self.arising_box.touched.connect(self.touched)
        # Its parts by the names the tests and the window know them by.
        self.arising, self.arising_button = self.arising_box.tree, self.arising_box.button
        self.arising_label, self.arising_detail = self.arising_box.label, self.arising_box.detail
        self.decisions = QListWidget()
        self.decisions.setObjectName("decisions")
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.itemDoubleClicked.connect(lambda _: self.edit_decision())
        self.decisions.setMaximumHeight(110)
        self.decisions.setWordWrap(True)
        self.add_decision_button = QPushButton(self.tr("Add deci&sion…"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.edit_decision_button = QPushButton(self.tr("Edit…"))
        self.edit_decision_button.clicked.connect(self.edit_decision)
        self.remove_decision_button = QPushButton(self.tr("Remove"))
        self.remove_decision_button.clicked.connect(self.remove_decision)
        self.actions = QTreeWidget()
        self.actions.setObjectName("itemActions")
        self.actions.setAccessibleName(self.tr("Actions"))
        self.actions.setHeaderLabels(
            [self.tr("Ref."), self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.actions.itemDoubleClicked.connect(lambda *_: self.edit_action())
        self.actions.setMaximumHeight(150)
        lines = self.fontMetrics().lineSpacing()
        self.decisions.setMinimumHeight(lines * 3)
        self.actions.setMinimumHeight(lines * 4)
        wrapping_list(self.actions, self.ACTION)
        self.add_action_button = QPushButton(self.tr("Add a&ction…"))
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button = QPushButton(self.tr("Edit…"))
        self.edit_action_button.clicked.connect(self.edit_action)
        self.delete_action_button = QPushButton(self.tr("Delete"))
        self.delete_action_button.clicked.connect(self.delete_action)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("T&itle:"), self.fields["title"])
        form.addRow(self.tr("&Presenter:"), self.fields["presenter"])
        form.addRow(self.tr("P&lanned:"), self.planned)
        buddies_to_fields(form)
        form.addRow(self.standing)  # the whole row: its sentence is long, beside the labels it widened the pane
        # The lists take the pane's whole width under their captions: beside a form's labels they were too narrow.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 4, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.approval_box)
        right_layout.addWidget(self.arising_box, 3)
        right_layout.addWidget(self._caption(self.tr("&Minutes:"), self.minutes))
        right_layout.addWidget(self.fields["minutes"], 4)
        right_layout.addWidget(self._caption(self.tr("Decisions:"), self.decisions))
        right_layout.addWidget(
            self._with_buttons(
                self.decisions, self.add_decision_button, self.edit_decision_button, self.remove_decision_button
            ),
            1,
        )
        right_layout.addWidget(self._caption(self.tr("Actions:"), self.actions))
        right_layout.addWidget(
            self._with_buttons(
                self.actions, self.add_action_button, self.edit_action_button, self.delete_action_button
            ),
            2,
        )
        # On a small screen (1280×720 at 125 %) the item's parts scroll rather than run off the window; never
        # sideways: the pane is as wide as its widest row of buttons.
        scroller = scrolling_down(right, "agendaItemScroller", self.tr("The agenda item"))
        scroller.setMinimumWidth(right.minimumSizeHint().width() + scroller.verticalScrollBar().sizeHint().width())
        self.title.editingFinished.connect(lambda: self._save_field("title", self.title.text()))
        self.presenter.editingFinished.connect(lambda: self._save_field("presenter", self.presenter.text()))
        self.planned.editingFinished.connect(lambda: self._save_field("planned_minutes", self.planned.value()))
        self.standing.clicked.connect(lambda checked: self._save_field("standing", checked))

        splitter = QSplitter()
        splitter.setObjectName("agendaSplitter")
        splitter.addWidget(left)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_item(-1)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    @staticmethod
    def _with_buttons(view: QWidget, *buttons: QPushButton) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        return box

    # -- showing ----------------------------------------------------------------------------------------------

    def show_meeting(self, ref: str, length: int | None, locked: bool, keep_item: int | None = None) -> None:
        self.save_minutes()
        self._ref, self._length, self._locked = ref, length, locked
        self.model.locked = locked
        current = keep_item if keep_item is not None else (self._item.id if self._item else None)
        self.model.set_items(agenda.agenda(self._database, ref))
        planned = sum(self.model.item(row).planned_minutes for row in range(self.model.rowCount()))
        if length:
            over = self.tr(" — over by {0} min").format(planned - length) if planned > length else ""
            self.total.setText(self.tr("Planned {0} of {1} min{2}").format(planned, length, over))
        else:
            self.total.setText(self.tr("Planned {0} min").format(planned))
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(not locked)
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self._choosing = True  # the item is shown once, below, not also when the list says it is chosen
            try:
                self.items.setCurrentIndex(self.model.index(row))
            finally:
                self._choosing = False
        self._show_item(row if row is not None else -1)

    def shown(self) -> tuple[str | None, AgendaItemRow | None]:
        """The meeting shown and the item chosen on its agenda (for item_moves.py)."""
        return self._ref, self._item

    def refreshing(self) -> Callable[[], None]:
        return self._refresh()

    def choose(self, item_id: int, *, rename: bool = False) -> None:
        """Show the meeting again with ``item_id`` chosen; ``rename`` puts the keyboard in its title."""
        if self._ref is not None:
            self.show_meeting(self._ref, self._length, self._locked, keep_item=item_id)
        if rename:
            self.title.setFocus()
            self.title.selectAll()

    def current_item_id(self) -> int | None:
        """The agenda item chosen in the list, if any."""
        row = self.items.currentIndex().row()
        return self.model.item(row).id if 0 <= row < self.model.rowCount() else None

    def select_item(self, item_id: int) -> None:
        """Choose the agenda item ``item_id`` in the list (nothing happens if the meeting has no such item)."""
        row = self.model.row_of(item_id)
        if row is not None and row != self.items.currentIndex().row():
            self.items.setCurrentIndex(self.model.index(row))

    def _show_item(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self._item = None
        else:
            if self._item is not None and self._item.id != self.model.item(row).id:
                self.minutes.save()
            self._item = self.model.item(row)
        item = self._item
        editable = item is not None and not self._locked
        for widget in (
            self.title,
            self.presenter,
            self.planned,
            self.standing,
            self.add_decision_button,
            self.edit_decision_button,
            self.remove_decision_button,
            self.add_action_button,
            self.edit_action_button,
            self.delete_action_button,
            self.arising_button,
        ):
            widget.setEnabled(editable)
        self.minutes.show_item(item, editable)
        self.approval_box.show_item(self._ref or "", item, editable)
        self.moves.show_item(self._ref, item, editable)
        self.up_button.setEnabled(editable and item is not None and item.position > 1)
        self.down_button.setEnabled(editable and item is not None and item.position < self.model.rowCount())
        for holder in self.fields.values():
            holder.clear_error()
        self._minutes_offline(self.minutes.offline_sentence)
        show_text(self.title, item.title if item else "")
        show_text(self.presenter, item.presenter if item else "")
        self.planned.setValue(item.planned_minutes if item else 0)
        self.standing.setChecked(bool(item and item.standing))
        self.decisions.clear()
        for decision in item.decisions if item else ():
            entry = QListWidgetItem(f"{decision.position}. {decision.text}")
            entry.setData(Qt.ItemDataRole.UserRole, decision.id)
            self.decisions.addItem(entry)
        self._fill_actions()

    def _fill_actions(self) -> None:
        self.actions.clear()
        item, ref = self._item, self._ref
        arising = bool(item and item.matters_arising)
        self.arising_box.setVisible(arising)
        try:
            self.arising_box.show_meeting(ref if arising else None, self._locked)
            rows = actions.actions_of_meeting(self._database, ref) if item is not None and ref is not None else []
        except ServerUnreachableError as error:  # the lists fill again when the server is back
            self._minutes_offline(self.minutes.offline_sentence or str(error))
            return
        if item is None:
            return
        today = date.today()
        for row in rows:
            if row.agenda_item_id == item.id:
                self.actions.addTopLevelItem(self._action_entry(row, today))
        fit_columns(self.actions, self.ACTION)

    def _action_entry(self, row: ActionRow, today: date) -> QTreeWidgetItem:
        due = row.due_on.isoformat() if row.due_on else ""
        if row.overdue(today):
            due = self.tr("{0} ⚠ overdue").format(due)  # marked in words, not by colour alone
        entry = QTreeWidgetItem([row.ref, row.title, row.owner, due, word(row.status)])
        entry.setData(0, Qt.ItemDataRole.UserRole, row.id)
        return entry

    # -- saving -----------------------------------------------------------------------------------------------

    def _refresh(self) -> Callable[[], None]:
        ref = self._ref
        return lambda: self.touched.emit(ref) if ref else None

    def _save_field(self, field: str, value: Any) -> None:
        item = self._item
        if item is None or getattr(item, field) == value:
            return
        item_id = item.id

        def save(new: Any, expected: Any) -> Any:
            return agenda.set_item_field(self._database, item_id, field, new, seen=expected)

        names = {
            "title": self.tr("title"),
            "presenter": self.tr("presenter"),
            "planned_minutes": self.tr("planned minutes"),
            "standing": self.tr("standing"),
        }
        label = self.tr("Change {0} of item {1}").format(names[field], item.position)
        what = self.tr("The {0} of item {1}").format(names[field], item.position)
        attempt = lambda: set_checked_field(  # noqa: E731
            self, self._stack, label, save, value, getattr(item, field), self._refresh(), what
        )
        if guarded(self, attempt, self.fields):
            self._refresh()()  # mine saved, or theirs taken: the meeting is read again
        else:
            errors = {name: holder.error.text() for name, holder in self.fields.items() if holder.error.isVisible()}
            self._show_item(self.items.currentIndex().row())
            for name, message in errors.items():
                self.fields[name].show_error(message)

    def save_minutes(self) -> bool:
        """Save the minutes typed for the item shown; ``False`` when they could not be (see ``MinutesBox.save``)."""
        return self.minutes.save()

    def _minutes_offline(self, sentence: str) -> None:
        if sentence:
            self.fields["minutes"].show_error(sentence)
        else:
            self.fields["minutes"].clear_error()

    def unsaved_minutes(self) -> str:
        """The minutes typed but not saved, if any."""
        return self.minutes.unsaved()

    # -- items ------------------------------------------------------------------------------------------------

    def add_item(self) -> None:
        ref = self._ref
        if ref is None:
            return
        created: list[int] = []

        def add() -> None:
            item_id = agenda.add_agenda_item(self._database, ref, self.tr("New item"))
            created.append(item_id)
            made(
                self._stack,
                self.tr("Add agenda item"),
                lambda: agenda.remove_item(self._database, item_id),
                lambda kept: agenda.restore_item(self._database, kept),
                self._refresh(),
            )

        if guarded(self, add):
            self.choose(created[0], rename=True)

    def remove_item(self) -> None:
        item, ref = self._item, self._ref
        if item is None or ref is None:
            return
        label = self.tr("Remove agenda item “{0}”").format(item.title)
        guarded(
            self,
            lambda: removed(
                self._stack,
                label,
                lambda: agenda.remove_item(self._database, item.id),
                lambda kept: agenda.restore_item(self._database, kept),
                self._refresh(),
            ),
        )

    def move_item(self, item_id: int, position: int) -> None:
        ref = self._ref
        old: list[int] = []

        def do() -> None:
            old[:] = [agenda.move_item(self._database, item_id, position)]

        def undo() -> None:
            agenda.move_item(self._database, item_id, old[0])

        if guarded(self, lambda: step(self._stack, self.tr("Move agenda item"), do, undo, self._refresh())) and ref:
            self.show_meeting(ref, self._length, self._locked, keep_item=item_id)

    def _nudge(self, by: int) -> None:
        item = self._item
        if item is None:
            return
        position = item.position + by
        if 1 <= position <= self.model.rowCount():  # the first item moved up stays put, and records no step
            self.move_item(item.id, position)

    # -- decisions --------------------------------------------------------------------------------------------

    def add_decision(self) -> None:
        item = self._item
        if item is None:
            return

        def save(text: str) -> None:
            decision_id = agenda.add_decision(self._database, item.id, text)
            made(
                self._stack,
                self.tr("Add decision"),
                lambda: agenda.remove_decision(self._database, decision_id),
                lambda kept: agenda.restore_decision(self._database, kept),
                self._refresh(),
            )

        DecisionForm.ask(self, self.tr("Add a decision"), "", save)

    def _decision_id(self) -> int | None:
        current = self.decisions.currentItem()
        return None if current is None else int(current.data(Qt.ItemDataRole.UserRole))

    def edit_decision(self) -> None:
        decision_id = self._decision_id()
        if decision_id is None or self._item is None:
            return
        old = next(d.text for d in self._item.decisions if d.id == decision_id)

        def save(new: Any, expected: Any) -> Any:
            return agenda.set_decision_text(self._database, decision_id, new, seen=expected)

        def saved(text: str) -> None:
            what = self.tr("The decision")
            set_checked_field(self, self._stack, self.tr("Edit decision"), save, text, old, self._refresh(), what)
            self._refresh()()  # mine saved, or theirs taken: the form closes on the item read again

        DecisionForm.ask(self, self.tr("Edit the decision"), old, saved)

    def remove_decision(self) -> None:
        decision_id = self._decision_id()
        if decision_id is None:
            return
        guarded(
            self,
            lambda: removed(
                self._stack,
                self.tr("Remove decision"),
                lambda: agenda.remove_decision(self._database, decision_id),
                lambda kept: agenda.restore_decision(self._database, kept),
                self._refresh(),
            ),
        )

    # -- actions ----------------------------------------------------------------------------------------------

    def _action_id(self) -> int | None:
        current = self.actions.currentItem()
        return None if current is None else int(current.data(0, Qt.ItemDataRole.UserRole))

    def add_action(self) -> None:
        item, ref = self._item, self._ref
        if item is None or ref is None:
            return

        def save(values: ActionValues) -> None:
            action_ref = actions.create_action(
                self._database,
                values.title,
                meeting_ref=ref,
                agenda_item_id=item.id,
                owner_person_id=values.owner_person_id,
                owner_organisation_id=values.owner_organisation_id,
                due_on=values.due_on,
                status=values.status,
                goal_numbers=values.goals,
            )
            action_id = actions.action_id_of(self._database, action_ref)
            made(
                self._stack,
                self.tr("Add action"),
                lambda: actions.remove_action(self._database, action_id),
                lambda kept: actions.restore_action(self._database, kept),
                self._refresh(),
            )

        ActionForm.get_action(self, self._database, save=save)

    def edit_action(self) -> None:
        action_id = self._action_id()
        if action_id is None:
            return

        def save(values: ActionValues) -> None:
            # At its own meeting, while the minutes are a draft, an action is corrected, not renegotiated.
            revision = revisions.revise_action(self._database, action_id, values.changes(), seen=values.seen)
            if revision is not None:
                undoable_revision(self._stack, self.tr("Edit action"), self._database, revision, self._refresh())

        ActionForm.get_action(self, self._database, action_id, save=save)

    def delete_action(self) -> None:
        action_id = self._action_id()
        if action_id is None:
            return
        guarded(
            self,
            lambda: removed(
                self._stack,
                self.tr("Delete action"),
                lambda: actions.remove_action(self._database, action_id),
                lambda kept: actions.restore_action(self._database, kept),
                self._refresh(),
            ),
        )
