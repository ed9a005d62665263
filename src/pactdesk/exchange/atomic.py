"""Writing a file all at once: into a temporary file beside it, then moved over it, so a full disk, a crash or a
cancel leaves any older file with that name as it was."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pactdesk.domain.errors import ExchangeError
from pactdesk.domain.messages import say
from pactdesk.store.backups import fsync_folder


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, on any failure it is removed."""
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise ExchangeError(
            say(
                "The folder {folder} does not exist; choose another place to save.",
                "A pasta {folder} não existe; escolha outro local para guardar.",
                folder=target.parent,
            )
        )
    if target.is_dir():
        raise ExchangeError(
            say(
                "{target} is a folder; give a file name.",
                "{target} é uma pasta; indique um nome de ficheiro.",
                target=target,
            )
        )
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
    """Why ``target`` was not written, and what to do, in the window's language."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return say(
            "The disk is full, so {name} was not written. Free some space and try again; any older file with that "
            "name is unchanged.",
            "O disco está cheio, pelo que {name} não foi guardado. Liberte espaço e tente de novo; qualquer ficheiro "
            "anterior com esse nome mantém-se inalterado.",
            name=target.name,
        )
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return say(
            "PactDesk may not write {target}; choose a folder you can write to (or close the file if another program "
            "has it open).",
            "O PactDesk não tem permissão para guardar {target}; escolha uma pasta onde possa guardar ficheiros (ou "
            "feche o ficheiro, se outro programa o tiver aberto).",
            target=target,
        )
    return say(
        "{target} could not be written ({reason}). Any older file with that name is unchanged.",
        "Não foi possível guardar {target} ({reason}). Qualquer ficheiro anterior com esse nome mantém-se inalterado.",
        target=target,
        reason=error.strerror or error,
    )
