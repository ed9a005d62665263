"""One PactDesk writer per database file: an OS lock on ``<file>.lock`` that also records a clean shutdown."""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from pactdesk.domain.messages import say
from pactdesk.store.errors import DatabaseInUseError, ReadOnlyDatabaseError

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    """Held while a writer has the database open. The lock file stays; its ``state`` says open or closed.

    A lock file found in state ``open`` but not held by anyone means the last writer did not shut down cleanly.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".lock")
        self._handle: IO[str] | None = None
        self._same_file: IO[str] | None = None  # the lock of the file itself, whatever its name (see acquire)
        self.unclean_shutdown = False

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        except PermissionError as error:
            raise ReadOnlyDatabaseError(
                say(
                    "PactDesk cannot write in the folder {folder}. Move the database to a folder you can write to, or "
                    "ask for write permission.",
                    "O PactDesk não consegue escrever na pasta {folder}. Mova a base de dados para uma pasta onde "
                    "possa escrever, ou peça permissão de escrita.",
                    folder=self.path.parent,
                )
            ) from error
        if not _try_lock(handle):
            owner = self._read(handle)
            handle.close()
            name = self.path.with_suffix("").name
            raise DatabaseInUseError(
                say(
                    "{name} is already open in another PactDesk window (process {pid} on {host}). Switch to that "
                    "window, or close it and try again.",
                    "{name} já está aberto noutra janela do PactDesk (processo {pid} em {host}). Mude para essa "
                    "janela, ou feche-a e tente de novo.",
                    name=name,
                    pid=str(owner.get("pid")),
                    host=owner.get("host"),
                )
                if owner.get("pid")
                else say(
                    "{name} is already open in another PactDesk window. Switch to that window, or close it and try "
                    "again.",
                    "{name} já está aberto noutra janela do PactDesk. Mude para essa janela, ou feche-a e tente de "
                    "novo.",
                    name=name,
                )
            )
        if not self._lock_the_file_itself():
            _unlock(handle)
            handle.close()
            raise DatabaseInUseError(
                say(
                    "{name} is already open in another PactDesk window, under another name (a link to the same file). "
                    "Switch to that window, or close it and try again.",
                    "{name} já está aberto noutra janela do PactDesk, com outro nome (uma ligação para o mesmo "
                    "ficheiro). Mude para essa janela, ou feche-a e tente de novo.",
                    name=self.database.name,
                )
            )
        previous = self._read(handle)
        self.unclean_shutdown = previous.get("state") == "open"
        self._handle = handle
        self._write({"state": "open", "pid": os.getpid(), "host": socket.gethostname()})

    def _lock_the_file_itself(self) -> bool:
        """A second lock named after the file's device and inode, in the user's cache folder: two names of one
        file (a hard link) share it, where each would have a ``.lock`` of its own. A file not made yet has none."""
        from pactdesk import config

        try:
            found = self.database.stat()
        except OSError:
            return True
        folder = config.cache_dir() / "locks"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle = open(folder / f"{found.st_dev}-{found.st_ino}.lock", "a+", encoding="utf-8")  # noqa: SIM115
        except OSError:
            return True  # no cache folder to write in: the lock beside the file still holds
        if not _try_lock(handle):
            handle.close()
            return False
        self._same_file = handle
        return True

    def release(self) -> None:
        if self._same_file is not None:
            _unlock(self._same_file)
            self._same_file.close()
            self._same_file = None
        if self._handle is None:
            return
        try:
            self._write({"state": "closed"})
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    @staticmethod
    def _read(handle: IO[str]) -> dict[str, object]:
        handle.seek(0)
        try:
            value = json.loads(handle.read() or "{}")
        except (ValueError, OSError):
            return {}
        return value if isinstance(value, dict) else {}

    def _write(self, state: dict[str, object]) -> None:
        assert self._handle is not None
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(json.dumps(state))
        self._handle.flush()
        os.fsync(self._handle.fileno())
