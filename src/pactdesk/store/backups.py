"""Online backups with SQLite's backup API: written beside, verified, then moved into place; the last ten kept."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pactdesk.domain.messages import say
from pactdesk.store import integrity
from pactdesk.store.engine import open_sqlite
from pactdesk.store.errors import BackupError, UnverifiedBackupError

logger = logging.getLogger(__name__)

KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op on Windows, which has no directory handles)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def copy_database(source: Path, target: Path) -> None:
    """An online, verified copy of ``source`` at ``target``; an older ``target`` survives any failure."""
    target = target.absolute()
    if target.exists() and source.exists() and target.samefile(source):
        raise BackupError(
            say(
                "A backup cannot be written over the database itself; choose another file name.",
                "Não é possível escrever uma cópia de segurança por cima da própria base de dados; escolha outro nome "
                "de ficheiro.",
            )
        )
    temporary = target.with_name(f".{target.name}.partial")
    try:
        reader = open_sqlite(str(source), readonly=True)
        try:
            writer = sqlite3.connect(temporary)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode = DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        try:
            found = integrity.problems(temporary, thorough=True)
        except integrity.UnreadableError as error:
            raise OSError(str(error)) from error
        if found:
            raise UnverifiedBackupError(
                say(
                    "The backup did not verify ({problem}); the database itself was not changed.",
                    "A cópia de segurança não passou na verificação ({problem}); a base de dados não foi alterada.",
                    problem=found[0],
                )
            )
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(_explain(error, target)) from error
    finally:
        temporary.unlink(missing_ok=True)


def _explain(error: BaseException, target: Path) -> str:
    text = str(error).lower()
    if "full" in text or getattr(error, "errno", None) == 28:
        return say(
            "The disk is full: no backup could be written to {folder}. Free some space and try again.",
            "O disco está cheio: não foi possível escrever nenhuma cópia de segurança em {folder}. Liberte espaço e "
            "tente de novo.",
            folder=target.parent,
        )
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        return say(
            "PactDesk cannot write the backup to {folder}; choose a folder you can write to.",
            "O PactDesk não consegue escrever a cópia de segurança em {folder}; escolha uma pasta onde possa escrever.",
            folder=target.parent,
        )
    return say(
        "The backup to {target} failed: {reason}.",
        "A cópia de segurança para {target} falhou: {reason}.",
        target=target,
        reason=error,
    )


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


class BackupFolder:
    """The backups of one database file, in ``<folder>/<name>-backups/``."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.folder = database.with_name(f"{database.stem}-backups")

    def take(self, reason: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.clear_stale()
        target = self.folder / f"{self.database.stem}-{datetime.now().strftime(_STAMP)}-{reason}.sqlite"
        copy_database(self.database, target)
        self.rotate()
        logger.info("backup (%s) written to %s", reason, target)
        return target

    def all(self) -> list[Backup]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        prefix = f"{self.database.stem}-"
        for path in self.folder.glob(f"{prefix}*.sqlite"):
            stamp, _, reason = path.stem[len(prefix) :].rpartition("-")
            try:
                taken_at = datetime.strptime(stamp, _STAMP)
            except ValueError:
                continue
            found.append(Backup(path, taken_at, reason))
        return sorted(found, key=lambda backup: backup.taken_at, reverse=True)

    def newest_good(self) -> Backup | None:
        for backup in self.all():
            if not integrity.problems(backup.path, thorough=True):
                return backup
            logger.warning("backup %s does not verify; trying an older one", backup.path)
        return None

    def clear_stale(self) -> int:
        """Delete what interrupted backups left (``.NAME.partial`` and its ``-journal``): copies of personal data
        that rotation never sees. Only the process holding the database's lock writes backups here, and it calls
        this before writing, so nothing found is being written. Returns how many files went."""
        if not self.folder.is_dir():
            return 0
        stale = [path for path in self.folder.glob(f".{self.database.stem}-*.sqlite.partial*") if path.is_file()]
        for path in stale:
            path.unlink(missing_ok=True)
            logger.info("removed %s, left by an interrupted backup", path)
        return len(stale)

    def rotate(self, keep: int = KEEP) -> None:
        for backup in self.all()[keep:]:
            backup.path.unlink(missing_ok=True)
