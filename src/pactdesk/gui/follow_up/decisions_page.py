"""The register of decisions: every decision of every cluster, numbered in its cluster's register of the year,
filtered by cluster, year, goal and words and read a page at a time; each opens its meeting at its item (a double
click, or Enter); the register of the cluster and year chosen exported as PDF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.common import settings as setting
from pactdesk.gui.common.background import Job, Progress
from pactdesk.gui.common.paged_model import PAGE, PagedTableModel
from pactdesk.gui.common.widgets import ChoiceBox, WholeTextTips, compact
from pactdesk.gui.files.file_flow import FileFlow
from pactdesk.services import catalogue, register
from pactdesk.services.register import DecisionFilter, DecisionRow
from pactdesk.store.database import Database

_Index = QModelIndex | QPersistentModelIndex
FILTER_DELAY_MS = 60
SHOWN = 400  # characters of a decision shown in its row; the whole of it is below the list and in the tip


class DecisionsModel(PagedTableModel[DecisionRow]):
    """The register filtered and ordered by the database (cluster, year, number), fetched a page at a time."""

    NUMBER, DECISION, MEETING, DATE = range(4)

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._filter = DecisionFilter()

    @property
    def filter(self) -> DecisionFilter:
        return self._filter

    def set_filter(self, wanted: DecisionFilter) -> None:
        self._filter = wanted
        self.reload()

    def reload(self) -> None:
        """The count and the first page in one reading: the words filter, the costly part, is applied once."""
        self.beginResetModel()
        self._total, self._rows = register.first_page(self._database, self._filter, PAGE)
        self.endResetModel()

    def count(self) -> int:
        return register.count_decisions(self._database, self._filter)

    def page(self, offset: int, limit: int) -> list[DecisionRow]:
        return register.decision_page(self._database, self._filter, offset, limit)

    def decision(self, row: int) -> DecisionRow:
        return self._rows[row]

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Decision"), self.tr("Meeting and item"), self.tr("Date"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        decision = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(decision, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.DECISION, self.MEETING):
            return decision.text if column == self.DECISION else self.where(decision)
        if role == Qt.ItemDataRole.UserRole:
            return decision.id
        return None

    def _text(self, decision: DecisionRow, column: int) -> str:
        if column == self.NUMBER:
            return decision.label or self.tr("(not numbered)")
        if column == self.DECISION:
            text = decision.text
            return text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"
        if column == self.MEETING:
            return self.tr("{0} · item {1}").format(decision.meeting_ref, decision.item_position)
        return decision.meeting_on.isoformat()

    def where(self, decision: DecisionRow) -> str:
        """The meeting and the agenda item, with its title: “TEX-2025-02 · item 3, Training”."""
        return self.tr("{0} · item {1}, {2}").format(decision.meeting_ref, decision.item_position, decision.item_title)


class RegisterFlow(FileFlow):
    """The register of decisions written to a PDF the person chooses, off the GUI thread, in the document language
    chosen in the File menu; ``done`` carries the sentence to show."""

    folder_setting = setting.DOCUMENTS_FOLDER

    def cancelled(self) -> str:
        return self.tr("Cancelled; no file was written.")

    def export(self, database: Database, cluster: str | None, year: int | None) -> Job | None:
        name = f"decisions-{(cluster or 'all').lower()}-{year or 'all'}.pdf"
        target = self.save_as(self.tr("Save the register of decisions"), name, ".pdf", self.tr("PDF document (*.pdf)"))
        if target is None:
            return None
        language = setting.DOCUMENT_LANGUAGE.read(self.settings)

        def work(progress: Progress) -> int:
            from pactdesk.exchange.pdf.register import write_register  # reportlab loads with the first document

            progress(0, 1)
            parts = register.register(database, cluster=cluster, year=year)
            write_register(parts, target, language, progress)
            return sum(len(part.decisions) for part in parts)

        def written(count: int) -> None:
            self.done.emit(self.tr("Register of %n decision(s) saved to {0}.", "", count).format(target))

        return self.run(self.tr("Writing the register of decisions…"), work, written)


class _EnterOpens(QObject):
    """Enter (or Return) on the list opens the chosen decision's meeting, as a double click does."""

    def __init__(self, view: QTableView, opens: Any) -> None:
        super().__init__(view)
        self._opens = opens
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        entered = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.KeyPress and entered and not event.modifiers():  # type: ignore[attr-defined]
            self._opens()
            return True
        return False


class DecisionsPage(QWidget):
    """``decision_wanted(ref, item_id)``: show that meeting at that agenda item; ``message``: a sentence for the
    status bar."""

    decision_wanted = Signal(str, int)
    message = Signal(str)

    def __init__(
        self,
        database: Database,
        settings: QSettings,
        window: QMainWindow | None = None,
        cluster_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._first_cluster = cluster_code
        self.model = DecisionsModel(database)
        self._build_filters()
        self.view = QTableView()
        self.view.setObjectName("decisionsView")
        self.view.setAccessibleName(self.tr("Decisions"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # Each row as tall as its decision's wrapped lines (at most SHOWN characters of it); the other columns are
        # as wide as their longest text, so only the decision wraps.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        WholeTextTips(self.view)
        metrics = self.view.fontMetrics()
        samples = {
            DecisionsModel.NUMBER: "PTECH 0000/000",
            DecisionsModel.MEETING: str(self.model.tr("{0} · item {1}")).format("PTECH-0000-00", "00"),
            DecisionsModel.DATE: "0000-00-00",
        }
        for column, sample in samples.items():
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(column, max(metrics.horizontalAdvance(text) for text in (sample, heading)) + 24)
        self.view.horizontalHeader().setSectionResizeMode(DecisionsModel.DECISION, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _: self.open_decision())
        self._enter = _EnterOpens(self.view, self.open_decision)

        self.whole = QPlainTextEdit()
        self.whole.setObjectName("decisionWhole")
        self.whole.setAccessibleName(self.tr("The chosen decision, whole"))
        self.whole.setReadOnly(True)
        self.whole.setTabChangesFocus(True)
        self.whole.setMaximumHeight(self.whole.fontMetrics().lineSpacing() * 4 + 12)

        self.open_button = QPushButton(self.tr("Open its &meeting"))
        self.open_button.setObjectName("openDecisionMeeting")
        self.open_button.setToolTip(self.tr("Show the meeting where it was decided, at its agenda item (Enter)"))
        self.open_button.clicked.connect(self.open_decision)
        self.export_button = QPushButton(self.tr("E&xport register…"))
        self.export_button.setObjectName("exportRegister")
        self.export_button.setToolTip(self.tr("The register of the cluster and year chosen, as a PDF"))
        self.export_button.clicked.connect(self.export_register)
        self.count = QLabel()
        self.count.setObjectName("decisionsCount")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.addLayout(self._filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.whole)
        layout.addLayout(buttons)
        self.flow = RegisterFlow(window or self, settings)  # type: ignore[arg-type]
        self.flow.done.connect(self.message)
        self.refresh()

    # -- filters ----------------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.cluster = ChoiceBox()
        self.cluster.setObjectName("decisionsCluster")
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.year = ChoiceBox()
        self.year.setObjectName("decisionsYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.goal = ChoiceBox()
        self.goal.setObjectName("decisionsGoal")
        self.goal.setAccessibleName(self.tr("Goal"))
        self.goal.setToolTip(self.tr("Decisions of agenda items whose actions serve this goal"))
        self.text = QLineEdit()
        self.text.setObjectName("decisionsText")
        self.text.setAccessibleName(self.tr("Filter decisions by words"))
        self.text.setPlaceholderText(self.tr("Words in the decision, its agenda item or its meeting's reference"))
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _: self._text_timer.start())
        for combo in (self.cluster, self.goal):
            compact(combo, 8)  # a goal's or a cluster's whole name would make the page wider than a laptop's screen
        self.cluster.currentIndexChanged.connect(lambda _: self._cluster_changed())
        for combo in (self.year, self.goal):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        row = QHBoxLayout()
        for label, widget, stretch in (
            (self.tr("&Cluster:"), self.cluster, 3),
            (self.tr("&Year:"), self.year, 1),
            (self.tr("&Goal:"), self.goal, 2),
            (self.tr("&Words:"), self.text, 4),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, stretch)
        self._filters = row

    def _fill_choices(self) -> None:
        """The clusters and goals to filter by, keeping what is chosen; then the years."""
        cluster, goal = self.cluster.value(), self.goal.value()
        if self._first_cluster is not None:
            cluster, self._first_cluster = self._first_cluster, None
        for combo in (self.cluster, self.goal):
            combo.blockSignals(True)
            combo.clear()
        self.cluster.add_choice(self.tr("All clusters"), None)
        for summary in catalogue.cluster_summaries(self._database):
            self.cluster.add_choice(self.tr("{0} — {1}").format(summary.code, summary.name), summary.code)
        self.goal.add_choice(self.tr("Any goal"), None)
        for number, name in catalogue.goal_names(self._database):
            self.goal.add_choice(self.tr("{0}. {1}").format(number, name), number)
        for combo, value in ((self.cluster, cluster), (self.goal, goal)):
            combo.setCurrentIndex(max(0, combo.index_of(value)))
            combo.blockSignals(False)
        self._fill_years()

    def _fill_years(self) -> None:
        """The years with numbered decisions of the cluster chosen (of any, for all), keeping the year chosen."""
        year = self.year.value()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.add_choice(self.tr("Any year"), None)
        for found in register.register_years(self._database, self.cluster.value()):
            self.year.add_choice(str(found), found)
        self.year.setCurrentIndex(max(0, self.year.index_of(year)))
        self.year.blockSignals(False)

    def _cluster_changed(self) -> None:
        self._fill_years()
        self.apply_filter()

    def current_filter(self) -> DecisionFilter:
        return DecisionFilter(
            cluster=self.cluster.value(), year=self.year.value(), goal=self.goal.value(), text=self.text.text()
        )

    def show_cluster(self, code: str | None) -> None:
        """Narrow the register to one cluster (``None``: all)."""
        self.cluster.setCurrentIndex(max(0, self.cluster.index_of(code)))

    def apply_filter(self) -> None:
        self._text_timer.stop()
        self.model.set_filter(self.current_filter())
        self._after_reload()

    def refresh(self) -> None:
        """Read everything again, keeping the filters and the decision chosen."""
        chosen = self.chosen()
        self._fill_choices()
        self.model.set_filter(self.current_filter())
        self._after_reload(chosen.id if chosen is not None else None)

    def _after_reload(self, chosen: int | None = None) -> None:
        self.count.setText(self.tr("%Ln decision(s)", "", self.model.total))
        if chosen is not None:
            row = next((row for row in range(self.model.rowCount()) if self.model.decision(row).id == chosen), None)
            if row is not None:
                self.view.selectRow(row)
        self._selection_changed()

    # -- the chosen decision ----------------------------------------------------------------------------------

    def chosen(self) -> DecisionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.decision(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        self.open_button.setEnabled(chosen is not None)
        self.export_button.setEnabled(self.model.total > 0)
        if chosen is None:
            self.whole.setPlainText("")
            return
        number = chosen.label or self.tr("(not numbered)")
        where = self.model.where(chosen)
        self.whole.setPlainText(f"{number} · {where} · {chosen.meeting_on.isoformat()}\n{chosen.text}")

    def open_decision(self) -> None:
        """Show the chosen decision's meeting, at its agenda item."""
        chosen = self.chosen()
        if chosen is not None:
            self.decision_wanted.emit(chosen.meeting_ref, chosen.item_id)

    def export_register(self) -> Job | None:
        """The register of the cluster and year chosen (every cluster's, every year's when none is) as a PDF."""
        if self.model.total == 0:
            return None
        wanted = self.current_filter()
        return self.flow.export(self._database, wanted.cluster, wanted.year)
