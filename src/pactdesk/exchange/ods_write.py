"""Exporting the PactDesk workbook as an OpenDocument spreadsheet (.ods): the same sheets, headers, values and
languages as the .xlsx (``services.workbook.tables``), its content part streamed into the zip row by row, so memory
stays flat however many rows there are; atomic, like every export.

Each sheet has its header row bold and frozen (and repeated on printed pages), an autofilter, column widths fitted
to the first rows, real dates and date-times, and a drop-down (a content validation) on every status column. No
cell is ever a formula: every text is a string cell (``office:value-type="string"``) whose text is the paragraph
it holds. A spreadsheet evaluates only a cell that carries a ``table:formula`` attribute, which PactDesk never
writes, so ``=1+1`` is shown as those four characters and comes back as them.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from pactdesk import __version__
from pactdesk.domain.language import LANGUAGES
from pactdesk.domain.validation import xml_safe
from pactdesk.exchange.atomic import atomic_file
from pactdesk.exchange.xlsx_write import (
    ILLEGAL,
    PROGRESS_EVERY,
    SPREADSHEET_ROWS,
    WIDTH_SAMPLE,
    ExportSummary,
    Progress,
    RowCounter,
    column_widths,
    counted_rows,
)
from pactdesk.services.workbook import export, tables
from pactdesk.services.workbook.tables import Kind, Scope, Table
from pactdesk.store.database import Database

logger = logging.getLogger(__name__)

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
CM_PER_CHARACTER = 0.2  # a column's width for one character of the default 10-point font
WRITE_EVERY = 500  # rows gathered before they are written into the zip
_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
)
_HEADER_STYLE = "ceHeader"
_DATE_STYLE = "ceDate"
_MOMENT_STYLE = "ceMoment"
_WRAP_STYLE = "ceWrap"
_CELL_STYLES = f"""<number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text>\
<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>\
<number:date-style style:name="N2"><number:year number:style="long"/><number:text>-</number:text>\
<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>\
<number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text>\
<number:minutes number:style="long"/></number:date-style>\
<style:style style:name="{_HEADER_STYLE}" style:family="table-cell" style:parent-style-name="Default">\
<style:table-cell-properties fo:background-color="#dde4ee"/>\
<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>\
</style:style>\
<style:style style:name="{_DATE_STYLE}" style:family="table-cell" style:parent-style-name="Default" \
style:data-style-name="N1"/>\
<style:style style:name="{_MOMENT_STYLE}" style:family="table-cell" style:parent-style-name="Default" \
style:data-style-name="N2"/>\
<style:style style:name="{_WRAP_STYLE}" style:family="table-cell" style:parent-style-name="Default">\
<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>\
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties \
style:use-optimal-row-height="true"/></style:style>"""
_SPACES = re.compile(r"^ +| +$| {2,}")
_CHOOSE = {"en": "Choose one of: {0}.", "pt": "Escolha um destes valores: {0}."}


def export_ods(
    db: Database,
    target: Path,
    scope: Scope | None = None,
    *,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
    language: str = "en",
) -> ExportSummary:
    """Write the records in ``scope`` to the .ods ``target`` in ``language`` (``en`` or ``pt``); an older file there
    survives any failure or cancel."""
    if language not in LANGUAGES:
        raise ValueError(f"a workbook is written in {' or '.join(LANGUAGES)}, not {language!r}")
    scope = scope or Scope()
    summary = ExportSummary(Path(target), language=language)
    moment = (exported_at or datetime.now()).replace(microsecond=0)
    with atomic_file(summary.path) as temporary, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        # The mimetype first and stored, so a reader knows the file from its first bytes (ODF 1.2, part 3, 3.3).
        archive.writestr(zipfile.ZipInfo("mimetype", _zip_time(moment)), MIMETYPE, zipfile.ZIP_STORED)
        with db.read(streaming=True) as session:
            totals = counted_rows(session, scope, language)
            samples = {
                table.sheet: list(islice(export.rows(session, table, scope), WIDTH_SAMPLE)) for table in tables.TABLES
            }
            done = RowCounter(sum(totals.values()), progress)
            content = zipfile.ZipInfo("content.xml", _zip_time(moment))
            content.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(content, "w") as stream:
                _Content(stream, language, samples).write(session, scope, moment, summary, done)
        for name, text in (
            ("styles.xml", _styles()),
            ("meta.xml", _meta(moment)),
            ("settings.xml", _settings(language)),
            ("META-INF/manifest.xml", _manifest()),
        ):
            info = zipfile.ZipInfo(name, _zip_time(moment))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    logger.info("exported %s rows (%s, %s) to %s as .ods", summary.total, scope.describe(), language, summary.path)
    return summary


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)


class _Content:
    """``content.xml``, written as it is made: styles first (the column widths from each sheet's first rows), the
    drop-downs, then every sheet's rows, then the autofilters."""

    def __init__(self, stream: IO[bytes], language: str, samples: dict[str, list[tuple[Any, ...]]]) -> None:
        self.stream = stream
        self.language = language
        self.samples = samples
        self.pieces: list[str] = []
        self.widths = {table.sheet: column_widths(table, samples[table.sheet], language) for table in tables.TABLES}
        self.validations: dict[tuple[str, int], str] = {}  # the drop-down of each sheet's status column
        self.filters: list[str] = []

    def put(self, text: str) -> None:
        self.pieces.append(text)

    def flush(self) -> None:
        if self.pieces:
            self.stream.write("".join(self.pieces).encode("utf-8"))
            self.pieces = []

    def write(self, session: Any, scope: Scope, moment: datetime, summary: ExportSummary, done: RowCounter) -> None:
        self.put('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.put(f'<office:document-content {_NAMESPACES} office:version="1.2">')
        self.put("<office:automatic-styles>")
        every_width = sorted({width for widths in self.widths.values() for width in widths} | {14, 50})
        for width in every_width:
            self.put(
                f'<style:style style:name="co{width}" style:family="table-column"><style:table-column-properties '
                f'fo:break-before="auto" style:column-width="{width * CM_PER_CHARACTER:.2f}cm"/></style:style>'
            )
        self.put(_CELL_STYLES)
        self.put("</office:automatic-styles><office:body><office:spreadsheet>")
        self._validations()
        self._about(scope, moment)
        for table in tables.TABLES:
            rows = chain(self.samples.pop(table.sheet), islice(export.rows(session, table, scope), WIDTH_SAMPLE, None))
            summary.rows[table.sheet] = self._sheet(table, rows, done)
        self.put("<table:database-ranges>")
        self.put("".join(self.filters))
        self.put("</table:database-ranges></office:spreadsheet></office:body></office:document-content>")
        self.flush()

    def _validations(self) -> None:
        self.put("<table:content-validations>")
        for table in tables.TABLES:
            title = table.title(self.language)
            for number, column in enumerate(table.columns):
                if column.kind is not Kind.CHOICE:
                    continue
                name = f"val{len(self.validations) + 1}"
                self.validations[table.sheet, number] = name
                words = tuple(column.words(self.language).values())
                listed = ";".join(f'"{word}"' for word in words)
                self.put(
                    f'<table:content-validation table:name="{name}" '
                    f'table:condition="{_attribute(f"of:cell-content-is-in-list({listed})")}" '
                    f'table:allow-empty-cell="true" table:display-list="unsorted" '
                    f'table:base-cell-address="{_attribute(_address(title, number, 2))}">'
                    f'<table:error-message table:display="true" table:message-type="stop" '
                    f'table:title="{_attribute(column.header(self.language))}">'
                    f"<text:p>{_escape(_CHOOSE[self.language].format(', '.join(words)))}</text:p>"
                    "</table:error-message></table:content-validation>"
                )
        self.put("</table:content-validations>")

    def _about(self, scope: Scope, moment: datetime) -> None:
        self.put(f'<table:table table:name="{_attribute(tables.ABOUT.sheet)}">')
        self.put('<table:table-column table:style-name="co14"/><table:table-column table:style-name="co50"/>')
        self._header(tables.ABOUT.names)
        for name, value in tables.about_rows(scope, moment, self.language):
            cell = _moment_cell(value) if isinstance(value, datetime) else _text_cell(str(value))
            self.put(f'<table:table-row table:style-name="ro1">{_text_cell(name)}{cell}</table:table-row>')
        self.put("</table:table>")
        self.filters.append(_filter(0, tables.ABOUT.sheet, 2, len(tables.about_rows(scope, moment)) + 1))

    def _header(self, names: tuple[str, ...]) -> None:
        cells = "".join(
            f'<table:table-cell table:style-name="{_HEADER_STYLE}" office:value-type="string">'
            f"<text:p>{_escape(name)}</text:p></table:table-cell>"
            for name in names
        )
        self.put(f'<table:table-header-rows><table:table-row table:style-name="ro1">{cells}</table:table-row>')
        self.put("</table:table-header-rows>")

    def _sheet(self, table: Table, rows: Iterator[tuple[Any, ...]], done: RowCounter) -> int:
        title = table.title(self.language)
        self.put(f'<table:table table:name="{_attribute(title)}">')
        self.put("".join(f'<table:table-column table:style-name="co{width}"/>' for width in self.widths[table.sheet]))
        self._header(table.headers(self.language))
        cells = _converters(table, self.language, self.validations)
        count = 0
        for row in rows:
            self.put('<table:table-row table:style-name="ro1">')
            self.put("".join(convert(value) for convert, value in zip(cells, row, strict=True)))
            self.put("</table:table-row>")
            count += 1
            if count % WRITE_EVERY == 0:
                self.flush()
            if count % PROGRESS_EVERY == 0:
                done.add(PROGRESS_EVERY)
        done.add(count % PROGRESS_EVERY)
        rest = SPREADSHEET_ROWS - count - 1
        if rest > 0 and any((table.sheet, number) in self.validations for number in range(len(table.columns))):
            # The empty rows below keep the drop-downs, as a person adds rows.
            empty = "".join(
                f'<table:table-cell table:content-validation-name="{self.validations[table.sheet, number]}"/>'
                if (table.sheet, number) in self.validations
                else "<table:table-cell/>"
                for number in range(len(table.columns))
            )
            self.put(f'<table:table-row table:number-rows-repeated="{rest}">{empty}</table:table-row>')
        self.put("</table:table>")
        self.flush()
        self.filters.append(_filter(len(self.filters), title, len(table.columns), count + 1))
        return count


def _converters(table: Table, language: str, validations: dict[tuple[str, int], str]) -> list[Callable[[Any], str]]:
    """How each column's values become cells: the words of kinds, statuses and yes/no looked up once per column."""
    yes, no = tables.YES_NO[language]

    def number(value: Any) -> str:
        if value is None or value == "":
            return "<table:table-cell/>"
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
            "</table:table-cell>"
        )

    def day(value: date | None) -> str:
        if value is None:
            return "<table:table-cell/>"
        shown = value.isoformat()
        return (
            f'<table:table-cell table:style-name="{_DATE_STYLE}" office:value-type="date" office:date-value="{shown}">'
            f"<text:p>{shown}</text:p></table:table-cell>"
        )

    def listed(value: tuple[Any, ...]) -> str:
        return _text_cell("; ".join(map(str, value)))

    def yes_no(value: bool) -> str:
        return _text_cell(yes if value else no)

    def choice(words: dict[str, str], validation: str) -> Callable[[Any], str]:
        def word(value: str) -> str:
            return _text_cell(words.get(value, value), validation)

        return word

    by_kind: dict[Kind, Callable[[Any], str]] = {
        Kind.TEXT: _text_cell,
        Kind.DATE: day,
        Kind.DATETIME: lambda value: "<table:table-cell/>" if value is None else _moment_cell(value),
        Kind.NUMBER: number,
        Kind.YESNO: yes_no,
        Kind.GOALS: listed,
        Kind.REFS: listed,
    }
    return [
        choice(column.words(language), validations[table.sheet, position])
        if column.kind is Kind.CHOICE
        else by_kind[column.kind]
        for position, column in enumerate(table.columns)
    ]


def _text_cell(value: str, validation: str = "") -> str:
    checked = f' table:content-validation-name="{validation}"' if validation else ""
    if not value:
        return f"<table:table-cell{checked}/>"
    if ILLEGAL.search(value):
        value = ILLEGAL.sub("", value)
    value = xml_safe(value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in value:
        paragraphs = "".join(_paragraph(line) for line in value.split("\n"))
        return (
            f'<table:table-cell table:style-name="{_WRAP_STYLE}"{checked} office:value-type="string">{paragraphs}'
            "</table:table-cell>"
        )
    return f'<table:table-cell{checked} office:value-type="string">{_paragraph(value)}</table:table-cell>'


def _paragraph(line: str) -> str:
    """One line of a cell's text as a paragraph: spaces that ODF would collapse (leading, trailing, runs) as
    ``text:s``. A tab stays a tab character: LibreOffice (7.4) drops a ``text:tab`` from a cell it reads, and keeps
    the character."""
    if not line:
        return "<text:p/>"
    text = _escape(line)
    if "  " in text or text[0] == " " or text[-1] == " ":
        text = _SPACES.sub(_space, text)
    return f"<text:p>{text}</text:p>"


def _space(match: re.Match[str]) -> str:
    found = match.group()
    return "<text:s/>" if len(found) == 1 else f'<text:s text:c="{len(found)}"/>'


def _moment_cell(value: datetime) -> str:
    value = value.replace(microsecond=0)
    return (
        f'<table:table-cell table:style-name="{_MOMENT_STYLE}" office:value-type="date" '
        f'office:date-value="{value.isoformat()}"><text:p>{value:%Y-%m-%d %H:%M}</text:p></table:table-cell>'
    )


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _attribute(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


def _column_letters(number: int) -> str:
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _address(sheet: str, column: int, row: int) -> str:
    quoted = sheet.replace("'", "''")
    return f"'{quoted}'.{_column_letters(column)}{row}"


def _filter(number: int, sheet: str, columns: int, rows: int) -> str:
    start = _address(sheet, 0, 1)
    end = _address(sheet, columns - 1, max(rows, 1))
    return (
        f'<table:database-range table:name="__Anonymous_Sheet_DB__{number}" '
        f'table:target-range-address="{_attribute(start)}:{_attribute(end)}" table:display-filter-buttons="true"/>'
    )


def _styles() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_NAMESPACES} office:version="1.2">'
        "<office:styles>"
        '<style:default-style style:family="table-cell"><style:text-properties fo:font-size="10pt"/>'
        "</style:default-style>"
        '<style:style style:name="Default" style:family="table-cell"/>'
        "</office:styles></office:document-styles>"
    )


def _meta(moment: datetime) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
        f"<meta:generator>PactDesk/{__version__}</meta:generator>"
        f"<meta:creation-date>{moment.isoformat()}</meta:creation-date>"
        f"<dc:title>{_escape(tables.FORMAT_NAME)}</dc:title>"
        "</office:meta></office:document-meta>"
    )


def _settings(language: str) -> str:
    """Each sheet's view: the first row frozen (the window split below it, the lower part active)."""
    items = (
        ("HorizontalSplitMode", "short", "0"),
        ("VerticalSplitMode", "short", "2"),
        ("HorizontalSplitPosition", "int", "0"),
        ("VerticalSplitPosition", "int", "1"),
        ("ActiveSplitRange", "short", "2"),
        ("PositionLeft", "int", "0"),
        ("PositionRight", "int", "0"),
        ("PositionTop", "int", "0"),
        ("PositionBottom", "int", "1"),
    )
    frozen = "".join(
        f'<config:config-item config:name="{name}" config:type="{kind}">{value}</config:config-item>'
        for name, kind, value in items
    )
    sheets = [tables.ABOUT.sheet, *(table.title(language) for table in tables.TABLES)]
    entries = "".join(
        f'<config:config-item-map-entry config:name="{_attribute(sheet)}">{frozen}</config:config-item-map-entry>'
        for sheet in sheets
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.2"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
        f'<config:config-item-map-named config:name="Tables">{entries}</config:config-item-map-named>'
        "</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>"
        "</office:settings></office:document-settings>"
    )


def _manifest() -> str:
    parts = "".join(
        f'<manifest:file-entry manifest:full-path="{part}" manifest:media-type="text/xml"/>'
        for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{MIMETYPE}"/>'
        f"{parts}</manifest:manifest>"
    )
