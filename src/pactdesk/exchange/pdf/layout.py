"""The page every PactDesk document is printed on: A4, the committee's name at the top, "Page n of m" at the foot,
a DRAFT mark across unapproved minutes, bookmarks and a contents page, the PDF's metadata; and the styles."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from pactdesk import __version__
from pactdesk.domain.errors import CancelledError, ExchangeError
from pactdesk.domain.messages import say
from pactdesk.exchange.atomic import atomic_file
from pactdesk.exchange.pdf import fonts
from pactdesk.exchange.pdf.words import Words

Progress = Callable[[int, int], None]

INK = colors.HexColor("#1B1B1B")
ACCENT = colors.HexColor("#1F3A5F")  # headings and rules: a dark institutional blue
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#B8C0CC")
SHADE = colors.HexColor("#EEF1F5")
WARNING = colors.HexColor("#9A2A00")
MARK = colors.Color(0.75, 0.12, 0.12, alpha=0.13)  # the DRAFT mark: visible, yet the text under it stays legible

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
FRAME_HEIGHT = A4[1] - 2 * MARGIN - 8 * mm  # the body of a page, between the running head and foot


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_warning: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle
    notice: ParagraphStyle
    bullet: ParagraphStyle


def styles() -> Styles:
    fonts.register()
    body = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10, leading=14, textColor=INK, spaceAfter=5, splitLongWords=1
    )
    # Reportlab splits a text cell across pages as if its lines were 1.2 x the font size apart; so they are.
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=8.5 * 1.2, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.BOLD, textColor=ACCENT),
        cell_warning=ParagraphStyle("cell_warning", parent=cell, fontName=fonts.BOLD, textColor=WARNING),
        title=ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=18, leading=23, textColor=ACCENT),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, spaceAfter=10),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
        ),
        item=ParagraphStyle("item", parent=body, fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=9),
        notice=ParagraphStyle("notice", parent=body, fontName=fonts.BOLD, textColor=WARNING),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2, bulletFontName=fonts.SANS
        ),
    )


Cell = str | Any  # text, or a flowable (reportlab has no types)


class Alert(str):
    """Text for a cell that must stand out: bold and in the warning colour (bold too for black-and-white print)."""


def table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    style: Styles,
    *,
    header: bool = True,
    shade_first_column: bool = False,
    own_cell_styles: bool = False,
) -> Table:
    """A ruled table that may break across pages, its header repeated on each page.

    A cell given as text shows exactly that text (line breaks kept); text in Noto Sans alone is wrapped here and
    drawn as plain lines, which is many times faster than a paragraph, and anything else becomes a paragraph.

    The cells share three cell styles (body, header, alert) instead of each being styled by commands, which
    reportlab re-applies to every cell of every piece whenever a long table breaks over a page. A caller that
    will restyle single cells (``setStyle`` with padding or alignment) asks for ``own_cell_styles``."""
    body = _cell_style("body", style, fonts.SANS, INK)
    shared = {
        "body": body,
        "head": _cell_style("head", style, fonts.BOLD, ACCENT),
        "alert": _cell_style("alert", style, fonts.BOLD, WARNING),
    }
    cells = []
    kinds = []
    for row_number, row in enumerate(rows):
        line, kind = [], []
        for value, width in zip(row, widths, strict=True):
            chosen = "head" if header and row_number == 0 else "alert" if isinstance(value, Alert) else "body"
            line.append(_cell(value, width, style, bold=chosen != "body"))
            kind.append(shared[chosen] if not own_cell_styles else shared[chosen].copy())
        cells.append(line)
        kinds.append(kind)
    commands: list[tuple[Any, ...]] = [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if shade_first_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
    found = _Table(
        cells, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT", cellStyles=kinds
    )
    found.setStyle(TableStyle(commands))
    return found


def _cell_style(name: str, style: Styles, font: str, color: colors.Color) -> CellStyle:
    found = CellStyle(name)
    found.fontname = font
    found.fontsize = style.cell.fontSize
    found.leading = style.cell.leading
    found.color = color
    found.valign = "TOP"
    found.leftPadding = found.rightPadding = PADDING
    found.topPadding = 3
    found.bottomPadding = 4
    return found


PADDING = 4


class _Table(Table):
    """A table that sets all its text cells in one text object, drawn over the backgrounds and rules, instead of
    reportlab's one text object per line: long tables draw about twice as fast. Only left-aligned, top-aligned
    text is drawn here; anything else goes to reportlab."""

    _text: Any = None

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Whole rows where they fit; a row is cut across pages only when it is taller than a whole page (a very
        long text), never just because the page is nearly full: then the table moves on to the next page."""
        self._calc(available_width, available_height)
        parts: list[Flowable] = self._splitRows(available_height, doInRowSplit=0)
        if parts:
            return parts
        first = min(self.repeatRows, len(self._rowHeights) - 1)
        if sum(self._rowHeights[: first + 1]) > FRAME_HEIGHT - 12:  # a fresh frame holds FRAME_HEIGHT less padding
            cut: list[Flowable] = self._splitRows(available_height, doInRowSplit=1)
            return cut
        return []

    def draw(self) -> None:
        self._text = None
        super().draw()
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None

    def _drawCell(self, value: Any, style: Any, position: Any, size: Any) -> None:
        if not isinstance(value, str) or style.alignment != "LEFT" or style.valign != "TOP" or style.href:
            super()._drawCell(value, style, position, size)
            return
        if not value:
            return
        text = self._text
        if text is None:
            text = self._text = self.canv.beginText()
            text.setFont(style.fontname, style.fontsize, style.leading)
            text.setFillColor(style.color)
            self._text_style = style
        elif self._text_style is not style:
            current = self._text_style
            if (
                style.fontname != current.fontname
                or style.fontsize != current.fontsize
                or style.leading != current.leading
            ):
                text.setFont(style.fontname, style.fontsize, style.leading)
            if style.color != current.color:
                text.setFillColor(style.color)
            self._text_style = style
        text.setTextOrigin(position[0] + style.leftPadding, position[1] + size[1] - style.topPadding - style.fontsize)
        text.textLines(value, trim=0)


def _cell(value: Cell, width: float, style: Styles, *, bold: bool) -> Cell:
    if not isinstance(value, str):
        return value
    lines = _plain_lines(str(value), width - 2 * PADDING, style.cell.fontSize, fonts.BOLD if bold else fonts.SANS)
    if lines is not None:
        return lines
    chosen = (style.cell_warning if isinstance(value, Alert) else style.cell_head) if bold else style.cell
    return Paragraph(fonts.markup(value, lines=True), chosen)


@lru_cache(maxsize=100_000)
def _plain_lines(text: str, width: float, size: float, font: str) -> str | None:
    """``text`` broken into lines of Noto Sans that fit ``width``; None when it needs a paragraph (a character
    from a fallback font, or a word too long for the column)."""
    text = fonts.clean(text)
    if not fonts.covered(text):
        return None
    lines: list[str] = []
    for line in text.split("\n"):
        for part in simpleSplit(line, font, size, width) or [""]:
            if stringWidth(part, font, size) > width:
                return None
            lines.append(part)
    return "\n".join(lines)


class State(Flowable):
    """An invisible mark in the story: from here on, pages belong to ``label`` (a meeting), carry the DRAFT mark
    when ``draft`` and, under the page number, the version of the minutes they show (``proof``: "Approved version ·
    <fingerprint>"); with a ``bookmark`` it also starts an entry of the outline and of the contents."""

    def __init__(self, *, draft: bool, label: str = "", bookmark: str = "", proof: str = "") -> None:
        super().__init__()
        self.draft = draft
        self.label = label
        self.bookmark = bookmark
        self.proof = proof
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        document: Document = self.canv._doctemplate
        document.draft = self.draft
        document.running = self.label
        document.proof = self.proof
        if self.bookmark:
            key = f"mark-{len(document.entries)}"
            document.entries.append((self.bookmark, document.page, key))
            self.canv.bookmark_on_this_page(key)
            self.canv.addOutlineEntry(fonts.plain(self.bookmark), key, level=0, closed=True)


class Contents(Flowable):
    """The contents: the story's last flowable. It is laid out once every entry's page is known, and its pages are
    then moved to the front, after the cover (page 1); ``shift``, the pages it takes, is measured beforehand."""

    def __init__(self, words: Words, style: Styles, headings: Sequence[str]) -> None:
        super().__init__()
        self.words = words
        self.style = style
        self.shift = _pages_of(self._flowables([(heading, 9999, "") for heading in headings]))
        self.document: Document | None = None  # set by write()

    def _flowables(self, entries: Sequence[tuple[str, int, str]]) -> list[Flowable]:
        rows = [
            [
                Paragraph(
                    f'<a href="#{key}">{fonts.markup(heading)}</a>' if key else fonts.markup(heading), self.style.body
                ),
                self.words.number(page),
            ]
            for heading, page, key in entries
        ]
        listing = table(rows, [WIDTH - 16 * mm, 16 * mm], self.style, header=False, own_cell_styles=True)
        listing.setStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTSIZE", (1, 0), (1, -1), 10)])
        return [Paragraph(fonts.markup(self.words("contents")), self.style.title), listing]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1  # never fits: the frame asks split() for the real thing

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        document = self.document
        assert document is not None, "write() hands the contents its document"
        entries = [(heading, page + self.shift, key) for heading, page, key in document.entries]
        return [_ContentsStart(self.shift), *self._flowables(entries)]


class _ContentsStart(Flowable):
    def __init__(self, shift: int) -> None:
        super().__init__()
        self.shift = shift

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        document: Document = self.canv._doctemplate
        document.contents_from = document.page
        document.contents_shift = self.shift


def _pages_of(flowables: list[Flowable]) -> int:
    """How many pages ``flowables`` take on their own."""
    trial = BaseDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN)
    trial.addPageTemplates([PageTemplate(id="page", frames=[_frame(trial)])])
    trial.build(list(flowables))
    return int(trial.page)


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    language: str
    keywords: tuple[str, ...] = ()


def _frame(document: BaseDocTemplate) -> Frame:
    return Frame(MARGIN, MARGIN + 2 * mm, WIDTH, FRAME_HEIGHT, id="body")


class Document(BaseDocTemplate):
    """A4 pages with the committee's name on top and the page numbers at the foot; ``progress(done, total)`` is
    told of every flowable laid out (and raises ``CancelledError`` to stop)."""

    def __init__(
        self, filename: str | IO[bytes], words: Words, metadata: Metadata, progress: Progress | None, *, invariant: bool
    ) -> None:
        super().__init__(
            filename,
            invariant=1 if invariant else 0,
            pagesize=A4,
            title=fonts.plain(metadata.title),
            subject=fonts.plain(metadata.subject),
            author=fonts.plain(metadata.author),
            creator=f"PactDesk {__version__}",
            keywords=[fonts.plain(word) for word in metadata.keywords],
            lang="pt-PT" if metadata.language == "pt" else "en-GB",
            displayDocTitle=1,
            initialFontName=fonts.SANS,
        )
        self.words = words
        self.progress = progress
        self.draft = False
        self.running = ""
        self.proof = ""
        self.entries: list[tuple[str, int, str]] = []  # heading, page as laid out, bookmark key
        self.contents_from: int | None = None  # the first page of the contents, as laid out (they go last)
        self.contents_shift = 0
        self.laid_out = 0
        self.total = 1
        self.addPageTemplates([PageTemplate(id="page", frames=[_frame(self)], onPage=self._head, onPageEnd=self._mark)])

    def _head(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.SANS, 7.5)
        canvas.setFillColor(MUTED)
        top = A4[1] - MARGIN + 2 * mm
        canvas.drawString(MARGIN, top, self.words("committee"))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)
        canvas.restoreState()

    def _mark(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        if self.running:  # the meeting the page belongs to, at the foot beside the page number
            canvas.setFont(fonts.SANS, 7.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(MARGIN, MARGIN - 4 * mm, fonts.plain(self.running))
        if self.proof:  # small, on a line of its own: the whole fingerprint, to be checked against the record
            canvas.setFont(fonts.SANS, 6.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(MARGIN, MARGIN - 8 * mm, fonts.plain(self.proof))
        if self.draft:
            canvas.setFillColor(MARK)
            canvas.setFont(fonts.BOLD, 96)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(52)
            canvas.drawCentredString(0, -34, self.words("draft"))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        self.laid_out += 1
        if self.progress is not None and self.laid_out % 25 == 0:
            self.progress(min(self.laid_out, self.total), self.total)


def _numbered_canvas(words: Words, document: Document) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds each page back until the last one is known; then puts the contents (laid out last) in front,
        and writes the bookmarks and "Page n of m" on every page in its final place."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._keys: list[str] = []

        def bookmark_on_this_page(self, key: str) -> None:
            self._keys.append(key)  # PDF page references are only known once the page is written, in save()

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__, _keys=self._keys))
            self._keys = []
            self._startPage()

        def save(self) -> None:
            pages = self._pages
            if document.contents_from is not None:
                start = document.contents_from - 1
                front = pages[start:]
                if len(front) != document.contents_shift:
                    raise ExchangeError(
                        say(
                            "The contents took {pages} pages where {planned} were planned.",
                            "O índice ocupou {pages} páginas, quando estavam previstas {planned}.",
                            pages=len(front),
                            planned=document.contents_shift,
                        )
                    )
                pages = pages[:1] + front + pages[1:start]
            total = len(pages)
            for number, page in enumerate(pages, start=1):
                self.__dict__.update(page)
                for key in page["_keys"]:
                    self.bookmarkPage(key)
                self.saveState()
                self.setFont(fonts.SANS, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(A4[0] - MARGIN, MARGIN - 4 * mm, words("page", n=number, m=total))
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


Finish = Callable[[bytes], bytes]


def write(
    target: Path,
    story: list[Flowable],
    words: Words,
    metadata: Metadata,
    progress: Progress | None = None,
    *,
    finish: Finish | None = None,
    invariant: bool = False,
) -> Path:
    """Lay ``story`` out once and write it to ``target`` atomically; ``finish`` may rework the PDF's bytes first
    (pdfa.py), and ``invariant`` leaves out the moment it was made, so the same story gives the same bytes."""
    fonts.register()
    target = Path(target).expanduser()
    with atomic_file(target) as temporary:
        _build(str(temporary), target.name, story, words, metadata, progress, invariant)
        if finish is not None:
            temporary.write_bytes(_finished(finish, temporary.read_bytes(), target.name))
    return target


def render(
    story: list[Flowable],
    words: Words,
    metadata: Metadata,
    name: str,
    progress: Progress | None = None,
    *,
    finish: Finish | None = None,
    invariant: bool = False,
) -> bytes:
    """``write``, into memory: the bytes of the PDF (``name`` is what a failure calls it)."""
    fonts.register()
    buffer = io.BytesIO()
    _build(buffer, name, story, words, metadata, progress, invariant)
    data = buffer.getvalue()
    return data if finish is None else _finished(finish, data, name)


def _build(
    destination: str | IO[bytes],
    name: str,
    story: list[Flowable],
    words: Words,
    metadata: Metadata,
    progress: Progress | None,
    invariant: bool,
) -> None:
    document = Document(destination, words, metadata, progress, invariant=invariant)
    document.total = len(story)
    for flowable in story:
        if isinstance(flowable, Contents):
            flowable.document = document
    try:
        document.build(story, canvasmaker=_numbered_canvas(words, document))
    except (CancelledError, OSError):
        raise
    except Exception as error:  # reportlab's LayoutError and kin: say what failed, keep any older file
        raise _failed(name, error) from error


def _finished(finish: Finish, data: bytes, name: str) -> bytes:
    try:
        return finish(data)
    except (CancelledError, OSError):
        raise
    except Exception as error:  # pikepdf could not rework what reportlab wrote: a bug to report, never a half file
        raise _failed(name, error) from error


def _failed(name: str, error: Exception) -> ExchangeError:
    return ExchangeError(
        say(
            "{name} could not be laid out ({error}). Any older file with that name is unchanged; please report "
            "this with the meeting's reference.",
            "Não foi possível paginar {name} ({error}). Qualquer ficheiro anterior com esse nome mantém-se "
            "inalterado; comunique este erro, indicando a referência da reunião.",
            name=name,
            error=f"{error.__class__.__name__}: {str(error)[:200]}",
        )
    )
