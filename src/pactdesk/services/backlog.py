"""Each cluster's backlog of topics for a later meeting, and agenda items moved or duplicated: a topic added from
anywhere or parked from an agenda with its minutes so far, pulled into a planned meeting's agenda; an item moved to
the cluster's next meeting with its open actions, or copied beside itself. Each use case returns what its undo needs.

The rules, in the committee's words:

- An item with decisions was dealt with at its meeting: it is neither parked nor moved (its decisions belong to that
  meeting's record); its decisions are removed first, or a new item is added for what is left to discuss.
- The items every meeting starts with (approval of the previous minutes, matters arising) stay where they are.
- Parking: the item leaves its meeting's agenda; its actions stay with the meeting that raised them, under no item,
  and so do its attachments (a file is never lost by parking).
- Moving to the next meeting: the cluster's next meeting after this one that is not cancelled. The item's open
  actions (open, in progress) move along, raised at that meeting under the moved item; its closed actions stay with
  the meeting that raised and closed them, under no item; its attachments go with it.
- Duplicating: a copy right after the item, with the same title, presenter, planned time and minutes (the item's
  language is not known, and the secretary renames the copy where it stands), without decisions, actions or
  attachments, which stay with the item; the copy is never a standing, matters-arising or approval item.
- Topics are pulled into a planned meeting of their cluster only: a held meeting's agenda is its record.
- Nothing changes in a meeting whose minutes are approved.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from pactdesk.domain import validation as check
from pactdesk.domain.enums import MeetingStatus
from pactdesk.domain.errors import NotFoundError, ValidationError
from pactdesk.domain.language import in_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import Action, AgendaItem, Attachment, BacklogItem, Cluster, Meeting
from pactdesk.services import archive
from pactdesk.services.agenda import clean_planned, item_to_change, make_room, place_item, renumber
from pactdesk.services.archive import Archived
from pactdesk.services.catalogue import OPEN_STATUSES, cluster_by_code
from pactdesk.services.meetings import editable, meeting_by_ref
from pactdesk.services.planning import is_frame_item
from pactdesk.services.team import display_name
from pactdesk.store import authorship
from pactdesk.store.database import Database

TOPIC = "backlog_item"


@dataclass(frozen=True)
class BacklogRow:
    """A topic in a cluster's backlog: what its agenda item will be, and where it came from."""

    id: int
    title: str
    presenter: str
    planned_minutes: int
    minutes: str
    from_meeting: str | None  # the reference of the meeting it was parked from; None when added as a topic
    created_by: str  # a name, as the window shows authors
    created_at: datetime


@dataclass(frozen=True)
class Parked:
    """An agenda item parked: the topic it became, the item as it was (with the references of its actions), and the
    attachments it left with its meeting."""

    backlog_id: int
    meeting_ref: str
    item: Archived
    attachments: tuple[int, ...]

    @property
    def item_id(self) -> int:
        return int(self.item.root["id"])


@dataclass(frozen=True)
class Pulled:
    """A topic pulled into a meeting's agenda: the item it became, at which place, and the topic as it was."""

    item_id: int
    meeting_ref: str
    position: int
    topic: Archived

    @property
    def backlog_id(self) -> int:
        return int(self.topic.root["id"])


@dataclass(frozen=True)
class Moved:
    """An agenda item moved to the next meeting: from where (and its place there), to where, the open actions that
    moved along, the closed ones left under no item at the meeting that raised them, and its attachments."""

    item_id: int
    from_ref: str
    position: int
    to_ref: str
    actions: tuple[int, ...]
    left_behind: tuple[int, ...]
    attachments: tuple[int, ...]


# -- reading -------------------------------------------------------------------------------------------------------


def backlog(db: Database, cluster_code: str) -> list[BacklogRow]:
    """The cluster's topics, oldest first."""
    parked_from = aliased(Meeting)
    with db.read() as session:
        cluster = cluster_by_code(session, cluster_code)
        query = (
            select(BacklogItem, parked_from.ref)
            .outerjoin(parked_from, parked_from.id == BacklogItem.from_meeting_id)
            .where(BacklogItem.cluster_id == cluster.id)
            .order_by(BacklogItem.created_at, BacklogItem.id)
        )
        return [
            BacklogRow(
                id=topic.id,
                title=topic.title,
                presenter=topic.presenter,
                planned_minutes=topic.planned_minutes,
                minutes=topic.minutes,
                from_meeting=ref,
                created_by=display_name(session, topic.created_by),
                created_at=topic.created_at,
            )
            for topic, ref in session.execute(query)
        ]


def _topic(session: Session, backlog_id: int) -> BacklogItem:
    topic = session.get(BacklogItem, backlog_id)
    if topic is None:
        raise NotFoundError(
            say(
                "That topic is no longer in the backlog: it was added to a meeting or removed since.",
                "Esse tema já não está entre os temas em espera: entretanto foi acrescentado a uma reunião ou "
                "retirado.",
            )
        )
    return topic


# -- topics added and removed ----------------------------------------------------------------------------------------


def add_topic(
    db: Database,
    cluster_code: str,
    title: str,
    *,
    presenter: str = "",
    planned_minutes: int | str = 0,
    minutes: str = "",
) -> int:
    """A topic for a later meeting of the cluster, not parked from any agenda; returns its id (undo:
    ``remove_topic``)."""
    clean_title = check.required_text(title, "agenda item's title", "title")
    clean_presenter = check.limited_text(presenter, "presenter", "presenter", check.MAX_NAME)
    planned = clean_planned(planned_minutes)
    clean_minutes = check.limited_text(minutes, "minutes", "minutes")
    with db.write() as session:
        cluster = cluster_by_code(session, cluster_code)
        topic = BacklogItem(
            cluster_id=cluster.id,
            title=clean_title,
            presenter=clean_presenter,
            planned_minutes=planned,
            minutes=clean_minutes,
            created_by=authorship.writer(session),
        )
        session.add(topic)
        session.flush()
        return topic.id


def remove_topic(db: Database, backlog_id: int) -> Archived:
    """Take a topic out of the backlog; returns what ``restore_topic`` needs to put it back."""
    with db.write() as session:
        _topic(session, backlog_id)
        return archive.take_out(session, archive.table(TOPIC), BacklogItem.__table__.c.id == backlog_id)


def restore_topic(db: Database, removed: Archived) -> int:
    """Put back a topic taken out by ``remove_topic`` (or pulled into a meeting), under its old id."""
    with db.write() as session:
        return int(archive.put_back(session, removed)["id"])


# -- an agenda item parked, and a topic pulled into a meeting ----------------------------------------------------------


def _refuse_decided(item: AgendaItem, moving: bool) -> None:
    """An item with decisions stays on its meeting's agenda: they are that meeting's record."""
    if item.decisions:
        if moving:
            message = say(
                "Item {position}, “{title}”, has decisions, so it was dealt with at this meeting: to move it, remove "
                "its decisions first, or add a new item for what is left to discuss.",
                "O ponto {position}, «{title}», tem deliberações, pelo que foi tratado nesta reunião: para o passar "
                "para outra reunião, remova primeiro as deliberações, ou acrescente um ponto novo para o que falta "
                "discutir.",
                position=item.position,
                title=item.title,
            )
        else:
            message = say(
                "Item {position}, “{title}”, has decisions, so it was dealt with at this meeting: to park it, remove "
                "its decisions first, or add a topic for what is left to discuss.",
                "O ponto {position}, «{title}», tem deliberações, pelo que foi tratado nesta reunião: para o pôr em "
                "espera, remova primeiro as deliberações, ou acrescente um tema para o que falta discutir.",
                position=item.position,
                title=item.title,
            )
        raise ValidationError(message)


def _refuse_leaving(item: AgendaItem, moving: bool) -> None:
    """An item with decisions, or one of the items every meeting starts with, stays on its meeting's agenda."""
    _refuse_decided(item, moving)
    if is_frame_item(item) or item.approves_meeting_id is not None:
        raise ValidationError(
            say(
                "“{title}” is one of the items every meeting starts with, so it stays on this agenda; add an item of "
                "its own for a topic to discuss later.",
                "«{title}» é um dos pontos com que todas as reuniões começam, pelo que fica nesta ordem de trabalhos; "
                "para um tema a discutir mais tarde, acrescente um ponto próprio.",
                title=item.title,
            )
        )


def _attachments_of(session: Session, item_id: int) -> tuple[int, ...]:
    return tuple(session.scalars(select(Attachment.id).where(Attachment.agenda_item_id == item_id)))


def park(db: Database, item_id: int, *, backlog_id: int | None = None) -> Parked:
    """The agenda item leaves its meeting's agenda for its cluster's backlog, with its title, presenter, planned time
    and minutes so far; the items after it close up. Its actions and attachments stay with the meeting, under no
    item. ``backlog_id`` gives the topic the id it had before (a redo). Undo: ``unpark``."""
    with db.write() as session:
        item = item_to_change(session, item_id)
        _refuse_leaving(item, moving=False)
        meeting = item.meeting
        topic = BacklogItem(
            cluster_id=meeting.cluster_id,
            title=item.title,
            presenter=item.presenter,
            planned_minutes=item.planned_minutes,
            minutes=item.minutes,
            from_meeting_id=meeting.id,
            created_by=authorship.writer(session),
        )
        if backlog_id is not None:
            topic.id = backlog_id
        session.add(topic)
        # An attachment goes with its item when the item is deleted: kept with the meeting instead.
        attachments = _attachments_of(session, item.id)
        if attachments:
            session.execute(update(Attachment).where(Attachment.id.in_(attachments)).values(agenda_item_id=None))
        session.flush()
        topic_id, ref = topic.id, meeting.ref
        taken = archive.take_out(session, archive.table("agenda_item"), AgendaItem.__table__.c.id == item_id)
        renumber(sorted(meeting.agenda, key=lambda kept: kept.position))
        return Parked(topic_id, ref, taken, attachments)


def unpark(db: Database, parked: Parked) -> int:
    """Undo ``park``: the topic leaves the backlog and the item is back at its place, under its old id, with its
    actions and attachments under it again. Returns the item's id."""
    row = parked.item.root
    with db.write() as session:
        topic = _topic(session, parked.backlog_id)
        meeting = session.get(Meeting, row["meeting_id"])
        if meeting is None:
            raise NotFoundError(
                say(
                    "The meeting that topic was parked from no longer exists.",
                    "A reunião de onde esse tema foi posto em espera já não existe.",
                )
            )
        editable(meeting)
        session.delete(topic)
        table = archive.table("agenda_item")
        make_room(session, table.c.meeting_id == meeting.id, table, row["position"])
        archive.put_back(session, parked.item)
        if parked.attachments:
            session.execute(
                update(Attachment)
                .where(Attachment.id.in_(parked.attachments), Attachment.meeting_id == meeting.id)
                .values(agenda_item_id=row["id"])
            )
        renumber(sorted(meeting.agenda, key=lambda kept: kept.position))
        return int(row["id"])


def _planned_meeting(session: Session, meeting_ref: str, cluster_id: int) -> Meeting:
    meeting = editable(meeting_by_ref(session, meeting_ref))
    if meeting.cluster_id != cluster_id:
        cluster = session.get(Cluster, cluster_id)
        raise ValidationError(
            say(
                "That topic is in the backlog of {cluster}, and {ref} is another cluster's meeting: choose a meeting "
                "of {cluster}.",
                "Esse tema está entre os temas em espera de {cluster}, e {ref} é uma reunião de outro cluster: "
                "escolha uma reunião de {cluster}.",
                cluster=cluster.code if cluster else "",
                ref=meeting.ref,
            )
        )
    if meeting.status is MeetingStatus.HELD:
        raise ValidationError(
            say(
                "{ref} was held already, and topics are added to a planned meeting: choose one, or plan the next "
                "meeting first.",
                "{ref} já se realizou, e os temas são acrescentados a uma reunião prevista: escolha uma, ou marque "
                "primeiro a próxima reunião.",
                ref=meeting.ref,
            )
        )
    if meeting.status is MeetingStatus.CANCELLED:
        raise ValidationError(
            say(
                "{ref} was cancelled, and topics are added to a planned meeting: choose one, or plan the next "
                "meeting first.",
                "{ref} foi cancelada, e os temas são acrescentados a uma reunião prevista: escolha uma, ou marque "
                "primeiro a próxima reunião.",
                ref=meeting.ref,
            )
        )
    return meeting


def pull(
    db: Database, backlog_id: int, meeting_ref: str, position: int | None = None, *, item_id: int | None = None
) -> Pulled:
    """The topic becomes an item of the planned meeting's agenda, at ``position`` (1 = first; None: last, before the
    standing items that close the agenda), with its minutes; it leaves the backlog. ``item_id`` gives the item the id
    it had before (a redo). Undo: ``unpull``."""
    with db.write() as session:
        topic = _topic(session, backlog_id)
        meeting = _planned_meeting(session, meeting_ref, topic.cluster_id)
        item = AgendaItem(
            title=topic.title,
            presenter=topic.presenter,
            planned_minutes=topic.planned_minutes,
            minutes=topic.minutes,
            position=0,
        )
        if item_id is not None:
            item.id = item_id
        place_item(meeting, item, position if position is not None else before_the_closing_items(meeting))
        session.flush()
        made = Pulled(item.id, meeting.ref, item.position, Archived((), ()))
        taken = archive.take_out(session, archive.table(TOPIC), BacklogItem.__table__.c.id == backlog_id)
        return replace(made, topic=taken)


def unpull(db: Database, pulled: Pulled) -> int:
    """Undo ``pull``: the item leaves the agenda and the topic is back in the backlog under its old id, as the item
    now reads (nothing typed since is lost). Refused once the item has decisions. Returns the topic's id."""
    with db.write() as session:
        item = item_to_change(session, pulled.item_id)
        _refuse_decided(item, moving=False)  # a topic may be called "Matters arising": only decisions keep it
        meeting = item.meeting
        row = {
            **pulled.topic.root,
            "title": item.title,
            "presenter": item.presenter,
            "planned_minutes": item.planned_minutes,
            "minutes": item.minutes,
        }
        attachments = _attachments_of(session, item.id)
        if attachments:
            session.execute(update(Attachment).where(Attachment.id.in_(attachments)).values(agenda_item_id=None))
        archive.take_out(session, archive.table("agenda_item"), AgendaItem.__table__.c.id == item.id)
        renumber(sorted(meeting.agenda, key=lambda kept: kept.position))
        archive.put_back(session, Archived(((TOPIC, (row,)),), ()))
        return pulled.backlog_id


# -- an agenda item moved to the next meeting, or duplicated -------------------------------------------------------


def before_the_closing_items(meeting: Meeting) -> int | None:
    """Where an item brought to ``meeting`` goes when no place is asked for: last, but before the standing items
    that close its agenda ("Any other business", carried from meeting to meeting); None (last) when none does."""
    items = sorted(meeting.agenda, key=lambda item: item.position)
    closing = 0
    for item in reversed(items):
        if not item.standing:
            break
        closing += 1
    return len(items) - closing + 1 if closing else None


def next_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    """The cluster's next meeting after ``meeting`` that is not cancelled."""
    return session.scalar(
        select(Meeting)
        .where(
            Meeting.cluster_id == meeting.cluster_id,
            Meeting.starts_at > meeting.starts_at,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(1)
    )


def move_to_next(db: Database, item_id: int) -> Moved:
    """Move the item, under its id, to the end of the agenda of the cluster's next meeting that is not cancelled
    (before the standing items that close it), with its minutes and attachments; its open actions move along (raised
    at that meeting, under the item), its closed ones stay with the meeting that raised them, under no item. Undo:
    ``move_back``."""
    with db.write() as session:
        item = item_to_change(session, item_id)
        _refuse_leaving(item, moving=True)
        here = item.meeting
        there = next_meeting(session, here)
        if there is None:
            cluster = session.get(Cluster, here.cluster_id)
            raise ValidationError(
                say(
                    "{ref} is the latest meeting of {cluster} that is not cancelled: plan the next meeting first, "
                    "then move the item to it.",
                    "{ref} é a última reunião de {cluster} que não está cancelada: marque primeiro a próxima reunião "
                    "e depois passe o ponto para ela.",
                    ref=here.ref,
                    cluster=in_language(cluster.name, cluster.name_pt) if cluster else "",
                )
            )
        editable(there)
        moved = Moved(item.id, here.ref, item.position, there.ref, (), (), ())
        raised = list(session.scalars(select(Action).where(Action.agenda_item_id == item.id).order_by(Action.id)))
        going = tuple(action.id for action in raised if action.status in OPEN_STATUSES)
        staying = tuple(action.id for action in raised if action.status not in OPEN_STATUSES)
        attachments = _attachments_of(session, item.id)
        place_item(there, item, before_the_closing_items(there))
        if going:
            session.execute(update(Action).where(Action.id.in_(going)).values(meeting_id=there.id))
        if staying:
            session.execute(update(Action).where(Action.id.in_(staying)).values(agenda_item_id=None))
        if attachments:
            session.execute(update(Attachment).where(Attachment.id.in_(attachments)).values(meeting_id=there.id))
        session.flush()
        return replace(moved, actions=going, left_behind=staying, attachments=attachments)


def move_back(db: Database, moved: Moved) -> None:
    """Undo ``move_to_next``: the item back at its place in the meeting it came from, its open actions raised there
    again, the closed ones under it again, its attachments back with it."""
    with db.write() as session:
        item = item_to_change(session, moved.item_id)
        home = editable(meeting_by_ref(session, moved.from_ref))
        if item.meeting.ref != moved.to_ref:
            raise ValidationError(
                say(
                    "Item “{title}” is no longer on the agenda of {ref}, so it cannot be moved back from there.",
                    "O ponto «{title}» já não está na ordem de trabalhos de {ref}, pelo que não pode voltar de lá.",
                    title=item.title,
                    ref=moved.to_ref,
                )
            )
        place_item(home, item, moved.position)
        if moved.actions:
            session.execute(
                update(Action)
                .where(Action.id.in_(moved.actions), Action.agenda_item_id == item.id)
                .values(meeting_id=home.id)
            )
        if moved.left_behind:
            session.execute(
                update(Action)
                .where(Action.id.in_(moved.left_behind), Action.meeting_id == home.id, Action.agenda_item_id.is_(None))
                .values(agenda_item_id=item.id)
            )
        if moved.attachments:
            session.execute(
                update(Attachment)
                .where(Attachment.id.in_(moved.attachments), Attachment.agenda_item_id == item.id)
                .values(meeting_id=home.id)
            )
        session.flush()


def duplicate(db: Database, item_id: int) -> int:
    """A copy of the item right after it, with the same title, presenter, planned time and minutes; its decisions,
    actions and attachments stay with the item. Returns the copy's id (undo: ``agenda.remove_item``)."""
    with db.write() as session:
        item = item_to_change(session, item_id)
        copy = AgendaItem(
            title=item.title,
            presenter=item.presenter,
            planned_minutes=item.planned_minutes,
            minutes=item.minutes,
            position=0,
        )
        place_item(item.meeting, copy, item.position + 1)
        session.flush()
        return copy.id
