"""The report of open actions and the binder of a cluster's minutes for a year, as PDF; and the four ``pactdesk
export`` commands that write PDFs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from pactdesk.cli import main
from pactdesk.domain.enums import ActionStatus, MeetingStatus, MinutesStatus
from pactdesk.domain.errors import NotFoundError
from pactdesk.exchange.pdf import minutes
from pactdesk.exchange.pdf.actions import write_actions
from pactdesk.exchange.pdf.words import Words
from pactdesk.services import actions, agenda, directory, documents, meetings
from pactdesk.store.database import Database
from tests.exchange.pdfs import LONG_DISCUSSION, all_text, held_meeting, in_order, is_pdf, near, page_texts

AEC = "Cluster AEC – Architecture, Engineering and Construction"
AEC_PT = "Cluster AEC – Arquitetura, Engenharia e Construção"
AS_OF = date(2025, 7, 1)
EN, PT = Words("en"), Words("pt")

# -- the report of open actions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tracked:
    study: str  # Ana's, due 2025-06-01: 30 days overdue on 1 July
    workshop: str  # Ana's, due 2025-09-01
    website: str  # Bruno's, in progress, due 2025-06-26: 5 days overdue
    today: str  # GAM's (an organisation), due on the day: not overdue yet
    nobody: str  # no owner, no due date
    finished: str  # done
    dropped: str  # dropped
    elsewhere: str  # Bruno's in HCP, due 2025-05-01: 61 days overdue


@pytest.fixture
def tracked(database: Database) -> Tracked:
    ana = directory.add_person(database, "Ana Silva")
    bruno = directory.add_person(database, "Bruno Costa")
    gamma = directory.add_organisation(database, "Gamma Organisation", acronym="GAM")
    ref = meetings.create_meeting(
        database, "AEC", title="Monitoring", starts_at="2025-01-20 10:00", status=MeetingStatus.HELD
    )

    def action(title: str, **fields: object) -> str:
        return actions.create_action(database, title, meeting_ref=ref, **fields)

    study = action("Send the study", owner_person_id=ana, due_on="2025-06-01")
    workshop = action("Prepare the workshop", owner_person_id=ana, due_on="2025-09-01")
    website = action("Update the website", owner_person_id=bruno, due_on="2025-06-26", status=ActionStatus.IN_PROGRESS)
    actions.add_update(database, website, "Half the pages done", on="2025-06-20")
    today = action("Due on the day", owner_organisation_id=gamma, due_on="2025-07-01")
    nobody = action("Nobody's job")
    finished = action("Finished already", owner_person_id=ana, due_on="2025-02-01", status=ActionStatus.DONE)
    dropped = action("Given up", owner_person_id=bruno, due_on="2025-02-01", status=ActionStatus.DROPPED)
    elsewhere = actions.create_action(
        database, "Health cluster chore", cluster_code="HCP", owner_person_id=bruno, due_on="2025-05-01"
    )
    return Tracked(study, workshop, website, today, nobody, finished, dropped, elsewhere)


def test_the_report_of_one_cluster(database: Database, tracked: Tracked, tmp_path: Path) -> None:
    path = tmp_path / "actions.pdf"
    write_actions(documents.action_report(database, "AEC", AS_OF), path)
    assert is_pdf(path)
    pages = page_texts(path)
    text = " ".join(pages)
    assert "Open actions" in text and f"{AEC} (AEC)" in text
    assert "As of 1 July 2025" in text
    assert "5 open actions, 2 overdue (40%)." in text
    # Grouped by owner: people and organisations by name, nobody last; each owner's actions by due date.
    assert in_order(
        text,
        "Ana Silva: 2 actions, 1 overdue",
        tracked.study,
        "Send the study",
        tracked.workshop,
        "Prepare the workshop",
        "Bruno Costa: 1 action, 1 overdue",
        tracked.website,
        "Update the website",
        "GAM: 1 action, 0 overdue",
        tracked.today,
        "Due on the day",
        "No owner: 1 action, 0 overdue",
        tracked.nobody,
        "Nobody's job",
    )
    assert near(text, tracked.study, "2025-06-01", "30 d overdue")
    assert near(text, tracked.website, "2025-06-26", "In progress", "5 d overdue", "Half the pages done")
    assert text.count("d overdue") == 2, "due on the day, or later, or never, is not overdue"
    for gone in ("Finished already", "Given up", tracked.finished, tracked.dropped):
        assert gone not in text, "only open and in-progress actions"
    assert "Health cluster chore" not in text and tracked.elsewhere not in text, "another cluster"
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert "DRAFT" not in text
    about = PdfReader(path).metadata
    assert about is not None and about.title is not None and "Open actions" in about.title and AEC in about.title
    assert about.creator is not None and "PactDesk" in about.creator


def test_the_report_of_every_cluster(database: Database, tracked: Tracked, tmp_path: Path) -> None:
    path = tmp_path / "actions.pdf"
    write_actions(documents.action_report(database, None, AS_OF), path)
    text = all_text(path)
    assert "All clusters" in text and f"{AEC} (AEC)" not in text
    assert "6 open actions, 3 overdue (50%)." in text
    assert in_order(
        text,
        "Bruno Costa: 2 actions, 2 overdue",
        tracked.elsewhere,
        "Health cluster chore",
        tracked.website,
        "GAM: 1 action, 0 overdue",
    )
    assert near(text, tracked.elsewhere, "HCP", "2025-05-01", "61 d overdue")
    assert near(text, tracked.study, "AEC", "30 d overdue")
    assert "Finished already" not in text and "Given up" not in text


def test_the_report_in_portuguese(database: Database, tracked: Tracked, tmp_path: Path) -> None:
    path = tmp_path / "acoes.pdf"
    write_actions(documents.action_report(database, "AEC", AS_OF), path, "pt")
    text = all_text(path)
    assert "Ações em aberto" in text and "Open actions" not in text
    assert f"{AEC_PT} (AEC)" in text
    assert "Situação a 1 de julho de 2025" in text
    assert "5 ações em aberto, 2 em atraso (40 %)." in text
    assert in_order(
        text,
        "Ana Silva: 2 ações, 1 em atraso",
        "Bruno Costa: 1 ação, 1 em atraso",
        "Sem responsável: 1 ação, 0 em atraso",
    )
    assert near(text, tracked.study, "01/06/2025", PT("overdue_days", n=30))
    assert "Página 1 de" in text


def test_a_cluster_without_open_actions(database: Database, tracked: Tracked, tmp_path: Path) -> None:
    path = tmp_path / "actions.pdf"
    write_actions(documents.action_report(database, "WINE", AS_OF), path)
    text = all_text(path)
    assert "0 open actions, 0 overdue." in text
    assert "There are no open actions." in text


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        (
            "en",
            ("1 open action, 1 overdue (100%).", "Bruno Costa: 1 action, 1 overdue"),
            ("5 open actions, 2 overdue (40%).", "Ana Silva: 2 actions, 1 overdue", "Bruno Costa: 1 action, 1 overdue"),
        ),
        (
            "pt",
            ("1 ação em aberto, 1 em atraso (100 %).", "Bruno Costa: 1 ação, 1 em atraso"),
            (
                "5 ações em aberto, 2 em atraso (40 %).",
                "Ana Silva: 2 ações, 1 em atraso",
                "Bruno Costa: 1 ação, 1 em atraso",
            ),
        ),
    ],
)
def test_one_action_is_counted_in_the_singular_and_more_in_the_plural(
    database: Database, tracked: Tracked, tmp_path: Path, language: str, one: tuple[str, ...], many: tuple[str, ...]
) -> None:
    single = tmp_path / "one.pdf"
    write_actions(documents.action_report(database, "HCP", AS_OF), single, language)
    text = all_text(single)
    assert in_order(text, *one)
    assert "1 open actions" not in text and "1 ações" not in text and "1 actions" not in text
    several = tmp_path / "several.pdf"
    write_actions(documents.action_report(database, "AEC", AS_OF), several, language)
    assert in_order(all_text(several), *many)


def test_numbers_and_percentages_as_each_language_writes_them(database: Database, tmp_path: Path) -> None:
    """Nine open actions of which seven overdue, one of them for 12,345 days and one for 1,234."""
    for days in (12_345, 1_234, 40, 30, 20, 10, 1, 0, -10):
        actions.create_action(
            database, f"Late by {days} days", cluster_code="WINE", due_on=AS_OF - timedelta(days=days)
        )
    report = documents.action_report(database, "WINE", AS_OF)
    path = tmp_path / "acoes.pdf"
    write_actions(report, path, "pt")
    text = all_text(path)
    assert "9 ações em aberto, 7 em atraso (77,8 %)." in text
    assert near(text, "Late by 12345 days", "12 345 d de atraso") and near(
        text, "Late by 1234 days", "1234 d de atraso"
    )
    english = tmp_path / "actions.pdf"
    write_actions(report, english, "en")
    text = all_text(english)
    assert "9 open actions, 7 overdue (77.8%)." in text
    assert near(text, "Late by 12345 days", "12,345 d overdue") and near(text, "Late by 1234 days", "1,234 d overdue")


def test_an_unknown_cluster_has_no_report(database: Database) -> None:
    with pytest.raises(NotFoundError):
        documents.action_report(database, "NOPE", AS_OF)


# -- the binder ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Year:
    winter: str  # approved
    spring: str  # draft, over several pages
    autumn: str  # circulated


@pytest.fixture
def year(database: Database) -> Year:
    meetings.create_meeting(
        database, "AEC", title="Last year's", starts_at="2024-11-04 10:00", status=MeetingStatus.HELD
    )
    winter = meetings.create_meeting(
        database, "AEC", title="Winter review", starts_at="2025-02-10 10:00", status=MeetingStatus.HELD
    )
    agenda.add_agenda_item(database, winter, "Opening", minutes="Opened on time.")
    spring = meetings.create_meeting(
        database, "AEC", title="Spring review", starts_at="2025-05-12 10:00", status=MeetingStatus.HELD
    )
    agenda.add_agenda_item(database, spring, "Long discussion", minutes=f"{LONG_DISCUSSION}\n\n{LONG_DISCUSSION}")
    autumn = meetings.create_meeting(
        database,
        "AEC",
        title="Autumn review",
        starts_at="2025-09-15 10:00",
        status=MeetingStatus.HELD,
        minutes_status=MinutesStatus.CIRCULATED,
    )
    meetings.create_meeting(database, "AEC", title="Planned", starts_at="2025-11-10 10:00")
    meetings.create_meeting(database, "AEC", title="Next year", starts_at="2026-01-12 10:00")
    meetings.create_meeting(
        database, "HCP", title="Other cluster", starts_at="2025-03-03 10:00", status=MeetingStatus.HELD
    )
    meetings.set_meeting_field(database, winter, "minutes_status", MinutesStatus.APPROVED)
    return Year(winter, spring, autumn)


DAYS = {"winter": date(2025, 2, 10), "spring": date(2025, 5, 12), "autumn": date(2025, 9, 15)}
TITLES = {"winter": "Winter review", "spring": "Spring review", "autumn": "Autumn review"}


def headings(year: Year, words: Words) -> list[str]:
    refs = {"winter": year.winter, "spring": year.spring, "autumn": year.autumn}
    return [f"{refs[name]} · {words.day(DAYS[name])} · {TITLES[name]}" for name in ("winter", "spring", "autumn")]


def first_pages(pages: list[str], refs: list[str], words: Words, title: str) -> list[int]:
    """The index of the page each meeting's minutes start on: its title, and its reference at the foot."""
    found = []
    for ref in refs:
        found.append(next(n for n, page in enumerate(pages) if title in page and f"{ref} · " in page))
    return found


def test_binder_records_are_the_held_meetings_of_the_year(database: Database, year: Year) -> None:
    told: list[tuple[int, int]] = []
    records = documents.binder_records(database, "aec", 2025, progress=lambda done, total: told.append((done, total)))
    assert [record.ref for record in records] == [year.winter, year.spring, year.autumn]
    assert [record.draft for record in records] == [False, True, True]
    assert told == [(1, 3), (2, 3), (3, 3)]
    assert documents.binder_years(database, "AEC") == [2025, 2024]


@pytest.mark.parametrize("wanted", [2023, 2026], ids=["no meetings", "only planned meetings"])
def test_a_year_without_held_meetings_has_no_binder(database: Database, year: Year, wanted: int) -> None:
    with pytest.raises(NotFoundError) as caught:
        documents.binder_records(database, "AEC", wanted)
    message = str(caught.value)
    assert "AEC" in message and str(wanted) in message and "no meetings" in message
    assert message.endswith(".")


def test_the_binder_has_contents_bookmarks_and_numbered_pages(database: Database, year: Year, tmp_path: Path) -> None:
    path = tmp_path / "binder.pdf"
    minutes.write_binder(documents.binder_records(database, "AEC", 2025), path)
    assert is_pdf(path)
    pages = page_texts(path)
    total = len(pages)
    refs = [year.winter, year.spring, year.autumn]
    starts = first_pages(pages, refs, EN, "Minutes of the meeting")
    assert starts == sorted(starts) and starts[0] == 2, "cover, contents, then the meetings in order"
    assert starts[2] - starts[1] >= 2, "the spring meeting runs over pages"

    # The cover.
    assert in_order(pages[0], "Minutes of 2025", f"{AEC} (AEC)", "3 meetings · 10 February 2025 – 15 September 2025")

    # The contents: each meeting and the page its minutes start on.
    contents = pages[1]
    assert "Contents" in contents
    rest = contents
    for heading in headings(year, EN):
        assert heading in rest
        rest = rest.replace(heading, " ")
    rest = rest.replace(f"Page 2 of {total}", " ")
    assert [int(number) for number in re.findall(r"\b\d+\b", rest)] == [start + 1 for start in starts]

    # The bookmarks: one per meeting, on the page its minutes start.
    reader = PdfReader(path)
    outline = [entry for entry in reader.outline if not isinstance(entry, list)]
    assert [entry.title for entry in outline] == headings(year, EN)
    assert [reader.get_destination_page_number(entry) for entry in outline] == starts

    # Pages numbered through the whole binder; the DRAFT mark on the pages of unapproved minutes only.
    ends = [*starts[1:], total]
    draft = {page for start, end in zip(starts[1:], ends[1:], strict=True) for page in range(start, end)}
    for number, page in enumerate(pages):
        assert f"Page {number + 1} of {total}" in page
        assert ("DRAFT" in page) == (number in draft), f"page {number + 1}"
    for ref, start, end in zip(refs, starts, ends, strict=True):
        assert all(f"{ref} · " in page for page in pages[start:end]), "the meeting at the foot of its pages"
    assert f"Approved on {EN.day(date.today())}." in pages[starts[0]]
    assert "Draft minutes, circulated for approval." in pages[starts[2]]

    about = reader.metadata
    assert about is not None and about.title is not None and "2025" in about.title and AEC in about.title
    assert about.creator is not None and "PactDesk" in about.creator
    assert "Last year's" not in " ".join(pages) and "Other cluster" not in " ".join(pages)


def test_the_binder_in_portuguese(database: Database, year: Year, tmp_path: Path) -> None:
    path = tmp_path / "atas.pdf"
    minutes.write_binder(documents.binder_records(database, "AEC", 2025), path, "pt")
    pages = page_texts(path)
    assert in_order(pages[0], "Atas de 2025", f"{AEC_PT} (AEC)", "3 reuniões · 10 de fevereiro de 2025 –")
    assert "Índice" in pages[1]
    assert all(heading in pages[1] for heading in headings(year, PT))
    starts = first_pages(pages, [year.winter, year.spring, year.autumn], PT, "Ata da reunião")
    reader = PdfReader(path)
    assert [entry.title for entry in reader.outline] == headings(year, PT)
    assert [reader.get_destination_page_number(entry) for entry in reader.outline] == starts
    assert all(f"Página {n} de {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert not any("RASCUNHO" in page for page in pages[: starts[1]])
    assert all("RASCUNHO" in page for page in pages[starts[1] :])
    assert "DRAFT" not in " ".join(pages)


# -- the commands ------------------------------------------------------------------------------------------------


@pytest.fixture
def cli_db(database: Database, db_path: Path) -> tuple[str, str]:
    """The database's path, closed for the command to open, and the reference of a held meeting in it."""
    held = held_meeting(database)
    database.close()
    return str(db_path), held.ref


TITLE_WORDS = {
    "minutes": ("Minutes of the meeting", "Ata da reunião"),
    "agenda": ("Agenda of the meeting", "Ordem de trabalhos da reunião"),
    "actions": ("Open actions", "Ações em aberto"),
    "binder": ("Minutes of 2025", "Atas de 2025"),
}


@pytest.mark.parametrize("language", ["en", "pt"])
@pytest.mark.parametrize("command", ["minutes", "agenda", "actions", "binder"])
def test_each_command_writes_a_pdf(
    command: str, language: str, cli_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, ref = cli_db
    out = tmp_path / f"{command}.pdf"
    arguments = {
        "minutes": ["minutes", ref.lower(), str(out)],
        "agenda": ["agenda", ref, str(out)],
        "actions": ["actions", str(out), "--cluster", "aec", "--as-of", "2025-07-01"],
        "binder": ["binder", "--cluster", "aec", "--year", "2025", str(out)],
    }[command]
    assert main(["export", *arguments, "--db", db, "--lang", language]) == 0
    captured = capsys.readouterr()
    assert str(out) in captured.out and captured.err == ""
    assert is_pdf(out)
    text = all_text(out)
    english, portuguese = TITLE_WORDS[command]
    assert (english if language == "en" else portuguese) in text
    assert (portuguese if language == "en" else english) not in text
    if command in ("minutes", "agenda"):
        assert ref in text


def test_the_action_report_command_takes_every_cluster_by_default(
    cli_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = cli_db
    out = tmp_path / "actions.pdf"
    assert main(["export", "actions", str(out), "--db", db, "--lang", "en", "--as-of", "2025-03-11"]) == 0
    assert "open action" in capsys.readouterr().out
    text = all_text(out)
    assert "All clusters" in text and "As of 11 March 2025" in text
    assert "Health cluster chore" in text


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("pactdesk: ") and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["minutes", "AEC-1999-01", "{out}"], "There is no meeting with the reference"),
        (["agenda", "NOPE", "{out}"], "There is no meeting with the reference"),
        (["binder", "--cluster", "AEC", "--year", "2023", "{out}"], "AEC held no meetings in 2023"),
        (["binder", "--cluster", "NOPE", "--year", "2025", "{out}"], "NOPE"),
        (["actions", "{out}", "--cluster", "NOPE"], "NOPE"),
        (["actions", "{out}", "--as-of", "31/13/2025"], "is not a date"),
        (["minutes", "{ref}", "{missing}"], "does not exist"),
    ],
    ids=[
        "unknown-ref",
        "unknown-agenda",
        "empty-year",
        "unknown-cluster",
        "unknown-report-cluster",
        "bad-date",
        "no-folder",
    ],
)
def test_a_failing_command_says_why_in_one_line(
    arguments: list[str],
    message: str,
    cli_db: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, ref = cli_db
    out = tmp_path / "out.pdf"
    missing = tmp_path / "no" / "such" / "out.pdf"
    filled = [part.format(out=out, ref=ref, missing=missing) for part in arguments]
    assert main(["export", *filled, "--db", db, "--lang", "en"]) == 1
    line = one_line_error(capsys)
    assert message in line
    assert not out.exists() and not missing.exists()
    assert list(tmp_path.glob("*.partial")) == [] and list(tmp_path.glob(".*.partial")) == []
