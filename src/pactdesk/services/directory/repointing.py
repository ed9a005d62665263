"""Every row that refers to one record pointed at another, and pointed back to undo it; what refers to a record is
read from the schema's foreign keys.

A merge points whatever refers to the duplicate at the record kept, so a column added later that refers to a person
or an organisation moves, and moves back, without anyone listing it here. Where a moved row would break a unique
constraint (the duplicate and the person kept both on the attendance list of one meeting), the kept record's row
stays, taking the values it lacks from the duplicate's, and the duplicate's row is taken out whole, with whatever
cascades from it (``archive.take_out``), to be put back on undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    ForeignKey,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    and_,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from pactdesk.domain.errors import NotFoundError
from pactdesk.domain.models import Base
from pactdesk.services import archive

Key = tuple[Any, ...]
"""A row's primary key, its columns in the table's order."""


@dataclass(frozen=True)
class Moved:
    """The rows of ``table`` whose ``column`` referred to ``value`` (the duplicate) and now refer to the one kept."""

    table: str
    column: str
    value: Any
    keys: tuple[Key, ...]


@dataclass(frozen=True)
class Dropped:
    """A row of the duplicate's that would have repeated one of the kept record's: taken out with what cascades from
    it, and the kept row's values, before it took those it lacked from this one."""

    removed: archive.Archived
    kept: Key
    kept_before: tuple[tuple[str, Any], ...]

    @property
    def table(self) -> str:
        return self.removed.tables[0][0]


@dataclass(frozen=True)
class Repointed:
    """What ``repoint`` changed, for ``point_back`` to undo."""

    moved: tuple[Moved, ...]
    dropped: tuple[Dropped, ...]

    def count(self, table: str, column: str) -> int:
        """How many rows of ``table`` had ``column`` pointed at the record kept."""
        return sum(len(moved.keys) for moved in self.moved if (moved.table, moved.column) == (table, column))

    def dropped_from(self, table: str) -> int:
        """How many of the duplicate's rows of ``table`` went because the record kept had one like it."""
        return sum(1 for dropped in self.dropped if dropped.table == table)


def referring(target: Table) -> list[tuple[Table, ForeignKey]]:
    """Every foreign key in the schema that refers to ``target``, with the table it is in."""
    return [
        (child, foreign_key)
        for child in Base.metadata.sorted_tables
        for foreign_key in sorted(child.foreign_keys, key=lambda key: key.parent.name)
        if foreign_key.column.table is target
    ]


def repoint(
    session: Session, target: Table, old: int, new: int, takes: Mapping[str, Sequence[str]] | None = None
) -> Repointed:
    """Point every row that refers to the ``target`` row whose id is ``old`` at the row whose id is ``new``.

    A row that would then repeat one the ``new`` record already has, against a unique constraint, is taken out
    instead; the row that stays takes the columns ``takes`` names for its table where it has no value and the
    duplicate's row has one."""
    session.flush()
    rows = {row["id"]: row for row in _rows(session, target, target.c.id.in_([old, new]))}
    moved: list[Moved] = []
    dropped: list[Dropped] = []
    for child, foreign_key in referring(target):
        column = foreign_key.parent
        before, after = rows[old][foreign_key.column.name], rows[new][foreign_key.column.name]
        if before is None or before == after:
            continue
        unique = _unique_sets(child, column)
        if unique:
            for row in _rows(session, child, column == before):
                kept = _repeated(session, child, unique, column, row, after)
                if kept is not None:
                    dropped.append(_drop(session, child, row, kept, (takes or {}).get(child.name, ())))
        primary = list(child.primary_key.columns)
        keys = tuple(tuple(key) for key in session.execute(select(*primary).where(column == before)))
        if keys:
            session.execute(update(child).where(column == before).values({column: after}))
            moved.append(Moved(child.name, column.name, before, keys))
    session.expire_all()
    return Repointed(tuple(moved), tuple(dropped))


def point_back(session: Session, repointed: Repointed) -> None:
    """Undo ``repoint`` once the record the rows referred to is back: the moved rows refer to it again, the kept rows
    have their values back and the dropped rows are put back. A row deleted since stays deleted."""
    session.flush()
    for moved in repointed.moved:
        child = archive.table(moved.table)
        session.execute(update(child).where(_among(child, moved.keys)).values({moved.column: moved.value}))
    for dropped in repointed.dropped:
        child = archive.table(dropped.table)
        if dropped.kept_before:
            session.execute(update(child).where(_among(child, [dropped.kept])).values(dict(dropped.kept_before)))
        # A row whose meeting (say) was deleted since cannot stand, and stays out like a moved row deleted since.
        with suppress(NotFoundError):
            archive.put_back(session, dropped.removed, new_id_if_taken=True)
    session.expire_all()


def _rows(session: Session, table: Table, condition: ColumnElement[bool]) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in session.execute(select(table).where(condition))]


def _unique_sets(table: Table, column: Column[Any]) -> list[list[Column[Any]]]:
    """The sets of columns of ``table`` that no two rows may share, among them ``column``."""
    sets: list[list[Column[Any]]] = [
        list(constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint)
    ]
    sets += [list(index.columns) for index in table.indexes if index.unique]
    return [columns for columns in sets if any(other is column for other in columns)]


def _repeated(
    session: Session,
    table: Table,
    unique: Iterable[list[Column[Any]]],
    column: Column[Any],
    row: Mapping[str, Any],
    new: Any,
) -> Key | None:
    """The key of a row that already has what ``row`` would have with ``column`` set to ``new``, on any unique set of
    columns; None when there is none."""
    primary = list(table.primary_key.columns)
    for columns in unique:
        others = [other for other in columns if other is not column]
        if any(row[other.name] is None for other in others):
            continue  # a NULL repeats nothing
        condition = and_(column == new, *(other == row[other.name] for other in others))
        found = session.execute(select(*primary).where(condition)).first()
        if found is not None:
            return tuple(found)
    return None


def _drop(session: Session, table: Table, row: Mapping[str, Any], kept: Key, takes: Sequence[str]) -> Dropped:
    kept_row = _rows(session, table, _among(table, [kept]))[0]
    lacking = {name: row[name] for name in takes if kept_row[name] in (None, "") and row[name] not in (None, "")}
    removed = archive.take_out(session, table, _among(table, [tuple(row[c.name] for c in table.primary_key.columns)]))
    if lacking:
        session.execute(update(table).where(_among(table, [kept])).values(lacking))
    return Dropped(removed, kept, tuple((name, kept_row[name]) for name in takes))


def _among(table: Table, keys: Sequence[Key]) -> ColumnElement[bool]:
    primary = list(table.primary_key.columns)
    if len(primary) == 1:
        return primary[0].in_([key[0] for key in keys])
    return tuple_(*primary).in_(keys)
