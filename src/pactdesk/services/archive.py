"""Rows taken out of the database with everything that hangs from them, and put back exactly: the one way every
removal is undone.

What hangs from a row is read from the schema's foreign keys: rows that refer to it with ``ON DELETE CASCADE``
are taken out with it, and references from rows that stay (``ON DELETE SET NULL``) are noted so they can be set
again. Whole rows are kept, so a column or a child table added later is archived and put back without anyone
listing it here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ColumnElement, ForeignKey, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from pactdesk.domain.errors import ConflictError, NotFoundError
from pactdesk.domain.messages import noun, say
from pactdesk.domain.models import Base

Row = Mapping[str, Any]
Rows = tuple[Row, ...]


@dataclass(frozen=True)
class Relink:
    """A row that stays kept a reference to an archived row, which the removal set to NULL."""

    table: str
    key: Row  # the staying row's primary key
    column: str
    value: Any
    refers_to: str  # the archived row's table


@dataclass(frozen=True)
class Archived:
    """Rows as they were, parents before children, and the references to them from rows that stayed."""

    tables: tuple[tuple[str, Rows], ...]
    relinks: tuple[Relink, ...]

    @property
    def root(self) -> Row:
        """The first row taken out (the one the removal was asked for)."""
        return self.tables[0][1][0]


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def _key(table: Table, row: Row) -> tuple[Any, ...]:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _read(session: Session, table: Table, condition: ColumnElement[bool]) -> list[Row]:
    return [dict(row._mapping) for row in session.execute(select(table).where(condition))]


def _pointing_at(tables: Sequence[Table], parent: Table) -> Iterable[tuple[Table, ForeignKey]]:
    for child in tables:
        for foreign_key in child.foreign_keys:
            if foreign_key.column.table is parent:
                yield child, foreign_key


def take_out(session: Session, root: Table, condition: ColumnElement[bool]) -> Archived:
    """Delete the rows of ``root`` meeting ``condition`` with every row that cascades from them; returns them."""
    session.flush()  # what the use case changed so far is read, and kept
    tables = Base.metadata.sorted_tables  # parents before children (sorted anew at each reading: read it once)
    found: dict[str, dict[tuple[Any, ...], Row]] = {}
    waiting = [(root, _read(session, root, condition))]
    while waiting:
        parent, rows = waiting.pop()
        kept = found.setdefault(parent.name, {})
        new = [row for row in rows if _key(parent, row) not in kept]
        kept.update((_key(parent, row), row) for row in new)
        if not new:
            continue
        for child, foreign_key in _pointing_at(tables, parent):
            if foreign_key.ondelete == "CASCADE":
                values = {row[foreign_key.column.name] for row in new}
                waiting.append((child, _read(session, child, foreign_key.parent.in_(values))))
    if not found.get(root.name):
        return Archived((), ())
    relinks = []
    for parent_name, parent_rows in found.items():
        for child, foreign_key in _pointing_at(tables, table(parent_name)):
            if foreign_key.ondelete != "SET NULL":
                continue
            values = {row[foreign_key.column.name] for row in parent_rows.values()}
            archived_here = found.get(child.name, {})
            for row in _read(session, child, foreign_key.parent.in_(values)):
                if _key(child, row) not in archived_here:
                    key = {column.name: row[column.name] for column in child.primary_key.columns}
                    relinks.append(
                        Relink(child.name, key, foreign_key.parent.name, row[foreign_key.parent.name], parent_name)
                    )
    session.execute(delete(root).where(condition))  # the database's own cascades delete the rest
    session.expire_all()
    kept_rows = tuple((t.name, tuple(found[t.name].values())) for t in tables if found.get(t.name))
    return Archived(kept_rows, tuple(relinks))


def put_back(session: Session, archived: Archived, *, new_id_if_taken: bool = False) -> Row:
    """Insert the archived rows again, under their old ids, and set the references that were cleared. Returns the
    root row as put back.

    A reference to a row deleted since is cleared where the column allows it; a child row that cannot stand
    without it is left out (a link to a meeting deleted since, say). Should the root's id have been taken since
    (tables whose ids may be reused), the root comes back under a new id with ``new_id_if_taken`` and its
    children follow it; otherwise that is a ``ConflictError``.
    """
    if not archived.tables:
        raise NotFoundError(say("There is nothing to put back.", "Não há nada para repor."))
    session.flush()
    renamed: dict[str, dict[Any, Any]] = {}  # table -> old id -> new id
    present = _Presence(session, archived)
    (root_name, root_rows), *children = archived.tables
    root = table(root_name)
    first: Row = {}
    for row in root_rows:
        linked = _still_linked(present, root, dict(row))
        if linked is None:
            raise NotFoundError(
                say(
                    "What this {what} belonged to no longer exists.",
                    "Aquilo a que {what:este} pertencia já não existe.",
                    what=noun(root.name.replace("_", " ")),
                )
            )
        put = _insert_root(session, root, linked, renamed, new_id_if_taken)
        first = first or put
    for name, rows in children:
        target = table(name)
        kept = [_still_linked(present, target, _followed(target, row, renamed)) for row in rows]
        if standing := [row for row in kept if row is not None]:
            session.execute(insert(target), standing)
    for relink in archived.relinks:
        target = table(relink.table)
        condition = and_(*(target.c[column] == value for column, value in relink.key.items()))
        value = renamed.get(relink.refers_to, {}).get(relink.value, relink.value)
        session.execute(update(target).where(condition).values({relink.column: value}))
    session.expire_all()
    return first


def _followed(target: Table, row: Row, renamed: dict[str, dict[Any, Any]]) -> dict[str, Any]:
    """``row`` with its references to a row put back under a new id changed to that id."""
    followed = dict(row)
    for foreign_key in target.foreign_keys:
        moved = renamed.get(foreign_key.column.table.name, {})
        if foreign_key.column.name == "id" and followed[foreign_key.parent.name] in moved:
            followed[foreign_key.parent.name] = moved[followed[foreign_key.parent.name]]
    return followed


class _Presence:
    """Whether the row a reference points at is there: among the rows being put back, or in the database, each
    value looked up once however many rows refer to it."""

    def __init__(self, session: Session, archived: Archived) -> None:
        self._session = session
        self._archived = dict(archived.tables)
        self._known: dict[tuple[str, str], dict[Any, bool]] = {}

    def __call__(self, referred: Column[Any], value: Any) -> bool:
        where = (referred.table.name, referred.name)
        known = self._known.get(where)
        if known is None:
            known = self._known[where] = {row[referred.name]: True for row in self._archived.get(where[0], ())}
        if value not in known:
            known[value] = self._session.scalar(select(referred).where(referred == value)) is not None
        return known[value]


def _still_linked(present: _Presence, target: Table, row: dict[str, Any]) -> dict[str, Any] | None:
    """``row`` without references to rows deleted since it was archived; None when it cannot stand without."""
    for foreign_key in target.foreign_keys:
        value = row[foreign_key.parent.name]
        if value is None or present(foreign_key.column, value):
            continue
        if not foreign_key.parent.nullable:
            return None
        row[foreign_key.parent.name] = None
    return row


def _insert_root(
    session: Session, target: Table, row: dict[str, Any], renamed: dict[str, dict[Any, Any]], new_id_if_taken: bool
) -> Row:
    key = list(target.primary_key.columns)
    taken = session.execute(select(*key).where(and_(*(column == row[column.name] for column in key)))).first()
    if taken is not None:
        if not new_id_if_taken or [column.name for column in key] != ["id"]:
            raise ConflictError(
                say("That {what} is already there.", "{what:Esse} já existe.", what=noun(target.name.replace("_", " ")))
            )
        old = row.pop("id")
        row["id"] = session.execute(insert(target).values(row).returning(target.c.id)).scalar_one()
        renamed.setdefault(target.name, {})[old] = row["id"]
        return row
    session.execute(insert(target).values(row))
    return row
