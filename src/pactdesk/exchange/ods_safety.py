"""Checks an .ods file must pass before its content is read: an OpenDocument spreadsheet (by what it holds, not its
name or its ``mimetype`` alone), no zip bomb, no password, no XML entity declarations in any part.

An .ods is a zip of XML, like an .xlsx, and is checked the same way from the zip's directory (``xlsx_safety``). Its
rows and cells, and the texts of its cells, are counted while ``ods_read`` streams its one content part, where a row
or a cell may say it repeats (``table:number-rows-repeated``): a few bytes can claim a billion cells, so what a
repeat claims is counted before anything is made of it.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from pactdesk.domain.errors import RefusedFileError
from pactdesk.domain.messages import Noun, say
from pactdesk.exchange.xlsx_safety import PROLOG_BYTES, Limits, check_prolog, check_sizes, unreadable, utf16

SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"
_OPENDOCUMENT = "application/vnd.oasis.opendocument."
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_KINDS = {
    "text": Noun("a text document", "um documento de texto"),
    "presentation": Noun("a presentation", "uma apresentação"),
    "graphics": Noun("a drawing", "um desenho"),
    "chart": Noun("a chart", "um gráfico"),
    "formula": Noun("a formula", "uma fórmula"),
    "database": Noun("a database", "uma base de dados"),
}


def is_opendocument(path: Path) -> bool:
    """Whether ``path`` is to be read as an .ods: a zip holding ``content.xml`` or an OpenDocument ``mimetype``,
    and no Excel workbook; or named .ods and no Excel workbook (so a file that is neither is refused in the words
    of the format it is named for). Never raises: a file it cannot tell goes to the .xlsx checks."""
    named = path.suffix.lower() in (".ods", ".ots")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return False
            if "content.xml" in names or named:
                return True
            if "mimetype" in names:
                with archive.open("mimetype") as stream:
                    return stream.read(200).startswith(_OPENDOCUMENT.encode())
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        return named
    return False


def inspect(path: Path, limits: Limits | None = None) -> None:
    """Refuse ``path`` with a plain sentence unless it looks like a sound OpenDocument spreadsheet."""
    limits = limits or Limits()
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
                "{name} is an old-style Excel file (.xls) or is password-protected. Save it as an OpenDocument "
                "spreadsheet (.ods) without a password, and import that.",
                "{name} é um ficheiro do Excel antigo (.xls) ou está protegido por palavra-passe. Guarde-o como folha "
                "de cálculo OpenDocument (.ods) sem palavra-passe e importe essa.",
                name=name,
            )
        )
    if not start.startswith(b"PK"):
        raise RefusedFileError(_not_ods(name))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_parts(name, archive, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise RefusedFileError(
            say(
                "{name} is damaged or not an OpenDocument spreadsheet ({reason}).",
                "{name} está danificado ou não é uma folha de cálculo OpenDocument ({reason}).",
                name=name,
                reason=error,
            )
        ) from error
    except OSError as error:
        raise RefusedFileError(unreadable(name, error)) from error


def _not_ods(name: str) -> str:
    return say(
        "{name} is not an OpenDocument spreadsheet (.ods); choose a workbook exported by PactDesk.",
        "{name} não é uma folha de cálculo OpenDocument (.ods); escolha um livro exportado pelo PactDesk.",
        name=name,
    )


def _check_parts(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    names = set(archive.namelist())
    check_sizes(name, archive, limits)
    stated = ""
    if "mimetype" in names:
        with archive.open("mimetype") as stream:
            stated = stream.read(200).decode("ascii", errors="replace").strip()
    if stated and stated not in (SPREADSHEET, SPREADSHEET + "-template"):
        kind = stated.removeprefix(_OPENDOCUMENT).split("-")[0]
        if stated.startswith(_OPENDOCUMENT) and kind in _KINDS:
            raise RefusedFileError(
                say(
                    "{name} is {kind}, not a spreadsheet; export the workbook from PactDesk and import that.",
                    "{name} é {kind}, não uma folha de cálculo; exporte o livro a partir do PactDesk e importe esse.",
                    name=name,
                    kind=_KINDS[kind],
                )
            )
        raise RefusedFileError(_not_ods(name))
    if "content.xml" not in names:
        raise RefusedFileError(
            say(
                "{name} is a zip file but not an OpenDocument spreadsheet (.ods).",
                "{name} é um ficheiro zip, mas não uma folha de cálculo OpenDocument (.ods).",
                name=name,
            )
        )
    if "META-INF/manifest.xml" in names:
        manifest = archive.getinfo("META-INF/manifest.xml")
        if manifest.file_size > 16 * 2**20:
            raise RefusedFileError(_not_ods(name))
        if b"encryption-data" in archive.read(manifest):
            raise RefusedFileError(
                say(
                    "{name} is password-protected; save it without a password and import that.",
                    "{name} está protegido por palavra-passe; guarde-o sem palavra-passe e importe esse.",
                    name=name,
                )
            )
    for part in archive.infolist():
        with archive.open(part) as stream:
            head = stream.read(PROLOG_BYTES)
        encoding = utf16(head)
        text = head.decode(encoding, errors="ignore").encode("utf-8") if encoding else head
        if text.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            check_prolog(name, part, text)
