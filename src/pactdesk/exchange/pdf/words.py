"""The documents' own words in Portuguese and English, and numbers, percentages and dates written as each language
writes them.

The PDFs are made without Qt (on the command line too), so their labels live here rather than in Qt's
translation files; the labels of kinds and statuses are the tables in domain/enums.py, which the window shares.

Numbers follow the same locale data (CLDR) Qt's ``QLocale`` uses in the window. English: ``1,234`` and ``77.8%``.
European Portuguese: a comma for decimals and a no-break space between thousands, never a dot (the SI rule, made
law in Portugal by Decreto-Lei n.º 128/2010, and the rule of the EU's Portuguese style guide), a four-digit number
left whole (``1234``, ``12 345``) as the SI brochure and CLDR's pt_PT (so QLocale) do, and a space before the
per cent sign (``77,8 %``)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from pactdesk.domain import counting
from pactdesk.domain.counting import NO_BREAK_SPACE
from pactdesk.domain.enums import Labelled

LANGUAGES = ("pt", "en")


class Plural(NamedTuple):
    """A counted phrase: the form for one, and the form for any other count (zero included, in both languages)."""

    one: str
    many: str


_LABELS: dict[str, dict[str, str | Plural]] = {
    "en": {
        "committee": "Monitoring Committee of the Sectoral Pacts for Competitiveness and Internationalization",
        "minutes_title": "Minutes of the meeting",
        "agenda_title": "Agenda of the meeting",
        "actions_title": "Open actions",
        "binder_title": "Minutes of {year}",
        "contents": "Contents",
        "reference": "Reference",
        "cluster": "Cluster",
        "clusters_all": "All clusters",
        "date": "Date",
        "time": "Time",
        "place": "Place",
        "online": "Online",
        "kind": "Kind of meeting",
        "chair": "Chair",
        "secretary": "Secretary",
        "draft": "DRAFT",
        "draft_note": "Draft minutes, not yet approved.",
        "circulated_note": "Draft minutes, circulated for approval.",
        "approved_note": "Approved on {day}.",
        "cancelled_note": "This meeting was cancelled.",
        "attendance": "Attendance",
        "organisation": "Organisation",
        "name": "Name",
        "no_organisation": "No organisation",
        "guests": "Guests",
        "guest": "guest",
        "not_marked": "Not recorded",
        "nobody": "No attendance has been recorded.",
        "members": "Member organisations of the committee",
        "all_represented": "Every member organisation of the committee was represented.",
        "some_missing": "Not represented: {names}.",
        "agenda": "Agenda",
        "no_agenda": "No agenda has been set.",
        "presenter": "Presented by {name}.",
        "item": "Item",
        "planned": "Planned",
        "minutes_short": "{n} min",
        "no_minutes": "No minutes were recorded for this item.",
        "decision": "Decision {n}.",
        "decisions": "Decisions",
        "actions": "Actions",
        "action": "Action",
        "owner": "Owner",
        "due": "Due",
        "status": "Status",
        "other_actions": "Other actions of the meeting",
        "attachments": "Attachments",
        "meeting_attachments": "Attachments of the meeting",
        "annex_attachments": "Annex: the files kept with the meetings",
        "matters_arising": "Matters arising",
        "no_arising": "No earlier actions were open.",
        "update_here": "Update at this meeting",
        "closed_here": "at this meeting",
        "overdue_then": "overdue",
        "next_meeting": "Next meeting",
        "next_on": "The next meeting is on {day} at {time}.",
        "next_unset": "The date of the next meeting is to be set.",
        "approval": "Approval",
        "approval_pending": "Approved by the Monitoring Committee on ____ / ____ / ________.",
        "approval_done": "Approved by the Monitoring Committee on {day}.",
        "approved_at": "Approved at {ref} on {day}.",
        "approved_at_with": "Approved at {ref} on {day}, with corrections: {note}",
        "approved_by_procedure": "Approved by written procedure on {day}: {note}",
        "reopened": "Reopened on {day} by {who}: {reason}",
        "version_line": "Version {n} of the minutes. Fingerprint (SHA-256): {fingerprint}",
        "approved_version": "Approved version · {fingerprint}",
        "version_of": "{status} · version {n}",
        "changed_since": "{status} · changed since version {n}",
        "signature_chair": "The Chair",
        "signature_secretary": "The Secretary",
        "page": "Page {n} of {m}",
        "as_of": "As of {day}",
        "summary": Plural("{count} open action, {overdue} overdue.", "{count} open actions, {overdue} overdue."),
        "summary_share": Plural(
            "{count} open action, {overdue} overdue ({share}).", "{count} open actions, {overdue} overdue ({share})."
        ),
        "owner_none": "No owner",
        "owner_group": Plural(
            "{owner}: {count} action, {overdue} overdue", "{owner}: {count} actions, {overdue} overdue"
        ),
        "binder_count": Plural("{count} meeting", "{count} meetings"),
        "overdue_days": "{n} d overdue",
        "latest_update": "Latest update",
        "none_open": "There are no open actions.",
        "subject_minutes": "Minutes of meeting {ref} of {cluster}",
        "subject_agenda": "Agenda of meeting {ref} of {cluster}",
        "subject_actions": "Open actions of {cluster} as of {day}",
        "subject_binder": "Minutes of {cluster} in {year}",
        "register_title": "Register of decisions",
        "register_year": "Decisions of {year}",
        "register_count": Plural("{count} decision", "{count} decisions"),
        "register_number": "No.",
        "register_decision": "Decision",
        "register_meeting": "Meeting",
        "register_item": "item {n}",
        "subject_register": "Register of the decisions of {scope}",
        "unknown": "—",
    },
    "pt": {
        "committee": "Comissão de Acompanhamento dos Pactos Setoriais para a Competitividade e Internacionalização",
        "minutes_title": "Ata da reunião",
        "agenda_title": "Ordem de trabalhos da reunião",
        "actions_title": "Ações em aberto",
        "binder_title": "Atas de {year}",
        "contents": "Índice",
        "reference": "Referência",
        "cluster": "Cluster",
        "clusters_all": "Todos os clusters",
        "date": "Data",
        "time": "Hora",
        "place": "Local",
        "online": "Online",
        "kind": "Tipo de reunião",
        "chair": "Presidente",
        "secretary": "Secretário(a)",
        "draft": "RASCUNHO",
        "draft_note": "Ata em rascunho, ainda não aprovada.",
        "circulated_note": "Ata em rascunho, em circulação para aprovação.",
        "approved_note": "Aprovada em {day}.",
        "cancelled_note": "Esta reunião foi cancelada.",
        "attendance": "Presenças",
        "organisation": "Entidade",
        "name": "Nome",
        "no_organisation": "Sem entidade",
        "guests": "Convidados",
        "guest": "convidado(a)",
        "not_marked": "Não registado",
        "nobody": "Não foram registadas presenças.",
        "members": "Entidades que integram a Comissão",
        "all_represented": "Todas as entidades que integram a Comissão estiveram representadas.",
        "some_missing": "Não representadas: {names}.",
        "agenda": "Ordem de trabalhos",
        "no_agenda": "Não foi definida ordem de trabalhos.",
        "presenter": "Apresentado por {name}.",
        "item": "Ponto",
        "planned": "Previsto",
        "minutes_short": "{n} min",
        "no_minutes": "Não foi registada ata para este ponto.",
        "decision": "Deliberação {n}.",
        "decisions": "Deliberações",
        "actions": "Ações",
        "action": "Ação",
        "owner": "Responsável",
        "due": "Prazo",
        "status": "Estado",
        "other_actions": "Outras ações da reunião",
        "attachments": "Anexos",
        "meeting_attachments": "Anexos da reunião",
        "annex_attachments": "Anexo: os ficheiros guardados com as reuniões",
        "matters_arising": "Assuntos pendentes",
        "no_arising": "Não havia ações anteriores em aberto.",
        "update_here": "Ponto de situação nesta reunião",
        "closed_here": "nesta reunião",
        "overdue_then": "em atraso",
        "next_meeting": "Próxima reunião",
        "next_on": "Próxima reunião: {day}, às {time}.",
        "next_unset": "A data da próxima reunião está por marcar.",
        "approval": "Aprovação",
        "approval_pending": "Aprovada pela Comissão de Acompanhamento em ____ / ____ / ________.",
        "approval_done": "Aprovada pela Comissão de Acompanhamento em {day}.",
        "approved_at": "Aprovada na reunião {ref}, em {day}.",
        "approved_at_with": "Aprovada na reunião {ref}, em {day}, com correções: {note}",
        "approved_by_procedure": "Aprovada por procedimento escrito em {day}: {note}",
        "reopened": "Reaberta em {day} por {who}: {reason}",
        "version_line": "Versão {n} da ata. Impressão digital (SHA-256): {fingerprint}",
        "approved_version": "Versão aprovada · {fingerprint}",
        "version_of": "{status} · versão {n}",
        "changed_since": "{status} · alterada desde a versão {n}",
        "signature_chair": "O(A) Presidente",
        "signature_secretary": "O(A) Secretário(a)",
        "page": "Página {n} de {m}",
        "as_of": "Situação a {day}",
        "summary": Plural(
            "{count} ação em aberto, {overdue} em atraso.", "{count} ações em aberto, {overdue} em atraso."
        ),
        "summary_share": Plural(
            "{count} ação em aberto, {overdue} em atraso ({share}).",
            "{count} ações em aberto, {overdue} em atraso ({share}).",
        ),
        "owner_none": "Sem responsável",
        "owner_group": Plural(
            "{owner}: {count} ação, {overdue} em atraso", "{owner}: {count} ações, {overdue} em atraso"
        ),
        "binder_count": Plural("{count} reunião", "{count} reuniões"),
        "overdue_days": "{n} d de atraso",
        "latest_update": "Último ponto de situação",
        "none_open": "Não há ações em aberto.",
        "subject_minutes": "Ata da reunião {ref} de {cluster}",
        "subject_agenda": "Ordem de trabalhos da reunião {ref} de {cluster}",
        "subject_actions": "Ações em aberto de {cluster} a {day}",
        "subject_binder": "Atas de {cluster} em {year}",
        "register_title": "Registo das deliberações",
        "register_year": "Deliberações de {year}",
        "register_count": Plural("{count} deliberação", "{count} deliberações"),
        "register_number": "N.º",
        "register_decision": "Deliberação",
        "register_meeting": "Reunião",
        "register_item": "ponto {n}",
        "subject_register": "Registo das deliberações de {scope}",
        "unknown": "—",
    },
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}
_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
}


class Words:
    """Labels, kinds and statuses, counted phrases, numbers, percentages and dates in ``pt`` or ``en``."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"Documents are written in Portuguese (pt) or English (en), not {language!r}.")
        self.language = language
        self._labels = _LABELS[language]

    def __call__(self, key: str, **values: object) -> str:
        """The phrase ``key`` with ``values`` put in. A counted phrase (a ``Plural``) takes the form its ``count``
        asks for; a whole number is written as the language writes numbers (a year, never grouped, goes as text)."""
        entry = self._labels[key]
        if isinstance(entry, Plural):
            count = values.get("count")
            if not isinstance(count, int) or isinstance(count, bool):
                raise TypeError(f"The phrase {key!r} is counted: give it count=<a whole number>.")
            entry = entry.one if count == 1 else entry.many
        if not values:
            return entry
        shown = {
            name: self.number(value) if isinstance(value, int) and not isinstance(value, bool) else value
            for name, value in values.items()
        }
        return entry.format(**shown)

    def open_actions(self, count: int, overdue: int) -> str:
        """``5 open actions, 2 overdue (40%).``; the overdue share only when some are overdue."""
        if not overdue:
            return self("summary", count=count, overdue=overdue)
        return self("summary_share", count=count, overdue=overdue, share=self.percent(100 * overdue / count))

    def file_size(self, size: int) -> str:
        """A file's size as people read it: 820 bytes, 14 KB, 2.4 MB (2,4 MB in Portuguese)."""
        if size < 1024:
            return f"{self.number(size)} {'bytes' if size != 1 else 'byte'}"
        if size < 1024 * 1024:
            return f"{self.number(size / 1024)} KB"
        return f"{self.number(size / (1024 * 1024), 1)} MB"

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        """``1,234`` and ``1,234.5`` in English; ``1234``, ``12 345`` and ``12 345,5`` in Portuguese (see above; the
        rules are domain/counting.py's, which the services' sentences share)."""
        return counting.number(value, self.language, decimals)

    def percent(self, value: int | float | Decimal) -> str:
        """A percentage (``value`` out of 100) to one decimal, a whole one without it: ``77.8%``, ``100%``;
        ``77,8 %``, ``100 %``. Halves round up, as people round, not to the even digit."""
        rounded = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        text = self.number(rounded, 0 if rounded == rounded.to_integral_value() else 1)
        return f"{text}%" if self.language == "en" else f"{text}{NO_BREAK_SPACE}%"

    def of(self, value: Labelled | None) -> str:
        """A kind's or status's label, from its table in domain/enums.py."""
        return self("unknown") if value is None else value.label_in(self.language)

    def day(self, value: date, *, weekday: bool = False) -> str:
        month = _MONTHS[self.language][value.month - 1]
        text = (
            f"{value.day} de {month} de {value.year}" if self.language == "pt" else f"{value.day} {month} {value.year}"
        )
        if weekday:
            name = _WEEKDAYS[self.language][value.weekday()]
            text = f"{name}, {text}"
        return text

    def short_day(self, value: date | None) -> str:
        if value is None:
            return self("unknown")
        return f"{value.day:02}/{value.month:02}/{value.year}" if self.language == "pt" else value.isoformat()

    @staticmethod
    def time(value: datetime) -> str:
        return f"{value.hour:02}:{value.minute:02}"

    def time_span(self, start: datetime, end: datetime | None) -> str:
        return self.time(start) if end is None else f"{self.time(start)}–{self.time(end)}"


def phrases(language: str) -> dict[str, str | Plural]:
    """Every phrase of the documents in ``language``, by key (a counted one with both its forms)."""
    return dict(_LABELS[language])


def language_of(text: str | None) -> str:
    """The documents' language for a locale name or a choice (``pt_PT``, ``pt``, ``en_GB``…); English otherwise."""
    return "pt" if (text or "").lower().startswith("pt") else "en"
