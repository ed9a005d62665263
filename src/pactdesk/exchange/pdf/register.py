"""The register of decisions as PDF: per cluster and year, each decision with its number, its wording, and the
meeting (and item) and day it was taken; a cover, and a contents page when it holds more than one register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from pactdesk.exchange.pdf import fonts
from pactdesk.exchange.pdf.layout import WIDTH, Cell, Contents, Metadata, Progress, State, Styles, styles, table, write
from pactdesk.exchange.pdf.words import Words
from pactdesk.services.register import DecisionRow, RegisterPart


def write_register(
    parts: list[RegisterPart],
    target: Path,
    language: str = "en",
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> Path:
    """The registers in ``parts`` (``services.register.register``) written to ``target``, in ``language``."""
    words = Words(language)
    style = styles()
    scope = _scope(parts, words)
    headings = [_heading(part, words) for part in parts]
    count = sum(len(part.decisions) for part in parts)
    story: list[Flowable] = [
        State(draft=False, label=words("register_title")),
        Spacer(1, 50 * mm),
        Paragraph(fonts.markup(words("register_title")), style.title),
        Paragraph(fonts.markup(scope), style.subtitle),
        Paragraph(fonts.markup(f"{words('register_count', count=count)} · {_years(parts)}"), style.body),
        Paragraph(fonts.markup(words("as_of", day=words.day(today or date.today()))), style.muted),
    ]
    for part, heading in zip(parts, headings, strict=True):
        running = f"{words('register_title')} · {part.cluster_code} {part.year}"
        story += [PageBreak(), State(draft=False, label=running, bookmark=heading)]
        story += _part(part, words, style)
    if len(parts) > 1:
        story += [PageBreak(), State(draft=False), Contents(words, style, headings)]
    metadata = Metadata(
        title=f"{words('register_title')}: {scope}",
        subject=words("subject_register", scope=scope),
        author=words("committee"),
        language=language,
        keywords=tuple(dict.fromkeys([part.cluster_code for part in parts] + [str(part.year) for part in parts])),
    )
    return write(target, story, words, metadata, progress)


def _scope(parts: list[RegisterPart], words: Words) -> str:
    """What the register covers: one cluster by name, or every cluster; and its year, when there is one."""
    codes = list(dict.fromkeys(part.cluster_code for part in parts))
    who = f"{parts[0].cluster_in(words.language)} ({codes[0]})" if len(codes) == 1 else words("clusters_all")
    years = {part.year for part in parts}
    return f"{who} · {_years(parts)}" if len(years) == 1 else who


def _years(parts: list[RegisterPart]) -> str:
    first, last = min(part.year for part in parts), max(part.year for part in parts)
    return str(first) if first == last else f"{first}–{last}"  # text: a year is not a number to group


def _heading(part: RegisterPart, words: Words) -> str:
    return f"{part.cluster_code} · {part.year} · {part.cluster_in(words.language)}"


def _part(part: RegisterPart, words: Words, style: Styles) -> list[Flowable]:
    """One cluster's register of one year: its heading, how many, and the decisions by number."""
    rows: list[list[Cell]] = [
        [words(key) for key in ("register_number", "register_decision", "register_meeting", "date")]
    ]
    rows += [_row(decision, words) for decision in part.decisions]
    return [
        Paragraph(fonts.markup(f"{part.cluster_in(words.language)} ({part.cluster_code})"), style.title),
        Paragraph(fonts.markup(words("register_year", year=str(part.year))), style.subtitle),
        Paragraph(fonts.markup(words("register_count", count=len(part.decisions))), style.muted),
        Spacer(1, 2 * mm),
        table(rows, [26 * mm, WIDTH - 80 * mm, 32 * mm, 22 * mm], style),
    ]


def _row(decision: DecisionRow, words: Words) -> list[Cell]:
    item = words("register_item", n=decision.item_position)
    return [decision.label, decision.text, f"{decision.meeting_ref}\n{item}", words.short_day(decision.meeting_on)]
