"""The agenda backlog and moving items on the command line (services/backlog.py, as the window's Backlog… and the
agenda's More menu): ``pactdesk backlog list CODE [--json]``, ``backlog add CODE TITLE [--presenter NAME] [--planned
MINUTES] [--minutes TEXT]``, ``backlog remove ID``, ``backlog park REF ITEM``, ``backlog pull ID REF [--position N]``,
``pactdesk item move REF ITEM`` and ``item duplicate REF ITEM``.

An ITEM is the item's number on its meeting's agenda, as the minutes number it and ``pactdesk attach --item`` takes
it; a topic's ID is its number in ``backlog list``. Each command is one call of the services, which refuse what may
not change (approved minutes, a held meeting's agenda, an item with decisions, no next meeting) in one sentence,
changing nothing. What a command names is looked up first (the cluster, the meeting's item at that number, the
topic), so that a wrong one is said with what there is instead."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from pactdesk.cli.common import EXIT_OK, database_location, one_line, open_for_reading
from pactdesk.domain.counting import counted

if TYPE_CHECKING:
    from pactdesk.store.database import Database

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]
Formats: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
SHOWN = 70  # characters of a topic's title in the list (--json gives it whole)


def add_commands(commands: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""
    backlog = commands.add_parser(
        "backlog",
        help="a cluster's topics for a later meeting: list, add, remove, park an agenda item, pull a topic in",
        description="Each cluster keeps a backlog of topics for a later meeting: added from anywhere, or parked from "
        "an agenda with the item's minutes so far, and pulled into a planned meeting's agenda.",
    )
    about = backlog.add_subparsers(dest="what", metavar="WHAT", required=True)
    listing = about.add_parser("list", help="the cluster's topics, oldest first, with a count")
    database_options(listing)
    listing.add_argument("cluster", metavar="CODE", help="the cluster's code, e.g. AGRO")
    listing.add_argument("--json", action="store_true", help="print one JSON array, with each topic's minutes so far")

    add = about.add_parser("add", help="a new topic for a later meeting of the cluster; prints its ID")
    database_options(add)
    add.add_argument("cluster", metavar="CODE", help="the cluster's code")
    add.add_argument("title", metavar="TITLE", help="what the agenda item will be called")
    add.add_argument("--presenter", metavar="NAME", default="", help="who will present it")
    add.add_argument("--planned", metavar="MINUTES", default="0", help="the time it is planned to take, in minutes")
    add.add_argument("--minutes", metavar="TEXT", default="", help="minutes written for it so far")

    remove = about.add_parser("remove", help="take a topic out of the backlog")
    database_options(remove)
    remove.add_argument("topic", metavar="ID", type=int, help="the topic's ID, as backlog list gives it")

    park = about.add_parser(
        "park",
        help="take an agenda item off its meeting's agenda into its cluster's backlog, with its minutes so far",
        description="The items after it move up one. Its actions and files stay with the meeting, under no item. An "
        "item with decisions, and the items every meeting starts with, stay where they are.",
    )
    database_options(park)
    park.add_argument("ref", metavar="REF", help="the meeting's reference, e.g. AGRO-2026-02")
    park.add_argument(
        "item", metavar="ITEM", type=int, help="the item's number on the agenda, as the minutes number it"
    )

    pull = about.add_parser("pull", help="a topic becomes an item of a planned meeting of its cluster")
    database_options(pull)
    pull.add_argument("topic", metavar="ID", type=int, help="the topic's ID, as backlog list gives it")
    pull.add_argument("ref", metavar="REF", help="the planned meeting's reference")
    pull.add_argument(
        "--position",
        metavar="N",
        type=int,
        help="its number on the agenda (default: last, before the standing items that close it)",
    )

    item = commands.add_parser("item", help="an agenda item moved to the cluster's next meeting, or duplicated")
    about = item.add_subparsers(dest="what", metavar="WHAT", required=True)
    move = about.add_parser(
        "move",
        help="move an agenda item to the cluster's next meeting that is not cancelled (last, before its closing items)",
        description="Its minutes and files go with it, and so do its open actions; its closed actions stay with the "
        "meeting that raised them, under no item. An item with decisions stays where it is.",
    )
    duplicate = about.add_parser(
        "duplicate", help="a copy of an agenda item right after it, without its decisions, actions or files"
    )
    for parser in (move, duplicate):
        database_options(parser)
        parser.add_argument("ref", metavar="REF", help="the meeting's reference, e.g. AGRO-2026-02")
        parser.add_argument("item", metavar="ITEM", type=int, help="the item's number on the agenda")


def add_exports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk export``; their handlers go in ``EXPORTS`` by format name."""


def add_imports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk import``; their handlers go in ``IMPORTS`` by format name."""


# -- what a command names, looked up first -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    id: int
    position: int
    title: str
    ref: str
    cluster: str


@dataclass(frozen=True)
class _Topic:
    id: int
    title: str
    cluster: str


def _open_for_writing(args: argparse.Namespace) -> Database:
    """The database to change; a file that is not there is said, not made (a mistyped --db would hold the change)."""
    from pactdesk.domain.errors import NotFoundError
    from pactdesk.domain.messages import say
    from pactdesk.services import workspace

    where = database_location(args)
    if where.path is not None and not where.path.is_file():
        raise NotFoundError(
            say(
                "There is no database at {path}: give the file PactDesk uses with --db, or make a new one with "
                "pactdesk init.",
                "Não existe nenhuma base de dados em {path}: indique com --db o ficheiro que o PactDesk usa, ou crie "
                "uma nova com pactdesk init.",
                path=where.path,
            )
        )
    return workspace.open_workspace(where)


def _cluster(database: Database, code: str) -> str:
    """The cluster's code as written in the catalogue; an unknown one is said with the codes there are."""
    from sqlalchemy import select

    from pactdesk.domain.errors import NotFoundError
    from pactdesk.domain.messages import say
    from pactdesk.domain.models import Cluster

    with database.read() as session:
        codes = list(session.scalars(select(Cluster.code).order_by(Cluster.code)))
    wanted = code.strip().upper()
    if wanted not in codes:
        raise NotFoundError(
            say(
                "There is no cluster with the code “{code}”: give one of {codes}.",
                "Não existe nenhum cluster com o código «{code}»: indique um destes: {codes}.",
                code=code.strip(),
                codes=", ".join(codes),
            )
        )
    return wanted


def _no_item(ref: str, position: int, count: int) -> str:
    from pactdesk.domain.messages import say

    if count == 0:
        return say(
            "{ref} has no item {position}: its agenda has no items yet.",
            "{ref} não tem o ponto {position}: a ordem de trabalhos ainda não tem pontos.",
            ref=ref,
            position=position,
        )
    if count == 1:
        return say(
            "{ref} has no item {position}: its agenda has item 1 only.",
            "{ref} não tem o ponto {position}: a ordem de trabalhos só tem o ponto 1.",
            ref=ref,
            position=position,
        )
    return say(
        "{ref} has no item {position}: its agenda has items 1 to {last}; give one of those numbers.",
        "{ref} não tem o ponto {position}: a ordem de trabalhos tem os pontos 1 a {last}; indique um desses números.",
        ref=ref,
        position=position,
        last=count,
    )


def _item(database: Database, ref: str, position: int) -> _Item:
    """The item at ``position`` on the agenda of meeting ``ref``; a wrong number is said with the numbers there."""
    from sqlalchemy.orm import joinedload

    from pactdesk.domain.errors import NotFoundError
    from pactdesk.domain.models import Meeting
    from pactdesk.services.meetings import meeting_by_ref

    with database.read() as session:
        meeting = meeting_by_ref(session, ref, joinedload(Meeting.agenda), joinedload(Meeting.cluster))
        found = next((item for item in meeting.agenda if item.position == position), None)
        if found is None:
            raise NotFoundError(_no_item(meeting.ref, position, len(meeting.agenda)))
        return _Item(found.id, found.position, found.title, meeting.ref, meeting.cluster.code)


def _placed(database: Database, item_id: int) -> tuple[str, int]:
    """Where an item is now: its meeting's reference and its number there."""
    from sqlalchemy import select

    from pactdesk.domain.models import AgendaItem, Meeting

    with database.read() as session:
        query = (
            select(Meeting.ref, AgendaItem.position)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.id == item_id)
        )
        ref, position = session.execute(query).one()
        return str(ref), int(position)


def _topic(database: Database, topic_id: int) -> _Topic:
    """The topic ``topic_id``; one that is not there (pulled, removed, never was) is said with where to look."""
    from sqlalchemy import select

    from pactdesk.domain.errors import NotFoundError
    from pactdesk.domain.messages import say
    from pactdesk.domain.models import BacklogItem, Cluster

    with database.read() as session:
        query = (
            select(BacklogItem.title, Cluster.code)
            .join(Cluster, Cluster.id == BacklogItem.cluster_id)
            .where(BacklogItem.id == topic_id)
        )
        found = session.execute(query).one_or_none()
    if found is None:
        raise NotFoundError(
            say(
                "There is no topic {id} in a backlog (one added to a meeting or removed is no longer there): "
                "pactdesk backlog list CODE gives the IDs of a cluster's topics.",
                "Não existe nenhum tema {id} em espera (um tema acrescentado a uma reunião ou retirado deixa de lá "
                "estar): pactdesk backlog list CÓDIGO dá os ID dos temas em espera de um cluster.",
                id=str(topic_id),
            )
        )
    return _Topic(topic_id, str(found.title), str(found.code))


def _quoted(title: str) -> str:
    text = one_line(title)
    return "“" + (text if len(text) <= SHOWN else text[: SHOWN - 1] + "…") + "”"


def _and(parts: list[str]) -> str:
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)


# -- the commands -----------------------------------------------------------------------------------------------------


def listing(args: argparse.Namespace) -> int:
    """``pactdesk backlog list CODE``: the cluster's topics, oldest first, and how many."""
    from pactdesk.services import backlog

    database = open_for_reading(args)
    try:
        code = _cluster(database, args.cluster)
        rows = backlog.backlog(database, code)
    finally:
        database.close()
    if args.json:
        found = [
            {
                "id": row.id,
                "cluster": code,
                "title": row.title,
                "presenter": row.presenter,
                "planned_minutes": row.planned_minutes,
                "parked_from": row.from_meeting,
                "added_by": row.created_by,
                "added_at": row.created_at.isoformat(timespec="seconds"),
                "minutes": row.minutes,
            }
            for row in rows
        ]
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print(f"The backlog of {code} is empty; pactdesk backlog add {code} TITLE adds a topic.")
    # The title last, where its length moves nothing else; the ID first, as remove and pull take it.
    numbers = max((len(str(row.id)) for row in rows), default=0)
    origins = [f"from {row.from_meeting}" if row.from_meeting else "added" for row in rows]
    wide = max((len(origin) for origin in origins), default=0)
    names = max((len(row.created_by or "someone") for row in rows), default=0)
    for row, origin in zip(rows, origins, strict=True):
        planned = f"{row.planned_minutes} min" if row.planned_minutes else "-"
        presenter = f" — {one_line(row.presenter)}" if row.presenter else ""
        print(
            f"{row.id:>{numbers}}  {row.created_at:%Y-%m-%d %H:%M}  {origin:<{wide}}  "
            f"{row.created_by or 'someone':<{names}}  {planned:>8}  {_quoted(row.title)}{presenter}"
        )
    print(f"{counted(len(rows), 'topic', 'topics')}.")
    return EXIT_OK


def add(args: argparse.Namespace) -> int:
    """``pactdesk backlog add CODE TITLE``: the new topic's ID in a sentence."""
    from pactdesk.services import backlog

    database = _open_for_writing(args)
    try:
        code = _cluster(database, args.cluster)
        topic_id = backlog.add_topic(
            database,
            code,
            args.title,
            presenter=args.presenter,
            planned_minutes=args.planned,
            minutes=args.minutes,
        )
    finally:
        database.close()
    print(
        f"{_quoted(args.title)} is topic {topic_id} of the backlog of {code}; pactdesk backlog pull {topic_id} REF "
        "puts it on a planned meeting's agenda."
    )
    return EXIT_OK


def remove(args: argparse.Namespace) -> int:
    """``pactdesk backlog remove ID``."""
    from pactdesk.services import backlog

    database = _open_for_writing(args)
    try:
        topic = _topic(database, args.topic)
        backlog.remove_topic(database, topic.id)
    finally:
        database.close()
    print(f"Topic {topic.id}, {_quoted(topic.title)}, removed from the backlog of {topic.cluster}.")
    return EXIT_OK


def park(args: argparse.Namespace) -> int:
    """``pactdesk backlog park REF ITEM``: the topic the item became, and what it left with its meeting."""
    from pactdesk.services import backlog

    database = _open_for_writing(args)
    try:
        item = _item(database, args.ref, args.item)
        parked = backlog.park(database, item.id)
    finally:
        database.close()
    print(
        f"Item {item.position} of {item.ref}, {_quoted(item.title)}, is topic {parked.backlog_id} of the backlog of "
        f"{item.cluster} now, with its minutes so far; pactdesk backlog pull {parked.backlog_id} REF puts it on a "
        "planned meeting's agenda."
    )
    actions = sum(1 for link in parked.item.relinks if link.table == "action")
    left = [counted(actions, "action", "actions")] if actions else []
    left += [counted(len(parked.attachments), "file", "files")] if parked.attachments else []
    if left:
        stays = "stays" if actions + len(parked.attachments) == 1 else "stay"
        print(f"Its {_and(left)} {stays} with {item.ref}, under no item.")
    return EXIT_OK


def pull(args: argparse.Namespace) -> int:
    """``pactdesk backlog pull ID REF [--position N]``: the item the topic became, and its number."""
    from pactdesk.domain.errors import ValidationError
    from pactdesk.domain.messages import say
    from pactdesk.services import backlog

    if args.position is not None and args.position < 1:
        raise ValidationError(
            say(
                "--position takes the item's number on the agenda, from 1 (or leave it out to put the topic last, "
                "before the standing items that close the agenda).",
                "--position indica o número do ponto na ordem de trabalhos, a partir de 1 (ou omita-o para pôr o "
                "tema em último lugar, antes dos pontos permanentes que fecham a ordem de trabalhos).",
            ),
            "position",
        )
    database = _open_for_writing(args)
    try:
        topic = _topic(database, args.topic)
        pulled = backlog.pull(database, topic.id, args.ref, args.position)
    finally:
        database.close()
    print(
        f"Topic {topic.id}, {_quoted(topic.title)}, is item {pulled.position} of {pulled.meeting_ref} now; it left "
        f"the backlog of {topic.cluster}."
    )
    return EXIT_OK


def move(args: argparse.Namespace) -> int:
    """``pactdesk item move REF ITEM``: where the item went, with its open actions and files."""
    from pactdesk.services import backlog

    database = _open_for_writing(args)
    try:
        item = _item(database, args.ref, args.item)
        moved = backlog.move_to_next(database, item.id)
        to_ref, position = _placed(database, moved.item_id)
    finally:
        database.close()
    print(
        f"Item {item.position} of {item.ref}, {_quoted(item.title)}, is item {position} of {to_ref} now, the next "
        f"meeting of {item.cluster}."
    )
    went = [counted(len(moved.actions), "open action", "open actions")] if moved.actions else []
    went += [counted(len(moved.attachments), "file", "files")] if moved.attachments else []
    if went:
        print(f"With it went its {_and(went)}.")
    if moved.left_behind:
        closed = counted(len(moved.left_behind), "closed action", "closed actions")
        stays = "stays" if len(moved.left_behind) == 1 else "stay"
        print(f"Its {closed} {stays} with {item.ref}, under no item.")
    return EXIT_OK


def duplicate(args: argparse.Namespace) -> int:
    """``pactdesk item duplicate REF ITEM``: the copy's number."""
    from pactdesk.services import backlog

    database = _open_for_writing(args)
    try:
        item = _item(database, args.ref, args.item)
        copy = backlog.duplicate(database, item.id)
        ref, position = _placed(database, copy)
    finally:
        database.close()
    print(
        f"Item {item.position} of {ref}, {_quoted(item.title)}, copied as item {position}, right after it, without "
        "its decisions, actions or files."
    )
    return EXIT_OK


_BACKLOG: dict[str, Handler] = {"list": listing, "add": add, "remove": remove, "park": park, "pull": pull}
_ITEM: dict[str, Handler] = {"move": move, "duplicate": duplicate}
HANDLERS: dict[str, Handler] = {
    "backlog": lambda args: _BACKLOG[args.what](args),
    "item": lambda args: _ITEM[args.what](args),
}
EXPORTS: dict[str, Handler] = {}
IMPORTS: dict[str, Handler] = {}
