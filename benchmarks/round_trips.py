"""Database round trips per interaction of the window (issue 17): at most 5 each, so that at 20 ms to a remote server
each stays under 100 ms. The real window, offscreen, driven as a person would (a click on a cluster, one character
typed in the filter and its pause, a click on a meeting, words typed in the minutes and the autosave, a click on the
tracker's tab), on the scale-50 demo in a SQLite file and on a throw-away PostgreSQL server, side by side.

How they are counted, during the interaction and a short idle moment after it (for anything it set off):
- statements: each execute or executemany SQLAlchemy sends (its ``before_cursor_execute`` event), plus each COMMIT
  and ROLLBACK of a transaction that had begun (its ``commit`` and ``rollback`` events). On SQLite PactDesk sends
  BEGIN itself (store/engine.py), so BEGIN is among the statements; SQLite is in the process, so none of these is a
  network round trip, but each would be one on a server.
- on PostgreSQL, also what psycopg sends that SQLAlchemy's statement event does not see: BEGIN before a write's first
  statement (reads run in autocommit, with no BEGIN or ROLLBACK), and the pool's ping of a connection that rested
  over 15 s (store/engine.py; none during these interactions, which follow one another). The round trips in the
  table are those the server logged (``log_statement = all`` on the benchmark's database: one line per statement,
  BEGIN, COMMIT and ping alike), which is what crossed the network; the client-side count is printed beside it. The
  limit is judged on them: SQLite's statements cross no network.
- opening a meeting is measured with each of the editor's three sections in front: a section not in front reads the
  meeting when it is first shown.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import statistics
import sys
import time
from collections import Counter as Tally
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.pg.server import ServerUnavailable

from benchmarks.common import OUT
from benchmarks.pg_demo import NAME, admin, demo_server

LIMIT = 5  # round trips per interaction (issue 17)
REMOTE_MS = 20  # a round trip to a remote server
IDLE_AFTER_S = 0.4  # events handled after each interaction, counted but not timed (the window gathers a server's
# change notices for 250 ms before it reads again)

HOME = OUT / "round-trips-home"  # the window's settings
_LOGGED = re.compile(r" LOG:  (?:statement|execute [^:]*): (.*)$")


@dataclass
class Sent:
    what: str  # the statement's first words, or COMMIT / ROLLBACK / checkout
    origin: str  # the outermost service function (and the window's function that called it)
    parameters: str = ""


@dataclass
class Sample:
    ms: float
    statements: list[Sent]
    checkouts: int
    server: list[str] | None  # what the server logged, on PostgreSQL

    @property
    def client(self) -> int:
        return len(self.statements)

    @property
    def round_trips(self) -> int:
        return len(self.server) if self.server is not None else self.client


@dataclass
class Measured:
    name: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def ms(self) -> float:
        return statistics.median(sample.ms for sample in self.samples)

    @property
    def round_trips(self) -> int:
        """The most any repetition took."""
        return max(sample.round_trips for sample in self.samples)

    @property
    def client(self) -> int:
        return max(sample.client for sample in self.samples)

    def spread(self) -> str:
        low = min(sample.round_trips for sample in self.samples)
        return str(self.round_trips) if low == self.round_trips else f"{low}-{self.round_trips}"


def _origin() -> str:
    """``module.function`` of the outermost service function on the stack, after the window's function calling it."""
    frame: Any = sys._getframe(2)
    service = caller = ""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("pactdesk.services"):
            service, caller = f"{module.removeprefix('pactdesk.services.')}.{frame.f_code.co_name}", ""
        elif service and not caller and module.startswith("pactdesk.gui"):
            caller = f"{module.removeprefix('pactdesk.gui.')}.{frame.f_code.co_name}"
        frame = frame.f_back
    if not service:
        return "(no service)"
    return f"{service}  <- {caller}" if caller else service


def _words(statement: str) -> str:
    text = " ".join(statement.split())
    return text if len(text) <= 90 else text[:87] + "..."


class Listener:
    """Counts what the engine sends, with where it came from."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.statements: list[Sent] = []
        self.checkouts = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", lambda _: self._end("COMMIT"))
        event.listen(engine, "rollback", lambda _: self._end("ROLLBACK"))
        event.listen(engine.pool, "checkout", self._checkout)

    def _statement(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        self.statements.append(Sent(_words(statement), _origin(), repr(parameters)[:60]))

    def _end(self, what: str) -> None:
        self.statements.append(Sent(what, _origin()))

    def _checkout(self, *_: Any) -> None:
        self.checkouts += 1

    def reset(self) -> None:
        self.statements, self.checkouts = [], 0


class ServerLog:
    """The statements a PostgreSQL server logged since the last ``take``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = path.stat().st_size

    def take(self) -> list[str]:
        with self.path.open("rb") as log:
            log.seek(self.offset)
            data = log.read()
        self.offset += len(data)
        return [
            _words(found.group(1))
            for line in data.decode("utf-8", "replace").splitlines()
            if (found := _LOGGED.search(line))
        ]


# -- the window, driven as a person would -------------------------------------------------------------------------


class Session:
    """One window on one database, and the interactions, each timed and counted."""

    def __init__(self, app: Any, window: Any, listener: Listener, log: ServerLog | None) -> None:
        self.app, self.window, self.listener, self.log = app, window, listener, log

    def settle(self) -> None:
        """What a person waits for: the events the interaction posted handled, and the window painted."""
        self.app.processEvents()
        self.app.processEvents()
        self.window.repaint()

    def idle(self, seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            self.app.processEvents()
            time.sleep(0.005)

    def wait_out(self, timer: Any) -> float:
        """Sleep through a pause the window waits for by design (the filter's, the autosave's), then let its timer
        fire; returns the seconds spent handling it, which is the part a person waits for beyond the pause."""
        time.sleep((max(0, timer.remainingTime()) + 2) / 1000)  # Qt rounds the remaining time down
        started = time.perf_counter()
        while timer.isActive() and time.perf_counter() - started < 2:
            self.app.processEvents()
        self.settle()
        return time.perf_counter() - started

    @contextmanager
    def counted(self, into: Measured | None) -> Iterator[list[float]]:
        """Count everything sent from here to a moment after; the block appends the seconds it took."""
        self.idle(0.02)
        self.listener.reset()
        if self.log is not None:
            self.log.take()
        took: list[float] = []
        yield took
        self.idle(IDLE_AFTER_S)
        server = self.log.take() if self.log is not None else None
        if into is not None:
            sent = list(self.listener.statements)  # a copy: what comes after belongs to no repetition
            into.samples.append(Sample(sum(took) * 1000, sent, self.listener.checkouts, server))

    def click(self, view: Any, index: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        view.scrollTo(index)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.visualRect(index).center()
        )

    def click_tab(self, tabs: Any, index: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        bar = tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())

    def timed(self, took: list[float], work: Callable[[], object]) -> None:
        started = time.perf_counter()
        work()
        self.settle()
        took.append(time.perf_counter() - started)

    # -- the interactions -------------------------------------------------------------------------------------

    def switch_cluster(self, name: str) -> Measured:
        window, measured = self.window, Measured(name)
        rows = [*range(1, window.clusters.rowCount()), 0]
        for number, row in enumerate(rows):
            with self.counted(measured if number else None) as took:
                self.timed(
                    took,
                    lambda row=row: self.click(window.cluster_view, window.clusters.index(row, window.clusters.NAME)),
                )
        assert window.current_cluster_code() is None, "back on All clusters"
        return measured

    def filter_keystroke(self, name: str) -> Measured:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window, measured = self.window, Measured(name)
        self.click(window.cluster_view, window.clusters.index(0, window.clusters.NAME))  # all clusters
        self.settle()
        window.filter.setFocus()
        keys = [*"monitoring", *[Qt.Key.Key_Backspace] * 10]
        for number, key in enumerate(keys):
            with self.counted(measured if number else None) as took:
                self.timed(took, lambda key=key: QTest.keyClick(window.filter, key))
                took.append(self.wait_out(window._filter_timer))
        assert window.filter.text() == "", "the filter typed and erased"
        return measured

    def open_meeting(self, section: int = 0, name: str = "open a meeting") -> Measured:
        """Click one meeting after another with the editor's ``section`` in front (0: details)."""
        window, measured = self.window, Measured(name)
        self.click(window.cluster_view, window.clusters.index(1, window.clusters.NAME))  # the first pact's cluster
        self.settle()
        self.click_tab(window.editor.tabs, section)
        self.settle()
        for number, row in enumerate([0, *range(1, 11)]):
            with self.counted(measured if number else None) as took:
                self.timed(took, lambda row=row: self.click(window.meeting_view, window.meetings.index(row, 0)))
            assert window.editor.ref == window.meetings.meeting(row).ref, "the meeting clicked is open"
        return measured

    def save_minutes(self) -> Measured:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window, measured = self.window, Measured("save a minutes edit")
        editor = window.editor
        for row in range(window.meetings.rowCount()):  # the newest meeting whose minutes may be written
            self.click(window.meeting_view, window.meetings.index(row, 0))
            self.settle()
            if editor.detail is not None and not editor.detail.locked and editor.agenda.model.rowCount() > 0:
                break
        self.click_tab(editor.tabs, editor.AGENDA)
        box = editor.agenda.minutes
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        self.settle()
        for number in range(9):
            before = box.item.stamp.version if box.item is not None else None
            with self.counted(measured if number else None) as took:
                self.timed(took, lambda: QTest.keyClicks(box, " Noted."))
                took.append(self.wait_out(box._timer))
            assert box.unsaved() == "" and box.item is not None and box.item.stamp.version != before, "saved"
        return measured

    def open_tracker(self) -> tuple[Measured, Measured]:
        window = self.window
        first, again = Measured("open the tracker, first time"), Measured("open the tracker again")
        tracker = 1 + [name for name, _ in window.follow_up.titles()].index("tracker")
        for number in range(9):
            self.click_tab(window.pages, 0)
            self.settle()
            with self.counted(first if number == 0 else again) as took:
                self.timed(took, lambda: self.click_tab(window.pages, tracker))
            assert window.current_page() == "tracker"
        self.click_tab(window.pages, 0)
        self.settle()
        return first, again


def _measure(app: Any, database: Any, log: ServerLog | None) -> list[Measured]:
    from pactdesk.gui import app as gui
    from pactdesk.gui.main_window import MainWindow

    listener = Listener(database.engine)
    # No settings from an earlier run: the window opens on all clusters with no meeting, the same every time.
    shutil.rmtree(HOME, ignore_errors=True)
    window = MainWindow(database, gui.settings())
    window.show()
    window.pages.setCurrentIndex(0)
    session = Session(app, window, listener, log)
    session.settle()
    try:
        assert window.editor.ref is None
        measured = [session.switch_cluster("switch cluster"), session.filter_keystroke("filter keystroke")]
        measured.append(session.open_meeting())
        measured.append(session.open_meeting(window.editor.ATTENDANCE, "open a meeting, attendance"))
        measured.append(session.open_meeting(window.editor.AGENDA, "open a meeting, agenda"))
        session.click_tab(window.editor.tabs, window.editor.DETAILS)
        # As a secretary mostly works: with a meeting open, which the list shows chosen if it holds it.
        assert window.editor.ref is not None
        measured.append(session.switch_cluster("switch cluster, meeting open"))
        measured.append(session.filter_keystroke("filter key, meeting open"))
        measured += [session.save_minutes(), *session.open_tracker()]
    finally:
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, 0)
    return measured


def _working_copy(demo: Path) -> Path:
    """The cached demo stays as other benchmarks expect it: the minutes are typed into a copy."""
    target = OUT / "round-trips.sqlite"
    for old in OUT.glob("round-trips.sqlite*"):
        old.unlink()
    shutil.rmtree(OUT / "round-trips-backups", ignore_errors=True)
    with sqlite3.connect(demo) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def _on_sqlite(app: Any, demo: Path) -> list[Measured]:
    from pactdesk.services import workspace

    database = workspace.open_workspace(workspace.location(str(_working_copy(demo))))
    try:
        return _measure(app, database, None)
    finally:
        database.close()


def _on_postgresql(app: Any, demo: Path, scale: int, fresh: bool) -> list[Measured]:
    from pactdesk.services import workspace
    from pactdesk.store.location import DatabaseLocation

    with demo_server(demo, scale, fresh=fresh) as (server, url):
        with admin(server) as connection:
            connection.execute(f"ALTER DATABASE {NAME} SET log_statement = 'all'")
        log = ServerLog(server.log)
        database = workspace.open_workspace(DatabaseLocation.for_url(url))
        try:
            return _measure(app, database, log)
        finally:
            database.close()


# -- the report ---------------------------------------------------------------------------------------------------


def _table(lite: list[Measured], pg: list[Measured | None]) -> None:
    print(
        f"\nDatabase round trips per interaction (at most {LIMIT}; 'at {REMOTE_MS} ms' adds {REMOTE_MS} ms per round "
        "trip to the PostgreSQL time measured here)",
        flush=True,
    )
    head = (
        f"{'interaction':<30} {'SQLite':>7} {'ms':>7}   {'PostgreSQL':>10} {'(client)':>8} {'ms':>7}"
        f"   {'<= ' + str(LIMIT):>6} {'at ' + str(REMOTE_MS) + ' ms':>9}"
    )
    print(head)
    print("-" * len(head))
    for on_file, on_server in zip(lite, pg, strict=True):
        if on_server is None:
            within = "-"  # judged on the server, which was not measured
            print(
                f"{on_file.name:<30} {on_file.spread():>7} {on_file.ms:>7.1f}   {'-':>10} {'-':>8} {'-':>7}"
                f"   {within:>6}"
            )
            continue
        within = "yes" if on_server.round_trips <= LIMIT else "NO"
        projected = on_server.ms + REMOTE_MS * on_server.round_trips
        print(
            f"{on_file.name:<30} {on_file.spread():>7} {on_file.ms:>7.1f}   {on_server.spread():>10} "
            f"{on_server.client:>8} {on_server.ms:>7.1f}   {within:>6} {projected:>9.0f}",
            flush=True,
        )
    print(
        "SQLite: statements incl. BEGIN, COMMIT and ROLLBACK (in the process, no network: not judged). PostgreSQL: "
        "round trips the server logged, judged against the limit; (client): what SQLAlchemy's events saw of them. A "
        "range: repetitions differed; the highest is judged. ms: median, the window's own pauses (filter 60 ms, "
        "autosave 700 ms) left out. A connection that rested over 15 s is tried first: one round trip more.",
        flush=True,
    )


def _heaviest(measured: Measured) -> tuple[int, Sample]:
    return max(enumerate(measured.samples, start=1), key=lambda numbered: numbered[1].round_trips)


def _why(lite: list[Measured], pg: list[Measured | None]) -> None:
    """For each interaction over the limit, what its heaviest repetition sent on each database, by service
    function."""
    for on_file, on_server in zip(lite, pg, strict=True):
        if on_server is None or on_server.round_trips <= LIMIT:
            continue
        print(f"\n{on_file.name}:", flush=True)
        for backend, measured in (("SQLite", on_file), ("PostgreSQL", on_server)):
            if measured is None:
                continue
            number, sample = _heaviest(measured)
            print(
                f"  {backend}, repetition {number} of {len(measured.samples)}: {sample.round_trips} "
                f"{'round trips' if sample.server is not None else 'statements'}; {sample.client} seen by "
                f"SQLAlchemy, {sample.checkouts} connections taken from the pool"
            )
            for origin, count in Tally(sent.origin for sent in sample.statements).items():
                print(f"    {count:>3}  {origin}")
                for what, times in Tally(sent.what for sent in sample.statements if sent.origin == origin).items():
                    print(f"           {times} x {what}")
            if sample.server is not None:
                kinds = Tally(line.split()[0].upper() if line.split() else "" for line in sample.server)
                print(f"    the server logged: {dict(kinds)} (';' is the pool's ping of a connection it hands out)")


def run(demo: Path, scale: int, *, fresh: bool = False) -> None:
    os.environ["PACTDESK_HOME"] = str(HOME)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    lite = _on_sqlite(app, demo)
    try:
        pg: list[Measured | None] = list(_on_postgresql(app, demo, scale, fresh))
    except ServerUnavailable as error:
        print(f"PostgreSQL: not measured. {error}", flush=True)
        pg = [None] * len(lite)
    _table(lite, pg)
    _why(lite, pg)
