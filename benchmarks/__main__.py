"""``make bench``: build (or reuse) a scale-50 demo and print the figures each benchmark measures.

``python -m benchmarks NAME…`` runs only the benchmarks named (``round_trips``, ``gui``, …)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    attachments,
    backlog,
    dashboard_gui,
    documents,
    follow_up,
    gui,
    ods,
    register,
    round_trips,
    search,
    startup,
    store,
    workbook,
)
from benchmarks.common import demo_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--scale", type=int, default=50, help="demo scale to measure on (default 50)")
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo database even if one is cached")
    parser.add_argument("names", nargs="*", metavar="NAME", help="run only these benchmarks (default: all)")
    args = parser.parse_args(argv)
    benchmarks: dict[str, Callable[[Path], None]] = {
        "store": store.run,
        "follow_up": follow_up.run,
        "gui": gui.run,
        "dashboard_gui": dashboard_gui.run,
        "documents": documents.run,
        "workbook": lambda _: workbook.run(),
        "ods": ods.run,
        "round_trips": lambda demo: round_trips.run(demo, args.scale, fresh=args.fresh),
        "startup": startup.run,
        "search": lambda demo: search.run(demo, args.scale, fresh=args.fresh),
        "register": register.run,
        "backlog": backlog.run,
        "attachments": attachments.run,
    }
    unknown = [name for name in args.names if name not in benchmarks]
    if unknown:
        parser.error(f"no benchmark {', '.join(unknown)}; there are {', '.join(benchmarks)}")
    demo = demo_database(args.scale, fresh=args.fresh)
    for name, run in benchmarks.items():
        if not args.names or name in args.names:
            run(demo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
