"""One tab of the directory window: a filter, a table and the buttons that change one kind of record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.common.rows_model import RowsModel


def named_button(text: str, accessible_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.setToolTip(accessible_name)
    return button


class ListTab(QWidget):
    """A filter, a table and the Add / Edit / Merge… / Delete buttons for one kind of record."""

    def __init__(
        self,
        model: RowsModel,
        stretch: int,
        load: Callable[[str], Sequence[Any]],
        names: tuple[str, str, str, str, str, str],
        may_write: bool = True,
    ) -> None:
        """``names``: of the filter, of the table, then what Add, Edit, Merge and Delete do, for screen readers;
        without ``may_write`` (a reader's login) the table is only read."""
        super().__init__()
        self.model, self._load, self._may_write = model, load, may_write
        filter_name, view_name, add_name, edit_name, merge_name, delete_name = names
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(filter_name)
        self.filter.setAccessibleName(filter_name)
        self.filter.textChanged.connect(self.reload)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setAccessibleName(view_name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.add_button = named_button(self.tr("&Add…"), add_name)
        self.edit_button = named_button(self.tr("&Edit…"), edit_name)
        self.merge_button = named_button(self.tr("&Merge…"), merge_name)
        self.delete_button = named_button(self.tr("&Delete"), delete_name)
        self.buttons = buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.merge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def reload(self) -> None:
        selected = [row.id for row in self.selected()]
        self.model.set_rows(self._load(self.filter.text()))
        for record_id in selected:
            self.select(record_id, clear=False)
        self._enable()

    def selected(self) -> list[Any]:
        """The selected rows, the current one first."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        current = self.view.currentIndex().row()
        if current in rows:
            rows.remove(current)
            rows.insert(0, current)
        return [self.model.row_at(row) for row in rows]

    def select(self, record_id: int, *, clear: bool = True) -> None:
        position = self.model.position_of(record_id)
        selection = self.view.selectionModel()
        if clear:
            selection.clearSelection()
        if position is not None:
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            selection.select(self.model.index(position, 0), flags)
            if clear:
                selection.setCurrentIndex(self.model.index(position, 0), selection.SelectionFlag.NoUpdate)

    def _enable(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        may = self._may_write
        self.add_button.setEnabled(may)
        self.edit_button.setEnabled(may and count == 1)
        self.delete_button.setEnabled(may and count == 1)
        self.merge_button.setEnabled(may and count in (1, 2))
