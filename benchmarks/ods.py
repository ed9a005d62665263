"""The workbook as .ods beside .xlsx on the scale-50 demo, each step in its own process with its peak memory: the
export in each format; reading every cell of each back with PactDesk's readers (openpyxl for .xlsx, the streamed
expat reader for .ods) and with python-calamine, when it is installed, for both; the import's check of each (every
row unchanged; the .xlsx with openpyxl and with python-calamine, which PactDesk uses when it is installed) and the
import of each into an empty database.

``python -m benchmarks ods`` (or ``python -m benchmarks.ods DEMO``) prints them side by side.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import OUT, figure

STEPS = (
    "export-xlsx",
    "export-ods",
    "read-xlsx-openpyxl",
    "read-xlsx-calamine",
    "read-ods-pactdesk",
    "read-ods-calamine",
    "check-xlsx-openpyxl",
    "check-xlsx",
    "check-ods",
    "import-xlsx",
    "import-ods",
)


def _peak_mib() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss carries the parent's over on Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _step(step: str, demo: Path, folder: Path) -> dict[str, float]:
    """One step, in this process: its wall time, its peak memory and the cells or rows it went through."""
    from pactdesk.services import workspace

    excel, opendocument = folder / "demo.xlsx", folder / "demo.ods"
    cells = 0
    started = time.perf_counter()
    if step.startswith("export-"):
        from pactdesk.exchange.ods_write import export_ods
        from pactdesk.exchange.xlsx_write import export_workbook

        with workspace.open_workspace(workspace.location(str(demo)), readonly=True) as db:
            started = time.perf_counter()
            write = export_ods if step == "export-ods" else export_workbook
            cells = write(db, opendocument if step == "export-ods" else excel).total
    elif step == "read-xlsx-openpyxl":
        import openpyxl

        book = openpyxl.load_workbook(excel, read_only=True, data_only=True)
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
        book.close()
    elif step.endswith("-calamine"):
        try:
            from python_calamine import CalamineWorkbook
        except ImportError:
            return {"seconds": float("nan"), "peak_mib": float("nan"), "cells": 0}
        book = CalamineWorkbook.from_path(str(excel if "xlsx" in step else opendocument))
        for name in book.sheet_names:
            for row in book.get_sheet_by_name(name).iter_rows():
                cells += len(row)
    elif step == "read-ods-pactdesk":
        from pactdesk.exchange import ods_read
        from pactdesk.exchange.xlsx_safety import Limits

        with tempfile.TemporaryDirectory() as spool:
            ods_read.ods_safety.inspect(opendocument)
            tables = ods_read._Content(opendocument, Limits(), Path(spool), None).read()
            for name in tables.sheet_names():
                for row in tables.rows(name):
                    cells += len(row)
            tables.close()
    elif step.startswith("check-"):
        from pactdesk.exchange import xlsx_read
        from pactdesk.exchange.xlsx_read import check_workbook

        if step == "check-xlsx-openpyxl":
            xlsx_read.calamine = None  # the reader PactDesk falls back to
        with workspace.open_workspace(workspace.location(str(demo)), readonly=True) as db:
            started = time.perf_counter()
            plan = check_workbook(db, opendocument if step == "check-ods" else excel)
            if not plan.ok or plan.changed:
                raise SystemExit("\n".join(plan.report()[:20]))
            cells = sum(counts.unchanged for counts in plan.counts.values())
    elif step.startswith("import-"):
        from pactdesk.exchange.xlsx_read import check_workbook
        from pactdesk.services.workbook.writing import apply_import

        target = folder / f"{step}.sqlite"
        with workspace.open_workspace(workspace.location(str(target))) as db:
            started = time.perf_counter()
            plan = check_workbook(db, excel if step == "import-xlsx" else opendocument)
            if not plan.ok:
                raise SystemExit("\n".join(plan.report()[:20]))
            apply_import(db, plan)
            cells = plan.changed
    return {"seconds": time.perf_counter() - started, "peak_mib": _peak_mib(), "cells": cells}


def run(demo: Path) -> None:
    folder = OUT / "ods"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = dict(os.environ, PACTDESK_HOME=str(OUT / "home"))
    subprocess.run(  # the cached demo brought to the current schema once, so the steps below may read it read-only
        [
            sys.executable,
            "-c",
            "from pactdesk.services import workspace; "
            f"workspace.open_workspace(workspace.location({str(demo)!r})).close()",
        ],
        env=env,
        check=True,
    )
    results = {}
    for step in STEPS:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.ods", step, str(demo), str(folder)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode != 0:
            print(done.stdout, done.stderr, file=sys.stderr)
            raise SystemExit(f"ods benchmark step {step} failed")
        results[step] = json.loads(done.stdout.strip().splitlines()[-1])

    def show(name: str, step: str, what: str = "") -> None:
        found = results[step]
        figure(name, found["seconds"], "s", f"peak {found['peak_mib']:.0f} MiB{what}")

    sizes = {suffix: (folder / f"demo.{suffix}").stat().st_size / 2**20 for suffix in ("xlsx", "ods")}
    rows = int(results["export-ods"]["cells"])
    show(f"export {rows:,} rows to xlsx (openpyxl, write-only)", "export-xlsx", f", {sizes['xlsx']:.1f} MiB")
    show(f"export {rows:,} rows to ods (streamed content.xml)", "export-ods", f", {sizes['ods']:.1f} MiB")
    figure("export ods / xlsx", results["export-ods"]["seconds"] / results["export-xlsx"]["seconds"], "x")
    cells = int(results["read-xlsx-openpyxl"]["cells"])
    show(f"read {cells:,} xlsx cells: openpyxl read-only", "read-xlsx-openpyxl")
    show("read the xlsx: python-calamine", "read-xlsx-calamine")
    figure(
        "xlsx read: openpyxl / calamine",
        results["read-xlsx-openpyxl"]["seconds"] / results["read-xlsx-calamine"]["seconds"],
        "x",
    )
    show("read the ods: PactDesk's reader (expat, spooled)", "read-ods-pactdesk")
    show("read the ods: python-calamine", "read-ods-calamine")
    show("import check of the xlsx, openpyxl (all unchanged)", "check-xlsx-openpyxl")
    show("import check of the xlsx, python-calamine", "check-xlsx")
    show("import check of the ods (all unchanged)", "check-ods")
    show(f"import the xlsx into an empty database ({int(results['import-xlsx']['cells']):,})", "import-xlsx")
    show(f"import the ods into an empty database ({int(results['import-ods']['cells']):,})", "import-ods")


if __name__ == "__main__":
    if len(sys.argv) == 4:
        print(json.dumps(_step(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        from benchmarks.common import demo_database

        run(Path(sys.argv[1]) if len(sys.argv) > 1 else demo_database(50))
