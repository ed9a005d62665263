"""The append-only, hash-chained audit log: every write through ``Database.write()`` leaves entries saying who, when,
which record and its fields' old and new values, appended in the same transaction as the write.

What is recorded, and how it is seen:
- the ORM's flushes: each record inserted, changed or deleted, from the flush's own list and the attributes'
  history; rows of link tables (action_goal, output_goal, output_meeting) from the collections' history;
- statements run through the session or its connection (``insert``, ``update``, ``delete``: undo, the workbook
  import, merges): the rows an update or a delete touches are read just before it, an update's computed values
  and an insert's new ids just after;
- rows the database deletes itself (``ON DELETE CASCADE``) are read just before the DELETE that takes them.
Not recorded: the log itself, the reference counters (the references are, with their records), the ``Tracked``
stamps (``version``, ``created_by``, ``updated_by``, ``updated_at``: the entry says who and when), and the content
of minutes versions, their PDFs and attached files (their fingerprint, SHA-256 and size are). A reference the
database clears itself (``ON DELETE SET NULL``) is not recorded apart from the deletion that cleared it.

The chain. ``payload`` is canonical JSON of ``{field: [old, new]}`` (sorted keys, no spaces, characters as they
are) and ``payload_sha256`` the SHA-256 of that stored text. An entry's ``hash`` is the SHA-256 (hexadecimal) of
the SHA-256 hexadecimal digests, one after the other, of the UTF-8 text of: its id (decimal), ``at``
(``YYYY-MM-DD HH:MM:SS``), actor, action, table_name, record_id (decimal; empty when there is none), ref,
payload_sha256 and previous_hash. The first entry's previous_hash is 64 zeros. The payload counts through its
SHA-256 alone, so erasing a person blanks the payloads that named them (``payload`` NULL) and the chain still holds;
a check recomputes everything from the stored text, so a file and a server agree, and a copy between them (which
copies every row as it is) keeps a valid chain.

A long write (the workbook import's hundreds of thousands of rows) appends what it has gathered every 5,000
entries, between two of its statements, still in its transaction: a failure takes them back with the rows.

Appends are serialised. A file has one writer, which reads the last hash in its own transaction. On a server an
advisory lock, held to the end of the transaction, serialises the laptops: its statement and one that reads the
last hash, takes the ids, finds the references and computes the hashes (the same recipe, in SQL) and inserts every
entry are sent together, in one round trip, each statement seeing what was committed before it ran.

Past the 600 lines a module should keep to: the three ways a write is seen, the append and the chain share the
transaction's log and each other's helpers, and split apart each piece would reach into another's private state. The
erasure's blanking of payloads is in ``store/scrubbing.py``; reading and checking the log in ``services/audit.py``.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, event, func, inspect, select, text, tuple_
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.base import LoaderCallableStatus
from sqlalchemy.orm.state import InstanceState
from sqlalchemy.orm.unitofwork import UOWTransaction
from sqlalchemy.sql import operators
from sqlalchemy.sql.dml import Delete, Insert, Update
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

from pactdesk.domain.models import AuditEntry, Base

ZERO = "0" * 64
LOG = cast(Table, AuditEntry.__table__)
# The key of the server's advisory lock on appends: any fixed number, the same on every laptop.
LOCK_KEY = 7_305_817_620_291_544_421
UNRECORDED = frozenset({"audit_entry", "ref_counter", "alembic_version", "team_member"})
STAMPS = frozenset({"version", "created_by", "updated_by", "updated_at"})
CONTENT = {
    "minutes_version": frozenset({"content"}),
    "minutes_document": frozenset({"content"}),
    "blob": frozenset({"content"}),  # an attachment's bytes: logged by their SHA-256 (the key) and size
    "attachment": frozenset({"text"}),  # the words read from its file: derived, not what a person wrote
}
_INFO = "pactdesk_audit"
_CHUNK = 500  # ids in one IN (…), rows in one INSERT
_SPILL = 5000  # entries a transaction holds before it appends them (a big import's memory stays bounded)

# Where a row's reference comes from: its own ``ref``, or the record one of its columns points at.
_REF_FROM: dict[str, str | tuple[str, str]] = {
    "meeting": "ref",
    "action": "ref",
    "output": "ref",
    "attendance": ("meeting", "meeting_id"),
    "agenda_item": ("meeting", "meeting_id"),
    "minutes_version": ("meeting", "meeting_id"),
    "decision": ("agenda_item", "agenda_item_id"),
    "minutes_document": ("minutes_version", "version_id"),
    "action_update": ("action", "action_id"),
    "action_goal": ("action", "action_id"),
    "output_goal": ("output", "output_id"),
    "output_meeting": ("output", "output_id"),
    "attachment": ("meeting", "meeting_id"),
    "backlog_item": ("meeting", "from_meeting_id"),  # a topic parked from a meeting; one added as such has none
}
# How the database finds the reference of a record of each kind by its id: (FROM, the id, the reference).
_REF_SQL = {
    "meeting": ("meeting r", "r.id", "r.ref"),
    "action": ("action r", "r.id", "r.ref"),
    "output": ("output r", "r.id", "r.ref"),
    "agenda_item": ("agenda_item i JOIN meeting r ON r.id = i.meeting_id", "i.id", "r.ref"),
    "minutes_version": ("minutes_version v JOIN meeting r ON r.id = v.meeting_id", "v.id", "r.ref"),
}
RefKey = tuple[str, int]
_PLACES = {table.name: place for place, table in enumerate(Base.metadata.sorted_tables)}  # parents before children


# -- the chain ---------------------------------------------------------------------------------------------------


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def moment(at: datetime | str) -> str:
    """``at`` as the hash takes it: ``YYYY-MM-DD HH:MM:SS`` (a file's raw text keeps its fraction of a second)."""
    if isinstance(at, str):
        return at.replace("T", " ")[:19]
    return at.strftime("%Y-%m-%d %H:%M:%S")


def entry_hash(
    entry_id: int,
    at: datetime | str,
    actor: str,
    action: str,
    table_name: str,
    record_id: int | None,
    ref: str,
    payload_sha256: str,
    previous_hash: str,
) -> str:
    """The entry's hash, as the module's docstring defines it."""
    return _chained(
        entry_id, _repeated(moment(at)) + _repeated(actor), action, table_name, record_id, ref, payload_sha256,
        previous_hash,
    )  # fmt: skip


def _chained(
    entry_id: int,
    moment_and_actor: str,
    action: str,
    table_name: str,
    record_id: int | None,
    ref: str,
    payload_sha256: str,
    previous_hash: str,
) -> str:
    """``entry_hash`` with the digests of the moment and the actor given, as an append computes them once for all
    its entries."""
    return digest(
        digest(str(entry_id))
        + moment_and_actor
        + _repeated(action)
        + _repeated(table_name)
        + digest("" if record_id is None else str(record_id))
        + _repeated(ref)
        + digest(payload_sha256)
        + digest(previous_hash)
    )


@lru_cache(maxsize=4096)
def _repeated(text: str) -> str:
    """The digest of a part many entries share (the moment, the actor, the action, the table, the reference)."""
    return digest(text)


def canonical(fields: Mapping[str, Any]) -> str:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


COLUMNS = ("id", "at", "actor", "action", "table_name", "record_id", "ref", "payload", "payload_sha256")
STORED = (*COLUMNS, "previous_hash", "hash")  # the order ``walk`` reads a stored entry's columns in


@dataclass(frozen=True)
class Break:
    """Where the chain breaks: ``row`` is the stored entry (``STORED``'s columns), ``kind`` says how: ``changed``
    (its text no longer gives its hash), ``unlinked`` (it does not follow the entry before it), ``cut`` (entries
    after it, the newest, were removed)."""

    row: Sequence[Any]
    kind: str


@dataclass
class Walk:
    entries: int = 0
    erased: int = 0
    last: Sequence[Any] | None = None
    broken: Break | None = None


def walk(rows: Iterable[Sequence[Any]], *, highest_id_given: int | None = None) -> Walk:
    """Follow the stored entries (``STORED``'s columns, in id order) and stop at the first broken link.
    ``highest_id_given``: the highest id the database ever gave an entry, where it keeps it (a file's
    ``sqlite_sequence``): higher than the last entry's means the newest entries were removed."""
    found = Walk()
    previous = ZERO
    for row in rows:
        entry_id, at, actor, action, table_name, record_id, ref, payload, payload_sha256, previous_hash, stored = row
        found.entries += 1
        if previous_hash != previous:
            found.broken = Break(row, "unlinked")
            return found
        if payload is None:
            found.erased += 1
        elif digest(payload) != payload_sha256:
            found.broken = Break(row, "changed")
            return found
        recorded = entry_hash(entry_id, at, actor, action, table_name, record_id, ref, payload_sha256, previous_hash)
        if recorded != stored:
            found.broken = Break(row, "changed")
            return found
        previous = stored
        found.last = row
    if found.last is not None and highest_id_given is not None and highest_id_given > found.last[0]:
        found.broken = Break(found.last, "cut")
    return found


def highest_id_given(connection: Connection) -> int | None:
    """A file remembers the highest id it ever gave an entry; a server's sequence skips ids of rolled-back
    transactions, so there it tells nothing."""
    if connection.dialect.name != "sqlite":
        return None
    value = connection.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'"))
    return int(value) if value is not None else None


# -- what a transaction wrote ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Change:
    action: str  # insert, update, delete, erase
    table: str
    record_id: int | None
    payload: str  # ``canonical`` of the fields' [old, new]: held as text, a fraction of the dict's memory
    ref: str | RefKey  # the reference, or the record to find it from


@dataclass
class _Pending:
    """A statement under way: what ``after_execute`` needs to finish its entries."""

    statement: Any
    table: Table
    kind: str  # "insert", "insert-new" (ids handed out by the database), "update"
    before: Any = None


@dataclass
class _Log:
    """What a transaction wrote so far, appended to the log when it commits."""

    changes: list[Change] = field(default_factory=list)
    known: dict[RefKey, str | RefKey] = field(default_factory=dict)  # references learnt from rows seen
    deleted: set[tuple[str, tuple[Any, ...]]] = field(default_factory=set)
    quiet: set[tuple[str, int]] = field(default_factory=set)  # records whose changes are not told (an erasure's)
    pending: list[_Pending] = field(default_factory=list)

    def add(self, action: str, table: Table, fields: dict[str, list[Any]], row: Mapping[str, Any]) -> None:
        record_id = _record_id(table, row)
        if record_id is not None and (table.name, record_id) in self.quiet:
            return
        if action == "delete":
            key = (table.name, tuple(row.get(column.name) for column in table.primary_key.columns))
            if key in self.deleted:
                return
            self.deleted.add(key)
        self.learn(table.name, row)
        if fields or action != "update":
            self.changes.append(Change(action, table.name, record_id, canonical(fields), _ref_of(table.name, row)))

    def learn(self, table: str, row: Mapping[str, Any]) -> None:
        record_id = row.get("id")
        if record_id is None:
            return
        rule = _REF_FROM.get(table)
        if rule == "ref" and row.get("ref"):
            self.known[(table, record_id)] = str(row["ref"])
        elif table in _REF_SQL and isinstance(rule, tuple) and row.get(rule[1]) is not None:
            self.known[(table, record_id)] = (rule[0], row[rule[1]])


def _log(session: Session) -> _Log:
    log = session.info.get(_INFO)
    if log is None:
        log = session.info[_INFO] = _Log()
    return log


def _record_id(table: Table, row: Mapping[str, Any]) -> int | None:
    """The record's id: its integer primary key, or for a link row the first of its two."""
    first = next(iter(table.primary_key.columns), None)
    value = row.get(first.name) if first is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _ref_of(table: str, row: Mapping[str, Any]) -> str | RefKey:
    rule = _REF_FROM.get(table)
    if rule is None:
        return ""
    if not isinstance(rule, tuple):
        return str(row.get("ref") or "")
    kind, column = rule
    value = row.get(column)
    return (kind, value) if isinstance(value, int) else ""


def plain(value: Any) -> Any:
    """A value as JSON holds it: dates in ISO form, an enumeration by its value, bytes by their size."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"({len(value)} bytes)"
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    return str(value)


def _told(table: Table) -> list[str]:
    """The columns whose values an entry tells."""
    told = _TOLD.get(table.name)
    if told is None:
        skipped = STAMPS | CONTENT.get(table.name, frozenset())
        told = _TOLD[table.name] = [column.name for column in table.columns if column.name not in skipped]
    return told


_TOLD: dict[str, list[str]] = {}


def _readable(table: Table) -> list[Any]:
    """The columns read back from a table: all but the contents of versions, PDFs and attached files."""
    skipped = CONTENT.get(table.name, frozenset())
    return [column for column in table.columns if column.name not in skipped]


def inserted(table: Table, values: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {name: [None, plain(values[name])] for name in _told(table) if values.get(name) is not None}


def deleted(table: Table, values: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {name: [plain(values[name]), None] for name in _told(table) if values.get(name) is not None}


def updated(table: Table, old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    fields = {}
    for name in _told(table):
        if name in new:
            before, after = plain(old.get(name)), plain(new[name])
            if before != after:
                fields[name] = [before, after]
    return fields


# -- the ORM's flushes ------------------------------------------------------------------------------------------


def _flushed(session: Session, flush_context: UOWTransaction) -> None:
    """``after_flush``: the records the flush inserted, changed or deleted, with their links. A changed attribute's
    value before the flush is in the record's ``committed_state`` until the flush ends."""
    log = _log(session)
    first = len(log.changes)
    new = session.new
    for state, (is_delete, list_only) in list(flush_context.states.items()):
        if list_only:
            continue
        table = state.mapper.local_table
        if not isinstance(table, Table) or table.name in UNRECORDED:
            continue
        columns = _columns(state.mapper)
        now = {name: state.dict[key] for key, name in columns if key in state.dict}
        committed = state.committed_state
        if is_delete:
            old = {**now, **{name: _known(committed[key]) for key, name in columns if key in committed}}
            log.add("delete", table, deleted(table, old), old)
        elif state.obj() in new:
            log.add("insert", table, inserted(table, now), now)
        else:
            changed = [(key, name) for key, name in columns if key in committed]
            old = {name: _known(committed[key]) for key, name in changed}
            log.add("update", table, updated(table, old, {name: now.get(name) for _, name in changed}), now)
        if _linked(state.mapper):
            _links(log, state, is_delete)
    # In the order a reader follows: what was made or changed, parents first, then what was deleted, children first.
    log.changes[first:] = sorted(log.changes[first:], key=_reading_order)


def _known(value: Any) -> Any:
    """A value from ``committed_state``: a marker for a value never loaded is no value known."""
    return None if isinstance(value, LoaderCallableStatus) else value


def _reading_order(change: Change) -> tuple[int, int]:
    place = _PLACES.get(change.table, 0)
    return (1, -place) if change.action == "delete" else (0, place)


_COLUMNS: dict[Any, list[tuple[str, str]]] = {}
_LINKED: dict[Any, list[Any]] = {}


def _columns(mapper: Any) -> list[tuple[str, str]]:
    """(attribute, column name) of the columns of the record's own table."""
    found = _COLUMNS.get(mapper)
    if found is None:
        table = mapper.local_table
        found = _COLUMNS[mapper] = [
            (prop.key, prop.columns[0].name)
            for prop in mapper.column_attrs
            if getattr(prop.columns[0], "table", None) is table
        ]
    return found


def _linked(mapper: Any) -> list[Any]:
    """The record's collections kept in a link table (an action's goals, an output's goals and meetings)."""
    found = _LINKED.get(mapper)
    if found is None:
        found = _LINKED[mapper] = [
            relationship
            for relationship in mapper.relationships
            if isinstance(relationship.secondary, Table)
            and not relationship.viewonly
            and relationship.secondary.name not in UNRECORDED
        ]
    return found


def _links(log: _Log, state: InstanceState[Any], is_delete: bool) -> None:
    """Rows of link tables the flush wrote for the record's collections."""
    for relationship in _linked(state.mapper):
        secondary = relationship.secondary
        if relationship.key not in state.dict:
            continue  # never loaded: nothing changed through it (the database's cascades are read at the DELETE)
        history = state.attrs[relationship.key].history
        added = [] if is_delete else list(history.added)
        gone = [*history.unchanged, *history.deleted] if is_delete else list(history.deleted)
        if not added and not gone:
            continue
        parent = {}
        for parent_column, link_column in relationship.synchronize_pairs:
            parent[link_column.name] = state.dict.get(state.mapper.get_property_by_column(parent_column).key)
        pairs = relationship.secondary_synchronize_pairs or []
        for action, targets in (("insert", added), ("delete", gone)):
            for target in targets:
                target_state = inspect(target)
                row = dict(parent)
                for target_column, link_column in pairs:
                    key = relationship.mapper.get_property_by_column(target_column).key
                    row[link_column.name] = target_state.dict.get(key)
                fields = inserted(secondary, row) if action == "insert" else deleted(secondary, row)
                log.add(action, secondary, fields, row)


# -- statements run through the session or its connection -------------------------------------------------------

_sessions: weakref.WeakKeyDictionary[Connection, weakref.ref[Session]] = weakref.WeakKeyDictionary()


def _began(session: Session, _transaction: Any, connection: Connection) -> None:
    _sessions[connection] = weakref.ref(session)


def _session_of(connection: Connection) -> Session | None:
    found = _sessions.get(connection)
    return found() if found is not None else None


def _table_of(statement: Insert | Update | Delete) -> Table | None:
    name = getattr(statement.table, "name", None)
    if name is None or name in UNRECORDED:
        return None
    return Base.metadata.tables.get(name)


def _before_statement(
    connection: Connection,
    statement: Any,
    multiparams: Sequence[Mapping[str, Any]],
    params: Mapping[str, Any],
    _options: Any,
) -> None:
    """``before_execute``: rows an UPDATE or DELETE is about to change, and the ids before an INSERT."""
    if not isinstance(statement, Insert | Update | Delete):
        return
    session = _session_of(connection)
    if session is None:
        return
    table = _table_of(statement)
    if table is None:
        return
    _spill(session, connection)
    log = _log(session)
    given = list(multiparams) or ([params] if params else [])
    if session._flushing:  # the flush's own statements: recorded from the flush; the database's cascades here
        if isinstance(statement, Delete):
            _cascade(connection, log, table, given)
        return
    if isinstance(statement, Delete):
        rows = [row for _, found in _matching(connection, table, statement, given) for row in found]
        for row in rows:
            log.add("delete", table, deleted(table, row), row)
        _cascade(connection, log, table, rows)
    elif isinstance(statement, Update):
        log.pending.append(_Pending(statement, table, "update", _matching(connection, table, statement, given)))
    elif "id" in table.c and not _ids_given(statement, given):
        before = connection.scalar(select(func.coalesce(func.max(table.c.id), 0)))
        log.pending.append(_Pending(statement, table, "insert-new", before))
    else:
        log.pending.append(_Pending(statement, table, "insert"))


def _after_statement(
    connection: Connection,
    statement: Any,
    _multiparams: Any,
    _params: Any,
    _options: Any,
    result: Any,
) -> None:
    """``after_execute``: the entries of an INSERT or UPDATE, now that its rows are there."""
    if not isinstance(statement, Insert | Update):
        return
    session = _session_of(connection)
    log = session.info.get(_INFO) if session is not None else None
    if log is None:
        return
    waiting = next((pending for pending in reversed(log.pending) if pending.statement is statement), None)
    if waiting is None:
        return
    log.pending.remove(waiting)
    table = waiting.table
    if waiting.kind == "insert":
        compiled = getattr(getattr(result, "context", None), "compiled_parameters", None) or []
        names = set(table.c.keys())
        for values in compiled:
            row = {name: value for name, value in values.items() if name in names}
            log.add("insert", table, inserted(table, row), row)
    elif waiting.kind == "insert-new":
        query = select(*_readable(table)).where(table.c.id > waiting.before)
        if connection.dialect.name == "postgresql":  # only this transaction's: others may commit meanwhile
            query = query.where(text("xmin = pg_current_xact_id()::xid"))
        for found in connection.execute(query.order_by(table.c.id)).mappings():
            row = dict(found)
            log.add("insert", table, inserted(table, row), row)
    else:
        _finish_update(connection, log, table, waiting)
    _spill(session, connection)


def _ids_given(statement: Insert, given: list[Mapping[str, Any]]) -> bool:
    if given:
        return all(row.get("id") is not None for row in given)
    values = getattr(statement, "_values", None) or {}
    for key, value in values.items():
        if getattr(key, "key", key) == "id":
            return not (isinstance(value, BindParameter) and value.value is None)
    return False


def _assignments(statement: Update) -> dict[str, Any]:
    values = getattr(statement, "_values", None) or {}
    return {str(getattr(key, "key", key)): value for key, value in values.items()}


def _keyed_by(table: Table, statement: Update | Delete, given: list[Mapping[str, Any]]) -> tuple[str, str] | None:
    """(column, parameter) when the statement picks one row by its primary key from each set of parameters."""
    where = statement.whereclause
    keys = list(table.primary_key.columns)
    if (
        len(given) > 1
        and len(keys) == 1
        and isinstance(where, BinaryExpression)
        and where.operator is operators.eq
        and getattr(where.left, "name", None) == keys[0].name
        and isinstance(where.right, BindParameter)
        and all(where.right.key in row for row in given)
    ):
        return keys[0].name, where.right.key
    return None


def _matching(
    connection: Connection, table: Table, statement: Update | Delete, given: list[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], list[dict[str, Any]]]]:
    """The rows the statement will touch, for each set of its parameters."""
    columns = _readable(table)
    keyed = _keyed_by(table, statement, given)
    if keyed is not None:
        column, parameter = keyed
        wanted = [row[parameter] for row in given]
        found: dict[Any, dict[str, Any]] = {}
        for start in range(0, len(wanted), _CHUNK):
            query = select(*columns).where(table.c[column].in_(wanted[start : start + _CHUNK]))
            found.update((row[column], dict(row)) for row in connection.execute(query).mappings())
        return [(row, [found[row[parameter]]]) for row in given if row[parameter] in found]
    query = select(*columns)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    return [(row, [dict(found) for found in connection.execute(query, dict(row)).mappings()]) for row in given or [{}]]


def _finish_update(connection: Connection, log: _Log, table: Table, waiting: _Pending) -> None:
    assignments = _assignments(waiting.statement)
    literal = all(isinstance(value, BindParameter) for value in assignments.values())
    keys = [column.name for column in table.primary_key.columns]
    pairs: list[tuple[Mapping[str, Any], list[dict[str, Any]]]] = waiting.before
    if not literal and not set(keys) & set(assignments):
        # Computed values (position + 1): read the rows again by their keys.
        rows = [row for _, found in pairs for row in found]
        after = _by_keys(connection, table, keys, rows)
        for row in rows:
            now = after.get(tuple(row[name] for name in keys))
            if now is not None:
                log.add("update", table, updated(table, row, now), now)
        return
    for given, rows in pairs:
        values = {
            name: given.get(value.key, value.value)
            for name, value in assignments.items()
            if isinstance(value, BindParameter)
        }
        for row in rows:
            now = {**row, **values}
            log.add("update", table, updated(table, row, values), now)


def _by_keys(
    connection: Connection, table: Table, keys: list[str], rows: list[dict[str, Any]]
) -> dict[tuple[Any, ...], dict[str, Any]]:
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    columns = [table.c[name] for name in keys]
    for start in range(0, len(rows), _CHUNK):
        chunk = [tuple(row[name] for name in keys) for row in rows[start : start + _CHUNK]]
        condition = columns[0].in_([key[0] for key in chunk]) if len(keys) == 1 else tuple_(*columns).in_(chunk)
        for row in connection.execute(select(*_readable(table)).where(condition)).mappings():
            found[tuple(row[name] for name in keys)] = dict(row)
    return found


# What cascades from a table when the database deletes its rows: (child table, the child's foreign key).
_cascades: dict[str, list[tuple[Table, Any]]] = {}


def _cascading(table: Table) -> list[tuple[Table, Any]]:
    if not _cascades:
        for child in Base.metadata.sorted_tables:
            for foreign_key in child.foreign_keys:
                if foreign_key.ondelete == "CASCADE" and child.name not in UNRECORDED:
                    _cascades.setdefault(foreign_key.column.table.name, []).append((child, foreign_key))
        _cascades.setdefault("", [])
    return _cascades.get(table.name, [])


def _cascade(connection: Connection, log: _Log, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """The rows the database deletes with ``rows`` (``ON DELETE CASCADE``), read before it does, with theirs."""
    for child, foreign_key in _cascading(table):
        values = sorted({row[foreign_key.column.name] for row in rows if row.get(foreign_key.column.name) is not None})
        found: list[dict[str, Any]] = []
        for start in range(0, len(values), _CHUNK):
            query = select(*_readable(child)).where(foreign_key.parent.in_(values[start : start + _CHUNK]))
            found.extend(dict(row) for row in connection.execute(query).mappings())
        for row in found:
            log.add("delete", child, deleted(child, row), row)
        if found:
            _cascade(connection, log, child, found)


_DRIVER_WRITE = re.compile(r"^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)\"?\s*(?:\(([^)]*)\)\s*VALUES)?", re.I)


def _before_driver_statement(
    connection: Connection, _cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
) -> None:
    """``before_cursor_execute``: a write sent to the driver as SQL text (the workbook import's goal links)."""
    if context is None or getattr(context, "compiled", None) is not None:
        return
    found = _DRIVER_WRITE.match(statement)
    if found is None:
        return
    session = _session_of(connection)
    table = Base.metadata.tables.get(found.group(2))
    if session is None or session._flushing or table is None or table.name in UNRECORDED:
        return
    log = _log(session)
    verb = found.group(1).split()[0].lower()
    names = [name.strip().strip('"') for name in (found.group(3) or "").split(",") if name.strip()]
    rows = parameters if executemany else [parameters]
    if verb == "insert" and names and all(isinstance(row, Sequence) and len(row) == len(names) for row in rows):
        for values in rows:
            row = dict(zip(names, values, strict=True))
            log.add("insert", table, inserted(table, row), row)
        return
    log.add(verb, table, {"statement": [None, statement]}, {})


# -- appending -------------------------------------------------------------------------------------------------


def _committing(session: Session) -> None:
    """``before_commit``: what the transaction still holds is flushed, and every entry appended, in it."""
    session.flush()
    log = session.info.get(_INFO)
    if log is not None and log.changes:
        _append(session, session.connection(), log)


def _spill(session: Session | None, connection: Connection) -> None:
    """Between two statements of a long write (the workbook import's), the entries so far appended already, in its
    transaction (undone with it), so that what it holds stays bounded however many rows it writes."""
    log = session.info.get(_INFO) if session is not None else None
    if session is not None and log is not None and len(log.changes) >= _SPILL and not session._flushing:
        _append(session, connection, log)


def _append(session: Session, connection: Connection, log: _Log) -> None:
    changes, log.changes = log.changes, []
    refs = [_resolved(session, log, change.ref) for change in changes]
    payloads = [change.payload for change in changes]
    if connection.dialect.name == "postgresql":
        _append_on_a_server(connection, log, changes, refs, payloads)
    else:
        _append_to_a_file(connection, str(session.info.get("author", "")), log, changes, refs, payloads)


def _rolled_back(session: Session) -> None:
    session.info.pop(_INFO, None)


def _resolved(session: Session, log: _Log, ref: str | RefKey) -> str | RefKey:
    """The reference, from the rows seen and the records the session holds; else what to ask the database."""
    from pactdesk.domain.models import Action, AgendaItem, Meeting, MinutesVersion, Output

    models: dict[str, Any] = {
        "meeting": Meeting,
        "action": Action,
        "output": Output,
        "agenda_item": AgendaItem,
        "minutes_version": MinutesVersion,
    }
    for _ in range(3):
        if isinstance(ref, str):
            return ref
        if ref in log.known:
            ref = log.known[ref]
            continue
        model = models[ref[0]]
        held = session.identity_map.get(model.__mapper__.identity_key_from_primary_key([ref[1]]))
        if held is None:
            return ref
        values = held.__dict__
        if ref[0] in ("meeting", "action", "output") and values.get("ref"):
            return str(values["ref"])
        if values.get("meeting_id") is None:
            return ref
        ref = ("meeting", values["meeting_id"])
    return ref


def _ask(connection: Connection, wanted: set[RefKey]) -> dict[RefKey, str]:
    """The references of records the session does not hold, one query per kind."""
    answers: dict[RefKey, str] = {}
    for kind in sorted({key[0] for key in wanted}):
        ids = sorted({int(key[1]) for key in wanted if key[0] == kind})
        source, key, ref = _REF_SQL[kind]
        for start in range(0, len(ids), _CHUNK):
            listed = ", ".join(str(value) for value in ids[start : start + _CHUNK])
            for found_id, found_ref in connection.execute(
                text(f"SELECT {key}, {ref} FROM {source} WHERE {key} IN ({listed})")
            ):
                answers[(kind, int(found_id))] = str(found_ref or "")
    return answers


def _append_to_a_file(
    connection: Connection, actor: str, log: _Log, changes: list[Change], refs: list[str | RefKey], payloads: list[str]
) -> None:
    answers = _ask(connection, {ref for ref in refs if not isinstance(ref, str)})
    last, highest, given = connection.execute(
        text(
            "SELECT (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), (SELECT max(id) FROM audit_entry), "
            "(SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry')"
        )
    ).one()
    previous = last or ZERO
    next_id = max(highest or 0, given or 0) + 1
    at = datetime.now().replace(microsecond=0)
    actor = actor[:200]
    # The parts every entry of this append shares, digested once; the rows go to the driver as tuples (hundreds of
    # thousands for an import: SQLAlchemy's work for each would cost more than the hashing).
    shared = _repeated(moment(at)) + _repeated(actor)
    stored_at = LOG.c.at.type.bind_processor(connection.dialect)
    at_value = stored_at(at) if stored_at is not None else at
    rows = []
    for number, (change, ref, payload) in enumerate(zip(changes, refs, payloads, strict=True)):
        found = (ref if isinstance(ref, str) else answers.get(ref, ""))[:40]
        entry_id = next_id + number
        payload_sha256 = digest(payload)
        record = change.record_id
        hashed = _chained(entry_id, shared, change.action, change.table, record, found, payload_sha256, previous)
        rows.append(
            (entry_id, at_value, actor, change.action, change.table, record, found, payload, payload_sha256, previous,
             hashed)
        )  # fmt: skip
        previous = hashed
    connection.exec_driver_sql(
        f"INSERT INTO audit_entry ({', '.join(STORED)}) VALUES ({', '.join('?' * len(STORED))})", rows
    )


def _sql_digest(expression: str) -> str:
    return f"encode(sha256(convert_to({expression}, 'UTF8')), 'hex')"


_SERVER_HASH = _sql_digest(
    " || ".join(
        _sql_digest(part)
        for part in (
            "f.id::text",
            "to_char(f.at, 'YYYY-MM-DD HH24:MI:SS')",
            "f.actor",
            "f.action",
            "f.table_name",
            "coalesce(f.record_id::text, '')",
            "f.ref",
            "f.payload_sha256",
            "c.hash",
        )
    )
)

# The lock, then (a statement of its own, so that it sees what was committed while it waited) the entries with
# their ids, the login, the time, their references and their hashes chained from the last one.
_SERVER_APPEND = (
    "SELECT pg_advisory_xact_lock({lock});\n"
    "WITH RECURSIVE fresh AS (\n"
    "  SELECT v.n, nextval(pg_get_serial_sequence('audit_entry', 'id')) AS id, localtimestamp(0) AS at,\n"
    "         session_user::text AS actor, v.action, v.table_name, v.record_id, left(v.ref, 40) AS ref, v.payload,\n"
    "         v.payload_sha256\n"
    "  FROM (VALUES {values}) AS v(n, action, table_name, record_id, ref, payload, payload_sha256)\n"
    "), chain(n, hash) AS (\n"
    "  SELECT 0, coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), '{zero}')\n"
    "  UNION ALL\n"
    "  SELECT f.n, {hash} FROM chain c JOIN fresh f ON f.n = c.n + 1\n"
    ")\n"
    "INSERT INTO audit_entry (id, at, actor, action, table_name, record_id, ref, payload, payload_sha256, "
    "previous_hash, hash)\n"
    "SELECT f.id, f.at, f.actor, f.action, f.table_name, f.record_id, f.ref, f.payload, f.payload_sha256, p.hash, "
    "c.hash FROM fresh f JOIN chain c ON c.n = f.n JOIN chain p ON p.n = f.n - 1 ORDER BY f.n"
)


def _append_on_a_server(
    connection: Connection, log: _Log, changes: list[Change], refs: list[str | RefKey], payloads: list[str]
) -> None:
    """One round trip per 500 entries: the lock, and the entries hashed and inserted by the server."""
    from psycopg import sql

    unresolved = {ref for ref in refs if not isinstance(ref, str)}
    answers = _ask(connection, unresolved) if len(unresolved) > 50 else {}
    raw = connection.connection.driver_connection

    def literal(value: str) -> str:
        return sql.Literal(value).as_string(raw)

    for start in range(0, len(changes), _CHUNK):
        rows = []
        for number, index in enumerate(range(start, min(start + _CHUNK, len(changes))), start=1):
            change, ref, payload = changes[index], refs[index], payloads[index]
            if not isinstance(ref, str):
                ref = answers.get(ref, ref)
            if isinstance(ref, str):
                found = literal(ref)
            else:
                source, key, column = _REF_SQL[ref[0]]
                found = f"coalesce((SELECT {column} FROM {source} WHERE {key} = {int(ref[1])}), '')"
            record = "NULL" if change.record_id is None else str(int(change.record_id))
            rows.append(
                f"({number}, {literal(change.action)}::text, {literal(change.table)}::text, {record}::integer, "
                f"{found}::text, {literal(payload)}::text, {literal(digest(payload))}::text)"
            )
        statement = _SERVER_APPEND.format(lock=LOCK_KEY, values=",\n".join(rows), zero=ZERO, hash=_SERVER_HASH)
        connection.execution_options(no_parameters=True).exec_driver_sql(statement)


# -- erasure ---------------------------------------------------------------------------------------------------


def erasing(session: Session, table: str, record_id: int) -> None:
    """The session erases a record's personal details: its changes to it are not told (they would keep the old
    details), and an entry of action ``erase`` says it happened, with no data."""
    log = _log(session)
    log.quiet.add((table, record_id))
    log.changes.append(Change("erase", table, record_id, canonical({}), ""))


# -- watching a database's writers ------------------------------------------------------------------------------


def record_writes(sessions: sessionmaker[Session], engine: Engine) -> None:
    """Record every write of ``sessions`` (``Database.write()``'s), whose connections come from ``engine``."""
    event.listen(sessions, "after_begin", _began)
    event.listen(sessions, "after_flush", _flushed)
    event.listen(sessions, "before_commit", _committing)
    event.listen(sessions, "after_rollback", _rolled_back)
    event.listen(engine, "before_execute", _before_statement)
    event.listen(engine, "after_execute", _after_statement)
    event.listen(engine, "before_cursor_execute", _before_driver_statement)
