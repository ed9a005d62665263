"""Helpers for benchmarks: the cached demo database, timing, and printing one figure per line."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def figure(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<48} {value:>12,.3f} {unit:<4} {note}".rstrip(), flush=True)


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The median wall time of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pactdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PACTDESK_HOME=str(OUT / "home"))
    return subprocess.run(
        [sys.executable, "-m", "pactdesk", *args], capture_output=True, text=True, env=env, check=True
    )


def demo_database(scale: int, *, fresh: bool = False) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{scale}.sqlite"
    if fresh or not path.exists():
        for stale in OUT.glob(f"demo-{scale}*"):
            if stale.is_file():
                stale.unlink()
        started = time.perf_counter()
        pactdesk("demo", "--db", str(path), "--scale", str(scale), "--as-of", "2026-11-24", "--lang", "en")
        figure(f"demo --scale {scale}: build", time.perf_counter() - started, "s")
    figure(f"demo --scale {scale}: file size", path.stat().st_size / 2**20, "MiB")
    return path
