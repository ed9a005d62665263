"""Small pieces the rooms share: a form row with its error and length limit, typed combo boxes, the tip that
shows a list's cell whole when it is cut short, and a list's columns that leave room for its title."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.errors import PactDeskError, ValidationError
from pactdesk.gui.common.errors import show_error
from pactdesk.gui.common.theme import ErrorLabel
from pactdesk.gui.common.words import word


class FieldWithError(QWidget):
    """A field with a line under it where a refused value is explained.

    With ``limit`` (characters), a text field stops there as you type, shows how many are used once near it, and
    a paste that does not fit keeps what fits and says so: nothing typed is dropped without a word.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None, *, limit: int | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = ErrorLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.count = QLabel()
        self.count.setObjectName("fieldCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.error, 1)
        below.addWidget(self.count)
        layout.addLayout(below)
        self.limit = TextLimit(field, limit, self) if limit is not None else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class TextLimit(QObject):
    """Keeps a line or a text field within ``limit`` characters, the same limit the service checks."""

    NEAR = 0.9  # the count is shown from 90 % of the limit

    def __init__(self, field: QWidget, limit: int, holder: FieldWithError) -> None:
        super().__init__(field)
        self.field, self.limit, self._holder = field, limit, holder
        self._busy = False
        if isinstance(field, QLineEdit):
            field.textChanged.connect(lambda _: self._check_line(field))
        elif isinstance(field, QPlainTextEdit):
            field.document().contentsChange.connect(lambda at, _removed, added: self._check_text(field, at, added))
        else:
            raise TypeError(f"No text limit for a {type(field).__name__}")

    def used(self) -> int:
        field = self.field
        if isinstance(field, QLineEdit):
            return len(field.text())
        assert isinstance(field, QPlainTextEdit)
        return field.document().characterCount() - 1  # the document counts a last paragraph end

    def _check_line(self, field: QLineEdit) -> None:
        excess = len(field.text()) - self.limit
        if excess > 0 and not self._busy:
            self._busy = True
            try:
                end = field.cursorPosition()
                start = max(0, end - excess)
                if end - start < excess:  # set from outside (not typed): keep the beginning
                    start, end = self.limit, len(field.text())
                field.setSelection(start, end - start)
                field.del_()  # an edit of its own, so the field's undo still holds what was there
            finally:
                self._busy = False
            self._cut(excess)
        self._show_count()

    def _check_text(self, field: QPlainTextEdit, at: int, added: int) -> None:
        excess = self.used() - self.limit
        if excess > 0 and not self._busy:
            self._busy = True
            try:
                cursor = QTextCursor(field.document())
                end = min(at + added, self.used())  # ``added`` may count the document's closing paragraph end
                start = max(at, end - excess)
                if end - start < excess:
                    start, end = self.limit, self.used()
                cursor.joinPreviousEditBlock()  # one step with the paste, for the field's undo
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                cursor.endEditBlock()
            finally:
                self._busy = False
            self._cut(excess)
        self._show_count()

    def _cut(self, excess: int) -> None:
        self._holder.show_error(
            QCoreApplication.translate(
                "TextLimit", "This field holds at most {0} characters: the last {1} did not fit and were not kept."
            ).format(f"{self.limit:n}", f"{excess:n}")
        )

    def _show_count(self) -> None:
        used = self.used()
        near = used >= self.limit * self.NEAR
        self._holder.count.setVisible(near)
        if near:
            self._holder.count.setText(f"{used:n} / {self.limit:n}")


class ChoiceBox(QComboBox):
    """A combo box whose choices are Python values kept beside its items, never inside Qt.

    A value stored as Qt item data comes back converted by the binding (Qt for Python 6.11 returns a ``StrEnum``
    as a plain ``str``, a tuple as a list), so every combo box of PactDesk keeps its values here and hands back
    the very object it was given: an enum member, an id, a code, a tuple, or ``None``.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._values: list[Any] = []

    def add_choice(self, label: str, value: Any) -> None:
        self.addItem(label)
        self._values.append(value)

    def insert_choice(self, index: int, label: str, value: Any) -> None:
        self.insertItem(index, label)
        self._values.insert(index, value)

    def clear(self) -> None:
        super().clear()
        self._values.clear()

    def value(self) -> Any:
        """The value of the chosen entry (``None`` when nothing is chosen)."""
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def value_at(self, index: int) -> Any:
        return self._values[index]

    def index_of(self, value: Any) -> int:
        """The entry holding ``value`` (equal, and of the same type, so ``1`` is not ``True``), else -1."""
        for index, candidate in enumerate(self._values):
            if type(candidate) is type(value) and candidate == value:
                return index
        return -1

    def set_value(self, value: Any) -> bool:
        """Choose the entry holding ``value`` without emitting signals; the first entry if none does."""
        index = self.index_of(value)
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        return index >= 0

    # Qt's own data calls would read item data this box never stores: refuse them loudly rather than answer None.
    def currentData(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("ChoiceBox keeps its values itself: call value(), not currentData().")

    def findData(self, *args: Any, **kwargs: Any) -> int:
        raise TypeError("ChoiceBox keeps its values itself: call index_of(), not findData().")

    def itemData(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("ChoiceBox keeps its values itself: call value_at(), not itemData().")


class WrappingLabel(QLabel):
    """A label that wraps its words, as tall as its text needs at its width, without telling its layout that its
    height depends on its width: a scroll area told so gives everything in it its preferred height, not its least,
    and scrolls where nothing needed to."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            hint.setHeight(max(hint.height(), super().heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the height it needs changed with its width


Combo = TypeVar("Combo", bound=QComboBox)


def compact(combo: Combo, characters: int = 12) -> Combo:
    """Let ``combo`` be as narrow as ``characters`` letters, however long its entries (a goal's or a cluster's full
    name): Qt sizes a combo box for its longest entry, which would make the window wider than a laptop's screen.
    The open list still shows the entries whole, and a tip shows the chosen one."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)

    def tip() -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(lambda _: tip())
    tip()
    return combo


class WholeTextTips(QStyledItemDelegate):
    """The delegate of a list whose cells may be cut short ("Enviar orçam…"): pointing at such a cell shows its
    whole text, followed by the list's own tip for it when it has one that does not already hold that text."""

    MOST_LINES = 3

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.setItemDelegate(self)

    def cut_short(self, view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The whole text of the cell at ``index`` when the view shows less of it, else ``None``."""
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        self.initStyleOption(option, index)
        text = option.text
        if not text or option.rect.isEmpty():
            return None
        style = option.widget.style() if option.widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        room = room.adjusted(margin, 0, -margin, 0)
        metrics = option.fontMetrics
        if option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            needed = metrics.boundingRect(QRect(0, 0, max(room.width(), 1), 100_000), Qt.TextFlag.TextWordWrap, text)
            fits = needed.height() <= room.height() and needed.width() <= room.width()
        else:
            fits = "\n" not in text and metrics.horizontalAdvance(text) <= room.width()
        return None if fits else text

    def whole_text_tip(self, view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """What pointing at the cell at ``index`` shows: its whole text if cut short, with the list's own tip."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        own = str(own) if own else ""
        whole = self.cut_short(view, index)
        if whole is None or whole in own:
            return own or None
        return f"{whole}\n\n{own}" if own else whole

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # A tree measures its rows without their columns' widths (Qt's shortcut), so a wrapped cell would keep
        # one line: measure it in its column's width.
        view = self.parent()
        if isinstance(view, QTreeView) and view.wordWrap() and not isinstance(view, QListView):
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, max(view.columnWidth(index.column()), 1), 1)
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            size = super().sizeHint(option, index)
            # At most three lines a row, so that a list of long actions can still be run through by eye; a cell
            # that needs more ends in "…" and shows whole when pointed at.
            most = option.fontMetrics.lineSpacing() * self.MOST_LINES + 6
            return QSize(size.width(), min(size.height(), most))
        return super().sizeHint(option, index)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = self.whole_text_tip(view, index)
        if not tip:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), tip, view.viewport(), view.visualRect(index))
        return True


def wrapping_list(tree: QTreeWidget, stretching: int) -> None:
    """A list that wraps its cells onto more lines instead of cutting them short ("Enviar orçam…"), gives column
    ``stretching`` what the others leave, and shows any cell still cut short whole when pointed at."""
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretching, QHeaderView.ResizeMode.Stretch)
    WholeTextTips(tree)
    # A tree sizes its rows once; wrapped cells need them sized again when a column gets wider or narrower.
    relayout = QTimer(tree)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(tree.doItemsLayout)
    header.sectionResized.connect(lambda *_: relayout.start())


def fit_columns(tree: QTreeWidget, stretching: int) -> None:
    """Each column but ``stretching`` as wide as its contents, up to about eleven letters (then it wraps)."""
    widest = tree.fontMetrics().averageCharWidth() * 11 + 16
    for column in range(tree.columnCount()):
        if column != stretching:
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(tree.columnWidth(column), widest))


def enum_combo(kind: type[enum.Enum], *, empty: str | None = None, name: str = "") -> ChoiceBox:
    """A combo box of an enum's members, labelled in the user's language; ``empty`` adds a blank first choice."""
    combo = ChoiceBox(name)
    if empty is not None:
        combo.add_choice(empty, None)
    for member in kind:
        combo.add_choice(word(member), member)
    return combo


def guarded(
    parent: QWidget,
    action: Callable[[], None],
    fields: dict[str, FieldWithError] | None = None,
    *,
    fallback: FieldWithError | None = None,
) -> bool:
    """Run a save; a refused value is explained beside its field (else under ``fallback``, else in a box), and
    ``False`` returned. A dialog passes its main field as ``fallback``, so it stays open with what was typed."""
    for holder in (fields or {}).values():
        holder.clear_error()
    try:
        action()
    except PactDeskError as error:
        holder = (fields or {}).get(error.field or "") if isinstance(error, ValidationError) else None
        holder = holder or fallback
        if holder is not None:
            holder.show_error(str(error))
        else:
            show_error(parent, error)
        return False
    return True


def buddies_to_fields(form: QFormLayout) -> None:
    """Each label of ``form`` whose field is a ``FieldWithError`` names the field inside it, not the box around it:
    Alt+letter then moves to the field, and a screen reader reads the label as the field's name."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        box = item.widget() if item is not None else None
        label = form.labelForField(box) if box is not None else None
        if isinstance(box, FieldWithError) and isinstance(label, QLabel):
            label.setBuddy(box.field)


def show_text(field: QLineEdit, text: str) -> None:
    """Put ``text`` in ``field`` showing its beginning (Qt would scroll a long title to its end, the cursor there),
    unless the person is typing in it."""
    field.setText(text)
    if not field.hasFocus():
        field.setCursorPosition(0)


def scrolling_down(content: QWidget, object_name: str, name: str) -> QScrollArea:
    """``content`` in a frameless pane that scrolls up and down, never sideways: on a small screen (1280×720 at
    125 %) a tall section scrolls rather than make the window taller than the screen."""
    scroller = QScrollArea()
    scroller.setObjectName(object_name)
    scroller.setAccessibleName(name)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroller.setWidget(content)
    return scroller


class RoomForTheTitle(QObject):
    """A list's columns fitted to what they hold, its title column taking the rest. In a narrow pane the columns of
    ``give_way`` are left out in that order until the title has ``share`` of the list's width (rather than shrinking
    to "Re…"); wider again, they come back. Only when what is left still does not fit beside a few letters of title
    are the widest cut short (each down to its header's width, its whole text shown on pointing, ``WholeTextTips``).
    ``hide`` keeps a column out whatever the width (one cluster's list needs no cluster column)."""

    def __init__(self, view: QTableView, title: int, give_way: Sequence[int] = (), share: float = 0.35) -> None:
        super().__init__(view)
        self._view, self._title, self._give_way, self._share = view, title, tuple(give_way), share
        self._narrowed: set[int] = set()
        self._hidden: set[int] = set()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(lambda *_: self.refit())
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False

    def refit(self) -> None:
        """Fit the columns once the events under way are handled (a resize or a new page of rows)."""
        self._timer.start(0)

    def hide(self, column: int, hidden: bool) -> None:
        """Keep ``column`` out (or let it back in), whatever the width."""
        if hidden:
            self._hidden.add(column)
        else:
            self._hidden.discard(column)
        self._view.horizontalHeader().setSectionHidden(column, hidden)
        self.refit()

    def left_out(self) -> set[int]:
        """The columns left out for want of room."""
        return set(self._narrowed)

    def fit(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        for column in self._narrowed - self._hidden:
            header.setSectionHidden(column, False)
        self._narrowed = set()
        width = view.viewport().width()
        shown = [c for c in range(view.model().columnCount()) if c != self._title and c not in self._hidden]
        wanted = {c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in shown}
        for leaving in self._give_way:
            if sum(wanted.values()) <= width - int(width * self._share):
                break
            if leaving in wanted:
                header.setSectionHidden(leaving, True)
                self._narrowed.add(leaving)
                del wanted[leaving]
        room = width - view.fontMetrics().averageCharWidth() * 10  # a few words of title, whatever else
        widths = dict(wanted)
        for column in sorted(widths, key=lambda c: -wanted[c]):  # the widest give way first
            excess = sum(widths.values()) - room
            if excess <= 0:
                break
            widths[column] = max(min(wanted[column], header.sectionSizeHint(column)), widths[column] - excess)
        for column, size in widths.items():
            header.resizeSection(column, size)
