"""Exporting the PactDesk workbook (``services.workbook.tables``): streamed, styled, never a formula, atomic; its
sheet names, headers, drop-downs and the words of kinds, statuses and yes/no in English or Portuguese."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pactdesk.domain.errors import ExchangeError
from pactdesk.domain.language import LANGUAGES
from pactdesk.domain.messages import say
from pactdesk.domain.validation import xml_safe
from pactdesk.exchange.atomic import atomic_file
from pactdesk.services.workbook import export, tables
from pactdesk.services.workbook.tables import Kind, Scope, Table
from pactdesk.store.database import Database

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called with rows done and rows in all; it raises ``CancelledError`` to stop the export."""

SPREADSHEET_ROWS = 1_048_576
WIDTH_SAMPLE = 500  # rows read ahead to fit the column widths
MAX_WIDTH = 60
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
PROGRESS_EVERY = 2_000

# A text starting with these could be taken for a formula when typed or pasted; such cells are marked as text
# (quotePrefix, like a leading apostrophe) and written as strings, so no spreadsheet ever evaluates them.
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass
class ExportSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # by the sheet's name in ``tables`` (English)
    language: str = "en"

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def export_workbook(
    db: Database,
    target: Path,
    scope: Scope | None = None,
    *,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
    language: str = "en",
) -> ExportSummary:
    """Write the records in ``scope`` to ``target`` in ``language`` (``en`` or ``pt``); an older file there survives
    any failure or cancel."""
    if language not in LANGUAGES:
        raise ValueError(f"a workbook is written in {' or '.join(LANGUAGES)}, not {language!r}")
    scope = scope or Scope()
    summary = ExportSummary(Path(target), language=language)
    workbook = Workbook(write_only=True)
    try:
        _fill(workbook, db, scope, summary, progress, exported_at)
        with atomic_file(summary.path) as temporary:
            workbook.save(temporary)
    except BaseException:
        _discard(workbook)
        raise
    logger.info("exported %s rows (%s, %s) to %s", summary.total, scope.describe(), language, summary.path)
    return summary


def _discard(workbook: Workbook) -> None:
    """Remove the temporary files of an export that stopped (openpyxl keeps one per sheet until exit)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        try:
            writer.close()
        except Exception:  # already closed by a save that failed part-way
            logger.debug("a sheet's writer of a stopped export was already closed")
        try:
            writer.cleanup()
        except (OSError, ValueError):  # already removed
            continue


def _fill(
    workbook: Workbook,
    db: Database,
    scope: Scope,
    summary: ExportSummary,
    progress: Progress | None,
    exported_at: datetime | None,
) -> None:
    with db.read(streaming=True) as session:
        totals = counted_rows(session, scope, summary.language)
        done = RowCounter(sum(totals.values()), progress)
        _about(workbook, scope, exported_at or datetime.now(), summary.language)
        for table in tables.TABLES:
            rows = export.rows(session, table, scope)
            summary.rows[table.sheet] = _sheet(workbook, table, rows, done, summary.language)


def counted_rows(session: Any, scope: Scope, language: str) -> dict[str, int]:
    """The rows of each sheet in ``scope``; more than a spreadsheet holds is refused before anything is written."""
    totals = {table.sheet: export.count_rows(session, table, scope) for table in tables.TABLES}
    too_many = [table for table in tables.TABLES if totals[table.sheet] >= SPREADSHEET_ROWS]
    if too_many:
        raise ExchangeError(
            say(
                "The {sheet} sheet would have more rows than a spreadsheet holds ({count}); export fewer clusters "
                "or a shorter period.",
                "A folha {sheet} teria mais linhas do que uma folha de cálculo pode ter ({count}); exporte menos "
                "clusters ou um período mais curto.",
                sheet=too_many[0].title(language),
                count=totals[too_many[0].sheet],
            )
        )
    return totals


class RowCounter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        if progress is not None:
            progress(0, total)

    def add(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(self.done, self.total)


def _about(workbook: Workbook, scope: Scope, exported_at: datetime, language: str) -> None:
    sheet = workbook.create_sheet(tables.ABOUT.sheet)
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 50
    sheet.append([_header(sheet, name) for name in tables.ABOUT.names])
    for name, value in tables.about_rows(scope, exported_at, language):
        cell = _moment(sheet, value) if isinstance(value, datetime) else value
        sheet.append([name, xml_safe(cell) if isinstance(cell, str) else cell])


def _header(sheet: Any, name: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, name)
    cell.font = _BOLD
    cell.fill = _HEADER_FILL
    return cell


def _moment(sheet: Any, value: datetime) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = DATETIME_FORMAT
    return cell


def _sheet(workbook: Workbook, table: Table, rows: Iterator[tuple[Any, ...]], done: RowCounter, language: str) -> int:
    sheet = workbook.create_sheet(table.title(language))
    sample = list(islice(rows, WIDTH_SAMPLE))
    for number, width in enumerate(column_widths(table, sample, language), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_header(sheet, name) for name in table.headers(language)])
    cells = _converters(sheet, table, language)
    count = 0
    for row in chain(sample, rows):
        sheet.append([convert(value) for convert, value in zip(cells, row, strict=True)])
        count += 1
        if count % PROGRESS_EVERY == 0:
            done.add(PROGRESS_EVERY)
    done.add(count % PROGRESS_EVERY)
    last = get_column_letter(len(table.columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    for number, column in enumerate(table.columns, start=1):
        if column.kind is Kind.CHOICE:
            _drop_down(sheet, column, get_column_letter(number), language)
    return count


_CHOOSE = {"en": "Choose one of: {0}.", "pt": "Escolha um destes valores: {0}."}


def _drop_down(sheet: Any, column: tables.Column, letter: str, language: str) -> None:
    words = tuple(column.words(language).values())
    rule = DataValidation(type="list", formula1=f'"{",".join(words)}"', allow_blank=True)
    rule.error = _CHOOSE[language].format(", ".join(words))
    rule.errorTitle = column.header(language)
    rule.showErrorMessage = True
    rule.add(f"{letter}2:{letter}{SPREADSHEET_ROWS}")
    sheet.data_validations.append(rule)


def column_widths(table: Table, sample: list[tuple[Any, ...]], language: str) -> list[int]:
    widths = []
    yes, no = tables.YES_NO[language]
    for number, column in enumerate(table.columns):
        longest = len(column.header(language)) + 3  # room for the filter button
        if column.kind is Kind.DATETIME:
            longest = max(longest, 16)
        elif column.kind is Kind.DATE:
            longest = max(longest, 10)
        elif column.kind is Kind.YESNO:
            longest = max(longest, len(yes), len(no))
        words = column.words(language)
        for row in sample:
            value = row[number]
            if words and value in words:
                longest = max(longest, len(words[value]))
            elif isinstance(value, str):
                longest = max(longest, max((len(line) for line in value.split("\n")), default=0))
            elif isinstance(value, tuple):
                longest = max(longest, len("; ".join(map(str, value))))
        widths.append(min(longest + 2, MAX_WIDTH))
    return widths


def _converters(sheet: Any, table: Table, language: str) -> list[Callable[[Any], Any]]:
    """How each column's values become cells: the words of kinds, statuses and yes/no looked up once per column."""

    def text(value: str) -> Any:
        if not value:
            return None
        if ILLEGAL.search(value):
            value = ILLEGAL.sub("", value)
        # U+FFFE, U+FFFF and lone surrogates are refused where text is typed now, but an older version stored them;
        # written as they are they make the sheet's XML unreadable (PactDesk's import refuses the file, LibreOffice
        # drops every row after the cell), so each is written as U+FFFD, the replacement character, and the rest kept.
        value = xml_safe(value)
        if value.startswith(RISKY_START):
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"  # openpyxl would take a leading "=" for a formula
            cell.quotePrefix = True
            return cell
        if "\n" in value:
            cell = WriteOnlyCell(sheet, value)
            cell.alignment = _WRAP
            return cell
        return value

    def listed(value: tuple[Any, ...]) -> Any:
        return "; ".join(map(str, value)) or None

    def moment(value: datetime | None) -> Any:
        return None if value is None else _moment(sheet, value)

    def plain(value: Any) -> Any:
        return value

    yes, no = tables.YES_NO[language]

    def yes_no(value: bool) -> str:
        return yes if value else no

    def choice(words: dict[str, str]) -> Callable[[Any], Any]:
        def word(value: str) -> Any:
            found = words.get(value)
            return found if found is not None else text(value)

        return word

    by_kind: dict[Kind, Callable[[Any], Any]] = {
        Kind.TEXT: text,
        Kind.DATE: plain,
        Kind.DATETIME: moment,
        Kind.NUMBER: plain,
        Kind.YESNO: yes_no,
        Kind.GOALS: listed,
        Kind.REFS: listed,
    }
    return [
        choice(column.words(language)) if column.kind is Kind.CHOICE else by_kind[column.kind]
        for column in table.columns
    ]
