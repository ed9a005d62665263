"""A team's database on a PostgreSQL server: what it holds before PactDesk opens it, the lock that lets one
laptop at a time upgrade it, and sentences that never show a password.

A server database has no file to lock, back up or check (those are the DBA's, with ``pg_dump``): several
windows share it, and the server keeps them apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from pactdesk.domain.messages import say
from pactdesk.store import migrations
from pactdesk.store.errors import NewerSchemaError, PasswordNeededError, StoreError
from pactdesk.store.location import DatabaseLocation

# The key of the session-level advisory lock every PactDesk takes on a server while it migrates: the bytes of
# "PactDesk" read as one 64-bit number.
MIGRATION_LOCK = int.from_bytes(b"PactDesk", "big")


@dataclass(frozen=True)
class ServerContents:
    """What a server database holds, read before PactDesk changes anything in it."""

    tables: frozenset[str]
    version: str | None  # the schema version in ``alembic_version``, if there is one

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def foreign(self) -> bool:
        """Tables, but none of PactDesk's version table: another program's database."""
        return bool(self.tables) and self.version is None


def engine_for(location: DatabaseLocation) -> Engine:
    """The server's engine; a URL naming a kind of database PactDesk has no driver for is said in a sentence."""
    from pactdesk.store.engine import make_server_engine

    try:
        return make_server_engine(location)
    except (ArgumentError, ImportError) as error:
        raise StoreError(
            say(
                "PactDesk cannot use the database {where} ({reason}): it works with SQLite files and PostgreSQL "
                "servers, like postgresql+psycopg://user@host/pactdesk.",
                "O PactDesk não pode usar a base de dados {where} ({reason}): funciona com ficheiros SQLite e "
                "servidores PostgreSQL, como postgresql+psycopg://utilizador@servidor/pactdesk.",
                where=location.describe(),
                reason=location.scrubbed(str(error)),
            )
        ) from error


def contents(engine: Engine) -> ServerContents:
    """The tables of the database's default schema and its PactDesk schema version."""
    with engine.connect() as connection:
        tables = frozenset(inspect(connection).get_table_names())
        version = migrations.current(connection) if "alembic_version" in tables else None
    return ServerContents(tables, version)


def refuse_foreign_or_newer(location: DatabaseLocation, found: ServerContents, scripts: Path | None = None) -> None:
    """A database another program uses, or one a newer PactDesk upgraded, is left as it is, with a sentence."""
    if found.foreign:
        raise _foreign(location, found)
    if found.version is not None and not migrations.known(found.version, scripts):
        raise NewerSchemaError(
            say(
                "The database {where} was upgraded by a newer version of PactDesk (schema {version}). Install the "
                "newer PactDesk on this computer too; the database was not changed.",
                "A base de dados {where} foi atualizada por uma versão mais recente do PactDesk (esquema {version}). "
                "Instale também neste computador a versão mais recente do PactDesk; a base de dados não foi alterada.",
                where=location.describe(),
                version=found.version,
            )
        )


# Words a language's collation orders differently from code points (capitals first, accents beside their letter,
# spaces and dashes ignored or not), as SQLite orders all text.
_ORDER_SAMPLE = ("B", "a", "É", "e", "Z", "é", "-x", " y", "b a", "ba")


def refuse_language_order(engine: Engine, location: DatabaseLocation) -> None:
    """A new team database must sort text as SQLite does, by code point: otherwise every list and workbook ordered
    by a name comes out in another order than on a laptop, and a database copied between the two would not export
    the same workbook. The order is tried on the server itself, whatever its locale is called."""
    values = ", ".join(f"('{word}')" for word in _ORDER_SAMPLE)
    with engine.connect() as connection:
        found = list(connection.scalars(text(f"SELECT word FROM (VALUES {values}) AS sample(word) ORDER BY word")))
    if found != sorted(_ORDER_SAMPLE):
        raise StoreError(
            say(
                "The database {where} sorts text by the rules of a language, so lists and workbooks would come out in "
                "another order than on a laptop. Ask for a database that sorts by code point, made with: {create}; "
                "nothing was written to this one.",
                "A base de dados {where} ordena o texto pelas regras de uma língua, pelo que as listas e os livros "
                "sairiam numa ordem diferente da de um portátil. Peça uma base de dados que ordene pelo código de "
                "cada carácter, criada com: {create}; nada foi escrito nesta.",
                where=location.describe(),
                create="CREATE DATABASE pactdesk TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'",
            )
        )


def refuse_empty_or_foreign(location: DatabaseLocation, found: ServerContents) -> None:
    """A command that only reads has nothing to read in an empty database, nor in another program's."""
    if found.empty:
        raise StoreError(
            say(
                "The database {where} is empty: it holds no PactDesk database yet. Make it one with pactdesk init "
                "--database-url URL.",
                "A base de dados {where} está vazia: ainda não contém uma base de dados do PactDesk. Prepare-a com "
                "pactdesk init --database-url URL.",
                where=location.describe(),
            )
        )
    if found.foreign:
        raise _foreign(location, found)


def _foreign(location: DatabaseLocation, found: ServerContents) -> StoreError:
    return StoreError(
        say(
            "The database {where} holds {n} tables that are not PactDesk's; it was left as it is. Give PactDesk "
            "a database of its own (an empty one the first time: pactdesk init --database-url URL).",
            "A base de dados {where} contém {n:tabela/tabelas} que não são do PactDesk; foi deixada como estava. Dê ao "
            "PactDesk uma base de dados só para ele (vazia, da primeira vez: pactdesk init --database-url URL).",
            where=location.describe(),
            n=len(found.tables),
        )
    )


def refuse_to_init(location: DatabaseLocation, scripts: Path | None = None) -> None:
    """``pactdesk init`` makes a new team database only: a newer one, another program's, or any with tables is
    refused with a sentence, before anything is written."""
    engine = engine_for(location)
    try:
        found = contents(engine)
    except SQLAlchemyError as error:
        raise unreachable(location, error) from error
    finally:
        engine.dispose()
    refuse_foreign_or_newer(location, found, scripts)
    if not found.empty:
        raise StoreError(
            say(
                "The database {where} already holds a PactDesk database (schema {version}, {n} tables); init "
                "starts an empty database only. Open it with --database-url instead.",
                "A base de dados {where} já contém uma base de dados do PactDesk (esquema {version}, "
                "{n:tabela/tabelas}); o init só prepara uma base de dados vazia. Abra-a antes com --database-url.",
                where=location.describe(),
                version=found.version,
                n=len(found.tables),
            )
        )


@contextmanager
def migration_lock(connection: Connection) -> Iterator[None]:
    """Hold PactDesk's advisory lock on the server for as long as the block runs: a second laptop upgrading at the
    same moment waits here, then finds the schema already at its version. The lock belongs to the connection's
    session, so it is freed if this process dies mid-way."""
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
    connection.commit()
    try:
        yield
    finally:
        if connection.in_transaction():
            connection.rollback()
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
        connection.commit()


def unreachable(location: DatabaseLocation, error: SQLAlchemyError) -> StoreError:
    """The server could not be reached or refused the login: a sentence naming it, without a password."""
    reason = location.scrubbed(" ".join(str(getattr(error, "orig", None) or error).split()))
    if any(sign in reason for sign in _PASSWORD_SIGNS):
        from sqlalchemy.engine import make_url

        url = make_url(location.url)
        login, where = url.username or "", f"{url.host or 'localhost'}/{url.database or ''}"
        return PasswordNeededError(
            say(
                "The database {where} asks a password for {login} ({reason}): type it, or keep it in PGPASSWORD or "
                "~/.pgpass.",
                "A base de dados {where} pede a palavra-passe de {login} ({reason}): escreva-a, ou guarde-a em "
                "PGPASSWORD ou ~/.pgpass.",
                where=location.describe(),
                login=login,
                reason=reason,
            )
            if login
            else say(
                "The database {where} asks a password for your login ({reason}): type it, or keep it in PGPASSWORD or "
                "~/.pgpass.",
                "A base de dados {where} pede a palavra-passe do seu nome de utilizador ({reason}): escreva-a, ou "
                "guarde-a em PGPASSWORD ou ~/.pgpass.",
                where=location.describe(),
                reason=reason,
            ),
            login=login,
            server=where,
        )
    if any(sign in reason for sign in _CERTIFICATE_SIGNS):
        return StoreError(
            say(
                "PactDesk did not connect to the database {where}: the server's certificate could not be verified "
                "with the certificate authority in the URL's sslrootcert, so it may not be the team's server, and no "
                "password was sent ({reason}). Ask whoever runs the server for its CA file.",
                "O PactDesk não se ligou à base de dados {where}: não foi possível verificar o certificado do servidor "
                "com a autoridade de certificação indicada em sslrootcert no URL, pelo que pode não ser o servidor da "
                "equipa, e não foi enviada nenhuma palavra-passe ({reason}). Peça o ficheiro da CA a quem gere o "
                "servidor.",
                where=location.describe(),
                reason=reason,
            )
        )
    return StoreError(
        say(
            "PactDesk cannot reach the database {where}: {reason}. Check the address, that the server is running, and "
            "your login (a password is read from PGPASSWORD or ~/.pgpass when the URL has none).",
            "O PactDesk não consegue contactar a base de dados {where}: {reason}. Verifique o endereço, se o servidor "
            "está a funcionar e o seu nome de utilizador (a palavra-passe é lida de PGPASSWORD ou ~/.pgpass quando o "
            "URL não a tem).",
            where=location.describe(),
            reason=reason,
        )
    )


# libpq's words when the server wants a password it was not given, or refused the one given.
_PASSWORD_SIGNS = ("no password supplied", "password authentication failed")

# libpq's words when the server's certificate does not check out against sslrootcert.
_CERTIFICATE_SIGNS = ("certificate verify failed", "does not match host name", "root certificate file")

# What a server says when it goes away, in SQLSTATE classes: 08 connection exception, 57P01-57P03 shutting down,
# crashed, starting up. (A failure to connect at all carries no SQLSTATE.)
_GONE_STATES = ("57P01", "57P02", "57P03")
# A failure to connect that is no lost server: the login, the password or the database is wrong.
_NOT_GONE_WORDS = ("authentication", "password", "does not exist", "pg_hba.conf", "certificate", "permission denied")


def is_lost_connection(error: BaseException) -> bool:
    """Whether ``error`` says the server is out of reach (the network, a restart) rather than that it refused
    what was asked: the change can be tried again as it is."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    original = getattr(error, "orig", None) or error
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    if not isinstance(original, psycopg.OperationalError):
        return False
    state = original.sqlstate
    if state is not None:
        return state.startswith("08") or state in _GONE_STATES
    said = str(original).lower()
    return not any(word in said for word in _NOT_GONE_WORDS)


def is_refused_privilege(error: BaseException) -> bool:
    """The server refused a statement this login has no right to (SQLSTATE 42501, insufficient_privilege)."""
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None) == "42501"
