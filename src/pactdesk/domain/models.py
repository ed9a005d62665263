"""The committee's records as SQLAlchemy 2 typed models. Portable SQL only: nothing here is SQLite-specific."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from pactdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OrganisationKind,
    OutputStatus,
    SeatCode,
)

# Stable constraint names let migrations alter tables on every database, SQLite included.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Ids of removed meetings (and what hangs from them) are never handed out again, so undo can put them back.
# The option only means something to SQLite; other databases never reuse ids anyway.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _enum(kind: type[enum.Enum]) -> Enum:
    return Enum(
        kind,
        native_enum=False,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """A record people edit, perhaps two of them at once: who made it, who changed it last and when, and a version
    that counts its saves. SQLAlchemy checks the version on every update (``version_id_col``), and the services
    refuse a change made to a version older than the one stored (``domain.errors.ConflictError``).

    The authors are stamped on every write: by the server from its ``current_user`` in team mode (a trigger, so a
    client cannot type or fake them), by PactDesk from the name in the settings on a laptop's file."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Written by the server in team mode: the ORM reads back what it wrote (eager_defaults) instead of sending any.
    created_by: Mapped[str] = mapped_column(String(200), server_default="", server_onupdate=FetchedValue())
    updated_by: Mapped[str] = mapped_column(String(200), server_default="", server_onupdate=FetchedValue())
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, server_onupdate=FetchedValue())

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version, "eager_defaults": True}  # type: ignore[attr-defined]


action_goal = Table(
    "action_goal",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("goal_number", ForeignKey("goal.number"), primary_key=True),
)

output_goal = Table(
    "output_goal",
    Base.metadata,
    Column("output_id", ForeignKey("output.id", ondelete="CASCADE"), primary_key=True),
    Column("goal_number", ForeignKey("goal.number"), primary_key=True),
)

output_meeting = Table(
    "output_meeting",
    Base.metadata,
    Column("output_id", ForeignKey("output.id", ondelete="CASCADE"), primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True, index=True),
)


# The people of a team database by login, and the names the team knows them by (``pactdesk user add``; migration
# 0006). A laptop's file has none: its records are stamped with names already.
team_member = Table(
    "team_member",
    Base.metadata,
    Column("login", String(63), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), CheckConstraint("role IN ('secretary', 'reader')", name="role"), nullable=False),
)


class Goal(Base):
    """One of the pacts' nine goals."""

    __tablename__ = "goal"

    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(300))
    name_pt: Mapped[str] = mapped_column(String(300))


class ImplementationMode(Base):
    """One of the four ways the pacts are carried out (mobilization of various actors, collaborative dynamics, …)."""

    __tablename__ = "implementation_mode"

    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(300))
    name_pt: Mapped[str] = mapped_column(String(300))


class OutputType(Base):
    """One of the seventeen kinds of output the committee tracks."""

    __tablename__ = "output_type"

    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(300))
    name_pt: Mapped[str] = mapped_column(String(300))


class Organisation(Tracked, Base):
    """A ministry cabinet, agency, cluster management entity, company… ``name`` is the one name a user types and
    the name import matches on; the catalogue's own organisations also have ``name_pt``, their official Portuguese
    name (empty for every other: ``name`` then stands in both languages)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_pt: Mapped[str] = mapped_column(String(200), default="", server_default="")
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[OrganisationKind] = mapped_column(_enum(OrganisationKind), default=OrganisationKind.OTHER)
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Cluster(Tracked, Base):
    """A recognised competitiveness cluster; ``number`` is its place in the official list (1–18)."""

    __tablename__ = "cluster"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_pt: Mapped[str] = mapped_column(String(200), default="")
    management_entity_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    pact_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    email: Mapped[str | None] = mapped_column(String(200))

    management_entity: Mapped[Organisation | None] = relationship()
    meetings: Mapped[list[Meeting]] = relationship(back_populates="cluster")


class Person(Tracked, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(200), unique=True)
    phone: Mapped[str] = mapped_column(String(60), default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")


class CommitteeSeat(Base):
    """A place on the Monitoring Committee. Seat (c) has no fixed organisation: it is each cluster's entity."""

    __tablename__ = "committee_seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[SeatCode] = mapped_column(_enum(SeatCode), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    title_pt: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))

    organisation: Mapped[Organisation | None] = relationship()
    holders: Mapped[list[SeatHolder]] = relationship(back_populates="seat", cascade="all, delete-orphan")


class SeatHolder(Base):
    """Who held a committee seat, from when and until when (``until`` empty while they still hold it)."""

    __tablename__ = "seat_holder"

    id: Mapped[int] = mapped_column(primary_key=True)
    seat_id: Mapped[int] = mapped_column(ForeignKey("committee_seat.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

    seat: Mapped[CommitteeSeat] = relationship(back_populates="holders")
    person: Mapped[Person] = relationship()


class Meeting(Tracked, Base):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_cluster_starts", "cluster_id", "starts_at"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(24), unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"))
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind), default=MeetingKind.MONITORING)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[MeetingStatus] = mapped_column(_enum(MeetingStatus), default=MeetingStatus.PLANNED)
    minutes_status: Mapped[MinutesStatus] = mapped_column(_enum(MinutesStatus), default=MinutesStatus.DRAFT)
    minutes_approved_on: Mapped[date | None] = mapped_column(Date)
    # The meeting whose "Approval of the previous minutes" approved these minutes (None: approved otherwise).
    minutes_approved_at_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    # How they were approved, in the secretary's words: "approved with corrections", or a written procedure's note.
    minutes_approval_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # The calendar's UID: random, so two laptops never give one UID to two meetings; kept for life.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    cluster: Mapped[Cluster] = relationship(back_populates="meetings")
    minutes_approved_at: Mapped[Meeting | None] = relationship(remote_side=[id], foreign_keys=[minutes_approved_at_id])
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaItem.position",
        foreign_keys="AgendaItem.meeting_id",
    )


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    # Empty until the secretary records it: a new meeting's list starts with nobody marked.
    status: Mapped[AttendanceStatus | None] = mapped_column(_enum(AttendanceStatus))
    guest: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(300), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class AgendaItem(Tracked, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting_position", "meeting_id", "position"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[str] = mapped_column(Text, default="")
    standing: Mapped[bool] = mapped_column(Boolean, default=False)
    # Under this item the meeting goes through the cluster's open actions (read live, never copied).
    matters_arising: Mapped[bool] = mapped_column(Boolean, default=False)
    # "Approval of the previous minutes": the meeting whose minutes this item approves when its decision is recorded.
    approves_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship(back_populates="agenda", foreign_keys=[meeting_id])
    approves_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[approves_meeting_id])
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True, order_by="Decision.position"
    )
    actions: Mapped[list[Action]] = relationship(back_populates="agenda_item", foreign_keys="Action.agenda_item_id")


class Decision(Tracked, Base):
    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_item_position", "agenda_item_id", "position"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # Its number in the register of its cluster's decisions of the year of its meeting ("TEX 2025/07"): given once,
    # when it is recorded, and never given again (services/register.py).
    register_year: Mapped[int | None] = mapped_column(Integer)
    register_number: Mapped[int | None] = mapped_column(Integer)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")


class Action(Tracked, Base):
    """A follow-up task. It belongs to its cluster and stays open across meetings until someone closes it."""

    __tablename__ = "action"
    __table_args__ = (Index("ix_action_cluster_status", "cluster_id", "status"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(24), unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)

    cluster: Mapped[Cluster] = relationship()
    meeting: Mapped[Meeting | None] = relationship(foreign_keys=[meeting_id])
    agenda_item: Mapped[AgendaItem | None] = relationship(back_populates="actions", foreign_keys=[agenda_item_id])
    owner_person: Mapped[Person | None] = relationship()
    owner_organisation: Mapped[Organisation | None] = relationship()
    closed_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[closed_meeting_id])
    goals: Mapped[list[Goal]] = relationship(secondary=action_goal, order_by="Goal.number")
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", cascade="all, delete-orphan", passive_deletes=True, order_by="ActionUpdate.on"
    )


class ActionUpdate(Tracked, Base):
    """A dated progress update on an action: who said what, at which meeting."""

    __tablename__ = "action_update"
    __table_args__ = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[ActionStatus | None] = mapped_column(_enum(ActionStatus))
    # What a revision changed, {field: [before, after]} (title, due date, owner): a renegotiation's record, read
    # back so the minutes of the meeting that raised the action still say what was decided there.
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    action: Mapped[Action] = relationship(back_populates="updates")
    meeting: Mapped[Meeting | None] = relationship()
    author: Mapped[Person | None] = relationship()


class MinutesVersion(Base):
    """The whole meeting as it stood when its minutes changed status (drafted, circulated, approved, reopened): its
    canonical text, that text's SHA-256 fingerprint, the reason given, who and when (services/minutes_versions.py).
    Kept as written: nothing in PactDesk changes a version."""

    __tablename__ = "minutes_version"
    __table_args__ = (UniqueConstraint("meeting_id", "number"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    minutes_status: Mapped[MinutesStatus] = mapped_column(_enum(MinutesStatus))
    reason: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class MinutesDocument(Base):
    """A PDF of one version of the minutes, kept byte for byte: the archived PDF/A of the approved version
    (``kind`` "archived") or a signed copy (``kind`` "signed", signed in PactDesk or elsewhere and attached back).
    Its SHA-256 is how ``pactdesk verify`` recognises a file someone holds."""

    __tablename__ = "minutes_document"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("minutes_version.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), CheckConstraint("kind IN ('archived', 'signed')", name="kind"))
    name: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    signer: Mapped[str] = mapped_column(String(300), default="")  # the signing certificate's subject, when signed
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)

    version: Mapped[MinutesVersion] = relationship()


class AuditEntry(Base):
    """One write to the record, appended and never changed (store/audit.py): who, when, which record, and its
    fields' old and new values as JSON (``payload``). Each entry's ``hash`` covers its own fields, the SHA-256 of
    its payload and the previous entry's hash, so changing or removing any entry breaks the chain after it.
    Erasing a person blanks the payloads that named them (``payload`` NULL) and keeps ``payload_sha256``, so the
    chain still holds without their data."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_table_record", "table_name", "record_id"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(16))  # insert, update, delete, erase
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[int | None] = mapped_column(Integer)
    ref: Mapped[str] = mapped_column(String(40), default="", index=True)  # the record's reference, or its meeting's
    payload: Mapped[str | None] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Output(Tracked, Base):
    """A tracked result of a pact, of one of the seventeen output types, for one cluster."""

    __tablename__ = "output"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(24), unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"), index=True)
    output_type_number: Mapped[int] = mapped_column(ForeignKey("output_type.number"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[OutputStatus] = mapped_column(_enum(OutputStatus), default=OutputStatus.PLANNED)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    evidence: Mapped[str] = mapped_column(Text, default="")

    cluster: Mapped[Cluster] = relationship()
    output_type: Mapped[OutputType] = relationship()
    goals: Mapped[list[Goal]] = relationship(secondary=output_goal, order_by="Goal.number")
    meetings: Mapped[list[Meeting]] = relationship(secondary=output_meeting, order_by="Meeting.starts_at")


class Blob(Base):
    """A file's bytes, kept once whatever how many attachments name it: by their SHA-256 (content-addressed)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    # Last: SQLite writes a row's columns in order, and a large value before others is written twice over.
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """A file kept with a meeting, or with one of its agenda items (a presentation, a report, signed minutes): its
    name, type and size as added, who added it and when; its bytes in ``blob``."""

    __tablename__ = "attachment"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256", ondelete="RESTRICT"), index=True)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    # The words inside the file (exchange/file_text.py), for the search: derived, so not in the audit log; read only
    # when asked for (up to 200,000 characters a file).
    text: Mapped[str] = mapped_column(Text, default="", server_default="", deferred=True)


class BacklogItem(Base):
    """A topic a cluster parked for a later meeting: what an agenda item needs, with the minutes written so far, and
    the meeting it was parked from, if any."""

    __tablename__ = "backlog_item"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[str] = mapped_column(Text, default="")
    from_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class RefCounter(Base):
    """The last serial number given out under a reference prefix (``AEC-2024``, ``AEC-A``, ``AEC-O``)."""

    __tablename__ = "ref_counter"

    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


COUNTED_TABLES: dict[str, type[Base]] = {
    "clusters": Cluster,
    "organisations": Organisation,
    "people": Person,
    "meetings": Meeting,
    "attendance": Attendance,
    "agenda_items": AgendaItem,
    "decisions": Decision,
    "actions": Action,
    "outputs": Output,
}
