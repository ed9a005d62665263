"""A workbook import is one transaction on a server too: a row the server refuses at the very end leaves every
table as it was (the SQLite twin, with a SQLite trigger, is in tests/services/workbook/test_import_atomic.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from pactdesk.domain.models import Base
from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.services import workspace
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from pactdesk.store.errors import StoreError
from pactdesk.store.location import DatabaseLocation
from tests.exchange.workbooks import add_base_records, make_workbook
from tests.pg.server import PostgresServer
from tests.services.workbook.test_import_atomic import EVERYTHING, LAST_TITLE

TODAY = date(2025, 6, 1)


def _everything(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.read() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def test_an_import_the_server_refuses_at_its_last_row_changes_nothing(
    postgres_server: PostgresServer, postgres_url: str, tmp_path: Path
) -> None:
    database = workspace.open_workspace(DatabaseLocation.for_url(postgres_url))
    try:
        add_base_records(database)
        path = make_workbook(tmp_path / "everything.xlsx", EVERYTHING)
        name = make_url(postgres_url).database
        with psycopg.connect(**postgres_server.psql_args(name), autocommit=True) as admin:  # type: ignore[arg-type]
            admin.execute(
                "CREATE FUNCTION fail_last() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF NEW.title = '{LAST_TITLE}' THEN RAISE EXCEPTION 'the server refused the last row'; END IF; "
                "RETURN NEW; END $$"
            )
            admin.execute("CREATE TRIGGER fail_last BEFORE INSERT ON output FOR EACH ROW EXECUTE FUNCTION fail_last()")
        plan = check_workbook(database, path, today=TODAY)
        assert plan.ok, plan.report()
        before = _everything(database)

        with pytest.raises(StoreError, match="the server refused the last row"):
            apply_import(database, plan, today=TODAY)
        assert _everything(database) == before

        with psycopg.connect(**postgres_server.psql_args(name), autocommit=True) as admin:  # type: ignore[arg-type]
            admin.execute("DROP TRIGGER fail_last ON output")
        apply_import(database, check_workbook(database, path, today=TODAY), today=TODAY)
        after = _everything(database)
        changed = {table for table in before if before[table] != after[table]}
        assert {"cluster", "organisation", "person", "meeting", "attendance", "agenda_item", "decision"} <= changed
        assert {"action", "action_goal", "action_update", "output", "ref_counter"} <= changed
    finally:
        database.close()
