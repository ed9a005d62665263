"""What an import would do, before it does it: per sheet the records created, updated and left unchanged, every
problem by sheet, row and column, and the changes ``writing`` applies. Planned by ``planning``.

Planners name sheets and columns as ``tables`` does (in English); a problem and the report name them as the workbook
does (``Naming``), so a person finds the cell in a Portuguese workbook by its Portuguese names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pactdesk.domain.counting import counted
from pactdesk.services.workbook import tables


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


ABSENT = _Marker("ABSENT")
"""The value of a column the sheet does not have: the record keeps what it holds."""
INVALID = _Marker("INVALID")
"""The value of a cell that could not be read; its problem is already reported."""

MAX_PROBLEMS = 500


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None
    text: str

    def __str__(self) -> str:
        where = [self.sheet]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column “{self.column}”")
        return f"{', '.join(where)}: {self.text}"


@dataclass(frozen=True)
class New:
    """A record this import creates, named by its sheet and key, before it has an id."""

    sheet: str
    key: Any


_SHAPES: dict[tuple[str, ...], tuple[str, ...]] = {}


class Change:
    """One row's change: the record updated (``existing`` id) or created (None), and the fields written.

    Kept compact (an import may hold a few hundred thousand until it is written): the field names are shared
    between rows of the same shape and the values are a tuple; ``fields`` gives them back as a dict.
    """

    __slots__ = ("_names", "_values", "existing", "key", "row")

    def __init__(self, row: int, existing: int | None, fields: dict[str, Any], key: Any = None) -> None:
        self.row = row
        self.existing = existing
        self.key = key
        self.fields = fields

    @property
    def fields(self) -> dict[str, Any]:
        return dict(zip(self._names, self._values, strict=True))

    @fields.setter
    def fields(self, fields: dict[str, Any]) -> None:
        names = tuple(fields)
        self._names = _SHAPES.setdefault(names, names)
        self._values = tuple(fields.values())


@dataclass(frozen=True)
class Naming:
    """What one workbook calls a sheet and its columns: the names it was read by, or those of its language."""

    sheet: str
    columns: dict[str, str]  # by the column's name in ``tables``
    language: str  # the language its names are in (the workbook's, for a name the same in both)


@dataclass
class SheetCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ImportPlan:
    counts: dict[str, SheetCounts] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    changes: dict[str, list[Change]] = field(default_factory=dict)
    too_many_problems: bool = False
    language: str = "en"  # the workbook's (its About sheet's Language; English for version 1)
    names: dict[str, Naming] = field(default_factory=dict)  # per sheet present, as the workbook names it

    def sheet_name(self, sheet: str) -> str:
        """What the workbook calls the sheet ``tables`` calls ``sheet`` (a sheet it lacks: in its language)."""
        naming = self.names.get(sheet)
        if naming is not None:
            return naming.sheet
        table = tables.BY_SHEET.get(sheet)
        return table.title(self.language) if table is not None else sheet

    def language_of(self, sheet: str) -> str:
        """The language the sheet ``sheet`` (as ``tables`` names it) is written in."""
        naming = self.names.get(sheet)
        return naming.language if naming is not None else self.language

    def column_name(self, sheet: str, column: str) -> str:
        """What the workbook calls ``column`` of ``sheet`` (both as ``tables`` names them)."""
        naming = self.names.get(sheet)
        if naming is not None and column in naming.columns:
            return naming.columns[column]
        table = tables.BY_SHEET.get(sheet)
        if table is None or column not in table.positions:
            return column
        return table.columns[table.positions[column]].header(self.language)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changed(self) -> int:
        return sum(counts.created + counts.updated for counts in self.counts.values())

    def report(self) -> list[str]:
        """The plan in plain lines: per sheet what would be created, updated and left unchanged, then problems."""
        lines = [
            f"{self.sheet_name(sheet)}: {counts.created:,} to create, {counts.updated:,} to update, "
            f"{counts.unchanged:,} unchanged"
            for sheet, counts in sorted(self.counts.items(), key=lambda item: _SHEET_ORDER.get(item[0], 99))
        ]
        lines.extend(f"Note: {notice}" for notice in self.notices)
        if self.problems:
            more = " (only the first ones are listed)" if self.too_many_problems else ""
            problems = counted(len(self.problems), "problem", "problems")
            lines.append(f"{problems}{more}; nothing will be imported until they are corrected:")
            lines.extend(f"  - {problem}" for problem in self.problems)
        return lines

    def problem(self, sheet: str, row: int | None, column: str | None, text: str) -> None:
        """Note a problem at ``sheet``, ``row`` and ``column`` as ``tables`` names them (kept as the workbook does);
        ``text`` is a sentence of the window's language (``domain.messages.say``), as are the notices."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.too_many_problems = True
            return
        shown = self.column_name(sheet, column) if column else column
        self.problems.append(Problem(self.sheet_name(sheet), row, shown, text))


Rows = Iterable[tuple[int, tuple[Any, ...]]]

_SHEET_ORDER = {table.sheet: position for position, table in enumerate(tables.TABLES)}  # the workbook's order
