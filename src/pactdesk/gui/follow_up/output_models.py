"""The outputs' tables: the matrix of clusters by output types, with totals, and a list of outputs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from pactdesk.domain.enums import OutputStatus
from pactdesk.gui.common.rows_model import RowsModel
from pactdesk.gui.common.words import day_label, percent, word
from pactdesk.services import outputs
from pactdesk.services.outputs import MatrixCell, OutputMatrix, OutputRow
from pactdesk.store.database import Database

_Index = QModelIndex | QPersistentModelIndex

# What a cell stands for, as (cluster code, output type number); ``None`` in either place for a total.
KEY_ROLE = Qt.ItemDataRole.UserRole
# How many outputs a cell counts, as a number (the text shown also says how many are achieved).
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: Qt would take a title like “<b>Draft</b>” for markup."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def _summed(cells: Sequence[MatrixCell]) -> MatrixCell:
    by_status: Counter[OutputStatus] = Counter()
    for cell in cells:
        by_status.update(cell.by_status)
    return MatrixCell(sum(cell.count for cell in cells), dict(by_status))


class OutputMatrixModel(QAbstractTableModel):
    """Clusters (rows) by the seventeen output types (columns), then a row and a column of totals.

    A cell reads “3 · 1 ✓”: three outputs, one achieved (a mark, not a colour, so it reads in any theme and in
    print); its tooltip and accessible text give the count in each status in words. An empty cell shows nothing, so
    the clusters' gaps stand out.
    """

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._matrix = OutputMatrix(clusters=(), types=(), cells={})
        self._cells: dict[tuple[str | None, int | None], MatrixCell] = {}

    # -- what is shown ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Count again; the view keeps its current cell when the clusters and types are the same."""
        matrix = outputs.output_matrix(self._database)
        same_shape = (matrix.clusters, matrix.types) == (self._matrix.clusters, self._matrix.types)
        if not same_shape:
            self.beginResetModel()
        self._matrix = matrix
        self._cells = self._tally(matrix)
        if same_shape:
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            self.endResetModel()

    @staticmethod
    def _tally(matrix: OutputMatrix) -> dict[tuple[str | None, int | None], MatrixCell]:
        cells: dict[tuple[str | None, int | None], MatrixCell] = {key: cell for key, cell in matrix.cells.items()}
        for cluster in matrix.clusters:
            cells[(cluster.code, None)] = _summed([matrix.cell(cluster.code, kind.number) for kind in matrix.types])
        for kind in matrix.types:
            cells[(None, kind.number)] = _summed(
                [matrix.cell(cluster.code, kind.number) for cluster in matrix.clusters]
            )
        cells[(None, None)] = _summed([cells[(cluster.code, None)] for cluster in matrix.clusters])
        return cells

    @property
    def matrix(self) -> OutputMatrix:
        return self._matrix

    def key(self, index: _Index) -> tuple[str | None, int | None]:
        """The cluster code and output type number of a cell; ``None`` for the total row or column."""
        clusters, types = self._matrix.clusters, self._matrix.types
        code = clusters[index.row()].code if index.row() < len(clusters) else None
        number = types[index.column()].number if index.column() < len(types) else None
        return code, number

    def index_of(self, cluster_code: str | None, type_number: int | None) -> QModelIndex:
        """The cell of a cluster and output type (``None``: the total)."""
        codes = [cluster.code for cluster in self._matrix.clusters]
        numbers = [kind.number for kind in self._matrix.types]
        row = codes.index(cluster_code) if cluster_code in codes else len(codes) if cluster_code is None else -1
        column = numbers.index(type_number) if type_number in numbers else len(numbers) if type_number is None else -1
        return self.index(row, column) if row >= 0 and column >= 0 else QModelIndex()

    def cell(self, cluster_code: str | None, type_number: int | None) -> MatrixCell:
        return self._cells.get((cluster_code, type_number), MatrixCell())

    def cluster_name(self, code: str) -> str:
        return next((cluster.name for cluster in self._matrix.clusters if cluster.code == code), code)

    def type_name(self, number: int) -> str:
        return next((kind.name for kind in self._matrix.types if kind.number == number), str(number))

    def summary(self, cell: MatrixCell, *, total: bool = False) -> str:
        """“3 · 1 ✓” (three, one achieved), “3”, or nothing for an empty cell (“0” in the totals)."""
        if not cell.count:
            return "0" if total else ""
        done = cell.of(OutputStatus.ACHIEVED)
        if not done:
            return str(cell.count)
        return self.tr("{0} · {1} ✓").format(cell.count, done)

    def describe(self, cluster_code: str | None, type_number: int | None) -> str:
        """The cell in words: what it counts and how many are in each status."""
        cell = self.cell(cluster_code, type_number)
        if cluster_code is None and type_number is None:
            where = self.tr("All clusters, every output type")
        elif cluster_code is None:
            where = self.tr("All clusters — output type {0}: {1}").format(type_number, self.type_name(type_number or 0))
        elif type_number is None:
            where = self.tr("{0} ({1}) — every output type").format(cluster_code, self.cluster_name(cluster_code))
        else:
            where = self.tr("{0} ({1})\nOutput type {2}: {3}").format(
                cluster_code, self.cluster_name(cluster_code), type_number, self.type_name(type_number)
            )
        if not cell.count:
            return self.tr("{0}\nNo outputs yet.").format(where)
        statuses = "\n".join(
            self.tr("{0}: {1}").format(word(status), cell.of(status)) for status in OutputStatus if cell.of(status)
        )
        counted = self.tr("%Ln output(s):", "", cell.count)
        return f"{where}\n{counted}\n{statuses}"

    # -- Qt's model interface ---------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._matrix.clusters else len(self._matrix.clusters) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._matrix.types else len(self._matrix.types) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            types = self._matrix.types
            if section >= len(types):
                texts = (self.tr("Total"), self.tr("All output types"))
            else:
                kind = types[section]
                texts = (str(kind.number), self.tr("Output type {0}: {1}").format(kind.number, kind.name))
        else:
            clusters = self._matrix.clusters
            if section >= len(clusters):
                texts = (self.tr("Total"), self.tr("All clusters"))
            else:
                cluster = clusters[section]
                texts = (cluster.code, self.tr("{0}. {1}").format(cluster.number, cluster.name))
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[0]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return texts[1]
        if role == Qt.ItemDataRole.FontRole and texts[0] == self.tr("Total"):
            return _bold()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code, number = self.key(index)
        total = code is None or number is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.summary(self.cell(code, number), total=total)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.describe(code, number))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(code, number).replace("\n", "; ")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and total:  # set apart, as the “Total” headers also say
            return QGuiApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if role == KEY_ROLE:
            return (code, number)
        if role == COUNT_ROLE:
            return self.cell(code, number).count
        return None


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class OutputListModel(RowsModel):
    """Outputs as rows: reference, output type, title, date, status, progress, goals and linked meetings."""

    REF, TYPE, TITLE, DATE, STATUS, PROGRESS, GOALS, MEETINGS = range(8)
    NUMBERS = (TYPE, PROGRESS)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Ref."),
            self.tr("Type"),
            self.tr("Output"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Progress"),
            self.tr("Goals"),
            self.tr("Meetings"),
        )

    def display(self, row: OutputRow, column: int) -> object:
        return (
            row.ref,
            str(row.type_number),
            row.title.replace("\n", " "),
            day_label(row.on),
            word(row.status),
            percent(row.progress),
            " ".join(str(goal) for goal in row.goals),
            ", ".join(row.meeting_refs),
        )[column]

    def tooltip(self, row: OutputRow, column: int) -> str | None:
        if column == self.TYPE:
            return plain_tooltip(self.tr("Output type {0}: {1}").format(row.type_number, row.type_name))
        shown = self.display(row, column)
        return plain_tooltip(shown) if isinstance(shown, str) and shown else None

    def output(self, row: int) -> OutputRow:
        row_of: OutputRow = self.row_at(row)
        return row_of

    def row_of_ref(self, ref: str) -> int | None:
        return next((n for n in range(self.rowCount()) if self.output(n).ref == ref), None)

    def refs(self) -> list[str]:
        return [self.output(n).ref for n in range(self.rowCount())]
