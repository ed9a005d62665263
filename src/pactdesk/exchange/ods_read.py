"""Reading an OpenDocument spreadsheet (.ods) for import: its one content part streamed through expat, its tables'
rows kept on disk until the import plans them (in the order their records depend on each other, not the file's),
then read and planned as any workbook is (``services.workbook.reading``).

A cell counts for the value it shows: a number, a date or a date and time, true or false, or its text (paragraphs
one per line, ``text:s`` spaces, tabs and line breaks kept, comments left out); a formula for its last value, never
evaluated. Entities, a repeat claiming more rows or cells than the limits, a text longer than a cell can hold and
XML broken anywhere are refused as the part is read, in bounded memory.
"""

from __future__ import annotations

import errno
import pickle
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from pactdesk.domain.errors import ExchangeError, RefusedFileError
from pactdesk.domain.messages import say
from pactdesk.exchange import ods_safety
from pactdesk.exchange.xlsx_safety import CHUNK_BYTES, Limits, longest_text
from pactdesk.services.workbook.plan import ImportPlan
from pactdesk.services.workbook.reading import Progress, read_workbook
from pactdesk.store.database import Database

SPREADSHEET_ROWS = 1_048_576
SPREADSHEET_COLUMNS = 16_384
BATCH = 500  # rows pickled together on disk

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_BODY = f"{_OFFICE} body"
_SPREADSHEET = f"{_OFFICE} spreadsheet"
_ANNOTATION = f"{_OFFICE} annotation"
_TABLE_TABLE = f"{_TABLE} table"
_ROW = f"{_TABLE} table-row"
_CELL = f"{_TABLE} table-cell"
_COVERED = f"{_TABLE} covered-table-cell"
_PARAGRAPH = f"{_TEXT} p"
_HEADING = f"{_TEXT} h"
_SPACES = f"{_TEXT} s"
_TAB = f"{_TEXT} tab"
_BREAK = f"{_TEXT} line-break"
_NAME = f"{_TABLE} name"
_ROWS_REPEATED = f"{_TABLE} number-rows-repeated"
_COLUMNS_REPEATED = f"{_TABLE} number-columns-repeated"
_VALUE_TYPE = f"{_OFFICE} value-type"
_VALUE = f"{_OFFICE} value"
_DATE_VALUE = f"{_OFFICE} date-value"
_BOOLEAN_VALUE = f"{_OFFICE} boolean-value"
_STRING_VALUE = f"{_OFFICE} string-value"
_COUNT = f"{_TEXT} c"
_NUMBERS = {"float", "percentage", "currency"}
_MOMENT = re.compile(r"(\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?")


def check_ods(
    db: Database,
    path: Path,
    *,
    progress: Progress | None = None,
    limits: Limits | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Read the .ods ``path`` and plan its import: counts per sheet and every problem. Nothing is written."""
    path = Path(path)
    limits = limits or Limits()
    ods_safety.inspect(path, limits)
    with tempfile.TemporaryDirectory(prefix="pactdesk-ods-") as folder:
        try:
            tables = _Content(path, limits, Path(folder), _half(progress, 0)).read()
        except OSError as error:
            raise _no_room(path.name, error) from error
        try:
            return read_workbook(db, tables, rows_limit=limits.rows, progress=_half(progress, 1), today=today)
        finally:
            tables.close()


def _half(progress: Progress | None, half: int) -> Progress | None:
    """Reading the file is the first half of the progress, planning its rows the second."""
    if progress is None:
        return None
    report = progress

    def share(done: int, total: int) -> None:
        total = max(total, 1)
        report(half * total + min(done, total), 2 * total)

    return share


def _no_room(file_name: str, error: OSError) -> ExchangeError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExchangeError(
            say(
                "The disk is full, so {file} could not be read (its rows are set aside on disk while it is checked). "
                "Free some space and import it again; nothing was changed.",
                "O disco está cheio, pelo que não foi possível ler {file} (as suas linhas ficam guardadas no disco "
                "enquanto é verificado). Liberte espaço e importe-o de novo; nada foi alterado.",
                file=file_name,
            )
        )
    return ExchangeError(
        say(
            "{file} could not be read ({reason}).",
            "Não foi possível ler {file} ({reason}).",
            file=file_name,
            reason=error.strerror or error,
        )
    )


class _Tables:
    """The tables read from the file, their rows pickled in batches on disk, as ``reading.SheetSource``."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.names: list[str] = []
        self.spools: dict[str, IO[bytes]] = {}
        self.counts: dict[str, int] = {}

    def sheet_names(self) -> list[str]:
        return list(self.names)

    def stated_rows(self, name: str) -> int:
        return self.counts.get(name, 0)

    def rows(self, name: str, columns: int | None = None) -> Iterator[tuple[Any, ...]]:
        spool = self.spools[name]
        spool.seek(0)
        while True:
            try:
                batch = pickle.load(spool)
            except EOFError:
                return
            for row in batch:
                if isinstance(row, int):  # a run of blank rows
                    for _ in range(row):
                        yield ()
                else:
                    yield row if columns is None else row[:columns]

    def close(self) -> None:
        for spool in self.spools.values():
            spool.close()


class _Content:
    """One pass of expat over ``content.xml``: each table's rows, made as a person would read them, spooled."""

    def __init__(self, path: Path, limits: Limits, folder: Path, progress: Progress | None) -> None:
        self.path = path
        self.name = path.name
        self.limits = limits
        self.folder = folder
        self.progress = progress
        self.tables = _Tables(path.name)
        self.body = 0  # 1 inside office:body, 2 once its spreadsheet is found
        self.depth = 0  # tables open (a table inside a cell is not a sheet's)
        self.spool: IO[bytes] | None = None
        self.batch: list[Any] = []
        self.sheet = ""
        self.rows = 0  # rows of the sheet so far, blank ones included
        self.kept = 0  # rows up to the last one holding something
        self.blank = 0  # blank rows not yet kept (kept only if a row with something follows)
        self.cells = 0  # cells holding something, in the whole workbook
        self.row: dict[int, Any] | None = None
        self.row_repeat = 1
        self.column = 0
        self.in_cell = False
        self.cell: list[str] | None = None  # the cell's text so far, while its text is what it holds
        self.cell_value: Any = None
        self.cell_repeat = 1
        self.paragraphs = 0
        self.in_paragraph = 0
        self.text_length = 0
        self.aside = 0  # depth inside a comment or a table within the cell, whose text is not the cell's

    # -- the pass -------------------------------------------------------------------------------------------------

    def read(self) -> _Tables:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.buffer_size = 64 * 1024
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._entities
        parser.EntityDeclHandler = self._entities
        parser.ExternalEntityRefHandler = self._entities  # type: ignore[assignment]
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        try:
            with zipfile.ZipFile(self.path) as archive, archive.open("content.xml") as stream:
                total = archive.getinfo("content.xml").file_size
                done = 0
                run = 0
                if self.progress is not None:
                    self.progress(0, total)
                while chunk := stream.read(CHUNK_BYTES):
                    run = longest_text(self.name, _CONTENT, chunk, run, self.limits)
                    parser.Parse(chunk, False)
                    done += len(chunk)
                    if self.progress is not None:
                        self.progress(done, total)
                parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise self._damaged(expat.errors.messages.get(error.code, str(error)), error.lineno) from error
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise RefusedFileError(
                say(
                    "{file} is damaged: its content could not be unpacked ({reason}).",
                    "{file} está danificado: não foi possível descomprimir o seu conteúdo ({reason}).",
                    file=self.name,
                    reason=error,
                )
            ) from error
        if self.body < 2:
            raise RefusedFileError(
                say(
                    "{file} holds no spreadsheet (its content is a document of another kind); export the workbook "
                    "from PactDesk and import that.",
                    "{file} não contém uma folha de cálculo (o seu conteúdo é um documento de outro tipo); exporte o "
                    "livro a partir do PactDesk e importe esse.",
                    file=self.name,
                )
            )
        return self.tables

    def _damaged(self, reason: str, line: int) -> RefusedFileError:
        return RefusedFileError(
            say(
                "{file} is damaged: its content could not be read ({reason}, line {line}).",
                "{file} está danificado: não foi possível ler o seu conteúdo ({reason}, linha {line}).",
                file=self.name,
                reason=reason,
                line=line,
            )
        )

    def _entities(self, *_: Any) -> None:
        raise RefusedFileError(
            say(
                "{name} declares XML entities (in {part}), which no spreadsheet needs and which can be used to attack "
                "the program reading it; not opened.",
                "{name} declara entidades XML (em {part}), de que nenhuma folha de cálculo precisa e que podem servir "
                "para atacar o programa que o lê; não foi aberto.",
                name=self.name,
                part="content.xml",
            )
        )

    # -- elements -------------------------------------------------------------------------------------------------

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        if self.in_cell:
            if tag in (_ANNOTATION, _TABLE_TABLE):
                self.aside += 1
            elif self.aside or self.cell is None:
                return
            elif tag in (_PARAGRAPH, _HEADING):
                if self.paragraphs:
                    self.cell.append("\n")
                self.paragraphs += 1
                self.in_paragraph += 1
            elif not self.in_paragraph:
                return
            elif tag == _SPACES:
                self._add(" " * min(_whole(attributes.get(_COUNT, "1")), self.limits.text_bytes + 1))
            elif tag == _TAB:
                self._add("\t")
            elif tag == _BREAK:
                self._add("\n")
            return
        if tag in (_CELL, _COVERED):
            if self.row is not None:
                self._open_cell(attributes)
        elif tag == _ROW:
            if self.depth == 1 and self.row is None:
                self.row = {}
                self.column = 0
                self.row_repeat = _whole(attributes.get(_ROWS_REPEATED, "1"))
        elif tag == _TABLE_TABLE:
            self.depth += 1
            if self.depth == 1 and self.body == 2:
                self._open_table(attributes.get(_NAME, "") or f"Sheet{len(self.tables.names) + 1}")
        elif tag == _BODY:
            self.body = max(self.body, 1)
        elif tag == _SPREADSHEET and self.body == 1:
            self.body = 2

    def _end(self, tag: str) -> None:
        if self.in_cell:
            if tag in (_ANNOTATION, _TABLE_TABLE):
                self.aside -= 1
            elif self.aside:
                return
            elif tag in (_PARAGRAPH, _HEADING):
                self.in_paragraph -= 1
            elif tag in (_CELL, _COVERED):
                self._close_cell()
            return
        if tag == _ROW:
            if self.row is not None and self.depth == 1:
                self._close_row()
        elif tag == _TABLE_TABLE:
            if self.depth == 1 and self.spool is not None:
                self._close_table()
            self.depth -= 1

    def _text(self, data: str) -> None:
        # Kept as written, as LibreOffice reads a cell (it writes a paragraph's leading spaces as they are, and
        # reads a tab character as one), not collapsed as ODF's rules for a text document's paragraphs would.
        if self.in_paragraph and not self.aside and self.cell is not None:
            self._add(data)

    def _add(self, text: str) -> None:
        assert self.cell is not None
        self.text_length += len(text)
        if self.text_length > self.limits.text_bytes:
            raise RefusedFileError(
                say(
                    "{name} holds a text far longer than a spreadsheet cell can (in {part}); a cell holds at most "
                    "{limit} characters. Not opened.",
                    "{name} tem um texto muito mais longo do que uma célula de folha de cálculo pode ter (em {part}); "
                    "uma célula tem no máximo {limit} caracteres. Não foi aberto.",
                    name=self.name,
                    part="content.xml",
                    limit=32_767,
                )
            )
        self.cell.append(text)

    # -- tables, rows and cells -------------------------------------------------------------------------------

    def _open_table(self, name: str) -> None:
        self.sheet = name
        spool = tempfile.TemporaryFile(dir=self.folder)  # noqa: SIM115 (closed by _Tables.close)
        if name in self.tables.spools:  # two tables of one name: the import reports the sheet once, read first
            spool.close()
            self.spool = None
            return
        self.tables.names.append(name)
        self.tables.spools[name] = spool
        self.spool = spool
        self.batch = []
        self.rows = self.kept = self.blank = 0

    def _close_table(self) -> None:
        self._flush()
        self.tables.counts[self.sheet] = self.kept
        self.spool = None

    def _flush(self) -> None:
        if self.batch and self.spool is not None:
            pickle.dump(self.batch, self.spool, protocol=pickle.HIGHEST_PROTOCOL)
            self.batch = []

    def _open_cell(self, attributes: dict[str, str]) -> None:
        self.in_cell = True
        self.cell_repeat = _whole(attributes.get(_COLUMNS_REPEATED, "1"))
        self.cell_value = None
        self.cell = None
        self.paragraphs = self.in_paragraph = self.text_length = self.aside = 0
        kind = attributes.get(_VALUE_TYPE)
        if kind in _NUMBERS:
            self.cell_value = _number(attributes.get(_VALUE, ""))
        elif kind == "date":
            self.cell_value = _moment(attributes.get(_DATE_VALUE, ""))
        elif kind == "boolean":
            self.cell_value = attributes.get(_BOOLEAN_VALUE, "").strip().lower() in ("true", "1")
        elif kind == "string" and _STRING_VALUE in attributes:
            self.cell_value = attributes[_STRING_VALUE]
        if self.cell_value is None:  # text, a time, or a value not stated: what the cell shows is its value
            self.cell = []

    def _close_cell(self) -> None:
        if self.cell is not None:
            text = "".join(self.cell)
            self.cell_value = text if text else None
        self.cell = None
        self.in_cell = False
        self._place()

    def _place(self) -> None:
        """Put the cell (and its repeats) in the row; empty ones only move the column on."""
        assert self.row is not None
        repeat = self.cell_repeat
        if self.column + repeat > SPREADSHEET_COLUMNS or (
            self.cell_value is not None and self.column + repeat > self.limits.cells_per_row
        ):
            raise RefusedFileError(
                say(
                    "{name} has a row of more than {limit} cells (in {part}), more than a spreadsheet holds; "
                    "not opened.",
                    "{name} tem uma linha com mais de {limit} células (em {part}), mais do que uma folha de "
                    "cálculo tem; não foi aberto.",
                    name=self.name,
                    limit=min(self.limits.cells_per_row, SPREADSHEET_COLUMNS),
                    part="content.xml",
                )
            )
        if self.cell_value is not None:
            for column in range(self.column, self.column + repeat):
                self.row[column] = self.cell_value
        self.column += repeat

    def _close_row(self) -> None:
        assert self.row is not None
        row, repeat = self.row, self.row_repeat
        self.row = None
        self.rows += repeat
        if self.rows > SPREADSHEET_ROWS:
            raise self._too_many(SPREADSHEET_ROWS)
        if not row or self.spool is None:
            self.blank += repeat
            return
        self.cells += len(row) * repeat
        if self.kept + self.blank + repeat > self.limits.rows + 1:
            raise self._too_many(self.limits.rows)
        if self.cells > self.limits.cells:
            raise RefusedFileError(
                say(
                    "{name} has more than {limit} cells holding something, more than PactDesk imports at once; split "
                    "the workbook.",
                    "{name} tem mais de {limit} células preenchidas, mais do que o PactDesk importa de uma vez; "
                    "divida o livro.",
                    name=self.name,
                    limit=self.limits.cells,
                )
            )
        if self.blank:
            self.batch.append(self.blank)
            self.kept += self.blank
            self.blank = 0
        values = tuple(row.get(column) for column in range(max(row) + 1))
        for _ in range(repeat):
            self.batch.append(values)
            if len(self.batch) >= BATCH:
                self._flush()
        self.kept += repeat

    def _too_many(self, limit: int) -> RefusedFileError:
        return RefusedFileError(
            say(
                "{name} has a sheet of more than {limit} rows, more than PactDesk imports at once; split the workbook.",
                "{name} tem uma folha com mais de {limit} linhas, mais do que o PactDesk importa de uma vez; divida o "
                "livro.",
                name=self.name,
                limit=limit,
            )
        )


class _Part:
    """What ``longest_text`` names in its refusal."""

    filename = "content.xml"


_CONTENT: Any = _Part()


def _whole(text: str) -> int:
    """A count an attribute gives (a repeat, a number of spaces): at least 1; one that is not a number counts 1."""
    text = text.strip()
    if not text.isascii() or not text.isdigit():
        return 1
    return max(int(text[:13]), 1)


def _number(text: str) -> int | float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _moment(text: str) -> date | datetime | None:
    match = _MOMENT.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        if hour is None:
            return date(int(year), int(month), int(day))
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
