"""Start-up of the frozen bundle (``make dist``: dist/PactDesk/pactdesk) against the virtual environment's
``.venv/bin/pactdesk``, side by side in one run: the seconds from spawning the program to the window working on the
scale-50 demo (the log's "ready:" line, written once the database is attached), then the program is closed.

Cold: the page cache dropped before each start (``/proc/sys/vm/drop_caches``, when this machine lets root write it;
otherwise said so and only warm figures are printed). Warm: the same start again at once. Runs alternate between
the two programs so that the machine's noise falls on both."""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import figure

ROOT = Path(__file__).resolve().parents[1]
PROGRAMS = {"venv": ROOT / ".venv" / "bin" / "pactdesk", "bundle": ROOT / "dist" / "PactDesk" / "pactdesk"}
RUNS = 5
TIMEOUT_S = 120


def _drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def _start(program: Path, database: Path) -> float:
    """Seconds from spawning ``program`` to its log's "ready:" line."""
    with tempfile.TemporaryDirectory(prefix="pactdesk-startup-") as home:
        log = Path(home) / "logs" / "pactdesk.log"
        environment = {
            "HOME": home,
            "PATH": "/usr/bin:/bin",
            "LANG": "pt_PT.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "PACTDESK_HOME": home,
        }
        started = time.perf_counter()
        child = subprocess.Popen(
            [str(program), "--db", str(database)], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while time.perf_counter() - started < TIMEOUT_S:
                if log.exists() and "ready:" in log.read_text(encoding="utf-8", errors="replace"):
                    return time.perf_counter() - started
                if child.poll() is not None:
                    raise RuntimeError(f"{program} ended with status {child.returncode} before its window was ready")
                time.sleep(0.005)
            raise RuntimeError(f"{program} was not ready after {TIMEOUT_S} s")
        finally:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def run(demo: Path) -> None:
    missing = [str(path) for path in PROGRAMS.values() if not path.exists()]
    if missing:
        print(f"startup: not measured, {' and '.join(missing)} missing (make dist builds the bundle)", flush=True)
        return
    with tempfile.TemporaryDirectory(prefix="pactdesk-startup-db-") as folder:
        database = Path(folder) / "demo.sqlite"
        shutil.copy(demo, database)  # each start opens the same copy; the demo stays as other benchmarks expect
        cold_possible = _drop_caches()
        times: dict[str, dict[str, list[float]]] = {name: {"cold": [], "warm": []} for name in PROGRAMS}
        for _ in range(RUNS):
            for name, program in PROGRAMS.items():
                if cold_possible:
                    _drop_caches()
                    times[name]["cold"].append(_start(program, database))
                times[name]["warm"].append(_start(program, database))
    for kind in ("cold", "warm") if cold_possible else ("warm",):
        venv, bundle = (statistics.median(times[name][kind]) for name in PROGRAMS)
        figure(f"start-up to a working window, {kind}, venv", venv, "s", f"median of {RUNS}")
        figure(f"start-up to a working window, {kind}, bundle", bundle, "s", f"bundle/venv {bundle / venv:.2f}x")
    if not cold_possible:
        print("startup: the page cache cannot be dropped on this machine; cold starts not measured", flush=True)
    folder = PROGRAMS["bundle"].parent
    size = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    figure("bundle size (dist/PactDesk)", size / 2**20, "MiB")
    tarballs = sorted((ROOT / "dist").glob("PactDesk-*-linux-x86_64.tar.gz"))
    if tarballs:
        figure(f"tarball ({tarballs[-1].name})", tarballs[-1].stat().st_size / 2**20, "MiB")


if __name__ == "__main__":
    from benchmarks.common import demo_database

    run(demo_database(50))
    sys.exit(0)
