"""The search field in the main toolbar and the panel of results under it.

Typing searches a moment after the last key (``PAUSE_MS``), on a thread of its own, so a server's answer never
holds the window; a result that comes back after a newer query was asked is dropped. The keyboard stays in the
field: Up and Down walk the results, Enter opens the chosen one, Esc closes the panel (and, pressed again, clears
the field); a click opens a result too. The panel's filters (cluster, year, kind) search again at once.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.gui.search.opening import SearchHost, open_hit
from pactdesk.gui.search.results_model import HTML_ROLE, SearchResultsModel

if TYPE_CHECKING:
    from pactdesk.services.search import Hit
    from pactdesk.store.database import Database

logger = logging.getLogger(__name__)

PAUSE_MS = 60  # after the last key, as the meeting filter waits
SHOWN = 60  # results shown at most
EACH_KIND = 8  # of each kind
PANEL_SIZE = QSize(720, 470)


class _Searcher(QObject):
    """Runs each search on one worker thread, the latest query only; answers with the query's number."""

    answered = Signal(int, object)  # number, list of hits or the error

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        self._latest = 0

    def ask(self, number: int, query: str, cluster: str | None, year: int | None, kind: str | None) -> None:
        self._latest = number
        self._pool.submit(self._run, number, query, cluster, year, kind)

    def _run(self, number: int, query: str, cluster: str | None, year: int | None, kind: str | None) -> None:
        if number != self._latest:
            return  # a newer query is waiting behind this one
        from pactdesk.services import search

        try:
            hits: Any = search.search(
                self._database,
                query,
                cluster=cluster,
                year=year,
                kinds=[kind] if kind else None,
                limit=SHOWN,
                per_kind=EACH_KIND,
            )
        except Exception as error:  # shown in the panel's line; the window goes on
            logger.info("search %r failed: %s", query, error, exc_info=not hasattr(error, "message"))
            hits = error
        self.answered.emit(number, hits)

    def stop(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


class _HitDelegate(QStyledItemDelegate):
    """A result in two lines of rich text: its title, reference, cluster and date; the words found, in bold."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDocumentMargin(2)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 600  # type: ignore[attr-defined]
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        self.initStyleOption(option, index)
        text_role = QPalette.ColorRole.Text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
            text_role = QPalette.ColorRole.HighlightedText
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(text_role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(option.rect.topLeft())  # type: ignore[attr-defined]
        painter.setClipRect(QRect(QPoint(0, 0), option.rect.size()))  # type: ignore[attr-defined]
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPanel(QFrame):
    """The results under the field: the filters, the results grouped by kind, and a line saying how many."""

    opened = Signal(object)  # the Hit chosen
    refilter = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Search results"))
        self.labels = {
            "agenda_item": self.tr("Agenda items and minutes"),
            "decision": self.tr("Decisions"),
            "action": self.tr("Actions"),
            "progress": self.tr("Progress updates"),
            "output": self.tr("Outputs"),
            "meeting": self.tr("Meetings"),
            "attachment": self.tr("Attachments"),
            "person": self.tr("People"),
            "organisation": self.tr("Organisations"),
        }
        self.cluster_box = self._combo(self.tr("Cluster"), self.tr("All clusters"))
        self.year_box = self._combo(self.tr("Year"), self.tr("All years"))
        self.kind_box = self._combo(self.tr("Kind"), self.tr("Everything"))
        for kind, label in self.labels.items():
            self.kind_box.addItem(label, kind)
        self.model = SearchResultsModel(self.labels, self)
        self.view = QTreeView()
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Results, grouped by kind"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
        self.view.setItemDelegate(_HitDelegate(self.view))
        self.view.setVerticalScrollMode(QTreeView.ScrollMode.ScrollPerPixel)
        self.view.clicked.connect(self._clicked)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setAccessibleName(self.tr("What the search found"))
        self.status.setWordWrap(True)
        filters = QHBoxLayout()
        for label, box in (
            (self.tr("Cluster:"), self.cluster_box),
            (self.tr("Year:"), self.year_box),
            (self.tr("Kind:"), self.kind_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.hide()

    def _combo(self, name: str, everything: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(everything, None)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.activated.connect(lambda _: self.refilter.emit())
        return box

    def fill_filters(self, codes: list[str], years: list[int]) -> None:
        for box, values in ((self.cluster_box, codes), (self.year_box, years)):
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(str(value), value)

    def filters(self) -> tuple[str | None, int | None, str | None]:
        return self.cluster_box.currentData(), self.year_box.currentData(), self.kind_box.currentData()

    def show_hits(self, hits: list[Hit]) -> None:
        self.model.show(hits)
        self.view.expandAll()
        rows = self.model.hit_indexes()
        if rows:
            self.view.setCurrentIndex(rows[0])
            self.view.scrollToTop()
        found = self.tr("%n result(s): Up and Down choose, Enter opens, Esc closes.", "", len(hits))
        nothing = self.tr("Nothing found. Fewer words, or other filters, find more.")
        self.status.setText(found if hits else nothing)

    def tell(self, text: str) -> None:
        self.model.show([])
        self.status.setText(text)

    def move(self, step: int) -> None:  # type: ignore[override]
        """Choose the next (``step`` 1) or previous (-1) result."""
        rows = self.model.hit_indexes()
        if not rows:
            return
        current = self.view.currentIndex()
        place = next((n for n, row in enumerate(rows) if row == current), -1)
        chosen = rows[max(0, min(len(rows) - 1, place + step))]
        self.view.setCurrentIndex(chosen)
        self.view.scrollTo(chosen)

    def current_hit(self) -> Hit | None:
        return self.model.hit(self.view.currentIndex())

    def _clicked(self, index: QModelIndex) -> None:
        hit = self.model.hit(index)
        if hit is not None:
            self.opened.emit(hit)

    def place_under(self, field: QWidget) -> None:
        """Show the panel just under ``field``, inside the window, as large as the window allows."""
        window = self.parentWidget()
        assert window is not None
        corner = field.mapTo(window, QPoint(0, field.height() + 2))
        width = min(PANEL_SIZE.width(), window.width() - 16)
        height = min(PANEL_SIZE.height(), window.height() - corner.y() - 12)
        left = max(8, min(corner.x(), window.width() - width - 8))
        self.setGeometry(left, corner.y(), width, max(160, height))
        self.show()
        self.raise_()


class SearchBox(QLineEdit):
    """The toolbar's field; ``attach`` gives it the database (until then it is greyed)."""

    def __init__(self, host: SearchHost, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("searchField")
        self._host = host
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))
        self.setToolTip(
            self.tr(
                "Minutes, agenda items, decisions, actions and updates, outputs, meetings, people, organisations and "
                "attachments (their names and the words inside them). Every word counts, from its start, accents "
                'aside; "words in quotes" are a phrase.'
            )
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.setMaximumWidth(360)
        self.setEnabled(False)
        self.panel = SearchPanel(window)
        self.panel.opened.connect(self._open)
        self.panel.refilter.connect(self._search_now)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._search_now)
        self.textEdited.connect(lambda _: self._pause.start())
        self._searcher: _Searcher | None = None
        self._asked = 0
        self._asked_for = ""
        self.shown_for: str | None = None  # the query whose results the panel shows
        self._open_first = False
        self._database: Database | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        window.installEventFilter(self)  # the panel follows the window's size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.panel.isVisible():
            self.panel.place_under(self)
        return False

    def attach(self, database: Database) -> None:
        from pactdesk.services import search

        self._database = database
        self._searcher = _Searcher(database, self)
        self._searcher.answered.connect(self._answered)
        try:
            self.panel.fill_filters(*search.filter_choices(database))
        except Exception as error:  # the filters stay at "all"; the search itself still works
            logger.info("the search filters could not be read: %s", error)
        self.setEnabled(True)

    def focus(self) -> None:
        """Ctrl+K, Ctrl+Shift+F: the keyboard in the field, what it holds chosen, its results shown again."""
        if not self.isEnabled():
            return
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self._search_now()

    def close_panel(self) -> None:
        self.panel.hide()

    def stop(self) -> None:
        if self._searcher is not None:
            self._searcher.stop()

    # -- searching ---------------------------------------------------------------------------------------------------

    def _search_now(self) -> None:
        self._pause.stop()
        query = self.text()
        if self._searcher is None:
            return
        self.panel.place_under(self)
        if not query.strip():
            self._open_first = False
            self.panel.tell(self.tr("Type a word to look for: every word counts, from its start, accents aside."))
            return
        self._asked += 1
        self._asked_for = query
        self._searcher.ask(self._asked, query, *self.panel.filters())

    def _answered(self, number: int, hits: object) -> None:
        if number != self._asked or not self.panel.isVisible():
            return  # a newer query was asked meanwhile, or the panel was closed
        self.shown_for = self._asked_for
        if isinstance(hits, Exception):
            self.panel.tell(str(hits))
        else:
            assert isinstance(hits, list)
            self.panel.show_hits(hits)
            first = self.panel.current_hit()
            if self._open_first and first is not None:
                self._open(first)
        self._open_first = False

    @property
    def results(self) -> list[Hit]:
        return self.panel.model.hits()

    # -- the keyboard --------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.panel.isVisible():
            self.panel.move(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._pause.isActive() or not self.panel.isVisible():
                self._open_first = True  # Enter before the pause is over: search now, open the first result found
                self._search_now()
                return
            hit = self.panel.current_hit()
            if hit is not None:
                self._open(hit)
            return
        if key == Qt.Key.Key_Escape:
            if self.panel.isVisible():
                self.panel.hide()
            else:
                self.clear()
            return
        super().keyPressEvent(event)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The panel closes when the keyboard goes elsewhere than the field and the panel (its lists included)."""
        if new is None or not self.panel.isVisible():
            return
        widget: QWidget | None = new
        while widget is not None:
            if widget is self or widget is self.panel:
                return
            widget = widget.parentWidget()
        self.panel.hide()

    def _open(self, hit: Hit) -> None:
        self.panel.hide()
        open_hit(self._host, hit, self.text())
