"""Calendar invitations (RFC 5545): one meeting as a request (or a cancellation), or every planned meeting.

Times are Lisbon wall-clock times, as the secretariat records them, with the Europe/Lisbon time zone defined in
the file. The UID of a meeting never changes and SEQUENCE grows with each change to its time, place or status,
so a calendar updates the event it already has instead of adding another. The icalendar package escapes, quotes
and folds every value, so no text (a title, a place, an agenda item) can end a line and start a property of its
own; a web address or an e-mail, which it writes as given, goes in only when it is one unbroken address.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, Event, Parameters, Timezone, vCalAddress, vText, vUri

from pactdesk import __version__
from pactdesk.domain.enums import AttendanceStatus
from pactdesk.domain.language import in_language
from pactdesk.exchange.atomic import atomic_file
from pactdesk.exchange.pdf.words import Words
from pactdesk.services.invitations import Invitation, Invitee
from pactdesk.services.meetings import is_web_address

TZID = "Europe/Lisbon"
# Lisbon's rules since 1996, written out so a calendar needs no time-zone database of its own.
_LISBON = "\r\n".join(
    (
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
        "",
    )
)
_PARTSTAT = {
    AttendanceStatus.PRESENT: "ACCEPTED",
    AttendanceStatus.REMOTE: "ACCEPTED",
    AttendanceStatus.APOLOGIES: "DECLINED",
    AttendanceStatus.ABSENT: "NEEDS-ACTION",
}
# Characters some readers take for a line break although RFC 5545 does not (Python's splitlines among them).
_LINE_BREAKS = str.maketrans(
    {"\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)


class _Parameters(Parameters):
    """Parameters with a name holding a backslash quoted: icalendar leaves a name with no blank or comma bare, and
    then reads a backslash at its end as escaping the colon after it, so the whole line comes back wrong."""

    # the base class declares it a plain attribute, so it cannot be a ClassVar here; it is never changed
    quote_also = {**Parameters.quote_also, "CN": Parameters.quote_also["CN"] + "\\"}  # noqa: RUF012


def uid(invitation: Invitation) -> str:
    """The meeting's own UUID, kept for its life: unique across laptops, and unchanged if it moves year."""
    return f"{invitation.uid}@pactdesk"


def calendar(
    invitations: Iterable[Invitation], *, method: str = "PUBLISH", now: datetime | None = None, language: str = "en"
) -> str:
    """The text of a calendar file (CRLF line ends, lines folded at 75 octets); the description is in
    ``language`` (pt or en)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    words = Words(language)
    file = Calendar()
    file.add("version", "2.0")
    file.add("prodid", f"-//PactDesk//PactDesk {__version__}//EN")
    file.add("calscale", "GREGORIAN")
    file.add("method", method)
    file.add_component(Timezone.from_ical(_LISBON))
    for invitation in invitations:
        file.add_component(_event(invitation, stamp, words))
    text: str = file.to_ical(sorted=False).decode("utf-8")
    return text


def invitation_text(invitation: Invitation, *, now: datetime | None = None, language: str = "en") -> str:
    """One meeting: a request, or a cancellation once the meeting is cancelled."""
    method = "CANCEL" if invitation.cancelled else "REQUEST"
    return calendar([invitation], method=method, now=now, language=language)


def write_calendar(path: Path, text: str) -> None:
    with atomic_file(path) as temporary:
        temporary.write_bytes(text.encode("utf-8"))


def _event(invitation: Invitation, stamp: datetime, words: Words) -> Event:
    cluster = in_language(invitation.cluster, invitation.cluster_pt, words.language)
    description = [f"{cluster} — {invitation.ref}"]
    if invitation.online_link:
        description.append(invitation.online_link)
    if invitation.agenda:
        description += ["", f"{words('agenda')}:"]
        description.extend(
            f"{words.number(number)}. {title}" + (f" ({words('minutes_short', n=minutes)})" if minutes else "")
            for number, title, minutes in invitation.agenda
        )
    event = Event()
    event.add("uid", uid(invitation))
    event.add("dtstamp", stamp)
    event.add("created", _utc_from_local(invitation.created_at))
    event.add("last-modified", _utc_from_local(invitation.updated_at))
    event.add("sequence", invitation.sequence)
    event.add("status", "CANCELLED" if invitation.cancelled else "CONFIRMED")
    # Wall-clock times with the zone named, not converted: the zone is the one defined above, in the file.
    event.add("dtstart", _wall_clock(invitation.starts_at), parameters={"TZID": TZID})
    event.add("dtend", _wall_clock(invitation.ends_at), parameters={"TZID": TZID})
    event.add("summary", _text(f"{invitation.title} ({invitation.ref})"))
    event.add("description", _text("\n".join(description)))
    if invitation.location:
        event.add("location", _text(invitation.location))
    if is_web_address(invitation.online_link):  # a link stored by an older version may not be one
        event.add("url", vUri(invitation.online_link))
    if invitation.organiser is not None and (organiser := _address(invitation.organiser)) is not None:
        event.add("organizer", organiser)
    for invitee in invitation.invitees:
        status = _PARTSTAT.get(invitee.status, "NEEDS-ACTION") if invitee.status else "NEEDS-ACTION"
        role = "OPT-PARTICIPANT" if invitee.guest else "REQ-PARTICIPANT"
        attendee = _address(invitee, ROLE=role, PARTSTAT=status, RSVP="TRUE", CUTYPE="INDIVIDUAL")
        if attendee is not None:
            event.add("attendee", attendee)
    return event


def _address(person: Invitee, **parameters: str) -> vCalAddress | None:
    """``mailto:`` and the e-mail, named; none for an e-mail that is not one unbroken word (icalendar writes a
    calendar address as given)."""
    email = person.email
    if not email or any(ch.isspace() or unicodedata.category(ch)[0] == "C" or ch in '"<>' for ch in email):
        return None
    address = vCalAddress(f"mailto:{email}")
    address.params = _Parameters(CN=str(_text(person.name)), **parameters)
    return address


def _text(value: str) -> vText:
    """A TEXT value, with the few characters some readers break lines at made plain line breaks (which icalendar
    escapes) and the other control characters, which RFC 5545 does not allow in text, left out."""
    text = value.translate(_LINE_BREAKS)
    return vText("".join(ch for ch in text if ch in "\t\r\n" or unicodedata.category(ch) != "Cc"))


def _wall_clock(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None, microsecond=0)


def _utc_from_local(moment: datetime) -> datetime:
    """A naive time recorded on this computer, in UTC."""
    return moment.astimezone().astimezone(UTC).replace(microsecond=0)
