"""The dashboard page: the figures of one cluster or of all as charts, each with its numbers in a table beside it."""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarSeries,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.enums import OutputStatus, SeatCode
from pactdesk.domain.errors import NotFoundError, PactDeskError
from pactdesk.gui.common.rows_model import RowsModel
from pactdesk.gui.common.theme import error_colour
from pactdesk.gui.common.widgets import ChoiceBox
from pactdesk.gui.common.words import day_label, percent, seat_label, word
from pactdesk.gui.follow_up.dashboard_charts import Bars, ChartPanel, FiguresModel
from pactdesk.services import catalogue, dashboard
from pactdesk.services.dashboard import AgeBand, AttendanceRate, Dashboard
from pactdesk.services.tracker import TrackerRow
from pactdesk.store.database import Database

logger = logging.getLogger(__name__)

MEETINGS, ATTENDANCE, ACTIONS, OUTPUTS = "meetings", "attendance", "actions", "outputs"
CHARTS = (MEETINGS, ATTENDANCE, ACTIONS, OUTPUTS)
_NAME_LENGTH = 40  # longer organisation names are shortened on the chart's axis; the table beside shows them whole


class ChartNotSavedError(PactDeskError):
    """A chart could not be written as a PNG image; any file already at that place is left as it was."""


# -- the tables beside the charts --------------------------------------------------------------------------------


class OpenActionsModel(RowsModel):
    """The actions still open, as the tracker lists them; overdue ones say so in words, not only in red."""

    REF, CLUSTER, TITLE, OWNER, DUE, AGE, OVERDUE = range(7)
    NUMBERS = (AGE,)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Action"),
            self.tr("Cluster"),
            self.tr("Title"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Age (days)"),
            self.tr("Overdue"),
        )

    def display(self, row: TrackerRow, column: int) -> object:
        overdue = self.tr("overdue by {0} days").format(row.days_overdue) if row.overdue else self.tr("no")
        return (row.ref, row.cluster_code, row.title, row.owner, day_label(row.due_on), row.age_days, overdue)[column]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.row_at(index.row()).overdue and index.column() in (self.DUE, self.OVERDUE):
            if role == Qt.ItemDataRole.ForegroundRole:
                return error_colour(QApplication.palette())
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and index.column() == self.DUE:
                row = self.row_at(index.row())  # the date in red says it in words too
                return self.tr("Due on {0}: overdue by {1} days").format(day_label(row.due_on), row.days_overdue)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


# -- the page ----------------------------------------------------------------------------------------------------


class DashboardPage(QWidget):
    """Meetings held per year, attendance of the committee's members, open and overdue actions by age, and outputs
    by type and status, for the cluster chosen at the top or for all of them."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.board: Dashboard | None = None
        self._attendance: list[AttendanceRate] = []  # the members on the attendance chart, in its order
        self._folder: Path | None = None

        self.cluster = ChoiceBox()
        self.cluster.setObjectName("dashboardCluster")
        self.cluster.setAccessibleName(self.tr("Cluster shown on the dashboard"))
        self.cluster.add_choice(self.tr("All clusters"), None)
        # The catalogue's clusters do not change while PactDesk runs: read once, not on every refresh.
        for summary in catalogue.cluster_summaries(database):
            self.cluster.add_choice(f"{summary.code} — {summary.name}", summary.code)
        self.cluster.currentIndexChanged.connect(lambda _: self.refresh())
        chooser = QLabel(self.tr("&Cluster:"))
        chooser.setBuddy(self.cluster)
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        statuses = [word(status) for status in OutputStatus]
        self._open_label = self.tr("Open, by days since raised")
        self._overdue_label = self.tr("Overdue, by days past due")
        self.panels: dict[str, ChartPanel] = {
            MEETINGS: ChartPanel(
                MEETINGS,
                self.tr("Meetings held per year"),
                QBarSeries,
                FiguresModel([self.tr("Year"), self.tr("Meetings held")], (1,)),
            ),
            ATTENDANCE: ChartPanel(
                ATTENDANCE,
                self.tr("Attendance of the committee's members"),
                QHorizontalBarSeries,
                FiguresModel(
                    [
                        self.tr("Organisation"),
                        self.tr("Seat"),
                        self.tr("Meetings"),
                        self.tr("Attended"),
                        self.tr("Rate"),
                    ],
                    (2, 3, 4),
                    names=0,
                ),
                percent=True,
            ),
            ACTIONS: ChartPanel(
                ACTIONS,
                self.tr("Open and overdue actions by age"),
                QBarSeries,
                # Overdue, the second set, is striped (dashboard_charts._PATTERNS), not only in another colour.
                FiguresModel([self.tr("Days"), self.tr("Open (since raised)"), self.tr("Overdue (past due)")], (1, 2)),
            ),
            OUTPUTS: ChartPanel(
                OUTPUTS,
                self.tr("Outputs by type and status"),
                QStackedBarSeries,
                FiguresModel(
                    [self.tr("No."), self.tr("Output type"), *statuses, self.tr("Total")],
                    (0, *range(2, len(statuses) + 3)),
                    names=1,
                ),
            ),
        }
        self.panels[ATTENDANCE].describe = self._describe_attendance
        self.panels[OUTPUTS].describe = self._describe_output
        for name, panel in self.panels.items():
            panel.save_button.clicked.connect(lambda _=False, name=name: self.save_chart_clicked(name))

        self.open_actions = OpenActionsModel()
        self.actions_view = QTableView()
        self.actions_view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.actions_view.setObjectName("dashboardOpenActions")
        self.actions_view.setAccessibleName(self.tr("Open actions, overdue ones marked"))
        self.actions_view.setModel(self.open_actions)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setAlternatingRowColors(True)
        self.actions_view.setWordWrap(False)
        self.actions_view.verticalHeader().hide()
        self.actions_view.setMinimumHeight(240)
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sizing to contents reads every row
        header.setSectionResizeMode(OpenActionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OpenActionsModel.REF, 110), (OpenActionsModel.OWNER, 160), (OpenActionsModel.DUE, 95)):
            header.resizeSection(column, width)
        header.resizeSection(OpenActionsModel.OVERDUE, 180)
        self.actions_heading = QLabel()
        font = self.actions_heading.font()
        font.setBold(True)
        self.actions_heading.setFont(font)

        content = QWidget()
        stack = QVBoxLayout(content)
        for panel in self.panels.values():
            stack.addWidget(panel)
            stack.addSpacing(8)
        stack.addWidget(self.actions_heading)
        stack.addWidget(self.actions_view)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setAccessibleName(self.tr("Dashboard"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        top = QHBoxLayout()
        top.addWidget(chooser)
        top.addWidget(self.cluster, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.refresh()

    # -- what is shown --------------------------------------------------------------------------------------------

    def cluster_code(self) -> str | None:
        code = self.cluster.value()
        return code if isinstance(code, str) else None

    def set_cluster(self, code: str | None) -> None:
        """Show the cluster with ``code``, or every cluster for ``None``."""
        index = 0 if code is None else self.cluster.index_of(code.strip().upper())
        if index < 0:
            raise NotFoundError(self.tr("There is no cluster with the code “{0}”.").format(code))
        if index == self.cluster.currentIndex():
            self.refresh()
        else:
            self.cluster.setCurrentIndex(index)  # refreshes

    def refresh(self) -> None:
        """Read the figures again, as of today."""
        board = dashboard.dashboard(self._database, self.cluster_code(), today=date.today())
        self.board = board
        scope = board.cluster_code or self.tr("all clusters")
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%Ln meeting(s) held", "", board.meetings_held),
                    self.tr("%Ln action(s) open, {0} of them overdue", "", board.open_count).format(
                        QLocale().toString(board.overdue_count)
                    ),
                    self.tr("%Ln output(s)", "", board.output_count),
                )
            )
        )
        self._show_meetings(board, scope)
        self._show_attendance(board, scope)
        self._show_actions(board, scope)
        self._show_outputs(board, scope)
        self.open_actions.set_rows(board.open_actions)
        self.actions_heading.setText(
            self.tr("Open actions ({0}, {1} overdue)").format(board.open_count, board.overdue_count)
        )

    def _show_meetings(self, board: Dashboard, scope: str) -> None:
        years = board.meetings_per_year
        bars = Bars(
            [str(year.year) for year in years], [(self.tr("Meetings held"), [y.held for y in years])], not years
        )
        rows = [(str(year.year), year.held) for year in years]
        self.panels[MEETINGS].show_bars(bars, scope, rows, self.tr("no meeting held yet"))

    def _show_attendance(self, board: Dashboard, scope: str) -> None:
        # A member with no meeting to count has no rate: the table lists it, the chart leaves it out.
        counted = [rate for rate in board.attendance if rate.rate is not None]
        names = _unique([_organisation_label(rate) for rate in counted])
        bars = Bars(names, [(self.tr("Attendance rate"), [(rate.rate or 0) * 100 for rate in counted])], not counted)
        rows = [
            (
                rate.organisation,
                self._seat(rate),
                rate.meetings,
                rate.attended,
                percent(rate.rate * 100) if rate.rate is not None else self.tr("no meeting"),
            )
            for rate in board.attendance
        ]
        self._attendance = counted
        self.panels[ATTENDANCE].show_bars(bars, scope, rows, self.tr("no attendance recorded at a held meeting"))

    def _show_actions(self, board: Dashboard, scope: str) -> None:
        labels = [self._band(band) for band in board.open_by_age]
        opened = [band.count for band in board.open_by_age]
        overdue = [band.count for band in board.overdue_by_age]
        bars = Bars(labels, [(self._open_label, opened), (self._overdue_label, overdue)], board.open_count == 0)
        rows = [(label, n, late) for label, n, late in zip(labels, opened, overdue, strict=True)]
        rows.append((self.tr("All"), board.open_count, board.overdue_count))
        self.panels[ACTIONS].show_bars(bars, scope, rows, self.tr("no open action"))

    def _show_outputs(self, board: Dashboard, scope: str) -> None:
        kinds = board.outputs
        sets = [(word(status), [kind.of(status) for kind in kinds]) for status in OutputStatus]
        bars = Bars([str(kind.number) for kind in kinds], sets, board.output_count == 0)
        rows = [(kind.number, kind.name, *(kind.of(status) for status in OutputStatus), kind.count) for kind in kinds]
        self.panels[OUTPUTS].show_bars(bars, scope, rows, self.tr("no output recorded"))

    def _band(self, band: AgeBand) -> str:
        if band.high is None:
            return self.tr("over {0} days").format(band.low - 1)
        if band.low <= 1:
            return self.tr("up to {0} days").format(band.high)
        return self.tr("{0}–{1} days").format(band.low, band.high)

    def _seat(self, rate: AttendanceRate) -> str:
        if rate.seat is SeatCode.C and rate.cluster_code:
            return f"{seat_label(rate.seat)} {rate.cluster_code}"
        return seat_label(rate.seat)

    def _describe_attendance(self, label: str, index: int, value: float) -> str:
        rate = self._attendance[index]
        return self.tr("{0}: at {1} of {2} meetings ({3})").format(
            rate.organisation, rate.attended, rate.meetings, percent(value)
        )

    def _describe_output(self, label: str, index: int, value: float) -> str:
        assert self.board is not None
        kind = self.board.outputs[index]
        return self.tr("{0}. {1}\n{2}: {3:g} of {4}").format(kind.number, kind.name, label, value, kind.count)

    # -- for tests and for saving ---------------------------------------------------------------------------------

    def chart_names(self) -> list[str]:
        return list(self.panels)

    def chart_view(self, chart_name: str) -> QChartView:
        return self._panel(chart_name).view

    def series_values(self, chart_name: str) -> dict[str, list[float]]:
        """The values in the chart's series, by set label: what the chart really draws, in the order of
        ``chart_categories`` (for the attendance chart, bottom to top, as Qt stacks horizontal bars)."""
        return self._panel(chart_name).series_values()

    def chart_categories(self, chart_name: str) -> list[str]:
        """The chart's categories (years, organisations, age bands, output type numbers) in the series' order."""
        return self._panel(chart_name).categories_shown()

    def _panel(self, chart_name: str) -> ChartPanel:
        if chart_name not in self.panels:
            raise KeyError(f"There is no chart named {chart_name!r}; the charts are {', '.join(self.panels)}.")
        return self.panels[chart_name]

    def save_chart_png(self, chart_name: str, path: Path) -> None:
        """Write the chart as a PNG image at ``path``, as it is on screen.

        The image goes to a temporary file in the same folder, which then replaces ``path`` in one step: a
        failure leaves any file already at ``path`` as it was.
        """
        view = self._panel(chart_name).view
        path = Path(path)
        folder = path.parent
        if not folder.is_dir():
            raise ChartNotSavedError(self.tr("The chart was not saved: the folder {0} does not exist.").format(folder))
        image = QByteArray()
        buffer = QBuffer(image)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not view.grab().save(buffer, "PNG"):
            raise ChartNotSavedError(self.tr("The chart was not saved: it could not be drawn as an image."))
        buffer.close()
        temporary: str | None = None
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".png.part", dir=folder)
            with os.fdopen(handle, "wb") as file:
                file.write(image.data())
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
            temporary = None
        except OSError as error:
            logger.warning("could not save chart %s to %s: %s", chart_name, path, error)
            reason = error.strerror or str(error)
            raise ChartNotSavedError(
                self.tr("The chart was not saved to {0}: {1}. Any file already there is unchanged.").format(
                    path, reason
                )
            ) from error
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)

    def save_chart_clicked(self, chart_name: str) -> None:
        """Ask where to save the chart, then save it; a failure is explained in a message box."""
        scope = (self.board.cluster_code if self.board else None) or "all"
        suggested = (self._folder or Path.home()) / f"{chart_name}-{scope.lower()}-{date.today().isoformat()}.png"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), str(suggested), self.tr("PNG images (*.png)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            self.save_chart_png(chart_name, path)
        except PactDeskError as error:
            QMessageBox.warning(self, self.tr("Chart not saved"), str(error))
            return
        self._folder = path.parent

    def restyle(self) -> None:
        """Follow the application's palette, light or dark."""
        for panel in self.panels.values():
            panel.restyle()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.restyle()
        return super().event(event)


def _organisation_label(rate: AttendanceRate) -> str:
    name = rate.organisation or rate.acronym
    return name if len(name) <= _NAME_LENGTH else name[: _NAME_LENGTH - 1].rstrip() + "…"


def _unique(labels: list[str]) -> list[str]:
    """A category axis needs distinct names: a repeated one gets a number."""
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        unique.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return unique
