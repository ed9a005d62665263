"""``pactdesk attach REF FILE [--item N] [--allow-executable] [--max-size MB]``, ``pactdesk attachments REF
[--json]`` and ``pactdesk attachment get REF NAME OUT``: files kept, listed and written back byte for byte under safe
names; every refusal one sentence on stderr with exit 1 and nothing kept, nothing written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pactdesk.cli import main
from pactdesk.domain.enums import MinutesStatus
from pactdesk.services import agenda, attachments, meetings, workspace

SLIDES = b"%PDF-1.7\n" + b"the training programme " * 100


@pytest.fixture
def db(db_path: Path) -> Path:
    database = workspace.open_workspace(workspace.location(str(db_path)))
    try:
        ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
        agenda.add_agenda_item(database, ref, "Approval of the previous minutes")
        agenda.add_agenda_item(database, ref, "Training programmes")
    finally:
        database.close()
    return db_path


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "Apresentação.pdf").write_bytes(SLIDES)
    (folder / "CON.txt").write_bytes(b"notes")
    (folder / "setup.exe").write_bytes(b"MZ\x90\x00")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    said = capsys.readouterr()
    return code, said.out, said.err


def listed(db: Path) -> list[attachments.AttachmentRow]:
    database = workspace.open_workspace(workspace.location(str(db)), readonly=True)
    try:
        return attachments.attachments(database, "TEX-2026-01")
    finally:
        database.close()


def test_attach_list_and_get_a_file(db: Path, files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "attach", "--db", str(db), "tex-2026-01", str(files / "Apresentação.pdf"), "--item", "2"
    )
    digest = hashlib.sha256(SLIDES).hexdigest()
    assert code == 0, err
    assert out == (
        f"Apresentação.pdf (2 KB, SHA-256 {digest[:12]}…) is kept with item 2, “Training programmes”, of TEX-2026-01, "
        "as number 1.\n"
    )
    code, out, err = run(capsys, "attach", "--db", str(db), "TEX-2026-01", str(files / "CON.txt"))
    assert code == 0 and "is kept with TEX-2026-01, as number 2." in out, err

    code, out, err = run(capsys, "attachments", "--db", str(db), "TEX-2026-01")
    assert code == 0, err
    first, second = out.splitlines()
    assert first.split()[:4] == ["2", "meeting", "5", "bytes"] and first.endswith(
        "CON.txt  (" + listed(db)[0].created_by + ")"
    )
    assert second.split()[:4] == ["1", "item", "2", "2"] and f"{digest[:12]}  Apresentação.pdf" in second

    code, out, err = run(capsys, "attachments", "--db", str(db), "TEX-2026-01", "--json")
    assert code == 0, err
    found = json.loads(out)
    assert [(row["number"], row["item"], row["name"], row["size"], row["sha256"]) for row in found] == [
        (2, None, "CON.txt", 5, hashlib.sha256(b"notes").hexdigest()),
        (1, 2, "Apresentação.pdf", len(SLIDES), digest),
    ]
    assert found[1]["media_type"] == "application/pdf" and found[1]["executable"] is False

    out_folder = tmp_path / "out"
    out_folder.mkdir()
    code, out, err = run(
        capsys, "attachment", "get", "--db", str(db), "TEX-2026-01", "Apresentação.pdf", str(out_folder / "a.pdf")
    )
    assert code == 0 and (out_folder / "a.pdf").read_bytes() == SLIDES, err
    code, out, err = run(capsys, "attachment", "get", "--db", str(db), "TEX-2026-01", "con.txt", str(out_folder))
    assert code == 0, err
    assert out == f"CON.txt of TEX-2026-01 (5 bytes) written to {out_folder / '_CON.txt'}.\n"
    assert (out_folder / "_CON.txt").read_bytes() == b"notes"
    assert sorted(path.name for path in out_folder.iterdir()) == ["_CON.txt", "a.pdf"]


def test_get_writes_to_standard_output(db: Path, files: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["attach", "--db", str(db), "TEX-2026-01", str(files / "Apresentação.pdf")]) == 0
    capsysbinary.readouterr()
    assert main(["attachment", "get", "--db", str(db), "TEX-2026-01", "1", "-"]) == 0
    assert capsysbinary.readouterr().out == SLIDES


def test_two_files_of_one_name_are_told_apart_by_their_numbers(
    db: Path, files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for item in ("1", "2"):
        assert main(["attach", "--db", str(db), "TEX-2026-01", str(files / "CON.txt"), "--item", item]) == 0
    code, out, err = run(capsys, "attachment", "get", "--db", str(db), "TEX-2026-01", "CON.txt", str(tmp_path / "x"))
    assert code == 1 and out == ""
    assert err == (
        "pactdesk: 2 files of TEX-2026-01 are named “CON.txt” (numbers 1, 2); give the number of the one you want, as "
        "pactdesk attachments TEX-2026-01 lists it.\n"
    )
    assert not (tmp_path / "x").exists()
    code, out, err = run(capsys, "attachment", "get", "--db", str(db), "TEX-2026-01", "2", str(tmp_path / "x"))
    assert code == 0 and (tmp_path / "x").read_bytes() == b"notes", err


def test_a_program_needs_allow_executable(db: Path, files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "attach", "--db", str(db), "TEX-2026-01", str(files / "setup.exe"))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "“setup.exe” is a program or a script" in err and "--allow-executable" in err
    assert listed(db) == []
    code, out, err = run(
        capsys, "attach", "--db", str(db), "TEX-2026-01", str(files / "setup.exe"), "--allow-executable"
    )
    assert code == 0, err
    code, out, err = run(capsys, "attachments", "--db", str(db), "TEX-2026-01")
    assert out.rstrip().endswith("(a program: runs when opened)")


def test_max_size_refuses_a_larger_file_before_reading_it(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sparse = tmp_path / "video.mp4"
    with open(sparse, "wb") as handle:
        handle.truncate(3 * attachments.MB)
    code, out, err = run(capsys, "attach", "--db", str(db), "TEX-2026-01", str(sparse), "--max-size", "2")
    assert code == 1 and err.startswith("pactdesk: “video.mp4” is 3 MB, more than the 2 MB a file may have;")
    assert "--max-size" in err and listed(db) == []
    code, out, err = run(capsys, "attach", "--db", str(db), "TEX-2026-01", str(sparse), "--max-size", "3")
    assert code == 0 and "video.mp4 (3 MB, SHA-256" in out, err
    for wrong in ("0", "501"):
        code, _, err = run(capsys, "attach", "--db", str(db), "TEX-2026-01", str(sparse), "--max-size", wrong)
        assert (code, err) == (1, "pactdesk: --max-size takes a number of megabytes from 1 to 500.\n")


def test_every_refusal_is_one_sentence_and_keeps_nothing(
    db: Path, files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = workspace.open_workspace(workspace.location(str(db)))
    try:
        approved = meetings.create_meeting(database, "AEC", title="Held", starts_at="2026-01-05 10:00")
        meetings.set_minutes_status(database, approved, MinutesStatus.APPROVED, "2026-01-05")
    finally:
        database.close()
    slides = str(files / "Apresentação.pdf")
    refusals = {
        ("attach", "TEX-2026-01", str(files / "missing.pdf")): "There is no file",
        ("attach", "TEX-2026-01", str(files)): "is a folder; attach the files in it one by one.",
        ("attach", "TEX-2026-01", slides, "--item", "9"): "TEX-2026-01 has no item 9; its agenda has 2 items.",
        ("attach", "TEX-1999-01", slides): "There is no meeting with the reference “TEX-1999-01”.",
        ("attach", approved, slides): "are approved, so no file can be attached to the meeting or removed from it",
        ("attachments", "TEX-1999-01"): "There is no meeting with the reference “TEX-1999-01”.",
        ("attachment", "get", "TEX-2026-01", "nothing.pdf", str(tmp_path / "n.pdf")): (
            "TEX-2026-01 has no attachment named “nothing.pdf”; pactdesk attachments TEX-2026-01 lists its files."
        ),
    }
    for argv, said in refusals.items():
        code, out, err = run(capsys, *argv, "--db", str(db))
        assert code == 1 and out == "", argv
        assert err.startswith("pactdesk: ") and err.count("\n") == 1 and said in err, err
        assert "Traceback" not in err and "unexpected" not in err
    assert listed(db) == [] and not (tmp_path / "n.pdf").exists()


def test_an_empty_meeting_says_how_to_attach(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "attachments", "--db", str(db), "TEX-2026-01")
    assert (code, out) == (0, "No file is kept with TEX-2026-01; pactdesk attach TEX-2026-01 FILE keeps one.\n")
