"""Checks a file must pass before any workbook parser sees it: a real xlsx, no zip bomb, no XML entity tricks.

Each check reads the parts as a stream, a chunk at a time, so a hostile file is refused quickly and in bounded
memory: the sizes come from the zip's directory, and the rows and cells of each part are counted without parsing
it (openpyxl parses a whole worksheet as soon as it opens a workbook whose sheets state no dimension, keeping an
element per row and per cell of a row in memory). openpyxl then parses through defusedxml, which refuses entity
declarations a second time.
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import openpyxl

from pactdesk.domain.errors import RefusedFileError
from pactdesk.domain.messages import say


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 256 * 1024 * 1024
    unpacked_bytes: int = 1024 * 1024 * 1024
    part_bytes: int = 512 * 1024 * 1024
    shared_strings_bytes: int = 160 * 1024 * 1024
    ratio: int = 200  # unpacked to packed, for parts over a megabyte
    parts: int = 2_000
    rows: int = 500_000  # per sheet
    cells_per_row: int = 16_384  # a spreadsheet's widest row (columns A to XFD)
    # The longest run of text between two tags: a cell holds at most 32,767 characters, which in UTF-8 with every
    # character escaped (``&amp;``) stays under a megabyte. One text longer than that is refused before any parser
    # holds it (a 500 MB cell took a gigabyte of memory before it was found too long).
    text_bytes: int = 1024 * 1024
    # Cells holding something, in the whole workbook: ten million, twice a sheet of the most rows at PactDesk's
    # widest (an .ods row or cell may say it repeats, so a few bytes can claim billions; they are refused here).
    cells: int = 10_000_000


PROLOG_BYTES = 64 * 1024
CHUNK_BYTES = 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The start of a row or cell element, with any namespace prefix (openpyxl reads ``<x:row>`` as a row too).
_ROW_OR_CELL = re.compile(rb"<(?:[A-Za-z_][\w.\-]{0,40}:)?(row|c)(?=[\s/>])")
_OVERLAP = 64  # longer than any match above, so a tag cut between two chunks is found in the second


def inspect(path: Path, limits: Limits | None = None) -> int:
    """Refuse ``path`` with a plain sentence unless it looks like a sound xlsx workbook; returns the rows counted in
    all its sheets."""
    limits = limits or Limits()
    if not openpyxl.DEFUSEDXML:
        raise RefusedFileError(
            say(
                "PactDesk's safe XML reader is switched off (OPENPYXL_DEFUSEDXML); imports are refused.",
                "O leitor seguro de XML do PactDesk está desligado (OPENPYXL_DEFUSEDXML); as importações são "
                "recusadas.",
            )
        )
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            start = handle.read(8)
    except FileNotFoundError:
        raise RefusedFileError(say("There is no file {path}.", "Não existe o ficheiro {path}.", path=path)) from None
    except OSError as error:
        raise RefusedFileError(unreadable(name, error)) from error
    if size > limits.file_bytes:
        raise RefusedFileError(
            say(
                "{name} is {size} MB, more than a PactDesk workbook can be; not opened.",
                "{name} tem {size} MB, mais do que um livro do PactDesk pode ter; não foi aberto.",
                name=name,
                size=round(size / 2**20),
            )
        )
    if start == _OLE2:
        raise RefusedFileError(
            say(
                "{name} is an old-style Excel file (.xls) or is password-protected. Save it as an Excel workbook "
                "(.xlsx) without a password, and import that.",
                "{name} é um ficheiro do Excel antigo (.xls) ou está protegido por palavra-passe. Guarde-o como livro "
                "do Excel (.xlsx) sem palavra-passe e importe esse.",
                name=name,
            )
        )
    if not start.startswith(b"PK"):
        raise RefusedFileError(
            say(
                "{name} is not an Excel workbook (.xlsx); choose a workbook exported by PactDesk.",
                "{name} não é um livro do Excel (.xlsx); escolha um livro exportado pelo PactDesk.",
                name=name,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_parts(name, archive, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise RefusedFileError(
            say(
                "{name} is damaged or not an Excel workbook ({reason}).",
                "{name} está danificado ou não é um livro do Excel ({reason}).",
                name=name,
                reason=error,
            )
        ) from error
    except OSError as error:
        raise RefusedFileError(unreadable(name, error)) from error


def _check_parts(name: str, archive: zipfile.ZipFile, limits: Limits) -> int:
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise RefusedFileError(
            say(
                "{name} is a zip file but not an Excel workbook (.xlsx).",
                "{name} é um ficheiro zip, mas não um livro do Excel (.xlsx).",
                name=name,
            )
        )
    check_sizes(name, archive, limits)
    return sum(_check_part(name, archive, part, limits) for part in archive.infolist())


def check_sizes(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a zip of too many parts, parts that unpack to far more than their size or than PactDesk imports, or
    an encrypted part; only the zip's directory is read (a part that lies about its size is found as it is read)."""
    parts = archive.infolist()
    if len(parts) > limits.parts:
        raise RefusedFileError(
            say(
                "{name} holds {count} parts, far more than a workbook has; not opened.",
                "{name} tem {count} partes, muito mais do que um livro tem; não foi aberto.",
                name=name,
                count=len(parts),
            )
        )
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
                say(
                    "{name} unpacks to far more than its size (a “zip bomb”), or is larger than PactDesk imports; not "
                    "opened.",
                    "{name} descomprime-se em muito mais do que o seu tamanho (uma «bomba zip») ou é maior do que o "
                    "PactDesk importa; não foi aberto.",
                    name=name,
                )
            )
        if part.flag_bits & 0x1:
            raise RefusedFileError(
                say(
                    "{name} is encrypted; save it without a password and import that.",
                    "{name} está cifrado; guarde-o sem palavra-passe e importe esse.",
                    name=name,
                )
            )


def _check_part(name: str, archive: zipfile.ZipFile, part: zipfile.ZipInfo, limits: Limits) -> int:
    """Check every part that is XML, whatever its name: a workbook may point at a sheet under any name."""
    with archive.open(part) as stream:
        head = stream.read(PROLOG_BYTES)
        encoding = utf16(head)
        text = head.decode(encoding, errors="ignore").encode("utf-8") if encoding else head
        if not text.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return 0  # not XML (a picture, printer settings): no XML parser reads it
        check_prolog(name, part, text)
        return _count_rows(name, part, head, stream, encoding, limits)


def utf16(head: bytes) -> str | None:
    """The UTF-16 codec a part is written in (with or without a byte-order mark), else None: every other encoding
    an XML parser reads spells tags in ASCII bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"<\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<"):
        return "utf-16-be"
    return None


def check_prolog(name: str, part: zipfile.ZipInfo, head: bytes) -> None:
    """Workbook XML never declares a document type or entities; a part that does is refused unread."""
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise RefusedFileError(
            say(
                "{name} declares XML entities (in {part}), which no spreadsheet needs and which can be used to attack "
                "the program reading it; not opened.",
                "{name} declara entidades XML (em {part}), de que nenhuma folha de cálculo precisa e que podem servir "
                "para atacar o programa que o lê; não foi aberto.",
                name=name,
                part=part.filename,
            )
        )


def longest_text(name: str, part: zipfile.ZipInfo, chunk: bytes, run: int, limits: Limits) -> int:
    """Refuse a text (a cell's, a shared string's) longer than ``limits.text_bytes``; ``run`` is the text the last
    chunk ended in, and the text this one ends in is returned. Windows of half the limit are looked at, not every
    tag, so that a sheet of small cells costs one search per window and no memory."""
    limit = limits.text_bytes
    first = chunk.find(b"<")
    if first == -1:
        run += len(chunk)
        if run > limit:
            _too_long(name, part)
        return run
    if run + first > limit:
        _too_long(name, part)
    last = chunk.rfind(b"<")
    step = max(limit // 2, 1)
    # A text longer than the limit holds a whole window with no "<": only there is the text measured.
    for start in range(first, last, step):
        end = min(start + step, last)
        if end - start == step and chunk.find(b"<", start, end) == -1:
            before = chunk.rfind(b"<", 0, start)
            after = chunk.find(b"<", end)
            if after - before - 1 > limit:
                _too_long(name, part)
    return len(chunk) - last - 1


def _too_long(name: str, part: zipfile.ZipInfo) -> None:
    raise RefusedFileError(
        say(
            "{name} holds a text far longer than a spreadsheet cell can (in {part}); a cell holds at most {limit} "
            "characters. Not opened.",
            "{name} tem um texto muito mais longo do que uma célula de folha de cálculo pode ter (em {part}); uma "
            "célula tem no máximo {limit} caracteres. Não foi aberto.",
            name=name,
            part=part.filename,
            limit=32_767,
        )
    )


def _count_rows(
    name: str, part: zipfile.ZipInfo, head: bytes, stream: IO[bytes], encoding: str | None, limits: Limits
) -> int:
    """Count the part's rows, and the cells of each row, reading it a chunk at a time; too many is refused."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="ignore") if encoding else None
    rows = cells = everything = 0
    text_run = 0  # bytes of text since the last "<", across chunks
    carry = b""
    chunk = head
    while True:
        final = not chunk
        if decoder is not None:
            chunk = decoder.decode(chunk, final=final).encode("utf-8")
        text_run = longest_text(name, part, chunk, text_run, limits)
        data = carry + chunk
        cut = len(data) if final else max(len(data) - _OVERLAP, 0)
        for match in _ROW_OR_CELL.finditer(data):
            if match.start() >= cut:
                break
            if match.group(1) == b"row":
                rows += 1
                cells = 0
                if rows > limits.rows + 1:
                    raise RefusedFileError(
                        say(
                            "{name} has a sheet of more than {limit} rows, more than PactDesk imports at once; split "
                            "the workbook.",
                            "{name} tem uma folha com mais de {limit} linhas, mais do que o PactDesk importa de uma "
                            "vez; divida o livro.",
                            name=name,
                            limit=limits.rows,
                        )
                    )
            else:
                cells += 1
                everything += 1
                if everything > limits.cells:
                    raise RefusedFileError(
                        say(
                            "{name} has more than {limit} cells holding something, more than PactDesk imports at "
                            "once; split the workbook.",
                            "{name} tem mais de {limit} células preenchidas, mais do que o PactDesk importa de uma "
                            "vez; divida o livro.",
                            name=name,
                            limit=limits.cells,
                        )
                    )
                if cells > limits.cells_per_row:
                    raise RefusedFileError(
                        say(
                            "{name} has a row of more than {limit} cells (in {part}), more than a spreadsheet holds; "
                            "not opened.",
                            "{name} tem uma linha com mais de {limit} células (em {part}), mais do que uma folha de "
                            "cálculo tem; não foi aberto.",
                            name=name,
                            limit=limits.cells_per_row,
                            part=part.filename,
                        )
                    )
        if final:
            return rows
        carry = data[cut:]
        chunk = stream.read(CHUNK_BYTES)


def unreadable(name: str, error: OSError) -> str:
    return say(
        "{name} could not be read ({reason}).",
        "Não foi possível ler {name} ({reason}).",
        name=name,
        reason=error.strerror or error,
    )
