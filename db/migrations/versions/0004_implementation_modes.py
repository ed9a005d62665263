"""the pacts' four implementation modes, and the agrofood cluster under its own name

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 06:00:00

The catalogue gains the four ways the pacts are carried out (mobilization of various actors, collaborative
dynamics, concerted public and private actions, collective efficiency), named in English and in Portuguese.

Cluster 14 is called by its own name in Portuguese too, *Portuguese Agrofood Cluster*, as PortugalFoods and its
partners named it when the Government recognised it; the catalogue had a translation of its own making. The name
changes only where it is still the one the catalogue wrote (the cluster's and its management entity's), so a name
a user typed stays.

As in 0003, the names are written out here rather than read from ``db/seed/catalogue.json``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MODES = (
    (1, "Mobilization of various actors", "Mobilização de diversos atores"),
    (2, "Collaborative dynamics", "Dinâmicas colaborativas"),
    (3, "Concerted public and private actions", "Ações concertadas públicas e privadas"),
    (4, "Collective efficiency", "Eficiência coletiva"),
)

AGROFOOD = "Portuguese Agrofood Cluster"
OUR_TRANSLATION = "Cluster Agroindustrial Português"
ENTITY = " – entidade gestora"


def upgrade() -> None:
    modes = op.create_table(
        "implementation_mode",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_pt", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_implementation_mode")),
    )
    bind = op.get_bind()
    # A database made by an older PactDesk has a catalogue (its goals); an empty one gets it, modes included, when
    # it is first seeded.
    if bind.execute(sa.text("SELECT count(*) FROM goal")).scalar():
        op.bulk_insert(modes, [{"number": n, "name": name, "name_pt": name_pt} for n, name, name_pt in MODES])
    for table in ("cluster", "organisation"):
        suffix = ENTITY if table == "organisation" else ""
        bind.execute(
            sa.text(f"UPDATE {table} SET name_pt = :new WHERE name_pt = :old"),  # two fixed table names
            {"new": AGROFOOD + suffix, "old": OUR_TRANSLATION + suffix},
        )


def downgrade() -> None:
    bind = op.get_bind()
    for table in ("cluster", "organisation"):
        suffix = ENTITY if table == "organisation" else ""
        bind.execute(
            sa.text(f"UPDATE {table} SET name_pt = :old WHERE name_pt = :new"),  # two fixed table names
            {"new": AGROFOOD + suffix, "old": OUR_TRANSLATION + suffix},
        )
    op.drop_table("implementation_mode")
