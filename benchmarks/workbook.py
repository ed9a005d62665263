"""Export and import of a workbook with 200,000 action rows, against a bare openpyxl loop over the same rows.

Each step runs in its own process, so its peak memory (max RSS) is its own. Targets: under 400 MB, and within
1.5x of the bare loop that writes (export) or reads (import) the same rows.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.common import OUT, figure

ROWS = 200_000
STEPS = ("export", "bare-write", "import", "bare-read", "reimport")


def database(rows: int = ROWS) -> Path:
    """A database with ``rows`` actions (cached): owners, due dates, statuses, goals and a progress update each."""
    path = OUT / f"actions-{rows}.sqlite"
    if path.exists():
        return path
    from sqlalchemy import insert, select

    from pactdesk.domain.enums import ActionStatus
    from pactdesk.domain.models import Action, ActionUpdate, Cluster, Organisation, RefCounter, action_goal
    from pactdesk.services import workspace

    started = time.perf_counter()
    for stale in OUT.glob(f"actions-{rows}*"):
        stale.unlink()
    db = workspace.open_workspace(workspace.location(str(path)))
    chance = random.Random(7)
    verbs = ["Send", "Prepare", "Review", "Circulate", "Update", "Collect", "Present", "Check"]
    things = [
        "the indicators",
        "the action plan",
        "a note on funding",
        "the study's terms",
        "the minutes",
        "a list of companies",
        "the training needs",
        "the calendar of events",
    ]
    with db.write() as session:
        clusters = list(session.execute(select(Cluster.id, Cluster.code)))
        owners = list(session.scalars(select(Organisation.id)))
        actions, goals, updates, serial = [], [], [], {}
        now = datetime(2026, 11, 24, 9, 0)
        for number in range(1, rows + 1):
            cluster_id, code = clusters[number % len(clusters)]
            serial[code] = serial.get(code, 0) + 1
            status = chance.choice(list(ActionStatus))
            due = date(2022, 1, 1) + timedelta(days=chance.randrange(1_700))
            actions.append(
                {
                    "id": number,
                    "ref": f"{code}-A{serial[code]:04d}",
                    "cluster_id": cluster_id,
                    "meeting_id": None,
                    "agenda_item_id": None,
                    "title": f"{chance.choice(verbs)} {chance.choice(things)} ({number}) = “{code}” & <partners>",
                    "owner_person_id": None,
                    "owner_organisation_id": chance.choice(owners),
                    "due_on": due,
                    "status": status,
                    "closed_on": due + timedelta(days=9) if status.is_closed else None,
                    "closed_meeting_id": None,
                    "created_at": now,
                }
            )
            goals.extend({"action_id": number, "goal_number": g} for g in chance.sample(range(1, 10), 2))
            updates.append(
                {
                    "action_id": number,
                    "on": due - timedelta(days=5),
                    "meeting_id": None,
                    "author_id": None,
                    "text": f"Progress reported on {due:%d %B}; {number % 97} % done.",
                    "status": None,
                }
            )
        session.execute(insert(Action), actions)
        session.execute(insert(action_goal), goals)
        session.execute(insert(ActionUpdate), updates)
        session.execute(insert(RefCounter), [{"prefix": f"{code}-A", "last": last} for code, last in serial.items()])
    db.close()
    figure(f"{rows:,}-action database: build", time.perf_counter() - started, "s")
    return path


def _step(step: str, source: Path, workbook: Path, target: Path) -> dict[str, float]:
    """One step, in this process; returns its wall time and this process's peak memory."""
    from pactdesk.services import workspace

    started = time.perf_counter()
    if step == "export":
        from pactdesk.exchange.xlsx_write import export_workbook

        with workspace.open_workspace(workspace.location(str(source)), readonly=True) as db:
            started = time.perf_counter()
            export_workbook(db, workbook)
    elif step == "bare-write":
        import openpyxl

        rows = _rows_of(workbook)
        started = time.perf_counter()
        book = openpyxl.Workbook(write_only=True)
        for name, values in rows.items():
            sheet = book.create_sheet(name)
            for row in values:
                sheet.append(row)
        book.save(workbook.with_name("bare.xlsx"))
    elif step in ("import", "reimport"):
        from pactdesk.exchange.xlsx_read import check_workbook
        from pactdesk.services.workbook.writing import apply_import

        with workspace.open_workspace(workspace.location(str(target))) as db:
            started = time.perf_counter()
            plan = check_workbook(db, workbook)
            if not plan.ok:
                raise SystemExit("\n".join(plan.report()[:20]))
            apply_import(db, plan)
    elif step == "bare-read":
        import openpyxl

        started = time.perf_counter()
        book = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
        count = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                count += len(row)
        book.close()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mib": _peak_mib()}


def _peak_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent
    across fork and exec, so a child would report the benchmark runner's own peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rows_of(workbook: Path) -> dict[str, list[tuple[object, ...]]]:
    import openpyxl

    book = openpyxl.load_workbook(workbook, read_only=True)
    rows = {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}
    book.close()
    return rows


def run(rows: int = ROWS) -> None:
    source = database(rows)
    workbook = OUT / f"actions-{rows}.xlsx"
    target = OUT / f"actions-{rows}-imported.sqlite"
    for stale in OUT.glob(f"actions-{rows}-imported*"):
        if stale.is_file():
            stale.unlink()
        else:
            for child in stale.iterdir():
                child.unlink()
            stale.rmdir()
    results = {}
    for step in STEPS:
        env = dict(os.environ, PACTDESK_HOME=str(OUT / "home"))
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.workbook", step, str(source), str(workbook), str(target)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode != 0:
            print(done.stdout, done.stderr, file=sys.stderr)
            raise SystemExit(f"workbook benchmark step {step} failed")
        results[step] = json.loads(done.stdout.strip().splitlines()[-1])
    figure(
        f"export {rows:,} actions to xlsx",
        results["export"]["seconds"],
        "s",
        f"peak {results['export']['peak_mib']:.0f} MiB (target < 400)",
    )
    figure("bare openpyxl write-only loop, same rows", results["bare-write"]["seconds"], "s")
    figure("export / bare write", results["export"]["seconds"] / results["bare-write"]["seconds"], "x", "target < 1.5")
    figure(
        f"import {rows:,} actions into an empty database",
        results["import"]["seconds"],
        "s",
        f"peak {results['import']['peak_mib']:.0f} MiB (target < 400)",
    )
    figure(
        "bare openpyxl read-only loop, same rows",
        results["bare-read"]["seconds"],
        "s",
        f"peak {results['bare-read']['peak_mib']:.0f} MiB",
    )
    figure("import / bare read", results["import"]["seconds"] / results["bare-read"]["seconds"], "x", "target < 1.5")
    figure(
        "import again: all unchanged (check only)",
        results["reimport"]["seconds"],
        "s",
        f"peak {results['reimport']['peak_mib']:.0f} MiB",
    )


if __name__ == "__main__":
    if len(sys.argv) == 5:
        print(json.dumps(_step(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))))
    else:
        run(int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
