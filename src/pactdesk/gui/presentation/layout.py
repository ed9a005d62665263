"""The wall's pages as plain content (a title, big figures, lists of entries) and how a page is fitted to a screen:
fonts scaled to the screen's height, text wrapped and elided, and lists cut to what fits, with “+N more”."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPaintDevice

# Body text is 32 pt on a wall 1080 pixels high, and in proportion on others: readable from the back of a room.
BODY_POINTS_AT_1080 = 32.0
REFERENCE_HEIGHT = 1080
MINIMUM_BODY_POINTS = 7.0


class Tone(enum.Enum):
    TEXT = "#f4f6f8"
    MUTED = "#b9c1cc"
    ACCENT = "#ffd166"
    WARNING = "#ffa06b"
    HEADING = "#8fd3ff"


BACKGROUND = "#0d1117"
BAND = "#1c2633"  # behind the current agenda item and the figures
RULE = "#3a4656"


def luminance(colour: str) -> float:
    """The relative luminance of ``#rrggbb`` (WCAG 2)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class Role(enum.Enum):
    """A kind of text on the wall; ``scale`` is its size against the body text."""

    TITLE = "title"
    HEADING = "heading"
    BODY = "body"
    DETAIL = "detail"
    FIGURE = "figure"

    @property
    def scale(self) -> float:
        return _SCALES[self]


_SCALES = {Role.TITLE: 1.45, Role.HEADING: 1.0, Role.BODY: 1.0, Role.DETAIL: 0.9, Role.FIGURE: 2.0}


BOLD_ROLES = (Role.TITLE, Role.HEADING, Role.FIGURE)


@dataclass(frozen=True)
class Entry:
    """One line of a list (it wraps to ``max_lines``): a ``marker`` in the margin (“▶”, “1.”, “•”), a ``tag`` at
    the right of its first line (a status, planned minutes) and a smaller ``detail`` line under it."""

    text: str
    marker: str = ""
    tag: str = ""
    detail: str = ""
    bold: bool = False
    tone: Tone = Tone.TEXT
    tag_tone: Tone = Tone.TEXT
    detail_tone: Tone = Tone.MUTED
    band: bool = False
    max_lines: int = 2


@dataclass(frozen=True)
class Section:
    """A heading and its entries. Entries that do not fit are counted in a last line (“+3 more”) and, when
    ``anchor`` (the entry that must stay in view: the current item, the latest paragraph) is far down, in a first
    line (“↑ 2 earlier”). Sections of a lower ``priority`` get their room first; those of the same priority share
    it an entry at a time."""

    heading: str
    entries: tuple[Entry, ...]
    empty: str = ""
    anchor: int = 0
    priority: int = 0


@dataclass(frozen=True)
class Figure:
    value: str
    label: str
    tone: Tone = Tone.TEXT


@dataclass(frozen=True)
class WallPage:
    title: str
    subtitle: str = ""
    figures: tuple[tuple[Figure, ...], ...] = ()
    sections: tuple[Section, ...] = ()
    message: str = ""  # said in the middle of the page when there is nothing else
    footer: str = ""
    corner: str = ""  # the footer's right end: where the meeting is, the time
    more: str = "+{0} more"  # entries of a list cut at the end, and at the start
    earlier: str = "↑ {0} earlier"


@dataclass(frozen=True)
class Placed:
    """Something to paint: text in ``rect`` in the font of ``role``, or (no text) a band or a rule."""

    rect: QRectF
    text: str = ""
    role: Role = Role.BODY
    tone: Tone = Tone.TEXT
    bold: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    fill: str = ""


@dataclass
class WallFonts:
    """The wall's fonts, sized for a screen ``height`` pixels high whose logical resolution is ``dpi``, and measured
    as that screen draws them. (A font measured without a paint device is measured at the primary screen's
    resolution: with the wall on a screen of another one, the lists were cut for text of another size.)"""

    family: str
    height: int
    dpi: float = 96.0
    _fonts: dict[tuple[Role, bool], QFont] = field(default_factory=dict)
    _device: QImage | None = field(default=None, repr=False, compare=False)

    def points(self, role: Role) -> float:
        return max(MINIMUM_BODY_POINTS, BODY_POINTS_AT_1080 * self.height / REFERENCE_HEIGHT) * role.scale

    def pixels(self, role: Role) -> float:
        return self.points(role) * self.dpi / 72

    def font(self, role: Role, bold: bool = False) -> QFont:
        bold = bold or role in BOLD_ROLES
        key = (role, bold)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(self.points(role))
            font.setBold(bold)
            self._fonts[key] = font
        return self._fonts[key]

    def font_on(self, device: QPaintDevice, role: Role, bold: bool = False) -> QFont:
        """The font of ``role`` to paint on ``device`` as big, in the wall's pixels, as on the wall itself (the
        presenter's preview may be on a screen of another resolution)."""
        font = self.font(role, bold)
        dpi = device.logicalDpiY()
        if dpi <= 0 or dpi == round(self.dpi):
            return font
        scaled = QFont(font)
        scaled.setPointSizeF(font.pointSizeF() * self.dpi / dpi)
        return scaled

    def metrics(self, role: Role, bold: bool = False) -> QFontMetricsF:
        if self._device is None:
            # A stand-in for the wall's screen: a paint device of the same logical resolution.
            self._device = QImage(1, 1, QImage.Format.Format_RGB32)
            dots_per_metre = round(self.dpi / 0.0254)
            self._device.setDotsPerMeterX(dots_per_metre)
            self._device.setDotsPerMeterY(dots_per_metre)
        return QFontMetricsF(self.font(role, bold), self._device)

    def line(self, role: Role, bold: bool = False) -> float:
        """The height of a line of ``role``: all of the font's height (ascent and descent), so that nothing drawn
        under it can cover a descender, or more where the font asks for leading."""
        metrics = self.metrics(role, bold)
        return max(metrics.height(), metrics.lineSpacing())


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` in lines no wider than ``width``, at most ``max_lines`` of them: the last one ends in “…” when the
    text goes on; a word too long for a line is cut."""
    words = text.split()
    lines: list[str] = []
    while words:
        if len(lines) == max(max_lines, 1) - 1:
            lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
            break
        line, words = _take_line(words, metrics, width)
        lines.append(line)
    return lines


def _take_line(words: list[str], metrics: QFontMetricsF, width: float) -> tuple[str, list[str]]:
    line = ""
    for count, word in enumerate(words):
        trial = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(trial) <= width:
            line = trial
            continue
        if line:
            return line, words[count:]
        cut = max(1, _fitting_prefix(word, metrics, width))
        return word[:cut], [word[cut:], *words[count + 1 :]]
    return line, []


def _fitting_prefix(word: str, metrics: QFontMetricsF, width: float) -> int:
    low, high = 0, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass
class _Block:
    height: float
    parts: list[Placed]


def _moved(parts: Sequence[Placed], x: float, y: float) -> list[Placed]:
    return [
        Placed(part.rect.translated(x, y), part.text, part.role, part.tone, part.bold, part.align, part.fill)
        for part in parts
    ]


class _Fitter:
    """Lays out one page for one size; see ``lay_out``."""

    def __init__(self, page: WallPage, width: float, height: float, fonts: WallFonts) -> None:
        self.page, self.fonts = page, fonts
        self.width, self.height = width, height
        self.margin_x = max(12.0, width * 0.05)
        self.margin_y = max(8.0, height * 0.045)
        self.content = max(40.0, width - 2 * self.margin_x)
        self.body = fonts.line(Role.BODY)
        self.gap = self.body * 0.5
        self.row_gap = self.body * 0.25  # between the entries of a list: the last one needs none under it
        self.section_gap = self.gap + self.row_gap
        self.placed: list[Placed] = []

    def text(
        self,
        x: float,
        y: float,
        w: float,
        role: Role,
        text: str,
        *,
        tone: Tone = Tone.TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """Place one line; returns its height."""
        bold = role in BOLD_ROLES
        line = self.fonts.line(role, bold)
        self.placed.append(Placed(QRectF(x, y, w, line), text, role, tone, bold, align))
        return line

    def run(self) -> list[Placed]:
        page, fonts = self.page, self.fonts
        x, y = self.margin_x, self.margin_y
        title = fonts.metrics(Role.TITLE)
        for line in wrap(page.title, title, self.content, 2):
            y += self.text(x, y, self.content, Role.TITLE, line)
        if page.subtitle:
            subtitle = fonts.metrics(Role.DETAIL).elidedText(page.subtitle, Qt.TextElideMode.ElideRight, self.content)
            y += self.text(x, y, self.content, Role.DETAIL, subtitle, tone=Tone.MUTED)
        y += self.gap * 0.6
        self.placed.append(Placed(QRectF(x, y, self.content, max(1.0, self.height / 540)), fill=RULE))
        y += self.gap
        footer_top = bottom = self.height - self.margin_y
        if page.footer or page.corner:
            footer_top = bottom = bottom - fonts.line(Role.DETAIL)
            bottom -= self.gap
        for row in page.figures:
            y = self.figures(row, y, bottom)
        if page.message:
            message = fonts.metrics(Role.BODY)
            lines = wrap(page.message, message, self.content, 4)
            top = y + max(0.0, (bottom - y - len(lines) * self.body) / 2)
            for line in lines:
                top += self.text(x, top, self.content, Role.BODY, line, align=Qt.AlignmentFlag.AlignHCenter)
        self.sections(y, bottom)
        if page.footer or page.corner:  # placed last, to be read last
            detail = fonts.metrics(Role.DETAIL)
            corner_width = detail.horizontalAdvance(page.corner) + self.body if page.corner else 0.0
            footer = detail.elidedText(page.footer, Qt.TextElideMode.ElideRight, self.content - corner_width)
            self.text(x, footer_top, self.content - corner_width, Role.DETAIL, footer, tone=Tone.MUTED)
            right = Qt.AlignmentFlag.AlignRight
            self.text(x, footer_top, self.content, Role.DETAIL, page.corner, tone=Tone.MUTED, align=right)
        return self.placed

    # -- big figures ------------------------------------------------------------------------------------------

    def figures(self, figures: tuple[Figure, ...], y: float, bottom: float) -> float:
        """Tiles with a big number each, in a row; on a narrow wall in rows of even length (2 + 2, not 3 + 1),
        unless that is too tall. Rows that still do not fit are left out."""
        if not figures:
            return y
        gutter = self.body * 0.6
        fitting = max(1, int((self.content + gutter) // (self.fonts.pixels(Role.BODY) * 6 + gutter)))
        per_row = -(-len(figures) // -(-len(figures) // fitting))
        while True:
            rows = [figures[first : first + per_row] for first in range(0, len(figures), per_row)]
            tiles = [self._tiles(row, gutter) for row in rows]
            if sum(height + self.gap for _, _, height in tiles) <= bottom - y or per_row >= len(figures):
                break
            per_row += 1
        for row, (width, labels, height) in zip(rows, tiles, strict=True):
            if y + height > bottom:
                break
            self._figure_row(row, y, width, labels, height, gutter)
            y += height + self.gap
        return y

    def _tiles(self, row: tuple[Figure, ...], gutter: float) -> tuple[float, list[list[str]], float]:
        """The tiles' width, their labels' lines and their height."""
        width = (self.content - gutter * (len(row) - 1)) / len(row)
        pad = self.body * 0.35
        label = self.fonts.metrics(Role.DETAIL)
        labels = [wrap(figure.label, label, width - 2 * pad, 2) for figure in row]
        height = (
            pad * 2 + self.fonts.line(Role.FIGURE) + max(len(lines) for lines in labels) * self.fonts.line(Role.DETAIL)
        )
        return width, labels, height

    def _figure_row(
        self, row: tuple[Figure, ...], y: float, width: float, labels: list[list[str]], height: float, gutter: float
    ) -> None:
        pad = self.body * 0.35
        value_line = self.fonts.line(Role.FIGURE)
        for number, (figure, lines) in enumerate(zip(row, labels, strict=True)):
            left = self.margin_x + number * (width + gutter)
            self.placed.append(Placed(QRectF(left, y, width, height), fill=BAND))
            self.text(left + pad, y + pad, width - 2 * pad, Role.FIGURE, figure.value, tone=figure.tone)
            top = y + pad + value_line
            for line in lines:
                top += self.text(left + pad, top, width - 2 * pad, Role.DETAIL, line, tone=Tone.MUTED)

    # -- lists ------------------------------------------------------------------------------------------------

    def entry(self, entry: Entry, gutter: float) -> _Block:
        fonts = self.fonts
        body = fonts.metrics(Role.BODY, entry.bold)
        line = fonts.line(Role.BODY, entry.bold)
        # A band is drawn inside the block it belongs to, padding included: reaching above it, it covered the
        # descenders of the line before (the list's heading, “↑ 2 earlier”).
        pad = self.body * 0.2 if entry.band else 0.0
        tag_width = 0.0
        if entry.tag:
            tag_width = min(self.content * 0.4, body.horizontalAdvance(entry.tag)) + self.body * 0.6
        text_width = self.content - gutter - tag_width
        lines = wrap(entry.text, body, text_width, entry.max_lines) or [""]
        parts: list[Placed] = []
        if entry.marker:
            parts.append(Placed(QRectF(0, pad, gutter, line), entry.marker, Role.BODY, entry.tone, entry.bold))
        for number, text in enumerate(lines):
            parts.append(
                Placed(QRectF(gutter, pad + number * line, text_width, line), text, Role.BODY, entry.tone, entry.bold)
            )
        if entry.tag:
            tag = body.elidedText(entry.tag, Qt.TextElideMode.ElideRight, tag_width - self.body * 0.6)
            right = Qt.AlignmentFlag.AlignRight
            parts.append(Placed(QRectF(0, pad, self.content, line), tag, Role.BODY, entry.tag_tone, entry.bold, right))
        height = pad + len(lines) * line
        if entry.detail:
            detail = fonts.metrics(Role.DETAIL)
            detail_line = fonts.line(Role.DETAIL)
            shown = detail.elidedText(entry.detail, Qt.TextElideMode.ElideRight, self.content - gutter)
            parts.append(
                Placed(
                    QRectF(gutter, height, self.content - gutter, detail_line), shown, Role.DETAIL, entry.detail_tone
                )
            )
            height += detail_line
        if entry.band:
            height += pad
            parts.insert(0, Placed(QRectF(-pad * 2, 0, self.content + pad * 4, height), fill=BAND))
        return _Block(height, parts)

    def sections(self, top: float, bottom: float) -> None:
        sections = self.page.sections
        if not sections:
            return
        detail_line = self.fonts.line(Role.DETAIL)
        heading_line = self.fonts.line(Role.HEADING)
        blocks: list[list[_Block]] = []
        for section in sections:
            gutter = 0.0
            markers = [entry.marker for entry in section.entries if entry.marker]
            if markers:
                body = self.fonts.metrics(Role.BODY, True)
                gutter = max(body.horizontalAdvance(marker) for marker in markers) + self.body * 0.45
            blocks.append([self.entry(entry, gutter) for entry in section.entries])

        def start_of(index: int, shown: int) -> int:
            count, section = len(blocks[index]), sections[index]
            if shown <= 0:
                return 0
            anchor = min(max(section.anchor, 0), count - 1)
            return max(0, min(anchor - (shown - 1) // 3, count - shown))

        def height_of(index: int, shown: int) -> float:
            section, count = sections[index], len(blocks[index])
            height = heading_line if section.heading else 0.0
            if count == 0:
                return height + (self.body if section.empty else 0.0)
            start = start_of(index, shown)
            height += sum(block.height for block in blocks[index][start : start + shown])
            height += self.row_gap * max(0, shown - 1)
            if start > 0:
                height += detail_line
            if start + shown < count:
                height += detail_line + (self.row_gap if shown else 0.0)
            return height

        def total(shown: list[int]) -> float:
            return sum(height_of(index, shown[index]) for index in kept) + self.section_gap * (len(kept) - 1)

        room = bottom - top
        shown = [0] * len(sections)
        kept: list[int] = []
        levels = sorted({section.priority for section in sections})
        for level in levels:
            joining = [index for index, section in enumerate(sections) if section.priority == level]
            kept += joining
            while joining and total(shown) > room:  # not even their headings fit: the last of them go
                kept.remove(joining.pop())
            growing = True
            while growing:  # an entry at a time to each, while one more fits
                growing = False
                for index in joining:
                    if shown[index] >= len(blocks[index]):
                        continue
                    trial = shown.copy()
                    trial[index] += 1
                    if total(trial) <= room:
                        shown = trial
                        growing = True
            if level != levels[0]:
                # A section that gives way to others says nothing with a heading and “+N more” alone.
                kept = [index for index in kept if index not in joining or shown[index] or not blocks[index]]
        y = top
        x = self.margin_x
        for index in kept:
            section, count = sections[index], len(blocks[index])
            if section.heading:
                y += self.text(x, y, self.content, Role.HEADING, section.heading, tone=Tone.HEADING)
            if count == 0 and section.empty:
                y += self.text(x, y, self.content, Role.BODY, section.empty, tone=Tone.MUTED)
            start = start_of(index, shown[index])
            if start > 0 and shown[index]:
                y += self.text(x, y, self.content, Role.DETAIL, self.page.earlier.format(start), tone=Tone.MUTED)
            for number, block in enumerate(blocks[index][start : start + shown[index]]):
                y += self.row_gap if number else 0.0
                self.placed.extend(_moved(block.parts, x, y))
                y += block.height
            hidden = count - start - shown[index]
            if hidden > 0:
                y += self.row_gap if shown[index] else 0.0
                y += self.text(x, y, self.content, Role.DETAIL, self.page.more.format(hidden), tone=Tone.MUTED)
            y += self.section_gap


def lay_out(page: WallPage, width: float, height: float, fonts: WallFonts) -> list[Placed]:
    """Everything to paint for ``page`` on a wall ``width`` × ``height`` pixels, nothing outside it."""
    return _Fitter(page, width, height, fonts).run()


def placed_text(placed: Sequence[Placed]) -> str:
    """The text a laid-out page shows, a line per piece, in reading order."""
    return "\n".join(part.text for part in placed if part.text)
