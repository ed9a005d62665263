"""The register of decisions as PDF, read back with pypdf: per cluster and year each decision with its number, its
wording, its meeting, item and day, in order; in English and in Portuguese; a contents page and a bookmark per
register when it holds several; fonts embedded; what people typed printed as typed; an older file kept whole when
the new one cannot be written."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pactdesk.domain.errors import ExchangeError
from pactdesk.exchange import atomic
from pactdesk.exchange.pdf.register import write_register
from pactdesk.services import agenda, meetings, register
from pactdesk.store.database import Database
from tests.exchange.pdfs import HOSTILE, fonts_of, in_order, page_texts

TODAY = date(2026, 6, 30)


@pytest.fixture
def recorded(database: Database) -> dict[str, str]:
    """TEX's decisions of 2025 (three, at two meetings, one of them under a second item) and of 2026, and one of
    AEC in 2025."""
    march = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    plan = agenda.add_agenda_item(database, march, "Work plan")
    budget = agenda.add_agenda_item(database, march, "Budget")
    agenda.add_decision(database, plan, "The work plan is approved.")
    agenda.add_decision(database, budget, "The budget is revised by June.")
    june = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-06-02 10:00")
    agenda.add_decision(database, agenda.add_agenda_item(database, june, "Training"), "A ação de formação é aprovada.")
    january = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    agenda.add_decision(database, agenda.add_agenda_item(database, january, "Fairs"), "Two fairs in 2026.")
    aec = meetings.create_meeting(database, "AEC", title="Monitoring", starts_at="2025-05-05 10:00")
    agenda.add_decision(database, agenda.add_agenda_item(database, aec, "Studies"), "A study of the sector.")
    return {"march": march, "june": june, "january": january, "aec": aec}


def test_one_cluster_and_year_in_english(database: Database, recorded: dict[str, str], tmp_path: Path) -> None:
    path = write_register(register.register(database, cluster="TEX", year=2025), tmp_path / "r.pdf", today=TODAY)
    cover, listing = page_texts(path)
    assert in_order(
        cover,
        "Register of decisions",
        "Textile Cluster: Technology and Fashion (TEX) · 2025",
        "3 decisions · 2025",
        "As of 30 June 2026",
        "Page 1 of 2",
    )
    march, june = recorded["march"], recorded["june"]
    assert in_order(
        listing,
        "Textile Cluster: Technology and Fashion (TEX)",
        "Decisions of 2025",
        "3 decisions",
        "No. Decision Meeting Date",
        f"TEX 2025/01 The work plan is approved. {march} item 1 2025-03-03",
        f"TEX 2025/02 The budget is revised by June. {march} item 2 2025-03-03",
        f"TEX 2025/03 A ação de formação é aprovada. {june} item 1 2025-06-02",
        "Register of decisions · TEX 2025",
        "Page 2 of 2",
    )
    assert "2026" not in listing and "AEC" not in listing
    about = PdfReader(path).metadata
    assert about is not None
    assert about.title == "Register of decisions: Textile Cluster: Technology and Fashion (TEX) · 2025"
    assert about.subject == "Register of the decisions of Textile Cluster: Technology and Fashion (TEX) · 2025"
    assert fonts_of(path) and all(fonts_of(path).values()), "every font is embedded"


def test_every_register_in_portuguese_with_contents_and_bookmarks(
    database: Database, recorded: dict[str, str], tmp_path: Path
) -> None:
    path = write_register(register.register(database), tmp_path / "registo.pdf", "pt", today=TODAY)
    pages = page_texts(path)
    assert in_order(pages[0], "Registo das deliberações", "Todos os clusters", "5 deliberações · 2025–2026")
    assert "Situação a 30 de junho de 2026" in pages[0]
    headings = [
        "AEC · 2025 · Cluster AEC – Arquitetura, Engenharia e Construção",
        "TEX · 2025 · Cluster Têxtil: Tecnologia e Moda",
        "TEX · 2026 · Cluster Têxtil: Tecnologia e Moda",
    ]
    assert in_order(pages[1], "Índice", *headings), "the contents come after the cover"
    text = " ".join(pages[2:])
    assert in_order(
        text,
        "Cluster AEC – Arquitetura, Engenharia e Construção (AEC)",
        "Deliberações de 2025",
        "1 deliberação",
        "N.º Deliberação Reunião Data",
        f"AEC 2025/01 A study of the sector. {recorded['aec']} ponto 1 05/05/2025",
        "Deliberações de 2025",
        "3 deliberações",
        f"TEX 2025/03 A ação de formação é aprovada. {recorded['june']} ponto 1 02/06/2025",
        "Deliberações de 2026",
        f"TEX 2026/01 Two fairs in 2026. {recorded['january']} ponto 1 12/01/2026",
    )
    assert f"Página {len(pages)} de {len(pages)}" in pages[-1]
    reader = PdfReader(path)
    assert [entry.title for entry in reader.outline] == headings
    assert [reader.get_destination_page_number(entry) for entry in reader.outline] == [2, 3, 4]
    assert reader.metadata is not None and reader.metadata.title == "Registo das deliberações: Todos os clusters"


def test_what_people_typed_is_printed_as_typed(database: Database, tmp_path: Path) -> None:
    ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2025-03-03 10:00")
    item = agenda.add_agenda_item(database, ref, "Hostile")
    for text in HOSTILE:
        agenda.add_decision(database, item, text)
    agenda.add_decision(database, item, "Long. " * 3000)  # taller than a page: split across pages, not lost
    path = write_register(register.register(database), tmp_path / "r.pdf", today=TODAY)
    text = " ".join(page_texts(path))
    for typed in HOSTILE:
        assert typed in text
    assert text.count("Long.") == 3000


def test_an_older_file_is_kept_whole_when_the_register_cannot_be_written(
    database: Database, recorded: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "register.pdf"
    target.write_bytes(b"%PDF-1.4 the older register")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    parts = register.register(database)
    with monkeypatch.context() as patch:
        patch.setattr(atomic.os, "replace", full)
        with pytest.raises(ExchangeError, match=r"The disk is full, so register\.pdf was not written"):
            write_register(parts, target, today=TODAY)
    assert target.read_bytes() == b"%PDF-1.4 the older register"
    assert [path.name for path in folder.iterdir()] == ["register.pdf"], "no half-written file left"
