"""Attaching a 50 MB file to a meeting of the scale-50 demo (a copy of it): the time, and the memory at its peak, in
a process of its own (the most it held, over what it held before, as the system counts it: SQLite's copies too) and
in Python's objects. The file is held once while it is read and hashed, and once more by SQLite while it is written:
never three times. Then the same file attached again (kept once), read back checked against its SHA-256, saved
elsewhere, removed and put back; and, as root, attaching to a database on a disk too small for the file, which is
refused in one sentence with everything before it kept.

The words inside files, which the search indexes (``exchange/file_text.py``): the time to read those of a PDF of 100
pages, of a .docx of 1,200 paragraphs written as Word writes them, and of a .docx of 60 MB of XML (read to the 50 MB
bound), with Python's peak memory; and a search whose word is inside eight attachments of 200,000 characters each
(the window shows eight of a kind), and inside fifty (the command line's default limit): what their snippets cost.

``python -m benchmarks attachments``, or ``python -m benchmarks.attachments [DEMO.sqlite]``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import best_of, figure

SIZE_MB = 50

# Run in a fresh interpreter for each step, so that its peak is its own: prints one JSON object.
STEP = """
import gc, hashlib, json, resource, sys, time, tracemalloc
from pathlib import Path
from pactdesk.services import attachments, meetings, workspace
from pactdesk.store.location import DatabaseLocation

step, where, source, ref = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
place = DatabaseLocation.for_url(where) if "://" in where else workspace.location(where)
database = workspace.open_workspace(place)
attachments.attachments(database, ref)  # everything imported and the first query made before the baseline
gc.collect()


def memory(field):
    # Linux's counts of this process, in bytes: VmRSS now, VmHWM the most since the last reset.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


try:
    Path("/proc/self/clear_refs").write_text("5")  # the peak so far forgotten: the step's own is measured
except OSError:
    pass
before = memory("VmRSS")
tracemalloc.start()
started = time.perf_counter()
said = ""
if step in ("attach", "again"):
    row = attachments.attach(database, ref, None, source)
    said = row.short_hash
elif step == "read":
    row = next(row for row in attachments.attachments(database, ref) if row.name == source.name)
    said = hashlib.sha256(attachments.content(database, row.id)).hexdigest()[:12]
elif step == "save":
    row = next(row for row in attachments.attachments(database, ref) if row.name == source.name)
    said = str(attachments.save_copy(database, row.id, source.with_name("saved-" + source.name)))
elif step == "remove":  # both attachments of the file: the second removal takes its bytes, kept for the undo
    rows = [row for row in attachments.attachments(database, ref) if row.name == source.name]
    removed = [attachments.remove(database, row.id) for row in rows]
    middle = time.perf_counter() - started
    for each in reversed(removed):
        attachments.put_back(database, each)
    said = f"removed in {middle:.3f} s"
seconds = time.perf_counter() - started
_, python_peak = tracemalloc.get_traced_memory()
after = memory("VmHWM")
database.close()
print(json.dumps({"seconds": seconds, "peak": after - before, "python": python_peak, "said": said}))
"""

FULL = """
import sys
from pathlib import Path
from pactdesk.domain.errors import PactDeskError
from pactdesk.services import attachments, meetings, workspace
database = workspace.open_workspace(workspace.location(sys.argv[1]))
ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
attachments.attach(database, ref, "small.pdf", b"%PDF-1.4 kept before the disk filled")
try:
    attachments.attach(database, ref, None, Path(sys.argv[2]))
    print("attached")
except PactDeskError as error:
    print(f"refused: {error}")
print("kept:", [row.name for row in attachments.attachments(database, ref)])
database.close()
database = workspace.open_workspace(workspace.location(sys.argv[1]))
row = attachments.attachments(database, ref)[0]
print("reopened:", row.name, attachments.content(database, row.id)[:8])
database.close()
"""


def _step(step: str, where: str, source: Path, ref: str, home: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", STEP, step, where, str(source), ref],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PACTDESK_HOME=str(home)),
    )
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _a_meeting(where: str) -> str:
    """A meeting of the database whose minutes are not approved (a new one on an empty server)."""
    from pactdesk.domain.enums import MinutesStatus
    from pactdesk.services import meetings, workspace
    from pactdesk.store.location import DatabaseLocation

    place = DatabaseLocation.for_url(where) if "://" in where else workspace.location(where)
    database = workspace.open_workspace(place)
    try:
        found = [
            row.ref
            for row in meetings.list_meetings(database, limit=500)
            if row.minutes_status is not MinutesStatus.APPROVED
        ]
        if found:
            return found[0]
        return meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
    finally:
        database.close()


STEPS = (
    ("attach", "attach"),
    ("again", "attach the same file again"),
    ("read", "read back, checked"),
    ("save", "save a copy"),
    ("remove", "remove both and put them back"),
)


def _measure(where: str, source: Path, home: Path, label: str) -> None:
    ref = _a_meeting(where)
    size = source.stat().st_size
    for step, what in STEPS:
        found = _step(step, where, source, ref, home)
        peak, python = int(found["peak"]), int(found["python"])  # type: ignore[call-overload]
        figure(f"attachments {SIZE_MB} MB{label}: {what}", float(found["seconds"]), "s")  # type: ignore[arg-type]
        figure(
            f"attachments {SIZE_MB} MB{label}: {what}, peak memory",
            peak / 2**20,
            "MiB",
            f"{peak / size:.2f}× the file; Python's own {python / size:.2f}×",
        )


def run(demo: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="pactdesk-attach-") as folder:
        work = Path(folder)
        where = work / "demo.sqlite"
        shutil.copyfile(demo, where)
        source = work / f"recording-{SIZE_MB}mb.bin"
        with open(source, "wb") as handle:
            for _ in range(SIZE_MB):
                handle.write(os.urandom(2**20))  # nothing to compress: the bytes as a video's are
        _measure(str(where), source, work / "home", "")
        figure("attachments: the demo's file after two attaches", where.stat().st_size / 2**20, "MiB", "kept once")
        _on_a_server(source, work / "home")
    _full_disk()
    _words()


def _on_a_server(source: Path, home: Path) -> None:
    """The same on a throw-away PostgreSQL server (tests/pg/server.py), in an empty database of its own."""
    try:
        import psycopg
        from tests.pg.server import ServerUnavailable, start
    except ImportError as error:
        print(f"attachments on a server: skipped ({error})")
        return
    try:
        server = start()
    except ServerUnavailable as error:
        print(f"attachments on a server: skipped ({error})")
        return
    try:
        with psycopg.connect(**server.psql_args(), autocommit=True) as admin:  # type: ignore[arg-type]
            admin.execute("CREATE DATABASE pactdesk_attachments")
        _measure(server.url("pactdesk_attachments"), source, home, " on a server")
    finally:
        server.stop()


def _full_disk() -> None:
    """A database on a 40 MB disk, a 50 MB file attached: refused, nothing lost. Needs root (a tmpfs)."""
    with tempfile.TemporaryDirectory(prefix="pactdesk-attach-full-") as folder:
        disk = Path(folder) / "disk"
        disk.mkdir()
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", str(disk)], capture_output=True)
        if mounted.returncode != 0:
            print("attachments: a full disk: skipped, a tmpfs cannot be mounted here (not root)")
            return
        try:
            source = Path(folder) / "large.bin"
            with open(source, "wb") as handle:
                for _ in range(SIZE_MB):
                    handle.write(os.urandom(1024 * 1024))
            done = subprocess.run(
                [sys.executable, "-c", FULL, str(disk / "pact.sqlite"), str(source)],
                capture_output=True,
                text=True,
                env=dict(os.environ, PACTDESK_HOME=str(Path(folder) / "home")),
                timeout=300,
            )
            for line in (done.stdout + done.stderr).strip().splitlines()[-4:]:
                print(f"attachments: a full disk: {line}")
        finally:
            subprocess.run(["umount", str(disk)], capture_output=True)


def _words() -> None:
    """The words of a long PDF and of large .docx files, and a search whose word is in many long attachments."""
    import tracemalloc

    from tests.exchange import attached_documents as documents

    from pactdesk.exchange.file_text import words_of

    # As Word writes a long report: each word a run of its own, with its fonts, size and language (after edits and
    # the spelling checker's marks), so the XML is some twenty times the text.
    style = (
        '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
        '<w:lang w:val="pt-PT"/></w:rPr>'
    )
    sentence = ["execução", "do", "plano", "de", "formação", "e", "qualificação", "das", "empresas", "do", "cluster"]
    formatted = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="Corpo"/></w:pPr><w:r>{style}<w:t>Parágrafo {number}:</w:t></w:r>'
        + "".join(f'<w:r>{style}<w:t xml:space="preserve"> {word}</w:t></w:r>' for word in sentence * 2)
        + "</w:p>"
        for number in range(1_200)
    )
    docx = documents.zipped(
        [
            ("[Content_Types].xml", documents.CONTENT_TYPES),
            ("word/document.xml", f"<w:document {documents.W_NS}><w:body>{formatted}</w:body></w:document>"),
        ]
    )
    files = [
        ("a PDF of 100 pages", documents.long_pdf(100, "relatório do pacto"), "relatorio.pdf"),
        (f".docx, 1,200 paragraphs, {len(formatted) / 2**20:.0f} MB of XML", docx, "parecer.docx"),
        (".docx, 60 MB of XML (50 MB read)", documents.zip_bomb_docx(60 * 2**20), "grande.docx"),
    ]
    for label, data, name in files:
        seconds = best_of(3, lambda data=data, name=name: words_of(data, name))
        tracemalloc.start()
        characters = len(words_of(data, name))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        figure(f"file words: {label}", seconds, "s", f"{characters:,} characters; Python's peak {peak / 2**20:.1f} MiB")
    _snippets()


def _snippets() -> None:
    from pactdesk.services import attachments, meetings, search, workspace

    vocabulary = [f"palavra{number}" for number in range(5_000)]
    with tempfile.TemporaryDirectory(prefix="pactdesk-words-") as folder:
        database = workspace.open_workspace(workspace.location(str(Path(folder) / "words.sqlite")))
        try:
            ref = meetings.create_meeting(database, "TEX", title="Monitoring", starts_at="2026-01-12 10:00")
            for number in range(50):
                words = " ".join(vocabulary[(number * 7 + index) % len(vocabulary)] for index in range(20_000))
                text = f"{words[:100_000]} transfronteiriça {words[100_000:190_000]}"
                attachments.attach(database, ref, f"relatório {number}.txt", text.encode())
            for limit, each in ((60, 8), (50, None)):

                def look(limit: int = limit, each: int | None = each) -> list[search.Hit]:
                    return search.search(database, "transfronteirica", limit=limit, per_kind=each)

                seconds = best_of(5, look)
                shown = len(look())
                figure(
                    f"search: a word in {shown} attachments' text", seconds, "s", "200,000 characters each; median of 5"
                )
        finally:
            database.close()


def main() -> int:
    from benchmarks.common import demo_database

    demo = Path(sys.argv[1]) if len(sys.argv) > 1 else demo_database(50)
    run(demo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
