"""Who may do what on a team database, enforced by the server: ``init`` makes the secretaries' and readers' groups,
``user add`` gives a person's login one of them and records their name; a reader's write is refused by the server
with a sentence; a secretary's write is stamped with her login, shown by her name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from pactdesk.cli import main
from pactdesk.domain.errors import StaleError
from pactdesk.domain.models import AgendaItem
from pactdesk.services import agenda, meetings, workspace
from pactdesk.store.errors import ReadOnlyDatabaseError
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer
from tests.pg.teams import READ_ONLY, signed_in, sql


def test_init_makes_the_two_groups_and_gives_them_what_they_need(postgres_server: PostgresServer, team: str) -> None:
    groups = sql(
        postgres_server,
        team,
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'pactdesk\\_%' ORDER BY rolname",
    )
    assert groups == [("pactdesk_reader", False), ("pactdesk_secretary", False)]

    def may(group: str, table: str, privilege: str) -> bool:
        return bool(
            sql(postgres_server, team, f"SELECT has_table_privilege('{group}', '{table}', '{privilege}')")[0][0]
        )

    for table in ("meeting", "agenda_item", "action", "ref_counter", "action_goal"):
        assert all(may("pactdesk_secretary", table, what) for what in ("SELECT", "INSERT", "UPDATE", "DELETE"))
        assert may("pactdesk_reader", table, "SELECT")
        assert not any(may("pactdesk_reader", table, what) for what in ("INSERT", "UPDATE", "DELETE", "TRUNCATE"))
    for table in ("team_member", "alembic_version"):  # everyone reads them, nobody but their owner writes them
        for group in ("pactdesk_secretary", "pactdesk_reader"):
            assert may(group, table, "SELECT")
            assert not any(may(group, table, what) for what in ("INSERT", "UPDATE", "DELETE", "TRUNCATE"))


def test_user_add_makes_the_login_gives_it_the_role_and_records_the_name(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    ana, rui = login("ana"), login("rui")
    assert main(["user", "add", ana, "--name", "  Ana   Lopes ", "--role", "secretary", "--database-url", team]) == 0
    said = capsys.readouterr().out
    assert f"Ana Lopes signs in to {DatabaseLocation.for_url(team).describe()} as {ana}, a secretary" in said
    assert f"PactDesk set no password for {ana}" in said
    assert f"\\password {ana}" in said and f"ALTER ROLE {ana} PASSWORD" in said
    assert main(["user", "add", rui, "--name", "Rui Costa", "--role", "reader", "--database-url", team]) == 0
    capsys.readouterr()

    assert sql(postgres_server, team, f"SELECT rolcanlogin FROM pg_roles WHERE rolname = '{ana}'") == [(True,)]
    assert sql(postgres_server, team, f"SELECT pg_has_role('{ana}', 'pactdesk_secretary', 'MEMBER')") == [(True,)]
    assert sql(postgres_server, team, f"SELECT pg_has_role('{rui}', 'pactdesk_secretary', 'MEMBER')") == [(False,)]
    assert sql(postgres_server, team, f"SELECT pg_has_role('{rui}', 'pactdesk_reader', 'MEMBER')") == [(True,)]

    assert main(["user", "list", "--database-url", team]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in listed] == [[ana, "secretary"], [rui, "reader"]]
    assert listed[0].endswith("Ana Lopes") and listed[1].endswith("Rui Costa")


def test_user_add_twice_is_refused_with_a_sentence(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    ana = login("ana")
    assert main(["user", "add", ana, "--name", "Ana Lopes", "--role", "secretary", "--database-url", team]) == 0
    capsys.readouterr()
    assert main(["user", "add", ana, "--name", "Ana Maria Lopes", "--role", "reader", "--database-url", team]) == 1
    assert capsys.readouterr().err.strip() == (
        f"pactdesk: {ana} is already on this team, as Ana Lopes (secretary); nothing was changed. Choose another "
        "login for someone else."
    )
    assert sql(postgres_server, team, "SELECT login, name, role FROM team_member") == [(ana, "Ana Lopes", "secretary")]
    assert sql(postgres_server, team, f"SELECT pg_has_role('{ana}', 'pactdesk_reader', 'MEMBER')") == [(False,)]


def test_a_login_that_does_not_administer_the_database_cannot_add_people(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    ana, eve = login("ana"), login("eve")
    assert main(["user", "add", ana, "--name", "Ana Lopes", "--role", "secretary", "--database-url", team]) == 0
    capsys.readouterr()
    as_ana = postgres_server.url(str(make_url(team).database), user=ana)
    assert main(["user", "add", eve, "--name", "Eve", "--role", "secretary", "--database-url", as_ana]) == 1
    assert capsys.readouterr().err.strip() == (
        "pactdesk: Only whoever administers the team database (the login that owns its tables, postgres, allowed "
        "to create roles) can add people; nothing was changed."
    )
    assert sql(postgres_server, team, f"SELECT count(*) FROM pg_roles WHERE rolname = '{eve}'") == [(0,)]


def test_a_readers_write_is_refused_by_the_server_with_a_sentence(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str], tmp_path: Path
) -> None:
    rui = login("rui")
    assert main(["user", "add", rui, "--name", "Rui Costa", "--role", "reader", "--database-url", team]) == 0
    owner = workspace.open_workspace(DatabaseLocation.for_url(team))
    try:
        ref = meetings.create_meeting(owner, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10))
        agenda.add_agenda_item(owner, ref, "Opening")
        assert owner.can_write and owner.login == "postgres"
    finally:
        owner.close()

    reader = signed_in(postgres_server, team, rui)
    try:
        assert reader.login == rui
        assert not reader.can_write  # the window goes read-only
        item = agenda.agenda(reader, ref)[0]  # reading works
        with pytest.raises(ReadOnlyDatabaseError) as refused:
            agenda.save_item_field(reader, item.id, "minutes", "Rui's text", seen=item.stamp.version)
        assert str(refused.value) == f"Your login ({rui}) {READ_ONLY}"
        with pytest.raises(ReadOnlyDatabaseError, match="can read this team database but not change it"):
            meetings.create_meeting(reader, "AEC", title="Rui's meeting", starts_at=datetime(2026, 7, 2, 10))
        # The server refuses it, whatever the client: straight SQL is refused too.
        with (
            pytest.raises(Exception, match="permission denied for table agenda_item"),
            reader.engine.begin() as connection,
        ):
            connection.execute(text("UPDATE agenda_item SET minutes = 'x'"))
        assert agenda.agenda(reader, ref)[0].minutes == ""
    finally:
        reader.close()
    # A reader may still archive the whole record in a file.
    as_rui = postgres_server.url(str(make_url(team).database), user=rui)
    assert main(["backup", str(tmp_path / "rui.sqlite"), "--database-url", as_rui]) == 0


def test_a_secretarys_write_is_stamped_with_her_login_and_shown_by_her_name(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str]
) -> None:
    ana, rita = login("ana"), login("rita")
    for who, name in ((ana, "Ana Lopes"), (rita, "Rita Sousa")):
        assert main(["user", "add", who, "--name", name, "--role", "secretary", "--database-url", team]) == 0
    secretary = signed_in(postgres_server, team, ana)
    other = signed_in(postgres_server, team, rita)
    try:
        assert secretary.can_write and secretary.login == ana
        ref = meetings.create_meeting(secretary, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10))
        agenda.add_agenda_item(secretary, ref, "Opening")
        item = agenda.agenda(secretary, ref)[0]
        _, stamp = agenda.save_item_field(secretary, item.id, "minutes", "Ana's text", seen=item.stamp.version)
        assert stamp.updated_by == "Ana Lopes"
        with secretary.read() as session:  # the server wrote her login
            row = session.scalars(select(AgendaItem).where(AgendaItem.id == item.id)).one()
            assert (row.created_by, row.updated_by) == (ana, ana)
        assert agenda.agenda(secretary, ref)[0].stamp.updated_by == "Ana Lopes"
        assert meetings.meeting_detail(other, ref).last_change.updated_by == "Ana Lopes"

        # Rita saves on top of what she saw before Ana's save: refused, naming Ana.
        with pytest.raises(StaleError) as stale:
            agenda.save_item_field(other, item.id, "minutes", "Rita's text", seen=item.stamp.version)
        assert stale.value.changed_by == "Ana Lopes"
        assert str(stale.value).startswith("Item 1, “Opening”, was changed by Ana Lopes at ")
    finally:
        secretary.close()
        other.close()


def test_a_secretary_cannot_hide_behind_her_group_nor_switch_the_stamps_off(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str]
) -> None:
    ana = login("ana")
    assert main(["user", "add", ana, "--name", "Ana Lopes", "--role", "secretary", "--database-url", team]) == 0
    sql(postgres_server, team, "UPDATE cluster SET name_pt = name_pt WHERE code = 'AEC'", user=ana)
    sql(
        postgres_server,
        team,
        "SET ROLE pactdesk_secretary; UPDATE cluster SET name_pt = name_pt WHERE code = 'AEC'",
        user=ana,
    )
    assert sql(postgres_server, team, "SELECT updated_by FROM cluster WHERE code = 'AEC'") == [(ana,)]
    for statement in (
        "ALTER TABLE cluster DISABLE TRIGGER pactdesk_stamp",
        "UPDATE team_member SET name = 'Someone else'",
        "SET session_replication_role = replica",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sql(postgres_server, team, statement, user=ana)


def test_a_copy_of_a_team_database_on_a_laptop_still_names_the_authors(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str], tmp_path: Path
) -> None:
    ana = login("ana")
    assert main(["user", "add", ana, "--name", "Ana Lopes", "--role", "secretary", "--database-url", team]) == 0
    secretary = signed_in(postgres_server, team, ana)
    try:
        ref = meetings.create_meeting(secretary, "AEC", title="Plenary", starts_at=datetime(2026, 7, 1, 10))
    finally:
        secretary.close()
    train = tmp_path / "train.sqlite"
    assert main(["copy", "--database-url", team, "--to", str(train)]) == 0
    laptop = workspace.open_workspace(DatabaseLocation.for_file(train))
    try:
        assert meetings.meeting_detail(laptop, ref).stamp.updated_by == "Ana Lopes"
        laptop.author = "Rui Costa"  # on a laptop the name in the settings is stamped, and shown as it is
        meetings.set_meeting_field(laptop, ref, "title", "Plenary, moved")
        assert meetings.meeting_detail(laptop, ref).stamp.updated_by == "Rui Costa"
    finally:
        laptop.close()
