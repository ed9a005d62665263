"""A cluster's backlog, and agenda items parked, pulled, moved to the next meeting and duplicated, each undone: on a
file and on a server. An item's actions follow the rules (open ones move along, closed ones stay with the meeting
that raised them), files kept with it are never lost, and what may not change is refused with a sentence that
says what to do, leaving everything as it was."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest
from sqlalchemy import select

from pactdesk.domain.enums import ActionStatus, MeetingStatus, MinutesStatus
from pactdesk.domain.errors import LockedError, NotFoundError, ValidationError
from pactdesk.domain.language import set_display_language
from pactdesk.domain.models import Action, Attachment, BacklogItem, Blob, Meeting
from pactdesk.services import actions, agenda, audit, backlog, carry_over, documents, meetings, planning
from pactdesk.services.agenda import AgendaItemRow
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.store.database import Database
from tests.snapshots import everything


@dataclass(frozen=True)
class Cluster:
    first: str  # held, with an agenda
    cancelled: str
    second: str  # planned, made from the first
    training: int  # an item of the first meeting, with minutes, two actions and an attachment
    funding: int  # another item of the first meeting


@pytest.fixture
def cluster(database: Database) -> Cluster:
    first = meetings.create_meeting(
        database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00", status=MeetingStatus.HELD
    )
    agenda.add_agenda_item(database, first, "Approval of the previous minutes", planned_minutes=5)
    agenda.add_agenda_item(database, first, "Matters arising", planned_minutes=15, matters_arising=True)
    training = agenda.add_agenda_item(
        database, first, "Training <b>&</b> =1+1", presenter="Ana Sousa", planned_minutes=30, minutes="Two courses."
    )
    funding = agenda.add_agenda_item(database, first, "Funding", planned_minutes=20)
    actions.create_action(database, "Draft the training plan", meeting_ref=first, agenda_item_id=training)
    actions.create_action(
        database, "Book the room", meeting_ref=first, agenda_item_id=training, status=ActionStatus.DONE
    )
    actions.create_action(database, "Ask the agency", meeting_ref=first, agenda_item_id=funding)
    cancelled = meetings.create_meeting(
        database, "AEC", title="Cancelled", starts_at="2025-04-07 10:00", status=MeetingStatus.CANCELLED
    )
    second = planning.new_meeting(database, "AEC", starts_at="2025-05-05 10:00")
    with database.write() as session:
        session.add(Blob(sha256="a" * 64, size=3, content=b"pdf"))
        session.flush()
        session.add(
            Attachment(
                meeting_id=meeting_by_ref(session, first).id,
                agenda_item_id=training,
                name="slides.pdf",
                size=3,
                sha256="a" * 64,
            )
        )
    return Cluster(first, cancelled, second, training, funding)


def items(database: Database, ref: str) -> list[AgendaItemRow]:
    """The meeting's items as a person reads them (without who saved them last, and how many times)."""
    return [replace(item, stamp=None) for item in agenda.agenda(database, ref)]


def titles(database: Database, ref: str) -> list[tuple[int, str]]:
    return [(item.position, item.title) for item in agenda.agenda(database, ref)]


def action_places(database: Database) -> dict[str, tuple[str | None, int | None]]:
    """Each action's meeting (its reference) and item (its id)."""
    with database.read() as session:
        return {
            action.ref: (action.meeting.ref if action.meeting else None, action.agenda_item_id)
            for action in session.scalars(select(Action))
        }


def attachment_places(database: Database) -> list[tuple[str, int | None]]:
    """Each attachment's meeting (its reference) and item (its id)."""
    with database.read() as session:
        query = select(Meeting.ref, Attachment.agenda_item_id).join(Meeting, Meeting.id == Attachment.meeting_id)
        return [(ref, item_id) for ref, item_id in session.execute(query)]


# -- topics added and removed --------------------------------------------------------------------------------------


def test_a_topic_added_from_anywhere_is_listed_with_who_and_when(database: Database) -> None:
    database.author = "Rita Lopes"
    first = backlog.add_topic(database, "aec", "Digital product passport", presenter="Rui", planned_minutes="25")
    second = backlog.add_topic(database, "AEC", "Calls for 2026", minutes="- open calls\n- <b>&</b> =1+1")
    backlog.add_topic(database, "HCP", "Another cluster's topic")
    rows = backlog.backlog(database, "AEC")
    assert [row.id for row in rows] == [first, second]
    assert (rows[0].title, rows[0].presenter, rows[0].planned_minutes, rows[0].from_meeting) == (
        "Digital product passport",
        "Rui",
        25,
        None,
    )
    assert rows[1].minutes == "- open calls\n- <b>&</b> =1+1"
    assert rows[0].created_at.date() == date.today()
    assert rows[0].created_by in ("Rita Lopes", database.engine.url.username)  # a name on a file, a login on a server


@pytest.mark.parametrize(
    ("title", "planned", "sentence"),
    [
        ("  ", 0, "cannot be empty"),
        ("x" * 301, 0, "too long"),
        ("Calls", "ten", "whole number"),
        ("Calls", 2000, "between 0 and 1440"),
    ],
)
def test_a_topic_with_a_bad_value_is_refused_and_nothing_is_written(
    database: Database, title: str, planned: object, sentence: str
) -> None:
    before = everything(database)
    with pytest.raises(ValidationError, match=sentence):
        backlog.add_topic(database, "AEC", title, planned_minutes=planned)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        backlog.add_topic(database, "XYZ", "Calls")
    assert everything(database) == before


def test_a_topic_removed_comes_back_under_its_id(database: Database) -> None:
    topic = backlog.add_topic(database, "AEC", "Calls for 2026", presenter="Rui")
    before = backlog.backlog(database, "AEC")
    removed = backlog.remove_topic(database, topic)
    assert backlog.backlog(database, "AEC") == []
    with pytest.raises(NotFoundError, match="no longer in the backlog"):
        backlog.remove_topic(database, topic)
    assert backlog.restore_topic(database, removed) == topic
    assert backlog.backlog(database, "AEC") == before


# -- parking and pulling -------------------------------------------------------------------------------------------


def test_parking_takes_the_item_to_the_backlog_with_its_minutes_and_undo_brings_it_back(
    database: Database, cluster: Cluster
) -> None:
    before_items = items(database, cluster.first)
    before_actions = action_places(database)
    parked = backlog.park(database, cluster.training)

    assert titles(database, cluster.first) == [
        (1, "Approval of the previous minutes"),
        (2, "Matters arising"),
        (3, "Funding"),
    ]
    [topic] = backlog.backlog(database, "AEC")
    assert topic.id == parked.backlog_id and topic.from_meeting == cluster.first
    assert (topic.title, topic.presenter, topic.planned_minutes, topic.minutes) == (
        "Training <b>&</b> =1+1",
        "Ana Sousa",
        30,
        "Two courses.",
    )
    places = action_places(database)
    assert places["AEC-A0001"] == places["AEC-A0002"] == (cluster.first, None), "the actions stay with the meeting"
    assert attachment_places(database) == [(cluster.first, None)], "the file stays with the meeting"

    assert backlog.unpark(database, parked) == cluster.training
    assert items(database, cluster.first) == before_items
    assert action_places(database) == before_actions
    assert attachment_places(database) == [(cluster.first, cluster.training)]
    assert backlog.backlog(database, "AEC") == []

    again = backlog.park(database, cluster.training, backlog_id=parked.backlog_id)  # a redo: the same topic
    assert [row.id for row in backlog.backlog(database, "AEC")] == [parked.backlog_id] == [again.backlog_id]


def test_an_item_with_decisions_or_of_every_meetings_frame_is_not_parked(database: Database, cluster: Cluster) -> None:
    agenda.add_decision(database, cluster.training, "Run two courses.")
    first_items = agenda.agenda(database, cluster.first)
    before = everything(database)
    with pytest.raises(ValidationError, match="has decisions, so it was dealt with at this meeting: to park it"):
        backlog.park(database, cluster.training)
    for frame in first_items[:2]:
        with pytest.raises(ValidationError, match="one of the items every meeting starts with"):
            backlog.park(database, frame.id)
    approval = agenda.agenda(database, cluster.second)[0]
    with pytest.raises(ValidationError, match="one of the items every meeting starts with"):
        backlog.park(database, approval.id)
    with pytest.raises(NotFoundError, match="no longer exists"):
        backlog.park(database, 999_999)
    assert everything(database) == before


def test_pulling_puts_the_topic_on_a_planned_agenda_and_undo_puts_it_back(database: Database, cluster: Cluster) -> None:
    topic = backlog.add_topic(database, "AEC", "Calls for 2026", presenter="Rui", planned_minutes=25, minutes="Open.")
    row = backlog.backlog(database, "AEC")[0]
    pulled = backlog.pull(database, topic, cluster.second, position=2)
    assert pulled.position == 2 and pulled.meeting_ref == cluster.second
    assert titles(database, cluster.second) == [
        (1, "Approval of the previous minutes"),
        (2, "Calls for 2026"),
        (3, "Matters arising"),
    ]
    item = agenda.agenda(database, cluster.second)[1]
    assert (item.id, item.presenter, item.planned_minutes, item.minutes) == (pulled.item_id, "Rui", 25, "Open.")
    assert backlog.backlog(database, "AEC") == []

    agenda.set_item_field(database, item.id, "minutes", "Open, and typed at the meeting.")
    assert backlog.unpull(database, pulled) == topic
    assert titles(database, cluster.second) == [(1, "Approval of the previous minutes"), (2, "Matters arising")]
    [back] = backlog.backlog(database, "AEC")
    assert back == replace(row, minutes="Open, and typed at the meeting."), "nothing typed is lost"

    again = backlog.pull(database, topic, cluster.second, position=2, item_id=pulled.item_id)  # a redo
    assert again.item_id == pulled.item_id and titles(database, cluster.second)[1] == (2, "Calls for 2026")
    last = backlog.add_topic(database, "AEC", "Any other business")
    assert backlog.pull(database, last, cluster.second).position == 4, "last by default"


def test_undoing_a_pull_is_refused_once_the_item_has_decisions(database: Database, cluster: Cluster) -> None:
    topic = backlog.add_topic(database, "AEC", "Matters arising")  # a topic may be called anything
    pulled = backlog.pull(database, topic, cluster.second)
    agenda.add_decision(database, pulled.item_id, "Follow the calls.")
    before = everything(database)
    with pytest.raises(ValidationError, match="has decisions, so it was dealt with at this meeting"):
        backlog.unpull(database, pulled)
    assert everything(database) == before
    agenda.remove_decision(database, agenda.agenda(database, cluster.second)[-1].decisions[0].id)
    assert backlog.unpull(database, pulled) == topic
    assert [row.title for row in backlog.backlog(database, "AEC")] == ["Matters arising"]


def test_a_parked_item_is_pulled_into_the_next_meeting_with_its_minutes(database: Database, cluster: Cluster) -> None:
    parked = backlog.park(database, cluster.training)
    pulled = backlog.pull(database, parked.backlog_id, cluster.second)
    item = agenda.agenda(database, cluster.second)[-1]
    assert (item.id, item.title, item.minutes) == (pulled.item_id, "Training <b>&</b> =1+1", "Two courses.")
    assert item.id != cluster.training
    with pytest.raises(NotFoundError, match="no longer in the backlog"):
        backlog.unpark(database, parked)  # pulled since: the item stays where it is now
    assert titles(database, cluster.second)[-1] == (3, "Training <b>&</b> =1+1")


def test_a_topic_goes_only_to_a_planned_meeting_of_its_cluster(database: Database, cluster: Cluster) -> None:
    topic = backlog.add_topic(database, "AEC", "Calls for 2026")
    other = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-05-05 10:00")
    before = everything(database)
    with pytest.raises(ValidationError, match=f"{cluster.first} was held already.*plan the next meeting first"):
        backlog.pull(database, topic, cluster.first)
    with pytest.raises(ValidationError, match=f"{cluster.cancelled} was cancelled"):
        backlog.pull(database, topic, cluster.cancelled)
    with pytest.raises(ValidationError, match=f"backlog of AEC, and {other} is another cluster's meeting"):
        backlog.pull(database, topic, other)
    with pytest.raises(NotFoundError, match="no meeting with the reference"):
        backlog.pull(database, topic, "AEC-1999-01")
    with pytest.raises(NotFoundError, match="no longer in the backlog"):
        backlog.pull(database, topic + 1, cluster.second)
    assert everything(database) == before


# -- moving to the next meeting -------------------------------------------------------------------------------------


def test_moving_takes_the_item_and_its_open_actions_to_the_next_meeting(database: Database, cluster: Cluster) -> None:
    before = everything(database)
    assert carry_over.matters_arising(database, cluster.second)  # the open actions of the first meeting arise
    moved = backlog.move_to_next(database, cluster.training)

    assert moved.to_ref == cluster.second, "the cancelled meeting between them is passed over"
    assert titles(database, cluster.first) == [
        (1, "Approval of the previous minutes"),
        (2, "Matters arising"),
        (3, "Funding"),
    ]
    item = agenda.agenda(database, cluster.second)[-1]
    assert (item.id, item.position, item.title, item.minutes) == (
        cluster.training,
        3,
        "Training <b>&</b> =1+1",
        "Two courses.",
    )
    places = action_places(database)
    assert places["AEC-A0001"] == (cluster.second, cluster.training), "the open action moved along"
    assert places["AEC-A0002"] == (cluster.first, None), "the closed one stays with the meeting that raised it"
    assert places["AEC-A0003"] == (cluster.first, cluster.funding)
    assert attachment_places(database) == [(cluster.second, cluster.training)]
    assert [m.action.ref for m in carry_over.matters_arising(database, cluster.second)] == ["AEC-A0003"]
    with database.read() as session:
        shown, loose = documents.agenda_at(session, meeting_by_ref(session, cluster.second))
        assert [line.ref for line in shown[-1].actions] == ["AEC-A0001"], "the next minutes show it under the item"
        shown, loose = documents.agenda_at(session, meeting_by_ref(session, cluster.first))
        assert [line.ref for line in loose] == ["AEC-A0002"]

    backlog.move_back(database, moved)
    assert everything(database) == before


def test_moving_is_refused_without_a_next_meeting_or_with_approved_minutes(
    database: Database, cluster: Cluster
) -> None:
    later = agenda.add_agenda_item(database, cluster.second, "Roadmap")
    agenda.add_decision(database, cluster.funding, "Apply in May.")
    before = everything(database)
    with pytest.raises(ValidationError, match=f"{cluster.second} is the latest meeting of .* plan the next meeting"):
        backlog.move_to_next(database, later)
    with pytest.raises(ValidationError, match=r"has decisions.*to move it, remove its decisions first"):
        backlog.move_to_next(database, cluster.funding)
    with pytest.raises(ValidationError, match="one of the items every meeting starts with"):
        backlog.move_to_next(database, agenda.agenda(database, cluster.first)[1].id)
    assert everything(database) == before

    meetings.set_minutes_status(database, cluster.second, MinutesStatus.APPROVED, date(2025, 5, 20))
    with pytest.raises(LockedError, match=f"minutes of {cluster.second} are approved"):
        backlog.move_to_next(database, cluster.training)  # the next meeting's are
    meetings.set_minutes_status(database, cluster.first, MinutesStatus.APPROVED, date(2025, 3, 20))
    locked = everything(database)
    for change in (
        lambda: backlog.move_to_next(database, cluster.training),
        lambda: backlog.park(database, cluster.training),
        lambda: backlog.duplicate(database, cluster.training),
    ):
        with pytest.raises(LockedError, match=f"minutes of {cluster.first} are approved"):
            change()
    assert everything(database) == locked


def test_moving_back_is_refused_once_the_item_has_moved_on(database: Database, cluster: Cluster) -> None:
    moved = backlog.move_to_next(database, cluster.training)
    third = planning.new_meeting(database, "AEC", starts_at="2025-07-07 10:00")
    backlog.move_to_next(database, cluster.training)
    with pytest.raises(ValidationError, match=f"no longer on the agenda of {cluster.second}"):
        backlog.move_back(database, moved)
    assert agenda.agenda(database, third)[-1].id == cluster.training


# -- duplicating -----------------------------------------------------------------------------------------------------


def test_a_duplicate_follows_the_item_without_its_decisions_actions_or_files(
    database: Database, cluster: Cluster
) -> None:
    agenda.add_decision(database, cluster.training, "Run two courses.")
    copy = backlog.duplicate(database, cluster.training)
    assert titles(database, cluster.first)[2:] == [
        (3, "Training <b>&</b> =1+1"),
        (4, "Training <b>&</b> =1+1"),
        (5, "Funding"),
    ]
    original, duplicate = agenda.agenda(database, cluster.first)[2:4]
    assert duplicate.id == copy and duplicate.decisions == () and len(original.decisions) == 1
    assert (duplicate.presenter, duplicate.planned_minutes, duplicate.minutes) == ("Ana Sousa", 30, "Two courses.")
    assert not duplicate.standing and not duplicate.matters_arising
    assert {item for _, item in action_places(database).values()} == {cluster.training, cluster.funding}
    assert attachment_places(database) == [(cluster.first, cluster.training)]

    frame = agenda.agenda(database, cluster.first)[1]
    arising_copy = backlog.duplicate(database, frame.id)
    assert not next(i for i in agenda.agenda(database, cluster.first) if i.id == arising_copy).matters_arising

    removed = agenda.remove_item(database, copy)  # its undo, and its redo
    assert [t for _, t in titles(database, cluster.first)].count("Training <b>&</b> =1+1") == 1
    assert agenda.restore_item(database, removed) == copy


# -- the record --------------------------------------------------------------------------------------------------------


def test_every_change_is_in_the_audit_log_and_the_chain_holds(database: Database, cluster: Cluster) -> None:
    parked = backlog.park(database, cluster.funding)
    backlog.pull(database, parked.backlog_id, cluster.second)
    topic = backlog.add_topic(database, "AEC", "Calls")
    backlog.remove_topic(database, topic)
    backlog.move_to_next(database, cluster.training)
    logged = [(entry.action, entry.table_name) for entry in audit.entries(database)]
    assert logged.count(("insert", "backlog_item")) == 2 and logged.count(("delete", "backlog_item")) == 2
    assert audit.verify(database).broken is None


def test_the_refusals_are_said_in_portuguese(database: Database, cluster: Cluster) -> None:
    agenda.add_decision(database, cluster.training, "Dar dois cursos.")
    topic = backlog.add_topic(database, "AEC", "Avisos de 2026")
    set_display_language("pt")
    with pytest.raises(ValidationError, match="tem deliberações, pelo que foi tratado nesta reunião: para o pôr em"):
        backlog.park(database, cluster.training)
    with pytest.raises(ValidationError, match=f"{cluster.first} já se realizou"):
        backlog.pull(database, topic, cluster.first)
    last = agenda.add_agenda_item(database, cluster.second, "Roteiro")
    with pytest.raises(ValidationError, match="marque primeiro a próxima reunião e depois passe o ponto para ela"):
        backlog.move_to_next(database, last)
    backlog.remove_topic(database, topic)
    with pytest.raises(NotFoundError, match="já não está entre os temas em espera"):
        backlog.remove_topic(database, topic)
    assert database.engine.dialect.name  # the same sentences on both backends
    with database.read() as session:
        assert session.scalar(select(BacklogItem.id)) is None


def test_an_item_brought_in_goes_before_the_standing_items_that_close_the_agenda(
    database: Database, cluster: Cluster
) -> None:
    """ "Any other business", carried from meeting to meeting, stays last: a topic pulled in, or an item moved to the
    meeting, goes before it; a place asked for is kept, and undo and redo put things back where they were."""
    agenda.add_agenda_item(database, cluster.second, "Any other business", standing=True)
    agenda.add_agenda_item(database, cluster.second, "Date of the next meeting", standing=True)
    topic = backlog.add_topic(database, "AEC", "Export fairs")
    pulled = backlog.pull(database, topic, cluster.second)
    assert [title for _, title in titles(database, cluster.second)][-3:] == [
        "Export fairs",
        "Any other business",
        "Date of the next meeting",
    ]
    assert pulled.position == len(titles(database, cluster.second)) - 2
    moved = backlog.move_to_next(database, cluster.funding)
    assert [title for _, title in titles(database, cluster.second)][-4:] == [
        "Export fairs",
        "Funding",
        "Any other business",
        "Date of the next meeting",
    ]
    backlog.move_back(database, moved)
    assert "Funding" in [title for _, title in titles(database, cluster.first)]
    backlog.unpull(database, pulled)
    again = backlog.pull(database, topic, cluster.second, 1)
    assert titles(database, cluster.second)[0] == (1, "Export fairs") and again.position == 1
