"""``pactdesk audit``: the audit log's entries, listed (``audit``, with ``--ref``, ``--since``, ``--json``), and its
hash chain checked (``audit verify``, non-zero at the first broken link)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from pactdesk.cli.common import EXIT_FAILED, EXIT_OK, open_for_reading

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]
SHOWN = 60  # characters of a value shown in the list (--json gives them whole)


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], database_options: DatabaseOptions
) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""
    audit = commands.add_parser(
        "audit", help="the audit log of every write: who, when, what changed (audit verify: check its hash chain)"
    )
    database_options(audit)
    audit.add_argument("--ref", metavar="REF", help="only the entries of this meeting, action or output")
    audit.add_argument("--since", metavar="DATE", help="only the entries from this day on")
    audit.add_argument("--json", action="store_true", help="print one JSON array")
    what = audit.add_subparsers(dest="audit_what", metavar="verify")
    verify = what.add_parser(
        "verify", help="walk the hash chain: 0 when every entry is intact, else the first broken link"
    )
    database_options(verify)


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if value == "":
        return "“”"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _changes(fields: dict[str, tuple[Any, Any]] | None, action: str) -> str:
    if fields is None:
        return "(erased)"
    if action == "erase":
        return "(personal details erased)"
    if action == "insert":
        return "; ".join(f"{name}: {_shown(new)}" for name, (_, new) in sorted(fields.items()))
    if action == "delete":
        return "; ".join(f"{name}: {_shown(old)}" for name, (old, _) in sorted(fields.items()))
    return "; ".join(f"{name}: {_shown(old)} → {_shown(new)}" for name, (old, new) in sorted(fields.items()))


def listing(args: argparse.Namespace) -> int:
    """``pactdesk audit``: the entries, oldest first."""
    from pactdesk.services import audit

    database = open_for_reading(args)
    try:
        found = audit.entries(database, ref=args.ref, since=args.since)
    finally:
        database.close()
    if args.json:
        rows = [
            {
                "id": entry.id,
                "at": entry.at.isoformat(sep=" ", timespec="seconds"),
                "actor": entry.actor,
                "action": entry.action,
                "table": entry.table_name,
                "record": entry.record_id,
                "ref": entry.ref,
                "fields": None if entry.fields is None else {name: list(pair) for name, pair in entry.fields.items()},
            }
            for entry in found
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("No audit entries match." if args.ref or args.since else "The audit log has no entries yet.")
        return EXIT_OK
    for entry in found:
        record = f"{entry.table_name} #{entry.record_id}" if entry.record_id is not None else entry.table_name
        ref = f"  {entry.ref}" if entry.ref else ""
        print(
            f"{entry.id:>6}  {entry.at:%Y-%m-%d %H:%M}  {entry.actor}  {entry.action} {record}{ref}  "
            f"{_changes(entry.fields, entry.action)}"
        )
    return EXIT_OK


def verify(args: argparse.Namespace) -> int:
    """``pactdesk audit verify``: 0 and how many entries when the chain holds, else 1 and its first broken link."""
    from pactdesk.services import audit

    database = open_for_reading(args)
    try:
        verdict = audit.verify(database)
    finally:
        database.close()
    print(verdict.reason)
    if verdict.broken is not None:
        return EXIT_FAILED
    if verdict.head:
        print(f"The newest entry's hash is {verdict.head}: noted elsewhere, it shows later that none was removed.")
    return EXIT_OK


def audit_command(args: argparse.Namespace) -> int:
    return verify(args) if getattr(args, "audit_what", None) == "verify" else listing(args)


HANDLERS: dict[str, Handler] = {"audit": audit_command}
