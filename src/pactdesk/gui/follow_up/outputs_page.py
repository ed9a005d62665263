"""The outputs page: the matrix of clusters by the seventeen output types and, under it, the outputs behind the
chosen cell, added, edited and removed in a form beside them. Every change can be undone."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.errors import NotFoundError, StaleError
from pactdesk.gui.common.access import writable
from pactdesk.gui.common.undo import made, removed, set_field
from pactdesk.gui.common.widgets import guarded
from pactdesk.gui.follow_up.output_form import OutputForm
from pactdesk.gui.follow_up.output_models import OutputListModel, OutputMatrixModel
from pactdesk.services import catalogue, outputs
from pactdesk.services.outputs import OutputRow
from pactdesk.store.database import Database

Cell = tuple[str | None, int | None]  # a cluster code and an output type number; None for a total


def _covers(cell: Cell | None, where: Cell) -> bool:
    """Whether the records of ``cell`` (a total takes every cluster or type) include those of ``where``."""
    return cell is not None and all(mine is None or mine == theirs for mine, theirs in zip(cell, where, strict=True))


class OutputsPage(QWidget):
    changed = Signal()  # an output was added, edited or removed (or that was undone): counts elsewhere should refresh

    def __init__(self, database: Database, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._stack = database, stack
        self._cell: Cell | None = None
        self._quiet = 0  # selections made by the page itself, not by the user
        self._leaving = False  # saving the form because the user went elsewhere: the page follows the user

        self.matrix = OutputMatrixModel(database)
        self.matrix_view = QTableView()
        self.matrix_view.setObjectName("outputMatrix")
        self.matrix_view.setAccessibleName(self.tr("Outputs by cluster and output type"))
        self.matrix_view.setAccessibleDescription(
            self.tr(
                "Each cell counts a cluster's outputs of one type and how many are achieved; choose one to list them."
            )
        )
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setTabKeyNavigation(False)  # Tab leaves the matrix; the arrows move in it
        self.matrix_view.setWordWrap(False)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Narrow enough for the whole matrix to fit a laptop's screen; a longer figure is elided, its tooltip whole.
        self.matrix_view.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0 · 0 ✓") + 10)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.selectionModel().currentChanged.connect(self._cell_chosen)
        self.matrix_view.activated.connect(lambda _: self._enter_cell())
        self.matrix_caption = QLabel(
            self.tr(
                "Outputs by cluster (rows) and output type (columns). “3 · 1 ✓”: three outputs, one achieved. "
                "Point at a cell or a header for the names; choose a cell to see its outputs."
            )
        )
        self.matrix_caption.setObjectName("matrixCaption")
        self.matrix_caption.setWordWrap(True)
        self.matrix_caption.setBuddy(self.matrix_view)

        self.records = OutputListModel()
        self.records_view = QTableView()
        self.records_view.setObjectName("cellOutputs")
        self.records_view.setAccessibleName(self.tr("Outputs of the chosen cell"))
        self.records_view.setModel(self.records)
        self.records_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_view.setTabKeyNavigation(False)
        self.records_view.setAlternatingRowColors(True)
        self.records_view.setWordWrap(False)
        self.records_view.verticalHeader().hide()
        self.records_view.verticalHeader().setDefaultSectionSize(self.records_view.fontMetrics().height() + 8)
        header = self.records_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutputListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.records_view.setColumnHidden(OutputListModel.MEETINGS, True)  # the form beside shows them
        self.records_view.selectionModel().currentRowChanged.connect(self._record_chosen)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.records_view)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_output)
        self.cell_caption = QLabel()
        self.cell_caption.setObjectName("cellCaption")
        self.cell_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.cell_caption.setWordWrap(True)
        self.cell_caption.setBuddy(self.records_view)
        self.add_button = QPushButton(self.tr("&Add output"))
        self.add_button.setObjectName("addOutput")
        self.add_button.setAccessibleName(self.tr("Add an output to the chosen cluster and output type"))
        self.add_button.clicked.connect(self.add_output)
        self.remove_button = QPushButton(self.tr("Re&move output"))
        self.remove_button.setObjectName("removeOutput")
        self.remove_button.setAccessibleName(self.tr("Remove the chosen output"))
        self.remove_button.setToolTip(self.tr("Edit → Undo brings it back"))
        self.remove_button.clicked.connect(self.remove_output)

        self.form = OutputForm(catalogue.goal_names(database))
        self.form.read_only = not writable(database)
        self.form.setObjectName("outputForm")
        self.form.save_wanted.connect(self.save)
        self.form.revert_wanted.connect(self.revert)
        self.records_view.activated.connect(lambda _: self.form.title.setFocus())

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.cell_caption)
        list_layout.addWidget(self.records_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        list_layout.addLayout(buttons)
        form_scroll = QScrollArea()
        form_scroll.setObjectName("outputFormArea")
        form_scroll.setAccessibleName(self.tr("The output"))
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumWidth(360)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setObjectName("outputsLowerSplitter")
        lower.addWidget(list_side)
        lower.addWidget(form_scroll)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("outputsSplitter")
        self.splitter.addWidget(self.matrix_view)  # no taller than its rows: see _fit_matrix
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.matrix_caption)
        layout.addWidget(self.splitter)

        chain: list[QWidget] = [self.matrix_view, self.records_view, self.add_button, self.remove_button]
        chain += self.form.tab_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------------------------

    @property
    def cell(self) -> Cell | None:
        """The cluster code and output type whose outputs are listed (``None`` in either: all of them)."""
        return self._cell

    def refresh(self) -> None:
        """Count and read again, keeping the chosen cell and output; what is being typed in the form stays."""
        self.matrix.reload()
        self._fit_matrix()
        self._select_cell(self._cell)
        if self.form.is_new or self.form.is_dirty():
            self._load_records(self.form.ref, show_form=False)
        else:
            chosen = self.current_output()
            self._load_records(chosen.ref if chosen else None)

    def _fit_matrix(self) -> None:
        """No taller than its rows, so the room left goes to the list and the form."""
        view = self.matrix_view
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(row) for row in range(self.matrix.rowCount()))
        frame = 2 * view.frameWidth() + view.horizontalHeader().sizeHint().height()
        scroll = view.horizontalScrollBar().sizeHint().height()
        view.setMaximumHeight(rows + frame + scroll)
        header = view.horizontalHeader()
        if header.count():  # the totals, wider than the rest, keep their room
            header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.ResizeToContents)

    def show_cell(self, cluster_code: str | None, type_number: int | None) -> bool:
        """List the outputs of a cluster and output type (``None``: every cluster or type); ``False`` when the
        output being edited could not be saved first (its fields say why)."""
        wanted: Cell = (cluster_code.strip().upper() if cluster_code else None, type_number)
        if wanted != self._cell and not self._leave_form():
            return False
        self._cell = wanted
        self._select_cell(wanted)
        self._load_records(None)
        return True

    def show_output(self, ref: str) -> bool:
        """Go to an output: its cell, and the output chosen in the list with its form shown."""
        try:
            detail = outputs.output_detail(self._database, ref)
        except NotFoundError:
            return False
        if not _covers(self._cell, (detail.cluster_code, detail.type_number)) and not self.show_cell(
            detail.cluster_code, detail.type_number
        ):
            return False
        current = self.current_output()
        if current is None or current.ref != detail.ref:
            if not self._leave_form():
                return False
            self._load_records(detail.ref)
        return True

    def current_output(self) -> OutputRow | None:
        index = self.records_view.selectionModel().currentIndex()
        selected = self.records_view.selectionModel().isRowSelected(index.row(), QModelIndex())
        return self.records.output(index.row()) if index.isValid() and selected else None

    def _select_cell(self, cell: Cell | None) -> None:
        self._quiet += 1
        try:
            index = self.matrix.index_of(*cell) if cell is not None else QModelIndex()
            if index.isValid():
                self.matrix_view.setCurrentIndex(index)
            else:
                self.matrix_view.selectionModel().clearCurrentIndex()
                self.matrix_view.clearSelection()
        finally:
            self._quiet -= 1

    def _load_records(self, select: str | None, *, show_form: bool = True) -> None:
        """Read the chosen cell's outputs again and choose ``select`` among them; the form follows."""
        cell = self._cell
        self._quiet += 1
        try:
            if cell is None:
                rows: list[OutputRow] = []
            else:
                code, number = cell
                rows = outputs.list_outputs(self._database, cluster_code=code, type_number=number)
            self.records.set_rows(rows)
            row = self.records.row_of_ref(select) if select else None
            if row is not None:
                self.records_view.selectRow(row)
                self.records_view.scrollTo(self.records.index(row, 0))
            else:
                self.records_view.clearSelection()
        finally:
            self._quiet -= 1
        self.records_view.setColumnHidden(OutputListModel.TYPE, cell is not None and cell[1] is not None)
        self.cell_caption.setText(self._caption(cell, len(rows)))
        may = writable(self._database)
        self.add_button.setEnabled(may and cell is not None and None not in cell)
        self.remove_button.setEnabled(may and row is not None)
        if show_form:
            self._show_form(rows[row].ref if row is not None else None)

    def _caption(self, cell: Cell | None, count: int) -> str:
        if cell is None:
            return self.tr("Choose a cell of the matrix to see its outputs.")
        code, number = cell
        if code is None and number is None:
            where = self.tr("All clusters, every output type")
        elif code is None:
            where = self.tr("All clusters — output type {0}: {1}").format(number, self.matrix.type_name(number or 0))
        elif number is None:
            where = self.tr("{0} — every output type").format(code)
        else:
            where = self.tr("{0} — output type {1}: {2}").format(code, number, self.matrix.type_name(number))
        counted = self.tr("no outputs yet") if count == 0 else self.tr("%Ln output(s)", "", count)
        return self.tr("{0} · {1}").format(where, counted)

    def _show_form(self, ref: str | None) -> None:
        if ref is None:
            if self._cell is not None and None not in self._cell:
                self.form.show_nothing(self.tr("Choose an output in the list to edit it, or add one."))
            elif self._cell is not None:
                self.form.show_nothing(self.tr("Choose an output in the list to edit it."))
            else:
                self.form.show_nothing(self.tr("Choose a cell of the matrix, then an output."))
            return
        self.form.show_output(outputs.output_detail(self._database, ref))

    # -- the user's choices -----------------------------------------------------------------------------------

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        code, number = self.matrix.key(current)
        if not self.show_cell(code, number):
            self._stay()

    def _enter_cell(self) -> None:
        """Enter on a cell: into its list, on the first output."""
        if self.records.rowCount() == 0:
            return
        self.records_view.setFocus()
        if self.current_output() is None:
            self.records_view.selectRow(0)

    def _record_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        target = self.records.output(current.row()).ref if current.isValid() else None
        if target == self.form.ref and not self.form.is_new:
            return
        if not self._leave_form():
            self._stay()
            return
        self._load_records(target)

    def _stay(self) -> None:
        """The form's values were refused: back to its cell and output, once the view has done with the click."""
        QTimer.singleShot(0, self._back_to_form)

    def _back_to_form(self) -> None:
        self._select_cell(self._cell)
        self._quiet += 1
        try:
            row = self.records.row_of_ref(self.form.ref) if self.form.ref else None
            if row is None:
                self.records_view.clearSelection()
            else:
                self.records_view.selectRow(row)
        finally:
            self._quiet -= 1

    def _leave_form(self) -> bool:
        """Save what was typed in the form before showing something else; ``False`` if it was refused."""
        if not self.form.is_dirty():
            return True
        self._leaving = True
        try:
            return self.save()
        finally:
            self._leaving = False

    def save_pending(self) -> bool:
        """Save the form if anything was typed in it (for the main window, before closing); ``False`` if refused."""
        return self.save() if self.form.is_dirty() else True

    # -- changes, each undoable -------------------------------------------------------------------------------

    def _id_of(self, ref: str) -> int:
        return outputs.output_detail(self._database, ref).id

    def _after_change(self, ref: str | None) -> None:
        """After a change, its undo or its redo: count again, and show the output changed where it now is."""
        self.matrix.reload()
        if self._leaving:
            self._load_records(None, show_form=False)
        else:
            where: Cell | None = None
            if ref is not None:
                try:
                    detail = outputs.output_detail(self._database, ref)
                    where = (detail.cluster_code, detail.type_number)
                except NotFoundError:
                    where = None
            if where is not None and not _covers(self._cell, where):
                self._cell = where
                self._select_cell(where)
            self._load_records(ref)
        self.changed.emit()

    def save(self) -> bool:
        """Save the form: a new output, or the changed fields of the one shown. ``False`` if a value was refused."""
        if self.form.is_new:
            return self._save_new()
        if self.form.ref is None:
            return True
        return self._save_changes(self.form.ref)

    def _save_changes(self, ref: str) -> bool:
        changes = self.form.changes()
        if not changes:
            self.form.clear_errors()
            return True

        seen = [self.form.seen]  # the first save is made to the version shown; undo and redo are not checked
        stale: list[StaleError] = []

        def save() -> None:
            try:
                set_field(
                    self._stack,
                    self.tr("Edit output {0}").format(ref),
                    lambda values: outputs.update_output(
                        self._database, ref, values, seen=seen.pop() if seen else None
                    ),
                    changes,
                    lambda: self._after_change(ref),
                )
            except StaleError as error:
                stale.append(error)
                return
            self._after_change(ref)

        saved = guarded(self, save, self.form.fields)
        if stale:
            self.form.someone_saved_since(stale[0])
            return False
        return saved

    def _one_cell(self) -> tuple[str, int] | None:
        """The chosen cluster and output type, unless no cell or a total is chosen."""
        code, number = self._cell or (None, None)
        return (code, number) if code is not None and number is not None else None

    def _save_new(self) -> bool:
        cell = self._one_cell()
        if cell is None:
            return False
        code, number = cell
        values = self.form.values()

        def add() -> None:
            ref = outputs.add_output(self._database, code, number, values)
            output_id = self._id_of(ref)
            made(
                self._stack,
                self.tr("Add output to {0}, type {1}").format(code, number),
                lambda: outputs.remove_output(self._database, output_id),
                lambda kept: outputs.restore_output(self._database, kept),
                lambda: self._after_change(ref),
            )

        return guarded(self, add, self.form.fields)

    def revert(self) -> None:
        """Forget what was typed: the saved output again, or no new one."""
        chosen = self.current_output()
        self._show_form(chosen.ref if chosen else None)

    def add_output(self) -> None:
        """A blank form for a new output of the chosen cluster and output type."""
        cell = self._one_cell()
        if cell is None or not self._leave_form():
            return
        code, number = cell
        self._quiet += 1
        try:
            self.records_view.clearSelection()
        finally:
            self._quiet -= 1
        self.remove_button.setEnabled(False)
        self.form.show_new(
            self.tr("New output of {0} ({1}), output type {2}: {3}").format(
                code, self.matrix.cluster_name(code), number, self.matrix.type_name(number)
            )
        )
        self.form.title.setFocus()

    def remove_output(self) -> None:
        chosen = self.current_output()
        if chosen is None:
            return
        ref = chosen.ref
        guarded(
            self,
            lambda: removed(
                self._stack,
                self.tr("Remove output {0}").format(ref),
                lambda: outputs.remove_output(self._database, self._id_of(ref)),
                lambda kept: outputs.restore_output(self._database, kept),
                lambda: self._after_change(ref),
            ),
        )
