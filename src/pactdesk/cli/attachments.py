"""Files kept with a meeting or its agenda items on the command line (services/attachments.py): ``pactdesk attach REF
FILE [--item N] [--allow-executable] [--max-size MB]``, ``pactdesk attachments REF [--json]`` and ``pactdesk
attachment get REF NAME OUT``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TypeAlias

from pactdesk.cli.common import EXIT_OK, database_location, open_for_reading

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]
Formats: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

DEFAULT_MB = 100  # services.attachments.DEFAULT_LIMIT, without loading the services to build the parser
MOST_MB = 500  # services.attachments.MAX_LIMIT


def add_commands(commands: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""
    attach = commands.add_parser(
        "attach",
        help="keep a file with a meeting, or with one of its agenda items",
        description="The file is kept in the database (a backup and a copy carry it), once however often it is "
        "attached. Approved minutes lock their meeting: reopen them first.",
    )
    database_options(attach)
    attach.add_argument("ref", metavar="REF", help="the meeting's reference, e.g. AEC-2024-02")
    attach.add_argument("file", metavar="FILE", help="the file to attach; it is kept under its name")
    attach.add_argument("--item", metavar="N", type=int, help="the agenda item, by its number on the agenda")
    attach.add_argument(
        "--allow-executable",
        action="store_true",
        help="attach a program or script (.exe, .bat, .js, .sh, …), which runs when opened: refused without this",
    )
    attach.add_argument(
        "--max-size",
        metavar="MB",
        type=int,
        default=DEFAULT_MB,
        help=f"refuse a file larger than MB megabytes (default {DEFAULT_MB}, at most {MOST_MB})",
    )
    listing = commands.add_parser("attachments", help="the files kept with a meeting and its agenda items")
    database_options(listing)
    listing.add_argument("ref", metavar="REF", help="the meeting's reference")
    listing.add_argument("--json", action="store_true", help="print one JSON array, with each file's whole SHA-256")
    one = commands.add_parser("attachment", help="one file kept with a meeting: get a copy of it")
    about = one.add_subparsers(dest="what", metavar="WHAT", required=True)
    get = about.add_parser(
        "get",
        help="write a copy of an attached file",
        description="NAME is the file's name as pactdesk attachments lists it, or its number there when two files "
        "have one name. The copy is checked against its SHA-256 first.",
    )
    database_options(get)
    get.add_argument("ref", metavar="REF", help="the meeting's reference")
    get.add_argument("name", metavar="NAME", help="the file's name, or its number")
    get.add_argument(
        "out", metavar="OUT", help="the file to write; a folder, to write it there under a safe name; - for stdout"
    )


def add_exports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk export``; their handlers go in ``EXPORTS`` by format name."""


def add_imports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk import``; their handlers go in ``IMPORTS`` by format name."""


def attach(args: argparse.Namespace) -> int:
    """``pactdesk attach``: the file kept, said with its size and the start of its SHA-256."""
    from pactdesk.domain.errors import ValidationError
    from pactdesk.domain.messages import say
    from pactdesk.services import attachments, workspace

    if not 1 <= args.max_size <= MOST_MB:
        raise ValidationError(
            say(
                "--max-size takes a number of megabytes from 1 to {most}.",
                "--max-size indica um número de megabytes de 1 a {most}.",
                most=MOST_MB,
            ),
            "max_size",
        )
    database = workspace.open_workspace(database_location(args))
    try:
        row = attachments.attach(
            database,
            args.ref,
            None,
            args.file,
            item=args.item,
            allow_executable=args.allow_executable,
            limit=args.max_size * attachments.MB,
        )
    finally:
        database.close()
    where = f"item {row.item_position}, “{row.item_title}”, of {row.meeting_ref}" if row.item_id else row.meeting_ref
    print(
        f"{row.name} ({attachments.size_words(row.size, 'en')}, SHA-256 {row.short_hash}…) is kept with {where}, "
        f"as number {row.id}."
    )
    return EXIT_OK


def listing(args: argparse.Namespace) -> int:
    """``pactdesk attachments REF``: the meeting's files, its own first, then each item's."""
    from pactdesk.services import attachments

    database = open_for_reading(args)
    try:
        rows = attachments.attachments(database, args.ref)
    finally:
        database.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "number": row.id,
                        "meeting": row.meeting_ref,
                        "item": row.item_position,
                        "item_title": row.item_title or None,
                        "name": row.name,
                        "media_type": row.media_type,
                        "size": row.size,
                        "sha256": row.sha256,
                        "added_by": row.created_by,
                        "added_at": row.created_at.isoformat(timespec="seconds"),
                        "executable": row.executable,
                    }
                    for row in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    ref = args.ref.strip().upper()
    if not rows:
        print(f"No file is kept with {ref}; pactdesk attach {ref} FILE keeps one.")
        return EXIT_OK
    # The name last, where its length moves nothing else; the number first, as ``attachment get`` takes it.
    numbers = max(len(str(row.id)) for row in rows)
    for row in rows:
        where = f"item {row.item_position}" if row.item_position is not None else "meeting"
        size = attachments.size_words(row.size, "en")
        runs = "  (a program: runs when opened)" if row.executable else ""
        print(
            f"{row.id:>{numbers}}  {where:<8}  {size:>10}  {row.created_at:%Y-%m-%d %H:%M}  {row.short_hash}  "
            f"{row.name}  ({row.created_by or 'someone'}){runs}"
        )
    return EXIT_OK


def get(args: argparse.Namespace) -> int:
    """``pactdesk attachment get REF NAME OUT``: a checked copy of the file, written all at once."""
    from pactdesk.services import attachments

    database = open_for_reading(args)
    try:
        row = attachments.find(database, args.ref, args.name)
        if args.out == "-":
            data = attachments.content(database, row.id)
        else:
            written = attachments.save_copy(database, row.id, args.out)
    finally:
        database.close()
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    print(f"{row.name} of {row.meeting_ref} ({attachments.size_words(row.size, 'en')}) written to {written}.")
    return EXIT_OK


HANDLERS: dict[str, Handler] = {"attach": attach, "attachments": listing, "attachment": get}
EXPORTS: dict[str, Handler] = {}
IMPORTS: dict[str, Handler] = {}
