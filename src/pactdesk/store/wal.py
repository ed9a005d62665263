"""Reading SQLite's write-ahead log as its file format describes it, to tell what a recovery will keep.

After an unclean shutdown SQLite replays the log's frames up to the last commit whose checksums are sound and drops
the rest without a word. Committed transactions in that rest were lost: they are counted here, so the user can be
told, and a copy of the log kept for whoever recovers them. (https://www.sqlite.org/fileformat.html#the_write_ahead_log)
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # the checksums' byte order


@dataclass(frozen=True)
class LogReading:
    replayed: int  # frames SQLite will replay: up to the last sound commit
    commits_lost: int  # commits written after a damaged frame, which SQLite will drop


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    for x0, x1 in struct.iter_unpack(f"{order}II", data):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def read(path: Path) -> LogReading | None:
    """What a recovery of the log at ``path`` keeps and drops; ``None`` when there is no log worth reading."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER:
        return None
    magic, _version, page_size, _sequence, salt1, salt2, check1, check2 = struct.unpack(">8I", data[:_HEADER])
    order = _MAGIC.get(magic)
    if order is None or page_size < 512 or page_size & (page_size - 1):
        return None
    s0, s1 = _checksum(data[:24], order, 0, 0)
    if (s0, s1) != (check1, check2):
        return LogReading(0, 0)  # SQLite ignores a log whose header is damaged; so nothing of it is counted
    frame_size = _FRAME_HEADER + page_size
    replayed = commits_lost = 0
    sound = True
    for number, start in enumerate(range(_HEADER, len(data) - frame_size + 1, frame_size), start=1):
        head = data[start : start + _FRAME_HEADER]
        _page, commit_size, frame_salt1, frame_salt2, frame_check1, frame_check2 = struct.unpack(">6I", head)
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            break  # a frame of an earlier use of the file: the log ends here
        if sound:
            s0, s1 = _checksum(head[:8] + data[start + _FRAME_HEADER : start + frame_size], order, s0, s1)
            sound = (s0, s1) == (frame_check1, frame_check2)
            if sound and commit_size:
                replayed = number
                continue
        if not sound and commit_size:
            commits_lost += 1
    return LogReading(replayed, commits_lost)
