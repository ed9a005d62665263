"""The register of decisions on the command line: ``pactdesk decisions`` lists it, filtered as in the window, and
``pactdesk export decisions OUT.pdf`` writes it as a PDF, per cluster and year."""

from __future__ import annotations

import argparse
import json
import locale
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from pactdesk.cli.common import EXIT_OK, one_line, open_for_reading
from pactdesk.domain.counting import counted

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]
Formats: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
SHOWN = 90  # characters of a decision shown in the list (--json gives it whole)


def _scope_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cluster", metavar="CODE", help="one cluster's register (default: every cluster)")
    parser.add_argument("--year", metavar="YYYY", type=int, help="one year's (default: every year)")


def add_commands(commands: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""
    listing = commands.add_parser(
        "decisions", help="the register of decisions: each numbered in its cluster's register of the year"
    )
    database_options(listing)
    _scope_options(listing)
    listing.add_argument(
        "--goal",
        type=int,
        choices=range(1, 10),
        metavar="1-9",
        help="only decisions of agenda items whose actions serve this goal",
    )
    listing.add_argument("--text", default="", help="words in the decision, its item's title or its meeting's ref")
    listing.add_argument("--json", action="store_true", help="print one JSON array")


def add_exports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk export``; their handlers go in ``EXPORTS`` by format name."""
    from pactdesk.exchange.pdf.words import LANGUAGES, language_of

    document = formats.add_parser("decisions", help="the register of decisions, per cluster and year (PDF)")
    database_options(document)
    document.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    _scope_options(document)
    document.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=language_of(locale.getlocale()[0] or os.environ.get("LANG")),
        help="the document's language: pt or en (default: your system's, else English)",
    )


def add_imports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk import``; their handlers go in ``IMPORTS`` by format name."""


def decisions(args: argparse.Namespace) -> int:
    """``pactdesk decisions``: the register, by cluster, year and number."""
    from pactdesk.services import register

    database = open_for_reading(args)
    try:
        rows = register.decisions(database, cluster=args.cluster, year=args.year, goal=args.goal, text=args.text)
    finally:
        database.close()
    if args.json:
        found = [
            {
                "register": row.label,
                "cluster": row.cluster_code,
                "year": row.year,
                "number": row.number,
                "decision": row.text,
                "meeting": row.meeting_ref,
                "date": row.meeting_on.isoformat(),
                "item": row.item_position,
                "item_title": row.item_title,
                "goals": list(row.goals),
            }
            for row in rows
        ]
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return EXIT_OK
    for row in rows:
        text = one_line(row.text)
        shown = text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
        where = f"{row.meeting_ref} item {row.item_position}"
        print(f"{row.label or '(no number)':<14} {row.meeting_on.isoformat()}  {where:<22} {shown}")
    print(f"{counted(len(rows), 'decision', 'decisions')}.")
    return EXIT_OK


def export_decisions(args: argparse.Namespace) -> int:
    """``pactdesk export decisions OUT.pdf``: the register as a PDF."""
    from pactdesk.exchange.pdf.register import write_register
    from pactdesk.services import register

    database = open_for_reading(args)
    try:
        parts = register.register(database, cluster=args.cluster, year=args.year)
    finally:
        database.close()
    target = write_register(parts, Path(args.out), args.lang)
    count = counted(sum(len(part.decisions) for part in parts), "decision", "decisions")
    registers = counted(len(parts), "register", "registers")
    print(f"Register of {count} ({registers}: one per cluster and year) written to {target}.")
    return EXIT_OK


HANDLERS: dict[str, Handler] = {"decisions": decisions}
EXPORTS: dict[str, Handler] = {"decisions": export_decisions}
IMPORTS: dict[str, Handler] = {}
