"""The edits made to a meeting between the versions of its minutes, read from the audit log and coalesced so the
history reads as a person would tell it: one line per person per part of the meeting (its details, one agenda item
with its decisions, who came) per stretch of work, naming the fields they changed and how many saves it took.

A version of the minutes closes every run of edits: an edit after it starts a new line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from pactdesk.domain.models import AgendaItem, Decision
from pactdesk.services import audit
from pactdesk.services.team import display_name
from pactdesk.store.database import Database

QUIET = timedelta(minutes=5)  # saves of one record by one person closer than this are one edit
"""The pause that ends a run of edits."""

NOT_EDITS = frozenset({"minutes_version", "minutes_document"})
# A change of the minutes' status is a version of its own: the history says it there, not as an edit too.
STATUS_FIELDS = frozenset({"minutes_status", "minutes_approved_on", "minutes_approved_at_id", "minutes_approval_note"})


@dataclass
class Edit:
    """A run of saves of one record by one person."""

    actor: str  # a name, as the window shows authors
    first: datetime
    last: datetime
    table_name: str
    record_id: int | None
    actions: set[str] = field(default_factory=set)  # insert, update, delete
    fields: list[str] = field(default_factory=list)  # in the order first changed
    saves: int = 0
    item: str = ""  # "3. Training": the agenda item the record is, or is under, when it is still there
    after: int = 0  # how many versions were kept before it: it comes between version ``after`` and the next


def edits(db: Database, ref: str) -> list[Edit]:
    """The meeting's edits, oldest first, coalesced (see the module's docstring)."""
    found = audit.entries(db, ref=ref)
    under = _items_of_decisions(db, found)
    runs: list[Edit] = []
    open_runs: dict[tuple[str, str, int | None], Edit] = {}
    versions = 0
    for entry in found:
        if entry.table_name in NOT_EDITS:
            open_runs.clear()  # a version closes every run
            versions += entry.table_name == "minutes_version" and entry.action == "insert"
            continue
        changed = [name for name in entry.fields or {} if name not in STATUS_FIELDS]
        if entry.action == "update" and entry.fields is not None and not changed:
            continue
        table, record_id = _part(entry.table_name, entry.record_id, under)
        key = (entry.actor, table, record_id)
        run = open_runs.get(key)
        if run is None or entry.at - run.last > QUIET:
            run = open_runs[key] = Edit(entry.actor, entry.at, entry.at, table, record_id, after=versions)
            runs.append(run)
        run.last = entry.at
        run.saves += 1
        if entry.table_name == "decision":  # said as a change of the item's decisions
            said = ["decisions"]
            run.actions.add("update")
        else:
            said = changed if entry.action == "update" else []  # an insertion or deletion is said as one
            run.actions.add(entry.action)
        for name in said:
            if name not in run.fields:
                run.fields.append(name)
    _name(db, runs)
    return runs


def _part(table: str, record_id: int | None, under: dict[int, int]) -> tuple[str, int | None]:
    """The part of the meeting a record belongs to, as a person tells the history: its details, one agenda item
    (with its decisions), or who came (every row of it)."""
    if table == "decision" and record_id in under:
        return "agenda_item", under[record_id]
    if table in ("attendance", "meeting"):
        return table, None
    return table, record_id


def _items_of_decisions(db: Database, found: list[audit.Entry]) -> dict[int, int]:
    """The agenda item of each decision the entries name: from the entry that made or removed it, else as stored."""
    under: dict[int, int] = {}
    for entry in found:
        if entry.table_name == "decision" and entry.record_id is not None and entry.fields:
            before, after = entry.fields.get("agenda_item_id", (None, None))
            item = after if after is not None else before
            if isinstance(item, int):
                under.setdefault(entry.record_id, item)
    missing = {entry.record_id for entry in found if entry.table_name == "decision"} - set(under) - {None}
    if missing:
        with db.read() as session:
            rows = session.execute(select(Decision.id, Decision.agenda_item_id).where(Decision.id.in_(missing)))
            under.update({row.id: row.agenda_item_id for row in rows})
    return under


def _name(db: Database, runs: list[Edit]) -> None:
    """The people by the names the window shows, and each item by its number and title."""
    item_ids = {run.record_id for run in runs if run.table_name == "agenda_item" and run.record_id is not None}
    with db.read() as session:
        names = {actor: display_name(session, actor) for actor in {run.actor for run in runs}}
        items = {
            row.id: f"{row.position}. {row.title}"
            for row in session.execute(
                select(AgendaItem.id, AgendaItem.position, AgendaItem.title).where(AgendaItem.id.in_(item_ids))
            )
        }
    for run in runs:
        run.actor = names[run.actor]
        if run.table_name == "agenda_item" and run.record_id is not None:
            run.item = items.get(run.record_id, "")
