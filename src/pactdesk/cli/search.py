"""``pactdesk search WORDS… [--cluster CODE] [--year YYYY] [--kind KIND] [--limit N] [--json]``: one search over
everything, as the window's search box finds it (services/search.py), grouped by kind."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TypeAlias

from pactdesk.cli.common import EXIT_OK, open_for_reading
from pactdesk.domain.errors import ValidationError

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]
Formats: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

KINDS = ("agenda_item", "decision", "action", "progress", "output", "meeting", "attachment", "person", "organisation")


def add_commands(commands: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""
    search = commands.add_parser(
        "search",
        help="find words in everything: minutes, agenda items, decisions, actions and updates, outputs, meetings, "
        "people, organisations, attachments (names and the words inside)",
        description="Every word must be found, each as the start of a word (forma finds formação), accents and case "
        'aside; "words in quotes" are a phrase. The records whose title holds the words come first. Exit 0 when '
        "something is found, 1 when nothing is.",
    )
    database_options(search)
    search.add_argument("words", metavar="WORDS", nargs="+", help="what to look for")
    search.add_argument("--cluster", metavar="CODE", help="only this cluster's records (leaves out people)")
    search.add_argument("--year", metavar="YYYY", type=int, help="only records of this year (of their meeting)")
    search.add_argument(
        "--kind",
        metavar="KIND",
        action="append",
        choices=KINDS,
        help=f"only this kind (repeatable): {', '.join(KINDS)}",
    )
    search.add_argument("--limit", metavar="N", type=int, default=50, help="at most N records (default 50)")
    search.add_argument("--json", action="store_true", help="one JSON list of the records found")


def add_exports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk export``; their handlers go in ``EXPORTS`` by format name."""


def add_imports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk import``; their handlers go in ``IMPORTS`` by format name."""


def search(args: argparse.Namespace) -> int:
    from pactdesk.services import search as searching

    query = " ".join(args.words)
    if not searching.parse(query):
        raise ValidationError("Give at least one word to look for, like: pactdesk search formação.", "words")
    if not 1 <= args.limit <= 500:
        raise ValidationError("--limit takes a number from 1 to 500.", "limit")
    database = open_for_reading(args)
    try:
        hits = searching.search(
            database, query, cluster=args.cluster, year=args.year, kinds=args.kind, limit=args.limit
        )
    finally:
        database.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "kind": hit.kind,
                        "id": hit.id,
                        "title": hit.title,
                        "snippet": hit.snippet,
                        "ref": hit.ref,
                        "meeting": hit.meeting_ref,
                        "agenda_item_id": hit.agenda_item_id,
                        "cluster": hit.cluster_code,
                        "date": hit.on.isoformat() if hit.on else None,
                        "rank": hit.rank,
                    }
                    for hit in hits
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return EXIT_OK if hits else 1
    if not hits:
        print(f"Nothing found for {query.strip()}.", file=sys.stderr)
        return 1
    for kind in searching.KINDS:
        group = [hit for hit in hits if hit.kind == kind]
        if not group:
            continue
        print(f"{searching.kind_label(kind)} ({len(group)})")
        for hit in group:
            where = "  ".join(part for part in (hit.ref, str(hit.on or ""), hit.cluster_code or "") if part)
            print(f"  {where}  {hit.title}" if where else f"  {hit.title}")
            if hit.snippet and hit.snippet.replace("[[", "").replace("]]", "") != hit.title:
                print(f"      {hit.snippet}")
    return EXIT_OK


HANDLERS: dict[str, Handler] = {"search": search}
EXPORTS: dict[str, Handler] = {}
IMPORTS: dict[str, Handler] = {}
