"""What the meeting-room screen shows of a meeting: the agenda items (with their ids, so the screen follows an item
that moves), each item's decisions and actions, and the matters arising. Read only. Attendance is not read at all,
so nothing about a person but an action owner's name can reach the wall."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pactdesk.domain.models import Cluster
from pactdesk.services.carry_over import MatterArising, arising_at
from pactdesk.services.documents import ActionLine, ClusterName, ItemRecord, agenda_at
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.store.database import Database


@dataclass(frozen=True)
class MeetingRoom:
    """One meeting as the room's screen shows it, read in one transaction."""

    ref: str
    title: str
    cluster: ClusterName
    starts_at: datetime
    location: str
    items: tuple[ItemRecord, ...]
    other_actions: tuple[ActionLine, ...]  # raised at the meeting but under no agenda item
    arising: tuple[MatterArising, ...]

    def item(self, item_id: int | None) -> ItemRecord | None:
        return next((item for item in self.items if item.id == item_id), None)

    def index_of(self, item_id: int | None) -> int | None:
        return next((index for index, item in enumerate(self.items) if item.id == item_id), None)


def meeting_room(db: Database, ref: str) -> MeetingRoom:
    """The meeting ``ref`` for the room's screen; ``NotFoundError`` when there is none."""
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        items, other_actions = agenda_at(session, meeting)
        cluster: Cluster = meeting.cluster
        return MeetingRoom(
            ref=meeting.ref,
            title=meeting.title,
            cluster=ClusterName(cluster.code, cluster.name, cluster.name_pt),
            starts_at=meeting.starts_at,
            location=meeting.location,
            items=items,
            other_actions=other_actions,
            arising=tuple(arising_at(session, meeting)),
        )
