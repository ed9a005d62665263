"""the catalogue's organisations named in Portuguese as well

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 03:45:00

Goals, output types, clusters and seats already had their Portuguese names; organisations had one name. Each now
has ``name_pt`` too, filled here for the catalogue's own organisations only: the committee's members and the chair's
office, and the clusters' management entities as the catalogue named them. Each is recognised by its acronym and
its English name exactly as the catalogue wrote them, so an organisation a user renamed or added keeps what they
typed, with no Portuguese name (its one name then stands in both languages).

The names are written out here rather than read from ``db/seed/catalogue.json``: the seed may change later, and
this step must do tomorrow what it does today.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# acronym, English name as the catalogue stored it, Portuguese name
MEMBERS = (
    (
        "SEAE",
        "Office of the Deputy State Secretary for the Economy",
        "Gabinete do Secretário de Estado Adjunto e da Economia",
    ),
    (
        "SEI",
        "Cabinet Office of the Secretary of State for Internationalization",
        "Gabinete do Secretário de Estado da Internacionalização",
    ),
    ("SEE", "Cabinet of the Secretary of State for Employment", "Gabinete do Secretário de Estado do Emprego"),
    (
        "IAPMEI",
        "IAPMEI – Portuguese Agency for Competitiveness and Innovation",
        "Agência para a Competitividade e Inovação (IAPMEI)",
    ),
    (
        "COMPETE 2020",
        "COMPETE 2020 – Competitiveness and Internationalization Operational Programme",
        "Programa Operacional Competitividade e Internacionalização (COMPETE 2020)",
    ),
    ("ANI", "ANI – National Innovation Agency", "Agência Nacional de Inovação (ANI)"),
    (
        "AICEP",
        "AICEP – Agency for Investment and Foreign Trade of Portugal",
        "Agência para o Investimento e Comércio Externo de Portugal (AICEP)",
    ),
    (
        "IEFP",
        "IEFP – Institute for Employment and Vocational Training",
        "Instituto do Emprego e Formação Profissional (IEFP)",
    ),
)

# cluster code (the entity's acronym), the cluster's English and Portuguese names, as the catalogue had them
CLUSTERS = (
    (
        "AED",
        "AED Cluster Portugal – Aeronautics, Space and Defense Cluster",
        "AED Cluster Portugal – Aeronáutica, Espaço e Defesa",
    ),
    (
        "AEC",
        "Cluster AEC – Architecture, Engineering and Construction",
        "Cluster AEC – Arquitetura, Engenharia e Construção",
    ),
    ("AUTO", "Automotive Cluster", "Cluster Automóvel"),
    ("MAR", "Portuguese Maritime Cluster", "Cluster do Mar Português"),
    ("MIN", "Cluster of Mineral Resources of Portugal", "Cluster dos Recursos Minerais de Portugal"),
    ("RAIL", "Cluster of the Portuguese Railway Platform", "Cluster da Plataforma Ferroviária Portuguesa"),
    (
        "PQIR",
        "Petrochemical, Industrial Chemical and Refining Cluster",
        "Cluster da Petroquímica, Química Industrial e Refinação",
    ),
    ("TEX", "Textile Cluster: Technology and Fashion", "Cluster Têxtil: Tecnologia e Moda"),
    ("SHOE", "Footwear and Fashion Cluster", "Cluster do Calçado e Moda"),
    ("SCP", "Smart Cities Portugal Cluster", "Cluster Smart Cities Portugal"),
    ("TICE", "TICE.PT Cluster", "Cluster TICE.PT"),
    ("ENGT", "Engineering & Tooling Cluster", "Cluster Engineering & Tooling"),
    ("PTECH", "Produtech Cluster – Production Technologies", "Cluster Produtech – Tecnologias de Produção"),
    ("AGRO", "Portuguese Agrofood Cluster", "Cluster Agroindustrial Português"),
    ("HAB", "Sustainable Habitat Cluster", "Cluster Habitat Sustentável"),
    ("HCP", "Health Cluster Portugal", "Health Cluster Portugal"),
    ("WINE", "Vine and Wine Cluster", "Cluster da Vinha e do Vinho"),
    ("TOUR", "Tourism Cluster", "Cluster do Turismo"),
)


def catalogue_organisations() -> list[tuple[str, str, str]]:
    """Every organisation the catalogue made: acronym, English name, Portuguese name."""
    entities = [
        (code, f"{name} – management entity", f"{name_pt} – entidade gestora") for code, name, name_pt in CLUSTERS
    ]
    return [*MEMBERS, *entities]


def upgrade() -> None:
    op.add_column("organisation", sa.Column("name_pt", sa.String(length=200), nullable=False, server_default=""))
    organisation = sa.table(
        "organisation", sa.column("acronym", sa.String()), sa.column("name", sa.String()), sa.column("name_pt")
    )
    op.get_bind().execute(
        organisation.update()
        .where(
            organisation.c.acronym == sa.bindparam("known_acronym"), organisation.c.name == sa.bindparam("known_name")
        )
        .values(name_pt=sa.bindparam("portuguese")),
        [
            {"known_acronym": acronym, "known_name": name, "portuguese": name_pt}
            for acronym, name, name_pt in catalogue_organisations()
        ],
    )


def downgrade() -> None:
    # Not in batch mode: SQLite (3.35 and later) drops a column in place, where batch mode would copy the table that
    # clusters, seats, people, attendance and actions all point at.
    op.drop_column("organisation", "name_pt")
