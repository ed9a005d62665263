"""Files kept with a meeting or one of its agenda items (presentations, reports, signed minutes): added, listed, read
back checked against their SHA-256, saved elsewhere, opened, removed and put back. Each use case is one transaction.

The rules, and why:

- The bytes are kept in the database (so a backup, a copy and a team's server carry them), once per SHA-256
  (``blob``): the same file attached twice, to two meetings even, is stored once. An attachment names its blob, with
  the file's name, type and size as added, who added it and when.
- A name is kept as given, for display: control characters and invisible formatting ones (a right-to-left override
  can show “fdp.exe” as “exe.pdf”) are taken out, and it is cut at 255 characters, its extension kept. It is never a
  path: a copy saved or opened is written under ``safe_file_name(name)`` (``../../x`` is ``x``, ``CON.txt`` is
  ``_CON.txt``), which every system accepts.
- Two files of one meeting may have the same name (two presenters' “Apresentação.pptx”): they are told apart by
  their item and date in the list, and by their number on the command line.
- A file larger than the limit (``DEFAULT_LIMIT``, 100 MB, a setting of up to ``MAX_LIMIT``) is refused from its
  size on disk, before it is read. One that runs when opened (a program, a script, a shortcut: by its extension or
  its first bytes) is refused unless ``allow_executable`` says someone was asked; its type then says it runs
  (``EXECUTABLE_TYPES``), so opening it asks again.
- Approved minutes lock their meeting: nothing is attached to it or removed from it, since the minutes list each
  item's files (``attachment_lines``); the minutes are reopened first, with a reason. A signed copy of approved
  minutes is kept with its version instead (services/signing.py).
- The words inside a file (a PDF's, an OpenDocument or Office document's, plain text's: ``exchange/file_text.py``)
  are read as it is attached, before the write, and kept with the attachment (``Attachment.text``) for the search; a
  file without any, or one that cannot be read (damaged, hostile, locked with a password), is attached all the same.
- Removing an attachment removes its blob too when no other attachment names it, so a file taken out does not stay
  in the database; ``Removed`` keeps the bytes for the undo (in a temporary file past a megabyte, not in memory). A
  blob left unnamed otherwise (a meeting deleted or an item removed take their attachments with them, and their undo
  needs the bytes) stays until ``forget_unused_blobs`` (``pactdesk check --repair``).

Past the 600 lines a module should keep to: the rules for names and types (safe names, programs told by extension
and content, sizes in words: plain Python, a third of the module) belong in a module of their own, which the issue's
files did not include; they are in the first part here, apart from the use cases, ready to move.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mimetypes
import os
import shutil
import sqlite3
import stat
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import LargeBinary, delete, exists, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pactdesk import config
from pactdesk.domain.counting import number
from pactdesk.domain.enums import MinutesStatus
from pactdesk.domain.errors import ExchangeError, LockedError, NotFoundError, TamperedError, ValidationError
from pactdesk.domain.language import display_language
from pactdesk.domain.messages import say
from pactdesk.domain.models import AgendaItem, Attachment, Blob, Meeting
from pactdesk.domain.validation import xml_safe
from pactdesk.exchange import file_text
from pactdesk.exchange.atomic import atomic_file, explain
from pactdesk.services import archive
from pactdesk.services.archive import Archived
from pactdesk.services.meetings import meeting_by_ref
from pactdesk.services.team import display_name
from pactdesk.store import authorship
from pactdesk.store.database import Database

MB = 1024 * 1024
DEFAULT_LIMIT = 100 * MB
MAX_LIMIT = 500 * MB  # SQLite keeps a value of up to a thousand million bytes, PostgreSQL's bytea a gigabyte
MAX_NAME = 255  # the column's length
SHORT_HASH = 12  # hexadecimal digits of a SHA-256 shown in lists and in the minutes
_CHUNK = MB  # read at a time
_SERVER_CHUNK = 4 * MB  # read from a server at a time: each slice a round trip
_HEAD = 4096  # the first bytes, for telling a program or a PDF by its content
_ON_DISK = 180  # bytes of a safe name: a file system's 255 less room for a temporary name beside it
_KEPT_IN_MEMORY = MB  # bytes a removal keeps in memory for its undo; more go to a temporary file
OPENED_KEPT_S = 24 * 3600  # copies written for opening are tidied away after a day

# Extensions of files a system runs, or hands to an interpreter or installer, when they are opened.
EXECUTABLE_EXTENSIONS = frozenset(
    f".{extension}"
    for group in (
        # Windows programs, installers, libraries, control panel and console files
        "exe com scr pif msi msp mst msix msixbundle appx appxbundle appinstaller application appref-ms dll sys drv "
        "ocx cpl msc xll gadget diagcab settingcontent-ms",
        # Windows scripts, and what opens like one
        "bat cmd ps1 psm1 psd1 ps1xml psc1 vb vbs vbe js jse wsf wsh wsc sct hta chm inf ins isp reg lnk url scf",
        # Java, Python and other interpreters
        "jar jnlp class py pyw pyc pyz pl rb php",
        # macOS and Linux
        "app command tool pkg mpkg workflow action terminal sh bash zsh ksh csh fish run elf desktop appimage",
    )
    for extension in group.split(" ")
)

# The first bytes of programs, whatever their name says, and the type an attachment of each is then kept as.
_PROGRAM_STARTS = (
    (b"MZ", "application/x-msdownload"),  # a Windows (or DOS) program
    (b"\x7fELF", "application/x-executable"),  # Linux
    (b"\xfe\xed\xfa\xce", "application/x-mach-binary"),  # macOS, each byte order and word size
    (b"\xfe\xed\xfa\xcf", "application/x-mach-binary"),
    (b"\xce\xfa\xed\xfe", "application/x-mach-binary"),
    (b"\xcf\xfa\xed\xfe", "application/x-mach-binary"),
    (b"\xca\xfe\xba\xbe", "application/x-mach-binary"),  # a universal binary (or a Java class)
    (b"#!", "text/x-shellscript"),  # a script that names its interpreter
    (b"L\x00\x00\x00\x01\x14\x02\x00", "application/x-ms-shortcut"),  # a Windows shortcut
)
EXECUTABLE_TYPES = frozenset(
    {
        *(kind for _, kind in _PROGRAM_STARTS),
        "application/x-msdos-program",
        "application/x-msi",
        "application/x-sh",
        "application/java-archive",
        "application/hta",
        "application/x-bat",
    }
)
_CONTENT_TYPES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
)

# Names Windows keeps for devices, whatever extension follows (``CON.txt`` is the console); any case.
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³"}
)
_NOT_ON_DISK = frozenset('<>:"/\\|?*')


# -- what the services hand back --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentRow:
    """A file kept with a meeting (``item_id`` None) or one of its agenda items."""

    id: int
    meeting_ref: str
    item_id: int | None
    item_position: int | None
    item_title: str
    name: str
    media_type: str
    size: int
    sha256: str
    created_by: str  # a name, as the window shows authors
    created_at: datetime

    @property
    def short_hash(self) -> str:
        return self.sha256[:SHORT_HASH]

    @property
    def file_name(self) -> str:
        """The name a copy of it is written under."""
        return safe_file_name(self.name)

    @property
    def executable(self) -> bool:
        """Whether it runs when opened: by its name, or by the type its first bytes gave it."""
        return self.media_type in EXECUTABLE_TYPES or is_executable_name(self.name)


@dataclass(frozen=True)
class AgendaChoice:
    """An item a new attachment can be kept with."""

    id: int
    position: int
    title: str


@dataclass(frozen=True)
class MeetingFiles:
    """What the window's Attachments tab shows: the files, the items to keep new ones with, and whether the
    meeting is locked (its minutes approved)."""

    ref: str
    rows: list[AttachmentRow]
    items: list[AgendaChoice]
    locked: bool


@dataclass(frozen=True)
class AttachmentLine:
    """An attachment as the minutes list it under its item: name, size and the start of its SHA-256."""

    name: str
    size: int
    short_hash: str


class ExecutableFileError(ValidationError):
    """A file that runs when opened, refused because nobody was asked: the window asks, then adds it with
    ``allow_executable``; the command line needs --allow-executable."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message, "file")
        self.name = name


class _KeptBytes:
    """A removed file's bytes, for its undo: in memory when small, else in a temporary file that the system deletes
    once this is let go (or the program ends)."""

    def __init__(self, chunks: Iterable[bytes | memoryview], sha256: str) -> None:
        self.sha256 = sha256
        self.size = 0
        self._file = tempfile.SpooledTemporaryFile(max_size=_KEPT_IN_MEMORY, prefix="pactdesk-removed-")  # noqa: SIM115
        for chunk in chunks:
            self._file.write(chunk)
            self.size += len(chunk)

    def opened(self) -> AbstractContextManager[IO[bytes]]:
        """The bytes, to read from their start (left open: they may be put back again after another removal)."""
        self._file.seek(0)
        return nullcontext(self._file)

    def sha256_now(self) -> str:
        digest = hashlib.sha256()
        with self.opened() as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()


@dataclass(frozen=True, eq=False)
class Removed:
    """An attachment taken out, as ``put_back`` needs it: its row, and its file's bytes when the removal deleted
    them (no other attachment named them)."""

    meeting_ref: str
    attachment: Archived
    kept: _KeptBytes | None

    @property
    def attachment_id(self) -> int:
        return int(self.attachment.root["id"])

    @property
    def name(self) -> str:
        return str(self.attachment.root["name"])


# -- names -------------------------------------------------------------------------------------------------------


def clean_name(name: str) -> str:
    """``name`` as it is kept and shown: without control characters (a tab or a line break becomes a space) or
    invisible formatting ones, nor blanks around it, at most 255 characters with its extension kept. An empty name is
    refused."""
    text = unicodedata.normalize("NFC", str(name))
    shown = []
    for ch in text:
        kind = unicodedata.category(ch)
        if kind == "Cc":
            if ch in "\t\n\r":
                shown.append(" ")
        elif kind == "Cs":
            shown.append("\ufffd")  # a byte a file system's name held that is no character
        elif kind != "Cf":
            shown.append(ch)
    cleaned = xml_safe("".join(shown).strip())
    if not cleaned:
        raise ValidationError(
            say(
                "A file to attach needs a name; rename the file and add it again.",
                "Um ficheiro a anexar precisa de um nome; mude o nome do ficheiro e acrescente-o de novo.",
            ),
            "name",
        )
    if len(cleaned) > MAX_NAME:
        stem, suffix = _split(cleaned)
        if len(suffix) > 16:
            stem, suffix = cleaned, ""
        cleaned = stem[: MAX_NAME - len(suffix)].rstrip() + suffix
    return cleaned


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """A name any system accepts for a file, from an attachment's name: its last part only (``../../x`` is ``x``),
    without characters Windows refuses (``<>:"/\\|?*``, control characters) or invisible formatting ones, no dot or
    blank at either end, not a device's name (``CON.txt`` becomes ``_CON.txt``), at most 180 bytes of UTF-8 with its
    extension kept; ``fallback`` when nothing is left."""
    text = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    kept = []
    for ch in text:
        kind = unicodedata.category(ch)
        if kind == "Cf":
            continue
        kept.append("_" if ch in _NOT_ON_DISK or kind in ("Cc", "Cs") or ch in "\ufffe\uffff" else ch)
    safe = "".join(kept).strip(" .")
    if len(safe.encode("utf-8")) > _ON_DISK:
        stem, suffix = _split(safe)
        if len(suffix.encode("utf-8")) > 24:
            stem, suffix = safe, ""
        room = _ON_DISK - len(suffix.encode("utf-8"))
        stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
        safe = f"{stem}{suffix}"
    if not safe:
        return fallback
    if safe.split(".", 1)[0].rstrip(" ").upper() in _DEVICES:
        safe = f"_{safe}"
    return safe


def _split(name: str) -> tuple[str, str]:
    """(stem, extension with its dot): ``report.final.pdf`` → ``report.final``, ``.pdf``."""
    dot = name.rfind(".")
    return (name, "") if dot <= 0 else (name[:dot], name[dot:])


def is_executable_name(name: str) -> bool:
    """Whether a file of this name runs when opened: its extension, as written or as its safe name has it (Windows
    ignores dots and blanks at the end, so ``x.exe.`` is a program)."""
    for candidate in (str(name).rstrip(" ."), safe_file_name(name)):
        if _split(candidate)[1].lower() in EXECUTABLE_EXTENSIONS:
            return True
    return False


def runs_when_opened(path: Path | str, name: str | None = None) -> bool:
    """Whether the file at ``path`` (called ``name``, its own by default) runs when opened, by its name or its first
    bytes: asked before a file is attached. A file that cannot be read is no program (attaching it says why)."""
    path = Path(path)
    if is_executable_name(name if name is not None else path.name):
        return True
    try:
        with open(path, "rb") as handle:
            return program_type(handle.read(_HEAD)) is not None
    except OSError:
        return False


def program_type(head: bytes) -> str | None:
    """The type of a program whose first bytes are ``head``; None when they are no program's."""
    return next((kind for start, kind in _PROGRAM_STARTS if head.startswith(start)), None)


def media_type(name: str, head: bytes) -> str:
    """The file's type: a program's when its bytes are one's, else as its name says, else as its bytes say."""
    program = program_type(head)
    if program is not None:
        return program
    guessed, _ = mimetypes.guess_type(safe_file_name(name), strict=False)
    if guessed:
        return guessed[:100]
    return next((kind for start, kind in _CONTENT_TYPES if head.startswith(start)), "application/octet-stream")


def size_words(size: int, language: str | None = None) -> str:
    """A size as a person reads it: ``812 bytes``, ``12 KB``, ``3.4 MB`` (``3,4 MB`` in Portuguese)."""
    language = language or display_language()
    if size < 1024:
        return f"{number(size, language)} bytes"
    if size < MB:
        return f"{number(round(size / 1024), language)} KB"
    megabytes = size / MB
    decimals = 1 if megabytes < 100 and megabytes != int(megabytes) else 0
    return f"{number(megabytes, language, decimals)} MB"


# -- reading what is attached --------------------------------------------------------------------------------------


@dataclass
class _Read:
    """What is attached: its SHA-256, size and type, and its bytes (``data``), or where to stream them from."""

    sha256: str
    size: int
    media_type: str
    data: bytes | bytearray | None = None
    opened: Callable[[], AbstractContextManager[IO[bytes]]] | None = None
    path: Path | None = None  # the file read, to name in a sentence


def _too_large(name: str, size: int, limit: int) -> ValidationError:
    return ValidationError(
        say(
            "“{name}” is {size}, more than the {limit} a file may have; attach a smaller copy (a PDF of the slides, "
            "say), or raise the limit (Size limit on the Attachments tab, or --max-size on the command line).",
            "«{name}» tem {size}, mais do que os {limit} permitidos para um ficheiro; anexe uma cópia mais pequena "
            "(um PDF dos diapositivos, por exemplo), ou aumente o limite (Tamanho máximo no separador Anexos, ou "
            "--max-size na linha de comandos).",
            name=name,
            size=size_words(size),
            limit=size_words(limit),
        ),
        "file",
    )


def _refuse_program(name: str, head: bytes, allow_executable: bool) -> None:
    if allow_executable or not (is_executable_name(name) or program_type(head)):
        return
    raise ExecutableFileError(
        say(
            "“{name}” is a program or a script: it would run on the computer of whoever opens it, so it was not "
            "attached. Attach it only if you trust it and were asked to (with --allow-executable on the command line).",
            "«{name}» é um programa ou um script: seria executado no computador de quem o abrir, pelo que não foi "
            "anexado. Anexe-o apenas se confiar nele e lho tiverem pedido (com --allow-executable na linha de "
            "comandos).",
            name=name,
        ),
        name,
    )


def _unreadable(path: Path, error: OSError) -> ExchangeError:
    if isinstance(error, FileNotFoundError):
        return ExchangeError(
            say(
                "There is no file {path}; check its name and folder.",
                "Não existe o ficheiro {path}; verifique o nome e a pasta.",
                path=path,
            )
        )
    if isinstance(error, IsADirectoryError):
        return _a_folder(path)
    return ExchangeError(
        say(
            "{path} could not be read ({reason}); check that you may open it.",
            "Não foi possível ler {path} ({reason}); verifique se tem permissão para o abrir.",
            path=path,
            reason=error.strerror or error,
        )
    )


def _a_folder(path: Path) -> ExchangeError:
    return ExchangeError(
        say(
            "{path} is a folder; attach the files in it one by one.",
            "{path} é uma pasta; anexe um a um os ficheiros que contém.",
            path=path,
        )
    )


def _changed_while_read(name: str) -> ExchangeError:
    return ExchangeError(
        say(
            "{name} changed while PactDesk read it; attach it again once the program writing it is done.",
            "{name} mudou enquanto o PactDesk o lia; anexe-o de novo quando o programa que o está a escrever terminar.",
            name=name,
        )
    )


def _read_file(path: Path, name: str, limit: int, allow_executable: bool, *, keep: bool) -> _Read:
    """The file's SHA-256, read a megabyte at a time: refused from its size before anything is read, and from its
    first bytes before the rest is. With ``keep``, its bytes too, in one buffer of its size (for a server, which
    takes them whole); without, a file database streams them in later (``_write_streamed``)."""
    try:
        with open(path, "rb") as handle:
            found = os.fstat(handle.fileno())
            if stat.S_ISDIR(found.st_mode):
                raise _a_folder(path)
            if not stat.S_ISREG(found.st_mode):
                raise ExchangeError(
                    say(
                        "{path} is not a file that can be attached (a device or a pipe); choose a document.",
                        "{path} não é um ficheiro que se possa anexar (um dispositivo ou um canal); escolha um "
                        "documento.",
                        path=path,
                    )
                )
            size = found.st_size
            if size > limit:
                raise _too_large(name, size, limit)
            head = handle.read(_HEAD)
            _refuse_program(name, head, allow_executable)
            buffer = bytearray(size if keep else min(size, _CHUNK))
            digest = hashlib.sha256(head)
            filled = len(head)
            with memoryview(buffer) as view:
                if keep:
                    view[:filled] = head
                while filled < size:
                    start = filled if keep else 0
                    count = handle.readinto(view[start : start + min(size - filled, _CHUNK)])
                    if not count:
                        break
                    digest.update(view[start : start + count])
                    filled += count
            if filled != size or handle.read(1):
                raise _changed_while_read(name)
    except OSError as error:
        raise _unreadable(path, error) from error
    if keep:
        return _Read(digest.hexdigest(), size, media_type(name, head), buffer, path=path)
    return _Read(digest.hexdigest(), size, media_type(name, head), opened=lambda: open(path, "rb"), path=path)


def _read_data(data: bytes | bytearray, name: str, limit: int, allow_executable: bool) -> _Read:
    if len(data) > limit:
        raise _too_large(name, len(data), limit)
    head = bytes(data[:_HEAD])
    _refuse_program(name, head, allow_executable)
    return _Read(hashlib.sha256(data).hexdigest(), len(data), media_type(name, head), data)


def _checked_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 < limit <= MAX_LIMIT:
        raise ValidationError(
            say(
                "The size limit of an attachment is from 1 MB to {most}.",
                "O limite de tamanho de um anexo vai de 1 MB a {most}.",
                most=size_words(MAX_LIMIT),
            ),
            "limit",
        )
    return limit


# -- the meeting and its items -----------------------------------------------------------------------------------


def _changeable(meeting: Meeting) -> Meeting:
    if meeting.minutes_status is MinutesStatus.APPROVED:
        raise LockedError(
            say(
                "The minutes of {ref} are approved, so no file can be attached to the meeting or removed from it; "
                "reopen the minutes first, with a reason (a signed copy of them is kept with its version instead, on "
                "the Versions tab or with pactdesk attach-signed).",
                "A ata de {ref} está aprovada, pelo que não se podem anexar ficheiros à reunião nem retirá-los; reabra "
                "primeiro a ata, indicando o motivo (uma cópia assinada da ata guarda-se antes com a sua versão, no "
                "separador Versões ou com pactdesk attach-signed).",
                ref=meeting.ref,
            )
        )
    return meeting


def _item(session: Session, meeting: Meeting, position: int | None, item_id: int | None) -> AgendaItem | None:
    """The agenda item of ``meeting`` at ``position`` (as numbered on its agenda), or of id ``item_id``."""
    if position is not None and item_id is not None:
        raise ValidationError(
            say(
                "Give the agenda item by its place on the agenda or by its id, not both.",
                "Indique o ponto pelo seu lugar na ordem de trabalhos ou pelo seu id, não pelos dois.",
            ),
            "item",
        )
    if item_id is not None:
        found = session.get(AgendaItem, item_id)
        if found is None or found.meeting_id != meeting.id:
            raise NotFoundError(
                say(
                    "That agenda item is no longer on the agenda of {ref}; choose another, or the whole meeting.",
                    "Esse ponto já não está na ordem de trabalhos de {ref}; escolha outro, ou a reunião inteira.",
                    ref=meeting.ref,
                )
            )
        return found
    if position is None:
        return None
    found = session.scalar(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id, AgendaItem.position == position)
    )
    if found is None:
        count = session.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting.id)) or 0
        raise NotFoundError(
            say(
                "{ref} has no item {position}; its agenda has {count:item/items}.",
                "{ref} não tem o ponto {position}; a ordem de trabalhos tem {count:ponto/pontos}.",
                ref=meeting.ref,
                position=position,
                count=count,
            )
        )
    return found


def _gone() -> NotFoundError:
    return NotFoundError(
        say(
            "That attachment is no longer kept: it was removed since.",
            "Esse anexo já não está guardado: entretanto foi retirado.",
        )
    )


def _rows(session: Session, condition: object) -> list[AttachmentRow]:
    query = (
        select(Attachment, Meeting.ref, AgendaItem.position, AgendaItem.title)
        .join(Meeting, Meeting.id == Attachment.meeting_id)
        .outerjoin(AgendaItem, AgendaItem.id == Attachment.agenda_item_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(
            Meeting.ref, AgendaItem.position.is_not(None), AgendaItem.position, Attachment.created_at, Attachment.id
        )
    )
    return [
        AttachmentRow(
            id=found.id,
            meeting_ref=ref,
            item_id=found.agenda_item_id,
            item_position=position,
            item_title=title or "",
            name=found.name,
            media_type=found.media_type,
            size=found.size,
            sha256=found.sha256,
            created_by=display_name(session, found.created_by),
            created_at=found.created_at,
        )
        for found, ref, position, title in session.execute(query)
    ]


# -- the use cases --------------------------------------------------------------------------------------------------


def attach(
    db: Database,
    ref: str,
    name: str | None,
    data_or_path: bytes | bytearray | Path | str,
    *,
    item: int | None = None,
    item_id: int | None = None,
    allow_executable: bool = False,
    limit: int = DEFAULT_LIMIT,
) -> AttachmentRow:
    """Keep a file with the meeting ``ref``, or with its agenda item ``item`` (its place on the agenda, as the
    minutes number it) or ``item_id``. ``data_or_path``: the bytes, or the file to read (``name`` then defaults to
    its name). Undo: ``remove``."""
    limit = _checked_limit(limit)
    reading = not isinstance(data_or_path, bytes | bytearray)
    path = Path(data_or_path).expanduser() if reading else None  # type: ignore[arg-type]
    shown = clean_name(name if name is not None else path.name if path is not None else "")
    with db.read() as session:  # what can be refused is refused before a large file is read
        meeting = _changeable(meeting_by_ref(session, ref))
        _item(session, meeting, item, item_id)
    if path is not None:
        streamed = db.engine.dialect.name == "sqlite"  # a file takes the bytes a megabyte at a time
        read = _read_file(path, shown, limit, allow_executable, keep=not streamed)
    else:
        read = _read_data(data_or_path, shown, limit, allow_executable)  # type: ignore[arg-type]
    # The words inside it, for the search: read before the write, which they would hold up (a PDF of 500 pages takes
    # seconds), and from the file itself when there is one (read again, not copied from a buffer of its size).
    words = file_text.words_of(path if path is not None else read.data or b"", shown)
    with db.write() as session:
        meeting = _changeable(meeting_by_ref(session, ref))
        found = _item(session, meeting, item, item_id)
        _keep_blob(session, read, shown)
        record = Attachment(
            meeting_id=meeting.id,
            agenda_item_id=found.id if found is not None else None,
            name=shown,
            media_type=read.media_type,
            size=read.size,
            sha256=read.sha256,
            created_by=authorship.writer(session),
            text=words,
        )
        session.add(record)
        session.flush()
        return _rows(session, Attachment.id == record.id)[0]


def _keep_blob(session: Session, read: _Read, name: str) -> None:
    """The file's bytes, unless they are kept already (the same file attached before). Another laptop keeping the
    same bytes at the same moment is no clash: the first one's stay."""
    if session.scalar(select(exists().where(Blob.sha256 == read.sha256))):
        return
    dialect = session.get_bind().dialect.name
    values = {"sha256": read.sha256, "size": read.size, "content": read.data}
    if read.data is None:  # streamed into room made for it: SQLite never holds the whole file
        values["content"] = func.zeroblob(read.size)
    if dialect == "postgresql":
        session.execute(postgresql.insert(Blob).values(values).on_conflict_do_nothing(index_elements=["sha256"]))
    elif dialect == "sqlite":
        session.execute(sqlite.insert(Blob).values(values).on_conflict_do_nothing(index_elements=["sha256"]))
    else:
        session.execute(insert(Blob).values(values))
    if read.data is None:
        _write_streamed(session, read, name)


def _sqlite_blob(session: Session, sha256: str, *, readonly: bool) -> sqlite3.Blob | None:
    """SQLite's handle on a blob's bytes, to read or write them a piece at a time; None when it is not there."""
    rowid = session.scalar(text("SELECT rowid FROM blob WHERE sha256 = :sha256"), {"sha256": sha256})
    if rowid is None:
        return None
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw.blobopen("blob", "content", int(rowid), readonly=readonly)


def _write_streamed(session: Session, read: _Read, name: str) -> None:
    """The bytes written into the room made for them, a megabyte at a time, hashed again as they go: a file changed
    since it was first read is refused, and nothing is kept."""
    assert read.opened is not None
    if read.size == 0:
        return
    digest = hashlib.sha256()
    blob = _sqlite_blob(session, read.sha256, readonly=False)
    assert blob is not None
    written = 0
    try:
        with blob, read.opened() as handle:
            while chunk := handle.read(min(_CHUNK, read.size - written + 1)):
                if written + len(chunk) > read.size:
                    raise _changed_while_read(name)
                blob.write(chunk)
                digest.update(chunk)
                written += len(chunk)
    except OSError as error:
        raise _unreadable(read.path or Path(name), error) from error
    if written != read.size or digest.hexdigest() != read.sha256:
        raise _changed_while_read(name)


def _chunks(session: Session, sha256: str) -> Iterator[bytes | memoryview]:
    """A blob's bytes a piece at a time: from SQLite a megabyte at a time through its blob handle, from a server in
    slices of a few megabytes (a whole value would arrive as hexadecimal text, then as bytes: several times its
    size)."""
    if session.get_bind().dialect.name == "sqlite":
        blob = _sqlite_blob(session, sha256, readonly=True)
        if blob is None:
            return
        with blob:
            while chunk := blob.read(_CHUNK):
                yield chunk
        return
    size = session.scalar(select(func.octet_length(Blob.content)).where(Blob.sha256 == sha256))
    for start in range(0, size or 0, _SERVER_CHUNK):
        piece = func.substring(Blob.content, start + 1, _SERVER_CHUNK, type_=LargeBinary)
        sliced: bytes | None = session.scalar(select(piece).where(Blob.sha256 == sha256))
        if sliced is None:  # removed meanwhile: what was read is refused by its SHA-256
            return
        yield sliced


def attachments(db: Database, ref: str) -> list[AttachmentRow]:
    """The files of the meeting ``ref``: its own first, then each item's in agenda order, oldest first."""
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        return _rows(session, Attachment.meeting_id == meeting.id)


def meeting_files(db: Database, ref: str) -> MeetingFiles:
    """The meeting's files, its agenda items (for where a new one goes) and whether it is locked, in one read."""
    with db.read() as session:
        meeting = meeting_by_ref(session, ref)
        items = session.execute(
            select(AgendaItem.id, AgendaItem.position, AgendaItem.title)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position)
        )
        return MeetingFiles(
            ref=meeting.ref,
            rows=_rows(session, Attachment.meeting_id == meeting.id),
            items=[AgendaChoice(*row) for row in items],
            locked=meeting.minutes_status is MinutesStatus.APPROVED,
        )


def attachment(db: Database, attachment_id: int) -> AttachmentRow:
    with db.read() as session:
        found = _rows(session, Attachment.id == attachment_id)
        if not found:
            raise _gone()
        return found[0]


def find(db: Database, ref: str, name: str) -> AttachmentRow:
    """The attachment of ``ref`` named ``name`` (as listed), or of that number when none is; two of one name are
    told apart by their numbers."""
    rows = attachments(db, ref)
    wanted = unicodedata.normalize("NFC", name).strip()
    named = [row for row in rows if row.name == wanted] or [
        row for row in rows if row.name.casefold() == wanted.casefold()
    ]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise ValidationError(
            say(
                "{count:file/files} of {ref} are named “{name}” (numbers {ids}); give the number of the one you want, "
                "as pactdesk attachments {ref} lists it.",
                "{count:ficheiro/ficheiros} de {ref} têm o nome «{name}» (números {ids}); indique o número do que "
                "pretende, tal como pactdesk attachments {ref} o mostra.",
                count=len(named),
                ref=rows[0].meeting_ref,
                name=wanted,
                ids=", ".join(str(row.id) for row in named),
            ),
            "name",
        )
    by_number = [row for row in rows if wanted.lstrip("#").isdigit() and row.id == int(wanted.lstrip("#"))]
    if by_number:
        return by_number[0]
    raise NotFoundError(
        say(
            "{ref} has no attachment named “{name}”; pactdesk attachments {ref} lists its files.",
            "{ref} não tem nenhum anexo com o nome «{name}»; pactdesk attachments {ref} mostra os seus ficheiros.",
            ref=ref.strip().upper(),
            name=wanted,
        )
    )


def _read_checked(db: Database, attachment_id: int, write: Callable[[bytes | memoryview], object]) -> int:
    """Hand the attachment's bytes to ``write`` a megabyte at a time, then check them against their SHA-256: bytes
    changed outside PactDesk are refused (after they were handed over: the caller drops what it was given).
    Returns their size."""
    with db.read() as session:
        found = session.execute(
            select(Attachment.name, Attachment.sha256, Meeting.ref)
            .join(Meeting, Meeting.id == Attachment.meeting_id)
            .where(Attachment.id == attachment_id)
        ).one_or_none()
        if found is None:
            raise _gone()
        name, sha256, ref = found
        digest = hashlib.sha256()
        size = 0
        for chunk in _chunks(session, sha256):
            digest.update(chunk)
            write(chunk)
            size += len(chunk)
    if digest.hexdigest() != sha256:
        raise TamperedError(
            say(
                "The file “{name}” kept with {ref} no longer matches its SHA-256 fingerprint: it was changed outside "
                "PactDesk. Restore a backup from before the change, or attach the file again.",
                "O ficheiro «{name}» guardado com {ref} já não corresponde à sua impressão digital (SHA-256): foi "
                "alterado fora do PactDesk. Reponha uma cópia de segurança anterior à alteração, ou anexe de novo o "
                "ficheiro.",
                name=name,
                ref=ref,
            )
        )
    return size


def content(db: Database, attachment_id: int) -> bytes:
    """The attachment's bytes, checked against their SHA-256: bytes changed outside PactDesk are refused. Held once
    (read into a buffer of their size, which becomes the bytes returned)."""
    kept = io.BytesIO()
    expected = attachment(db, attachment_id).size
    if expected:
        kept.seek(expected - 1)
        kept.write(b"\0")  # room for it all at once: no copy as it grows
        kept.seek(0)
    _read_checked(db, attachment_id, kept.write)
    kept.truncate()
    return kept.getvalue()


def save_copy(db: Database, attachment_id: int, target: Path | str) -> Path:
    """Write the attachment to ``target`` all at once (a file; in a folder, under its safe name), a megabyte at a
    time; any older file there is left as it was when that fails. Returns the file written."""
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / attachment(db, attachment_id).file_name
    _write_checked(db, attachment_id, target)
    return target


def _write_checked(db: Database, attachment_id: int, target: Path) -> None:
    with atomic_file(target) as temporary, open(temporary, "wb") as handle:
        _read_checked(db, attachment_id, handle.write)


def copy_for_opening(db: Database, attachment_id: int, folder: Path | None = None) -> Path:
    """A read-only copy to open with the system's application, under its safe name in a folder of its own
    (``folder``: the cache's ``opened`` by default), where copies older than a day are tidied away. A copy already
    there with the same bytes is used again."""
    row = attachment(db, attachment_id)
    folder = folder or config.cache_dir() / "opened"
    _tidy(folder)
    place = folder / str(attachment_id)
    target = place / row.file_name
    try:
        place.mkdir(parents=True, exist_ok=True)
        if target.is_file() and _sha256_of(target) == row.sha256:
            return target
        if target.exists():
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)  # a read-only copy is not replaced on Windows
    except OSError as error:
        raise ExchangeError(explain(error, target)) from error
    _write_checked(db, attachment_id, target)
    with contextlib.suppress(OSError):  # changes saved in the copy would be lost: a read-only file says so early
        target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return target


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _tidy(folder: Path) -> None:
    """Copies opened more than a day ago go (one still open elsewhere stays: it is tried again next time)."""
    if not folder.is_dir():
        return
    oldest = time.time() - OPENED_KEPT_S
    for place in folder.iterdir():
        try:
            if place.stat().st_mtime < oldest:
                for copy in place.iterdir() if place.is_dir() else ():
                    copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
                shutil.rmtree(place) if place.is_dir() else place.unlink()
        except OSError:
            continue


def remove(db: Database, attachment_id: int) -> Removed:
    """Take the attachment out; its file's bytes go too when no other attachment names them, kept in ``Removed``
    for ``put_back``."""
    with db.write() as session:
        found = session.get(Attachment, attachment_id)
        if found is None:
            raise _gone()
        meeting = _changeable(session.get_one(Meeting, found.meeting_id))
        sha256 = found.sha256
        table = archive.table(Attachment.__tablename__)
        taken = archive.take_out(session, table, table.c.id == attachment_id)
        kept = None
        if not session.scalar(select(exists().where(Attachment.sha256 == sha256))):
            try:
                kept = _KeptBytes(_chunks(session, sha256), sha256)
            except OSError:  # no room for the undo's copy: the bytes stay, for check --repair to forget
                kept = None
            if kept is not None:
                session.execute(delete(Blob).where(Blob.sha256 == sha256))
        return Removed(meeting.ref, taken, kept)


def put_back(db: Database, removed: Removed) -> AttachmentRow:
    """Put back an attachment ``remove`` took out, under its old id, with its file's bytes if they went too. Its item
    removed since, it comes back with the meeting."""
    row = removed.attachment.root
    with db.write() as session:
        meeting = session.get(Meeting, row["meeting_id"])
        if meeting is None:
            raise NotFoundError(
                say(
                    "The meeting “{name}” was kept with is no longer there, so it cannot be put back.",
                    "A reunião com que «{name}» estava guardado já não existe, pelo que não pode ser reposto.",
                    name=removed.name,
                )
            )
        _changeable(meeting)
        sha256 = str(row["sha256"])
        if not session.scalar(select(exists().where(Blob.sha256 == sha256))):
            kept = removed.kept
            if kept is None or kept.sha256_now() != sha256:
                raise NotFoundError(
                    say(
                        "The bytes of “{name}” are no longer kept, so it cannot be put back; attach the file again.",
                        "O conteúdo de «{name}» já não está guardado, pelo que não pode ser reposto; anexe de novo o "
                        "ficheiro.",
                        name=removed.name,
                    )
                )
            if session.get_bind().dialect.name == "sqlite":
                _keep_blob(session, _Read(sha256, kept.size, "", opened=kept.opened), removed.name)
            else:
                with kept.opened() as handle:
                    _keep_blob(session, _Read(sha256, kept.size, "", handle.read()), removed.name)
        archive.put_back(session, removed.attachment)
        return _rows(session, Attachment.id == removed.attachment_id)[0]


# -- for the minutes, and for check ------------------------------------------------------------------------------


def attachment_lines(session: Session, meeting_id: int) -> dict[int | None, list[AttachmentLine]]:
    """The meeting's attachments as its minutes list them, by agenda item id (None: the meeting's own), oldest
    first."""
    lines: dict[int | None, list[AttachmentLine]] = {}
    query = (
        select(Attachment.agenda_item_id, Attachment.name, Attachment.size, Attachment.sha256)
        .where(Attachment.meeting_id == meeting_id)
        .order_by(Attachment.created_at, Attachment.id)
    )
    for item_id, name, size, sha256 in session.execute(query):
        lines.setdefault(item_id, []).append(AttachmentLine(name, size, sha256[:SHORT_HASH]))
    return lines


def unused_blobs(db: Database) -> tuple[int, int]:
    """How many files' bytes no attachment names, and their bytes."""
    with db.read() as session:
        count, size = session.execute(
            select(func.count(), func.coalesce(func.sum(Blob.size), 0)).where(
                ~exists().where(Attachment.sha256 == Blob.sha256)
            )
        ).one()
        return int(count), int(size)


def forget_unused_blobs(db: Database) -> tuple[int, int]:
    """Delete the bytes no attachment names (a meeting deleted, an item removed, long ago); returns how many and
    their size. An undo still open in a window then cannot bring those attachments back."""
    with db.write() as session:
        unused = ~exists().where(Attachment.sha256 == Blob.sha256)
        found = session.execute(select(Blob.sha256, Blob.size).where(unused)).all()
        if found:
            session.execute(delete(Blob).where(Blob.sha256.in_([sha256 for sha256, _ in found])).where(unused))
        return len(found), sum(size for _, size in found)


def damaged_blobs(db: Database) -> list[str]:
    """The SHA-256 of each file's bytes that no longer match it (changed outside PactDesk), read a piece at a time."""
    with db.read() as session:
        keys = list(session.scalars(select(Blob.sha256).order_by(Blob.sha256)))
    damaged = []
    for key in keys:
        digest = hashlib.sha256()
        with db.read() as session:
            for chunk in _chunks(session, key):
                digest.update(chunk)
        if digest.hexdigest() != key:
            damaged.append(key)
    return damaged
