"""The commands of team mode: copy a whole database between a file and a server, and the team's people (``user add``,
``user list``)."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from pactdesk.cli.common import EXIT_OK, database_location
from pactdesk.domain.errors import PactDeskError
from pactdesk.store.location import DatabaseLocation

ROLE_WORDS = {"secretary": "a secretary (reads and writes)", "reader": "a reader (reads and exports, changes nothing)"}


def target_location(value: str) -> DatabaseLocation:
    """``--to``: a database URL, or a file's path."""
    if "://" in value:
        return DatabaseLocation.for_url(value)
    return DatabaseLocation.for_file(value)


def catalogue_counts() -> dict[str, int]:
    """How many rows of each table a new database holds (``pactdesk init``'s catalogue): what a copy may replace."""
    from sqlalchemy import func, select

    from pactdesk.domain.models import Base
    from pactdesk.services import workspace

    with tempfile.TemporaryDirectory(prefix="pactdesk-catalogue-") as folder:
        database = workspace.open_workspace(DatabaseLocation.for_file(Path(folder) / "catalogue.sqlite"))
        try:
            with database.read() as session:
                return {
                    table.name: session.scalar(select(func.count()).select_from(table)) or 0
                    for table in Base.metadata.sorted_tables
                }
        finally:
            database.close()


def copy(args: argparse.Namespace) -> int:
    from pactdesk.store.copying import copy_database

    source = database_location(args)
    target = target_location(args.to)
    catalogue = catalogue_counts() if target.path is None else {}
    summary = copy_database(source, target, catalogue=catalogue)
    rate = summary.total / summary.seconds if summary.seconds else 0.0
    print(f"Copied {summary.source} to {summary.target}: {summary.total:,} rows in {len(summary.rows)} tables,")
    print(f"every id, reference, counter, time and author kept, in {summary.seconds:.1f} s ({rate:,.0f} rows/s).")
    for table, rows in summary.rows.items():
        print(f"  {table:<22}{rows:>10,}")
    for notice in summary.notices:
        print(notice)
    return EXIT_OK


def backup_of_a_server(args: argparse.Namespace, location: DatabaseLocation) -> int:
    """``pactdesk backup OUT --database-url URL``: the whole team database in one verified SQLite file."""
    from pactdesk.store.copying import copy_database

    target = Path(args.out).expanduser()
    summary = copy_database(location, DatabaseLocation.for_file(target), catalogue={}, replace_file=True)
    print(
        f"Backup of {summary.source} written to {target.absolute()} and verified: {summary.total:,} rows, "
        f"in {summary.seconds:.1f} s. PactDesk opens it like any file (--db)."
    )
    return EXIT_OK


def _team_database(args: argparse.Namespace) -> DatabaseLocation:
    location = database_location(args)
    if location.path is not None:
        raise PactDeskError(
            "Team members are logins on a team's server: give its --database-url (or PACTDESK_DATABASE_URL). A "
            "laptop's file has one person, named in the settings."
        )
    return location


def user(args: argparse.Namespace) -> int:
    return {"add": user_add, "list": user_list}[args.action](args)


def user_add(args: argparse.Namespace) -> int:
    from pactdesk.services import workspace
    from pactdesk.store import roles

    location = _team_database(args)
    login = roles.check_login(args.login)
    database = workspace.open_workspace(location)
    try:
        with database.write() as session:
            created = roles.add_member(session.connection(), login, args.name, args.role)
    finally:
        database.close()
    name = " ".join(args.name.split())
    print(f"{name} signs in to {location.describe()} as {login}, {ROLE_WORDS[args.role]}.")
    if created:
        print(
            f"PactDesk set no password for {login}. Whoever administers the server sets one in psql with "
            f"\\password {login} (or ALTER ROLE {login} PASSWORD '…'), and {name} keeps it in PGPASSWORD or "
            "~/.pgpass rather than in the URL."
        )
    else:
        print(f"The login {login} was already on the server, and keeps its password.")
    return EXIT_OK


def user_list(args: argparse.Namespace) -> int:
    from pactdesk.services import workspace
    from pactdesk.store import roles

    location = _team_database(args)
    database = workspace.open_workspace(location, readonly=True)
    try:
        with database.read() as session:
            found = roles.members(session.connection())
    finally:
        database.close()
    if not found:
        print(f"Nobody has been added to {location.describe()} yet: pactdesk user add LOGIN --name NAME --role ROLE.")
        return EXIT_OK
    for member in found:
        notes = []
        if not member.can_sign_in:
            notes.append("no login on the server")
        elif not member.in_group:
            notes.append(f"not in {roles.GROUPS[member.role]}")
        note = f"  ({'; '.join(notes)})" if notes else ""
        print(f"{member.login:<20} {member.role:<10} {member.name}{note}")
    return EXIT_OK
