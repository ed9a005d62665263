"""Opening a PactDesk database safely, and the sessions every service reads and writes through.

Opening a file for writing takes the instance lock, checks the file (thoroughly after an unclean shutdown),
restores the newest good backup over a damaged file (keeping the damaged one), refuses a newer schema without
touching the file, backs up and migrates an older one, and sets the pragmas on every connection. What a file must be
before it is opened is in ``file_checks``; the sentence for a failure of SQLite or the server in ``failures``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from pactdesk.domain.messages import say
from pactdesk.domain.models import Base
from pactdesk.store import audit, authorship, file_checks, integrity, migrations, recovery, roles, server
from pactdesk.store.backups import Backup, BackupFolder, copy_database
from pactdesk.store.engine import make_engine
from pactdesk.store.errors import (
    BackupError,
    CorruptDatabaseError,
    MigrationError,
    NewerSchemaError,
    ReadOnlyDatabaseError,
    StoreError,
    UnverifiedBackupError,
)
from pactdesk.store.failures import translate
from pactdesk.store.location import DatabaseLocation
from pactdesk.store.lock import InstanceLock

if TYPE_CHECKING:
    from pactdesk.store.listening import Listener

logger = logging.getLogger(__name__)

# Files up to this size get a quick check on every open; larger ones only after an unclean shutdown, when a
# thorough check runs whatever the size.
ROUTINE_CHECK_LIMIT = 16 * 1024 * 1024


class Database:
    """An open database. ``write()`` and ``read()`` give sessions; ``close()`` backs up and releases the lock."""

    def __init__(
        self,
        location: DatabaseLocation,
        engine: Engine,
        *,
        readonly: bool,
        lock: InstanceLock | None = None,
    ) -> None:
        self.location = location
        self.engine = engine
        self.readonly = readonly
        self.notices: list[str] = []
        self._lock = lock
        # Who writes, stamped on what they change (store/authorship.py): on a server the server names them instead.
        self.author = authorship.os_user_name()
        # On a server: the login signed in, and whether the server lets it change the record (a reader's does not;
        # the window goes read-only, and the server refuses a write anyway).
        self.login: str | None = None
        self.can_write = not readonly
        writing = engine.execution_options(pactdesk_write=True)
        self._writer = sessionmaker(bind=writing, expire_on_commit=False)
        # On a server a read is sent alone, without BEGIN before it and ROLLBACK after (two round trips each): at
        # the server's READ COMMITTED each statement sees its own moment of the record either way.
        reading = engine.execution_options(isolation_level="AUTOCOMMIT") if location.path is None else engine
        self._reader = sessionmaker(bind=reading, expire_on_commit=False)
        self._streamer = sessionmaker(bind=engine, expire_on_commit=False)  # a transaction: for server-side cursors
        event.listen(self._writer, "after_flush", _note_flush)
        event.listen(self._writer, "before_flush", authorship.stamp)
        audit.record_writes(self._writer, writing)  # every write, in its own transaction (store/audit.py)
        # What services keep between sessions for a while (the team's names): each session's info["kept"].
        self.kept: dict[str, Any] = {}
        self._local = threading.local()
        self._changed = False
        self._damaged = False
        self._tidy_companions = False
        self.closed = False

    # -- opening ---------------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, location: DatabaseLocation, *, readonly: bool = False, migrations_path: Path | None = None
    ) -> Database:
        """Open ``location`` for writing (one writer per file) or, with ``readonly``, for reading alongside one."""
        if location.path is None:
            return cls._open_server(location, readonly=readonly, migrations_path=migrations_path)
        if readonly:
            return cls._open_file_readonly(location)
        return cls._open_file(location, migrations_path)

    @classmethod
    def _open_server(cls, location: DatabaseLocation, *, readonly: bool, migrations_path: Path | None) -> Database:
        """A team database on a server: no file lock, backups or file checks (the server and its DBA keep those);
        another program's database, or one a newer PactDesk upgraded, is refused before anything is written."""
        engine = server.engine_for(location)
        try:
            found = server.contents(engine)
            if readonly:
                server.refuse_empty_or_foreign(location, found)
            else:
                server.refuse_foreign_or_newer(location, found, migrations_path)
                if found.empty:
                    server.refuse_language_order(engine, location)
            database = cls(location, engine, readonly=readonly)
            if not readonly:
                database._migrate(migrations_path)
            database._learn_rights()
        except SQLAlchemyError as error:
            engine.dispose()
            raise server.unreachable(location, error) from error
        except BaseException:
            engine.dispose()
            raise
        return database

    @classmethod
    def _open_file_readonly(cls, location: DatabaseLocation) -> Database:
        path = _file(location)
        file_checks.refuse_a_folder(path)
        if not path.is_file():
            raise StoreError(
                say("There is no database at {path}.", "Não existe nenhuma base de dados em {path}.", path=path)
            )
        log, _ = _companions(path)
        nothing_to_fold_in = not log.exists() or log.stat().st_size == 0
        with contextlib.suppress(NewerSchemaError):  # a command that only reads may read it, and says so (pactdesk.cli)
            file_checks.refuse_foreign_or_newer(path, None)
        database = cls(location, make_engine(location, readonly=True), readonly=True)
        database._tidy_companions = nothing_to_fold_in
        return database

    @classmethod
    def _open_file(cls, location: DatabaseLocation, migrations_path: Path | None) -> Database:
        path = _file(location)
        file_checks.refuse_a_folder(path)
        file_checks.refuse_to_replace_a_lost_file(path)
        if not path.parent.is_dir():
            raise StoreError(file_checks.no_folder(path.parent))
        file_checks.check_writable(path)
        lock = InstanceLock(path)
        lock.acquire()
        try:
            notices = recovery.kept_damaged_log(path) if lock.unclean_shutdown else []
            notices += _checked_file(path, thorough=lock.unclean_shutdown)
            file_checks.refuse_foreign_or_newer(path, migrations_path)
            BackupFolder(path).clear_stale()  # this process holds the lock: no backup of this file is under way
            database = cls(location, make_engine(location), readonly=False, lock=lock)
            database.notices.extend(notices)
            database._migrate(migrations_path)
        except BaseException:
            lock.release()
            raise
        return database

    def _learn_rights(self) -> None:
        """Who the server knows us as, and whether it lets us change every table of the record."""
        others = (*roles.READ_ONLY_FOR_ALL, *roles.APPEND_ONLY)
        record = [table.name for table in Base.metadata.sorted_tables if table.name not in others]
        with self.engine.connect() as connection:
            login, writes = connection.execute(
                text(
                    "SELECT session_user, coalesce(bool_and(has_table_privilege(c.oid, 'INSERT') "
                    "AND has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE')), false) "
                    "FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(:names)"
                ),
                {"names": record},
            ).one()
        self.login = str(login)
        self.can_write = bool(writes) and not self.readonly

    def listener(self) -> Listener | None:
        """On a server, a new listener for other people's commits (``store.listening``); ``None`` on a file, which
        one window has to itself."""
        if self.location.path is not None:
            return None
        from pactdesk.store.listening import Listener

        return Listener.for_engine(self.engine)

    def _migrate(self, migrations_path: Path | None) -> None:
        try:
            with self.engine.connect() as connection:
                current = migrations.current(connection)
            if current == migrations.head(migrations_path):
                return
            if current is not None and self.location.path is not None:
                self.backup("migration")
            migrations.upgrade(self.engine, migrations_path)
        except (StoreError, DBAPIError) as error:
            self.engine.dispose()
            if isinstance(error, StoreError):
                raise
            raise MigrationError(
                say(
                    "PactDesk could not upgrade {where} ({reason}). {after}",
                    "O PactDesk não conseguiu atualizar {where} ({reason}). {after}",
                    where=self.location.describe(),
                    reason=translate(error),
                    after=self._after_failure,
                )
            ) from error
        except Exception as error:
            self.engine.dispose()
            raise MigrationError(
                say(
                    "PactDesk could not upgrade {where}: {reason}. {after}",
                    "O PactDesk não conseguiu atualizar {where}: {reason}. {after}",
                    where=self.location.describe(),
                    reason=self.location.scrubbed(str(error)),
                    after=self._after_failure,
                )
            ) from error

    @property
    def _after_failure(self) -> str:
        if self.location.path is None:  # a server: each step is one transaction of its own, and no file to copy
            return say(
                "The database stays as it was before the failed step.",
                "A base de dados fica como estava antes do passo que falhou.",
            )
        return say(
            "The database stays as it was before the failed step; a backup was taken first.",
            "A base de dados fica como estava antes do passo que falhou; antes, foi feita uma cópia de segurança.",
        )

    # -- sessions --------------------------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; a ``write()`` inside another on the same thread joins it and commits with it."""
        outer: Session | None = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        if self.readonly:
            raise ReadOnlyDatabaseError(
                say(
                    "This database was opened for reading only; nothing can be changed.",
                    "Esta base de dados foi aberta só para leitura; nada pode ser alterado.",
                )
            )
        session = self._writer(info={"author": self.author, "kept": self.kept})
        self._local.session = session
        try:
            yield session
            session.commit()
            self._changed = self._changed or session.info.get("flushed", False)
        except DBAPIError as error:
            _roll_back(session)
            raise self._translated(error) from error
        except BaseException:
            _roll_back(session)
            raise
        finally:
            self._local.session = None
            session.close()

    @contextmanager
    def read(self, *, streaming: bool = False) -> Iterator[Session]:
        """A session for reading; inside a ``write()`` on the same thread it is that transaction's session. With
        ``streaming``, the block runs in one transaction, which a server needs for rows read in batches
        (``yield_per``: a server-side cursor); otherwise each statement on a server is sent alone."""
        outer: Session | None = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        session = (self._streamer if streaming else self._reader)(info={"kept": self.kept})
        try:
            yield session
        except DBAPIError as error:
            raise self._translated(error) from error
        finally:
            _roll_back(session)
            session.close()

    def _translated(self, error: DBAPIError) -> StoreError:
        if server.is_refused_privilege(error):
            return ReadOnlyDatabaseError(
                say(
                    "Your login ({login}) can read this team database but not change it; ask whoever administers it to "
                    "make you a secretary. The last change was not saved.",
                    "O seu nome de utilizador ({login}) pode ler esta base de dados da equipa, mas não a pode alterar; "
                    "peça a quem a administra que lhe atribua a função de secretariado. A última alteração não foi "
                    "guardada.",
                    login=self.login or self.location.describe(),
                )
            )
        translated = translate(error)
        if isinstance(translated, CorruptDatabaseError):
            self._damaged = True
        return translated

    # -- file operations -------------------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.location.path

    def backup(self, reason: str) -> Path:
        """A verified backup in the rotating backup folder (the last ten are kept)."""
        return BackupFolder(_file(self.location)).take(reason)

    def backups(self) -> list[Backup]:
        return BackupFolder(_file(self.location)).all() if self.location.path else []

    def copy_to(self, target: Path) -> None:
        """An online, verified copy at ``target`` (``pactdesk backup``)."""
        copy_database(_file(self.location), target)

    def schema_version(self) -> str | None:
        with self.engine.connect() as connection:
            return migrations.current(connection)

    def problems(self) -> list[str]:
        """Integrity and foreign-key problems; empty when the database is sound. A file that cannot be read is no
        problem of its own: it raises a sentence saying so."""
        if self.location.path is None:
            return []
        try:
            return integrity.problems(_file(self.location), thorough=True)
        except integrity.UnreadableError as error:
            raise recovery.unreadable(_file(self.location), error) from error

    def close(self) -> str | None:
        """Back up when anything changed, then release the file. Returns a warning to show, if any."""
        if self.closed:
            return None
        self.closed = True
        warning = None
        suspect = False
        try:
            if self._changed and not self.readonly and not self._damaged and self.location.path is not None:
                try:
                    self.backup("close")
                except BackupError as error:
                    logger.warning("backup on close failed: %s", error)
                    warning = str(error)
                    suspect = isinstance(error, UnverifiedBackupError)  # the copy is as the file is: so is the file
        finally:
            self.engine.dispose()
            if suspect:
                warning = self._examine_after_a_failed_backup(warning)
            if self._lock is not None and not self._damaged:
                # A damaged database keeps its lock file in state "open", so the next open checks it thoroughly.
                self._lock.release()
            if self._tidy_companions:
                _remove_companions_left_by_reading(_file(self.location))
        return warning

    def _examine_after_a_failed_backup(self, warning: str | None) -> str | None:
        """A backup that does not verify means the live file is damaged in a way the quick check on opening does
        not see: check it fully now, rebuild damaged indexes, or leave it marked so that the next open restores."""
        path = _file(self.location)
        try:
            found = integrity.problems(path, thorough=True)
            if not found:
                return warning
            if integrity.index_only(found):
                note = recovery.repair_indexes(path, found)
                BackupFolder(path).take("repaired")
                return note
        except (OSError, sqlite3.Error, integrity.UnreadableError, BackupError) as error:
            logger.error("examining %s after a backup failed: %s", path, error)
        self._damaged = True  # the lock stays "open": the next open checks thoroughly and restores a backup
        return say(
            "The database {path} is damaged, and its backup could not be made. PactDesk will restore the newest good "
            "backup the next time it opens, keeping the damaged file beside it.",
            "A base de dados {path} está danificada, e não foi possível fazer a cópia de segurança. Da próxima vez que "
            "a abrir, o PactDesk repõe a cópia de segurança em bom estado mais recente, e guarda ao lado o ficheiro "
            "danificado.",
            path=path,
        )

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _file(location: DatabaseLocation) -> Path:
    """The database file itself: a symbolic link (or a path through one) is followed, so that the one-window lock
    and the backups folder are those of the file, whatever path opened it."""
    if location.path is None:
        raise StoreError(
            say(
                "This works on a database file only; use the server's own tools for a server database.",
                "Isto só funciona com um ficheiro de base de dados; para uma base de dados num servidor, use as "
                "ferramentas do próprio servidor.",
            )
        )
    return location.path.resolve()


def _companions(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _remove_companions_left_by_reading(path: Path) -> None:
    """Reading a WAL database makes an empty ``-wal`` and a ``-shm`` beside it, which a reader never removes. Called
    only when the ``-wal`` was missing or empty before reading, so there is nothing to fold into the file. A
    connection that may write removes them when it closes as the file's last connection, after SQLite itself has
    made sure no other process (a window, another reader) has the file open; otherwise they stay, as they must."""
    if not os.access(path.parent, os.W_OK | os.X_OK) or not os.access(path, os.W_OK):
        return
    try:
        connection = sqlite3.connect(str(path), timeout=0)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        logger.info("leaving the -wal and -shm beside %s: %s", path, error)


def _checked_file(path: Path, *, thorough: bool) -> list[str]:
    """Check an existing file; a damaged one is moved aside and the newest good backup put in its place."""
    if not path.exists() or path.stat().st_size == 0:
        return []
    if not thorough and path.stat().st_size > ROUTINE_CHECK_LIMIT:
        return []
    if thorough:
        logger.info("the last session on %s did not close cleanly; checking it thoroughly", path)
    try:
        found = integrity.problems(path, thorough=thorough)
    except integrity.UnreadableError as error:
        raise recovery.unreadable(path, error) from error
    if not found:
        return []
    logger.error("%s is damaged: %s", path, "; ".join(found[:5]))
    if integrity.index_only(found):
        try:
            return [recovery.repair_indexes(path, found)]
        except (OSError, sqlite3.Error, integrity.UnreadableError) as error:
            logger.error("rebuilding the indexes of %s did not mend it (%s); restoring a backup", path, error)
    return [recovery.restore_newest_backup(path, found[0])]


def _roll_back(session: Session) -> None:
    """Roll back what failed; on a connection the server dropped there is nothing left to roll back, and the failure
    to say is the one that happened first."""
    try:
        session.rollback()
    except DBAPIError as error:
        logger.info("rolling back after a failure: %s", error)


def _note_flush(session: Session, context: object) -> None:
    session.info["flushed"] = True
