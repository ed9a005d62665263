"""The commands on the record itself: present, erase, init, demo, info, check, actions, dashboard and backup."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pactdesk.cli.common import EXIT_FAILED, EXIT_OK, as_of, database_location, one_line, open_for_reading
from pactdesk.domain import validation
from pactdesk.domain.counting import counted
from pactdesk.domain.errors import PactDeskError, ValidationError

if TYPE_CHECKING:
    from pactdesk.services.minutes_versions import Piece


def present(args: argparse.Namespace) -> int:
    """The window, straight into the room view of meeting REF. A meeting that is not there, or a database another
    PactDesk has open, is said in one line before any window shows."""
    from pactdesk.services import meetings
    from pactdesk.store.lock import InstanceLock

    database = open_for_reading(args)
    try:
        with database.read() as session:
            ref = meetings.meeting_by_ref(session, args.ref).ref
    finally:
        database.close()
    where = database_location(args)
    if where.path is not None:
        lock = InstanceLock(where.path)
        lock.acquire()  # DatabaseInUseError, in one line, when another PactDesk has it open
        lock.release()
    from pactdesk.gui.app import PresentRequest, run_gui

    return run_gui(args, present=PresentRequest(ref, args.screen))


def erase(args: argparse.Namespace) -> int:
    from pactdesk.services import erasure, workspace

    database = workspace.open_workspace(database_location(args))
    try:
        done = erasure.erase_person(database, args.who)
    finally:
        database.close()
    print(f"{args.who.strip()} is now “{done.label}” in every meeting, action and seat; their name, e-mail, phone")
    print("and role are gone from the database file.")
    if done.backups_rewritten:
        print(f"{counted(len(done.backups_rewritten), 'backup', 'backups')} holding them rewritten without them.")
    if done.backups_removed:
        print(f"{counted(len(done.backups_removed), 'backup', 'backups')} that could not be rewritten deleted.")
    print("Names typed in minutes or decisions are not changed: edit those texts if they name the person.")
    return EXIT_OK


def init(args: argparse.Namespace) -> int:
    """A new database with the catalogue: the first step of a file or of a team's server database."""
    from pactdesk.services import workspace

    location = database_location(args)
    if location.path is not None:
        if location.path.exists():
            raise PactDeskError(f"{location.path} already exists; init makes a new database only. Choose a new name.")
    else:
        from pactdesk.store import server

        server.refuse_to_init(location)
    database = workspace.open_workspace(location)
    try:
        notice = None
        if location.path is None:
            from pactdesk.store import roles

            with database.write() as session:
                notice = roles.set_up(session.connection())
    finally:
        database.close()
    print(f"A new PactDesk database, with the committee's catalogue, is at {location.describe()}.")
    if location.path is None:
        print(
            notice
            or "Secretaries (pactdesk_secretary) read and write it, readers (pactdesk_reader) read it; add each "
            "person with pactdesk user add LOGIN --name NAME --role secretary|reader."
        )
    return EXIT_OK


def demo(args: argparse.Namespace) -> int:
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
        demo.build_demo(database, scale=args.scale, as_of=as_of, language=args.lang)
        counts = workspace.info(database).counts
    finally:
        database.close()
    print(
        f"Demo written to {path}: {counts['meetings']} meetings, {counts['actions']} actions, "
        f"{counts['outputs']} outputs."
    )
    return EXIT_OK


def info(args: argparse.Namespace) -> int:
    from pactdesk.services import workspace

    database = open_for_reading(args)
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


def check(args: argparse.Namespace) -> int:
    if getattr(args, "repair", False):
        return _repair(args)
    from pactdesk.services import audit
    from pactdesk.store import search_index

    database = open_for_reading(args)
    try:
        problems = database.problems()
        where = database.location.describe()
        with database.engine.connect() as connection:
            index = search_index.problems(connection) if search_index.installed(connection) else []
        chain = audit.verify(database) if not problems else None
    finally:
        database.close()
    if problems:
        print(f"{where} has {counted(len(problems), 'problem', 'problems')}:")
        for problem in problems:
            print(f"  - {problem}")
        print("Open it in PactDesk to restore the newest good backup, keeping the damaged file.")
        return EXIT_FAILED
    if chain is not None and chain.broken is not None:
        # Not repaired from a backup: the log says the record was changed behind PactDesk's back; who manages the
        # database must find out how, and when.
        print(f"{where}: integrity and foreign keys are sound, but the audit log is not: {one_line(chain.reason)}")
        return EXIT_FAILED
    if index:
        print(f"{where}: integrity and foreign keys are sound, but {counted(len(index), 'problem', 'problems')}:")
        for problem in index:
            print(f"  - {problem}")
        print("pactdesk check --repair rebuilds the search index from the records; nothing else is changed.")
        return EXIT_FAILED
    print(f"{where}: integrity, foreign keys, the audit log's chain and the search index are sound.")
    return EXIT_OK


def _repair(args: argparse.Namespace) -> int:
    """``check --repair``: the search index made again, whole, from the records (after the file's own checks, which
    opening it for writing runs)."""
    import time

    from pactdesk.services import attachments, workspace
    from pactdesk.store import search_index

    started = time.perf_counter()
    database = workspace.open_workspace(database_location(args))
    try:
        where = database.location.describe()
        with database.engine.begin() as connection:
            search_index.repair(connection)
        with database.engine.connect() as connection:
            left = search_index.problems(connection)
        files, size = attachments.forget_unused_blobs(database)  # kept until now so that undo could put them back
    finally:
        database.close()
    if left:
        print(f"{where}: the search index was rebuilt, but {'; '.join(left)}.")
        return EXIT_FAILED
    print(f"{where}: the search index was rebuilt from the records in {time.perf_counter() - started:.1f} s.")
    if files:
        print(f"{counted(files, 'file', 'files')} no attachment names any more forgotten ({size // 1024:,} KB).")
    return EXIT_OK


def actions(args: argparse.Namespace) -> int:
    from pactdesk.domain.enums import ActionStatus
    from pactdesk.services import tracker
    from pactdesk.services.catalogue import OPEN_STATUSES

    if args.due_within is not None and args.due_within < 0:
        raise ValidationError("--due-within takes a number of days, 0 or more.", "due_within")
    # "any" is no status at all ("()": every action); an empty tuple must not fall through to a status lookup.
    named: dict[str, tuple[ActionStatus, ...]] = {"open": tuple(OPEN_STATUSES), "any": ()}
    statuses = named[args.status] if args.status in named else (ActionStatus(args.status),)
    wanted = tracker.ActionFilter(
        today=as_of(args),
        cluster_codes=tuple(code.upper() for code in args.cluster),
        statuses=statuses,
        overdue=args.overdue,
        due_within_days=args.due_within,
        goal=args.goal,
        text=args.text,
    )
    database = open_for_reading(args)
    try:
        rows = tracker.action_page(database, wanted, limit=None)
    finally:
        database.close()
    for row in rows:
        late = f"{row.days_overdue} d overdue" if row.overdue else ""
        due = row.due_on.isoformat() if row.due_on else "-"
        title = one_line(row.title)
        print(f"{row.ref:<12} {due:<10} {row.status.label:<11} {late:<15} {row.owner[:28]:<28} {title}")
    print(f"{counted(len(rows), 'action', 'actions')}.")
    return EXIT_OK


def dashboard(args: argparse.Namespace) -> int:
    from pactdesk.services import dashboard

    database = open_for_reading(args)
    try:
        board = dashboard.dashboard(database, args.cluster.upper() if args.cluster else None, today=as_of(args))
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


def backup(args: argparse.Namespace) -> int:
    location = database_location(args)
    if location.path is None:
        from pactdesk.cli.team import backup_of_a_server

        return backup_of_a_server(args, location)
    database = open_for_reading(args)
    try:
        target = Path(args.out).expanduser()
        database.copy_to(target)
    finally:
        database.close()
    print(f"Backup written to {target} and verified.")
    return EXIT_OK


def minutes(args: argparse.Namespace) -> int:
    """``pactdesk minutes history REF``: the versions of a meeting's minutes, with who, when and the fingerprint."""
    from pactdesk.services import minutes_versions

    database = open_for_reading(args)
    try:
        versions = minutes_versions.history(database, args.ref)
    finally:
        database.close()
    if args.json:
        rows = [
            {
                "version": row.number,
                "minutes_status": row.minutes_status.value,
                "by": row.created_by,
                "at": row.created_at.isoformat(timespec="seconds"),
                "fingerprint": row.fingerprint,
                "reason": row.reason,
            }
            for row in versions
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not versions:
        print(f"{args.ref.strip().upper()} has no versions yet: one is kept each time its minutes change status.")
        return EXIT_OK
    for row in versions:
        reason = f"  ({row.reason})" if row.reason else ""
        print(
            f"{row.number:>3}  {row.minutes_status.value:<10}  {row.created_at:%Y-%m-%d %H:%M}  {row.fingerprint}  "
            f"{row.created_by}{reason}"
        )
    return EXIT_OK


def _marked(pieces: Sequence[Piece]) -> str:
    """A text with what was removed as [-…-] and what was added as {+…+}, as ``git diff --word-diff`` writes."""
    return "".join(
        piece.text if piece.change == "=" else f"[-{piece.text}-]" if piece.change == "-" else f"{{+{piece.text}+}}"
        for piece in pieces
    )


def minutes_diff(args: argparse.Namespace) -> int:
    """``pactdesk minutes diff REF A B``: what changed from version A of a meeting's minutes to version B."""
    from pactdesk.services import minutes_versions

    database = open_for_reading(args)
    try:
        versions = {row.number: row for row in minutes_versions.history(database, args.ref)}
        found = minutes_versions.compare(database, args.ref, args.first, args.second)
    finally:
        database.close()
    first, second = versions[found.first], versions[found.second]
    print(
        f"{args.ref.strip().upper()}: version {first.number} ({first.minutes_status.value}) → version "
        f"{second.number} ({second.minutes_status.value})"
    )
    for field, before, after in found.details:
        print(f"  {field}: {'—' if before is None else before} → {'—' if after is None else after}")
    for item in found.items:
        state = " (added)" if item.added else " (removed)" if item.removed else ""
        renamed = f" (was «{item.title_before}»)" if item.title_before else ""
        print(f"Item {item.position} «{item.title}»{renamed}{state}:")
        if any(piece.change != "=" for piece in item.minutes):
            for line in _marked(item.minutes).splitlines():
                print(f"  {line}")
        for text in item.decisions_added:
            print(f"  + decision: {text}")
        for text in item.decisions_removed:
            print(f"  - decision: {text}")
    for text in found.actions_added:
        print(f"+ action: {text}")
    for text in found.actions_removed:
        print(f"- action: {text}")
    if not (found.details or found.items or found.actions_added or found.actions_removed):
        print("The two versions hold the same meeting.")
    return EXIT_OK
