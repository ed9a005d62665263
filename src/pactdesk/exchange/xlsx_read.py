"""Reading a workbook file for import: an .xlsx through python-calamine (or openpyxl where it is not installed), an
.ods through ``ods_read``, told apart by what the file holds, not by its name; each gives its sheets as
``reading.SheetSource``. What the cells mean, and the plan, are ``services.workbook.reading``'s, the same for both.

python-calamine reads a sheet 16 times faster than openpyxl's read-only mode (benchmarks/ods.py). It holds one
sheet at a time in memory, whole, so the sheet is bounded before it reads it: ``xlsx_safety`` counts every part's
rows and cells (and the workbook's cells) while streaming it, and a sheet's stated dimension, which calamine does not
trust, is never used to allocate anything. A workbook of more than ``CALAMINE_MOST_ROWS`` rows is streamed by
openpyxl instead: slower, but its memory does not grow with the sheet (200,000 actions checked against a database
holding them: 455 MiB at the peak with calamine, over the 400 MiB an import may take; benchmarks/workbook.py).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import DefusedXmlException

from pactdesk.domain.errors import RefusedFileError
from pactdesk.domain.messages import say
from pactdesk.exchange import ods_safety
from pactdesk.exchange.xlsx_safety import Limits, inspect
from pactdesk.services.workbook.plan import ImportPlan
from pactdesk.services.workbook.reading import Progress, read_workbook
from pactdesk.store.database import Database

try:
    import python_calamine as calamine
except ImportError:  # not installed: openpyxl reads the workbook, more slowly
    calamine = None  # type: ignore[assignment]

# The most rows (in all sheets) python-calamine is given: past them, openpyxl streams the workbook (see above).
CALAMINE_MOST_ROWS = 100_000

__all__ = ["Progress", "check_workbook"]


def check_workbook(
    db: Database,
    path: Path,
    *,
    progress: Progress | None = None,
    limits: Limits | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Read ``path`` (.xlsx or .ods, whatever its name says) and plan its import: counts per sheet and every
    problem. Nothing is written."""
    path = Path(path)
    limits = limits or Limits()
    if ods_safety.is_opendocument(path):
        from pactdesk.exchange.ods_read import check_ods

        return check_ods(db, path, progress=progress, limits=limits, today=today)
    rows = inspect(path, limits)
    if calamine is not None and rows <= CALAMINE_MOST_ROWS:
        return _check_with_calamine(db, path, limits, progress, today, rows)
    handle = open(path, "rb")  # noqa: SIM115 (closed below): openpyxl given a path would refuse one named .ods
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds of error for broken parts
        handle.close()
        raise _not_a_workbook(path, error) from error
    try:
        return read_workbook(db, _Sheets(workbook, path.name), rows_limit=limits.rows, progress=progress, today=today)
    except (DefusedXmlException, zipfile.BadZipFile, EOFError) as error:
        raise _refusal(
            path.name,
            error,
            lambda reason: say(
                "{file} is damaged or unsafe and was not read ({reason}).",
                "{file} está danificado ou não é seguro, e não foi lido ({reason}).",
                file=path.name,
                reason=reason,
            ),
        ) from error
    finally:
        workbook.close()
        handle.close()


def _not_a_workbook(path: Path, error: BaseException) -> RefusedFileError:
    """The refusal of a file the reader (calamine or openpyxl) could not open as a workbook."""
    return _refusal(
        path.name,
        error,
        lambda reason: say(
            "{file} could not be read as a workbook ({reason}).",
            "Não foi possível ler {file} como livro de Excel ({reason}).",
            file=path.name,
            reason=reason,
        ),
    )


def _check_with_calamine(
    db: Database, path: Path, limits: Limits, progress: Progress | None, today: date | None, rows: int
) -> ImportPlan:
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            workbook = calamine.CalamineWorkbook.from_path(str(path))
        else:  # calamine would take the name's word for the format: it is given the content alone
            with open(path, "rb") as handle:
                workbook = calamine.CalamineWorkbook.from_filelike(handle)
    except Exception as error:  # calamine's errors for broken parts
        raise _not_a_workbook(path, error) from error
    try:
        return read_workbook(
            db,
            _CalamineSheets(workbook, path.name),
            rows_limit=limits.rows,
            progress=progress,
            today=today,
            rows_in_all=rows,
        )
    finally:
        workbook.close()


class _CalamineSheets:
    """A python-calamine workbook as ``reading.SheetSource``: a sheet loaded when it is read, and let go after."""

    def __init__(self, workbook: Any, file_name: str) -> None:
        self.workbook = workbook
        self.file_name = file_name

    def sheet_names(self) -> list[str]:
        return list(self.workbook.sheet_names)

    def _sheet(self, name: str) -> Any:
        try:
            return self.workbook.get_sheet_by_name(name)
        except Exception as error:
            raise _refusal(
                self.file_name,
                error,
                lambda reason: say(
                    "{file} is damaged: its {sheet} sheet could not be read ({reason}).",
                    "{file} está danificado: não foi possível ler a folha {sheet} ({reason}).",
                    file=self.file_name,
                    sheet=name,
                    reason=reason,
                ),
            ) from error

    def stated_rows(self, name: str) -> int:
        return 0  # known once the sheet is read; the safety checks have already counted its rows

    def rows(self, name: str, columns: int | None = None) -> Iterator[tuple[Any, ...]]:
        sheet = self._sheet(name)
        top, left = sheet.start if sheet.start else (0, 0)  # calamine's rows begin at the first cell used
        for _ in range(top):
            yield ()
        blank = (None,) * left
        for row in sheet.iter_rows():
            cells = blank + tuple(None if value == "" else value for value in row)
            yield cells if columns is None else cells[:columns]


class _Sheets:
    """An openpyxl workbook (read-only) as ``reading.SheetSource``."""

    def __init__(self, workbook: Any, file_name: str) -> None:
        self.workbook = workbook
        self.file_name = file_name

    def sheet_names(self) -> list[str]:
        return list(self.workbook.sheetnames)

    def stated_rows(self, name: str) -> int:
        stated = self.workbook[name].max_row
        return stated if isinstance(stated, int) else 0

    def rows(self, name: str, columns: int | None = None) -> Iterator[tuple[Any, ...]]:
        sheet = self.workbook[name]
        return _read(sheet.iter_rows(max_col=columns, values_only=True), self.file_name, name)


def _refusal(file_name: str, error: BaseException, said: Callable[[str], str]) -> RefusedFileError:
    """A refusal naming what went wrong: entities (defusedxml's refusal, which openpyxl may wrap; calamine's parser
    finding one it does not know), else ``said``
    with the innermost error's own words (openpyxl's wrapper repeats the file's whole path)."""
    causes = [error]
    while causes[-1].__cause__ is not None and len(causes) < 10:
        causes.append(causes[-1].__cause__)
    calamine_entity = "unrecognized entity" in str(causes[-1]) or "DOCTYPE" in str(causes[-1]).upper()
    if calamine_entity or any(isinstance(cause, DefusedXmlException) for cause in causes):
        return RefusedFileError(
            say(
                "{file} declares XML entities, which no spreadsheet needs and which can be used to attack the program "
                "reading it; not opened.",
                "{file} declara entidades XML, de que nenhuma folha de cálculo precisa e que podem servir para atacar "
                "o programa que o lê; não foi aberto.",
                file=file_name,
            )
        )
    return RefusedFileError(said(_short(causes[-1])))


def _read(rows: Iterator[tuple[Any, ...]], file_name: str, sheet: str) -> Iterator[tuple[Any, ...]]:
    """The rows openpyxl reads from a sheet; a failure of its reading (broken XML, a cell it cannot read, damaged
    compression) is a refusal of the file, not an unexpected error."""
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as error:
            raise _refusal(
                file_name,
                error,
                lambda reason: say(
                    "{file} is damaged: its {sheet} sheet could not be read ({reason}).",
                    "{file} está danificado: não foi possível ler a folha {sheet} ({reason}).",
                    file=file_name,
                    sheet=sheet,
                    reason=reason,
                ),
            ) from error
        yield row


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) < 160 else text[:157] + "…"
