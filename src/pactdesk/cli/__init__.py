"""Headless commands (demo, info, check, actions, dashboard, minutes, export, import, backup, copy, user,
selftest), and ``present``, which opens the window on a meeting in the room view; every failure is one line on
stderr."""

from __future__ import annotations

import argparse
import locale
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from pactdesk import __version__, logs
from pactdesk.cli import (
    attachments,
    audit,
    backlog,
    files,
    ods,
    proof,
    records,
    register,
    search,
    selftest,
    signing,
    team,
)
from pactdesk.cli.common import EXIT_FAILED, EXIT_OK, one_line
from pactdesk.domain.errors import PactDeskError

logger = logging.getLogger(__name__)


def _database_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Sub-commands take the same options; SUPPRESS keeps a sub-command from erasing what was given before it.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="PATH", default=default, help="the database file (default: your data folder)")
    parser.add_argument("--database-url", metavar="URL", default=default, help="any SQLAlchemy database URL")


def _language_option(parser: argparse.ArgumentParser, what: str = "the document's language") -> None:
    from pactdesk.exchange.pdf.words import LANGUAGES, language_of

    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=language_of(locale.getlocale()[0] or os.environ.get("LANG")),
        help=f"{what}: pt or en (default: your system's, else English)",
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
    _language_option(demo, "the language the demo is written in")

    info = commands.add_parser("info", help="schema version, file, size, last backup and counts")
    _database_options(info, top=False)
    info.add_argument("--json", action="store_true", help="print one JSON object")

    check = commands.add_parser(
        "check", help="integrity, foreign-key and search index check; non-zero when anything is wrong"
    )
    _database_options(check, top=False)
    check.add_argument("--repair", action="store_true", help="rebuild the search index from the records, whole")

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
        "export",
        help="write a file: xlsx or ods (workbook), ics (calendar), minutes, agenda, actions, binder, decisions (PDF)",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    workbook = formats.add_parser("xlsx", help="the PactDesk workbook, of everything or of a scope")
    _database_options(workbook, top=False)
    workbook.add_argument("out", metavar="OUT.xlsx", help="the workbook to write (an older one is replaced whole)")
    workbook.add_argument("--cluster", metavar="CODE", action="append", default=[], help="this cluster (repeatable)")
    workbook.add_argument("--from", dest="since", metavar="DATE", help="meetings from this day on")
    workbook.add_argument("--to", dest="until", metavar="DATE", help="meetings up to this day")
    _language_option(workbook, "the language of the sheets, headers and values")

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

    for module in (ods, register):
        module.add_exports(formats, lambda parser: _database_options(parser, top=False))

    bring = commands.add_parser("import", help="read a file in: xlsx or ods (a PactDesk workbook)")
    formats = bring.add_subparsers(dest="format", metavar="FORMAT", required=True)
    ods.add_imports(formats, lambda parser: _database_options(parser, top=False))
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

    backup = commands.add_parser(
        "backup", help="an online, verified backup to OUT (of a team's server: the whole database in one file)"
    )
    _database_options(backup, top=False)
    backup.add_argument("out", metavar="OUT", help="the file to write")

    copy = commands.add_parser(
        "copy", help="copy the whole database to another: a file to a team's server, or a server to a new file"
    )
    _database_options(copy, top=False)
    copy.add_argument(
        "--to",
        metavar="URL",
        required=True,
        help="the copy: a server database, empty or just made by init (postgresql+psycopg://user@host/db), or a new "
        "file's path",
    )

    user = commands.add_parser("user", help="the people of a team's server: add one, or list them")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="give a person's login a role on the team database (its administrator)")
    _database_options(add, top=False)
    add.add_argument("login", metavar="LOGIN", help="the person's login on the server, made when missing")
    add.add_argument("--name", required=True, help='the name the team knows them by, e.g. "Ana Lopes"')
    add.add_argument(
        "--role",
        required=True,
        choices=["secretary", "reader"],
        help="secretary: reads and writes; reader: reads and exports only (the server enforces it)",
    )
    listing = actions.add_parser("list", help="the team's people: login, role and name")
    _database_options(listing, top=False)
    minutes = commands.add_parser("minutes", help="the versions of a meeting's minutes")
    about_minutes = minutes.add_subparsers(dest="what", metavar="WHAT", required=True)
    history = about_minutes.add_parser(
        "history", help="each version kept when the minutes changed status: who, when, SHA-256 fingerprint"
    )
    history.add_argument("ref", metavar="REF", help="the meeting's reference, e.g. TEX-2025-01")
    history.add_argument("--json", action="store_true", help="as JSON")
    _database_options(history, top=False)
    diff = about_minutes.add_parser(
        "diff", help="what changed from version A to version B: the minutes word by word, decisions, actions"
    )
    diff.add_argument("ref", metavar="REF", help="the meeting's reference")
    diff.add_argument("first", metavar="A", type=int, help="the earlier version's number")
    diff.add_argument("second", metavar="B", type=int, help="the later version's number")
    _database_options(diff, top=False)
    for module in (audit, proof, signing, search, register, attachments, backlog):
        module.add_commands(commands, lambda parser: _database_options(parser, top=False))
    commands.add_parser(
        "selftest", help="check this installation in a temporary folder (your data is not touched); 0 when it works"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command in ``args``; domain and store errors propagate to ``main``."""
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "demo": records.demo,
        "init": records.init,
        "erase": records.erase,
        "info": records.info,
        "check": records.check,
        "backup": records.backup,
        "actions": records.actions,
        "dashboard": records.dashboard,
        "minutes": lambda args: records.minutes_diff(args) if args.what == "diff" else records.minutes(args),
        "copy": team.copy,
        "user": team.user,
        "export": lambda args: {**ods.EXPORTS, **register.EXPORTS}.get(args.format, files.export)(args),
        "import": lambda args: ods.IMPORTS.get(args.format, files.import_workbook)(args),
        **audit.HANDLERS,
        **proof.HANDLERS,
        **signing.HANDLERS,
        **search.HANDLERS,
        **register.HANDLERS,
        **attachments.HANDLERS,
        **backlog.HANDLERS,
    }
    return handlers[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "selftest":
        return selftest.selftest(args)  # logs into its own temporary folder, not the user's
    log = logs.setup(verbose=args.verbose)
    sys.unraisablehook = _log_unraisable
    if args.command is None:
        from pactdesk.gui.app import run_gui

        return run_gui(args)
    try:
        if args.command == "present":
            return records.present(args)
        return run(args)
    except PactDeskError as error:
        logger.info("%s failed: %s", args.command, error)
        print(f"pactdesk: {one_line(str(error))}", file=sys.stderr)
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
        message = one_line(f"{type(error).__name__}: {error}")
        print(f"pactdesk: unexpected error ({message}){details}.", file=sys.stderr)
        return EXIT_FAILED


def _log_unraisable(unraisable: Any) -> None:
    """Errors Python cannot raise (a finaliser closing a file on a full disk, say) go to the log, not the terminal:
    the command has already said in one sentence what went wrong."""
    error = unraisable.exc_value
    trace = (type(error), error, unraisable.exc_traceback) if error is not None else None
    logger.debug("ignored while cleaning up (%s): %s", unraisable.object, error, exc_info=trace)
