"""A meeting with everything that hangs from it, taken out and put back exactly (same ids), so that creating
and deleting a meeting can be undone like any other edit."""

from __future__ import annotations

from pactdesk.domain.models import Meeting
from pactdesk.services import archive
from pactdesk.services.archive import Archived
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.store.database import Database


def remove_meeting(db: Database, ref: str) -> Archived:
    """Delete a meeting with its attendance, agenda, minutes, decisions and actions; returns all of it, with the
    other meetings' actions closed at it and progress updates given at it, so they point at it again on restore."""
    with db.write() as session:
        meeting = editable(meeting_by_ref(session, ref))
        return archive.take_out(session, archive.table("meeting"), Meeting.__table__.c.id == meeting.id)


def restore_meeting(db: Database, archived: Archived) -> str:
    """Put back a meeting taken out by ``remove_meeting``, with the same ids and references; returns its ref."""
    with db.write() as session:
        return str(archive.put_back(session, archived)["ref"])
