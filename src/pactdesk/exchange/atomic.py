"""Writing a file all at once: into a temporary file beside it, then moved over it, so a full disk, a crash or a
cancel leaves any older file with that name as it was."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pactdesk.domain.errors import ExchangeError
from pactdesk.store.backups import fsync_folder


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, on any failure it is removed."""
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise ExchangeError(f"The folder {target.parent} does not exist; choose another place to save.")
    if target.is_dir():
        raise ExchangeError(f"{target} is a folder; give a file name.")
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except OSError as error:
        raise ExchangeError(explain(error, target)) from error
    finally:
        temporary.unlink(missing_ok=True)


def explain(error: OSError, target: Path) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"The disk is full, so {target.name} was not written. Free some space and try again; any older file "
            "with that name is unchanged."
        )
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return (
            f"PactDesk may not write {target}; choose a folder you can write to (or close the file if another "
            "program has it open)."
        )
    return f"{target} could not be written ({error.strerror or error}). Any older file with that name is unchanged."
