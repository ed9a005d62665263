"""The catalogue in both languages: every entry of the seed has its Portuguese and its English name, and a name is
chosen in a language with the other standing in for an empty one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from pactdesk.domain.language import Names, display_language, in_language, set_display_language
from pactdesk.services.catalogue import seed_path

# The only entries whose Portuguese name is their English one: proper names the cluster itself uses in both.
# Clusters that call themselves by an English name in Portuguese too.
SAME_IN_BOTH = {"Health Cluster Portugal", "Portuguese Agrofood Cluster"}


def catalogue() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(seed_path().read_text(encoding="utf-8"))
    return loaded


def every_name() -> list[tuple[str, str, str]]:
    """Each catalogue entry: what it is, its English name, its Portuguese name."""
    seed = catalogue()
    found = [(f"goal {goal['number']}", goal["name"], goal["name_pt"]) for goal in seed["goals"]]
    found += [(f"output type {kind['number']}", kind["name"], kind["name_pt"]) for kind in seed["output_types"]]
    found += [(f"cluster {cluster['code']}", cluster["name"], cluster["name_pt"]) for cluster in seed["clusters"]]
    found += [(f"mode {mode['number']}", mode["name"], mode["name_pt"]) for mode in seed["implementation_modes"]]
    for seat in seed["committee"]:
        found.append((f"seat {seat['seat']}", seat["title"], seat["title_pt"]))
        if seat["organisation"]:
            organisation = seat["organisation"]
            found.append((f"organisation {organisation['acronym']}", organisation["name"], organisation["name_pt"]))
    return found


def test_the_seed_names_every_entry_in_both_languages() -> None:
    seed = catalogue()
    names = every_name()
    assert len(seed["goals"]) == 9 and len(seed["output_types"]) == 17 and len(seed["clusters"]) == 18
    assert len(seed["implementation_modes"]) == 4
    assert [seat["seat"] for seat in seed["committee"]] == ["chair", *"abcdefgh"]
    organisations = [name for name in names if name[0].startswith("organisation")]
    assert len(organisations) == 8, "the chair's office and the members (a), (b), (d)–(h)"
    for entry, english, portuguese in names:
        assert english.strip() and portuguese.strip(), entry
        assert english == english.strip() and portuguese == portuguese.strip(), entry
        if english not in SAME_IN_BOTH:
            assert portuguese != english, f"{entry} has no Portuguese name of its own"


def test_the_bodies_have_their_official_portuguese_names_and_keep_their_acronyms() -> None:
    organisations = {
        seat["organisation"]["acronym"]: seat["organisation"]["name_pt"]
        for seat in catalogue()["committee"]
        if seat["organisation"]
    }
    assert organisations == {
        "SEAE": "Gabinete do Secretário de Estado Adjunto e da Economia",
        "SEI": "Gabinete do Secretário de Estado da Internacionalização",
        "SEE": "Gabinete do Secretário de Estado do Emprego",
        "IAPMEI": "Agência para a Competitividade e Inovação (IAPMEI)",
        "COMPETE 2020": "Programa Operacional Competitividade e Internacionalização (COMPETE 2020)",
        "ANI": "Agência Nacional de Inovação (ANI)",
        "AICEP": "Agência para o Investimento e Comércio Externo de Portugal (AICEP)",
        "IEFP": "Instituto do Emprego e Formação Profissional (IEFP)",
    }


@pytest.fixture
def restored() -> Iterator[None]:
    yield
    set_display_language("en")


def test_a_name_in_a_language_falls_back_to_the_other(restored: None) -> None:
    assert display_language() == "en", "English until the window says otherwise"
    assert in_language("Tourism Cluster", "Cluster do Turismo") == "Tourism Cluster"
    assert in_language("Tourism Cluster", "Cluster do Turismo", "pt") == "Cluster do Turismo"
    assert in_language("Câmara de Aveiro", "", "pt") == "Câmara de Aveiro", "a typed name stands in both"
    assert in_language("", "Só em português", "en") == "Só em português"
    assert set_display_language("pt") == "pt" and display_language() == "pt"
    assert in_language("Tourism Cluster", "Cluster do Turismo") == "Cluster do Turismo"
    assert Names("Tourism Cluster", "Cluster do Turismo").in_language() == "Cluster do Turismo"
    assert Names("Tourism Cluster", "Cluster do Turismo").in_language("en") == "Tourism Cluster"
    assert set_display_language("pt_PT") == "pt" and set_display_language("en_GB") == "en"
    assert set_display_language("fr") == "en", "a language the catalogue has no names in shows English"
