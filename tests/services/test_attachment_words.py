"""The words inside attached files are found by the search, on a file and on a server: a PDF, an OpenDocument text
and spreadsheet, a Word document, a presentation and a workbook, attached from a path or as bytes, found by a word
that is only inside them, accents and case aside, with the words around it as the snippet. Hostile files (a PDF of
garbage, one cut short, one locked with a password, a zip bomb dressed as a .docx, an entity bomb in an .odt, NUL and
control characters) are attached all the same, byte for byte, and nothing inside them is found. A removal takes the
words out of the search and its undo brings them back; a backup and copies between a file and a server keep them
found; the words are not in the audit log; the command line finds them too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from pactdesk.cli import main
from pactdesk.domain.models import Attachment, AuditEntry
from pactdesk.services import agenda, attachments, meetings, search, workspace
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation
from tests.exchange import attached_documents as documents

# The word only the files say, and how each kind of file says it.
WORD = "transfronteiriça"
FILES: dict[str, Callable[[], bytes]] = {
    "Relatório.pdf": lambda: documents.pdf([["Relatório de execução"], [f"Cooperação {WORD} com a Galiza"]]),
    "Ata.odt": lambda: documents.odt("Ata da reunião", f"Cooperação {WORD} com a Galiza"),
    "Plano.ods": lambda: documents.ods([["Ação", "Estado"], [f"Cooperação {WORD} com a Galiza", "em curso"]]),
    "Parecer.docx": lambda: documents.docx("Parecer", f"Cooperação {WORD} com a Galiza"),
    "Apresentação.pptx": lambda: documents.pptx({1: ["Título"], 2: [f"Cooperação {WORD} com a Galiza"]}),
    "Orçamento.xlsx": lambda: documents.xlsx([["Rubrica", "Valor"], [f"Cooperação {WORD} com a Galiza", 1000]]),
    "Notas.txt": lambda: f"Notas soltas.\nCooperação {WORD} com a Galiza.\n".encode(),
}
HOSTILE: dict[str, Callable[[], bytes]] = {
    "Lixo.pdf": lambda: b"%PDF-1.7\n" + f"Cooperação {WORD}".encode() + bytes(range(256)) * 40,
    "Cortado.pdf": lambda: (lambda whole: whole[: len(whole) // 2])(documents.pdf([[f"Cooperação {WORD}"]])),
    "Fechado.pdf": lambda: documents.locked_pdf(f"Cooperação {WORD}", user_password="segredo"),
    "Bomba.docx": documents.zip_bomb_docx,
    "Entidades.odt": lambda: documents.entity_bomb_odt().replace(b"segredo", WORD.encode()),
}


@pytest.fixture
def ref(database: Database) -> str:
    held = meetings.create_meeting(database, "TEX", title="Acompanhamento", starts_at="2026-01-12 10:00")
    agenda.add_agenda_item(database, held, "Aprovação da ata anterior")
    agenda.add_agenda_item(database, held, "Internacionalização")
    return held


def found(database: Database, query: str) -> list[search.Hit]:
    return search.search(database, query, kinds=["attachment"])


def kept_text(database: Database, attachment_id: int) -> str:
    with database.read() as session:
        return str(session.scalar(select(Attachment.text).where(Attachment.id == attachment_id)))


@pytest.mark.parametrize("name", list(FILES))
def test_a_word_only_inside_the_file_finds_it_accents_and_case_aside(
    database: Database, ref: str, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(FILES[name]())
    kept = attachments.attach(database, ref, None, path, item=2)
    item_id = agenda.agenda(database, ref)[1].id
    for query in ("transfronteirica", "TRANSFRONTEIRIÇA", "transfront", '"cooperacao transfronteirica"'):
        hits = found(database, query)
        assert [(hit.id, hit.title, hit.meeting_ref, hit.agenda_item_id) for hit in hits] == [
            (kept.id, name, ref, item_id)
        ], query
    assert f"[[Cooperação]] [[{WORD}]] com a Galiza" in hits[0].snippet  # the words around it, from inside the file
    assert found(database, "galiza fronteira") == []  # every word must be in it


def test_bytes_attached_without_a_file_are_read_too_and_a_meetings_own_file_is_found(
    database: Database, ref: str
) -> None:
    kept = attachments.attach(database, ref, "Ata.odt", FILES["Ata.odt"]())
    [hit] = found(database, "transfronteirica")
    assert (hit.id, hit.meeting_ref, hit.agenda_item_id) == (kept.id, ref, None)
    everything = search.search(database, "transfronteirica")
    assert [hit.kind for hit in everything] == ["attachment"]


def test_the_same_bytes_under_two_names_are_found_twice(database: Database, ref: str) -> None:
    data = FILES["Parecer.docx"]()
    first = attachments.attach(database, ref, "Parecer.docx", data)
    second = attachments.attach(database, ref, "Parecer (cópia).docx", data, item=1)
    assert {hit.id for hit in found(database, "transfronteirica")} == {first.id, second.id}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_is_attached_whole_and_nothing_inside_it_is_found(
    database: Database, ref: str, tmp_path: Path, name: str
) -> None:
    data = HOSTILE[name]()
    path = tmp_path / name
    path.write_bytes(data)
    kept = attachments.attach(database, ref, None, path)
    assert attachments.content(database, kept.id) == data
    assert kept_text(database, kept.id) == ""
    assert found(database, "transfronteirica") == []
    assert [hit.id for hit in found(database, name.split(".")[0])] == [kept.id]  # found by its name


def test_nul_and_control_characters_are_left_out_and_the_words_around_them_found(database: Database, ref: str) -> None:
    data = b"Coopera\xc3\xa7\xc3\xa3o\x00 transfronteiri\xc3\xa7a\x01\x02 com\x1b[0m a Galiza\x0b fim"
    kept = attachments.attach(database, ref, "controlo.txt", data)
    assert kept_text(database, kept.id) == "Cooperação transfronteiriça com[0m a Galiza\nfim"
    assert [hit.id for hit in found(database, "transfronteirica galiza")] == [kept.id]


def test_the_longest_text_of_the_widest_characters_is_kept_and_searched(database: Database, ref: str) -> None:
    """200,000 characters of four bytes each, in words of two: 800 KB of words, which a server's tsvector holds."""
    rare = [chr(0x20000 + number) for number in range(20_000)]  # CJK letters beyond the first plane
    words = " ".join(rare[number % len(rare)] + rare[(number * 7) % len(rare)] for number in range(70_000))
    kept = attachments.attach(database, ref, "raro.txt", f"{WORD} {words}".encode())
    assert len(kept_text(database, kept.id)) <= 200_000
    assert [hit.id for hit in found(database, "transfronteirica")] == [kept.id]


def test_a_removal_takes_the_words_away_and_its_undo_brings_them_back(database: Database, ref: str) -> None:
    kept = attachments.attach(database, ref, "Relatório.pdf", FILES["Relatório.pdf"](), item=2)
    removed = attachments.remove(database, kept.id)
    assert found(database, "transfronteirica") == []
    attachments.put_back(database, removed)
    assert [hit.id for hit in found(database, "transfronteirica")] == [kept.id]
    assert WORD in kept_text(database, kept.id)


def test_the_words_are_not_in_the_audit_log(database: Database, ref: str) -> None:
    kept = attachments.attach(database, ref, "Notas.txt", FILES["Notas.txt"]())
    attachments.put_back(database, attachments.remove(database, kept.id))
    with database.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.payload).where(
                AuditEntry.table_name == "attachment", AuditEntry.record_id == kept.id
            )
        ).all()
    assert [action for action, _ in entries] == ["insert", "delete", "insert"]
    for _, payload in entries:
        fields = json.loads(payload)
        assert "name" in fields and "text" not in fields
        assert WORD not in payload


def option(database: Database) -> list[str]:
    if database.path is not None:
        return ["--db", str(database.path)]
    return ["--database-url", database.location.url]


def test_the_command_line_attaches_a_pdf_and_its_words_are_found_as_json(
    database: Database, ref: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Relatório.pdf"
    path.write_bytes(FILES["Relatório.pdf"]())
    where = option(database)
    database.close()  # the command line opens the database itself
    capsys.readouterr()
    assert main(["attach", *where, ref, str(path), "--item", "2"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["search", *where, "transfronteirica", "--json"]) == 0, capsys.readouterr().err
    hits = json.loads(capsys.readouterr().out)
    assert [(hit["kind"], hit["title"], hit["meeting"], hit["cluster"]) for hit in hits] == [
        ("attachment", "Relatório.pdf", ref, "TEX")
    ]
    assert f"[[{WORD}]]" in hits[0]["snippet"]


def test_backups_and_copies_between_a_file_and_a_server_keep_the_words_found(
    database: Database, ref: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    kept = attachments.attach(database, ref, "Ata.odt", FILES["Ata.odt"](), item=2)
    backup = tmp_path / "backup.sqlite"
    assert main(["backup", str(backup), *option(database)]) == 0
    places = [DatabaseLocation.for_file(backup)]
    if database.path is not None:  # a file: copied to a server (which makes its index), and back to a file
        server = request.getfixturevalue("empty_postgres_url")
        assert main(["copy", *option(database), "--to", server]) == 0
        back = tmp_path / "back.sqlite"
        assert main(["copy", "--database-url", server, "--to", str(back)]) == 0
        places += [DatabaseLocation.for_url(server), DatabaseLocation.for_file(back)]
    else:  # a server: copied to a file
        copied = tmp_path / "copied.sqlite"
        assert main(["copy", *option(database), "--to", str(copied)]) == 0
        places.append(DatabaseLocation.for_file(copied))
    for place in places:
        copy = workspace.open_workspace(place, readonly=True)
        try:
            assert [hit.id for hit in found(copy, "transfronteirica")] == [kept.id], place.describe()
            assert kept_text(copy, kept.id) == kept_text(database, kept.id)
        finally:
            copy.close()
