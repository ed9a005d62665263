"""What the commands share: the database they name, opened for reading, and how they print."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from pactdesk.domain import validation
from pactdesk.store.location import DatabaseLocation, chosen

if TYPE_CHECKING:
    from pactdesk.store.database import Database

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def database_location(args: argparse.Namespace) -> DatabaseLocation:
    return chosen(args.db, args.database_url)


def open_for_reading(args: argparse.Namespace, *, newer: str = "read") -> Database:
    """The database for a command that only reads. A file saved by a newer PactDesk is said to be one: with
    ``newer="read"`` the command goes on (it changes nothing, but may miss what the newer version added), with
    ``newer="refuse"`` it stops, as a writer would."""
    from pactdesk.services import workspace
    from pactdesk.store import migrations
    from pactdesk.store.errors import NewerSchemaError

    database = workspace.open_workspace(database_location(args), readonly=True)
    with database.engine.connect() as connection:
        version = migrations.current(connection)
    if version is None or migrations.known(version):
        return database
    where = database.path or "The database"
    if newer == "refuse":
        database.close()
        raise NewerSchemaError(
            f"{where} was saved by a newer version of PactDesk (schema {version}), so nothing can be imported into "
            "it with this one. Install the newer PactDesk; the file was not changed."
        )
    print(
        f"pactdesk: {where} was saved by a newer version of PactDesk (schema {version}). This one only reads it "
        "and changes nothing, but what the newer version added is not shown. Install the newer PactDesk to be sure.",
        file=sys.stderr,
    )
    return database


def as_of(args: argparse.Namespace) -> date:
    return validation.parse_date(args.as_of, "--as-of date", "as_of") or date.today()


def one_line(text: str) -> str:
    return " ".join(text.split())
