"""Calendar invitations (RFC 5545): one meeting as a request (or a cancellation), or every planned meeting.

Times are Lisbon wall-clock times, as the secretariat records them, with the Europe/Lisbon time zone defined in
the file. The UID of a meeting never changes and SEQUENCE grows with each change to its time, place or status,
so a calendar updates the event it already has instead of adding another.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from pactdesk import __version__
from pactdesk.domain.enums import AttendanceStatus
from pactdesk.exchange.atomic import atomic_file
from pactdesk.exchange.pdf.words import Words
from pactdesk.services.invitations import Invitation, Invitee

TZID = "Europe/Lisbon"
_LISBON = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:WEST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:WET",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)
_PARTSTAT = {
    AttendanceStatus.PRESENT: "ACCEPTED",
    AttendanceStatus.REMOTE: "ACCEPTED",
    AttendanceStatus.APOLOGIES: "DECLINED",
    AttendanceStatus.ABSENT: "NEEDS-ACTION",
}


def uid(invitation: Invitation) -> str:
    """The meeting's own UUID, kept for its life: unique across laptops, and unchanged if it moves year."""
    return f"{invitation.uid}@pactdesk"


def calendar(
    invitations: Iterable[Invitation], *, method: str = "PUBLISH", now: datetime | None = None, language: str = "en"
) -> str:
    """The text of a calendar file (CRLF line ends, lines folded at 75 octets); the description is in
    ``language`` (pt or en)."""
    stamp = _utc(now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//PactDesk//PactDesk {__version__}//EN",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        *_LISBON,
    ]
    for invitation in invitations:
        lines.extend(_event(invitation, stamp, Words(language)))
    lines.append("END:VCALENDAR")
    return "".join(f"{_fold(line)}\r\n" for line in lines)


def invitation_text(invitation: Invitation, *, now: datetime | None = None, language: str = "en") -> str:
    """One meeting: a request, or a cancellation once the meeting is cancelled."""
    method = "CANCEL" if invitation.cancelled else "REQUEST"
    return calendar([invitation], method=method, now=now, language=language)


def write_calendar(path: Path, text: str) -> None:
    with atomic_file(path) as temporary:
        temporary.write_bytes(text.encode("utf-8"))


def _event(invitation: Invitation, stamp: str, words: Words) -> list[str]:
    cluster = invitation.cluster_pt if words.language == "pt" and invitation.cluster_pt else invitation.cluster
    description = [f"{cluster} — {invitation.ref}"]
    if invitation.online_link:
        description.append(invitation.online_link)
    if invitation.agenda:
        description += ["", f"{words('agenda')}:"]
        description.extend(
            f"{number}. {title}" + (f" ({words('minutes_short', n=minutes)})" if minutes else "")
            for number, title, minutes in invitation.agenda
        )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(invitation)}",
        f"DTSTAMP:{stamp}",
        f"CREATED:{_utc_from_local(invitation.created_at)}",
        f"LAST-MODIFIED:{_utc_from_local(invitation.updated_at)}",
        f"SEQUENCE:{invitation.sequence}",
        f"STATUS:{'CANCELLED' if invitation.cancelled else 'CONFIRMED'}",
        f"DTSTART;TZID={TZID}:{_local(invitation.starts_at)}",
        f"DTEND;TZID={TZID}:{_local(invitation.ends_at)}",
        f"SUMMARY:{_text(f'{invitation.title} ({invitation.ref})')}",
        f"DESCRIPTION:{_text(chr(10).join(description))}",
    ]
    if invitation.location:
        lines.append(f"LOCATION:{_text(invitation.location)}")
    if invitation.online_link:
        lines.append(f"URL:{invitation.online_link}")
    if invitation.organiser is not None:
        lines.append(f"ORGANIZER;CN={_parameter(invitation.organiser.name)}:mailto:{invitation.organiser.email}")
    lines.extend(_attendee(invitee) for invitee in invitation.invitees)
    lines.append("END:VEVENT")
    return lines


def _attendee(invitee: Invitee) -> str:
    role = "OPT-PARTICIPANT" if invitee.guest else "REQ-PARTICIPANT"
    status = _PARTSTAT.get(invitee.status, "NEEDS-ACTION") if invitee.status else "NEEDS-ACTION"
    return (
        f"ATTENDEE;CN={_parameter(invitee.name)};ROLE={role};PARTSTAT={status};RSVP=TRUE;CUTYPE=INDIVIDUAL"
        f":mailto:{invitee.email}"
    )


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _utc_from_local(moment: datetime) -> str:
    """A naive time recorded on this computer, in UTC."""
    return _utc(moment.astimezone())


def _text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 section 3.3.11 says."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _parameter(value: str) -> str:
    """A parameter value: quoted, with the characters a quoted value cannot hold taken out."""
    cleaned = "".join(ch for ch in value if ch not in '"\r\n' and (ch >= " " or ch == "\t"))
    return f'"{cleaned}"'


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 5545 section 3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts = []
    limit = 75
    current = ""
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)
