"""The report of open actions, of one cluster or all, grouped by owner with the overdue ones marked, as PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from pactdesk.exchange.pdf import fonts
from pactdesk.exchange.pdf.layout import WIDTH, Alert, Cell, Metadata, Progress, State, Styles, styles, table, write
from pactdesk.exchange.pdf.words import Words
from pactdesk.services.documents import ActionReport
from pactdesk.services.tracker import TrackerRow


def write_actions(report: ActionReport, target: Path, language: str = "en", progress: Progress | None = None) -> Path:
    words = Words(language)
    style = styles()
    scope = report.cluster.in_language(language) if report.cluster else words("clusters_all")
    code = f" ({report.cluster.code})" if report.cluster else ""
    story: list[Flowable] = [
        State(draft=False, label=f"{words('actions_title')} · {scope}"),
        Paragraph(fonts.markup(words("actions_title")), style.title),
        Paragraph(fonts.markup(scope + code), style.subtitle),
        Paragraph(fonts.markup(words("as_of", day=words.day(report.today))), style.body),
        Paragraph(f"<b>{fonts.markup(words.open_actions(report.count, report.overdue))}</b>", style.body),
    ]
    if not report.owners:
        story.append(Paragraph(fonts.markup(words("none_open")), style.body))
    for owner, rows in report.owners:
        overdue = sum(row.overdue for row in rows)
        heading = words("owner_group", owner=owner or words("owner_none"), count=len(rows), overdue=overdue)
        story += [CondPageBreak(30 * mm), Paragraph(fonts.markup(heading), style.item)]
        story.append(_table(rows, words, style, every_cluster=report.cluster is None))
        story.append(Spacer(1, 2 * mm))
    metadata = Metadata(
        title=f"{words('actions_title')}: {scope}",
        subject=words("subject_actions", cluster=scope, day=words.day(report.today)),
        author=words("committee"),
        language=language,
        keywords=(report.cluster.code,) if report.cluster else (),
    )
    return write(target, story, words, metadata, progress)


def _table(rows: tuple[TrackerRow, ...], words: Words, style: Styles, *, every_cluster: bool) -> Flowable:
    keys = ["reference", "action", "due", "status", "latest_update"]
    widths = [22 * mm, 0.0, 20 * mm, 26 * mm, 40 * mm]
    if every_cluster:
        keys.insert(1, "cluster")
        widths.insert(1, 15 * mm)
    widths[keys.index("action")] = WIDTH - sum(widths)
    found: list[list[Cell]] = [[words(key) for key in keys]]
    for row in rows:
        status = words.of(row.status)
        if row.overdue:  # in bold and in words as well as in colour, so it survives a black-and-white printer
            status += f"\n{words('overdue_days', n=row.days_overdue)}"
        values: list[Cell] = [
            row.ref,
            row.title,
            words.short_day(row.due_on),
            Alert(status) if row.overdue else status,
            row.latest_update,
        ]
        if every_cluster:
            values.insert(1, row.cluster_code)
        found.append(values)
    return table(found, widths, style)
