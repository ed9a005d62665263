"""PostgreSQL in the tests (registered in tests/conftest.py): one throw-away server per session, started the first
time a test asks for it (tests/pg/server.py), a fresh database for each test, and the services and exchange suites
run twice, on a SQLite file and on a PostgreSQL database.

The two-database ``database`` fixture is given to every module of tests/services and tests/exchange, where it takes
the place of tests/conftest.py's SQLite one as a fixture written in the module would; each test there that asks for
``database`` runs as ``[sqlite]`` and ``[postgresql]``, except those listed in SQLITE_ONLY (each says why).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from pactdesk.services import workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer, ServerUnavailable, start

TESTS = Path(__file__).resolve().parent.parent
ON_BOTH = (TESTS / "services", TESTS / "exchange")
BACKENDS = ("sqlite", "postgresql")
TEMPLATE = "pactdesk_template"

# Tests of tests/services and tests/exchange that stay on SQLite, by module and name, each with the reason.
_CLI = "drives the command line with --db on the SQLite file"
SQLITE_ONLY: dict[str, dict[str, str]] = {
    "services/workbook/test_import_atomic.py": {
        "test_an_import_failing_at_its_last_row_changes_nothing": "plants a SQLite trigger to fail the import",
        "test_an_import_failing_after_everything_is_written_changes_nothing": "plants a SQLite trigger",
        "test_the_import_command_failing_at_the_last_row_changes_nothing": "plants a SQLite trigger",
    },
    "services/directory/test_merging.py": {
        "test_a_merge_is_undone_with_every_reference_in_one_step": (
            "compares rows read without ORDER BY, whose order PostgreSQL does not keep after an update"
        ),
    },
    "services/test_dashboard.py": {"test_figures_agree_with_sql": "checks the figures with SQLite's strftime"},
    "services/test_erasure.py": {
        "test_an_erased_person_leaves_no_trace_in_the_file_or_its_backups": "reads the file's and backups' bytes",
    },
    "services/workbook/test_import_problems.py": {
        "test_apply_import_refuses_a_plan_with_problems_and_writes_nothing": "dumps the closed SQLite file",
        "test_the_import_command_prints_the_problems_exits_1_and_writes_nothing": _CLI,
        "test_the_import_command_refuses_a_hostile_file_in_one_line": _CLI,
        "test_a_dry_run_of_a_valid_workbook_writes_nothing": _CLI,
    },
    "exchange/test_export_atomic.py": {"test_the_export_command_says_the_disk_is_full": _CLI},
    "exchange/test_ics.py": {
        "test_the_command_writes_the_files": _CLI,
        "test_the_description_is_in_the_chosen_language": _CLI,
    },
    "exchange/test_pdf_reports.py": {
        "test_each_command_writes_a_pdf": _CLI,
        "test_the_action_report_command_takes_every_cluster_by_default": _CLI,
        "test_a_failing_command_says_why_in_one_line": _CLI,
    },
}

_numbers = itertools.count(1)


def _on_both(path: Path) -> bool:
    return any(path.is_relative_to(folder) for folder in ON_BOTH)


def _admin(server: PostgresServer) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(**server.psql_args(), autocommit=True)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's server; without PostgreSQL binaries the tests that need it are skipped, but fail under CI."""
    try:
        running = start()
    except ServerUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(str(error), pytrace=False)
        pytest.skip(str(error))
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    """A server of the module's own, for tests that stop and start it (halt, resume) without disturbing others."""
    try:
        running = start()
    except ServerUnavailable as error:
        pytest.skip(str(error))
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A database with PactDesk's schema and catalogue, opened once through the same code as every open; each
    test's database is a copy of it (CREATE DATABASE … TEMPLATE), which is much faster than migrating again."""
    with _admin(postgres_server) as admin:
        admin.execute(f"CREATE DATABASE {TEMPLATE}")
    workspace.open_workspace(DatabaseLocation.for_url(postgres_server.url(TEMPLATE))).close()
    return TEMPLATE


def _new_database(server: PostgresServer, template: str) -> Iterator[str]:
    name = f"test_{os.getpid()}_{next(_numbers)}"
    with _admin(server) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
    try:
        yield server.url(name)
    finally:
        with _admin(server) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """The URL of a new database of this test's own, holding the schema and the catalogue."""
    yield from _new_database(postgres_server, postgres_template)


@pytest.fixture
def empty_postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database of this test's own (what a DBA hands a team before ``pactdesk init``)."""
    yield from _new_database(postgres_server, "template0")


@pytest.fixture
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """The test's database, opened as the window opens it: a SQLite file, or a PostgreSQL database."""
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        where = DatabaseLocation.for_url(request.getfixturevalue("postgres_url"))
    else:
        where = workspace.location(str(db_path))
    opened = workspace.open_workspace(where)
    assert opened.engine.dialect.name == backend
    try:
        yield opened
    finally:
        opened.close()


def pytest_collectstart(collector: pytest.Collector) -> None:
    """Each module of the services and exchange suites gets the two-database ``database`` fixture."""
    if not isinstance(collector, pytest.Module) or not _on_both(collector.path):
        return
    try:
        module = collector.obj
    except Exception:  # an import error: pytest reports it when it collects the module
        return
    if not hasattr(module, "database"):
        module.database = database


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database" not in metafunc.fixturenames or not _on_both(metafunc.definition.path):
        return
    if getattr(metafunc.module, "database", None) is not database:
        return  # the module has a ``database`` of its own: a [postgresql] run of it would be SQLite pretending
    module = metafunc.definition.path.relative_to(TESTS).as_posix()
    if metafunc.definition.originalname in SQLITE_ONLY.get(module, {}):
        return
    metafunc.parametrize("database", BACKENDS, indirect=True)
