"""The demo database: deterministic, every action status present, only the sixteen pacts have meetings; in English
or, with ``--lang pt``, the same demo in Portuguese."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from pactdesk.cli import main
from pactdesk.domain.enums import ActionStatus, MeetingStatus, MinutesStatus
from pactdesk.domain.models import Action, Cluster, Meeting, Output
from pactdesk.services import workspace
from pactdesk.services.demo import build_demo
from pactdesk.services.demo_data import COMMITTEE, ENGLISH, FEMININE, FIRST, SURNAMES
from pactdesk.services.planning import APPROVAL_TITLES, MATTERS_ARISING_TITLES

AS_OF = date(2025, 6, 30)


@dataclass(frozen=True)
class Demo:
    counts: dict[str, int]
    meeting_refs: list[str]
    action_refs: list[str]
    output_refs: list[str]
    action_statuses: set[ActionStatus]
    overdue_open: int
    meetings_by_cluster: dict[str, int]
    pact_signed: dict[str, bool]
    minutes_statuses: set[MinutesStatus]
    meeting_statuses: set[MeetingStatus]
    progress: list[tuple[int, int]]


def build(folder: Path, scale: int) -> Demo:
    """Build the demo into a new file in ``folder`` and describe what is in it."""
    calls: list[tuple[int, int]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(folder))
        db = workspace.open_workspace(workspace.location(str(folder / "demo.sqlite")))
        try:
            build_demo(db, scale=scale, as_of=AS_OF, progress=lambda done, total: calls.append((done, total)))
            counts = workspace.info(db).counts
            with db.read() as session:
                query = select(Cluster.code, func.count(Meeting.id)).outerjoin(Meeting).group_by(Cluster.code)
                per_cluster = {code: count for code, count in session.execute(query)}
                signed = {code: flag for code, flag in session.execute(select(Cluster.code, Cluster.pact_signed))}
                return Demo(
                    counts=counts,
                    meeting_refs=sorted(session.scalars(select(Meeting.ref))),
                    action_refs=sorted(session.scalars(select(Action.ref))),
                    output_refs=sorted(session.scalars(select(Output.ref))),
                    action_statuses=set(session.scalars(select(Action.status))),
                    overdue_open=session.scalar(
                        select(func.count()).where(Action.status == ActionStatus.OPEN, Action.due_on < AS_OF)
                    )
                    or 0,
                    meetings_by_cluster=per_cluster,
                    pact_signed=signed,
                    minutes_statuses=set(session.scalars(select(Meeting.minutes_status))),
                    meeting_statuses=set(session.scalars(select(Meeting.status))),
                    progress=calls,
                )
        finally:
            db.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    yield build(tmp_path_factory.mktemp("demo-first"), 1)


def test_same_scale_and_date_give_the_same_demo(demo: Demo, tmp_path: Path) -> None:
    again = build(tmp_path, 1)
    assert again.counts == demo.counts
    assert again.meeting_refs == demo.meeting_refs
    assert again.action_refs == demo.action_refs
    assert again.output_refs == demo.output_refs


def test_demo_fills_every_table(demo: Demo) -> None:
    assert all(count > 0 for count in demo.counts.values()), demo.counts
    assert demo.counts["attendance"] > 5 * demo.counts["meetings"]
    assert demo.counts["agenda_items"] >= 4 * demo.counts["meetings"]


def test_every_action_status_occurs_and_some_open_actions_are_overdue(demo: Demo) -> None:
    assert demo.action_statuses == set(ActionStatus)
    assert demo.overdue_open > 0


def test_meetings_have_every_status_of_meeting_and_of_minutes(demo: Demo) -> None:
    assert demo.meeting_statuses == set(MeetingStatus)
    assert demo.minutes_statuses == set(MinutesStatus)


def test_only_the_sixteen_pacts_have_meetings(demo: Demo) -> None:
    with_meetings = {code for code, count in demo.meetings_by_cluster.items() if count}
    assert with_meetings == {code for code, signed in demo.pact_signed.items() if signed}
    assert len(with_meetings) == 16
    assert sorted(code for code, signed in demo.pact_signed.items() if not signed) == ["TOUR", "WINE"]
    assert all(12 <= demo.meetings_by_cluster[code] <= 16 for code in with_meetings)


def test_progress_is_reported_for_each_cluster(demo: Demo) -> None:
    assert demo.progress[0] == (0, 16)
    assert demo.progress[-1] == (16, 16)
    assert [done for done, _ in demo.progress] == list(range(17))


def test_scale_two_has_about_twice_the_meetings(demo: Demo, tmp_path: Path) -> None:
    doubled = build(tmp_path, 2)
    ratio = doubled.counts["meetings"] / demo.counts["meetings"]
    assert 1.6 <= ratio <= 2.4, ratio
    assert len(doubled.meetings_by_cluster) == len(demo.meetings_by_cluster)


# -- the demo in Portuguese ----------------------------------------------------------------------------------------

# Words of the English demo and of the English minutes that a Portuguese reader must not meet, matched as whole words
# (so "Presente" is not "Present"). Not the catalogue's organisation names, which have their own Portuguese names
# elsewhere, nor words Portuguese shares (Cluster, Online, Workshop, B2B).
ENGLISH_WORDS = (
    "Matters arising",
    "Approval",
    "Approved",
    "approve",
    "Action",
    "Actions",
    "Decision",
    "Decisions",
    "Present",
    "Remote",
    "Apologies",
    "Absent",
    "Attendance",
    "meeting",
    "Meeting",
    "minutes",
    "Minutes",
    "Owner",
    "Due",
    "due",
    "overdue",
    "Draft",
    "Page",
    "Chair",
    "Any other business",
    "took note",
    "presented",
    "circulated",
    "secretariat",
    "Working group",
    "Funding",
)


@dataclass(frozen=True)
class Written:
    """What a demo wrote in words: agenda items, meeting titles, people's names and roles, action and update texts."""

    path: Path
    item_titles: set[str]
    meeting_titles: list[str]
    people: list[tuple[str, str]]
    texts: list[str]


def written(path: Path) -> Written:
    from pactdesk.domain.models import ActionUpdate, AgendaItem, Decision, Person

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(path.parent))
        db = workspace.open_workspace(workspace.location(str(path)))
        try:
            with db.read() as session:
                texts = [
                    *session.scalars(select(AgendaItem.minutes)),
                    *session.scalars(select(Decision.text)),
                    *session.scalars(select(Action.title)),
                    *session.scalars(select(ActionUpdate.text)),
                    *session.scalars(select(Output.title)),
                    *session.scalars(select(Output.evidence)),
                ]
                return Written(
                    path=path,
                    item_titles=set(session.scalars(select(AgendaItem.title))),
                    meeting_titles=list(session.scalars(select(Meeting.title).order_by(Meeting.id))),
                    people=[(person.name, person.role) for person in session.scalars(select(Person))],
                    texts=texts,
                )
        finally:
            db.close()


@pytest.fixture(scope="module")
def portuguese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pactdesk demo --lang pt``, as a person types it."""
    path = tmp_path_factory.mktemp("demo-pt") / "demo.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(path.parent))
        assert main(["demo", "--db", str(path), "--as-of", AS_OF.isoformat(), "--lang", "pt"]) == 0
    return path


def english_words_in(text: str) -> list[str]:
    return [word for word in ENGLISH_WORDS if re.search(rf"\b{re.escape(word)}\b", text)]


def test_a_portuguese_demo_is_the_same_demo_in_portuguese(portuguese: Path, demo: Demo) -> None:
    pt = build_counts(portuguese)
    assert pt == demo.counts, "the same meetings, people, actions and outputs, in other words"
    words = written(portuguese)
    english = {
        APPROVAL_TITLES["en"],
        MATTERS_ARISING_TITLES["en"],
        ENGLISH.other_business_item,
        *(topic.title for topic in ENGLISH.topics),
    }
    assert not words.item_titles & english, words.item_titles & english
    assert {APPROVAL_TITLES["pt"], MATTERS_ARISING_TITLES["pt"], "Outros assuntos"} <= words.item_titles
    assert any(
        title.startswith("Reunião da Comissão de Acompanhamento com o Cluster") for title in words.meeting_titles
    )
    assert not [title for title in words.meeting_titles if english_words_in(title)]
    assert not [text for text in words.texts if english_words_in(text)][:3]


def test_the_people_of_a_portuguese_demo_have_portuguese_names_and_roles(portuguese: Path) -> None:
    people = written(portuguese).people
    assert len(people) > 50
    for name, role in people:
        first, *surnames = name.split()
        assert first in FIRST and 1 <= len(surnames) <= 2 and set(surnames) <= set(SURNAMES), name
        assert "|" not in role and not english_words_in(role), role
    roles = {role for _, role in people}
    english_roles = {role for _, _, roles in COMMITTEE for role in roles} | set(ENGLISH.entity_roles)
    assert not roles & english_roles
    # A role takes the form of the person who holds it.
    assert ("Diretora executiva" in roles or "Gestora de projeto" in roles) and "Diretor executivo" in roles
    assert all(not role.startswith("Diretora") for name, role in people if name.split()[0] not in FEMININE)


def test_the_minutes_of_a_portuguese_demo_have_no_english_words(portuguese: Path, tmp_path: Path) -> None:
    """A held monitoring meeting with decisions, actions and matters arising, printed with ``--lang pt``."""
    from pactdesk.domain.enums import MeetingKind
    from pactdesk.domain.models import AgendaItem, Decision
    from tests.exchange.pdfs import all_text

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(portuguese.parent))
        db = workspace.open_workspace(workspace.location(str(portuguese)))
        try:
            with db.read() as session:
                held = select(Meeting).where(
                    Meeting.status == MeetingStatus.HELD, Meeting.kind == MeetingKind.MONITORING
                )
                ref = next(
                    meeting.ref
                    for meeting in session.scalars(held.order_by(Meeting.starts_at.desc()))
                    if session.scalar(select(func.count()).where(Action.meeting_id == meeting.id))
                    and session.scalar(
                        select(func.count())
                        .select_from(Decision)
                        .join(AgendaItem)
                        .where(AgendaItem.meeting_id == meeting.id)
                    )
                )
        finally:
            db.close()
        out = tmp_path / "ata.pdf"
        assert main(["export", "minutes", "--db", str(portuguese), "--lang", "pt", ref, str(out)]) == 0
    text = all_text(out)
    assert "Assuntos pendentes" in text and "Aprovação da ata da reunião anterior" in text and "Deliberação" in text
    assert "Reunião da Comissão de Acompanhamento com o" in text
    assert english_words_in(text) == [], text


def build_counts(path: Path) -> dict[str, int]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(path.parent))
        db = workspace.open_workspace(workspace.location(str(path)))
        try:
            return workspace.info(db).counts
        finally:
            db.close()


def test_the_english_demo_stays_english(demo: Demo, tmp_path: Path) -> None:
    path = tmp_path / "english.sqlite"
    assert main(["demo", "--db", str(path), "--as-of", AS_OF.isoformat(), "--lang", "en"]) == 0
    words = written(path)
    assert {APPROVAL_TITLES["en"], MATTERS_ARISING_TITLES["en"], "Any other business"} <= words.item_titles
    assert APPROVAL_TITLES["pt"] not in words.item_titles
    assert any(title.startswith("Monitoring Committee meeting with") for title in words.meeting_titles)
    assert build_counts(path) == demo.counts


def test_the_calendar_of_a_portuguese_demo_has_no_english_words(portuguese: Path, tmp_path: Path) -> None:
    """Every planned meeting of the Portuguese demo as ``pactdesk export ics --lang pt`` writes it."""
    out = tmp_path / "reunioes.ics"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PACTDESK_HOME", str(portuguese.parent))
        assert main(["export", "ics", "--db", str(portuguese), "--lang", "pt", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events, "the demo plans meetings"
    texts = [str(event.get(field, "")) for event in events for field in ("SUMMARY", "DESCRIPTION", "LOCATION")]
    assert any("Ordem de trabalhos:" in text for text in texts)
    assert [(text, english_words_in(text)) for text in texts if english_words_in(text)] == []
