"""The edits made to a meeting between the versions of its minutes, read from the audit log and coalesced so the
history reads as a person would tell it: one line per person per record (the meeting's details, one agenda item,
a decision, who came) per few minutes of work, naming the fields they changed and how many saves it took.

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
        key = (entry.actor, entry.table_name, entry.record_id)
        run = open_runs.get(key)
        if run is None or entry.at - run.last > QUIET:
            run = open_runs[key] = Edit(
                entry.actor, entry.at, entry.at, entry.table_name, entry.record_id, after=versions
            )
            runs.append(run)
        run.last = entry.at
        run.saves += 1
        run.actions.add(entry.action)
        for name in changed if entry.action == "update" else ():  # an insertion or deletion is said as one
            if name not in run.fields:
                run.fields.append(name)
    _name(db, runs)
    return runs


def _name(db: Database, runs: list[Edit]) -> None:
    """The people by the names the window shows, and each item by its number and title."""
    item_ids = {run.record_id for run in runs if run.table_name == "agenda_item" and run.record_id is not None}
    decision_ids = {run.record_id for run in runs if run.table_name == "decision" and run.record_id is not None}
    with db.read() as session:
        names = {actor: display_name(session, actor) for actor in {run.actor for run in runs}}
        under = {
            row.id: row.agenda_item_id
            for row in session.execute(
                select(Decision.id, Decision.agenda_item_id).where(Decision.id.in_(decision_ids))
            )
        }
        wanted = item_ids | set(under.values())
        items = {
            row.id: f"{row.position}. {row.title}"
            for row in session.execute(
                select(AgendaItem.id, AgendaItem.position, AgendaItem.title).where(AgendaItem.id.in_(wanted))
            )
        }
    for run in runs:
        run.actor = names[run.actor]
        if run.table_name == "agenda_item" and run.record_id is not None:
            run.item = items.get(run.record_id, "")
        elif run.table_name == "decision" and run.record_id in under:
            run.item = items.get(under[run.record_id], "")
