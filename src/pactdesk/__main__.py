"""Entry point: ``pactdesk`` opens the window; ``pactdesk COMMAND`` runs a headless command."""

from __future__ import annotations

import sys

from pactdesk.cli import main as _main


def main() -> int:
    return _main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
