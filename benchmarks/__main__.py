"""``make bench``: build (or reuse) a scale-50 demo and print the figures each benchmark measures."""

from __future__ import annotations

import argparse
import sys

from benchmarks import dashboard_gui, documents, follow_up, gui, store, workbook
from benchmarks.common import demo_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--scale", type=int, default=50, help="demo scale to measure on (default 50)")
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo database even if one is cached")
    args = parser.parse_args(argv)
    demo = demo_database(args.scale, fresh=args.fresh)
    store.run(demo)
    follow_up.run(demo)
    gui.run(demo)
    dashboard_gui.run(demo)
    documents.run(demo)
    workbook.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
