"""The workbook as an OpenDocument spreadsheet: ``export ods OUT.ods`` and ``import ods IN.ods``, with the options,
sentences and code of ``export xlsx`` and ``import xlsx`` (``cli/files.py``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

from pactdesk.cli import files

Handler = Callable[[argparse.Namespace], int]
DatabaseOptions = Callable[[argparse.ArgumentParser], None]
Formats: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_commands(commands: Formats, database_options: DatabaseOptions) -> None:
    """No command of its own: the .ods workbook is a format of ``export`` and ``import``."""


def add_exports(formats: Formats, database_options: DatabaseOptions) -> None:
    """``export ods``: the PactDesk workbook as an OpenDocument spreadsheet."""
    export = formats.add_parser("ods", help="the PactDesk workbook as an OpenDocument spreadsheet (.ods)")
    database_options(export)
    files.add_workbook_options(export, ".ods", _language_option)


def add_imports(formats: Formats, database_options: DatabaseOptions) -> None:
    """``import ods``: check an OpenDocument spreadsheet and import it (after a backup)."""
    bring = formats.add_parser("ods", help="check a PactDesk workbook saved as .ods and import it (after a backup)")
    database_options(bring)
    files.add_import_options(bring, ".ods")


def _language_option(parser: argparse.ArgumentParser, what: str) -> None:
    from pactdesk.cli import _language_option as language_option  # the one --lang of every export

    language_option(parser, what)


HANDLERS: dict[str, Handler] = {}
EXPORTS: dict[str, Handler] = {"ods": files.export_workbook}
IMPORTS: dict[str, Handler] = {"ods": files.import_workbook}
