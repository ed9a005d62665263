"""Every kind and status has its label in English and in Portuguese, in the one table the window, the PDFs and
the calendar share."""

from __future__ import annotations

import pytest

from pactdesk.domain import enums
from pactdesk.domain.enums import LABELS, Labelled

LISTS = sorted(LABELS, key=lambda kind: kind.__name__)


def test_every_list_of_kinds_or_statuses_has_a_table() -> None:
    defined = {
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, Labelled) and value is not Labelled
    }
    assert defined == set(LABELS)


@pytest.mark.parametrize("kind", LISTS, ids=lambda kind: kind.__name__)
def test_every_value_has_a_label_in_english_and_portuguese(kind: type[Labelled]) -> None:
    missing = [member.name for member in kind if member not in LABELS[kind]]
    assert not missing, f"{kind.__name__} has no label for {missing}: add them to its table in domain/enums.py"
    for member in kind:
        assert member.label.strip() and member.label_in("en") == member.label
        assert member.label_in("pt").strip()


@pytest.mark.parametrize("kind", LISTS, ids=lambda kind: kind.__name__)
def test_no_two_values_of_a_list_read_the_same(kind: type[Labelled]) -> None:
    for language in ("en", "pt"):
        labels = [member.label_in(language) for member in kind]
        assert len(set(labels)) == len(labels), labels


def test_a_status_agrees_with_what_it_qualifies() -> None:
    assert enums.MeetingStatus.PLANNED.label_in("pt") == "Prevista"  # a meeting, "reunião"
    assert enums.OutputStatus.PLANNED.label_in("pt") == "Previsto"  # an output, "resultado"
    assert enums.ActionStatus.DROPPED.label_in("pt") == "Abandonada"  # an action, "ação"
    assert enums.OutputStatus.DROPPED.label_in("pt") == "Abandonado"
