"""The full-text index behind ``services/search.py``: what it covers, how each kind of database keeps it, and how it
is checked and rebuilt (``pactdesk check --repair``).

One index entry is one row of a record's own table, found again by the table and its id: a meeting (reference,
title, place), an agenda item (title, minutes, presenter), a decision, an action (reference, title), a progress
update, an output (reference, title, evidence), a person (name, role, e-mail), an organisation (names, acronym) and
an attachment (its name, and the words inside the file: ``Attachment.text``, from ``exchange/file_text.py``). The
meeting, cluster and date a hit is shown with are read from the record's own table and its parents when the search
runs, so they never go out of step.

- **SQLite** (a laptop's file): one FTS5 *external-content* table per source table, named ``search_<table>``, its
  rowid the record's id and its text read from the record itself (nothing is stored twice). Tokenizer
  ``unicode61 remove_diacritics 2``: case and accents aside ("acao" finds "ação"); prefix indexes of 2 and 3
  letters, so a word being typed is found at once. A longer start merges the words it begins: on the scale-50 demo
  that costs less than a third prefix index saves, and the index is 86 % of the records' size instead of 107 %.
  Triggers on each source table keep it in step with every write, however it is made: the ORM's flushes, undo's
  bulk inserts, the workbook import, a copy, SQLite's own cascades. A person's name changed (an erasure) merges the
  people's index, so the old name leaves the file too.
- **PostgreSQL** (team mode): a ``search_vector`` column on each source table, a ``tsvector`` the server computes
  itself (``GENERATED ALWAYS … STORED``) with the text search configuration ``pactdesk_pt``: Portuguese stemming
  after ``unaccent``, so it is in step by construction, COPY and ``VACUUM FULL`` included; each GIN-indexed. The
  title columns weigh ``A``, the rest ``D``. Hyphens and other marks inside words are read as spaces, as SQLite's
  tokenizer reads them ("TEX-2026-01" is three words on both).

Nothing here is in ``Base.metadata``: the index is derived data, made by migration 0010 and remade by ``repair``;
copies and backups carry it (a file's) or remake it (a server's generated columns). A migration that copies a source
table on SQLite (a batch ``ALTER``) drops its triggers: such a step calls ``install`` again at its end.

Each source's index covers the columns its table has when it is made: migration 0010 makes the attachments' before
there is a ``text`` column (a database upgraded from before it runs 0010 as it was written), and 0011, which adds the
column, drops that one index (``drop``), fills the column, and makes it again over both (``remake``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlalchemy import Connection, text

from pactdesk.domain.messages import say

logger = logging.getLogger(__name__)

CONFIGURATION = "pactdesk_pt"
VECTOR = "search_vector"
# What the tokenizers of the two databases take for the inside of a word, read as spaces on PostgreSQL (whose parser
# reads "-2026" as a signed number and "ana.lopes@iapmei.pt" as one e-mail token).
MARKS = "-+/@.:_"


@dataclass(frozen=True)
class Source:
    """A kind of record the index covers: its table, the columns that make its title (found first) and the rest."""

    kind: str
    table: str
    title: tuple[str, ...]
    body: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.title + self.body

    @property
    def index(self) -> str:
        """The SQLite FTS5 table, or the name of the PostgreSQL GIN index."""
        return f"search_{self.table}"


SOURCES: tuple[Source, ...] = (
    Source("meeting", "meeting", ("ref", "title"), ("location",)),
    Source("agenda_item", "agenda_item", ("title",), ("minutes", "presenter")),
    Source("decision", "decision", ("text",)),
    Source("action", "action", ("ref", "title")),
    Source("progress", "action_update", (), ("text",)),
    Source("output", "output", ("ref", "title"), ("evidence",)),
    Source("person", "person", ("name",), ("role", "email")),
    Source("organisation", "organisation", ("name", "name_pt", "acronym")),
    Source("attachment", "attachment", ("name",), ("text",)),
)
BY_KIND = {source.kind: source for source in SOURCES}

# The people's index is merged whenever a name changes, so no trace of an erased name stays in its segments.
_MERGED_ON_CHANGE = {"person": "name"}


def _present(connection: Connection, source: Source) -> Source:
    """``source`` over the columns its table has now (see the module's docstring)."""
    if connection.dialect.name == "postgresql":
        found = connection.execute(
            text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = :table"
            ),
            {"table": source.table},
        )
    else:
        found = connection.exec_driver_sql(f"SELECT name FROM pragma_table_info('{source.table}')")
    have = {str(column) for (column,) in found}
    return replace(
        source,
        title=tuple(column for column in source.title if column in have),
        body=tuple(column for column in source.body if column in have),
    )


# -- SQLite ------------------------------------------------------------------------------------------------------


def _q(name: str) -> str:
    return f'"{name}"'


def _sqlite_statements(source: Source) -> list[str]:
    """The FTS5 table and its three triggers for one source table."""
    index, table = source.index, source.table
    columns = ", ".join(_q(column) for column in source.columns)
    new = ", ".join(f"new.{_q(column)}" for column in source.columns)
    old = ", ".join(f"old.{_q(column)}" for column in source.columns)
    add = f"INSERT INTO {index} (rowid, {columns}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {index} ({index}, rowid, {columns}) VALUES ('delete', old.id, {old});"
    merge = ""
    if table in _MERGED_ON_CHANGE:
        merge = f"INSERT INTO {index} ({index}) VALUES ('optimize');"
    changed = " OR ".join(f"old.{_q(column)} IS NOT new.{_q(column)}" for column in source.columns)
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({columns}, content={_q(table)}, content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {_q(table)} BEGIN {add} END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {_q(table)} BEGIN {remove} {merge} END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {columns} ON {_q(table)} WHEN {changed} "
        f"BEGIN {remove} {add} {merge} END",
    ]


def _sqlite_make(connection: Connection, source: Source) -> None:
    for statement in _sqlite_statements(_present(connection, source)):
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(f"INSERT INTO {source.index} ({source.index}) VALUES ('rebuild')")


def _sqlite_drop(connection: Connection, source: Source) -> None:
    for trigger in ("insert", "delete", "update"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.index}_{trigger}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {source.index}")


def _sqlite_install(connection: Connection) -> None:
    for source in SOURCES:
        _sqlite_make(connection, source)


def _sqlite_uninstall(connection: Connection) -> None:
    for source in SOURCES:
        _sqlite_drop(connection, source)


def _sqlite_names(connection: Connection) -> set[str]:
    return {
        str(name)
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE 'search~_%' ESCAPE '~'"
        )
    }


def _sqlite_problems(connection: Connection) -> list[str]:
    found = _sqlite_names(connection)
    problems = []
    for source in SOURCES:
        wanted = [source.index, *(f"{source.index}_{trigger}" for trigger in ("insert", "delete", "update"))]
        missing = [name for name in wanted if name not in found]
        if missing:
            problems.append(f"the search index of {source.table} lacks {', '.join(missing)}")
            continue
        indexed = _sqlite_indexed(connection, source)
        unindexed = [column for column in _present(connection, source).columns if column not in indexed]
        if unindexed:
            problems.append(f"the search index of {source.table} lacks its column {', '.join(unindexed)}")
            continue
        if not _sqlite_in_step(connection, source):
            problems.append(f"the search index of {source.table} is out of step with it")
    return problems


def _sqlite_indexed(connection: Connection, source: Source) -> set[str]:
    """The columns the source's FTS5 table covers."""
    return {
        str(column) for (column,) in connection.exec_driver_sql(f"SELECT name FROM pragma_table_info('{source.index}')")
    }


def _sqlite_in_step(connection: Connection, source: Source) -> bool:
    """FTS5's own check of the index against the records (``rank`` 1). It is written as an INSERT, which a file
    opened for reading only refuses: there the index's entries are counted against the records instead."""
    index = source.index
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
        return True
    except Exception as error:  # SQLite says "malformed" of an index out of step, a fault of the index alone
        if "readonly" not in str(error).replace(" ", "").lower():
            logger.info("search index of %s out of step: %s", source.table, error)
            return False
    entries, records = connection.exec_driver_sql(
        f"SELECT (SELECT count(*) FROM {index}_docsize), (SELECT count(*) FROM {_q(source.table)})"
    ).one()
    return bool(entries == records)


# -- PostgreSQL --------------------------------------------------------------------------------------------------


def _pg_text(columns: tuple[str, ...]) -> str:
    joined = " || ' ' || ".join(f"coalesce({_q(column)}::text, '')" for column in columns)
    return f"translate({joined}, '{MARKS}', '{' ' * len(MARKS)}')"


def _pg_vector(source: Source) -> str:
    parts = []
    if source.title:
        parts.append(f"setweight(to_tsvector('{CONFIGURATION}'::regconfig, {_pg_text(source.title)}), 'A')")
    if source.body:
        parts.append(f"setweight(to_tsvector('{CONFIGURATION}'::regconfig, {_pg_text(source.body)}), 'D')")
    return " || ".join(parts)


def _pg_install(connection: Connection) -> None:
    _pg_configuration(connection)
    present = _pg_columns(connection)
    for source in SOURCES:
        _pg_make(connection, source, present)


def _pg_make(connection: Connection, source: Source, present: set[str]) -> None:
    """The source's generated column (unless ``present`` says its table has it) and its GIN index."""
    if source.table not in present:
        connection.exec_driver_sql(
            f"ALTER TABLE {_q(source.table)} ADD COLUMN {VECTOR} tsvector "
            f"GENERATED ALWAYS AS ({_pg_vector(_present(connection, source))}) STORED"
        )
    connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {source.index} ON {_q(source.table)} USING gin ({VECTOR})")


def _pg_drop(connection: Connection, source: Source) -> None:
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {source.index}")
    connection.exec_driver_sql(f"ALTER TABLE {_q(source.table)} DROP COLUMN IF EXISTS {VECTOR}")


def _pg_configuration(connection: Connection) -> None:
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except Exception as error:
        raise RuntimeError(
            say(
                "the server would not add its extension unaccent, which the search needs to read words without their "
                "accents: whoever administers it runs CREATE EXTENSION unaccent in this database, then opens it "
                "again ({reason})",
                "o servidor não acrescentou a sua extensão unaccent, de que a pesquisa precisa para ler as palavras "
                "sem acentos: quem o administra executa CREATE EXTENSION unaccent nesta base de dados e volta a "
                "abri-la ({reason})",
                reason=" ".join(str(getattr(error, "orig", error)).split())[:200],
            )
        ) from error
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM pg_ts_config WHERE cfgname = %(name)s AND cfgnamespace = current_schema()::regnamespace",
        {"name": CONFIGURATION},
    ).first()
    if exists is None:
        connection.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = pg_catalog.portuguese)")
        connection.exec_driver_sql(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
            "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem"
        )


def _pg_columns(connection: Connection) -> set[str]:
    return {
        str(table)
        for (table,) in connection.execute(
            text(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND column_name = :column"
            ),
            {"column": VECTOR},
        )
    }


def _pg_indexes(connection: Connection) -> set[str]:
    return {
        str(name)
        for (name,) in connection.execute(
            text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE 'search\\_%'")
        )
    }


def _pg_uninstall(connection: Connection) -> None:
    for source in SOURCES:
        _pg_drop(connection, source)
    connection.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}")
    # unaccent stays: other databases' objects may use it, and it costs nothing.


def _pg_problems(connection: Connection) -> list[str]:
    columns, indexes = _pg_columns(connection), _pg_indexes(connection)
    problems = []
    configured = connection.exec_driver_sql(
        "SELECT 1 FROM pg_ts_config WHERE cfgname = %(name)s", {"name": CONFIGURATION}
    ).first()
    if configured is None:
        problems.append(f"the text search configuration {CONFIGURATION} is missing")
    for source in SOURCES:
        if source.table not in columns:
            problems.append(f"{source.table} has no {VECTOR} column")
        if source.index not in indexes:
            problems.append(f"the search index {source.index} is missing")
    return problems


# -- either ------------------------------------------------------------------------------------------------------


def install(connection: Connection) -> None:
    """Make the index and fill it from the records (migration 0010; ``repair``)."""
    if connection.dialect.name == "postgresql":
        _pg_install(connection)
    else:
        _sqlite_install(connection)


def uninstall(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        _pg_uninstall(connection)
    else:
        _sqlite_uninstall(connection)


def drop(connection: Connection, source: Source) -> None:
    """Take one source's index away (its FTS5 table and triggers; its GIN index and generated column), before a
    migration changes the source's columns."""
    if connection.dialect.name == "postgresql":
        _pg_drop(connection, source)
    else:
        _sqlite_drop(connection, source)


def remake(connection: Connection, source: Source) -> None:
    """Make one source's index again, whole, over the columns its table has now, and fill it from the records."""
    drop(connection, source)
    if connection.dialect.name == "postgresql":
        _pg_configuration(connection)
        _pg_make(connection, source, set())
    else:
        _sqlite_make(connection, source)


def problems(connection: Connection) -> list[str]:
    """What is missing from the index or out of step with the records, in a few words each; empty when sound."""
    if connection.dialect.name == "postgresql":
        return _pg_problems(connection)
    return _sqlite_problems(connection)


def installed(connection: Connection) -> bool:
    """Whether the index is there to search (a file of an older schema, opened for reading only, has none)."""
    if connection.dialect.name == "postgresql":
        return len(_pg_columns(connection)) == len(SOURCES)
    names = _sqlite_names(connection)
    if not all(source.index in names for source in SOURCES):
        return False
    # A file of schema 0010, opened for reading only, has the attachments' index without their text, which the
    # search reads: it is upgraded first, as a file without the index is.
    return all(set(source.columns) <= _sqlite_indexed(connection, source) for source in SOURCES)


def repair(connection: Connection) -> None:
    """Make the index again, whole, from the records: on a file every FTS5 table and trigger dropped, made and
    filled again; on a server whatever is missing added and every GIN index rebuilt."""
    if connection.dialect.name == "postgresql":
        _pg_install(connection)
        for source in SOURCES:
            connection.exec_driver_sql(f"REINDEX INDEX {source.index}")
        return
    _sqlite_uninstall(connection)
    _sqlite_install(connection)


def outside_the_index(name: str | None, kind: str, parents: object = None) -> bool:
    """Alembic's ``include_name``: whether a database object is the schema's own, not the index's (which is not in
    ``Base.metadata``): comparing the database with the models then leaves the index out."""
    if name is None:
        return True
    if kind == "column":
        return name != VECTOR
    return not (kind in ("table", "index") and name.startswith("search_"))
