"""People and organisations: adding, listing, editing, merging duplicates and deleting them.

Callers write ``from pactdesk.services import directory`` and ``directory.add_person(...)``; the names below are
the package's public face, each kept in the module of its concern: ``people``, ``organisations``, ``merging`` (with
``repointing``, which reads what refers to a record from the schema) and ``common``.
"""

from __future__ import annotations

from pactdesk.services.directory.common import same_name
from pactdesk.services.directory.merging import (
    MergedPerson,
    OrganisationMerge,
    PersonMerge,
    merge_organisations,
    merge_people,
    unmerge_people,
)
from pactdesk.services.directory.organisations import (
    MAX_ACRONYM,
    OrganisationChanges,
    OrganisationRow,
    add_organisation,
    delete_organisation,
    list_organisations,
    organisation_by_name,
    update_organisation,
)
from pactdesk.services.directory.people import (
    MAX_PHONE,
    PersonChanges,
    PersonRow,
    add_person,
    delete_person,
    histories,
    list_people,
    person_matches,
    similar_people,
    told_apart,
    update_person,
)

__all__ = [
    "MAX_ACRONYM",
    "MAX_PHONE",
    "MergedPerson",
    "OrganisationChanges",
    "OrganisationMerge",
    "OrganisationRow",
    "PersonChanges",
    "PersonMerge",
    "PersonRow",
    "add_organisation",
    "add_person",
    "delete_organisation",
    "delete_person",
    "histories",
    "list_organisations",
    "list_people",
    "merge_organisations",
    "merge_people",
    "organisation_by_name",
    "person_matches",
    "same_name",
    "similar_people",
    "told_apart",
    "unmerge_people",
    "update_organisation",
    "update_person",
]
