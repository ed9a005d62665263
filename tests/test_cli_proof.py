"""``pactdesk export minutes`` writes approved minutes as their archived PDF/A (the bytes kept in the database), and
``pactdesk verify FILE.pdf`` says what a PDF is: exit 0 only for the approved minutes in force, unchanged."""

from __future__ import annotations

import errno
import io
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import select

from pactdesk.cli import main
from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.models import MinutesDocument
from pactdesk.exchange import atomic
from pactdesk.services import meetings, minutes_versions, workspace
from pactdesk.store.database import Database
from tests.exchange.pdfs import held_meeting


@pytest.fixture
def ref(database: Database) -> str:
    made = held_meeting(database).ref
    meetings.set_minutes_status(database, made, MinutesStatus.APPROVED, date(2025, 3, 20))
    return made


def kept(db_path: Path) -> list[bytes]:
    database = workspace.open_workspace(workspace.location(str(db_path)), readonly=True)
    try:
        with database.read() as session:
            return [bytes(row.content) for row in session.scalars(select(MinutesDocument).order_by(MinutesDocument.id))]
    finally:
        database.close()


def test_approved_minutes_export_as_their_archive_and_verify(
    database: Database, ref: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    version = minutes_versions.history(database, ref)[-1]
    database.close()  # as when the window is closed: the command keeps the archive in the file
    target = tmp_path / "ata.pdf"
    assert main(["export", "minutes", ref, str(target), "--db", str(db_path), "--lang", "pt"]) == 0
    said = capsys.readouterr()
    assert f"Approved minutes of {ref} (version {version.number}, PDF/A-2b, SHA-256 " in said.out and said.err == ""
    assert kept(db_path) == [target.read_bytes()]
    with pikepdf.open(target) as pdf:
        assert pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False).pdfa_status == "2B"
    again = tmp_path / "again.pdf"
    assert main(["export", "minutes", ref, str(again), "--db", str(db_path), "--lang", "pt"]) == 0
    assert again.read_bytes() == target.read_bytes() and len(kept(db_path)) == 1
    capsys.readouterr()

    assert main(["verify", str(target), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0] == f"This is the archived PDF/A of the approved minutes of {ref} (version {version.number}), unchanged."
    )
    assert f"  Meeting:      {ref}" in out and f"  Fingerprint:  {version.fingerprint}" in out
    assert main(["verify", str(target), "--db", str(db_path), "--json"]) == 0
    about = json.loads(capsys.readouterr().out)
    assert (about["verdict"], about["approved"], about["meeting"]) == ("archived", True, ref)
    assert (about["version"], about["fingerprint"], about["minutes_status"]) == (
        version.number,
        version.fingerprint,
        "approved",
    )

    flipped = bytearray(target.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(flipped))
    assert main(["verify", str(changed), "--db", str(db_path), "--json"]) == 1
    about = json.loads(capsys.readouterr().out)
    assert (about["verdict"], about["approved"]) == ("changed", False)
    assert main(["verify", str(changed), "--db", str(db_path)]) == 1
    assert "it was changed after it was written" in capsys.readouterr().out


def test_draft_minutes_export_as_before_and_do_not_verify(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = held_meeting(database).ref
    target = tmp_path / "draft.pdf"
    assert main(["export", "minutes", draft, str(target), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.startswith(f"Minutes of {draft} written to")
    with pikepdf.open(target) as pdf:
        assert "/OutputIntents" not in pdf.Root
    assert main(["verify", str(target), "--db", str(db_path)]) == 1
    assert "a draft of the minutes" in capsys.readouterr().out
    assert kept(db_path) == []


def test_with_the_file_open_elsewhere_the_archive_is_written_not_kept(
    database: Database, ref: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window holds the file: the command cannot keep the archive, says so, and the file still verifies."""
    target = tmp_path / "ata.pdf"
    assert main(["export", "minutes", ref, str(target), "--db", str(db_path)]) == 0
    said = capsys.readouterr()
    assert "PDF/A-2b" in said.out and "the archived copy was not kept in the database" in said.err
    assert kept(db_path) == []
    assert main(["verify", str(target), "--db", str(db_path)]) == 0
    assert "not kept on record" in capsys.readouterr().out


def test_verify_says_what_a_file_is_not(
    database: Database, ref: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("ata.txt", "Not a PDF.")
    blank = pikepdf.new()
    blank.add_blank_page()
    other = io.BytesIO()
    blank.save(other)
    files = {
        "zip.pdf": (packed.getvalue(), "not a readable PDF"),
        "empty.pdf": (b"", "This file is empty"),
        "other.pdf": (other.getvalue(), "not written by PactDesk"),
    }
    for name, (content, said) in files.items():
        (tmp_path / name).write_bytes(content)
        assert main(["verify", str(tmp_path / name), "--db", str(db_path)]) == 1, name
        out = capsys.readouterr()
        assert said in out.out and "Traceback" not in out.err, name
    assert main(["verify", str(tmp_path / "missing.pdf"), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pactdesk: There is no file") and err.count("\n") == 1
    assert main(["verify", str(tmp_path / "zip.pdf"), "--db", str(tmp_path / "nowhere.sqlite")]) == 1
    assert "There is no database" in capsys.readouterr().err


def test_verify_documents_its_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as shown:
        main(["verify", "--help"])
    assert shown.value.code == 0
    text = capsys.readouterr().out
    assert "exit status:" in text and "0  the file is the approved minutes in force, unchanged" in text
    assert "1  anything else" in text and "--json" in text


def test_a_full_disk_leaves_the_older_file_as_it_was(
    database: Database,
    ref: str,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database.close()
    target = tmp_path / "ata.pdf"
    target.write_bytes(b"%PDF-1.4 an older file that must survive\n")

    def full(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    assert main(["export", "minutes", ref, str(target), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pactdesk: The disk is full, so ata.pdf was not written.") and err.count("\n") == 1
    assert target.read_bytes() == b"%PDF-1.4 an older file that must survive\n"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".partial")] == []


def test_the_demos_approved_minutes_export_and_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What tests/test_cli_options.py runs: the demo's approved minutes (kept with no version) get one, and verify."""
    demo = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(demo), "--as-of", "2026-06-30"]) == 0
    database = workspace.open_workspace(workspace.location(str(demo)), readonly=True)
    try:
        approved = next(
            row.ref
            for row in meetings.list_meetings(database, limit=500)
            if row.minutes_status is MinutesStatus.APPROVED
        )
    finally:
        database.close()
    db = ["--db", str(demo)]
    assert main(["export", "minutes", approved, str(tmp_path / "approved.pdf"), *db]) == 0
    assert main(["verify", str(tmp_path / "approved.pdf"), *db]) == 0
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "approved.pdf"), "--json", "--database-url", f"sqlite:///{demo}"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "archived"


def test_a_signed_copy_verifies_with_its_signer(
    database: Database, ref: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pactdesk.services import proof, signing
    from tests.signing_tokens import PASSWORD, SIGNER, write_pkcs12

    signed = tmp_path / "assinada.pdf"
    p12 = write_pkcs12(tmp_path / "signer.p12")
    signed.write_bytes(signing.sign_pkcs12(proof.archived_pdf(database, ref, "pt"), p12, PASSWORD))
    assert main(["verify", str(signed), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"This is a signed copy of the approved minutes of {ref}")
    assert f"  Signed by:    {SIGNER}" in out and "(intact, certificate not checked" in out
    assert main(["verify", str(signed), "--db", str(db_path), "--json"]) == 0
    [signature] = json.loads(capsys.readouterr().out)["signatures"]
    assert SIGNER in signature["signer"] and signature["intact"] and not signature["modified_after_signing"]
