"""File → Export → Workbook… and File → Import → Workbook…: the scope of an export, and the preview that shows
what an import would do, and every problem, before anything is written."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.common.theme import ErrorLabel
from pactdesk.gui.common.words import number

if TYPE_CHECKING:
    from pactdesk.domain.summaries import ClusterSummary
    from pactdesk.services.workbook.plan import ImportPlan
    from pactdesk.services.workbook.tables import Scope


class ExportScopeDialog(QDialog):
    """Everything, or some clusters; all meetings, or those in a period."""

    def __init__(self, clusters: list[ClusterSummary], current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a workbook"))
        self.setObjectName("exportScopeDialog")
        self.everything = QRadioButton(self.tr("&All clusters"))
        self.some = QRadioButton(self.tr("&Only these clusters:"))
        self.cluster_list = QListWidget()
        self.cluster_list.setObjectName("exportClusters")
        self.cluster_list.setAccessibleName(self.tr("Clusters to export"))
        for cluster in clusters:
            item = QListWidgetItem(f"{cluster.code} — {cluster.name}")
            item.setData(Qt.ItemDataRole.UserRole, cluster.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cluster.code == current else Qt.CheckState.Unchecked)
            self.cluster_list.addItem(item)
        self.some.setChecked(current is not None)
        self.everything.setChecked(current is None)
        self.cluster_list.setEnabled(current is not None)
        self.some.toggled.connect(self.cluster_list.setEnabled)
        self.cluster_list.itemChanged.connect(lambda _: self._check())

        today = QDate.currentDate()
        self.use_since = QCheckBox(self.tr("Meetings &from"))
        self.since = QDateEdit(QDate(today.year(), 1, 1))
        self.use_until = QCheckBox(self.tr("Meetings &until"))
        self.until = QDateEdit(today)
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setAccessibleName(box.text().replace("&", ""))
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _: self._check())
            edit.dateChanged.connect(lambda _: self._check())

        period = QFormLayout()
        period.addRow(self.use_since, self.since)
        period.addRow(self.use_until, self.until)
        self.error = ErrorLabel()
        self.error.setObjectName("exportScopeError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose file…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.some.toggled.connect(lambda _: self._check())

        layout = QVBoxLayout(self)
        layout.addWidget(self.everything)
        layout.addWidget(self.some)
        layout.addWidget(self.cluster_list)
        layout.addLayout(period)
        note = QLabel(
            self.tr(
                "People and organisations are always exported whole. Meetings, with their attendance, "
                "agenda and decisions, and actions follow the clusters and period chosen."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 520)
        self._check()

    def chosen_codes(self) -> tuple[str, ...]:
        if not self.some.isChecked():
            return ()
        return tuple(
            self.cluster_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.cluster_list.count())
            if self.cluster_list.item(row).checkState() == Qt.CheckState.Checked
        )

    def _dates(self) -> tuple[date | None, date | None]:
        since = self.since.date().toPython() if self.use_since.isChecked() else None
        until = self.until.date().toPython() if self.use_until.isChecked() else None
        return since, until  # type: ignore[return-value]

    def _check(self) -> None:
        since, until = self._dates()
        problem = ""
        if self.some.isChecked() and not self.chosen_codes():
            problem = self.tr("Tick at least one cluster, or choose all clusters.")
        elif since and until and until < since:
            problem = self.tr("The period ends before it starts.")
        self.error.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def scope(self) -> Scope:
        from pactdesk.services.workbook.tables import Scope

        since, until = self._dates()
        return Scope(self.chosen_codes(), since, until)

    @classmethod
    def get_scope(
        cls, parent: QWidget | None, clusters: list[ClusterSummary], current: str | None
    ) -> tuple[Scope | None, bool]:
        dialog = cls(clusters, current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.scope() if accepted else None), accepted


class ImportPreviewDialog(QDialog):
    """What the import would create, update and leave unchanged per sheet, and every problem; Import only when
    there is none."""

    SHEET, CREATE, UPDATE, UNCHANGED = range(4)

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import {0}").format(file_name))
        self.plan = plan
        self.counts = QTableWidget(len(plan.counts), 4)
        self.counts.setObjectName("importCounts")
        self.counts.setAccessibleName(self.tr("What the import would do, per sheet"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Create"), self.tr("Update"), self.tr("Unchanged")]
        )
        for row, (sheet, counts) in enumerate(plan.counts.items()):
            named = plan.sheet_name(sheet)  # as the workbook names it, in its language
            for column, value in enumerate((named, counts.created, counts.updated, counts.unchanged)):
                item = QTableWidgetItem(number(value) if isinstance(value, int) else value)
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        _read_only(self.counts)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.problems = QTableWidget(len(plan.problems), 4)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems to correct before importing"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        for row, problem in enumerate(plan.problems):
            cells = (problem.sheet, "" if problem.row is None else str(problem.row), problem.column or "", problem.text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        _read_only(self.problems)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.summary = QLabel(self._summary())
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.notices = QLabel("\n".join(plan.notices))
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setVisible(bool(plan.notices))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(plan.ok and plan.changed > 0)
        if not self.import_button.isEnabled():
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        if plan.problems:
            layout.addWidget(QLabel(self.tr("Problems, by sheet, row and column:")))
            layout.addWidget(self.problems, stretch=1)
        else:
            self.problems.hide()
        layout.addWidget(self.notices)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.counts.rowCount() * self.counts.verticalHeader().defaultSectionSize()
        header = self.counts.horizontalHeader().sizeHint().height()
        self.counts.setFixedHeight(rows + header + 2 * self.counts.frameWidth() + 2)
        self.resize(820, 620 if plan.problems else 460)

    def _summary(self) -> str:
        plan = self.plan
        if plan.problems:
            more = (
                self.tr(" Only the first {0} are listed.").format(len(plan.problems)) if plan.too_many_problems else ""
            )
            return self.tr(
                "The workbook has %Ln problem(s), so nothing can be imported. Correct them in the workbook and import "
                "it again.{0}",
                "",
                len(plan.problems),
            ).format(more)
        if not plan.changed:
            return self.tr("The database already holds everything in this workbook; there is nothing to import.")
        return self.tr(
            "The workbook can be imported: %Ln change(s). A backup of the database is taken first, and everything is "
            "written at once or not at all. Undo does not reach an import; the backup can bring the database back.",
            "",
            plan.changed,
        )

    @classmethod
    def confirm(cls, parent: QWidget | None, plan: ImportPlan, file_name: str) -> bool:
        return cls(plan, file_name, parent).exec() == QDialog.DialogCode.Accepted


def _read_only(table: QTableWidget) -> None:
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
