"""``pactdesk selftest``: does this installation work? In a temporary folder, with the user's data, settings and
logs left alone, it makes a database, writes a meeting in Portuguese, exports its minutes as PDF and everything as
a workbook, reads the workbook back into another database, loads the Portuguese translation, and opens and closes
the window offscreen. One line per step, ``ok`` or what failed; exit 0 only when every step passed. It is how a
bundle, an installer or a help desk checks an installation."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pactdesk import __version__, logs
from pactdesk.cli.common import EXIT_FAILED, EXIT_OK, one_line
from pactdesk.config import ENV_DB, ENV_HOME, ENV_URL

if TYPE_CHECKING:
    from pactdesk.store.database import Database

# What the meeting says: Portuguese letters and the characters a PDF, a workbook or XML must escape.
TITLE = "Reunião de acompanhamento — «Têxtil» & <Vestuário>"
MINUTES = "Aprovação da ata; ação nº 1 = 50 %, prazo à mesma data.\nSegunda linha: çãõéíú."
DECISION = "Aprovar o plano de formação & a candidatura <2027>."


@dataclass
class _Run:
    folder: Path
    database: Database | None = None
    ref: str = ""
    workbook: Path | None = None
    notes: dict[str, str] = field(default_factory=dict)


def selftest(args: argparse.Namespace) -> int:
    kept = {name: os.environ.get(name) for name in (ENV_HOME, ENV_DB, ENV_URL)}
    # (Windows cannot remove the log while it is open, nor the crash trace faulthandler keeps open: left in TEMP.)
    with tempfile.TemporaryDirectory(prefix="pactdesk-selftest-", ignore_cleanup_errors=True) as folder:
        # Everything PactDesk writes (database, settings, logs, cache) goes into the temporary folder.
        os.environ[ENV_HOME] = folder
        os.environ.pop(ENV_DB, None)
        os.environ.pop(ENV_URL, None)
        logs.setup(verbose=args.verbose)
        run = _Run(Path(folder))
        print(f"PactDesk {__version__} selftest, Python {platform.python_version()} on {platform.platform(terse=True)}")
        failed = 0
        try:
            for name, step in STEPS:
                started = time.perf_counter()
                try:
                    said = step(run)
                except Exception as error:  # each step is judged; the next ones still run where they can
                    failed += 1
                    detail = one_line(f"{type(error).__name__}: {error}")
                    print(f"  {name:<34} FAILED: {detail}", flush=True)
                    if args.verbose:
                        traceback.print_exc()
                    continue
                took = time.perf_counter() - started
                print(f"  {name:<34} ok ({took:.2f} s){f'  {said}' if said else ''}", flush=True)
        finally:
            if run.database is not None:
                run.database.close()
            logs.stop()
            for name, value in kept.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    if failed:
        print(f"{failed} of {len(STEPS)} steps failed: this installation does not work as it should.", file=sys.stderr)
        return EXIT_FAILED
    print(f"All {len(STEPS)} steps passed.")
    return EXIT_OK


def _database(run: _Run) -> str:
    from pactdesk.services import catalogue, workspace

    run.database = workspace.open_workspace(workspace.location(str(run.folder / "selftest.sqlite")))
    clusters = len(catalogue.cluster_summaries(run.database))
    if clusters != 18:
        raise AssertionError(f"the catalogue holds {clusters} clusters, not 18")
    return f"{clusters} clusters"


def _meeting(run: _Run) -> str:
    from pactdesk.services import agenda, meetings

    database = _opened(run)
    run.ref = meetings.create_meeting(database, "TEX", title=TITLE, starts_at=datetime(2026, 3, 2, 10, 0))
    item = agenda.add_agenda_item(database, run.ref, "Plano de formação", minutes=MINUTES)
    agenda.add_decision(database, item, DECISION)
    stored = meetings.meeting_detail(database, run.ref).title
    if stored != TITLE:
        raise AssertionError(f"the title came back as {stored!r}")
    return run.ref


def _minutes_pdf(run: _Run) -> str:
    from pactdesk.exchange.pdf.minutes import write_minutes
    from pactdesk.services import documents

    record = documents.meeting_record(_opened(run), run.ref)
    target = write_minutes(record, run.folder / "ata.pdf", "pt")
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise AssertionError(f"{target.name} is not a whole PDF")
    return f"{len(data):,} bytes"


def _workbook_out(run: _Run) -> str:
    from pactdesk.exchange.xlsx_write import export_workbook
    from pactdesk.services.workbook.tables import Scope

    summary = export_workbook(_opened(run), run.folder / "livro.xlsx", Scope((), None, None), language="pt")
    run.workbook = summary.path
    return f"{sum(summary.rows.values()):,} rows"


def _workbook_back(run: _Run) -> str:
    from pactdesk.exchange.xlsx_read import check_workbook
    from pactdesk.services import meetings, workspace
    from pactdesk.services.workbook.writing import apply_import

    assert run.workbook is not None, "no workbook was written"
    other = workspace.open_workspace(workspace.location(str(run.folder / "lido.sqlite")))
    try:
        plan = check_workbook(other, run.workbook)
        if not plan.ok:
            raise AssertionError(one_line(" ".join(plan.report())))
        apply_import(other, plan)
        title = meetings.meeting_detail(other, run.ref).title
    finally:
        other.close()
    if title != TITLE:
        raise AssertionError(f"the meeting came back titled {title!r}")
    return f"{plan.changed:,} changes"


def _application() -> object:
    """The QApplication, made offscreen when there is none yet: the selftest shows nothing on the screen."""
    from PySide6.QtWidgets import QApplication

    from pactdesk.gui.app import log_qt_messages

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        log_qt_messages()  # Qt's warnings go to the log, not between the lines
        app = QApplication(["pactdesk"])
    return app


def _translations(run: _Run) -> str:
    from PySide6.QtCore import QTranslator

    from pactdesk.gui.app import translations_folder

    _application()
    folder = translations_folder()
    translator = QTranslator()
    if not translator.load("pactdesk_pt", str(folder)):
        raise AssertionError(f"no Portuguese translation in {folder}")
    said = translator.translate("MeetingEditor", "&Details")
    if said != "&Detalhes":
        raise AssertionError(f"the Portuguese translation says {said!r} for “&Details”")
    return str(folder)


def _window(run: _Run) -> str:
    from PySide6.QtWidgets import QApplication

    from pactdesk.gui import app as gui_app
    from pactdesk.gui.main_window import MainWindow

    _application()
    window = MainWindow(_opened(run), gui_app.settings())
    try:
        window.show()
        QApplication.processEvents()
        window.show_meeting(run.ref)
        QApplication.processEvents()
        if window.editor.ref != run.ref:
            raise AssertionError("the window did not show the meeting")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return QApplication.platformName()


def _opened(run: _Run) -> Database:
    if run.database is None:
        raise AssertionError("no database: its step failed")
    return run.database


STEPS: list[tuple[str, Callable[[_Run], str]]] = [
    ("database with the catalogue", _database),
    ("meeting written in Portuguese", _meeting),
    ("minutes as PDF", _minutes_pdf),
    ("workbook exported", _workbook_out),
    ("workbook read back", _workbook_back),
    ("Portuguese translation", _translations),
    ("window opened and closed", _window),
]
