"""Connection settings hold on every pooled connection, and the database refuses orphans."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pactdesk.domain.models import Attendance
from pactdesk.store.database import Database
from pactdesk.store.errors import StoreError


def test_pragmas_hold_on_several_pooled_connections(database: Database) -> None:
    connections = [database.engine.connect() for _ in range(4)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        raw = {id(connection.connection.dbapi_connection) for connection in connections}
        assert len(raw) == 4, "the pool handed out distinct connections"
    finally:
        for connection in connections:
            connection.close()


def test_an_orphan_row_raises(database: Database) -> None:
    with database.engine.connect() as connection, pytest.raises(IntegrityError):
        connection.execute(
            text(
                "INSERT INTO attendance (meeting_id, person_id, status, guest, note) "
                "VALUES (999, 999, 'present', 0, '')"
            )
        )
    with pytest.raises(StoreError, match="FOREIGN KEY"), database.write() as session:
        session.add(Attendance(meeting_id=12345, person_id=67890))
    with database.read() as session:
        assert session.query(Attendance).count() == 0


def test_ddl_is_transactional(database: Database) -> None:
    with database.engine.connect() as connection:
        with connection.begin() as transaction:
            connection.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
            transaction.rollback()
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'scratch'").all()
    assert tables == []
