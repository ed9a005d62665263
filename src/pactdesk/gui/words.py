"""The committee's closed lists (kinds and statuses) in the user's language."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Listed here so that pyside6-lupdate offers every label for translation; ``word`` looks them up at run time.
LABELS = (
    QT_TRANSLATE_NOOP("words", "Government"),
    QT_TRANSLATE_NOOP("words", "Agency"),
    QT_TRANSLATE_NOOP("words", "Cluster management entity"),
    QT_TRANSLATE_NOOP("words", "Company"),
    QT_TRANSLATE_NOOP("words", "Academia"),
    QT_TRANSLATE_NOOP("words", "Association"),
    QT_TRANSLATE_NOOP("words", "Other"),
    QT_TRANSLATE_NOOP("words", "Monitoring"),
    QT_TRANSLATE_NOOP("words", "Working group"),
    QT_TRANSLATE_NOOP("words", "B2B"),
    QT_TRANSLATE_NOOP("words", "Conference"),
    QT_TRANSLATE_NOOP("words", "Workshop"),
    QT_TRANSLATE_NOOP("words", "Planned"),
    QT_TRANSLATE_NOOP("words", "Held"),
    QT_TRANSLATE_NOOP("words", "Cancelled"),
    QT_TRANSLATE_NOOP("words", "Draft"),
    QT_TRANSLATE_NOOP("words", "Circulated"),
    QT_TRANSLATE_NOOP("words", "Approved"),
    QT_TRANSLATE_NOOP("words", "Present"),
    QT_TRANSLATE_NOOP("words", "Remote"),
    QT_TRANSLATE_NOOP("words", "Apologies"),
    QT_TRANSLATE_NOOP("words", "Absent"),
    QT_TRANSLATE_NOOP("words", "Open"),
    QT_TRANSLATE_NOOP("words", "In progress"),
    QT_TRANSLATE_NOOP("words", "Done"),
    QT_TRANSLATE_NOOP("words", "Dropped"),
    QT_TRANSLATE_NOOP("words", "Achieved"),
)


def word(value: enum.Enum | None) -> str:
    """The translated label of a kind or status; empty for none."""
    if value is None:
        return ""
    return QCoreApplication.translate("words", getattr(value, "label", str(value.value)))
