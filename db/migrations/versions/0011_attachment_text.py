"""the words inside attached files, found by the search

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 10:00:00

``attachment.text``: the words inside each file kept (``pactdesk.exchange.file_text``: the text of a PDF, of an
OpenDocument or Office Open XML file, of plain text; up to 200,000 characters), which the search's index of the
attachments now covers beside their names. The attachments' index is taken away, the column added and filled from
the files already kept, and the index made again over both, by the code ``pactdesk check --repair`` remakes it with.

Each file is read a piece at a time: on SQLite through its blob handle, from a server in slices of a few megabytes
into a temporary file (a whole value arrives as hexadecimal text, several times its size). The same bytes attached
twice under names of the same kind are read once. A file that cannot be read has no words; the step goes on.
"""

from __future__ import annotations

import contextlib
import io
import logging
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import PurePath
from typing import IO

import sqlalchemy as sa
from alembic import op

from pactdesk.exchange.file_text import words_of
from pactdesk.store import search_index

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

logger = logging.getLogger(__name__)

_SERVER_SLICE = 4 * 1024 * 1024
_KEPT_IN_MEMORY = 8 * 1024 * 1024


def upgrade() -> None:
    connection = op.get_bind()
    source = search_index.BY_KIND["attachment"]
    search_index.drop(connection, source)
    op.add_column("attachment", sa.Column("text", sa.Text(), nullable=False, server_default=""))
    _fill(connection)
    search_index.remake(connection, source)


def downgrade() -> None:
    connection = op.get_bind()
    source = search_index.BY_KIND["attachment"]
    search_index.drop(connection, source)
    op.execute('ALTER TABLE attachment DROP COLUMN "text"')  # SQLite 3.35 and later drop it in place, as a server does
    search_index.remake(connection, source)


def _fill(connection: sa.Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    where = "b.rowid" if sqlite else "octet_length(b.content)"
    rows = connection.execute(
        sa.text(f"SELECT a.id, a.name, a.sha256, {where} FROM attachment a JOIN blob b ON b.sha256 = a.sha256")
    ).all()
    read: dict[tuple[str, str], str] = {}
    for attachment_id, name, sha256, place in rows:
        key = (sha256, PurePath(name).suffix.lower())  # a name counts only by its kind (a .txt is read as text)
        if key not in read:
            try:
                with _opened(connection, sha256, place) as stream:
                    read[key] = words_of(stream, name)
            except Exception as error:  # a blob that cannot be read: the attachment has no words, the step goes on
                logger.info("the words of attachment %s were not read: %s", attachment_id, error)
                read[key] = ""
        if read[key]:
            connection.execute(
                sa.text('UPDATE attachment SET "text" = :text WHERE id = :id'), {"text": read[key], "id": attachment_id}
            )


@contextlib.contextmanager
def _opened(connection: sa.Connection, sha256: str, place: int) -> Iterator[IO[bytes]]:
    """A blob's bytes as a stream that can seek: SQLite's blob handle (``place`` its rowid), or a server's slices
    (``place`` its size) in a temporary file."""
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        with raw.blobopen("blob", "content", place, readonly=True) as blob:
            yield io.BufferedReader(_BlobReader(blob), buffer_size=1024 * 1024)
        return
    with tempfile.SpooledTemporaryFile(max_size=_KEPT_IN_MEMORY, prefix="pactdesk-words-") as kept:
        for start in range(0, place or 0, _SERVER_SLICE):
            piece = connection.execute(
                sa.text("SELECT substring(content FROM :start FOR :count) FROM blob WHERE sha256 = :sha256"),
                {"start": start + 1, "count": _SERVER_SLICE, "sha256": sha256},
            ).scalar()
            kept.write(piece or b"")
        kept.seek(0)
        yield kept  # type: ignore[misc]


class _BlobReader(io.RawIOBase):
    """SQLite's blob handle as a raw stream."""

    def __init__(self, blob: sqlite3.Blob) -> None:
        super().__init__()
        self.blob = blob

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.blob.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self.blob.seek(offset, whence)
        return self.blob.tell()

    def tell(self) -> int:
        return self.blob.tell()
