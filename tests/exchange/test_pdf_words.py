"""The documents name every kind and status in both their languages, with the labels the window shows."""

from __future__ import annotations

import pytest

from pactdesk.domain.enums import LABELS, Labelled
from pactdesk.exchange.pdf.words import Words


@pytest.mark.parametrize("kind", sorted(LABELS, key=lambda kind: kind.__name__), ids=lambda kind: kind.__name__)
def test_the_documents_name_every_value_in_both_languages(kind: type[Labelled]) -> None:
    for member in kind:
        label = LABELS[kind][member]
        assert Words("en").of(member) == label.en
        assert Words("pt").of(member) == label.pt


def test_a_value_not_set_reads_as_a_dash() -> None:
    assert Words("pt").of(None) == Words("en").of(None) == "—"
