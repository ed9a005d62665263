"""The commands on files: export (workbook, calendar, PDF documents) and import (a workbook, or a dry run of one).
The workbook's commands serve .xlsx here and .ods in ``cli/ods.py`` with the same options and sentences."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pactdesk.cli.common import EXIT_FAILED, EXIT_OK, database_location, open_for_reading
from pactdesk.domain import validation
from pactdesk.domain.counting import counted
from pactdesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from pactdesk.store.database import Database


def export(args: argparse.Namespace) -> int:
    writers: dict[str, Callable[[argparse.Namespace], int]] = {
        "ics": export_calendar,
        "xlsx": export_workbook,
        "minutes": export_meeting_document,
        "agenda": export_meeting_document,
        "actions": export_actions,
        "binder": export_binder,
    }
    return writers[args.format](args)


def export_meeting_document(args: argparse.Namespace) -> int:
    from pactdesk.domain.enums import MinutesStatus
    from pactdesk.exchange.pdf import minutes
    from pactdesk.services import documents

    ref = args.ref.strip().upper()
    database = open_for_reading(args)
    try:
        record = documents.meeting_record(database, ref)
    finally:
        database.close()
    if args.format == "minutes" and record.minutes_status is MinutesStatus.APPROVED:
        return export_archived_minutes(args, record.ref)
    write = minutes.write_minutes if args.format == "minutes" else minutes.write_agenda
    target = write(record, Path(args.out), args.lang)
    print(f"{args.format.capitalize()} of {record.ref} written to {target}.")
    return EXIT_OK


def export_archived_minutes(args: argparse.Namespace, ref: str) -> int:
    """Approved minutes: their archived PDF/A, the bytes kept in the database (kept now, the first time)."""
    from pactdesk.exchange.atomic import atomic_file
    from pactdesk.services import proof, workspace
    from pactdesk.store.errors import DatabaseInUseError, ReadOnlyDatabaseError

    try:
        database = workspace.open_workspace(database_location(args))
    except (DatabaseInUseError, ReadOnlyDatabaseError):  # the window has the file, or it may not be written here
        database = open_for_reading(args)
    try:
        archived = proof.archive(database, ref, args.lang)
    finally:
        database.close()
    target = Path(args.out).expanduser()
    with atomic_file(target) as temporary:
        temporary.write_bytes(archived.data)
    print(
        f"Approved minutes of {ref} (version {archived.version}, PDF/A-2b, SHA-256 {archived.sha256}) written to "
        f"{target}."
    )
    if not archived.kept:
        print(
            f"pactdesk: the archived copy was not kept in the database, which is open elsewhere or read-only here; "
            f"`pactdesk verify {target.name}` still checks the file by writing the minutes again.",
            file=sys.stderr,
        )
    return EXIT_OK


def export_actions(args: argparse.Namespace) -> int:
    from pactdesk.exchange.pdf.actions import write_actions
    from pactdesk.services import documents

    today = validation.parse_date(args.as_of, "--as-of date", "as_of") or date.today()
    database = open_for_reading(args)
    try:
        report = documents.action_report(database, args.cluster.strip().upper() if args.cluster else None, today)
    finally:
        database.close()
    target = write_actions(report, Path(args.out), args.lang)
    actions = counted(report.count, "open action", "open actions")
    print(f"Report of {actions}, {report.overdue:,} overdue, written to {target}.")
    return EXIT_OK


def export_binder(args: argparse.Namespace) -> int:
    from pactdesk.exchange.pdf.minutes import write_binder
    from pactdesk.services import documents

    database = open_for_reading(args)
    try:
        records = documents.binder_records(database, args.cluster.strip().upper(), args.year)
    finally:
        database.close()
    target = write_binder(records, Path(args.out), args.lang)
    meetings = counted(len(records), "meeting", "meetings")
    print(f"Binder of {meetings} of {records[0].cluster.code} in {args.year} written to {target}.")
    return EXIT_OK


def export_calendar(args: argparse.Namespace) -> int:
    from pactdesk.exchange import ics
    from pactdesk.services import invitations

    database = open_for_reading(args)
    try:
        if args.ref:
            one = invitations.invitation(database, args.ref)
            text, count = ics.invitation_text(one, language=args.lang), 1
        else:
            planned = invitations.planned_invitations(database)
            text, count = ics.calendar(planned, language=args.lang), len(planned)
    finally:
        database.close()
    target = Path(args.out).expanduser()
    ics.write_calendar(target, text)
    print(f"Calendar written to {target}: {counted(count, 'meeting', 'meetings')}.")
    return EXIT_OK


def export_workbook(args: argparse.Namespace) -> int:
    """``export xlsx`` and ``export ods``: the same workbook, the same options, the format's writer."""
    from pactdesk.services.workbook.tables import TABLES, Scope

    if args.format == "ods":
        from pactdesk.exchange.ods_write import export_ods as write
    else:
        from pactdesk.exchange.xlsx_write import export_workbook as write

    since = validation.parse_date(args.since, "--from date", "since")
    until = validation.parse_date(args.until, "--to date", "until")
    if since and until and until < since:
        raise ValidationError("--to comes before --from; give the earlier day first.", "until")
    scope = Scope(tuple(dict.fromkeys(code.strip().upper() for code in args.cluster)), since, until)
    database = open_for_reading(args)
    try:
        check_clusters(database, scope.cluster_codes)
        summary = write(database, Path(args.out), scope, language=args.lang)
    finally:
        database.close()
    language = "Portuguese" if args.lang == "pt" else "English"
    print(f"Workbook written to {summary.path} ({scope.describe()}; in {language}):")
    for table in TABLES:
        print(f"  {table.title(args.lang):<20}{summary.rows[table.sheet]:>10,}")
    return EXIT_OK


def add_workbook_options(export: argparse.ArgumentParser, suffix: str, language_option: Callable[..., None]) -> None:
    """The options of ``export xlsx`` and ``export ods`` (after the database's)."""
    export.add_argument("out", metavar=f"OUT{suffix}", help="the workbook to write (an older one is replaced whole)")
    export.add_argument("--cluster", metavar="CODE", action="append", default=[], help="this cluster (repeatable)")
    export.add_argument("--from", dest="since", metavar="DATE", help="meetings from this day on")
    export.add_argument("--to", dest="until", metavar="DATE", help="meetings up to this day")
    language_option(export, "the language of the sheets, headers and values")


def add_import_options(bring: argparse.ArgumentParser, suffix: str) -> None:
    """The options of ``import xlsx`` and ``import ods`` (after the database's)."""
    bring.add_argument("source", metavar=f"IN{suffix}", help="the workbook to import")
    bring.add_argument("--dry-run", action="store_true", help="only check it and print what would change")


def check_clusters(database: Database, codes: tuple[str, ...]) -> None:
    from pactdesk.services.catalogue import cluster_by_code

    with database.read() as session:
        for code in codes:
            cluster_by_code(session, code)


def import_workbook(args: argparse.Namespace) -> int:
    """``import xlsx`` and ``import ods``: either reads a workbook in either format (the file's content decides)."""
    from pactdesk.exchange.xlsx_read import check_workbook
    from pactdesk.services import workspace
    from pactdesk.services.workbook.writing import apply_import

    source = Path(args.source).expanduser()
    location = database_location(args)
    if args.dry_run and location.path is not None and not location.path.exists():
        return dry_run_on_a_new_database(source, location.path)
    database = open_for_reading(args, newer="refuse") if args.dry_run else workspace.open_workspace(location)
    try:
        plan = check_workbook(database, source)
        for line in plan.report():
            print(line)
        if not plan.ok:
            print("Nothing was imported.", file=sys.stderr)
            return EXIT_FAILED
        if args.dry_run:
            print("Dry run: the workbook can be imported; nothing was changed.")
            return EXIT_OK
        if not plan.changed:
            print("Nothing to import: the database already holds everything in the workbook.")
            return EXIT_OK
        backup = apply_import(database, plan)
    finally:
        database.close()
    where = f" A backup from before the import is at {backup}." if backup else ""
    print(f"Imported {plan.changed:,} changes from {source.name}.{where}")
    return EXIT_OK


def dry_run_on_a_new_database(source: Path, path: Path) -> int:
    """The import would create the database: plan against a new one with the catalogue, made and dropped here."""
    import tempfile

    from pactdesk.exchange.xlsx_read import check_workbook
    from pactdesk.services import workspace

    with tempfile.TemporaryDirectory(prefix="pactdesk-plan-") as folder:
        database = workspace.open_workspace(workspace.location(str(Path(folder) / "plan.sqlite")))
        try:
            plan = check_workbook(database, source)
        finally:
            database.close()
    for line in plan.report():
        print(line)
    if not plan.ok:
        print("Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    print(f"Dry run: there is no database at {path} yet; the import would create it and import this workbook.")
    return EXIT_OK
