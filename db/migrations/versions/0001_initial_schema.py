"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 13:05:48.324434
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "goal",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_pt", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_goal")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "government",
                "agency",
                "cluster management entity",
                "company",
                "academia",
                "association",
                "other",
                name="organisationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    op.create_table(
        "output_type",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_pt", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_output_type")),
    )
    op.create_table(
        "ref_counter",
        sa.Column("prefix", sa.String(length=40), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", name=op.f("pk_ref_counter")),
    )
    op.create_table(
        "cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_pt", sa.String(length=200), nullable=False),
        sa.Column("management_entity_id", sa.Integer(), nullable=True),
        sa.Column("pact_signed", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["management_entity_id"],
            ["organisation.id"],
            name=op.f("fk_cluster_management_entity_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster")),
        sa.UniqueConstraint("code", name=op.f("uq_cluster_code")),
        sa.UniqueConstraint("name", name=op.f("uq_cluster_name")),
        sa.UniqueConstraint("number", name=op.f("uq_cluster_number")),
    )
    op.create_table(
        "committee_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "code",
            sa.Enum("chair", "a", "b", "c", "d", "e", "f", "g", "h", name="seatcode", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_pt", sa.String(length=300), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_committee_seat_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_seat")),
        sa.UniqueConstraint("code", name=op.f("uq_committee_seat_code")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("email", name=op.f("uq_person_email")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=24), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "monitoring",
                "working group",
                "b2b",
                "conference",
                "workshop",
                "other",
                name="meetingkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("online_link", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum("planned", "held", "cancelled", name="meetingstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "minutes_status",
            sa.Enum("draft", "circulated", "approved", name="minutesstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("minutes_approved_on", sa.Date(), nullable=True),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("secretary_id", sa.Integer(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["person.id"], name=op.f("fk_meeting_chair_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["cluster.id"], name=op.f("fk_meeting_cluster_id_cluster"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["secretary_id"], ["person.id"], name=op.f("fk_meeting_secretary_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("ref", name=op.f("uq_meeting_ref")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_cluster_starts", ["cluster_id", "starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "output",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=24), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("output_type_number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("planned", "in progress", "achieved", "dropped", name="outputstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["cluster.id"], name=op.f("fk_output_cluster_id_cluster"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["output_type_number"], ["output_type.number"], name=op.f("fk_output_output_type_number_output_type")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_output")),
        sa.UniqueConstraint("ref", name=op.f("uq_output_ref")),
    )
    with op.batch_alter_table("output", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_output_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_output_output_type_number"), ["output_type_number"], unique=False)

    op.create_table(
        "seat_holder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seat_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_seat_holder_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["seat_id"], ["committee_seat.id"], name=op.f("fk_seat_holder_seat_id_committee_seat"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat_holder")),
    )
    with op.batch_alter_table("seat_holder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seat_holder_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_seat_holder_seat_id"), ["seat_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("presenter", sa.String(length=200), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("standing", sa.Boolean(), nullable=False),
        sa.Column("matters_arising", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index("ix_agenda_item_meeting_position", ["meeting_id", "position"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("present", "remote", "apologies", "absent", name="attendancestatus", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("guest", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_attendance_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_attendance_meeting_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    op.create_table(
        "output_goal",
        sa.Column("output_id", sa.Integer(), nullable=False),
        sa.Column("goal_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["goal_number"], ["goal.number"], name=op.f("fk_output_goal_goal_number_goal")),
        sa.ForeignKeyConstraint(
            ["output_id"], ["output.id"], name=op.f("fk_output_goal_output_id_output"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("output_id", "goal_number", name=op.f("pk_output_goal")),
    )
    op.create_table(
        "output_meeting",
        sa.Column("output_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_output_meeting_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["output_id"], ["output.id"], name=op.f("fk_output_meeting_output_id_output"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("output_id", "meeting_id", name=op.f("pk_output_meeting")),
    )
    with op.batch_alter_table("output_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_output_meeting_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=24), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("owner_organisation_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "in progress", "done", "dropped", name="actionstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_meeting_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_action_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["closed_meeting_id"], ["meeting.id"], name=op.f("fk_action_closed_meeting_id_meeting"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["cluster.id"], name=op.f("fk_action_cluster_id_cluster"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_action_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_action_owner_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"], ["person.id"], name=op.f("fk_action_owner_person_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
        sa.UniqueConstraint("ref", name=op.f("uq_action_ref")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_closed_meeting_id"), ["closed_meeting_id"], unique=False)
        batch_op.create_index("ix_action_cluster_status", ["cluster_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_owner_organisation_id"), ["owner_organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_owner_person_id"), ["owner_person_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index("ix_decision_item_position", ["agenda_item_id", "position"], unique=False)

    op.create_table(
        "action_goal",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("goal_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_action_goal_action_id_action"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["goal_number"], ["goal.number"], name=op.f("fk_action_goal_goal_number_goal")),
        sa.PrimaryKeyConstraint("action_id", "goal_number", name=op.f("pk_action_goal")),
    )
    op.create_table(
        "action_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "in progress", "done", "dropped", name="actionstatus", native_enum=False, length=32),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_action_update_action_id_action"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["person.id"], name=op.f("fk_action_update_author_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_action_update_meeting_id_meeting"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_update")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_update_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_update_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_update_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_update_action_id"))

    op.drop_table("action_update")
    op.drop_table("action_goal")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index("ix_decision_item_position")

    op.drop_table("decision")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_owner_person_id"))
        batch_op.drop_index(batch_op.f("ix_action_owner_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_action_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_due_on"))
        batch_op.drop_index("ix_action_cluster_status")
        batch_op.drop_index(batch_op.f("ix_action_closed_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_agenda_item_id"))

    op.drop_table("action")
    with op.batch_alter_table("output_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_output_meeting_meeting_id"))

    op.drop_table("output_meeting")
    op.drop_table("output_goal")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_organisation_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_item_meeting_position")

    op.drop_table("agenda_item")
    with op.batch_alter_table("seat_holder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seat_holder_seat_id"))
        batch_op.drop_index(batch_op.f("ix_seat_holder_person_id"))

    op.drop_table("seat_holder")
    with op.batch_alter_table("output", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_output_output_type_number"))
        batch_op.drop_index(batch_op.f("ix_output_cluster_id"))

    op.drop_table("output")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index("ix_meeting_cluster_starts")

    op.drop_table("meeting")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_person_name"))

    op.drop_table("person")
    op.drop_table("committee_seat")
    op.drop_table("cluster")
    op.drop_table("ref_counter")
    op.drop_table("output_type")
    op.drop_table("organisation")
    op.drop_table("goal")
