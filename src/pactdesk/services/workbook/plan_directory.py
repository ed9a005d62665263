"""Planning the import of the directory's sheets: Clusters, Organisations and People."""

from __future__ import annotations

from typing import Any

from pactdesk.domain import references
from pactdesk.domain.enums import OrganisationKind
from pactdesk.domain.messages import say
from pactdesk.services.workbook.plan import ABSENT, INVALID, New
from pactdesk.services.workbook.sheet_planner import Existing, SheetPlanner, casefold


class ClustersSheet(SheetPlanner):
    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        known = self.known
        code = self._value(values, "Code")
        if code is ABSENT:
            self._problem(None, self._needs_column("Code"))
            return
        if code is INVALID:
            return
        code = code.upper()
        if not references.CLUSTER_CODE.match(code):
            self._problem(
                "Code",
                say(
                    "“{code}” is not a cluster code: 2 to 10 capital letters or digits, such as AEC.",
                    "«{code}» não é um código de cluster: 2 a 10 letras maiúsculas ou algarismos, como AEC.",
                    code=code,
                ),
            )
            return
        if self._duplicate(code, "Code", say("The cluster {code}", "O cluster {code}", code=code)):
            return
        existing = known.cluster_fields.get(code)
        fields: dict[str, Any] = {}
        name = self._needed(values, "Name", "cluster") if existing is None else self._value(values, "Name")
        if name == "":
            self._problem("Name", say("A cluster's name cannot be empty.", "Falta preencher o nome do cluster."))
        elif name is not ABSENT and name is not INVALID:
            other = known.cluster_names.get(casefold(name))
            if other is not None and other != code:
                self._problem(
                    "Name",
                    say(
                        "The cluster {other} already has the name “{name}”.",
                        "O cluster {other} já tem o nome «{name}».",
                        other=other,
                        name=name,
                    ),
                )
            fields["name"] = name
        entity = self._value(values, "Management entity")
        if entity is not ABSENT and entity is not INVALID:
            fields["management_entity_id"] = self._organisation_of(entity, "Management entity") if entity else None
        signed = self._value(values, "Pact signed")
        if signed is not ABSENT and signed is not INVALID and (signed is not None or existing is None):
            fields["pact_signed"] = bool(signed)
        email = self._value(values, "Email")
        if email is not ABSENT and email is not INVALID:
            fields["email"] = self._email(email, "Email")
        if existing is None and not self.failed:
            known.clusters[code] = New(self.table.sheet, code)
            fields["code"] = code
        self._record(code, existing, fields)


class OrganisationsSheet(SheetPlanner):
    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        known = self.known
        name = self._value(values, "Name")
        if name is ABSENT:
            self._problem(None, self._needs_column("Name"))
            return
        if name is INVALID:
            return
        if not name:
            self._problem("Name", say("An organisation needs a name.", "Uma organização precisa de um nome."))
            return
        key = casefold(name)
        if self._duplicate(key, "Name", say("The organisation “{name}”", "A organização «{name}»", name=name)):
            return
        existing = known.organisation_fields.get(key)
        fields: dict[str, Any] = {}
        self._text(values, "Acronym", fields, "acronym")
        self._choice(values, "Kind", fields, "kind", OrganisationKind, existing is None, OrganisationKind.OTHER)
        seat = self._value(values, "Committee seat")
        if seat is not ABSENT and seat is not INVALID:
            if seat:
                first = known.seen_seats.get(seat)
                if first is not None:
                    word = self.table.columns[self.positions["Committee seat"]].words(
                        self.plan.language_of(self.table.sheet)
                    )[seat]
                    self._problem(
                        "Committee seat",
                        say(
                            "Seat ({word}) is also given on row {row}; one organisation holds it.",
                            "O lugar ({word}) também é atribuído na linha {row}; só uma organização o ocupa.",
                            word=word,
                            row=str(first),
                        ),
                    )
                known.seen_seats[seat] = number
            fields["seat"] = seat
        if existing is None:
            if not self.failed:
                known.organisations[key] = New(self.table.sheet, key)
                if fields.get("acronym"):  # later sheets may name it by its acronym, as they may older ones
                    known.acronyms.setdefault(casefold(fields["acronym"]), []).append(known.organisations[key])
            fields["name"] = name
            fields.setdefault("acronym", "")
        self._record(key, existing, fields)


class PeopleSheet(SheetPlanner):
    def plan_row(self, number: int, values: tuple[Any, ...]) -> None:
        known = self.known
        name = self._value(values, "Name")
        email = self._value(values, "Email")
        if name is ABSENT:
            self._problem(None, self._needs_column("Name"))
            return
        if name is INVALID or email is INVALID:
            return
        email = "" if email is ABSENT else self._email(email, "Email")
        if self.failed:
            return
        key = email or casefold(name)
        if self._duplicate(
            key, "Email" if email else "Name", say("The person {who}", "A pessoa {who}", who=email or name)
        ):
            return
        person_id = known.people_by_email.get(email) if email else None
        if not isinstance(person_id, int):
            # Someone already recorded under this name: the one of them without an e-mail, when a row adds one.
            named = [pid for pid in known.people_by_name.get(casefold(name), []) if isinstance(pid, int)]
            if email:
                named = [pid for pid in named if not known.person_fields[pid]["email"]]
            elif len(named) > 1:
                self._problem(
                    "Name",
                    say(
                        "More than one person is called “{name}”; give their e-mail to say which.",
                        "Há mais de uma pessoa chamada «{name}»; indique o endereço de e-mail para dizer qual.",
                        name=name,
                    ),
                )
                return
            person_id = named[0] if len(named) == 1 else None
        existing = Existing(person_id, known.person_fields[person_id]) if person_id is not None else None
        fields: dict[str, Any] = {}
        if name == "":
            self._problem("Name", say("A person needs a name.", "Uma pessoa precisa de um nome."))
        else:
            fields["name"] = name
        organisation = self._value(values, "Organisation")
        if organisation is not ABSENT and organisation is not INVALID:
            fields["organisation_id"] = self._organisation_of(organisation, "Organisation") if organisation else None
        self._text(values, "Role", fields, "role")
        self._text(values, "Phone", fields, "phone")
        if email:
            fields["email"] = email
        if existing is None and not self.failed:
            pending = New(self.table.sheet, key)
            if email:
                known.people_by_email[email] = pending
            known.people_by_name.setdefault(casefold(name), []).append(pending)
            known.person_organisation[pending] = fields.get("organisation_id")
        self._record(key, existing, fields)
