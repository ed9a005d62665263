"""What a database file must be before PactDesk opens it: a file, not a folder; in a folder that is there and can be
written; not gone while its backups remain (a new empty file would hide them); and PactDesk's own, of a schema this
PactDesk knows. Each refusal says why in the window's language, and leaves the file as it was."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from pactdesk.domain.messages import listed, say
from pactdesk.store import migrations
from pactdesk.store.backups import BackupFolder
from pactdesk.store.engine import open_sqlite
from pactdesk.store.errors import MissingDatabaseError, NewerSchemaError, ReadOnlyDatabaseError, StoreError
from pactdesk.store.failures import translate


def check_writable(path: Path) -> None:
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(
            say(
                "{path} is read-only, so PactDesk cannot save to it. Copy it to a folder of yours, or ask for write "
                "permission. {advice}",
                "{path} é só de leitura, pelo que o PactDesk não pode guardar nele. Copie-o para uma pasta sua, ou "
                "peça permissão de escrita. {advice}",
                path=path,
                advice=reading_still_works(),
            )
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyDatabaseError(
            say(
                "PactDesk cannot write in the folder {folder}, which it needs beside the database. Move the file to a "
                "folder of yours, or ask for write permission. {advice}",
                "O PactDesk não consegue escrever na pasta {folder}, de que precisa junto da base de dados. Mova o "
                "ficheiro para uma pasta sua, ou peça permissão de escrita. {advice}",
                folder=path.parent,
                advice=reading_still_works(),
            )
        )


def reading_still_works() -> str:
    return say(
        "Commands that only read (pactdesk info, check and backup) still work on it.",
        "Os comandos que só leem (pactdesk info, check e backup) continuam a funcionar com ele.",
    )


def no_folder(folder: Path) -> str:
    """The sentence for a new file's folder that is not there."""
    return say(
        "The folder {folder} does not exist; create it or choose another file.",
        "A pasta {folder} não existe; crie-a ou escolha outro ficheiro.",
        folder=folder,
    )


def refuse_to_replace_a_lost_file(path: Path) -> None:
    """A database that is gone while its backups (or a damaged copy) sit beside it is not silently replaced by a new
    empty one: the user is told what is there, and chooses."""
    if path.exists():
        return
    damaged = sorted(path.parent.glob(f"{path.stem}.damaged-*{path.suffix}"))
    backups = BackupFolder(path).all()
    if not damaged and not backups:
        return
    found = []
    if backups:
        found.append(
            say(
                "backups of it in {folder} (the newest from {taken})",
                "cópias de segurança em {folder} (a mais recente de {taken})",
                folder=backups[0].path.parent,
                taken=backups[0].taken_at,
            )
        )
    if damaged:
        found.append(say("a damaged copy, {name}", "uma cópia danificada, {name}", name=damaged[-1].name))
    raise MissingDatabaseError(
        say(
            "There is no database at {path}, but there are {found}. To go on from a backup, copy it to {path} and "
            "start PactDesk again; to start a new, empty database there, move those files elsewhere first.",
            "Não existe nenhuma base de dados em {path}, mas existem {found}. Para continuar a partir de uma cópia de "
            "segurança, copie-a para {path} e volte a iniciar o PactDesk; para começar ali uma base de dados nova e "
            "vazia, mova primeiro esses ficheiros para outro lugar.",
            path=path,
            found=listed(found),
        )
    )


def refuse_a_folder(path: Path) -> None:
    if path.is_dir():
        raise StoreError(
            say(
                "{path} is a folder, not a database file: give the path of the PactDesk file itself.",
                "{path} é uma pasta, não um ficheiro de base de dados: indique o caminho do próprio ficheiro do "
                "PactDesk.",
                path=path,
            )
        )


def refuse_foreign_or_newer(path: Path, migrations_path: Path | None) -> None:
    """Read the schema version through a read-only connection, so a refused file stays byte-for-byte the same."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = open_sqlite(str(path), readonly=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                version = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise translate(error) from error
    if version is None and tables - {"alembic_version"}:
        raise StoreError(
            say(
                "{path} is not a PactDesk database; it was left as it is. Choose a PactDesk file.",
                "{path} não é uma base de dados do PactDesk; foi deixado como estava. Escolha um ficheiro do PactDesk.",
                path=path,
            )
        )
    if version is not None and not migrations.known(version, migrations_path):
        raise NewerSchemaError(
            say(
                "{path} was saved by a newer version of PactDesk (schema {version}). Install the newer PactDesk to "
                "open it; the file was not changed.",
                "{path} foi guardado por uma versão mais recente do PactDesk (esquema {version}). Instale a versão "
                "mais recente do PactDesk para o abrir; o ficheiro não foi alterado.",
                path=path,
                version=version,
            )
        )
