"""The minutes of a meeting, its agenda (sent before it) and a cluster's binder of a year's minutes, as PDF."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from pactdesk.domain.enums import AttendanceStatus, MeetingStatus, MinutesStatus
from pactdesk.exchange.pdf import fonts, pdfa
from pactdesk.exchange.pdf.layout import (
    WIDTH,
    Alert,
    Cell,
    Contents,
    Finish,
    Metadata,
    Progress,
    State,
    Styles,
    render,
    styles,
    table,
    write,
)
from pactdesk.exchange.pdf.words import Words
from pactdesk.services.attachments import AttachmentLine
from pactdesk.services.attendance import MemberPresence
from pactdesk.services.carry_over import MatterArising
from pactdesk.services.documents import ActionLine, Attendee, ItemRecord, MeetingRecord, attendees_in_order


def write_minutes(record: MeetingRecord, target: Path, language: str = "en", progress: Progress | None = None) -> Path:
    """The minutes of ``record`` written to ``target``: approved minutes as PDF/A-2b (see ``minutes_pdf``)."""
    words = Words(language)
    story, metadata = _minutes(record, words)
    return write(target, story, words, metadata, progress, finish=_finish(record, metadata), invariant=archival(record))


def minutes_pdf(record: MeetingRecord, language: str = "en", progress: Progress | None = None) -> bytes:
    """The minutes of ``record`` as the bytes of a PDF. Approved minutes whose version is known are PDF/A-2b, the
    version's fingerprint at the foot of every page, dated when the version was kept: the same version in the same
    language gives the same bytes every time. Every minutes PDF carries the claims ``pdfa.claims_of`` reads back."""
    words = Words(language)
    story, metadata = _minutes(record, words)
    name = f"{record.ref}.pdf"
    return render(story, words, metadata, name, progress, finish=_finish(record, metadata), invariant=archival(record))


def archival(record: MeetingRecord) -> bool:
    """Whether the minutes are written as PDF/A: approved, and standing as their latest version (which was kept)."""
    return record.minutes_status is MinutesStatus.APPROVED and record.version is not None and record.version.approved


def claims(record: MeetingRecord, language: str) -> pdfa.Claims:
    version = record.version
    return pdfa.Claims(
        ref=record.ref,
        version=version.number if version is not None else 0,
        fingerprint=version.fingerprint if version is not None and version.current else "",
        minutes_status=record.minutes_status.value,
        language=language,
    )


def _minutes(record: MeetingRecord, words: Words) -> tuple[list[Flowable], Metadata]:
    story: list[Flowable] = [State(draft=record.draft, label=_running(record, words), proof=proof_line(record, words))]
    story += minutes_story(record, words, styles())
    return story, _metadata(record, words, "subject_minutes")


def _finish(record: MeetingRecord, metadata: Metadata) -> Finish:
    found = claims(record, metadata.language)
    if not archival(record):
        return lambda data: pdfa.claimed(data, found)
    assert record.version is not None
    moment = record.version.created_at
    description = pdfa.Description(
        title=fonts.plain(metadata.title),
        subject=fonts.plain(metadata.subject),
        author=fonts.plain(metadata.author),
        keywords=", ".join(fonts.plain(word) for word in metadata.keywords),  # as reportlab joins them
        language="pt-PT" if metadata.language == "pt" else "en-GB",
    )
    return lambda data: pdfa.archival(data, description, found, moment)


def proof_line(record: MeetingRecord, words: Words) -> str:
    """What the foot of each page says of the version shown: "Approved version · <fingerprint>" on approved
    minutes, "Draft · version 2" (or "… changed since version 2") on the others; nothing before any version."""
    version = record.version
    if version is None:
        return ""
    if archival(record):
        return words("approved_version", fingerprint=version.fingerprint)
    if record.minutes_status is MinutesStatus.APPROVED:
        return ""  # approved before versions were kept: there is no version to name
    status = words.of(record.minutes_status)
    return words("version_of" if version.current else "changed_since", status=status, n=version.number)


def write_agenda(record: MeetingRecord, target: Path, language: str = "en") -> Path:
    words = Words(language)
    style = styles()
    story: list[Flowable] = [State(draft=False, label=_running(record, words))]
    story += agenda_story(record, words, style)
    return write(target, story, words, _metadata(record, words, "subject_agenda"))


def write_binder(
    records: list[MeetingRecord], target: Path, language: str = "en", progress: Progress | None = None
) -> Path:
    words = Words(language)
    style = styles()
    first = records[0]
    cluster = first.cluster.in_language(language)
    year = str(first.starts_at.year)  # text: a year is not a number to group (not "2,025")
    headings = [f"{record.ref} · {words.day(record.starts_at.date())} · {record.title}" for record in records]
    story: list[Flowable] = [
        State(draft=False),
        Spacer(1, 50 * mm),
        Paragraph(fonts.markup(words("binder_title", year=year)), style.title),
        Paragraph(fonts.markup(f"{cluster} ({first.cluster.code})"), style.subtitle),
        Paragraph(fonts.markup(_count_line(records, words)), style.muted),
    ]
    for record, heading in zip(records, headings, strict=True):
        label, proof = _running(record, words), proof_line(record, words)
        story += [PageBreak(), State(draft=record.draft, label=label, bookmark=heading, proof=proof)]
        story += minutes_story(record, words, style)
    story += _annex(records, words, style)
    story += [PageBreak(), State(draft=False), Contents(words, style, headings)]
    metadata = Metadata(
        title=f"{words('binder_title', year=year)}: {cluster}",
        subject=words("subject_binder", cluster=cluster, year=year),
        author=words("committee"),
        language=language,
        keywords=(first.cluster.code, year),
    )
    return write(target, story, words, metadata, progress)


def _annex(records: list[MeetingRecord], words: Words, style: Styles) -> list[Flowable]:
    """The binder's annex: the files kept with each meeting and its items, which the binder does not carry."""
    story: list[Flowable] = []
    for record in records:
        kept = [(None, record.attachments), *((item, item.attachments) for item in record.items)]
        if not any(lines for _, lines in kept):
            continue
        story.append(Paragraph(fonts.markup(f"{record.ref} · {record.title}"), style.item))
        for item, lines in kept:
            if lines:
                where = f"{words.number(item.number)}. {item.title}" if item else words("meeting_attachments")
                story.append(Paragraph(f"<b>{fonts.markup(where)}</b>", style.small))
                story += _attachments(lines, words, style)
    if not story:
        return []
    heading = words("annex_attachments")
    return [PageBreak(), State(draft=False, bookmark=heading), *_section(heading, style), *story]


def _count_line(records: list[MeetingRecord], words: Words) -> str:
    first, last = records[0].starts_at.date(), records[-1].starts_at.date()
    span = words.day(first) if first == last else f"{words.day(first)} – {words.day(last)}"
    return f"{words('binder_count', count=len(records))} · {span}"


def _running(record: MeetingRecord, words: Words) -> str:
    return f"{record.ref} · {words.day(record.starts_at.date())}"


def _metadata(record: MeetingRecord, words: Words, subject: str) -> Metadata:
    cluster = record.cluster.in_language(words.language)
    key = "minutes_title" if subject == "subject_minutes" else "agenda_title"
    return Metadata(
        title=f"{words(key)} {record.ref}: {record.title}",
        subject=words(subject, ref=record.ref, cluster=cluster),
        author=record.secretary or words("committee"),
        language=words.language,
        keywords=(record.cluster.code, record.ref),
    )


# -- the parts of a meeting's documents -----------------------------------------------------------------------


def _heading(record: MeetingRecord, words: Words, style: Styles, title: str) -> list[Flowable]:
    cluster = record.cluster.in_language(words.language)
    details = [
        (words("reference"), record.ref),
        (words("kind"), words.of(record.kind)),
        (words("date"), words.day(record.starts_at.date(), weekday=True)),
        (words("time"), words.time_span(record.starts_at, record.ends_at)),
    ]
    if record.location:
        details.append((words("place"), record.location))
    if record.online_link:
        details.append((words("online"), record.online_link))
    if record.chair:
        details.append((words("chair"), record.chair))
    if record.secretary:
        details.append((words("secretary"), record.secretary))
    rows = [[_label(label, style), value] for label, value in details]
    return [
        Paragraph(fonts.markup(words(title)), style.title),
        Paragraph(fonts.markup(f"{cluster} ({record.cluster.code})"), style.subtitle),
        Paragraph(f"<b>{fonts.markup(record.title)}</b>", style.body),
        Spacer(1, 2 * mm),
        table(rows, [32 * mm, WIDTH - 32 * mm], style, header=False, shade_first_column=True),
        Spacer(1, 3 * mm),
    ]


def _status(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    notes: list[Flowable] = []
    if record.status is MeetingStatus.CANCELLED:
        notes.append(Paragraph(fonts.markup(words("cancelled_note")), style.notice))
    if record.minutes_status is MinutesStatus.APPROVED:
        approved = words.day(record.minutes_approved_on) if record.minutes_approved_on else words("unknown")
        notes.append(Paragraph(fonts.markup(words("approved_note", day=approved)), style.body))
    else:
        key = "circulated_note" if record.minutes_status is MinutesStatus.CIRCULATED else "draft_note"
        notes.append(Paragraph(f"{fonts.markup(words('draft'))} · {fonts.markup(words(key))}", style.notice))
    return notes


def minutes_story(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    story = _heading(record, words, style, "minutes_title") + _status(record, words, style)
    story += _attendance(record, words, style)
    story += _agenda_list(record, words, style)
    numbering = itertools.count(1)
    arising_placed = any(item.matters_arising for item in record.items)
    if not arising_placed:
        story += [*_section(words("matters_arising"), style), *_arising(record, words, style)]
    for item in record.items:
        story += _item(record, item, words, style, numbering)
    if record.other_actions:
        story += [*_section(words("other_actions"), style), _actions(record.other_actions, words, style)]
    if record.attachments:
        story += [*_section(words("meeting_attachments"), style), *_attachments(record.attachments, words, style)]
    story += _next_meeting(record, words, style)
    story += _approval(record, words, style)
    return story


def _section(title: str, style: Styles) -> list[Flowable]:
    """A section's heading, on a new page when too little of this one is left for the heading and a few lines
    (rather than keep-with-next, which would carry a long table whole to the next page and leave a gap)."""
    return [CondPageBreak(25 * mm), Paragraph(fonts.markup(title), style.heading)]


def _label(text: str, style: Styles) -> Paragraph:
    return Paragraph(fonts.markup(text), style.cell_head)


def _due(matter: MatterArising, words: Words) -> Cell:
    """The due day of an action under matters arising, marked when it had passed by the meeting's day."""
    due = words.short_day(matter.action.due_on)
    return Alert(f"{due}\n{words('overdue_then')}") if matter.overdue else due


def _attendance(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    story: list[Flowable] = [*_section(words("attendance"), style)]
    if not record.attendees:
        story.append(Paragraph(fonts.markup(words("nobody")), style.body))
    else:
        rows: list[list[Paragraph]] = [[words(key) for key in ("organisation", "name", "attendance")]]
        shown = None
        for attendee in attendees_in_order(record.attendees, words.language):
            own = attendee.organisation_in(words.language)
            group = words("guests") if attendee.guest else own or words("no_organisation")
            organisation = group if group != shown else ""
            shown = group
            if attendee.guest and own:
                organisation = f"{organisation}\n{own}" if organisation else own
            rows.append(
                [
                    organisation,
                    _who(attendee),
                    _presence(attendee, words),
                ]
            )
        story.append(table(rows, [62 * mm, 68 * mm, WIDTH - 130 * mm], style))
        story.append(Spacer(1, 2 * mm))
        counts = [
            f"{words.of(status)}: {words.number(sum(1 for attendee in record.attendees if attendee.status is status))}"
            for status in AttendanceStatus
        ]
        story.append(Paragraph(fonts.markup(" · ".join(counts)), style.muted))
    if record.members:
        missing = [_member_name(member, words) for member in record.members if not member.represented]
        line = words("all_represented") if not missing else words("some_missing", names="; ".join(missing))
        story.append(Paragraph(f"<b>{fonts.markup(words('members'))}.</b> {fonts.markup(line)}", style.body))
    return story


def _member_name(member: MemberPresence, words: Words) -> str:
    # A record built without both names (only ``organisation``) keeps that one.
    return member.names.in_language(words.language) if member.names.name else member.organisation


def _who(attendee: Attendee) -> str:
    return f"{attendee.name} ({attendee.role})" if attendee.role else attendee.name


def _presence(attendee: Attendee, words: Words) -> str:
    text = words.of(attendee.status) if attendee.status else words("not_marked")
    return f"{text} ({attendee.note})" if attendee.note else text


def _agenda_list(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    story: list[Flowable] = [*_section(words("agenda"), style)]
    if not record.items:
        return [*story, Paragraph(fonts.markup(words("no_agenda")), style.body)]
    for item in record.items:
        line = f"{words.number(item.number)}. {item.title}"
        story.append(Paragraph(fonts.markup(line), style.body))
    return story


def _item(
    record: MeetingRecord, item: ItemRecord, words: Words, style: Styles, numbering: Iterator[int]
) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(30 * mm),
        Paragraph(fonts.markup(f"{words.number(item.number)}. {item.title}"), style.item),
    ]
    if item.presenter:
        story.append(Paragraph(fonts.markup(words("presenter", name=item.presenter)), style.muted))
    text = fonts.clean(item.minutes).strip()
    if text:
        story += minutes_text(text, style)
    elif not item.matters_arising:
        story.append(Paragraph(fonts.markup(words("no_minutes")), style.muted))
    if item.matters_arising:
        story += _arising(record, words, style)
    for decision, registered in itertools.zip_longest(item.decisions, item.registers, fillvalue=""):
        # Numbered through the document, and beside it its place in the cluster's register: "1. (TEX 2025/07)".
        head = f"<b>{fonts.markup(words('decision', n=next(numbering)))}</b>"
        if registered:
            head += f" ({fonts.markup(registered)})"
        story.append(Paragraph(f"{head} {fonts.markup(decision, lines=True)}", style.body))
    if item.actions:
        story += [CondPageBreak(15 * mm), Paragraph(f"<b>{fonts.markup(words('actions'))}</b>", style.small)]
        story.append(_actions(item.actions, words, style))
    if item.attachments:
        story.append(Paragraph(f"<b>{fonts.markup(words('attachments'))}</b>", style.small))
        story += _attachments(item.attachments, words, style)
    return story


def _attachments(lines: tuple[AttachmentLine, ...], words: Words, style: Styles) -> list[Flowable]:
    """Each file kept: its name, its size and the start of its SHA-256, which tells a copy of it apart."""
    return [
        Paragraph(fonts.markup(f"{line.name} · {words.file_size(line.size)} · SHA-256 {line.short_hash}…"), style.small)
        for line in lines
    ]


def _actions(actions: tuple[ActionLine, ...], words: Words, style: Styles) -> Flowable:
    rows = [[words(key) for key in ("reference", "action", "owner", "due")]]
    rows += [
        [
            action.ref,
            action.title,
            action.owner or words("unknown"),
            words.short_day(action.due_on),
        ]
        for action in actions
    ]
    return table(rows, [24 * mm, WIDTH - 84 * mm, 38 * mm, 22 * mm], style)


def _arising(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    if not record.arising:
        return [Paragraph(fonts.markup(words("no_arising")), style.body)]
    # Every one was open when the meeting began (those closed at it too); "overdue" is as of the meeting's day.
    overdue = sum(matter.overdue for matter in record.arising)
    count_line = Paragraph(fonts.markup(words.open_actions(len(record.arising), overdue)), style.body)
    rows = [[words(key) for key in ("reference", "action", "owner", "due", "status")] + [words("update_here")]]
    for matter in record.arising:
        action = matter.action
        # The status is today's; a closing after the meeting says when, so old minutes do not read as if the
        # action had been closed already then. "Overdue" is as of the meeting's day.
        status = words.of(action.status)
        if matter.closed_here:
            status += f" ({words('closed_here')})"
        elif action.status.is_closed and action.closed_on is not None:
            status += f" ({words.short_day(action.closed_on)})"
        rows.append(
            [
                action.ref,
                action.title,
                action.owner or words("unknown"),
                _due(matter, words),
                status,
                "\n".join(update.text for update in matter.updates_here),
            ]
        )
    return [count_line, table(rows, [21 * mm, 55 * mm, 26 * mm, 21 * mm, 21 * mm, WIDTH - 144 * mm], style)]


def _next_meeting(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    if record.next_meeting is None:
        line = words("next_unset")
    else:
        line = words(
            "next_on", day=words.day(record.next_meeting.date(), weekday=True), time=words.time(record.next_meeting)
        )
    return [*_section(words("next_meeting"), style), Paragraph(fonts.markup(line), style.body)]


def _approval(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    """How the minutes were approved (at which meeting, by written procedure, or plainly) and each reopening before
    that, the version and its fingerprint on approved minutes, and the lines to sign."""
    lines = [
        words("reopened", day=words.day(row.on), who=row.by or words("unknown"), reason=row.reason)
        for row in record.reopenings
    ]
    notes: list[Flowable] = []
    if record.minutes_status is MinutesStatus.APPROVED and record.minutes_approved_on:
        day = words.day(record.minutes_approved_on)
        if record.approved_at:
            key = "approved_at_with" if record.approval_note else "approved_at"
            lines.append(words(key, ref=record.approved_at, day=day, note=record.approval_note))
        elif record.approval_note:
            lines.append(words("approved_by_procedure", day=day, note=record.approval_note))
        else:
            lines.append(words("approval_done", day=day))
        if archival(record):
            assert record.version is not None
            line = words("version_line", n=record.version.number, fingerprint=record.version.fingerprint)
            notes.append(Paragraph(fonts.markup(line), style.muted))
    else:
        lines.append(words("approval_pending"))
    signatures = [
        ["", "", ""],
        [_label(words("signature_chair"), style), "", _label(words("signature_secretary"), style)],
        [record.chair, "", record.secretary],
    ]
    side = (WIDTH - 20 * mm) / 2
    block = table(signatures, [side, 20 * mm, side], style, header=False, own_cell_styles=True)
    block.setStyle(
        [
            ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
            ("TOPPADDING", (0, 0), (-1, 0), 14 * mm),
            ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
            ("LINEABOVE", (2, 1), (2, 1), 0.6, colors.black),
        ]
    )
    said = [Paragraph(fonts.markup(line, lines=True), style.body) for line in lines]
    return [KeepTogether([*_section(words("approval"), style), *said, *notes, Spacer(1, 4 * mm), block])]


# -- the agenda, sent before the meeting ----------------------------------------------------------------------


def agenda_story(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    story = _heading(record, words, style, "agenda_title")
    if record.status is MeetingStatus.CANCELLED:
        story.append(Paragraph(fonts.markup(words("cancelled_note")), style.notice))
    story += _section(words("agenda"), style)
    if not record.items:
        story.append(Paragraph(fonts.markup(words("no_agenda")), style.body))
    else:
        rows = [[words(key) for key in ("item", "agenda", "time", "planned")]]
        moment = record.starts_at
        for item in record.items:
            end = moment + timedelta(minutes=item.planned_minutes)
            when = words.time_span(moment, end) if item.planned_minutes else words.time(moment)
            title = item.title + (f"\n{words('presenter', name=item.presenter)}" if item.presenter else "")
            planned = words("minutes_short", n=item.planned_minutes) if item.planned_minutes else words("unknown")
            rows.append(
                [
                    words.number(item.number),
                    title,
                    when,
                    planned,
                ]
            )
            moment = end
        story.append(table(rows, [14 * mm, WIDTH - 62 * mm, 28 * mm, 20 * mm], style))
    story += [*_section(words("matters_arising"), style), *_arising_brief(record, words, style)]
    return story


def _arising_brief(record: MeetingRecord, words: Words, style: Styles) -> list[Flowable]:
    still_open = [matter for matter in record.arising if not matter.action.status.is_closed]
    if not still_open:
        return [Paragraph(fonts.markup(words("no_arising")), style.body)]
    rows = [[words(key) for key in ("reference", "action", "owner", "due", "status")]]
    rows += [
        [
            matter.action.ref,
            matter.action.title,
            matter.action.owner or words("unknown"),
            _due(matter, words),
            words.of(matter.action.status),
        ]
        for matter in still_open
    ]
    return [table(rows, [22 * mm, WIDTH - 108 * mm, 34 * mm, 22 * mm, 30 * mm], style)]


BULLETS = ("- ", "* ")  # a line of the minutes starting so is a bullet, as the minutes box says (and the wall shows)


def minutes_text(text: str, style: Styles) -> list[Flowable]:
    """An item's minutes as paragraphs: a blank line starts a new one, a line break stays a line break, and each
    line starting with “- ” or “* ” is a bullet of its own."""
    story: list[Flowable] = []
    for block in (part.strip() for part in text.split("\n\n")):
        plain: list[str] = []
        for line in block.split("\n"):
            if line.strip()[:2] in BULLETS:
                if plain:
                    story.append(Paragraph(fonts.markup("\n".join(plain), lines=True), style.body))
                    plain = []
                story.append(
                    Paragraph(fonts.markup(line.strip()[2:].strip(), lines=True), style.bullet, bulletText="•")
                )
            elif line.strip() or plain:
                plain.append(line)
        if plain:
            story.append(Paragraph(fonts.markup("\n".join(plain), lines=True), style.body))
    return story
