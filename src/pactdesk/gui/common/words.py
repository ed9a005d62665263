"""The committee's kinds and statuses in the user's language: the English labels of the tables in domain/enums.py,
translated by Qt (resources/translations/pactdesk_pt.ts, whose Portuguese must be the tables' own)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from pactdesk.domain.enums import Labelled, OrganisationKind, SeatCode

# pyside6-lupdate reads only the window's files, so the tables' English labels are copied here for it to offer for
# translation, each in a context named after its list (a status takes another gender in another list). A label
# missing here is never translated, and tests/gui/common/test_words.py says which.
FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("OrganisationKind", "Government"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Agency"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Cluster management entity"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Company"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Academia"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Association"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Other"),
    QT_TRANSLATE_NOOP("MeetingKind", "Monitoring"),
    QT_TRANSLATE_NOOP("MeetingKind", "Working group"),
    QT_TRANSLATE_NOOP("MeetingKind", "B2B"),
    QT_TRANSLATE_NOOP("MeetingKind", "Conference"),
    QT_TRANSLATE_NOOP("MeetingKind", "Workshop"),
    QT_TRANSLATE_NOOP("MeetingKind", "Other"),
    QT_TRANSLATE_NOOP("MeetingStatus", "Planned"),
    QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
    QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("MinutesStatus", "Draft"),
    QT_TRANSLATE_NOOP("MinutesStatus", "Circulated"),
    QT_TRANSLATE_NOOP("MinutesStatus", "Approved"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "Present"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "Remote"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "Apologies"),
    QT_TRANSLATE_NOOP("AttendanceStatus", "Absent"),
    QT_TRANSLATE_NOOP("ActionStatus", "Open"),
    QT_TRANSLATE_NOOP("ActionStatus", "In progress"),
    QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    QT_TRANSLATE_NOOP("ActionStatus", "Dropped"),
    QT_TRANSLATE_NOOP("OutputStatus", "Planned"),
    QT_TRANSLATE_NOOP("OutputStatus", "In progress"),
    QT_TRANSLATE_NOOP("OutputStatus", "Achieved"),
    QT_TRANSLATE_NOOP("OutputStatus", "Dropped"),
)


def language() -> str:
    """The language the window speaks, ``pt`` or ``en``: that of the PactDesk translation installed, which answers
    this one message with its own language's code (English has nothing to say and keeps the source, ``en``). What
    the window writes for the user (a new meeting's title and first items) is written in it."""
    code = QCoreApplication.translate("Language", "en", "the code of this translation's language: pt or en")
    return "pt" if code.strip().lower().startswith("pt") else "en"


def word(value: Labelled | None) -> str:
    """The translated label of a kind or status; empty for none."""
    if value is None:
        return ""
    return QCoreApplication.translate(type(value).__name__, value.label)


def kind_label(kind: OrganisationKind) -> str:
    return word(kind)


def seat_label(code: SeatCode) -> str:
    return QCoreApplication.translate("SeatCode", "Chair") if code is SeatCode.CHAIR else f"({code.value})"


def day_label(value: date | None) -> str:
    """The day as the tables show it (ISO, 2025-01-31), or nothing."""
    return value.isoformat() if value is not None else ""


def _locale() -> QLocale:
    """The conventions of the language the window speaks (not the system's, which PACTDESK_LANGUAGE may override)."""
    return QLocale("pt_PT") if language() == "pt" else QLocale("en_GB")


def number(value: int) -> str:
    """A whole number as the window's language writes it: ``12 345`` in Portuguese, ``12,345`` in English (as in
    the documents, exchange/pdf/words.py)."""
    return _locale().toString(value)


def percent(value: float, decimals: int = 1) -> str:
    """A percentage (``value`` out of 100): ``77,8 %`` in Portuguese (a no-break space before the sign), ``77.8%``
    in English; a whole value drops its decimals."""
    shown = round(value, decimals)
    text = _locale().toString(int(shown)) if shown == int(shown) else _locale().toString(shown, "f", decimals)
    return f"{text}\u00a0%" if language() == "pt" else f"{text}%"
