"""Reading a PactDesk workbook for import, whatever file holds it: sheets and headers found as a person may have
arranged them, every cell read into the value its column holds, and each unreadable cell reported by sheet, row and
column. A file format gives its sheets' rows through ``SheetSource`` (``exchange.xlsx_read`` for .xlsx,
``exchange.ods_read`` for .ods); everything from there on is the same.

A workbook filled in by hand works: extra columns (ignored and reported), columns in any order, headers in any
case, blank rows, dates typed as dates or as text, yes/no or sim/não. Formulas count for the value they show.
Sheet names, headers and the words of kinds and statuses are read in English or Portuguese, whatever the About
sheet's Language says (a person may add an English sheet to a Portuguese workbook), ignoring case and accents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any, Protocol

from pactdesk.domain import validation as check
from pactdesk.domain.errors import RefusedFileError, ValidationError
from pactdesk.domain.messages import say
from pactdesk.services.bulk import cycle_collection_paused
from pactdesk.services.workbook import tables
from pactdesk.services.workbook.plan import ABSENT, INVALID, ImportPlan, Naming
from pactdesk.services.workbook.planning import plan_import
from pactdesk.services.workbook.tables import Column, Kind, Table, fold
from pactdesk.store.database import Database

Progress = Callable[[int, int], None]
"""Called with rows read and rows in all (as the workbook states them); it raises ``CancelledError`` to stop."""

PROGRESS_EVERY = 2_000
_YES = {"yes", "y", "sim", "s", "true", "verdadeiro", "1", "x"}
_NO = {"no", "n", "não", "nao", "false", "falso", "0"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LIST_SEPARATORS = re.compile(r"[;,\s]+")


class SheetSource(Protocol):
    """The sheets of one workbook file, as its format reads them. Cell values are what the cell shows: text,
    numbers (int or float), ``bool``, ``date`` or ``datetime``, or None for an empty cell."""

    file_name: str

    def sheet_names(self) -> list[str]:
        """The sheets' names, in the workbook's order."""
        ...

    def stated_rows(self, name: str) -> int:
        """How many rows the sheet says it has (for progress, and to refuse too many early); 0 when unknown."""
        ...

    def rows(self, name: str, columns: int | None = None) -> Iterator[tuple[Any, ...]]:
        """Every row of the sheet from row 1 (a blank row as an empty tuple, so rows keep their numbers), at most
        ``columns`` cells of each when given; a failure to read the file is a ``RefusedFileError``."""
        ...


def read_workbook(
    db: Database,
    source: SheetSource,
    *,
    rows_limit: int,
    progress: Progress | None = None,
    today: date | None = None,
    rows_in_all: int | None = None,
) -> ImportPlan:
    """Read ``source`` and plan its import: counts per sheet and every problem. Nothing is written. ``rows_in_all``
    is the progress's total when the source cannot say its sheets' rows before it reads them."""
    plan = ImportPlan()
    reader = _Reader(source, plan, rows_limit, progress)
    reader.total = rows_in_all or 0
    with cycle_collection_paused():
        return plan_import(db, reader.sheets(), plan=plan, today=today)


class _Reader:
    def __init__(self, source: SheetSource, plan: ImportPlan, rows_limit: int, progress: Progress | None) -> None:
        self.source = source
        self.plan = plan
        self.rows_limit = rows_limit
        self.progress = progress
        self.file_name = source.file_name
        self.done = 0
        self.total = 0

    def sheets(self) -> Iterator[tuple[Table, Iterator[tuple[int, tuple[Any, ...]]]]]:
        about_name = fold(tables.ABOUT.sheet)
        names = self.source.sheet_names()
        about = next((name for name in names if fold(name) == about_name), None)
        if about is not None:
            self._check_about(about)
        found: dict[str, tuple[str, str]] = {}  # per table, the sheet that holds it and the language of its name
        for name in names:
            if fold(name) == about_name:
                continue
            match = _SHEETS.get(fold(name))
            if match is None:
                self.plan.notices.append(
                    say(
                        "The sheet “{name}” is not part of a PactDesk workbook and was ignored.",
                        "A folha «{name}» não faz parte de um livro do PactDesk e foi ignorada.",
                        name=name,
                    )
                )
                continue
            table, language = match
            if table.sheet in found:
                self.plan.problem(
                    table.sheet,
                    None,
                    None,
                    say(
                        "“{first}” and “{second}” are two names of the same sheet; keep one of them.",
                        "«{first}» e «{second}» são dois nomes da mesma folha; mantenha só um deles.",
                        first=found[table.sheet][0],
                        second=name,
                    ),
                )
                continue
            found[table.sheet] = (name, language or self.plan.language)
        present = [(table, *found[table.sheet]) for table in tables.IMPORT_ORDER if table.sheet in found]
        if not present:
            raise RefusedFileError(
                say(
                    "{file} has none of the sheets of a PactDesk workbook (Clusters, Meetings, Actions, …).",
                    "{file} não tem nenhuma das folhas de um livro do PactDesk (Clusters, Reuniões, Ações, …).",
                    file=self.file_name,
                )
            )
        for table, name, language in present:
            # Until its header is read, a sheet's columns are named in the language of its name.
            self.plan.names[table.sheet] = Naming(
                name, {column.name: column.header(language) for column in table.columns}, language
            )
            stated = self.source.stated_rows(name)
            if stated - 1 > self.rows_limit:
                raise _too_many(name, self.rows_limit)
            if stated:
                self.total += max(stated - 1, 0)
        if self.progress is not None:
            self.progress(0, self.total)
        for table, name, _ in present:
            yield table, self._rows(table, name)

    def _check_about(self, name: str) -> None:
        fields: dict[str, Any] = {}
        for number, row in enumerate(self.source.rows(name, columns=2), 1):
            if number > 100:
                break
            if row and isinstance(row[0], str):
                fields[row[0].strip().casefold()] = row[1] if len(row) > 1 else None
        if str(fields.get("format", tables.FORMAT_NAME)).strip() != tables.FORMAT_NAME:
            raise RefusedFileError(
                say(
                    "{file} is not a PactDesk workbook (its About sheet says otherwise).",
                    "{file} não é um livro do PactDesk (a sua folha About indica outra coisa).",
                    file=self.file_name,
                )
            )
        version = fields.get("version", tables.FORMAT_VERSION)
        try:
            number = int(str(version).strip().split(".")[0])
        except ValueError:
            number = 0
        if number < 1 or number > tables.FORMAT_VERSION:
            raise RefusedFileError(
                say(
                    "{file} is a PactDesk workbook of format version {version}; this PactDesk reads versions 1 to "
                    "{latest}. Install the newer PactDesk to import it.",
                    "{file} é um livro do PactDesk com a versão de formato {version}; esta versão do PactDesk lê as "
                    "versões 1 a {latest}. Instale a versão mais recente do PactDesk para o importar.",
                    file=self.file_name,
                    version=_plain_text(version),
                    latest=str(tables.FORMAT_VERSION),
                )
            )
        stated = fields.get("language")
        if stated is None or str(stated).strip() == "":
            return  # version 1, in English
        language = tables.stated_language(stated)
        if language is None:
            self.plan.notices.append(
                say(
                    "The About sheet gives the language “{language}”, which PactDesk does not write; the workbook was "
                    "read as English or Portuguese.",
                    "A folha About indica a língua «{language}», que o PactDesk não escreve; o livro foi lido como "
                    "estando em inglês ou em português.",
                    language=_plain_text(stated),
                )
            )
            return
        self.plan.language = language

    def _rows(self, table: Table, name: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
        rows = iter(self.source.rows(name))
        header = next(rows, None)
        if header is None:
            return
        mapping = self._mapping(table, header)
        if not mapping:
            naming = self.plan.names[table.sheet]
            self.plan.problem(
                table.sheet,
                1,
                None,
                say(
                    "The first row holds no column of the {sheet} sheet ({columns}).",
                    "A primeira linha não tem nenhuma coluna da folha {sheet} ({columns}).",
                    sheet=naming.sheet,
                    columns=", ".join(table.headers(naming.language)),
                ),
            )
            return
        width = len(table.columns)
        limit = self.rows_limit + 1
        for number, row in enumerate(rows, start=2):
            if number > limit:
                raise _too_many(name, self.rows_limit)
            if number % PROGRESS_EVERY == 0:
                self._advance(PROGRESS_EVERY)
            if not any(row):  # blank (a row whose only values are 0 or FALSE has no key either)
                continue
            values: list[Any] = [ABSENT] * width
            size = len(row)
            for source, target, parse in mapping:
                values[target] = parse(row[source] if source < size else None, number)
            yield number, tuple(values)

    def _advance(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def _mapping(self, table: Table, header: tuple[Any, ...]) -> list[tuple[int, int, Callable[[Any, int], Any]]]:
        """Each header found, in either language: where its cells are, its column, and the reader of its cells. The
        plan names each column as the header found says it (the others, in the sheet's language)."""
        naming = self.plan.names[table.sheet]
        wanted = _HEADERS[table.sheet]
        found: list[tuple[int, int, str]] = []  # where, which column, in which language
        seen: dict[int, int] = {}
        for source, title in enumerate(header):
            if title is None or str(title).strip() == "":
                continue
            name = " ".join(_plain_text(title).split())
            match = wanted.get(fold(name))
            if match is None:
                self.plan.notices.append(
                    say(
                        "{sheet}: the column “{name}” is not part of the format and was ignored.",
                        "{sheet}: a coluna «{name}» não faz parte do formato e foi ignorada.",
                        sheet=naming.sheet,
                        name=name,
                    )
                )
                continue
            target, language = match
            if target in seen:
                self.plan.problem(
                    table.sheet,
                    1,
                    table.columns[target].name,
                    say(
                        "The column appears twice (columns {first} and {second}); keep one.",
                        "A coluna aparece duas vezes (colunas {first} e {second}); mantenha só uma.",
                        first=str(seen[target] + 1),
                        second=str(source + 1),
                    ),
                )
                continue
            seen[target] = source
            found.append((source, target, language or naming.language))
        for _, target, language in found:
            column = table.columns[target]
            naming.columns[column.name] = column.header(language)
        return [
            (source, target, _parser(self.plan, table.sheet, table.columns[target], language))
            for source, target, language in found
        ]


def _either_language(names: list[tuple[str, str, Any]]) -> dict[str, tuple[Any, str | None]]:
    """Names in English and Portuguese (name, language, what it names) by their folded form, each with the language
    it is in: None for a name the same in both ("Clusters", "Cluster")."""
    found: dict[str, tuple[Any, str | None]] = {}
    for name, language, named in names:
        key = fold(name)
        if key not in found:
            found[key] = (named, language)
            continue
        other, other_language = found[key]
        if other != named:
            raise ValueError(f"“{name}” names two things of the workbook")
        if other_language != language:
            found[key] = (named, None)
    return found


_SHEETS: dict[str, tuple[Table, str | None]] = _either_language(
    [(table.title(language), language, table) for table in tables.TABLES for language in ("en", "pt")]
)
"""Each record sheet by its name in either language (folded)."""

_HEADERS: dict[str, dict[str, tuple[int, str | None]]] = {
    table.sheet: _either_language(
        [
            (column.header(language), language, number)
            for number, column in enumerate(table.columns)
            for language in ("en", "pt")
        ]
    )
    for table in tables.TABLES
}
"""Per sheet, each column's position by its header in either language (folded)."""


def _too_many(sheet: str, limit: int) -> RefusedFileError:
    return RefusedFileError(
        say(
            "The {sheet} sheet has more than {limit} rows, more than PactDesk imports at once; split the workbook.",
            "A folha {sheet} tem mais de {limit} linhas, mais do que o PactDesk importa de uma vez; divida o livro.",
            sheet=sheet,
            limit=limit,
        )
    )


def _parser(plan: ImportPlan, sheet: str, column: Column, language: str) -> Callable[[Any, int], Any]:
    """A function reading one cell of ``column`` into its value, reporting a problem and giving INVALID if it can't.
    A kind or status may be written in either language; a problem lists the words of ``language``."""
    name = column.name

    def problem(row: int, text: str) -> Any:
        plan.problem(sheet, row, name, text)
        return INVALID

    def as_text(value: Any, row: int) -> Any:
        if value is None:
            return ""
        if type(value) is not str:
            value = _plain_text(value)
        if len(value) > column.limit:
            return problem(
                row,
                say(
                    "The text is too long ({length} characters; at most {limit}).",
                    "O texto tem {length} caracteres, mais do que os {limit} permitidos.",
                    length=len(value),
                    limit=column.limit,
                ),
            )
        return check.clean_text(value) if _CONTROL.search(value) else value.strip()

    def as_date(value: Any, row: int) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str) and len(value) <= 40:
            try:
                return check.parse_date(value, "date", name)
            except ValidationError:
                pass
        return problem(
            row,
            say(
                "“{value}” is not a date; type a date, or text like 2025-03-31.",
                "«{value}» não é uma data; escreva uma data, ou um texto como 2025-03-31.",
                value=_plain_text(value),
            ),
        )

    def as_moment(value: Any, row: int) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.replace(microsecond=0)
        if isinstance(value, str) and len(value) <= 40:
            try:
                return check.parse_datetime(value, "date and time", name)
            except ValidationError:
                pass
        return problem(
            row,
            say(
                "“{value}” is not a date and time; type one, or text like 2025-03-31 14:30.",
                "«{value}» não é uma data e hora; escreva uma, ou um texto como 2025-03-31 14:30.",
                value=_plain_text(value),
            ),
        )

    def as_yes_no(value: Any, row: int) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return value
        word = _plain_text(value).strip().casefold()
        if word in _YES:
            return True
        if word in _NO:
            return False
        return problem(
            row,
            say(
                "“{value}” is not yes or no; write yes, no, sim or não.",
                "«{value}» não é sim nem não; escreva sim, não, yes ou no.",
                value=_plain_text(value),
            ),
        )

    def as_number(value: Any, row: int) -> Any:
        if value is None or value == "":
            return None
        number: int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str):
            text = value.strip().removesuffix("%").strip()
            if text.isdigit() and len(text) < 10:
                number = int(text)
        if number is None or not column.low <= number <= column.limit:
            return problem(
                row,
                say(
                    "“{value}” is not a whole number from {low} to {high}.",
                    "«{value}» não é um número inteiro de {low} a {high}.",
                    value=_plain_text(value),
                    low=str(column.low),
                    high=str(column.limit),
                ),
            )
        return number

    choices = _choices(column)
    listed = ", ".join(column.words(language).values())

    def as_choice(value: Any, row: int) -> Any:
        if value is None:
            return ""
        word = " ".join(_plain_text(value).replace("_", " ").split()).strip("()").casefold()
        if not word:
            return ""
        found = choices.get(word)
        if found is None:
            found = choices.get(fold(word))
            if found is None:
                return problem(
                    row,
                    say(
                        "“{value}” is not one of: {listed}.",
                        "«{value}» não corresponde a nenhum destes valores: {listed}.",
                        value=_plain_text(value),
                        listed=listed,
                    ),
                )
        return found

    def as_goals(value: Any, row: int) -> Any:
        numbers = _listed(value)
        if numbers is None or any(not text.isdigit() or not 1 <= int(text) <= 9 for text in numbers):
            return problem(
                row,
                say(
                    "“{value}” is not a list of goal numbers 1 to 9, such as 1; 3.",
                    "«{value}» não é uma lista de números de objetivos de 1 a 9, como 1; 3.",
                    value=_plain_text(value),
                ),
            )
        return tuple(sorted({int(text) for text in numbers}))

    def as_refs(value: Any, row: int) -> Any:
        refs = _listed(value)
        if refs is None or len(refs) > 200:
            return problem(
                row,
                say(
                    "This is not a list of meeting references, such as AEC-2024-01; AEC-2024-02.",
                    "Isto não é uma lista de referências de reuniões, como AEC-2024-01; AEC-2024-02.",
                ),
            )
        return tuple(dict.fromkeys(ref.upper() for ref in refs))

    parsers: dict[Kind, Callable[[Any, int], Any]] = {
        Kind.TEXT: as_text,
        Kind.DATE: as_date,
        Kind.DATETIME: as_moment,
        Kind.YESNO: as_yes_no,
        Kind.NUMBER: as_number,
        Kind.CHOICE: as_choice,
        Kind.GOALS: as_goals,
        Kind.REFS: as_refs,
    }
    return parsers[column.kind]


def _choices(column: Column) -> dict[str, str]:
    """Each value of ``column`` by the words for it in either language: as written in lower case ("à distância"),
    and folded ("a distancia")."""
    choices: dict[str, str] = {}
    for language in ("en", "pt"):
        for value, word in column.words(language).items():
            choices.setdefault(word.casefold(), value)
            choices.setdefault(fold(word), value)
    for word, value in column.also:
        choices.setdefault(fold(word), value)
    return choices


def _listed(value: Any) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if len(text) > 2_000:
        return None
    return [part for part in _LIST_SEPARATORS.split(text) if part]


def _plain_text(value: Any) -> str:
    """What a person sees in a cell that holds something other than text."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
