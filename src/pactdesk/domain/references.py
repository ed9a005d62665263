"""References of meetings (``CODE-YYYY-NN``), actions (``CODE-A####``) and outputs (``CODE-O####``).

References are assigned by the services, never typed by hand; these functions only format and read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CLUSTER_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_MEETING_REF = re.compile(r"^(?P<code>[A-Z][A-Z0-9]{1,9})-(?P<year>\d{4})-(?P<number>\d{2,})$")
_ACTION_REF = re.compile(r"^(?P<code>[A-Z][A-Z0-9]{1,9})-A(?P<number>\d{4,})$")
_OUTPUT_REF = re.compile(r"^(?P<code>[A-Z][A-Z0-9]{1,9})-O(?P<number>\d{4,})$")


@dataclass(frozen=True)
class MeetingRef:
    cluster_code: str
    year: int
    number: int

    def __str__(self) -> str:
        return f"{self.cluster_code}-{self.year:04d}-{self.number:02d}"


@dataclass(frozen=True)
class SerialRef:
    """An action or output reference: cluster code, a letter and a serial number."""

    cluster_code: str
    letter: str
    number: int

    def __str__(self) -> str:
        return f"{self.cluster_code}-{self.letter}{self.number:04d}"


def meeting_ref(cluster_code: str, year: int, number: int) -> str:
    return str(MeetingRef(cluster_code, year, number))


def action_ref(cluster_code: str, number: int) -> str:
    return str(SerialRef(cluster_code, "A", number))


def output_ref(cluster_code: str, number: int) -> str:
    return str(SerialRef(cluster_code, "O", number))


def parse_meeting_ref(text: str) -> MeetingRef | None:
    match = _MEETING_REF.match(text.strip().upper())
    if match is None:
        return None
    return MeetingRef(match["code"], int(match["year"]), int(match["number"]))


def parse_action_ref(text: str) -> SerialRef | None:
    match = _ACTION_REF.match(text.strip().upper())
    return None if match is None else SerialRef(match["code"], "A", int(match["number"]))


def parse_output_ref(text: str) -> SerialRef | None:
    match = _OUTPUT_REF.match(text.strip().upper())
    return None if match is None else SerialRef(match["code"], "O", int(match["number"]))
