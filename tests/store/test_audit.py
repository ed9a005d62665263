"""The audit log where a team shares a server: laptops appending at once keep one chain, a secretary's login can add
to the log but not change or delete it, an append costs one round trip, and a copy between a file and a server keeps
the chain valid both ways."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import event

from pactdesk.cli import main
from pactdesk.services import agenda, audit, directory, erasure, meetings, workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer
from tests.pg.teams import signed_in, sql

WRITERS = 2
SAVES = 12


def test_two_laptops_writing_at_once_keep_one_unbroken_chain(postgres_url: str) -> None:
    laptops = [workspace.open_workspace(DatabaseLocation.for_url(postgres_url)) for _ in range(WRITERS)]
    # The year's first meeting makes its reference counter, which two laptops must not both make.
    meetings.create_meeting(laptops[0], "AEC", title="First of the year", starts_at=datetime(2026, 1, 5, 10))
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def work(database: Database, number: int) -> None:
        try:
            start.wait()
            for save in range(SAVES):
                ref = meetings.create_meeting(
                    database, "AEC", title=f"Laptop {number}, meeting {save}", starts_at=datetime(2026, 7, 1, 10)
                )
                agenda.add_agenda_item(database, ref, f"Item of laptop {number}")
        except BaseException as error:  # reported by the test below
            failures.append(error)

    threads = [threading.Thread(target=work, args=(laptop, number)) for number, laptop in enumerate(laptops)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert failures == []
        verdict = audit.verify(laptops[0])
        assert verdict.broken is None, verdict.reason
        made = [entry for entry in audit.entries(laptops[0]) if entry.action == "insert"]
        assert len([entry for entry in made if entry.table_name == "meeting"]) == WRITERS * SAVES + 1
        assert len([entry for entry in made if entry.table_name == "agenda_item"]) == WRITERS * SAVES
    finally:
        for laptop in laptops:
            laptop.close()


def test_a_save_on_a_server_appends_its_entries_in_one_round_trip(postgres_url: str) -> None:
    database = workspace.open_workspace(DatabaseLocation.for_url(postgres_url))
    try:
        ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
        item = agenda.add_agenda_item(database, ref, "Opening")
        sent: list[str] = []
        event.listen(database.engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
        agenda.set_item_field(database, item, "minutes", "All welcomed.")
        touching = [statement for statement in sent if "audit_entry" in statement]
        assert len(touching) == 1 and touching[0].startswith("SELECT pg_advisory_xact_lock(")
        [entry] = audit.entries(database, ref=ref, limit=1)
        assert entry.fields == {"minutes": ("", "All welcomed.")} and entry.actor == database.login
    finally:
        database.close()


def test_a_secretary_adds_to_the_log_and_cannot_change_or_delete_it(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str]
) -> None:
    ana = login("ana")
    assert main(["user", "add", ana, "--name", "Ana Lopes", "--role", "secretary", "--database-url", team]) == 0
    secretary = signed_in(postgres_server, team, ana)
    try:
        assert secretary.can_write  # an append-only log does not make her window read-only
        ref = meetings.create_meeting(secretary, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10))
        [made] = audit.entries(secretary, ref=ref)
        assert made.actor == ana and made.action == "insert"
        for statement in (
            f"UPDATE audit_entry SET actor = 'someone else' WHERE id = {made.id}",
            f"UPDATE audit_entry SET payload = '{{}}', payload_sha256 = 'x' WHERE id = {made.id}",
            f"DELETE FROM audit_entry WHERE id = {made.id}",
            "TRUNCATE audit_entry",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                sql(postgres_server, team, statement, user=ana)
        assert audit.verify(secretary).broken is None
        # The one column she may set, for erasures, is ``payload``: set to anything but NULL, verify names it.
        [(payload,)] = sql(postgres_server, team, f"SELECT payload FROM audit_entry WHERE id = {made.id}")
        sql(postgres_server, team, f"UPDATE audit_entry SET payload = '{{}}' WHERE id = {made.id}", user=ana)
        broken = audit.verify(secretary).broken
        assert broken is not None and broken.id == made.id
        sql(postgres_server, team, f"UPDATE audit_entry SET payload = $${payload}$$ WHERE id = {made.id}", user=ana)
        assert audit.verify(secretary).broken is None
        # She may erase a person: the payloads naming them are blanked, the one column she may set.
        rui = directory.add_person(secretary, "Rui Apagável", email="rui.erasable@example.pt")
        erasure.erase_person(secretary, rui)
        assert not sql(postgres_server, team, "SELECT id FROM audit_entry WHERE payload LIKE '%Apagável%'")
        verdict = audit.verify(secretary)
        assert verdict.broken is None and verdict.erased == 1
    finally:
        secretary.close()
    # The table's owner can change it: that is what verify is for.
    sql(postgres_server, team, f"UPDATE audit_entry SET actor = 'someone else' WHERE id = {made.id}")
    owner = workspace.open_workspace(DatabaseLocation.for_url(team))
    try:
        broken = audit.verify(owner).broken
        assert broken is not None and broken.id == made.id
    finally:
        owner.close()


def test_a_copy_from_a_file_to_a_server_and_back_keeps_a_valid_chain(
    database: Database, empty_postgres_url: str, tmp_path: Path
) -> None:
    ref = meetings.create_meeting(database, "AEC", title="Kick-off", starts_at="2025-02-03 10:00")
    meetings.set_meeting_field(database, ref, "location", "Porto — sala 2")
    on_file = audit.verify(database)
    assert on_file.broken is None
    database.close()
    assert main(["copy", "--db", str(database.path), "--to", empty_postgres_url]) == 0
    server = workspace.open_workspace(DatabaseLocation.for_url(empty_postgres_url))
    try:
        copied = audit.verify(server)
        assert (copied.broken, copied.entries, copied.head) == (None, on_file.entries, on_file.head)
        meetings.set_meeting_field(server, ref, "location", "Lisboa")  # the server carries the chain on
        assert audit.verify(server).entries == on_file.entries + 1
    finally:
        server.close()
    back = tmp_path / "back.sqlite"
    assert main(["copy", "--database-url", empty_postgres_url, "--to", str(back)]) == 0
    again = workspace.open_workspace(workspace.location(str(back)))
    try:
        meetings.set_meeting_field(again, ref, "location", "Faro")  # and the file after it
        verdict = audit.verify(again)
        assert verdict.broken is None and verdict.entries == on_file.entries + 2
        moves = [(entry.fields or {}).get("location") for entry in audit.entries(again, ref=ref)]
        assert moves[-2:] == [("Porto — sala 2", "Lisboa"), ("Lisboa", "Faro")]
    finally:
        again.close()
