"""The words inside an attached file, for the search: the text of a PDF, of an OpenDocument file (.odt, .ods, .odp)
and of an Office Open XML one (.docx, .pptx, .xlsx), and plain text.

Bounded and safe, whatever the file: ``words_of`` never raises. A file it cannot read (damaged, hostile, encrypted
with a password, of another kind) has no words (``""``, logged at INFO); a file with more stops where a bound is
reached, its words so far kept: 200,000 characters, 500 pages of a PDF, 50 MB unpacked from a zip, about ten seconds
(looked at between a PDF's pages and between pieces of XML; one page is bounded by the 400,000 tokens pypdf parses of
it, a second or two, past which that page has no words).

- **PDF**: pypdf, its own limits on what a stream may unpack to included; an encrypted PDF is read when it opens
  without a password (as most "protected" PDFs do: they forbid printing or copying), else it has no words.
- **Zips of XML**: the zip's directory is not believed (a part's size and ratio are the file's claims): each part
  is read through a count of the bytes it actually unpacks to, and a directory larger than any document has is not
  read at all. The XML is read as a stream of events by defusedxml's parser, which refuses a document type
  declaration and entities (the "billion laughs"), and keeps nothing but the line being read: no tree is built.
- **Plain text** (.txt, .csv, .md, or a name whose type is ``text/*``): UTF-8, or UTF-16 when it starts with its
  byte order mark; a byte that is no character is read as U+FFFD.

What comes out is one line per paragraph (a PDF's line, a cell, a slide's paragraph), blanks collapsed, in Unicode's
compatibility form (NFKC: a PDF's "ﬁ" ligature is "fi", so the word is found), without the characters XML forbids
(NUL and most control characters, which neither database's text nor the export of a workbook takes).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import logging
import mimetypes
import re
import struct
import threading
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any
from xml.sax import handler as sax_handler

from defusedxml.expatreader import DefusedExpatParser

logger = logging.getLogger(__name__)

MAX_CHARS = 200_000
MAX_PAGES = 500
PAGE_TOKENS = 400_000  # operators and operands parsed on one page of a PDF: a second or two
MAX_UNPACKED = 50 * 1024 * 1024  # bytes unpacked from one zip, all its parts together
MAX_DIRECTORY = 2 * 1024 * 1024  # bytes of a zip's directory: some 20,000 parts, ten times a large presentation's
MAX_PARTS = 5_000  # slides of a presentation, sheets of a workbook
SECONDS = 10.0
_CHUNK = 64 * 1024
_TEXT_BYTES = MAX_CHARS * 4 + 4  # UTF-8 takes at most four bytes a character
_PLAIN_SUFFIXES = frozenset({".txt", ".csv", ".md"})
_OPENDOCUMENT = b"application/vnd.oasis.opendocument."
# Characters XML 1.0 forbids (NUL and the other C0 controls but tab, line feed and carriage return; lone
# surrogates; U+FFFE and U+FFFF): dropped.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BLANKS = re.compile(r"[^\S\n]+")

Source = bytes | bytearray | memoryview | Path | IO[bytes]


class _Stop(Exception):
    """A bound reached: the words so far are kept."""


class _Words:
    """The text gathered so far, one line per paragraph, up to ``MAX_CHARS`` characters and the time allowed."""

    def __init__(self, seconds: float) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.length = 0
        self.deadline = time.monotonic() + seconds

    def add(self, piece: str) -> None:
        piece = _BLANKS.sub(" ", _FORBIDDEN.sub("", piece.replace("\n", " ")))
        if not piece:
            return
        self.line.append(piece)
        self.length += len(piece)
        if self.length > MAX_CHARS:
            raise _Stop(f"more than {MAX_CHARS} characters")

    def end_line(self) -> None:
        if self.line:
            line = " ".join("".join(self.line).split())
            if line:
                self.lines.append(line)
                self.length += 1
            self.line = []

    def on_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise _Stop("out of time")

    def text(self) -> str:
        self.end_line()
        text = unicodedata.normalize("NFKC", "\n".join(self.lines))
        text = _FORBIDDEN.sub("", text)  # NFKC makes none, but cutting a surrogate pair could
        if len(text) > MAX_CHARS:
            cut = text.rfind(" ", MAX_CHARS - 100, MAX_CHARS)  # not in the middle of a word, when one ends near
            text = text[: cut if cut > 0 else MAX_CHARS]
        return text.strip()


def words_of(source: Source, name: str, *, seconds: float = SECONDS) -> str:
    """The text inside the file ``source`` (its bytes, its path, or a binary stream that can seek) called ``name``:
    see the module's docstring. Never raises."""
    words = _Words(seconds)
    try:
        with _opened(source) as stream:
            read = _reader(stream.read(8), name)
            if read is None:
                return ""
            stream.seek(0)
            read(stream, words)
    except _Stop as stop:
        logger.info("the words of %s were read until %s", name, stop)
    except Exception as error:  # a damaged or hostile file, whatever it breaks: no words, never a failure
        logger.info("no words read from %s: %s: %s", name, type(error).__name__, error)
        return ""
    return words.text()


@contextlib.contextmanager
def _opened(source: Source) -> Iterator[IO[bytes]]:
    if isinstance(source, Path):
        with open(source, "rb") as handle:
            yield handle
    elif isinstance(source, bytes | bytearray | memoryview):
        yield io.BytesIO(source)
    else:
        yield source


def _reader(head: bytes, name: str) -> Callable[[IO[bytes], _Words], None] | None:
    if head.startswith(b"%PDF-"):
        return _pdf
    if head.startswith(b"PK\x03\x04"):
        return _zipped
    suffix = Path(name).suffix.lower()
    guessed = mimetypes.guess_type(name, strict=False)[0] or ""
    if suffix in _PLAIN_SUFFIXES or guessed.startswith("text/"):
        return _plain
    return None


# -- PDF ---------------------------------------------------------------------------------------------------------

_quiet_lock = threading.Lock()
_quiet_count = 0
_quiet_level = logging.NOTSET


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's logger says WARNING of every flaw it reads past (a hostile PDF, thousands of lines): silenced while
    it reads, in every thread that reads at once, and set back after the last."""
    global _quiet_count, _quiet_level
    pypdf_logger = logging.getLogger("pypdf")
    with _quiet_lock:
        if _quiet_count == 0:
            _quiet_level = pypdf_logger.level
            pypdf_logger.setLevel(logging.ERROR + 10)
        _quiet_count += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_count -= 1
            if _quiet_count == 0:
                pypdf_logger.setLevel(_quiet_level)


def _pdf(stream: IO[bytes], words: _Words) -> None:
    from pypdf import PdfReader, apply_configuration  # imported when a PDF is read: most starts of PactDesk read none

    # The time is looked at between pages: a page's parsing is bounded by a count of its tokens instead (pypdf's
    # default, two million, takes some fifteen seconds; a dense page of text has tens of thousands).
    with _quiet_pypdf(), apply_configuration(stream_parsing_work_maximum_count=PAGE_TOKENS):
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            logger.info("an encrypted PDF that needs a password: no words")
            return
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES:
                raise _Stop(f"{MAX_PAGES} pages")
            words.on_time()
            try:
                text = page.extract_text()
            except Exception as error:  # one damaged page: the others are read
                logger.info("page %d of a PDF gave no words: %s: %s", number + 1, type(error).__name__, error)
                continue
            for line in text.splitlines():
                words.add(line)
                words.end_line()


# -- zips of XML: OpenDocument and Office Open XML ---------------------------------------------------------------


class _Parts:
    """A zip's parts read a piece at a time, counting the bytes they unpack to (all parts together)."""

    def __init__(self, archive: zipfile.ZipFile, words: _Words) -> None:
        self.archive = archive
        self.words = words
        self.unpacked = 0

    def pieces(self, part: str, limit: int | None = None) -> Iterator[bytes]:
        with self.archive.open(part) as stream:
            read = 0
            while piece := stream.read(_CHUNK):
                self.unpacked += len(piece)
                if self.unpacked > MAX_UNPACKED:
                    raise _Stop(f"{MAX_UNPACKED} bytes unpacked")
                self.words.on_time()
                yield piece
                read += len(piece)
                if limit is not None and read >= limit:
                    return

    def start(self, part: str, size: int) -> bytes:
        return b"".join(self.pieces(part, size))[:size]


def _directory_size(stream: IO[bytes]) -> int:
    """The size of the zip's directory, as its end record says, read before ``zipfile`` reads the directory whole
    (a few megabytes of it are a million parts); -1 when there is no end record to read."""
    end = stream.seek(0, io.SEEK_END)
    tail_start = max(0, end - (65_535 + 22))
    stream.seek(tail_start)
    tail = stream.read()
    place = tail.rfind(b"PK\x05\x06")
    if place < 0 or len(tail) - place < 22:
        return -1
    size = int(struct.unpack_from("<L", tail, place + 12)[0])
    stream.seek(0)
    return size


def _zipped(stream: IO[bytes], words: _Words) -> None:
    size = _directory_size(stream)
    if not 0 <= size <= MAX_DIRECTORY:  # 0xFFFFFFFF: a zip64 directory, which no document of this size needs
        logger.info("a zip whose directory is %d bytes: no words", size)
        return
    with zipfile.ZipFile(stream) as archive:
        names = set(archive.namelist())
        parts = _Parts(archive, words)
        if "mimetype" in names and parts.start("mimetype", 100).startswith(_OPENDOCUMENT):
            if "content.xml" in names:
                _xml(parts, "content.xml", _OpenDocument(words))
        elif "[Content_Types].xml" in names:
            if "word/document.xml" in names:
                _xml(parts, "word/document.xml", _OfficeText(words, line="p", spaces=("tab", "br", "cr")))
            elif "xl/workbook.xml" in names:
                # The shared strings, then the strings written in the sheets' cells (as openpyxl writes them).
                if "xl/sharedStrings.xml" in names:
                    _xml(parts, "xl/sharedStrings.xml", _OfficeText(words, line="si", spaces=()))
                for sheet in _numbered(names, "xl/worksheets/sheet"):
                    _xml(parts, sheet, _OfficeText(words, line="is", spaces=()))
            else:
                for slide in _numbered(names, "ppt/slides/slide"):
                    _xml(parts, slide, _OfficeText(words, line="p", spaces=("br",)))


def _numbered(names: set[str], start: str) -> list[str]:
    """The parts named ``start`` + a number + ``.xml``, in their numbers' order: ``ppt/slides/slide2.xml`` before
    ``slide10.xml``."""
    numbered = []
    for name in names:
        found = re.fullmatch(re.escape(start) + r"(\d{1,6})\.xml", name)
        if found:
            numbered.append((int(found.group(1)), name))
    return [name for _, name in sorted(numbered)[:MAX_PARTS]]


def _xml(parts: _Parts, part: str, content: _Content) -> None:
    parser = DefusedExpatParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.setFeature(sax_handler.feature_namespaces, True)
    parser.setFeature(sax_handler.feature_external_ges, False)
    parser.setContentHandler(content)
    for piece in parts.pieces(part):
        parser.feed(piece)
    parser.close()
    content.words.end_line()


class _Content(sax_handler.ContentHandler):
    """What a part's events make of its text: ``words`` fed as it is read."""

    def __init__(self, words: _Words) -> None:
        super().__init__()
        self.words = words


class _OpenDocument(_Content):
    """``content.xml``: the text of each paragraph and heading (a cell's text is in its paragraphs), one line each;
    a space where a paragraph says one (``text:s``), a tab or a line break."""

    TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    def __init__(self, words: _Words) -> None:
        super().__init__(words)
        self.depth = 0

    def startElementNS(self, name: tuple[str | None, str], qname: str | None, attrs: Any) -> None:
        if name[0] != self.TEXT:
            return
        if name[1] in ("p", "h"):
            if self.depth:  # a note's paragraph inside a paragraph: a line of its own
                self.words.end_line()
            self.depth += 1
        elif self.depth and name[1] in ("s", "tab", "line-break"):
            self.words.add(" ")

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:
        if name[0] == self.TEXT and name[1] in ("p", "h") and self.depth:
            self.depth -= 1
            self.words.end_line()

    def characters(self, content: str) -> None:
        if self.depth:
            self.words.add(content)


class _OfficeText(_Content):
    """A part of a .docx, .pptx or .xlsx: the text of its ``t`` elements (``w:t``, ``a:t``, a string's ``t``),
    whatever their namespace (the strict form of the format has other ones); a line ends with each ``line`` element
    (``w:p``, ``a:p``, a shared string's ``si``, a cell's own string ``is``). A sheet's numbers are not words."""

    def __init__(self, words: _Words, *, line: str, spaces: tuple[str, ...]) -> None:
        super().__init__(words)
        self.line = line
        self.spaces = spaces
        self.depth = 0

    def startElementNS(self, name: tuple[str | None, str], qname: str | None, attrs: Any) -> None:
        local = name[1]
        if local == "t":
            self.depth += 1
        elif local in self.spaces:
            self.words.add(" ")

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:
        local = name[1]
        if local == "t" and self.depth:
            self.depth -= 1
        elif local == self.line:
            self.words.end_line()

    def characters(self, content: str) -> None:
        if self.depth:
            self.words.add(content)


# -- plain text --------------------------------------------------------------------------------------------------


def _plain(stream: IO[bytes], words: _Words) -> None:
    data = stream.read(_TEXT_BYTES)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8-sig", errors="replace")
    for line in text[: MAX_CHARS + 1].splitlines():
        words.add(line)
        words.end_line()
