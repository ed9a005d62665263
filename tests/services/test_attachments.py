"""Files kept with a meeting or its agenda items, on a file and on a server: added from a path or as bytes, kept once
per SHA-256, read back checked against it, refused over the size limit before being read whole, refused when they
run when opened (unless allowed), written under safe names whatever they are called, removed and put back, locked
with approved minutes; carried by a backup and by a copy to a server and back; left alone by an erasure."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text, update

from pactdesk.cli import main
from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import ExchangeError, LockedError, NotFoundError, TamperedError, ValidationError
from pactdesk.domain.models import AuditEntry, Blob
from pactdesk.services import agenda, attachments, directory, erasure, meeting_archive, meetings, workspace
from pactdesk.services.attachments import ExecutableFileError, safe_file_name
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation

SLIDES = b"%PDF-1.7\n" + b"slides of the training programme " * 200
LARGE = b"%PDF-1.7\n" + b"a long report on the training programme " * 80_000  # three megabytes
REPORT = b"%PDF-1.4\nthe agency's report\n"


@pytest.fixture
def ref(database: Database) -> str:
    held = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    agenda.add_agenda_item(database, held, "Approval of the previous minutes")
    agenda.add_agenda_item(database, held, "Training programmes")
    return held


def blobs(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {sha: size for sha, size in session.execute(select(Blob.sha256, Blob.size))}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def option(database: Database) -> list[str]:
    """The command line's option naming the test's database."""
    if database.path is not None:
        return ["--db", str(database.path)]
    return ["--database-url", database.location.url]


# -- added, listed, read back ----------------------------------------------------------------------------------------


def test_a_file_is_kept_with_its_meeting_or_an_item_and_read_back_whole(
    database: Database, ref: str, tmp_path: Path
) -> None:
    source = tmp_path / "Apresentação da formação.pdf"
    source.write_bytes(SLIDES)
    item_id = agenda.agenda(database, ref)[1].id
    kept = attachments.attach(database, ref, None, source, item=2)
    assert (kept.name, kept.size, kept.sha256, kept.media_type) == (
        "Apresentação da formação.pdf",
        len(SLIDES),
        sha(SLIDES),
        "application/pdf",
    )
    assert (kept.item_id, kept.item_position, kept.item_title) == (item_id, 2, "Training programmes")
    assert kept.created_by == (database.author if database.path else database.login)  # a server names its login
    assert kept.short_hash == sha(SLIDES)[:12]
    own = attachments.attach(database, ref, "agency report.pdf", REPORT)
    by_id = attachments.attach(database, ref, "notes.txt", b"plain notes", item_id=item_id)
    assert by_id.media_type == "text/plain" and by_id.item_position == 2

    listed = attachments.attachments(database, ref)
    assert [row.id for row in listed] == [own.id, kept.id, by_id.id], "the meeting's own first, then by item"
    assert attachments.content(database, kept.id) == SLIDES
    assert attachments.content(database, own.id) == REPORT
    with database.read() as session:
        lines = attachments.attachment_lines(session, meetings.meeting_detail(database, ref).id)
    assert lines == {
        None: [attachments.AttachmentLine("agency report.pdf", len(REPORT), sha(REPORT)[:12])],
        item_id: [
            attachments.AttachmentLine("Apresentação da formação.pdf", len(SLIDES), sha(SLIDES)[:12]),
            attachments.AttachmentLine("notes.txt", 11, sha(b"plain notes")[:12]),
        ],
    }


def test_an_item_or_meeting_that_is_not_there_is_refused_and_nothing_is_kept(database: Database, ref: str) -> None:
    with pytest.raises(NotFoundError, match="has no item 7; its agenda has 2 items"):
        attachments.attach(database, ref, "a.pdf", REPORT, item=7)
    other = meetings.create_meeting(database, "AEC", title="Other", starts_at="2026-02-02 10:00")
    elsewhere = agenda.add_agenda_item(database, other, "Elsewhere")
    with pytest.raises(NotFoundError, match="no longer on the agenda of"):
        attachments.attach(database, ref, "a.pdf", REPORT, item_id=elsewhere)
    with pytest.raises(NotFoundError, match="There is no meeting"):
        attachments.attach(database, "TEX-1999-01", "a.pdf", REPORT)
    assert attachments.attachments(database, ref) == [] and blobs(database) == {}


def test_the_same_bytes_twice_are_kept_once(database: Database, ref: str) -> None:
    other = meetings.create_meeting(database, "AEC", title="Other", starts_at="2026-02-02 10:00")
    first = attachments.attach(database, ref, "slides.pdf", SLIDES)
    again = attachments.attach(database, ref, "slides.pdf", SLIDES, item=2)  # the same name twice: both are kept
    renamed = attachments.attach(database, other, "copy of the slides.pdf", SLIDES)
    assert len({first.id, again.id, renamed.id}) == 3
    assert blobs(database) == {sha(SLIDES): len(SLIDES)}
    assert [row.name for row in attachments.attachments(database, ref)] == ["slides.pdf", "slides.pdf"]


# -- limits ----------------------------------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_from_its_size_before_it_is_read(
    database: Database, ref: str, tmp_path: Path
) -> None:
    huge = tmp_path / "recording.mp4"
    with open(huge, "wb") as handle:  # sparse: 3 GB on no disk at all
        handle.truncate(3 * 1024**3)
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match=r"“recording.mp4” is 3,072 MB, more than the 100 MB") as refused:
            attachments.attach(database, ref, None, huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * attachments.MB, f"{peak} bytes held: the file was read"
    assert "--max-size" in str(refused.value) and "Size limit" in str(refused.value)

    limit = attachments.MB
    exact = tmp_path / "exact.bin"
    exact.write_bytes(b"\0" * limit)
    over = tmp_path / "over.bin"
    over.write_bytes(b"\0" * (limit + 1))
    with pytest.raises(ValidationError, match="more than the 1 MB"):
        attachments.attach(database, ref, None, over, limit=limit)
    with pytest.raises(ValidationError, match="more than the 1 MB"):
        attachments.attach(database, ref, "over.bin", over.read_bytes(), limit=limit)
    assert attachments.attach(database, ref, None, exact, limit=limit).size == limit
    assert list(blobs(database).values()) == [limit]
    for wrong in (0, attachments.MAX_LIMIT + 1, -5):
        with pytest.raises(ValidationError, match="from 1 MB to 500 MB"):
            attachments.attach(database, ref, None, exact, limit=wrong)


# -- programs --------------------------------------------------------------------------------------------------------

PROGRAMS = {
    "setup.exe": b"just text, but its name runs it",
    "RUN.BAT": b"echo hello",
    "invoice.pdf.js": b"alert(1)",
    "trailing.exe. ": b"Windows drops the dot and the blank",
    "\u202efdp.exe": b"shown as exe.pdf",
    "tool.sh": b"echo",
    "Shortcut.lnk": b"L",
    "app.jar": b"PK\x03\x04",
    "report.pdf": b"MZ\x90\x00 a Windows program named as a PDF",
    "photo.jpg": b"\x7fELF\x02\x01\x01 a Linux program",
    "notes.txt": b"#!/bin/sh\nrm -rf ~\n",
    "slides.pptx": b"\xcf\xfa\xed\xfe a macOS program",
    "readme": b"L\x00\x00\x00\x01\x14\x02\x00 a Windows shortcut",
}


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_a_file_that_runs_when_opened_is_refused_unless_allowed(database: Database, ref: str, name: str) -> None:
    data = PROGRAMS[name]
    with pytest.raises(ExecutableFileError, match="would run on the computer of whoever opens it") as refused:
        attachments.attach(database, ref, name, data)
    assert "--allow-executable" in str(refused.value)
    assert attachments.attachments(database, ref) == [] and blobs(database) == {}
    kept = attachments.attach(database, ref, name, data, allow_executable=True)
    assert kept.executable, "the list says it runs, and opening it asks again"
    assert attachments.content(database, kept.id) == data


def test_documents_are_not_taken_for_programs(database: Database, ref: str) -> None:
    for name, data in (("minutes.pdf", REPORT), ("exe.pdf", b"%PDF"), ("summary.docx", b"PK\x03\x04"), ("a", b"")):
        assert not attachments.attach(database, ref, name, data).executable


def test_a_program_is_refused_from_its_first_bytes_before_the_rest_is_read(
    database: Database, ref: str, tmp_path: Path
) -> None:
    program = tmp_path / "budget.xlsx"
    with open(program, "wb") as handle:
        handle.write(b"MZ\x90\x00")
        handle.truncate(90 * attachments.MB)
    tracemalloc.start()
    try:
        with pytest.raises(ExecutableFileError):
            attachments.attach(database, ref, None, program)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * attachments.MB


# -- names -----------------------------------------------------------------------------------------------------------

HOSTILE = {
    "../../x": "x",
    "/etc/passwd": "passwd",
    "C:\\Users\\ana\\x.pdf": "x.pdf",
    "CON.txt": "_CON.txt",
    "NUL": "_NUL",
    "aux.pdf": "_aux.pdf",
    "com1.tar.gz": "_com1.tar.gz",
    "LPT¹.doc": "_LPT¹.doc",
    "Con .txt": "_Con .txt",
    'a:b*c?"d<e>f|g.pdf': "a_b_c__d_e_f_g.pdf",
    "report.pdf. . ": "report.pdf",
    "  .hidden": "hidden",
    "...": "attachment",
    "\u202efdp.exe": "fdp.exe",
    "x" * 400 + ".pdf": "x" * 176 + ".pdf",
    "ã" * 200 + ".odt": "ã" * 88 + ".odt",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_name_is_kept_for_display_and_never_used_as_a_path(
    database: Database, ref: str, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    folder = out / "saved"
    folder.mkdir(parents=True)
    kept = attachments.attach(database, ref, name, REPORT, allow_executable=True)
    shown = name.replace("\u202e", "").strip()
    assert kept.name == (shown[:251] + ".pdf" if len(shown) > 255 else shown)
    assert kept.file_name == HOSTILE[name] == safe_file_name(name)
    written = attachments.save_copy(database, kept.id, folder)
    assert written == folder / HOSTILE[name] and written.read_bytes() == REPORT
    opened = attachments.copy_for_opening(database, kept.id, out / "opened")
    assert opened == out / "opened" / str(kept.id) / HOSTILE[name]
    assert sorted(path for path in out.rglob("*") if path.is_file()) == sorted([written, opened]), "nothing else"


def test_names_lose_control_characters_and_an_empty_one_is_refused(database: Database, ref: str) -> None:
    kept = attachments.attach(database, ref, "  line\nbreak\ttab\x00nul\x1b.pdf ", REPORT)
    assert kept.name == "line break tabnul.pdf"
    assert attachments.attach(database, ref, "bad \udcff byte.pdf", REPORT).name == "bad \ufffd byte.pdf"
    for empty in ("", "   ", "\x00\x01", "\u200b"):
        with pytest.raises(ValidationError, match="needs a name"):
            attachments.attach(database, ref, empty, REPORT)


@given(st.text(max_size=300))
def test_a_safe_file_name_is_safe_on_every_system(name: str) -> None:
    safe = safe_file_name(name)
    assert safe and safe == safe.strip(" .")
    assert not set(safe) & set('<>:"/\\|?*') and all(ch >= " " for ch in safe)
    assert len(safe.encode("utf-8")) <= 181 and safe not in (".", "..")
    assert safe.split(".")[0].rstrip(" ").upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    assert safe_file_name(safe) == safe, "a safe name stays as it is"


# -- read back, checked --------------------------------------------------------------------------------------------


def test_bytes_changed_outside_pactdesk_are_refused(database: Database, ref: str, tmp_path: Path) -> None:
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES)
    with database.engine.begin() as connection:  # behind PactDesk's back: not through Database.write()
        connection.execute(update(Blob).values(content=SLIDES.replace(b"training", b"phishing")))
    target = tmp_path / "slides.pdf"
    target.write_bytes(b"the older file")
    for read in (
        lambda: attachments.content(database, kept.id),
        lambda: attachments.save_copy(database, kept.id, target),
        lambda: attachments.copy_for_opening(database, kept.id, tmp_path / "opened"),
    ):
        with pytest.raises(TamperedError, match="no longer matches its SHA-256 fingerprint"):
            read()
    assert target.read_bytes() == b"the older file"
    assert not list((tmp_path / "opened").rglob("*.pdf"))
    assert attachments.damaged_blobs(database) == [kept.sha256]


def test_a_copy_is_written_all_at_once_or_not_at_all(
    database: Database, ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = attachments.attach(database, ref, "slides.pdf", LARGE)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "slides.pdf"
    target.write_bytes(b"the older file")

    real_open = open

    class Full:
        """A file on a disk with room for one megabyte."""

        def __init__(self, handle: Any) -> None:
            self.handle, self.written = handle, 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > attachments.MB:
                raise OSError(errno.ENOSPC, "No space left on device")
            return int(self.handle.write(data))

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    def filling(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(path, mode, *args, **kwargs)
        return Full(handle) if "w" in mode and str(path).endswith(".partial") else handle

    monkeypatch.setattr("builtins.open", filling)
    with pytest.raises(ExchangeError, match=r"The disk is full, so slides\.pdf was not written"):
        attachments.save_copy(database, kept.id, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the older file" and [path.name for path in folder.iterdir()] == ["slides.pdf"]
    with pytest.raises(ExchangeError, match="does not exist; choose another place"):
        attachments.save_copy(database, kept.id, folder / "missing" / "slides.pdf")
    assert attachments.save_copy(database, kept.id, target) == target and target.read_bytes() == LARGE


def test_a_copy_to_open_is_read_only_in_a_folder_of_its_own_and_used_again(
    database: Database, ref: str, tmp_path: Path
) -> None:
    kept = attachments.attach(database, ref, "CON.pdf", SLIDES)
    folder = tmp_path / "opened"
    first = attachments.copy_for_opening(database, kept.id, folder)
    assert first == folder / str(kept.id) / "_CON.pdf" and first.read_bytes() == SLIDES
    assert not first.stat().st_mode & stat.S_IWUSR, "changes saved there would be lost: it says so"
    stale = folder / "99"
    stale.mkdir()
    (stale / "old.pdf").write_bytes(b"old")
    os.utime(stale, (0, 0))
    assert attachments.copy_for_opening(database, kept.id, folder) == first
    assert not stale.exists(), "copies opened long ago are tidied away"


# -- bad files -------------------------------------------------------------------------------------------------------


def test_a_missing_file_a_folder_or_a_device_is_refused_in_one_sentence(
    database: Database, ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ExchangeError, match=r"There is no file .*; check its name and folder"):
        attachments.attach(database, ref, None, tmp_path / "gone.pdf")
    with pytest.raises(ExchangeError, match="is a folder; attach the files in it one by one"):
        attachments.attach(database, ref, None, tmp_path)
    if Path("/dev/zero").exists():
        with pytest.raises(ExchangeError, match="not a file that can be attached"):
            attachments.attach(database, ref, "zero.pdf", "/dev/zero")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(REPORT)
    real_open = open

    def refusing(path: object, *args: object, **kwargs: object) -> object:
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refusing)
    with pytest.raises(ExchangeError, match=r"could not be read \(Permission denied\); check that you may open it"):
        attachments.attach(database, ref, None, locked)
    monkeypatch.undo()
    assert attachments.attachments(database, ref) == [] and blobs(database) == {}


def test_a_file_that_changes_while_it_is_read_is_refused(
    database: Database, ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    growing = tmp_path / "recording.log"
    growing.write_bytes(b"x" * 10_000)
    real_fstat = os.fstat

    def earlier(descriptor: int) -> os.stat_result:  # the size when it was looked at, before more was written
        found = real_fstat(descriptor)
        return os.stat_result((found.st_mode, *found[1:6], 5_000, *found[7:]))

    monkeypatch.setattr(attachments.os, "fstat", earlier)
    with pytest.raises(ExchangeError, match="changed while PactDesk read it"):
        attachments.attach(database, ref, None, growing)
    assert blobs(database) == {}


def test_a_file_changed_between_its_reading_and_its_writing_is_never_kept_half_and_half(
    database: Database, ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file database takes the bytes a piece at a time after hashing them: a change in between is refused. A
    server takes the bytes read the first time, whole."""
    source = tmp_path / "report.pdf"
    source.write_bytes(LARGE)
    real = attachments._read_file

    def then_changed(*args: Any, **kwargs: Any) -> Any:
        read = real(*args, **kwargs)
        source.write_bytes(LARGE.replace(b"training", b"phishing"))  # the same size
        return read

    monkeypatch.setattr(attachments, "_read_file", then_changed)
    if database.path is None:
        row = attachments.attach(database, ref, None, source)
        assert attachments.content(database, row.id) == LARGE
        return
    with pytest.raises(ExchangeError, match="changed while PactDesk read it"):
        attachments.attach(database, ref, None, source)
    assert attachments.attachments(database, ref) == [] and blobs(database) == {}


# -- removed and put back ------------------------------------------------------------------------------------------


def test_removing_the_last_attachment_of_a_file_removes_its_bytes_and_undo_puts_both_back(
    database: Database, ref: str, tmp_path: Path
) -> None:
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES, item=2)
    large = tmp_path / "large.pdf"
    large.write_bytes(LARGE)
    whole = attachments.attach(database, ref, None, large)  # more than the megabyte a removal keeps in memory
    assert attachments.content(database, whole.id) == LARGE
    removed_whole = attachments.remove(database, whole.id)
    removed = attachments.remove(database, kept.id)
    assert attachments.attachments(database, ref) == [] and blobs(database) == {}
    assert attachments.put_back(database, removed_whole) == whole
    assert attachments.content(database, whole.id) == LARGE
    assert removed.kept is not None and removed.name == "slides.pdf"
    back = attachments.put_back(database, removed)
    assert back == kept and attachments.content(database, kept.id) == SLIDES
    removed = attachments.remove(database, kept.id)  # redo, then undo again
    assert attachments.put_back(database, removed) == kept
    with pytest.raises(NotFoundError, match="no longer kept: it was removed since"):
        attachments.remove(database, kept.id + 100)


def test_bytes_another_attachment_names_stay_when_one_is_removed(database: Database, ref: str) -> None:
    first = attachments.attach(database, ref, "slides.pdf", SLIDES)
    second = attachments.attach(database, ref, "again.pdf", SLIDES, item=2)
    removed = attachments.remove(database, first.id)
    assert removed.kept is None and blobs(database) == {sha(SLIDES): len(SLIDES)}
    assert attachments.content(database, second.id) == SLIDES
    gone = attachments.remove(database, second.id)
    assert gone.kept is not None and blobs(database) == {}
    attachments.put_back(database, gone)
    attachments.put_back(database, removed)
    assert [row.id for row in attachments.attachments(database, ref)] == [first.id, second.id]


def test_a_removal_with_no_room_to_keep_the_bytes_leaves_them_for_the_undo(
    database: Database, ref: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES)

    def no_room(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(attachments._KeptBytes, "__init__", no_room)
    removed = attachments.remove(database, kept.id)
    assert removed.kept is None and attachments.unused_blobs(database) == (1, len(SLIDES))
    assert attachments.put_back(database, removed) == kept
    assert attachments.content(database, kept.id) == SLIDES


def test_an_attachment_whose_item_was_removed_comes_back_with_the_meeting(database: Database, ref: str) -> None:
    item_id = agenda.agenda(database, ref)[1].id
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES, item=2)
    removed = attachments.remove(database, kept.id)
    agenda.remove_item(database, item_id)
    back = attachments.put_back(database, removed)
    assert (back.id, back.item_id, back.item_position) == (kept.id, None, None)


def test_a_deleted_meeting_keeps_its_files_bytes_for_its_undo_until_they_are_forgotten(
    database: Database, ref: str
) -> None:
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES, item=2)
    archived = meeting_archive.remove_meeting(database, ref)
    assert attachments.unused_blobs(database) == (1, len(SLIDES))
    meeting_archive.restore_meeting(database, archived)
    assert attachments.content(database, kept.id) == SLIDES and attachments.unused_blobs(database) == (0, 0)
    archived = meeting_archive.remove_meeting(database, ref)
    assert attachments.forget_unused_blobs(database) == (1, len(SLIDES))
    assert blobs(database) == {} and attachments.unused_blobs(database) == (0, 0)
    meeting_archive.restore_meeting(database, archived)  # the meeting comes back; the file, forgotten, does not
    assert attachments.attachments(database, ref) == []


# -- approved minutes ------------------------------------------------------------------------------------------------


def test_approved_minutes_lock_their_meetings_files(database: Database, ref: str) -> None:
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES)
    removed = attachments.remove(database, attachments.attach(database, ref, "report.pdf", REPORT).id)
    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, "2026-01-12")
    for change in (
        lambda: attachments.attach(database, ref, "late.pdf", REPORT),
        lambda: attachments.remove(database, kept.id),
        lambda: attachments.put_back(database, removed),
    ):
        with pytest.raises(LockedError, match=r"are approved, so no file can be attached .* reopen the minutes first"):
            change()
    assert [row.name for row in attachments.attachments(database, ref)] == ["slides.pdf"]
    assert attachments.content(database, kept.id) == SLIDES, "read, saved and opened as before"
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED, reason="A file was missing.")
    assert attachments.attach(database, ref, "late.pdf", REPORT).name == "late.pdf"


# -- the audit log, backups, copies and erasure -----------------------------------------------------------------------


def test_the_audit_log_names_a_file_by_its_sha256_and_size_not_its_bytes(database: Database, ref: str) -> None:
    secret = b"%PDF-1.4 CONFIDENTIAL-FIGURES-2026 " * 50
    kept = attachments.attach(database, ref, "figures.pdf", secret)
    attachments.put_back(database, attachments.remove(database, kept.id))
    with database.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.table_name, AuditEntry.payload)
            .where(AuditEntry.table_name.in_(("blob", "attachment")))
            .order_by(AuditEntry.id)
        ).all()
    assert [(action, table) for action, table, _ in entries] == [
        ("insert", "blob"),
        ("insert", "attachment"),
        ("delete", "attachment"),
        ("delete", "blob"),
        ("insert", "blob"),
        ("insert", "attachment"),
    ]
    for _, table, payload in entries:
        assert payload is not None and "CONFIDENTIAL" not in payload
        if table == "blob":
            fields = json.loads(payload)
            assert set(fields) == {"sha256", "size", "created_at"}
            assert sha(secret) in (fields["sha256"][0], fields["sha256"][1])


def test_backups_and_copies_carry_the_files(
    database: Database, ref: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES, item=2)
    attachments.attach(database, ref, "CON.txt", REPORT)
    expected = {row.name: (row.sha256, row.item_position) for row in attachments.attachments(database, ref)}
    backup = tmp_path / "backup.sqlite"
    assert main(["backup", str(backup), *option(database)]) == 0
    if database.path is not None:  # a file: copied to a server, and back to a file
        server = request.getfixturevalue("empty_postgres_url")
        assert main(["copy", *option(database), "--to", server]) == 0
        places = [DatabaseLocation.for_file(backup), DatabaseLocation.for_url(server)]
        back = tmp_path / "back.sqlite"
        assert main(["copy", "--database-url", server, "--to", str(back)]) == 0
    else:  # a server: copied to a file
        back = tmp_path / "copied.sqlite"
        assert main(["copy", *option(database), "--to", str(back)]) == 0
        places = [DatabaseLocation.for_file(backup)]
    places.append(DatabaseLocation.for_file(back))
    for place in places:
        copy = workspace.open_workspace(place, readonly=True)
        try:
            found = attachments.attachments(copy, ref)
            assert {row.name: (row.sha256, row.item_position) for row in found} == expected, place.describe()
            assert attachments.content(copy, kept.id) == SLIDES
            with copy.read() as session:
                assert session.scalar(select(func.count()).select_from(Blob)) == 2
        finally:
            copy.close()


def test_an_erasure_of_a_person_leaves_the_files(database: Database, ref: str) -> None:
    directory.add_person(database, "Ana Sousa", email="ana@example.pt")
    kept = attachments.attach(database, ref, "slides.pdf", SLIDES, item=2)
    before = attachments.attachments(database, ref)
    erasure.erase_person(database, "ana@example.pt")
    assert attachments.attachments(database, ref) == before
    assert attachments.content(database, kept.id) == SLIDES
    with database.read() as session:
        assert session.scalar(text("SELECT count(*) FROM blob")) == 1
