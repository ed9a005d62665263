"""Merging duplicate people and organisations, and undoing a merge of people."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pactdesk.domain.enums import AttendanceStatus, OrganisationKind, SeatCode
from pactdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from pactdesk.domain.models import (
    Action,
    ActionUpdate,
    Attendance,
    Cluster,
    CommitteeSeat,
    Meeting,
    Organisation,
    Person,
    SeatHolder,
)
from pactdesk.services import actions, committee, directory, meetings
from pactdesk.services.attendance import set_attendance
from pactdesk.services.directory import OrganisationMerge, PersonMerge
from pactdesk.store.database import Database
from tests.services.directory.saved import SEEDED_ORGANISATIONS, organisation_id, saved_person

# -- merging -----------------------------------------------------------------------------------------------------


def test_merging_people_moves_every_reference_and_deletes_the_duplicate(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    keep = directory.add_person(database, "Ana Sousa", role="Director")
    duplicate = directory.add_person(
        database, "Ana M. Sousa", organisation_id=iapmei, role="Adviser", email="ana@iapmei.pt", phone="+351 91"
    )
    other = directory.add_person(database, "Rui Lopes")
    both = meetings.create_meeting(database, "AEC", title="Both on the list", starts_at="2025-01-10 10:00")
    only_duplicate = meetings.create_meeting(
        database, "AEC", title="Only the duplicate", starts_at="2025-02-10 10:00", chair_id=duplicate
    )
    minuted = meetings.create_meeting(
        database, "HCP", title="Minuted", starts_at="2025-03-10 10:00", secretary_id=duplicate
    )
    set_attendance(database, both, keep, None)
    set_attendance(database, both, duplicate, AttendanceStatus.PRESENT)
    set_attendance(database, both, other, AttendanceStatus.REMOTE)
    set_attendance(database, only_duplicate, duplicate, AttendanceStatus.APOLOGIES)
    owned = actions.create_action(database, "Send the study", meeting_ref=both, owner_person_id=duplicate)
    actions.add_update(database, owned, "Half done.", on="2025-02-10", author_id=duplicate)
    committee.hold_seat(database, SeatCode.D, duplicate, date(2024, 1, 1))

    summary = directory.merge_people(database, keep, duplicate)

    assert summary == PersonMerge(
        kept="Ana Sousa",
        attendance_moved=1,
        attendance_dropped=1,
        actions_moved=1,
        updates_moved=1,
        meetings_moved=2,
        seats_moved=1,
        filled=("organisation_id", "email", "phone"),
    )
    with database.read() as session:
        assert session.get(Person, duplicate) is None
        kept = session.get(Person, keep)
        assert kept is not None
        # Blanks filled from the duplicate; what the kept person had stays.
        assert (kept.name, kept.organisation_id, kept.role, kept.email, kept.phone) == (
            "Ana Sousa",
            iapmei,
            "Director",
            "ana@iapmei.pt",
            "+351 91",
        )
        attendance = {(row.meeting.ref, row.person_id): row.status for row in session.scalars(select(Attendance))}
        # The kept row at the shared meeting stays and takes the status it lacked; the duplicate's is gone.
        assert attendance == {
            (both, keep): AttendanceStatus.PRESENT,
            (both, other): AttendanceStatus.REMOTE,
            (only_duplicate, keep): AttendanceStatus.APOLOGIES,
        }
        assert session.scalar(select(Action.owner_person_id).where(Action.ref == owned)) == keep
        assert session.scalars(select(ActionUpdate.author_id)).all() == [keep]
        assert session.scalar(select(Meeting.chair_id).where(Meeting.ref == only_duplicate)) == keep
        assert session.scalar(select(Meeting.secretary_id).where(Meeting.ref == minuted)) == keep
        assert session.scalars(select(SeatHolder.person_id)).all() == [keep]
        for column in (Attendance.person_id, Action.owner_person_id, Meeting.chair_id, Meeting.secretary_id):
            assert session.scalar(select(func.count()).where(column == duplicate)) == 0
    assert committee.committee_seats(database)[4].holder == "Ana Sousa"


def _everything_about_people(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as session:
        return {
            "people": [
                tuple(row)
                for row in session.execute(
                    select(Person.id, Person.name, Person.organisation_id, Person.role, Person.email, Person.phone)
                )
            ],
            "attendance": [
                tuple(row)
                for row in session.execute(
                    select(
                        Attendance.id,
                        Attendance.meeting_id,
                        Attendance.person_id,
                        Attendance.organisation_id,
                        Attendance.status,
                        Attendance.guest,
                        Attendance.note,
                    ).order_by(Attendance.id)
                )
            ],
            "actions": [tuple(row) for row in session.execute(select(Action.id, Action.owner_person_id))],
            "updates": [tuple(row) for row in session.execute(select(ActionUpdate.id, ActionUpdate.author_id))],
            "meetings": [
                tuple(row) for row in session.execute(select(Meeting.id, Meeting.chair_id, Meeting.secretary_id))
            ],
            "seats": [
                tuple(row)
                for row in session.execute(
                    select(SeatHolder.id, SeatHolder.person_id, SeatHolder.since, SeatHolder.until)
                )
            ],
        }


def test_a_merge_is_undone_with_every_reference_in_one_step(database: Database) -> None:
    iapmei = organisation_id(database, "IAPMEI")
    keep = directory.add_person(database, "Rui Costa", organisation_id=iapmei)
    duplicate = directory.add_person(database, "Rui Costa", role="Adviser", email="rui@x.pt", phone="+351 91")
    both = meetings.create_meeting(database, "AEC", title="Both", starts_at="2025-01-10 10:00")
    chaired = meetings.create_meeting(
        database, "AEC", title="Chaired", starts_at="2025-02-10 10:00", chair_id=duplicate, secretary_id=keep
    )
    set_attendance(database, both, keep, None)
    set_attendance(database, both, duplicate, AttendanceStatus.PRESENT, organisation_id=iapmei)
    set_attendance(database, chaired, duplicate, AttendanceStatus.REMOTE)
    owned = actions.create_action(database, "Send the study", meeting_ref=both, owner_person_id=duplicate)
    actions.add_update(database, owned, "Half done.", on="2025-02-10", author_id=duplicate)
    actions.create_action(database, "Kept's own", meeting_ref=both, owner_person_id=keep)
    committee.hold_seat(database, SeatCode.D, duplicate, date(2024, 1, 1))
    before = _everything_about_people(database)

    merged = directory.merge_people(database, keep, duplicate)
    assert merged.undo is not None
    assert merged.filled == ("role", "email", "phone")
    assert _everything_about_people(database) != before

    directory.unmerge_people(database, merged.undo)
    assert _everything_about_people(database) == before
    assert committee.committee_seats(database)[4].holder == "Rui Costa"

    # Merged again and undone again: the record of the undo is complete each time.
    again = directory.merge_people(database, duplicate, keep)
    assert again.undo is not None
    directory.unmerge_people(database, again.undo)
    assert _everything_about_people(database) == before


def test_a_merge_cannot_be_undone_once_the_kept_person_is_gone_too(database: Database) -> None:
    keep, duplicate = directory.add_person(database, "Ana Sousa"), directory.add_person(database, "Ana M. Sousa")
    merged = directory.merge_people(database, keep, duplicate)
    assert merged.undo is not None
    directory.merge_people(database, directory.add_person(database, "Other"), keep)  # the kept one is gone too
    with pytest.raises(NotFoundError, match="person no longer exists"):
        directory.unmerge_people(database, merged.undo)


def test_a_person_cannot_be_merged_with_themselves_or_with_someone_missing(database: Database) -> None:
    ana = directory.add_person(database, "Ana Sousa")
    with pytest.raises(ValidationError, match="cannot be merged with themselves"):
        directory.merge_people(database, ana, ana)
    with pytest.raises(NotFoundError, match="person no longer exists"):
        directory.merge_people(database, ana, 999_999)
    assert saved_person(database, ana) is not None


def test_merging_organisations_moves_people_attendance_actions_clusters_and_seats(database: Database) -> None:
    keep = directory.add_organisation(database, "Health Cluster Portugal Association", kind=OrganisationKind.OTHER)
    with database.read() as session:
        entity = session.scalar(select(Cluster.management_entity_id).where(Cluster.code == "HCP"))
        assert entity is not None
    ana = directory.add_person(database, "Ana Sousa", organisation_id=entity)
    ref = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-01-10 10:00")
    set_attendance(database, ref, ana, AttendanceStatus.PRESENT)
    directory.add_organisation(database, "Spare", acronym="SP")
    owned = actions.create_action(database, "Map the hospitals", cluster_code="HCP", owner_organisation_id=entity)

    summary = directory.merge_organisations(database, keep, entity)

    assert summary == OrganisationMerge(
        kept="Health Cluster Portugal Association",
        people_moved=1,
        attendance_moved=1,
        actions_moved=1,
        clusters_moved=1,
        seats_moved=0,
        filled=("acronym", "kind"),
    )
    with database.read() as session:
        assert session.get(Organisation, entity) is None
        kept = session.get(Organisation, keep)
        assert kept is not None and (kept.acronym, kept.kind) == ("HCP", OrganisationKind.CLUSTER_ENTITY)
        assert session.scalar(select(Person.organisation_id).where(Person.id == ana)) == keep
        assert session.scalars(select(Attendance.organisation_id)).all() == [keep]
        assert session.scalar(select(Action.owner_organisation_id).where(Action.ref == owned)) == keep
        assert session.scalar(select(Cluster.management_entity_id).where(Cluster.code == "HCP")) == keep

    # A seat moves with its organisation.
    iapmei, copy = organisation_id(database, "IAPMEI"), directory.add_organisation(database, "IAPMEI (new)")
    assert directory.merge_organisations(database, copy, iapmei).seats_moved == 1
    with database.read() as session:
        assert session.scalar(select(CommitteeSeat.organisation_id).where(CommitteeSeat.code == SeatCode.D)) == copy


def test_two_members_of_the_committee_cannot_be_merged(database: Database) -> None:
    iapmei, aicep = organisation_id(database, "IAPMEI"), organisation_id(database, "AICEP")
    with pytest.raises(ConflictError, match=re.escape("different places on the committee (seat (d) and seat (g))")):
        directory.merge_organisations(database, iapmei, aicep)
    with pytest.raises(ValidationError, match="cannot be merged with itself"):
        directory.merge_organisations(database, iapmei, iapmei)
    assert len(directory.list_organisations(database)) == SEEDED_ORGANISATIONS


def test_a_column_and_a_table_added_later_that_refer_to_a_person_move_with_a_merge_and_back_with_undo(
    tmp_path: Path,
) -> None:
    """Run apart, so that the extended schema touches no other test: a new column of ``person``, a new column of
    ``meeting`` that refers to a person and a new table of speakers (one row per person and meeting), none known to
    the services, follow the merge to the person kept and come back as they were on undo."""
    script = textwrap.dedent(
        f"""
        from sqlalchemy import Column, ForeignKey, Integer, String, Table, UniqueConstraint, text
        from pactdesk.domain.models import Base
        from pactdesk.services import directory, meetings, workspace

        Base.metadata.tables["person"].append_column(Column("nickname", String))
        Base.metadata.tables["meeting"].append_column(
            Column("note_taker_id", ForeignKey("person.id", ondelete="SET NULL"))
        )
        Table(
            "speaker", Base.metadata,
            Column("id", Integer, primary_key=True),
            Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
            Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), nullable=False),
            Column("minutes", Integer),
            UniqueConstraint("meeting_id", "person_id"),
        )
        database = workspace.open_workspace(workspace.location({str(tmp_path / "pact.sqlite")!r}))
        with database.write() as session:
            session.execute(text("ALTER TABLE person ADD COLUMN nickname TEXT"))
            session.execute(text(
                "ALTER TABLE meeting ADD COLUMN note_taker_id INTEGER REFERENCES person(id) ON DELETE SET NULL"
            ))
            session.execute(text(
                "CREATE TABLE speaker (id INTEGER PRIMARY KEY, "
                "meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
                "person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE, "
                "minutes INTEGER, UNIQUE (meeting_id, person_id))"
            ))
        keep = directory.add_person(database, "Ana Sousa")
        duplicate = directory.add_person(database, "Ana M. Sousa")
        both = meetings.create_meeting(database, "AEC", title="Both", starts_at="2025-01-10 10:00")
        minuted = meetings.create_meeting(database, "AEC", title="Minuted", starts_at="2025-02-10 10:00")
        with database.write() as session:
            session.execute(text("UPDATE person SET nickname = 'Aninhas' WHERE id = :p"), {{"p": duplicate}})
            session.execute(
                text("UPDATE meeting SET note_taker_id = :p WHERE ref = :m"), {{"p": duplicate, "m": minuted}}
            )
            for ref, person, minutes in ((both, keep, 5), (both, duplicate, 10), (minuted, duplicate, 15)):
                session.execute(
                    text(
                        "INSERT INTO speaker (meeting_id, person_id, minutes) "
                        "SELECT id, :p, :n FROM meeting WHERE ref = :m"
                    ),
                    {{"p": person, "n": minutes, "m": ref}},
                )
        who = {{keep: "kept", duplicate: "duplicate", None: "nobody"}}

        def state():
            with database.read() as session:
                return (
                    session.execute(text("SELECT id, name, nickname FROM person ORDER BY id")).all(),
                    [(title, who[person]) for title, person in session.execute(
                        text("SELECT title, note_taker_id FROM meeting ORDER BY title")
                    )],
                    [(row[0], row[1], who[row[2]], row[3]) for row in session.execute(text(
                        "SELECT speaker.id, title, person_id, minutes FROM speaker "
                        "JOIN meeting ON meeting.id = meeting_id ORDER BY speaker.id"
                    ))],
                )

        before = state()
        merged = directory.merge_people(database, keep, duplicate)
        people, note_takers, speakers = state()
        print([name for _, name, _ in people])
        print(note_takers)
        print([row[1:] for row in speakers])
        directory.unmerge_people(database, merged.undo)
        people, note_takers, speakers = state()
        print(people == before[0], [nickname for _, _, nickname in people])
        print(note_takers)
        print(speakers == before[2], [row[1:] for row in speakers])
        database.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PACTDESK_HOME": str(tmp_path / "home")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:6] == [
        # Merged: the note taker and the speakers point at the person kept; at the meeting both spoke at, the kept
        # row stays and the duplicate's goes.
        "['Ana Sousa']",
        "[('Both', 'nobody'), ('Minuted', 'kept')]",
        "[('Both', 'kept', 5), ('Minuted', 'kept', 15)]",
        # Undone: the duplicate's whole row, its new column too, and every row that pointed at it are back.
        "True [None, 'Aninhas']",
        "[('Both', 'nobody'), ('Minuted', 'duplicate')]",
        "True [('Both', 'kept', 5), ('Both', 'duplicate', 10), ('Minuted', 'duplicate', 15)]",
    ]
