"""Headless commands (demo, info, check, actions, dashboard, export, import, backup), and ``present``, which opens
the window on a meeting in the room view; every failure is one line on stderr."""

from __future__ import annotations

import argparse
import json
import locale
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk import __version__, logs
from pactdesk.domain import validation
from pactdesk.domain.errors import PactDeskError, ValidationError
from pactdesk.store.location import DatabaseLocation, chosen

if TYPE_CHECKING:
    from pactdesk.store.database import Database

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _database_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Sub-commands take the same options; SUPPRESS keeps a sub-command from erasing what was given before it.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="PATH", default=default, help="the database file (default: your data folder)")
    parser.add_argument("--database-url", metavar="URL", default=default, help="any SQLAlchemy database URL")


def _language_option(parser: argparse.ArgumentParser) -> None:
    from pactdesk.exchange.pdf.words import LANGUAGES, language_of

    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=language_of(locale.getlocale()[0] or os.environ.get("LANG")),
        help="the document's language: pt or en (default: your system's, else English)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pactdesk",
        description="The Monitoring Committee's meetings, minutes, actions and outputs. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"PactDesk {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log to the terminal too")
    _database_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a new database full of realistic demo data")
    _database_options(demo, top=False)
    demo.add_argument("--scale", type=int, default=1, help="N times as many meetings per cluster (default 1)")
    demo.add_argument("--as-of", metavar="DATE", help="the day the demo treats as today (default: today)")

    info = commands.add_parser("info", help="schema version, file, size, last backup and counts")
    _database_options(info, top=False)
    info.add_argument("--json", action="store_true", help="print one JSON object")

    check = commands.add_parser("check", help="integrity and foreign-key check; non-zero when anything is wrong")
    _database_options(check, top=False)

    listing = commands.add_parser("actions", help="the action tracker: actions filtered as in the window")
    _database_options(listing, top=False)
    listing.add_argument("--cluster", metavar="CODE", action="append", default=[], help="this cluster (repeatable)")
    listing.add_argument(
        "--status",
        choices=["open", "any", "in progress", "done", "dropped"],
        default="open",
        help="'open' (the default) keeps open and in-progress actions",
    )
    listing.add_argument("--overdue", action="store_true", help="only actions past their due date")
    listing.add_argument("--due-within", metavar="DAYS", type=int, help="only actions due in the next DAYS days")
    listing.add_argument("--goal", type=int, choices=range(1, 10), metavar="1-9", help="only actions of this goal")
    listing.add_argument("--text", default="", help="words in the action, its reference or its updates")
    listing.add_argument("--as-of", metavar="DATE", help="the day that counts as today (default: today)")

    board = commands.add_parser("dashboard", help="the dashboard's figures, for one cluster or all")
    _database_options(board, top=False)
    board.add_argument("--cluster", metavar="CODE", help="one cluster (default: all)")
    board.add_argument("--as-of", metavar="DATE", help="the day that counts as today (default: today)")

    export = commands.add_parser(
        "export", help="write a file: xlsx (workbook), ics (calendar), minutes, agenda, actions, binder (PDF)"
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    workbook = formats.add_parser("xlsx", help="the PactDesk workbook, of everything or of a scope")
    _database_options(workbook, top=False)
    workbook.add_argument("out", metavar="OUT.xlsx", help="the workbook to write (an older one is replaced whole)")
    workbook.add_argument("--cluster", metavar="CODE", action="append", default=[], help="this cluster (repeatable)")
    workbook.add_argument("--from", dest="since", metavar="DATE", help="meetings from this day on")
    workbook.add_argument("--to", dest="until", metavar="DATE", help="meetings up to this day")

    invitations = formats.add_parser("ics", help="calendar invitations: one meeting, or every planned meeting")
    _database_options(invitations, top=False)
    _language_option(invitations)
    invitations.add_argument("out", metavar="OUT.ics", help="the calendar file to write")
    invitations.add_argument("--ref", metavar="REF", help="only this meeting (a request, or a cancellation)")

    for name, about in (("minutes", "the minutes of a meeting (PDF)"), ("agenda", "the agenda of a meeting (PDF)")):
        document = formats.add_parser(name, help=about)
        _database_options(document, top=False)
        _language_option(document)
        document.add_argument("ref", metavar="REF", help="the meeting's reference, e.g. AEC-2024-02")
        document.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    report = formats.add_parser("actions", help="the report of open actions, by owner (PDF)")
    _database_options(report, top=False)
    _language_option(report)
    report.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    report.add_argument("--cluster", metavar="CODE", help="one cluster (default: all)")
    report.add_argument("--as-of", metavar="DATE", help="the day that counts as today (default: today)")
    binder = formats.add_parser("binder", help="all minutes of a cluster for a year, with contents (PDF)")
    _database_options(binder, top=False)
    _language_option(binder)
    binder.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    binder.add_argument("--cluster", metavar="CODE", required=True, help="the cluster")
    binder.add_argument("--year", metavar="YYYY", type=int, required=True, help="the year")

    bring = commands.add_parser("import", help="read a file in: xlsx (a PactDesk workbook)")
    formats = bring.add_subparsers(dest="format", metavar="FORMAT", required=True)
    workbook = formats.add_parser("xlsx", help="check a PactDesk workbook and import it (after a backup)")
    _database_options(workbook, top=False)
    workbook.add_argument("source", metavar="IN.xlsx", help="the workbook to import")
    workbook.add_argument("--dry-run", action="store_true", help="only check it and print what would change")

    present = commands.add_parser(
        "present", help="open the window on meeting REF and present it on the room's screen (the wall)"
    )
    _database_options(present, top=False)
    present.add_argument("ref", metavar="REF", help="the meeting's reference, e.g. AEC-2024-02")
    present.add_argument(
        "--screen",
        metavar="N",
        type=int,
        help="the wall's screen, counted from 1 in the order the system lists them (default: the second screen "
        "when there is one, else this one); a screen that is not there falls back to the default, with a message",
    )

    erase = commands.add_parser("erase", help="erase a person's details everywhere, backups included")
    what = erase.add_subparsers(dest="what", metavar="WHAT", required=True)
    person = what.add_parser("person", help="replace a person by 'Former participant N', their details gone")
    _database_options(person, top=False)
    person.add_argument("who", metavar="NAME-OR-EMAIL", help="the person's e-mail, or a name only they have")

    init = commands.add_parser("init", help="a new database holding the committee's catalogue (never an existing one)")
    _database_options(init, top=False)

    backup = commands.add_parser("backup", help="an online, verified backup to OUT")
    _database_options(backup, top=False)
    backup.add_argument("out", metavar="OUT", help="the file to write")
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command in ``args``; domain and store errors propagate to ``main``."""
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "demo": _demo,
        "init": _init,
        "erase": _erase,
        "info": _info,
        "check": _check,
        "backup": _backup,
        "actions": _actions,
        "dashboard": _dashboard,
        "export": _export,
        "import": _import,
    }
    return handlers[args.command](args)


def _present(args: argparse.Namespace) -> int:
    """The window, straight into the room view of meeting REF. A meeting that is not there, or a database another
    PactDesk has open, is said in one line before any window shows."""
    from pactdesk.services import meetings
    from pactdesk.store.lock import InstanceLock

    database = _open_for_reading(args)
    try:
        with database.read() as session:
            ref = meetings.meeting_by_ref(session, args.ref).ref
    finally:
        database.close()
    where = _location(args)
    if where.path is not None:
        lock = InstanceLock(where.path)
        lock.acquire()  # DatabaseInUseError, in one line, when another PactDesk has it open
        lock.release()
    from pactdesk.gui.app import PresentRequest, run_gui

    return run_gui(args, present=PresentRequest(ref, args.screen))


def _location(args: argparse.Namespace) -> DatabaseLocation:
    return chosen(args.db, args.database_url)


def _erase(args: argparse.Namespace) -> int:
    from pactdesk.services import erasure, workspace

    database = workspace.open_workspace(_location(args))
    try:
        done = erasure.erase_person(database, args.who)
    finally:
        database.close()
    print(f"{args.who.strip()} is now “{done.label}” in every meeting, action and seat; their name, e-mail, phone")
    print("and role are gone from the database file.")
    if done.backups_rewritten:
        print(f"{len(done.backups_rewritten)} backup(s) holding them were rewritten without them.")
    if done.backups_removed:
        print(f"{len(done.backups_removed)} backup(s) that could not be rewritten were deleted.")
    print("Names typed in minutes or decisions are not changed: edit those texts if they name the person.")
    return EXIT_OK


def _init(args: argparse.Namespace) -> int:
    """A new database with the catalogue: the first step of a file or of a team's server database."""
    from sqlalchemy import create_engine, inspect

    from pactdesk.services import workspace

    location = _location(args)
    if location.path is not None:
        if location.path.exists():
            raise PactDeskError(f"{location.path} already exists; init makes a new database only. Choose a new name.")
    else:
        engine = create_engine(location.url)
        try:
            tables = inspect(engine).get_table_names()
        finally:
            engine.dispose()
        if tables:
            raise PactDeskError(
                f"{location.describe()} already holds {len(tables)} tables; init makes a new database only."
            )
    database = workspace.open_workspace(location)
    database.close()
    print(f"A new PactDesk database, with the committee's catalogue, is at {location.describe()}.")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    if not args.db:
        raise PactDeskError("Say where to write the demo: pactdesk demo --db PATH.")
    if args.scale < 1 or args.scale > 1000:
        raise PactDeskError("--scale must be a whole number from 1 to 1000.")
    as_of = validation.parse_date(args.as_of, "--as-of date", "as_of") or date.today()
    path = Path(args.db).expanduser()
    if path.exists():
        raise PactDeskError(f"{path} already exists; the demo only writes a new file. Choose another path.")
    from pactdesk.services import demo, workspace

    database = workspace.open_workspace(workspace.location(str(path)))
    try:
        demo.build_demo(database, scale=args.scale, as_of=as_of)
        counts = workspace.info(database).counts
    finally:
        database.close()
    print(
        f"Demo written to {path}: {counts['meetings']} meetings, {counts['actions']} actions, "
        f"{counts['outputs']} outputs."
    )
    return EXIT_OK


def _open_for_reading(args: argparse.Namespace, *, newer: str = "read") -> Database:
    """The database for a command that only reads. A file saved by a newer PactDesk is said to be one: with
    ``newer="read"`` the command goes on (it changes nothing, but may miss what the newer version added), with
    ``newer="refuse"`` it stops, as a writer would."""
    from pactdesk.services import workspace
    from pactdesk.store import migrations
    from pactdesk.store.errors import NewerSchemaError

    database = workspace.open_workspace(_location(args), readonly=True)
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


def _info(args: argparse.Namespace) -> int:
    from pactdesk.services import workspace

    database = _open_for_reading(args)
    try:
        about = workspace.info(database)
    finally:
        database.close()
    if args.json:
        print(
            json.dumps(
                {
                    "schema_version": about.schema_version,
                    "database": about.database,
                    "size_bytes": about.size_bytes,
                    "last_backup": str(about.last_backup) if about.last_backup else None,
                    "last_backup_at": about.last_backup_at.isoformat(timespec="seconds")
                    if about.last_backup_at
                    else None,
                    "counts": about.counts,
                },
                indent=2,
            )
        )
        return EXIT_OK
    print(f"Database:       {about.database}")
    print(f"Schema version: {about.schema_version or 'none (empty database)'}")
    if about.size_bytes is not None:
        print(f"Size:           {about.size_bytes / 1024:,.0f} KiB")
    last = f"{about.last_backup_at:%Y-%m-%d %H:%M} ({about.last_backup})" if about.last_backup_at else "none yet"
    print(f"Last backup:    {last}")
    for name, count in about.counts.items():
        print(f"  {name.replace('_', ' '):<15}{count:>10,}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    database = _open_for_reading(args)
    try:
        problems = database.problems()
        where = database.location.describe()
    finally:
        database.close()
    if problems:
        print(f"{where} has {len(problems)} problem(s):")
        for problem in problems:
            print(f"  - {problem}")
        print("Open it in PactDesk to restore the newest good backup, keeping the damaged file.")
        return EXIT_FAILED
    print(f"{where}: integrity and foreign keys are sound.")
    return EXIT_OK


def _as_of(args: argparse.Namespace) -> date:
    return validation.parse_date(args.as_of, "--as-of date", "as_of") or date.today()


def _actions(args: argparse.Namespace) -> int:
    from pactdesk.domain.enums import ActionStatus
    from pactdesk.services import tracker
    from pactdesk.services.catalogue import OPEN_STATUSES

    if args.due_within is not None and args.due_within < 0:
        raise ValidationError("--due-within takes a number of days, 0 or more.", "due_within")
    # "any" is no status at all ("()": every action); an empty tuple must not fall through to a status lookup.
    named: dict[str, tuple[ActionStatus, ...]] = {"open": tuple(OPEN_STATUSES), "any": ()}
    statuses = named[args.status] if args.status in named else (ActionStatus(args.status),)
    wanted = tracker.ActionFilter(
        today=_as_of(args),
        cluster_codes=tuple(code.upper() for code in args.cluster),
        statuses=statuses,
        overdue=args.overdue,
        due_within_days=args.due_within,
        goal=args.goal,
        text=args.text,
    )
    database = _open_for_reading(args)
    try:
        rows = tracker.action_page(database, wanted, limit=None)
    finally:
        database.close()
    for row in rows:
        late = f"{row.days_overdue} d overdue" if row.overdue else ""
        due = row.due_on.isoformat() if row.due_on else "-"
        title = _one_line(row.title)
        print(f"{row.ref:<12} {due:<10} {row.status.label:<11} {late:<15} {row.owner[:28]:<28} {title}")
    print(f"{len(rows)} actions.")
    return EXIT_OK


def _dashboard(args: argparse.Namespace) -> int:
    from pactdesk.services import dashboard

    database = _open_for_reading(args)
    try:
        board = dashboard.dashboard(database, args.cluster.upper() if args.cluster else None, today=_as_of(args))
    finally:
        database.close()
    print(f"Dashboard of {board.cluster_code or 'all clusters'} on {board.today}")
    print("Meetings held per year:")
    for year in board.meetings_per_year:
        print(f"  {year.year}  {year.held:>6,}")
    print("Attendance of the member organisations:")
    for member in board.attendance:
        rate = f"{member.rate:.0%}" if member.rate is not None else "-"
        print(f"  {member.acronym or member.organisation:<24} {rate:>5}  ({member.attended} of {member.meetings})")
    print(f"Open actions: {board.open_count:,}, of which overdue: {board.overdue_count:,}")
    for band in board.overdue_by_age:
        print(f"  overdue {band.label:<22} {band.count:>6,}")
    print(f"Outputs: {board.output_count:,}")
    for kind in board.outputs:
        if kind.count:
            statuses = ", ".join(f"{status.label} {n}" for status, n in kind.by_status.items() if n)
            print(f"  {kind.number:>2}. {kind.name[:50]:<50} {kind.count:>5}  ({statuses})")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    writers: dict[str, Callable[[argparse.Namespace], int]] = {
        "ics": _export_calendar,
        "xlsx": _export_workbook,
        "minutes": _export_meeting_document,
        "agenda": _export_meeting_document,
        "actions": _export_actions,
        "binder": _export_binder,
    }
    return writers[args.format](args)


def _export_meeting_document(args: argparse.Namespace) -> int:
    from pactdesk.exchange.pdf import minutes
    from pactdesk.services import documents

    database = _open_for_reading(args)
    try:
        record = documents.meeting_record(database, args.ref.strip().upper())
    finally:
        database.close()
    write = minutes.write_minutes if args.format == "minutes" else minutes.write_agenda
    target = write(record, Path(args.out), args.lang)
    print(f"{args.format.capitalize()} of {record.ref} written to {target}.")
    return EXIT_OK


def _export_actions(args: argparse.Namespace) -> int:
    from pactdesk.exchange.pdf.actions import write_actions
    from pactdesk.services import documents

    today = validation.parse_date(args.as_of, "--as-of date", "as_of") or date.today()
    database = _open_for_reading(args)
    try:
        report = documents.action_report(database, args.cluster.strip().upper() if args.cluster else None, today)
    finally:
        database.close()
    target = write_actions(report, Path(args.out), args.lang)
    print(f"Report of {report.count:,} open action(s), {report.overdue:,} overdue, written to {target}.")
    return EXIT_OK


def _export_binder(args: argparse.Namespace) -> int:
    from pactdesk.exchange.pdf.minutes import write_binder
    from pactdesk.services import documents

    database = _open_for_reading(args)
    try:
        records = documents.binder_records(database, args.cluster.strip().upper(), args.year)
    finally:
        database.close()
    target = write_binder(records, Path(args.out), args.lang)
    print(f"Binder of {len(records)} meeting(s) of {records[0].cluster.code} in {args.year} written to {target}.")
    return EXIT_OK


def _export_calendar(args: argparse.Namespace) -> int:
    from pactdesk.exchange import ics
    from pactdesk.services import invitations

    database = _open_for_reading(args)
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
    print(f"Calendar written to {target}: {count} meeting(s).")
    return EXIT_OK


def _export_workbook(args: argparse.Namespace) -> int:
    from pactdesk.exchange.xlsx_write import export_workbook
    from pactdesk.services.workbook.tables import Scope

    since = validation.parse_date(args.since, "--from date", "since")
    until = validation.parse_date(args.until, "--to date", "until")
    if since and until and until < since:
        raise ValidationError("--to comes before --from; give the earlier day first.", "until")
    scope = Scope(tuple(dict.fromkeys(code.strip().upper() for code in args.cluster)), since, until)
    database = _open_for_reading(args)
    try:
        _check_clusters(database, scope.cluster_codes)
        summary = export_workbook(database, Path(args.out), scope)
    finally:
        database.close()
    print(f"Workbook written to {summary.path} ({scope.describe()}):")
    for sheet, count in summary.rows.items():
        print(f"  {sheet:<15}{count:>10,}")
    return EXIT_OK


def _check_clusters(database: Database, codes: tuple[str, ...]) -> None:
    from pactdesk.services.catalogue import cluster_by_code

    with database.read() as session:
        for code in codes:
            cluster_by_code(session, code)


def _import(args: argparse.Namespace) -> int:
    from pactdesk.exchange.xlsx_read import check_workbook
    from pactdesk.services import workspace
    from pactdesk.services.workbook.writing import apply_import

    source = Path(args.source).expanduser()
    location = _location(args)
    if args.dry_run and location.path is not None and not location.path.exists():
        return _dry_run_on_a_new_database(source, location.path)
    database = _open_for_reading(args, newer="refuse") if args.dry_run else workspace.open_workspace(location)
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


def _dry_run_on_a_new_database(source: Path, path: Path) -> int:
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


def _backup(args: argparse.Namespace) -> int:
    database = _open_for_reading(args)
    try:
        target = Path(args.out).expanduser()
        database.copy_to(target)
    finally:
        database.close()
    print(f"Backup written to {target} and verified.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log = logs.setup(verbose=args.verbose)
    sys.unraisablehook = _log_unraisable
    if args.command is None:
        from pactdesk.gui.app import run_gui

        return run_gui(args)
    try:
        if args.command == "present":
            return _present(args)
        return run(args)
    except PactDeskError as error:
        logger.info("%s failed: %s", args.command, error)
        print(f"pactdesk: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``pactdesk info | head``): stop quietly.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except KeyboardInterrupt:
        print("pactdesk: interrupted.", file=sys.stderr)
        return 130
    except Exception as error:
        logger.exception("unexpected error in %s", args.command)
        details = f"; details are in {log}" if log else ""
        message = _one_line(f"{type(error).__name__}: {error}")
        print(f"pactdesk: unexpected error ({message}){details}.", file=sys.stderr)
        return EXIT_FAILED


def _log_unraisable(unraisable: Any) -> None:
    """Errors Python cannot raise (a finaliser closing a file on a full disk, say) go to the log, not the terminal:
    the command has already said in one sentence what went wrong."""
    error = unraisable.exc_value
    trace = (type(error), error, unraisable.exc_traceback) if error is not None else None
    logger.debug("ignored while cleaning up (%s): %s", unraisable.object, error, exc_info=trace)


def _one_line(text: str) -> str:
    return " ".join(text.split())
