"""The minutes and the agenda of a meeting as PDF, read back with pypdf: what the database holds, the DRAFT mark,
the page numbers, Portuguese, the metadata; and writing that never leaves a half-written file."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from pactdesk.domain.enums import MeetingStatus, MinutesStatus
from pactdesk.domain.errors import CancelledError, ExchangeError
from pactdesk.exchange import atomic
from pactdesk.exchange.pdf import minutes
from pactdesk.exchange.pdf.words import Words
from pactdesk.services import actions, documents, meetings
from pactdesk.store.database import Database
from tests.exchange.pdfs import Held, all_text, flat, held_meeting, in_order, is_pdf, near, page_texts

AEC = "Cluster AEC – Architecture, Engineering and Construction"
AEC_PT = "Cluster AEC – Arquitetura, Engenharia e Construção"
EN, PT = Words("en"), Words("pt")


@pytest.fixture
def held(database: Database) -> Held:
    return held_meeting(database)


def written(database: Database, ref: str, path: Path, language: str = "en") -> list[str]:
    minutes.write_minutes(documents.meeting_record(database, ref), path, language)
    assert is_pdf(path)
    return page_texts(path)


# -- what the minutes say ----------------------------------------------------------------------------------------


def test_the_minutes_hold_what_the_database_holds(database: Database, held: Held, tmp_path: Path) -> None:
    pages = written(database, held.ref, tmp_path / "minutes.pdf")
    text = " ".join(pages)
    assert "Minutes of the meeting" in text
    assert f"{AEC} (AEC)" in text
    assert "Second monitoring meeting" in text
    for label in ("Reference", "Kind of meeting", "Date", "Time", "Place", "Chair", "Secretary"):
        assert label in pages[0]
    assert in_order(
        pages[0],
        held.ref,
        "Monitoring",
        "Monday, 10 March 2025",
        "10:00–12:00",
        "IAPMEI, Lisbon",
        "Carlos Presidente",
        "Sofia Secretária",
        "Attendance",
    )
    # Attendance: grouped by organisation (alphabetical, each named once), then nobody's, then the guests.
    assert in_order(
        text,
        "Attendance",
        "Alpha Associação",
        "Ana Silva (Director)",
        "Present",
        "Bruno Costa",
        "Remote",
        "Beta Instituto",
        "Carla Dias",
        "Apologies",
        "Duarte Reis",
        "Absent",
        "No organisation",
        "Rui Mota",
        "Present",
        "Guests",
        "Eva Convidada",
        "Present",
        "Present: 3",
    )
    assert text.count("Alpha Associação") == 1 and text.count("Beta Instituto") == 2, "once, and as an owner"
    assert "Present: 3 · Remote: 1 · Apologies: 1 · Absent: 1" in text
    # The agenda, then each item with its presenter and minutes.
    assert (
        "Agenda 1. Welcome and approval of the agenda 2. Action plan: state of play 3. Any other business 4. Closing"
    ) in text
    assert "Presented by Carlos Presidente. The chair opened the meeting." in text
    assert "Presented by Ana Silva. The cluster presented the state of play." in text
    assert "Members discussed the budget line by line" in text
    assert "3. Any other business No minutes were recorded for this item." in text
    assert "The chair closed the meeting." in text


def test_decisions_are_numbered_through_the_minutes_beside_their_register(
    database: Database, held: Held, tmp_path: Path
) -> None:
    text = " ".join(written(database, held.ref, tmp_path / "minutes.pdf"))
    first = text.index("Decision 1. (AEC 2025/01) The agenda is approved.")
    second = text.index("Decision 2. (AEC 2025/02) The action plan is endorsed.")
    third = text.index("Decision 3. (AEC 2025/03) The budget is revised by June.")
    assert text.index("1. Welcome and approval of the agenda Presented") < first
    assert first < text.index("2. Action plan: state of play Presented") < second < third
    assert "Decision 4." not in text
    portuguese = " ".join(written(database, held.ref, tmp_path / "ata.pdf", "pt"))
    assert "Deliberação 3. (AEC 2025/03) The budget is revised by June." in portuguese


def test_actions_and_matters_arising(database: Database, held: Held, tmp_path: Path) -> None:
    text = " ".join(written(database, held.ref, tmp_path / "minutes.pdf"))
    # Raised under item 2, and raised under no item.
    assert in_order(text, held.new_action, "Send the revised budget", "Carla Dias", "2025-06-30")
    assert text.index("2. Action plan: state of play Presented") < text.index(held.new_action)
    assert in_order(text, "Other actions of the meeting", held.loose_action, "Circulate the minutes", "Beta Instituto")
    assert text.index(held.new_action) < text.index("Other actions of the meeting")
    # The earlier meeting's actions still open at this one, with what was said about them here.
    arising = text[text.index("Matters arising") :]
    assert in_order(arising, held.old_action, "Map the supply chain", "Ana Silva", "2025-02-01")
    assert near(arising, held.old_action, "In progress", EN("overdue_then"), "Survey half done")
    assert in_order(arising, held.closed_action, "Book the venue", "Bruno Costa", "2025-04-30")
    assert near(arising, held.closed_action, "Done", EN("closed_here"), "Venue booked")
    assert arising.index(held.old_action) < arising.index("1. Welcome and approval of the agenda")
    assert held.finished_action not in text and "Already finished" not in text, "closed before this meeting"
    assert "Health cluster chore" not in text, "another cluster's action"


def test_the_next_meeting_skips_a_cancelled_one(database: Database, held: Held, tmp_path: Path) -> None:
    text = " ".join(written(database, held.ref, tmp_path / "minutes.pdf"))
    assert "Next meeting The next meeting is on Monday, 12 May 2025 at 14:30." in text
    last = " ".join(written(database, held.later, tmp_path / "last.pdf"))
    assert "The date of the next meeting is to be set." in last


def test_a_meeting_without_earlier_actions_says_so(database: Database, held: Held, tmp_path: Path) -> None:
    text = " ".join(written(database, held.earlier, tmp_path / "first.pdf"))
    assert "Matters arising No earlier actions were open." in text
    assert "Attendance No attendance has been recorded." in text


@pytest.mark.parametrize(
    ("language", "one", "two", "three"),
    [
        (
            "en",
            "1 open action, 1 overdue (100%).",
            "2 open actions, 1 overdue (50%).",
            "3 open actions, 1 overdue (33.3%).",
        ),
        (
            "pt",
            "1 ação em aberto, 1 em atraso (100 %).",
            "2 ações em aberto, 1 em atraso (50 %).",
            "3 ações em aberto, 1 em atraso (33,3 %).",
        ),
    ],
)
def test_matters_arising_count_the_open_actions(
    database: Database, held: Held, tmp_path: Path, language: str, one: str, two: str, three: str
) -> None:
    """One earlier action reads in the singular, more in the plural; overdue as of the meeting's day."""
    words = Words(language)
    first = meetings.create_meeting(
        database, "WINE", title="First", starts_at="2025-02-03 10:00", status=MeetingStatus.HELD
    )
    lone = actions.create_action(database, "The only one", meeting_ref=first, due_on="2025-03-01")
    second = meetings.create_meeting(
        database, "WINE", title="Second", starts_at="2025-04-07 10:00", status=MeetingStatus.HELD
    )
    text = " ".join(written(database, second, tmp_path / "one.pdf", language))
    assert in_order(text, words("matters_arising"), one, lone)
    # At the held meeting: the old action (overdue) and the one closed at it.
    text = " ".join(written(database, held.ref, tmp_path / "two.pdf", language))
    assert in_order(text, words("matters_arising"), two, held.old_action)
    # At the next: the old one still, and the two raised at the held meeting (neither overdue by 12 May).
    text = " ".join(written(database, held.later, tmp_path / "three.pdf", language))
    assert in_order(text, words("matters_arising"), three, held.old_action)


def test_every_page_is_numbered_and_marked_draft(database: Database, held: Held, tmp_path: Path) -> None:
    pages = written(database, held.ref, tmp_path / "minutes.pdf")
    assert len(pages) >= 2, "the long discussion takes the minutes over a page"
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "DRAFT" in page, f"page {number} has no DRAFT mark"
        assert f"{held.ref} · 10 March 2025" in page, "the meeting at the foot of every page"
    assert "DRAFT · Draft minutes, not yet approved." in pages[0]
    assert "Approved by the Monitoring Committee on ____ / ____ / ________." in pages[-1]


def test_circulated_minutes_are_still_a_draft(database: Database, held: Held, tmp_path: Path) -> None:
    meetings.set_meeting_field(database, held.ref, "minutes_status", MinutesStatus.CIRCULATED)
    pages = written(database, held.ref, tmp_path / "minutes.pdf")
    assert all("DRAFT" in page for page in pages)
    assert "Draft minutes, circulated for approval." in pages[0]


def test_approved_minutes_carry_no_draft_mark(database: Database, held: Held, tmp_path: Path) -> None:
    meetings.set_meeting_field(database, held.ref, "minutes_status", MinutesStatus.APPROVED)
    approved_on = documents.meeting_record(database, held.ref).minutes_approved_on
    assert approved_on == date.today()
    pages = written(database, held.ref, tmp_path / "minutes.pdf")
    text = " ".join(pages)
    assert "DRAFT" not in text
    assert "Draft minutes" not in text
    day = Words("en").day(approved_on)
    assert f"Approved on {day}." in pages[0]
    assert f"Approved by the Monitoring Committee on {day}." in text
    assert "____ / ____" not in text
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_portuguese_minutes(database: Database, held: Held, tmp_path: Path) -> None:
    pages = written(database, held.ref, tmp_path / "ata.pdf", "pt")
    text = " ".join(pages)
    assert text.startswith("Comissão de Acompanhamento")
    assert "Ata da reunião" in text and "Minutes of the meeting" not in text
    assert f"{AEC_PT} (AEC)" in text and f"{AEC} (AEC)" not in text, "the cluster's Portuguese name"
    assert in_order(pages[0], "segunda-feira, 10 de março de 2025", "10:00–12:00", "IAPMEI, Lisbon")
    assert all(label in pages[0] for label in ("Referência", "Data", "Hora", "Local", "Presidente"))
    assert "RASCUNHO · Ata em rascunho, ainda não aprovada." in pages[0]
    for number, page in enumerate(pages, start=1):
        assert "RASCUNHO" in page and f"Página {number} de {len(pages)}" in page
        assert "10 de março de 2025" in page
    assert "DRAFT" not in text and "Page 1 of" not in text
    assert in_order(
        text,
        "Presenças",
        "Alpha Associação",
        "Ana Silva (Director)",
        "Presente",
        "Bruno Costa",
        "À distância",
        "Beta Instituto",
        "Carla Dias",
        "Justificou a ausência",
        "Duarte Reis",
        "Ausente",
        "Sem entidade",
        "Rui Mota",
        "Presente",
        "Convidados",
        "Eva Convidada",
        "Presente",
    )
    assert "Deliberação 1. (AEC 2025/01) The agenda is approved." in text
    assert "Deliberação 3. (AEC 2025/03) The budget is revised by June." in text
    assert "Apresentado por Ana Silva." in text
    assert in_order(text, held.new_action, "Send the revised budget", "Carla Dias", "30/06/2025")
    assert near(text, held.old_action, "Em curso", PT("overdue_then"))
    assert near(text, held.closed_action, "Concluída", PT("closed_here"))
    assert "Assuntos pendentes" in text
    assert "Próxima reunião: segunda-feira, 12 de maio de 2025, às 14:30." in text


def test_portuguese_approved_minutes(database: Database, held: Held, tmp_path: Path) -> None:
    meetings.set_meeting_field(database, held.ref, "minutes_status", MinutesStatus.APPROVED)
    text = " ".join(written(database, held.ref, tmp_path / "ata.pdf", "pt"))
    assert "RASCUNHO" not in text and "DRAFT" not in text
    assert f"Aprovada em {Words('pt').day(date.today())}." in text


def test_an_unknown_language_is_refused(database: Database, held: Held, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pt"):
        minutes.write_minutes(documents.meeting_record(database, held.ref), tmp_path / "x.pdf", "fr")
    assert not (tmp_path / "x.pdf").exists()


# -- metadata ------------------------------------------------------------------------------------------------------


def test_the_metadata_name_the_meeting_and_its_secretary(database: Database, held: Held, tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    written(database, held.ref, path)
    reader = PdfReader(path)
    about = reader.metadata
    assert about is not None
    assert about.title is not None and "Minutes" in about.title
    assert held.ref in about.title and "Second monitoring meeting" in about.title
    assert about.author == "Sofia Secretária"
    assert about.subject is not None and held.ref in about.subject and AEC in about.subject
    assert about.creator is not None and "PactDesk" in about.creator
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"

    written(database, held.ref, path, "pt")
    reader = PdfReader(path)
    about = reader.metadata
    assert about is not None and about.title is not None and about.subject is not None
    assert about.title.startswith("Ata da reunião") and held.ref in about.title
    assert AEC_PT in about.subject
    assert reader.trailer["/Root"]["/Lang"] == "pt-PT"


def test_without_a_secretary_the_committee_is_the_author(database: Database, tmp_path: Path) -> None:
    held = held_meeting(database, secretary=False)
    path = tmp_path / "minutes.pdf"
    text = " ".join(written(database, held.ref, path))
    assert "Secretary Sofia" not in text
    about = PdfReader(path).metadata
    assert about is not None and about.author == Words("en")("committee")


# -- the agenda ----------------------------------------------------------------------------------------------------


def test_the_agenda_shows_planned_times_and_presenters(database: Database, held: Held, tmp_path: Path) -> None:
    path = tmp_path / "agenda.pdf"
    minutes.write_agenda(documents.meeting_record(database, held.ref), path, "en")
    assert is_pdf(path)
    pages = page_texts(path)
    text = " ".join(pages)
    assert "Agenda of the meeting" in text and held.ref in text
    assert in_order(text, "Item", "Agenda", "Time", "Planned")
    assert in_order(
        text,
        "1",
        "Welcome and approval of the agenda",
        "Presented by Carlos Presidente.",
        "10:00–10:20",
        "20 min",
        "2",
        "Action plan: state of play",
        "Presented by Ana Silva.",
        "10:20–11:05",
        "45 min",
        "3",
        "Any other business",
        "11:05–11:20",
        "15 min",
        "4",
        "Closing",
        "11:20",
        "—",  # no planned length: only when it starts
        "Matters arising",
    )
    assert "11:20–" not in text
    assert "DRAFT" not in text, "an agenda is not minutes"
    assert "The chair opened the meeting." not in text and "Decision 1." not in text
    # Only the earlier actions still open come up.
    assert in_order(text, held.old_action, "Map the supply chain", "Ana Silva", "2025-02-01")
    assert near(text, held.old_action, "In progress", EN("overdue_then"))
    assert "Book the venue" not in text
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    about = PdfReader(path).metadata
    assert about is not None and about.title is not None and "Agenda" in about.title


def test_the_portuguese_agenda(database: Database, held: Held, tmp_path: Path) -> None:
    path = tmp_path / "ordem.pdf"
    minutes.write_agenda(documents.meeting_record(database, held.ref), path, "pt")
    text = all_text(path)
    assert "Ordem de trabalhos da reunião" in text
    assert in_order(text, "Ponto", "Ordem de trabalhos", "Hora", "Previsto")
    assert in_order(text, "Action plan: state of play", "Apresentado por Ana Silva.", "10:20–11:05", "45 min")
    assert "RASCUNHO" not in text and "DRAFT" not in text
    assert "Página 1 de" in text


# -- writing atomically ------------------------------------------------------------------------------------------


class Boom(Flowable):
    """A flowable that fails while the page is laid out."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        raise RuntimeError("boom")


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".partial"))


@pytest.fixture
def older(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "minutes.pdf"
    path.write_bytes(b"%PDF-1.4 an older file that must survive\n")
    return path


def test_progress_is_told_and_a_new_file_replaces_the_older(database: Database, held: Held, older: Path) -> None:
    told: list[tuple[int, int]] = []
    minutes.write_minutes(
        documents.meeting_record(database, held.ref), older, progress=lambda done, total: told.append((done, total))
    )
    assert is_pdf(older)
    assert told, "progress is reported while the minutes are laid out"
    assert all(0 < done <= total for done, total in told)
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert leftovers(older.parent) == []


def test_cancelling_leaves_the_older_file_as_it_was(database: Database, held: Held, older: Path) -> None:
    before = older.read_bytes()

    def cancel(done: int, total: int) -> None:
        raise CancelledError("Cancelled.")

    with pytest.raises(CancelledError):
        minutes.write_minutes(documents.meeting_record(database, held.ref), older, progress=cancel)
    assert older.read_bytes() == before
    assert leftovers(older.parent) == []


def test_a_layout_failure_leaves_the_older_file_as_it_was(
    database: Database, held: Held, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = older.read_bytes()
    story = minutes.minutes_story
    monkeypatch.setattr(minutes, "minutes_story", lambda *args: [*story(*args), Boom()])
    with pytest.raises(ExchangeError) as caught:
        minutes.write_minutes(documents.meeting_record(database, held.ref), older)
    message = str(caught.value)
    assert "minutes.pdf could not be laid out" in message and "boom" in message
    assert "unchanged" in message
    assert older.read_bytes() == before
    assert leftovers(older.parent) == []


def test_a_full_disk_leaves_the_older_file_as_it_was(
    database: Database, held: Held, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = older.read_bytes()
    seen: list[Path] = []

    def full(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        seen.append(Path(source))
        assert Path(source).read_bytes().startswith(b"%PDF-"), "the whole PDF was written beside the target"
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(ExchangeError, match=r"^The disk is full, so minutes\.pdf was not written\."):
        minutes.write_minutes(documents.meeting_record(database, held.ref), older)
    monkeypatch.undo()
    assert seen and seen[0].parent == older.parent
    assert older.read_bytes() == before
    assert leftovers(older.parent) == []


def test_a_missing_folder_is_refused_with_a_sentence(database: Database, held: Held, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "minutes.pdf"
    with pytest.raises(ExchangeError) as caught:
        minutes.write_minutes(documents.meeting_record(database, held.ref), target)
    message = str(caught.value)
    assert "does not exist" in message and str(target.parent) in message
    assert message[0].isupper() and message.endswith(".")
    assert not target.parent.exists()


def test_a_folder_is_not_a_file_name(database: Database, held: Held, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="is a folder"):
        minutes.write_minutes(documents.meeting_record(database, held.ref), tmp_path)


def test_lines_starting_with_a_dash_are_bullets_in_the_minutes(database: Database, tmp_path: Path) -> None:
    """As the minutes box promises ("Start a line with “- ” for a bullet"); a new secretary found the PDF kept the
    hyphens."""
    from pactdesk.services import agenda

    ref = meetings.create_meeting(database, "AEC", title="Bullets", starts_at="2025-03-10 10:00")
    agenda.add_agenda_item(
        database,
        ref,
        "Training",
        minutes="The cluster reported:\n- a first point & <more>\n* a second point\nThe Committee took note.",
    )
    text = " ".join(written(database, ref, tmp_path / "bullets.pdf"))
    assert in_order(
        text, "The cluster reported:", "• a first point & <more>", "• a second point", "The Committee took note."
    )
    assert "- a first point" not in text and "* a second point" not in text
    story = minutes.minutes_text("Intro\n- one\nplain\n\nnext", minutes.styles())
    assert [getattr(part, "bulletText", None) for part in story] == [None, "•", None, None]


def test_the_minutes_list_the_files_kept_with_each_item_and_the_binder_their_annex(
    database: Database, held: Held, tmp_path: Path
) -> None:
    import hashlib

    from pactdesk.services import attachments

    slides = b"%PDF-1.7 slides of the training plan " * 100
    attachments.attach(database, held.ref, "Apresentação <formação> & plano.pdf", slides, item=2)
    attachments.attach(database, held.ref, "Lista de presenças.pdf", b"%PDF-1.7 signatures")
    text = flat(" ".join(written(database, held.ref, tmp_path / "minutes.pdf")))
    short = hashlib.sha256(slides).hexdigest()[:12]
    assert f"Apresentação <formação> & plano.pdf · 4 KB · SHA-256 {short}…" in text
    assert "Attachments of the meeting" in text and "Lista de presenças.pdf · 19 bytes" in text
    record = documents.meeting_record(database, held.ref)
    assert [line.name for line in record.items[1].attachments] == ["Apresentação <formação> & plano.pdf"]
    pt = flat(" ".join(written(database, held.ref, tmp_path / "ata.pdf", "pt")))
    assert "Anexos da reunião" in pt and "Anexos Apresentação" in pt
    year = record.starts_at.year
    binder = tmp_path / "binder.pdf"
    minutes.write_binder(documents.binder_records(database, record.cluster.code, year), binder)
    annex = flat(" ".join(page_texts(binder)))
    assert "Annex: the files kept with the meetings" in annex and f"SHA-256 {short}…" in annex
