"""Commands of the record you can prove: see ``add_commands`` (filled in by the step that builds them)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], database_options: DatabaseOptions
) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""


HANDLERS: dict[str, Handler] = {}
