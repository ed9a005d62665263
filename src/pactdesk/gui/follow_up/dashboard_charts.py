"""One chart of the dashboard with its numbers: the bars, the button that saves the chart, and the table beside it
(which is what a screen reader reads)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.common.rows_model import RowsModel
from pactdesk.gui.common.theme import is_dark

_MOST_TICKS = 6

# The bars' colours, set by PactDesk rather than taken from a chart theme (whose greens and oranges are 2:1 on white):
# (fill, outline and stripes) for each set of a chart, in order. On a light chart the fill reaches 3:1 on the white,
# and the black labels read at 4.5:1 on it; on a dark one the labels need a darker fill, and a light outline (5.8:1
# on the dark) shows where each bar is (EN 301 549 9.1.4.11, 9.1.4.3).
_BARS_ON_LIGHT = (("#317dd3", "#317dd3"), ("#b56926", "#b56926"), ("#1e8e3a", "#1e8e3a"), ("#a558db", "#a558db"))
_BARS_ON_DARK = (("#2e598a", "#5b9de8"), ("#784d28", "#e1812e"), ("#216332", "#19b13f"), ("#7837a6", "#be7eed"))
# Each set after the first also has a pattern of its own, so that sets side by side or stacked are told apart
# without their colours (9.1.4.1); the legend shows the patterns, and the table beside says every number.
_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense4Pattern,
)


class FiguresModel(RowsModel):
    """A chart's numbers as rows of text and numbers, so they can be read without the chart (and without colour)."""

    def __init__(self, headers: Sequence[str], numbers: Sequence[int] = (), *, names: int | None = None) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self.NUMBERS = tuple(numbers)
        self.names = names  # the column of long names, which takes the room left by the numbers

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def display(self, row: Sequence[object], column: int) -> object:
        return row[column]


# -- one chart with its numbers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bars:
    """What one chart shows: a category per bar (or stack) and, per set, one value for each category."""

    categories: list[str]
    sets: Sequence[tuple[str, Sequence[float]]]
    empty: bool


class ChartPanel(QWidget):
    """A chart, the button that saves it, and the table of its numbers."""

    def __init__(
        self,
        name: str,
        title: str,
        series_kind: type[QAbstractBarSeries],
        figures: FiguresModel,
        *,
        percent: bool = False,
    ) -> None:
        super().__init__()
        self.name = name
        self.title = title
        self.percent = percent
        self.describe: Callable[[str, int, float], str] | None = None
        self._labels: list[str] = []  # the categories in the order of the figures
        self._categories: list[str] = []  # the categories in the order of the series' values

        self.chart = QChart()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.series = series_kind()
        self.series.hovered.connect(self._hovered)
        # In a stack the zeros would crowd the bars; the table beside has every number.
        self.series.setLabelsVisible(series_kind is not QStackedBarSeries)
        self.series.setLabelsPrecision(3 if percent else 12)
        if percent:
            self.series.setLabelsFormat("@value %")
        self.chart.addSeries(self.series)
        horizontal = series_kind is QHorizontalBarSeries
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        self.values.setLabelFormat("%d %%" if percent else "%d")
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setObjectName(f"{name}Chart")
        self.view.setAccessibleName(title)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)  # a saved image is the chart alone
        self.view.setMinimumSize(420, 280)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.setAccessibleName(self.tr("Save the chart “{0}” as a PNG image").format(title))
        self.figures = figures
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.table.setObjectName(f"{name}Figures")
        self.table.setAccessibleName(self.tr("Figures of “{0}”").format(title))
        self.table.setModel(figures)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if figures.names is not None:
            header.setSectionResizeMode(figures.names, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(300)

        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.save_button)
        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body)

    def show_bars(self, bars: Bars, scope: str, rows: Sequence[Sequence[object]], note: str) -> None:
        """Show ``bars`` (the series and axes stay, their contents change), a title naming ``scope``, and ``rows``
        in the table."""
        horizontal = isinstance(self.series, QHorizontalBarSeries)
        # Qt draws the first category of horizontal bars at the bottom: turned over, the first is on top.
        order = (lambda items: list(reversed(items))) if horizontal else list
        self._labels = bars.categories
        self._categories = order(bars.categories)
        self.series.clear()
        for label, values in bars.sets:
            bar_set = QBarSet(label)
            bar_set.append([float(value) for value in order(values)])
            self.series.append(bar_set)
        self.categories.clear()
        self.categories.append(self._categories)
        top = 100.0 if self.percent else _top(bars)
        self.values.setRange(0, top)
        self.values.setTickInterval(20 if self.percent else _step(top))
        self.chart.legend().setVisible(len(bars.sets) > 1)
        title = f"{self.title} — {scope}"
        self.chart.setTitle(f"{title} ({note})" if bars.empty else title)
        self.view.setAccessibleDescription(note if bars.empty else _spoken(bars))
        self.figures.set_rows(rows)
        if horizontal:  # room for every organisation's bar and name
            self.view.setMinimumHeight(max(280, 26 * len(bars.categories) + 110))
        self.restyle()

    def categories_shown(self) -> list[str]:
        """The categories in the order of the series' values."""
        return list(self._categories)

    def restyle(self) -> None:
        """Colours from the application's palette, light or dark, and the bars' own (``_BARS_ON_LIGHT``, ``_DARK``):
        every set in its colour, and after the first in its pattern too; the labels in the text's colour, which
        reads on the chart's background (a bar of nought) and on each bar's fill."""
        palette = QApplication.palette()
        dark = is_dark(palette)
        chart = self.chart
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        text = palette.color(QPalette.ColorRole.Text)
        chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        colours = _BARS_ON_DARK if dark else _BARS_ON_LIGHT
        for number, bar_set in enumerate(self.series.barSets()):
            fill, line = (QColor(colour) for colour in colours[number % len(colours)])
            pattern = _PATTERNS[number % len(_PATTERNS)]
            bar_set.setBrush(QBrush(fill if pattern == Qt.BrushStyle.SolidPattern else line, pattern))
            bar_set.setPen(QPen(line, 1.5))
            bar_set.setLabelColor(text)

    def series_values(self) -> dict[str, list[float]]:
        return {bar_set.label(): [bar_set.at(n) for n in range(bar_set.count())] for bar_set in self.series.barSets()}

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        count = len(self._categories)
        if not status or not 0 <= index < count:
            QToolTip.hideText()
            return
        value = bar_set.at(index)
        if isinstance(self.series, QHorizontalBarSeries):
            index = count - 1 - index  # back to the order of the figures
        describe = self.describe or (lambda label, n, value: f"{label} — {self._labels[n]}: {value:g}")
        QToolTip.showText(QCursor.pos(), describe(bar_set.label(), index, value), self.view)


def _top(bars: Bars) -> float:
    """The top of the value axis: the tallest bar or stack, rounded up to a whole number of ticks."""
    columns = zip(*(values for _, values in bars.sets), strict=True) if bars.sets else iter(())
    tallest = max((sum(column) for column in columns), default=0.0)
    step = _step(tallest)
    return float(max(step, -(-tallest // step) * step))


def _step(top: float) -> int:
    """A tick interval of 1, 2 or 5 times a power of ten that gives at most ``_MOST_TICKS`` intervals."""
    scale = 1
    while True:
        for factor in (1, 2, 5):
            if top <= factor * scale * _MOST_TICKS:
                return factor * scale
        scale *= 10


def _spoken(bars: Bars) -> str:
    """The chart's numbers as one line of text, for a screen reader."""
    return "; ".join(
        f"{label}: "
        + ", ".join(f"{category} {value:g}" for category, value in zip(bars.categories, values, strict=True))
        for label, values in bars.sets
    )
