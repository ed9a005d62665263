"""Commands of issue 20: see ``add_commands`` (filled in by the step that builds them)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]
Formats: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_commands(commands: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's commands to ``pactdesk``'s; ``database_options(parser)`` gives one --db and --database-url."""


def add_exports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk export``; their handlers go in ``EXPORTS`` by format name."""


def add_imports(formats: Formats, database_options: DatabaseOptions) -> None:
    """Add this module's formats to ``pactdesk import``; their handlers go in ``IMPORTS`` by format name."""


HANDLERS: dict[str, Handler] = {}
EXPORTS: dict[str, Handler] = {}
IMPORTS: dict[str, Handler] = {}
