"""``pactdesk backlog list|add|remove|park|pull`` and ``pactdesk item move|duplicate``, on a file and on a server:
each command does what the window's Backlog… and More menu do (services/backlog.py), checked in the database
afterwards, and says it in a sentence; each refusal is one line on stderr, exit 1, the database unchanged."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.engine import make_url

from pactdesk.cli import main
from pactdesk.domain.enums import ActionStatus, MeetingStatus, MinutesStatus
from pactdesk.domain.models import Action, Attachment, Blob, Meeting
from pactdesk.services import actions, agenda, backlog, meetings, planning, workspace
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.pg.server import PostgresServer
from tests.pg.teams import READ_ONLY
from tests.snapshots import everything


@dataclass(frozen=True)
class Where:
    """The database the commands are run on: its options on the command line, and how the test opens it."""

    options: list[str]
    location: Callable[[], DatabaseLocation]

    def open(self, *, readonly: bool = False) -> Database:
        return workspace.open_workspace(self.location(), readonly=readonly)


@pytest.fixture(params=["sqlite", "postgresql"])
def where(request: pytest.FixtureRequest, db_path: Path) -> Where:
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
        return Where(["--database-url", url], lambda: DatabaseLocation.for_url(url))
    return Where(["--db", str(db_path)], lambda: workspace.location(str(db_path)))


@dataclass(frozen=True)
class Cluster:
    first: str  # held: approval, matters arising, 3 training (minutes, an open and a closed action, a file), 4 funding
    cancelled: str
    second: str  # planned, made from the first: approval, matters arising
    approved: str  # held before the first, its minutes approved: one item
    other: str  # HCP's planned meeting, its agenda empty
    training: int
    funding: int


@pytest.fixture
def cluster(where: Where) -> Cluster:
    database = where.open()
    try:
        approved = meetings.create_meeting(
            database, "AEC", title="Monitoring", starts_at="2024-12-02 10:00", status=MeetingStatus.HELD
        )
        agenda.add_agenda_item(database, approved, "Budget")
        meetings.set_minutes_status(database, approved, MinutesStatus.APPROVED, date(2024, 12, 10))
        first = meetings.create_meeting(
            database, "AEC", title="Monitoring", starts_at="2025-03-03 10:00", status=MeetingStatus.HELD
        )
        agenda.add_agenda_item(database, first, "Approval of the previous minutes", planned_minutes=5)
        agenda.add_agenda_item(database, first, "Matters arising", planned_minutes=15, matters_arising=True)
        training = agenda.add_agenda_item(
            database, first, "Training programmes", presenter="Ana Sousa", planned_minutes=30, minutes="Two courses."
        )
        funding = agenda.add_agenda_item(database, first, "Funding", planned_minutes=20)
        actions.create_action(database, "Draft the training plan", meeting_ref=first, agenda_item_id=training)
        actions.create_action(
            database, "Book the room", meeting_ref=first, agenda_item_id=training, status=ActionStatus.DONE
        )
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
        cancelled = meetings.create_meeting(
            database, "AEC", title="Cancelled", starts_at="2025-04-07 10:00", status=MeetingStatus.CANCELLED
        )
        second = planning.new_meeting(database, "AEC", starts_at="2025-05-05 10:00")
        other = meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-05-05 10:00")
    finally:
        database.close()
    return Cluster(first, cancelled, second, approved, other, training, funding)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    said = capsys.readouterr()
    return code, said.out, said.err


@pytest.fixture
def opened(where: Where) -> Iterator[Callable[[], Database]]:
    """The database opened to check it, as a reader beside the commands (a file has one writer at a time)."""
    kept: list[Database] = []

    def open_it() -> Database:
        kept.append(where.open(readonly=True))
        return kept[-1]

    yield open_it
    for database in kept:
        database.close()


def titles(database: Database, ref: str) -> list[tuple[int, str]]:
    return [(item.position, item.title) for item in agenda.agenda(database, ref)]


def places(database: Database) -> dict[str, tuple[str, int | None]]:
    """Each action's meeting (its reference) and item (its id), and the file's, as ``slides.pdf``."""
    with database.read() as session:
        found = {
            action.title: (action.meeting.ref, action.agenda_item_id) for action in session.scalars(select(Action))
        }
        query = select(Meeting.ref, Attachment.agenda_item_id).join(Meeting, Meeting.id == Attachment.meeting_id)
        [(ref, item_id)] = session.execute(query).all()
        found["slides.pdf"] = (ref, item_id)
        return found


# -- the backlog's topics ------------------------------------------------------------------------------------------


def test_topics_are_added_listed_and_removed(
    where: Where, cluster: Cluster, opened: Callable[[], Database], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "backlog", "list", *where.options, "aec")
    assert (code, err) == (0, "")
    assert out == "The backlog of AEC is empty; pactdesk backlog add AEC TITLE adds a topic.\n0 topics.\n"

    code, out, err = run(
        capsys,
        "backlog",
        "add",
        *where.options,
        "aec",
        "Digital product passport",
        "--presenter",
        "Rui Costa",
        "--planned",
        "25",
        "--minutes",
        "- open calls\n- <b>&</b> =1+1",
    )
    assert code == 0, err
    [first] = backlog.backlog(opened(), "AEC")
    assert out == (
        f"“Digital product passport” is topic {first.id} of the backlog of AEC; pactdesk backlog pull {first.id} REF "
        "puts it on a planned meeting's agenda.\n"
    )
    assert (first.title, first.presenter, first.planned_minutes, first.minutes, first.from_meeting) == (
        "Digital product passport",
        "Rui Costa",
        25,
        "- open calls\n- <b>&</b> =1+1",
        None,
    )
    assert run(capsys, "backlog", "add", *where.options, "AEC", "Calls for 2026")[0] == 0
    assert run(capsys, "backlog", "add", *where.options, "HCP", "Another cluster's topic")[0] == 0

    code, out, err = run(capsys, "backlog", "list", *where.options, "AEC")
    assert code == 0, err
    lines = out.splitlines()
    rows = backlog.backlog(opened(), "AEC")
    assert [row.title for row in rows] == ["Digital product passport", "Calls for 2026"], "oldest first"
    assert len(lines) == 3 and lines[-1] == "2 topics."
    assert lines[0].split("  ")[0] == str(first.id) and "  added  " in lines[0] and "25 min" in lines[0]
    assert lines[0].endswith("“Digital product passport” — Rui Costa")
    assert f"{first.created_at:%Y-%m-%d %H:%M}" in lines[0] and first.created_by in lines[0]
    assert lines[1].split()[0] == str(rows[1].id) and lines[1].endswith("-  “Calls for 2026”"), "no planned time"

    code, out, err = run(capsys, "backlog", "list", *where.options, "AEC", "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found[0] == {
        "id": first.id,
        "cluster": "AEC",
        "title": "Digital product passport",
        "presenter": "Rui Costa",
        "planned_minutes": 25,
        "parked_from": None,
        "added_by": first.created_by,
        "added_at": first.created_at.isoformat(),
        "minutes": "- open calls\n- <b>&</b> =1+1",
    }
    assert [topic["title"] for topic in found] == ["Digital product passport", "Calls for 2026"]

    code, out, err = run(capsys, "backlog", "remove", *where.options, str(first.id))
    assert code == 0, err
    assert out == f"Topic {first.id}, “Digital product passport”, removed from the backlog of AEC.\n"
    assert [row.title for row in backlog.backlog(opened(), "AEC")] == ["Calls for 2026"]
    assert run(capsys, "backlog", "list", *where.options, "AEC")[1].splitlines()[-1] == "1 topic."


def test_an_item_parked_goes_to_the_backlog_with_its_minutes_and_is_pulled_into_a_planned_meeting(
    where: Where, cluster: Cluster, opened: Callable[[], Database], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "backlog", "park", *where.options, cluster.first.lower(), "3")
    assert code == 0, err
    database = opened()
    [topic] = backlog.backlog(database, "AEC")
    assert out.splitlines() == [
        f"Item 3 of {cluster.first}, “Training programmes”, is topic {topic.id} of the backlog of AEC now, with its "
        f"minutes so far; pactdesk backlog pull {topic.id} REF puts it on a planned meeting's agenda.",
        f"Its 2 actions and 1 file stay with {cluster.first}, under no item.",
    ]
    assert (topic.title, topic.presenter, topic.planned_minutes, topic.minutes, topic.from_meeting) == (
        "Training programmes",
        "Ana Sousa",
        30,
        "Two courses.",
        cluster.first,
    )
    assert titles(database, cluster.first) == [
        (1, "Approval of the previous minutes"),
        (2, "Matters arising"),
        (3, "Funding"),
    ], "the items after it moved up"
    assert places(database) == {
        "Draft the training plan": (cluster.first, None),
        "Book the room": (cluster.first, None),
        "slides.pdf": (cluster.first, None),
    }, "its actions and file stay with the meeting, under no item"

    code, out, err = run(capsys, "backlog", "pull", *where.options, str(topic.id), cluster.second, "--position", "2")
    assert code == 0, err
    assert (
        out
        == f"Topic {topic.id}, “Training programmes”, is item 2 of {cluster.second} now; it left the backlog of AEC.\n"
    )
    assert titles(database, cluster.second) == [
        (1, "Approval of the previous minutes"),
        (2, "Training programmes"),
        (3, "Matters arising"),
    ]
    pulled = agenda.agenda(database, cluster.second)[1]
    assert (pulled.presenter, pulled.planned_minutes, pulled.minutes) == ("Ana Sousa", 30, "Two courses.")
    assert backlog.backlog(database, "AEC") == []

    # Without --position, or past the end: last.
    for title, position in (("Calls for 2026", None), ("Roadmap", "99")):
        assert run(capsys, "backlog", "add", *where.options, "AEC", title)[0] == 0
        [new] = backlog.backlog(database, "AEC")
        more = ["--position", position] if position else []
        code, out, err = run(capsys, "backlog", "pull", *where.options, str(new.id), cluster.second, *more)
        assert code == 0, err
        assert out.startswith(f"Topic {new.id}, “{title}”, is item {len(titles(database, cluster.second))} of ")
        assert titles(database, cluster.second)[-1][1] == title


def test_an_item_moves_to_the_next_meeting_with_its_open_actions_and_files(
    where: Where, cluster: Cluster, opened: Callable[[], Database], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "item", "move", *where.options, cluster.first, "3")
    assert code == 0, err
    assert out.splitlines() == [
        f"Item 3 of {cluster.first}, “Training programmes”, is item 3 of {cluster.second} now, the next meeting of "
        "AEC.",
        "With it went its 1 open action and 1 file.",
        f"Its 1 closed action stays with {cluster.first}, under no item.",
    ], "the cancelled meeting between them is passed over"
    database = opened()
    assert titles(database, cluster.first) == [
        (1, "Approval of the previous minutes"),
        (2, "Matters arising"),
        (3, "Funding"),
    ]
    assert titles(database, cluster.second)[-1] == (3, "Training programmes")
    assert agenda.agenda(database, cluster.second)[-1].id == cluster.training, "the same item, its minutes with it"
    assert agenda.agenda(database, cluster.second)[-1].minutes == "Two courses."
    assert places(database) == {
        "Draft the training plan": (cluster.second, cluster.training),
        "Book the room": (cluster.first, None),
        "slides.pdf": (cluster.second, cluster.training),
    }

    code, out, err = run(capsys, "item", "move", *where.options, cluster.first, "3")
    assert code == 0, err
    assert out == f"Item 3 of {cluster.first}, “Funding”, is item 4 of {cluster.second} now, the next meeting of AEC.\n"


def test_an_item_is_duplicated_right_after_itself(
    where: Where, cluster: Cluster, opened: Callable[[], Database], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "item", "duplicate", *where.options, cluster.first, "3")
    assert code == 0, err
    assert out == (
        f"Item 3 of {cluster.first}, “Training programmes”, copied as item 4, right after it, without its decisions, "
        "actions or files.\n"
    )
    database = opened()
    assert [title for _, title in titles(database, cluster.first)] == [
        "Approval of the previous minutes",
        "Matters arising",
        "Training programmes",
        "Training programmes",
        "Funding",
    ]
    copy = agenda.agenda(database, cluster.first)[3]
    assert copy.id != cluster.training and (copy.presenter, copy.planned_minutes, copy.minutes) == (
        "Ana Sousa",
        30,
        "Two courses.",
    )
    assert all(item_id == cluster.training for _, item_id in places(database).values()), "nothing went to the copy"


# -- refusals --------------------------------------------------------------------------------------------------------


def test_every_refusal_is_one_sentence_and_changes_nothing(
    where: Where, cluster: Cluster, opened: Callable[[], Database], capsys: pytest.CaptureFixture[str]
) -> None:
    database = where.open()
    decided = agenda.add_agenda_item(database, cluster.first, "Studies")
    agenda.add_decision(database, decided, "A study of the sector.")
    roadmap = agenda.add_agenda_item(database, cluster.second, "Roadmap")
    topic = backlog.add_topic(database, "AEC", "Calls for 2026")
    first, second, approved, other = cluster.first, cluster.second, cluster.approved, cluster.other
    assert [position for position, _ in titles(database, first)] == [1, 2, 3, 4, 5]
    assert titles(database, second)[-1] == (3, "Roadmap") and roadmap
    database.close()
    refusals: list[tuple[list[str], str]] = [
        (["backlog", "list", "XYZ"], "There is no cluster with the code “XYZ”: give one of AEC, AED, "),
        (["backlog", "add", "XYZ", "Calls"], "There is no cluster with the code “XYZ”"),
        (["backlog", "add", "AEC", "  "], "The agenda item's title cannot be empty."),
        (["backlog", "add", "AEC", "Calls", "--planned", "ten"], "Planned minutes must be a whole number, not “ten”."),
        (["backlog", "add", "AEC", "Calls", "--planned", "2000"], "between 0 and 1440"),
        (["backlog", "add", "AEC", "x" * 301], "too long"),
        (["backlog", "remove", "999999"], "There is no topic 999999 in a backlog"),
        (["backlog", "park", "AEC-1999-01", "1"], "There is no meeting with the reference “AEC-1999-01”."),
        (["backlog", "park", first, "9"], f"{first} has no item 9: its agenda has items 1 to 5; give one of those"),
        (["backlog", "park", first, "0"], f"{first} has no item 0: its agenda has items 1 to 5"),
        (["backlog", "park", approved, "2"], f"{approved} has no item 2: its agenda has item 1 only."),
        (["backlog", "park", other, "1"], f"{other} has no item 1: its agenda has no items yet."),
        (["backlog", "park", first, "5"], "has decisions, so it was dealt with at this meeting: to park it"),
        (["backlog", "park", first, "1"], "is one of the items every meeting starts with"),
        (["backlog", "park", first, "2"], "is one of the items every meeting starts with"),
        (["backlog", "park", approved, "1"], f"The minutes of {approved} are approved"),
        (["backlog", "pull", "999999", second], "There is no topic 999999 in a backlog"),
        (["backlog", "pull", str(topic), "AEC-1999-01"], "There is no meeting with the reference “AEC-1999-01”."),
        (["backlog", "pull", str(topic), first], f"{first} was held already, and topics are added to a planned"),
        (["backlog", "pull", str(topic), cluster.cancelled], f"{cluster.cancelled} was cancelled"),
        (["backlog", "pull", str(topic), other], f"backlog of AEC, and {other} is another cluster's meeting"),
        (["backlog", "pull", str(topic), approved], f"The minutes of {approved} are approved"),
        (["backlog", "pull", str(topic), second, "--position", "0"], "--position takes the item's number on the"),
        (["item", "move", second, "3"], f"{second} is the latest meeting of .* plan the next meeting first"),
        (["item", "move", first, "5"], "has decisions, so it was dealt with at this meeting: to move it"),
        (["item", "move", first, "2"], "is one of the items every meeting starts with"),
        (["item", "move", approved, "1"], f"The minutes of {approved} are approved"),
        (["item", "move", first, "6"], f"{first} has no item 6: its agenda has items 1 to 5"),
        (["item", "move", "AEC-1999-01", "1"], "There is no meeting with the reference"),
        (["item", "duplicate", approved, "1"], f"The minutes of {approved} are approved"),
        (["item", "duplicate", first, "-1"], f"{first} has no item -1: its agenda has items 1 to 5"),
        (["item", "duplicate", "AEC-1999-01", "1"], "There is no meeting with the reference"),
    ]
    database = opened()
    before = everything(database)
    for argv, sentence in refusals:
        command = [*argv[:2], *where.options, *argv[2:]]
        code, out, err = run(capsys, *command)
        assert code == 1 and out == "", f"{command}: {code} {out!r}"
        assert err.startswith("pactdesk: ") and err.count("\n") == 1 and "Traceback" not in err, err
        if ".*" in sentence:
            assert re.search(sentence, err), f"{command}: {err}"
        else:
            assert sentence in err, f"{command}: {err}"
        assert everything(database) == before, f"{command} changed the database"


def test_a_missing_file_is_said_and_not_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.sqlite"
    for argv in (
        ["backlog", "add", "--db", str(missing), "AEC", "Calls"],
        ["backlog", "remove", "--db", str(missing), "1"],
        ["backlog", "park", "--db", str(missing), "AEC-2025-01", "3"],
        ["backlog", "pull", "--db", str(missing), "1", "AEC-2025-02"],
        ["item", "move", "--db", str(missing), "AEC-2025-01", "3"],
        ["item", "duplicate", "--db", str(missing), "AEC-2025-01", "3"],
    ):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, "") and err == (
            f"pactdesk: There is no database at {missing}: give the file PactDesk uses with --db, or make a new one "
            "with pactdesk init.\n"
        ), argv
    code, out, err = run(capsys, "backlog", "list", "--db", str(missing), "AEC")
    assert (code, out) == (1, "") and err == f"pactdesk: There is no database at {missing}.\n"
    assert not missing.exists()


def test_on_a_team_server_a_reader_lists_and_a_secretarys_topic_shows_her_name(
    postgres_server: PostgresServer, team: str, login: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    ana, rui = login("ana"), login("rui")
    assert main(["user", "add", ana, "--name", "Ana Lopes", "--role", "secretary", "--database-url", team]) == 0
    assert main(["user", "add", rui, "--name", "Rui Costa", "--role", "reader", "--database-url", team]) == 0
    as_ana, as_rui = (postgres_server.url(str(make_url(team).database), user=user) for user in (ana, rui))
    ref = planned_meeting(team)

    code, out, err = run(capsys, "backlog", "add", "--database-url", as_ana, "AEC", "Calls for 2026")
    assert code == 0 and "is topic " in out, err
    code, out, err = run(capsys, "backlog", "list", "--database-url", as_rui, "AEC")
    assert code == 0, err
    assert "  Ana Lopes  " in out.splitlines()[0] and out.splitlines()[-1] == "1 topic.", "her name, not her login"

    database = workspace.open_workspace(DatabaseLocation.for_url(team), readonly=True)
    try:
        before = everything(database)
        topic = backlog.backlog(database, "AEC")[0].id
        for argv in (
            ["backlog", "add", "AEC", "Rui's topic"],
            ["backlog", "remove", str(topic)],
            ["backlog", "pull", str(topic), ref],
            ["item", "duplicate", ref, "1"],
        ):
            code, out, err = run(capsys, *argv[:2], "--database-url", as_rui, *argv[2:])
            assert (code, out) == (1, "") and err == f"pactdesk: Your login ({rui}) {READ_ONLY}\n", argv
        assert everything(database) == before
    finally:
        database.close()


def planned_meeting(url: str) -> str:
    """A planned meeting of AEC with one item, made by the database's owner."""
    owner = workspace.open_workspace(DatabaseLocation.for_url(url))
    try:
        ref = meetings.create_meeting(owner, "AEC", title="Plenary", starts_at="2026-07-01 10:00")
        agenda.add_agenda_item(owner, ref, "Opening")
        return ref
    finally:
        owner.close()


@pytest.mark.parametrize("where", ["sqlite"], indirect=True)  # a server's disk is its DBA's
def test_a_full_disk_refuses_the_topic_in_one_sentence_and_keeps_the_file(
    db_path: Path, cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file's disk fills up while the topic is written (SQLite told it may not grow): nothing is half-written."""
    with sqlite3.connect(db_path) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]

    def small_disk(dbapi_connection: Any, _record: object) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    reader = workspace.open_workspace(workspace.location(str(db_path)), readonly=True)
    before = everything(reader)
    event.listen(Engine, "connect", small_disk)
    try:
        code, out, err = run(capsys, "backlog", "add", "--db", str(db_path), "AEC", "Calls", "--minutes", "x" * 32_000)
    finally:
        event.remove(Engine, "connect", small_disk)
    try:
        assert (code, out) == (1, "") and err.startswith("pactdesk: ") and err.count("\n") == 1, err
        assert "disk is full" in err and "Traceback" not in err
        assert everything(reader) == before and backlog.backlog(reader, "AEC") == []
    finally:
        reader.close()
    assert main(["backlog", "add", "--db", str(db_path), "AEC", "Calls"]) == 0, "room again: it is written"
