"""The register of decisions on a large database: the Decisions page's first page and filter changes (the words
filter folds case and accents row by row), the register as PDF for one cluster's year and whole; and what numbering
costs a save (statements and time of recording a decision) and the workbook's import (``number_new`` on rows
inserted with SQL). Reading is done on the demo opened for reading; writing on a copy of it.

``python -m benchmarks.register`` runs it alone on the scale-50 demo."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import event, func, insert, select

from benchmarks.common import OUT, best_of, demo_database, figure
from pactdesk.domain.models import AgendaItem, Decision
from pactdesk.exchange.pdf.register import write_register
from pactdesk.services import agenda, register, workspace
from pactdesk.services.register import DecisionFilter
from pactdesk.store.database import Database
from pactdesk.store.location import DatabaseLocation


def _shown(db: Database, wanted: DecisionFilter) -> None:
    """What the page does when its filter changes: count the rows and fetch the first page, in one reading."""
    register.first_page(db, wanted, 200)


def _seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def run(path: Path) -> None:
    workspace.open_workspace(DatabaseLocation.for_file(path)).close()  # a demo cached before 0009: numbered now
    db = workspace.open_workspace(DatabaseLocation.for_file(path), readonly=True)
    try:
        everything = DecisionFilter()
        figure("register: decisions", register.count_decisions(db, everything), "")
        figure("register: first page, cold (count + 200 rows)", _seconds(lambda: _shown(db, everything)) * 1000, "ms")
        figure("register: first page (count + 200 rows)", best_of(5, lambda: _shown(db, everything)) * 1000, "ms")
        years = register.register_years(db)
        changes = [
            DecisionFilter(cluster="AEC"),
            DecisionFilter(year=years[len(years) // 2]),
            DecisionFilter(cluster="TEX", year=years[0]),
            DecisionFilter(goal=3),
            DecisionFilter(text="plan"),
            DecisionFilter(text="acao formacao"),
            DecisionFilter(cluster="HCP", text="study"),
        ]
        times = [_seconds(lambda wanted=wanted: _shown(db, wanted)) for wanted in changes]
        figure("register: filter change, median", statistics.median(times) * 1000, "ms", f"({len(times)} changes)")
        figure("register: filter change, slowest", max(times) * 1000, "ms")
        figure(
            "register: the next page (200 rows)",
            best_of(5, lambda: register.decision_page(db, everything, 200, 200)) * 1000,
            "ms",
        )
        figure("register: years to choose from", best_of(5, lambda: register.register_years(db)) * 1000, "ms")

        one = register.register(db, cluster="TEX", year=years[1])
        target = OUT / "register-one.pdf"
        figure("register PDF: one cluster's year", best_of(3, lambda: write_register(one, target)) * 1000, "ms")
        whole = OUT / "register-all.pdf"
        started = time.perf_counter()
        write_register(register.register(db), whole, "pt")
        figure("register PDF: every cluster and year (read + write)", time.perf_counter() - started, "s")
        figure("register PDF: every cluster and year, pages", len(PdfReader(whole).pages), "")
        figure("register PDF: every cluster and year, size", whole.stat().st_size / 2**20, "MiB")
    finally:
        db.close()
    _numbering(path)


def _numbering(path: Path) -> None:
    """Recording decisions on a copy of the demo: the statements and time numbering adds to a save."""
    copy = OUT / "register-numbering.sqlite"
    for stale in OUT.glob("register-numbering*"):
        if stale.is_file():
            stale.unlink()
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    db = workspace.open_workspace(DatabaseLocation.for_file(copy))
    try:
        with db.read() as session:
            item = session.scalar(select(func.max(AgendaItem.id)))
        assert item is not None
        sent: list[str] = []
        event.listen(db.engine, "before_cursor_execute", lambda *args: sent.append(args[2]))

        def counter_statements() -> int:
            return len([statement for statement in sent if "ref_counter" in statement])

        agenda.add_decision(db, item, "The first decision since the upgrade: it makes the registers' counters.")
        figure("numbering: the first decision after 0009, counter statements", counter_statements(), "")
        sent.clear()
        agenda.set_item_field(db, item, "minutes", "Before the next decision.")
        plain = len(sent)
        sent.clear()
        agenda.add_decision(db, item, "The next decision.")
        figure("numbering: statements of a save without a decision", plain, "")
        figure("numbering: statements of recording a decision", len(sent), "")
        figure("numbering: of which the counter's", counter_statements(), "")
        times = [_seconds(lambda n=n: agenda.add_decision(db, item, f"Decision {n}.")) for n in range(20)]
        figure("numbering: recording a decision, median", statistics.median(times) * 1000, "ms")
        with db.write() as session:
            items = list(session.scalars(select(AgendaItem.id).order_by(AgendaItem.id).limit(1000)))
            rows = [{"agenda_item_id": each, "position": 99, "text": "Imported."} for each in items]
            session.execute(insert(Decision.__table__), rows)
            started = time.perf_counter()
            register.number_new(session)
            spent = time.perf_counter() - started
        figure("numbering: number_new, 1,000 imported decisions", spent * 1000, "ms")
    finally:
        db.close()


if __name__ == "__main__":
    run(demo_database(50))
