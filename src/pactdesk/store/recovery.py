"""What PactDesk does with a damaged file when it opens it: damaged indexes rebuilt from the rows, a damaged
write-ahead log kept and counted, otherwise the newest good backup put in the file's place with the damaged file
kept beside it; and the sentence for a file that cannot be read at all, which is no damage."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from pactdesk.domain.messages import say
from pactdesk.store import integrity, wal
from pactdesk.store.backups import BackupFolder, fsync_folder
from pactdesk.store.engine import open_sqlite
from pactdesk.store.errors import CorruptDatabaseError, DiskFullError, StoreError

logger = logging.getLogger(__name__)


def damaged_name(path: Path, companion: str = "") -> Path:
    """Where a damaged file (or its ``-wal``/``-shm``) is kept: ``<name>.damaged-<time>.sqlite``, beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}{companion}")


def kept_damaged_log(path: Path) -> list[str]:
    """After an unclean shutdown, before SQLite replays the write-ahead log: when part of it is damaged, SQLite
    will drop the commits written after the damage without a word. Keep a copy of the log (and its index) beside
    the database, and say how many commits it holds that the database will not."""
    log = path.with_name(path.name + "-wal")
    reading = wal.read(log)
    if reading is None or not reading.commits_lost:
        return []
    kept = damaged_name(path, "-wal")
    shutil.copyfile(log, kept)
    index = path.with_name(path.name + "-shm")
    if index.exists():
        shutil.copyfile(index, kept.with_name(kept.name.removesuffix("-wal") + "-shm"))
    logger.error(
        "%s: %d commits in a damaged part of the write-ahead log; copy kept as %s",
        path,
        reading.commits_lost,
        kept,
    )
    return [
        say(
            "PactDesk did not close cleanly last time, and {lost:change/changes} saved just before could not be "
            "recovered: that part of the database's write-ahead log is damaged. A copy of the log is kept as {kept}, "
            "for whoever can recover them; everything else is there.",
            "O PactDesk não foi fechado corretamente da última vez, e não foi possível recuperar o que foi guardado "
            "pouco antes ({lost:alteração/alterações}): essa parte do registo de escrita (write-ahead log) da base de "
            "dados está danificada. Fica uma cópia do registo em {kept}, para quem o possa recuperar; tudo o resto "
            "está na base de dados.",
            lost=reading.commits_lost,
            kept=kept,
        )
    ]


def repair_indexes(path: Path, found: list[str]) -> str:
    """Index-only damage: the file as it is is copied aside, then every index is rebuilt from the rows (REINDEX),
    and the file checked again. No row is lost; raises when the file is still not sound."""
    kept = damaged_name(path)
    source = open_sqlite(str(path), readonly=True)
    try:
        target = sqlite3.connect(kept)
        try:
            source.backup(target)  # not copy_database: that refuses a copy that does not verify, as this one won't
        finally:
            target.close()
    finally:
        source.close()
    connection = open_sqlite(str(path))
    try:
        connection.execute("REINDEX")
    finally:
        connection.close()
    still = integrity.problems(path, thorough=True)
    if still:
        raise sqlite3.DatabaseError(still[0])
    logger.warning("rebuilt the indexes of %s (%s); the file as it was is %s", path, found[0], kept)
    return say(
        "Some indexes of {path} were out of step with the data ({problem}). They were rebuilt from the data, and "
        "nothing was lost; the file as it was is kept as {kept}.",
        "Alguns índices de {path} não correspondiam aos dados ({problem}). Foram reconstruídos a partir dos dados, e "
        "nada se perdeu; o ficheiro tal como estava ficou guardado como {kept}.",
        path=path,
        problem=found[0],
        kept=kept,
    )


def unreadable(path: Path, error: BaseException) -> StoreError:
    text = str(error).lower()
    if "full" in text:
        return DiskFullError(
            say(
                "The disk holding {path} is full, so PactDesk cannot open it. Free some space and start PactDesk "
                "again; the file was not changed.",
                "O disco onde está {path} está cheio, pelo que o PactDesk não o consegue abrir. Liberte espaço e "
                "volte a iniciar o PactDesk; o ficheiro não foi alterado.",
                path=path,
            )
        )
    return StoreError(
        say(
            "PactDesk could not read {path} ({reason}). The disk may be full or gone, or the file not readable by "
            "you; nothing says it is damaged, and it was not changed. Check the disk and start PactDesk again.",
            "O PactDesk não conseguiu ler {path} ({reason}). O disco pode estar cheio ou ter deixado de estar "
            "ligado, ou o ficheiro pode não lhe dar permissão de leitura; nada indica que esteja danificado, e não "
            "foi alterado. Verifique o disco e volte a iniciar o PactDesk.",
            path=path,
            reason=error,
        )
    )


def restore_newest_backup(path: Path, problem: str) -> str:
    """Put the newest good backup in place of the damaged file, keeping that file beside it.

    The copy is written and verified first; only then is the damaged file moved aside and the copy moved in, and
    if any step fails every file is put back as it was."""
    try:
        good = BackupFolder(path).newest_good()
    except integrity.UnreadableError as error:
        raise unreadable(path, error) from error
    if good is None:
        raise CorruptDatabaseError(
            say(
                "{path} is damaged ({problem}) and there is no good backup to restore. Nothing was deleted: keep the "
                "file, and ask for help to recover it.",
                "{path} está danificado ({problem}) e não há nenhuma cópia de segurança em bom estado para repor. Nada "
                "foi eliminado: guarde o ficheiro e peça ajuda para o recuperar.",
                path=path,
                problem=problem,
            )
        )
    damaged = damaged_name(path)
    partial = path.with_name(f".{path.name}.restoring")
    moved: list[tuple[Path, Path]] = []
    try:
        shutil.copyfile(good.path, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if integrity.problems(partial, thorough=True):
            raise OSError(
                say("the copy of {path} did not verify", "a cópia de {path} não passou na verificação", path=good.path)
            )
        for suffix in ("", "-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, damaged.with_name(damaged.name + suffix))
                moved.append((damaged.with_name(damaged.name + suffix), companion))
        os.replace(partial, path)
    except (OSError, integrity.UnreadableError) as error:
        for kept, original in reversed(moved):  # everything back where it was
            os.replace(kept, original)
        partial.unlink(missing_ok=True)
        raise StoreError(
            say(
                "{path} is damaged ({problem}), but the backup of {taken} could not be put in its place ({reason}). "
                "Nothing was changed: free some space if the disk is full, and start PactDesk again.",
                "{path} está danificado ({problem}), mas não foi possível pôr no seu lugar a cópia de segurança de "
                "{taken} ({reason}). Nada foi alterado: liberte espaço, se o disco estiver cheio, e volte a iniciar o "
                "PactDesk.",
                path=path,
                problem=problem,
                taken=good.taken_at,
                reason=error,
            )
        ) from error
    fsync_folder(path.parent)
    return say(
        "The database {path} was damaged ({problem}). The damaged file was kept as {damaged}, and the backup of "
        "{taken} was restored from {backup}. Changes made after that backup are only in the damaged file.",
        "A base de dados {path} estava danificada ({problem}). O ficheiro danificado ficou guardado como {damaged}, e "
        "foi reposta a cópia de segurança de {taken}, a partir de {backup}. As alterações feitas depois dessa cópia "
        "só estão no ficheiro danificado.",
        path=path,
        problem=problem,
        damaged=damaged,
        taken=good.taken_at,
        backup=good.path,
    )
