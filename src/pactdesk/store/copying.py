"""A whole PactDesk database copied to another: a laptop's file to a team's server, a server to a file (``pactdesk
copy``, ``pactdesk backup --database-url``), or file to file and server to server.

Every table of the schema (``Base.metadata.sorted_tables``, parents first) is read in one consistent snapshot of the
source and written, as it is, in one transaction on the target: every id and reference, the reference counters, the
times and the authors' stamps. On PostgreSQL the server stamps authors on every write (migration 0005's trigger);
for the copy's own writes the trigger is switched off inside its transaction, which only the tables' owner may do
and which no other session sees (the tables stay locked until the commit), so nobody else's write escapes the
stamps. Ids handed out are never handed out again on the other side: a server's sequences, and a file's
``sqlite_sequence``, start past the highest id either side ever gave.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, Engine, Row, Table, Text, cast, func, select, text
from sqlalchemy.exc import DBAPIError

from pactdesk.domain.messages import say
from pactdesk.domain.models import AuditEntry, Base, team_member
from pactdesk.store import integrity, migrations, roles, server
from pactdesk.store.backups import fsync_folder
from pactdesk.store.database import Database
from pactdesk.store.engine import make_engine
from pactdesk.store.errors import StoreError
from pactdesk.store.file_checks import no_folder
from pactdesk.store.location import DatabaseLocation

logger = logging.getLogger(__name__)

BATCH = 5_000  # rows read and written at a time
STAMP_TRIGGER = "pactdesk_stamp"

# The names behind a server's logins belong to the server, not to the record: a target keeps the members it has
# (its administrator may have added them before the copy), and gains the source's others.
KEPT_ON_TARGET = frozenset({team_member.name})


@dataclass(frozen=True)
class CopySummary:
    source: str
    target: str
    rows: dict[str, int]  # per table, as copied (and counted again on the target before its commit)
    seconds: float
    notices: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_database(
    source: DatabaseLocation,
    target: DatabaseLocation,
    *,
    catalogue: Mapping[str, int],
    replace_file: bool = False,
) -> CopySummary:
    """Copy ``source`` into ``target``: a new file (``replace_file``: or one written over, whole, once the copy is
    verified), an empty server database, or one holding no more than ``catalogue`` (per table, the rows ``pactdesk
    init`` writes, none of them changed since)."""
    if source.url == target.url or (source.path is not None and source.path == target.path):
        raise StoreError(
            say(
                "The copy and its source are the same database; name another with --to.",
                "A cópia e a origem são a mesma base de dados; indique outra com --to.",
            )
        )
    started = time.perf_counter()
    reading = Database.open(source, readonly=True)
    try:
        version = reading.schema_version()
        if version != migrations.head():
            raise StoreError(
                say(
                    "{where} is at schema {version}, and this PactDesk writes schema {head}: open it once with this "
                    "PactDesk (it upgrades it, after a backup), then copy it.",
                    "{where} está no esquema {version}, e este PactDesk escreve o esquema {head}: abra-a uma vez com "
                    "este PactDesk (que a atualiza, depois de fazer uma cópia de segurança) e só depois a copie.",
                    where=source.describe(),
                    version=version,
                    head=migrations.head(),
                )
                if version is not None and migrations.known(version)
                else say(
                    "{where} was saved by a newer version of PactDesk (schema {version}); copy it with that version.",
                    "{where} foi guardada por uma versão mais recente do PactDesk (esquema {version}); copie-a com "
                    "essa versão.",
                    where=source.describe(),
                    version=version,
                )
            )
        if target.path is not None:
            rows, notices = _into_a_file(reading.engine, target.path, replace=replace_file)
        else:
            rows, notices = _into_a_server(reading.engine, target, catalogue)
    finally:
        reading.close()
    return CopySummary(source.describe(), target.describe(), rows, time.perf_counter() - started, notices)


# -- the target --------------------------------------------------------------------------------------------------


def _into_a_file(source: Engine, path: Path, *, replace: bool) -> tuple[dict[str, int], tuple[str, ...]]:
    """A new file, written beside its place and moved into it once verified: an older file at ``path`` (when it
    may be replaced) survives any failure, and no half-written copy is ever left there."""
    path = path.absolute()
    if path.exists() and not replace:
        raise StoreError(
            say(
                "{path} already exists; the copy writes a new file only. Choose another name.",
                "{path} já existe; a cópia só escreve um ficheiro novo. Escolha outro nome.",
                path=path,
            )
        )
    if not path.parent.is_dir():
        raise StoreError(no_folder(path.parent))
    partial = path.with_name(f".{path.name}.partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(DatabaseLocation.for_file(partial))
    try:
        migrations.upgrade(engine)
        with engine.execution_options(pactdesk_write=True).begin() as connection:
            # References are checked at the commit, not row by row: a meeting points at the later meeting that
            # approved its minutes.
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            rows = _copy_rows(source, connection)
        engine.dispose()
        # One self-contained file: no write-ahead log beside it (PactDesk turns it on again when it opens it).
        alone = sqlite3.connect(partial)
        try:
            alone.execute("PRAGMA journal_mode = DELETE")
        finally:
            alone.close()
        found = integrity.problems(partial, thorough=True)
        if found:
            raise StoreError(
                say(
                    "The copy did not verify ({problem}); nothing was written to {path}.",
                    "A cópia não passou na verificação ({problem}); nada foi escrito em {path}.",
                    problem=found[0],
                    path=path,
                )
            )
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
        fsync_folder(path.parent)
    except (OSError, sqlite3.Error, DBAPIError, integrity.UnreadableError) as error:
        raise StoreError(
            say(
                "The copy to {path} failed ({reason}); nothing was written there.",
                "A cópia para {path} falhou ({reason}); nada foi escrito aí.",
                path=path,
                reason=_reason(error),
            )
        ) from error
    finally:
        engine.dispose()
        for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return rows, ()


def _into_a_server(
    source: Engine, target: DatabaseLocation, catalogue: Mapping[str, int]
) -> tuple[dict[str, int], tuple[str, ...]]:
    """An empty server database gets the schema first (the migrations, each a transaction of its own, as ``pactdesk
    init`` makes it); then everything else is one transaction, which a failure leaves unwritten."""
    import psycopg

    writing = Database.open(target)
    notices: list[str] = []
    try:
        with writing.engine.begin() as connection:
            _refuse_a_copier_who_does_not_own_the_tables(connection, target)
            tables = ", ".join(_quoted(connection, table.name) for table in Base.metadata.sorted_tables)
            connection.execute(text(f"LOCK TABLE {tables} IN EXCLUSIVE MODE"))  # no other write until the commit
            _refuse_a_target_with_records(connection, target, catalogue)
            notice = roles.set_up(connection)
            if notice:
                notices.append(notice)
            with _stamps_kept(connection), _references_checked_at_the_end(connection):
                rows = _copy_rows(source, connection)
    except (DBAPIError, psycopg.Error) as error:  # the driver's own, from COPY
        raise StoreError(
            say(
                "The copy to {where} failed ({reason}); nothing was written to it.",
                "A cópia para {where} falhou ({reason}); nada foi escrito nessa base de dados.",
                where=target.describe(),
                reason=_reason(error),
            )
        ) from error
    else:
        notices.extend(_tidied(writing, target))
    finally:
        writing.close()
    return rows, tuple(notices)


def _tidied(writing: Database, target: DatabaseLocation) -> list[str]:
    """The copied tables vacuumed and analysed at once: the search's GIN indexes take the rows a COPY brought in a
    list of their own, which every search reads until a vacuum merges it (a keystroke took 280 ms on the scale-50
    demo just copied, 30 ms after), and the planner needs the tables' statistics. The copy is committed already: a
    server that will not tidy it is said in a notice, and its routine maintenance (autovacuum) does it later."""
    import psycopg

    try:
        with writing.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            tables = ", ".join(_quoted(connection, table.name) for table in Base.metadata.sorted_tables)
            connection.exec_driver_sql(f"VACUUM (ANALYZE) {tables}")
    except (DBAPIError, psycopg.Error) as error:
        return [
            say(
                "The copy is complete; {where} did not tidy it afterwards ({reason}), so its first searches may be "
                "slow until the server's routine maintenance does.",
                "A cópia está completa; {where} não a arrumou a seguir ({reason}), pelo que as primeiras pesquisas "
                "podem ser lentas até que a manutenção habitual do servidor o faça.",
                where=target.describe(),
                reason=_reason(error),
            )
        ]
    return []


def _refuse_a_copier_who_does_not_own_the_tables(connection: Connection, target: DatabaseLocation) -> None:
    if not roles.owns_the_tables(connection):
        raise StoreError(
            say(
                "Only the owner of the team database's tables ({owner}) or a superuser may copy into {where}: a copy "
                "writes each record's own authors and times, which the server stamps itself on everyone else's "
                "writes. Run the copy with that login; nothing was written.",
                "Só o utilizador responsável pelas tabelas da base de dados da equipa ({owner}) ou um "
                "superutilizador pode copiar para {where}: uma cópia escreve os autores e as horas de cada registo, "
                "que o servidor marca ele próprio em todas as outras escritas. Faça a cópia com esse nome de "
                "utilizador; nada foi escrito.",
                owner=roles.table_owner(connection),
                where=target.describe(),
            )
        )


def _refuse_a_target_with_records(
    connection: Connection, target: DatabaseLocation, catalogue: Mapping[str, int]
) -> None:
    """A target may hold the catalogue ``pactdesk init`` wrote, untouched, and nothing else: anything more was
    somebody's work, which a copy must not replace."""
    more: list[str] = []
    for table in sorted(Base.metadata.sorted_tables, key=lambda table: table.name != "meeting"):  # meetings first
        if table.name in KEPT_ON_TARGET or table.name == AuditEntry.__tablename__:
            continue  # the log of init's catalogue: the copy's log is the source's, whole
        count = connection.scalar(select(func.count()).select_from(table)) or 0
        if count > catalogue.get(table.name, 0):
            more.append(say("{table}: {n:row/rows}", "{table}: {n:linha/linhas}", table=table.name, n=count))
        elif count and "version" in table.c and connection.scalar(select(func.max(table.c.version))) > 1:
            more.append(
                say("{table}: changed since it was made", "{table}: alterada desde que foi criada", table=table.name)
            )
    if more:
        raise StoreError(
            say(
                "The database {where} already holds PactDesk records ({found}); the copy writes only into an empty "
                "database, or one pactdesk init has just made, so that nothing there is lost. Nothing was written.",
                "A base de dados {where} já contém registos do PactDesk ({found}); a cópia só escreve numa base de "
                "dados vazia, ou numa que o pactdesk init acabou de preparar, para que nada do que lá está se perca. "
                "Nada foi escrito.",
                where=target.describe(),
                found=", ".join(more[:4]),
            )
        )


@contextmanager
def _stamps_kept(connection: Connection) -> Iterator[None]:
    """The server's stamping trigger off for this transaction's writes, so the copied stamps stay as they were. The
    ALTER locks the table until the commit: no other session writes while the trigger is off."""
    tables = list(
        connection.scalars(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = :name AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname"
            ),
            {"name": STAMP_TRIGGER},
        )
    )
    for table in tables:
        connection.execute(text(f"ALTER TABLE {_quoted(connection, table)} DISABLE TRIGGER {STAMP_TRIGGER}"))
    yield
    for table in tables:
        connection.execute(text(f"ALTER TABLE {_quoted(connection, table)} ENABLE TRIGGER {STAMP_TRIGGER}"))


@contextmanager
def _references_checked_at_the_end(connection: Connection) -> Iterator[None]:
    """The foreign keys dropped for the copy's writes and made again after them, in its transaction: the server
    then checks every reference in one pass per key instead of one query per row (twice as quick on the demo), and
    a reference to a missing row still fails the copy."""
    keys = connection.execute(
        text(
            "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' "
            "AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(:tables) ORDER BY 1, 2"
        ),
        {"tables": [table.name for table in Base.metadata.sorted_tables]},
    ).all()
    for key in keys:
        table, name = _quoted(connection, key.relname), _quoted(connection, key.conname)
        connection.execute(text(f"ALTER TABLE {table} DROP CONSTRAINT {name}"))
    yield
    for key in keys:
        table, name = _quoted(connection, key.relname), _quoted(connection, key.conname)
        connection.execute(text(f"ALTER TABLE {table} ADD CONSTRAINT {name} {key.definition}"))


# -- the rows ----------------------------------------------------------------------------------------------------


def _copy_rows(source: Engine, target: Connection) -> dict[str, int]:
    """Every table's rows from one snapshot of ``source`` into ``target``'s transaction, checked by counting them
    there; then the id sequences past every id either side handed out."""
    copied: dict[str, int] = {}
    with _snapshot(source) as reading:
        handed_out = _ids_handed_out(reading)
        for table in Base.metadata.sorted_tables:
            if table.name not in KEPT_ON_TARGET:
                target.execute(table.delete())
        for table in Base.metadata.sorted_tables:
            copied[table.name] = _copy_table(reading, target, table)
    for table in Base.metadata.sorted_tables:
        found = target.scalar(select(func.count()).select_from(table)) or 0
        if table.name not in KEPT_ON_TARGET and found != copied[table.name]:
            raise StoreError(
                say(
                    "The copy of {table} holds {found} rows instead of {copied}.",
                    "A cópia de {table} tem {found} linhas em vez de {copied}.",
                    table=table.name,
                    found=found,
                    copied=copied[table.name],
                )
            )
    _set_sequences(target, handed_out)
    return copied


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees the source as it stood when it began, whatever is saved meanwhile."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET TRANSACTION READ ONLY"))
            yield connection


def _copy_table(reading: Connection, target: Connection, table: Table) -> int:
    key = list(table.primary_key.columns)
    columns = [cast(column, Text).label(column.name) if _is_json(column.type) else column for column in table.c]
    result = reading.execution_options(yield_per=BATCH).execute(select(*columns).order_by(*key))
    kept = set()
    if table.name in KEPT_ON_TARGET:
        kept = {tuple(row) for row in target.execute(select(*key))}
    positions = [list(table.c).index(column) for column in key]
    count = 0
    with _writer(target, table) as write:
        for rows in result.partitions(BATCH):
            batch = [row for row in rows if tuple(row[i] for i in positions) not in kept] if kept else list(rows)
            if batch:
                write(batch)
            count += len(batch)
    return count


@contextmanager
def _writer(target: Connection, table: Table) -> Iterator[Callable[[list[Row[Any]]], None]]:
    """Something that writes batches of ``table``'s rows (every column, in order) into ``target``'s transaction,
    on its own connection's driver: a server gets PostgreSQL's COPY, a file SQLite's executemany. Each value is
    first made what the target's SQLAlchemy would send (an enum's member its text; a time, on a file, the text
    PactDesk's files hold); JSON is read as its text, so a JSON null and an SQL NULL stay apart."""
    dialect = target.dialect
    processors = [
        None if _is_json(column.type) else column.type.dialect_impl(dialect).bind_processor(dialect)
        for column in table.c
    ]

    def values(row: Row[Any]) -> list[Any]:
        return [value if process is None else process(value) for process, value in zip(processors, row, strict=True)]

    names = ", ".join(_quoted(target, column.name) for column in table.c)
    driver: Any = target.connection.driver_connection
    if target.dialect.name == "postgresql":
        with driver.cursor() as cursor, cursor.copy(f"COPY {_quoted(target, table.name)} ({names}) FROM STDIN") as copy:

            def write(rows: list[Row[Any]]) -> None:
                for row in rows:
                    copy.write_row(values(row))

            yield write
        return
    statement = f"INSERT INTO {_quoted(target, table.name)} ({names}) VALUES ({', '.join('?' for _ in table.c)})"
    yield lambda rows: driver.executemany(statement, [values(row) for row in rows]) and None


def _is_json(kind: Any) -> bool:
    return isinstance(kind, JSON)


def _ids_handed_out(connection: Connection) -> dict[str, int]:
    """The highest id each table ever handed out, deleted rows included (SQLite's ``sqlite_sequence``, a server's
    sequences); the tables' highest ids are counted separately."""
    handed: dict[str, int] = {}
    if connection.dialect.name == "sqlite":
        if connection.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'")):
            handed = {
                str(name): int(seq) for name, seq in connection.execute(text("SELECT name, seq FROM sqlite_sequence"))
            }
        return handed
    for table in Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name})
        if sequence:
            last = connection.scalar(text(f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {sequence}"))
            handed[table.name] = int(last or 0)
    return handed


def _set_sequences(connection: Connection, handed: dict[str, int]) -> None:
    for table in Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is None:
            continue
        highest = max(handed.get(table.name, 0), connection.scalar(select(func.max(column))) or 0)
        if connection.dialect.name == "postgresql":
            sequence = connection.scalar(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            )
            if sequence:
                connection.execute(
                    text("SELECT setval(:sequence, :value, :called)"),
                    {"sequence": sequence, "value": max(highest, 1), "called": highest > 0},
                )
        elif connection.dialect.name == "sqlite" and table.dialect_options["sqlite"]["autoincrement"] and highest:
            connection.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table.name})
            connection.execute(
                text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :seq)"), {"t": table.name, "seq": highest}
            )


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _reason(error: BaseException) -> str:
    if server.is_lost_connection(error):
        return "the server could not be reached"
    return " ".join(str(getattr(error, "orig", None) or error).split())
