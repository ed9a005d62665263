"""Checks a file must pass before any workbook parser sees it: a real xlsx, no zip bomb, no XML entity tricks.

Each check reads at most a few kilobytes per part, so a hostile file is refused quickly and in bounded memory.
openpyxl then parses through defusedxml, which refuses entity declarations a second time.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from pactdesk.domain.errors import RefusedFileError


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 256 * 1024 * 1024
    unpacked_bytes: int = 1024 * 1024 * 1024
    part_bytes: int = 512 * 1024 * 1024
    shared_strings_bytes: int = 160 * 1024 * 1024
    ratio: int = 200  # unpacked to packed, for parts over a megabyte
    parts: int = 2_000
    rows: int = 500_000  # per sheet
    problems: int = 500


PROLOG_BYTES = 64 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def inspect(path: Path, limits: Limits | None = None) -> None:
    """Refuse ``path`` with a plain sentence unless it looks like a sound xlsx workbook."""
    limits = limits or Limits()
    if not openpyxl.DEFUSEDXML:
        raise RefusedFileError("PactDesk's safe XML reader is switched off (OPENPYXL_DEFUSEDXML); imports are refused.")
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            start = handle.read(8)
    except FileNotFoundError:
        raise RefusedFileError(f"There is no file {path}.") from None
    except OSError as error:
        raise RefusedFileError(f"{name} could not be read ({error.strerror or error}).") from error
    if size > limits.file_bytes:
        raise RefusedFileError(f"{name} is {size / 2**20:,.0f} MB, more than a PactDesk workbook can be; not opened.")
    if start == _OLE2:
        raise RefusedFileError(
            f"{name} is an old-style Excel file (.xls) or is password-protected. Save it as an Excel workbook "
            "(.xlsx) without a password, and import that."
        )
    if not start.startswith(b"PK"):
        raise RefusedFileError(f"{name} is not an Excel workbook (.xlsx); choose a workbook exported by PactDesk.")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_parts(name, archive, limits)
    except zipfile.BadZipFile as error:
        raise RefusedFileError(f"{name} is damaged or not an Excel workbook ({error}).") from error
    except OSError as error:
        raise RefusedFileError(f"{name} could not be read ({error.strerror or error}).") from error


def _check_parts(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    parts = archive.infolist()
    if len(parts) > limits.parts:
        raise RefusedFileError(f"{name} holds {len(parts):,} parts, far more than a workbook has; not opened.")
    names = {part.filename for part in parts}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise RefusedFileError(f"{name} is a zip file but not an Excel workbook (.xlsx).")
    unpacked = 0
    for part in parts:
        unpacked += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if (
            part.file_size > limits.part_bytes
            or unpacked > limits.unpacked_bytes
            or (part.file_size > 2**20 and ratio > limits.ratio)
            or (part.filename == "xl/sharedStrings.xml" and part.file_size > limits.shared_strings_bytes)
        ):
            raise RefusedFileError(
                f"{name} unpacks to far more than its size (a “zip bomb”), or is larger than PactDesk imports; "
                "not opened."
            )
        if part.flag_bits & 0x1:
            raise RefusedFileError(f"{name} is encrypted; save it without a password and import that.")
    for part in parts:
        if part.filename.endswith((".xml", ".rels")):
            _check_prolog(name, archive, part)


def _check_prolog(name: str, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Workbook XML never declares a document type or entities; a part that does is refused unread."""
    with archive.open(part) as stream:
        head = stream.read(PROLOG_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise RefusedFileError(
            f"{name} declares XML entities (in {part.filename}), which no spreadsheet needs and which can be used to "
            "attack the program reading it; not opened."
        )
