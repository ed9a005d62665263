"""one search over everything: the full-text index

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 14:00:00

The index ``services/search.py`` reads, as ``pactdesk.store.search_index`` describes it: on SQLite an FTS5
external-content table per source table (``search_meeting``, ``search_agenda_item``…; tokenizer ``unicode61
remove_diacritics 2``) kept by triggers, filled here from the records; on PostgreSQL the extension ``unaccent``
(trusted since PostgreSQL 13: the database's owner may add it), the text search configuration ``pactdesk_pt``
(Portuguese after unaccent) and a generated ``search_vector`` column on each source table, GIN-indexed.

The index is made by the same code that ``pactdesk check --repair`` remakes it with, so a repaired index is the one
a new database gets.
"""

from __future__ import annotations

from alembic import op

from pactdesk.store import search_index

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.uninstall(op.get_bind())
