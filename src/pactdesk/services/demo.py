"""A realistic, deterministic demo of three years of the committee's work with each pact, for ``pactdesk demo``, in
English or in Portuguese (the same demo in other words)."""

from __future__ import annotations

import heapq
import itertools
import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pactdesk.domain import validation as check
from pactdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OutputStatus,
    SeatCode,
)
from pactdesk.domain.errors import ValidationError
from pactdesk.domain.messages import say
from pactdesk.domain.models import AgendaItem, Attendance, Cluster, CommitteeSeat, Decision, Meeting
from pactdesk.services import actions, committee, directory, meetings, minutes_versions, outputs
from pactdesk.services.demo_data import (
    ABSENT,
    APOLOGIES,
    CHANGING_SEATS,
    COMMITTEE,
    DURATION,
    FIRST,
    HOLIDAYS,
    KINDS,
    OUTPUT_STATUSES,
    PRESENT,
    REMOTE,
    SEATS,
    SURNAMES,
    WORDING,
    Topic,
    Wording,
    gendered,
)
from pactdesk.store.database import Database

SPAN_DAYS = 3 * 365 + 1  # three years of meetings before ``as_of``…
AHEAD_DAYS = 45  # …and a few planned after it
RECENT_DAYS = 150  # minutes of meetings held since then are not approved yet


@dataclass(frozen=True)
class _Member:
    id: int
    name: str
    organisation_id: int
    acronym: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.acronym})"


@dataclass(frozen=True)
class _Pact:
    code: str
    short: str
    entity_id: int


@dataclass
class _Directory:
    holders: dict[SeatCode, list[tuple[date, _Member]]] = field(default_factory=dict)
    staff: dict[SeatCode, list[_Member]] = field(default_factory=dict)
    entity: dict[str, list[_Member]] = field(default_factory=dict)
    guests: list[_Member] = field(default_factory=list)

    def holder(self, seat: SeatCode, day: date) -> _Member:
        """Who held ``seat`` on ``day`` (before the first holder's start, the first holder)."""
        current = [member for since, member in self.holders[seat] if since <= day]
        return current[-1] if current else self.holders[seat][0][1]


@dataclass
class _Slot:
    day: date
    starts_at: datetime
    kind: MeetingKind
    status: MeetingStatus
    minutes: MinutesStatus = MinutesStatus.DRAFT
    approved_on: date | None = None
    ref: str = ""
    meeting: Meeting | None = None


@dataclass
class _Tracked:
    """An action as the demo follows it: the steps still to come are (days after the last one, new status)."""

    ref: str
    title: str
    due: date
    owner: _Member
    steps: list[tuple[int, ActionStatus | None]]
    status: ActionStatus = ActionStatus.OPEN


def build_demo(
    db: Database,
    *,
    scale: int = 1,
    as_of: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    language: str = "en",
) -> None:
    """Fill a new, seeded database with people and three years of meetings, actions and outputs of every pact.

    ``scale`` multiplies the meetings and outputs per cluster; the same ``scale`` and ``as_of`` give the same demo.
    ``language`` (``en`` or ``pt``) is the language of everything written: titles, minutes, decisions, actions,
    progress updates, roles; both languages give the same meetings, people and actions.
    Each cluster is one transaction; ``progress(done, total)`` is called after each.
    """
    if scale < 1:
        raise ValidationError(
            say("The demo's scale must be 1 or more.", "A escala da demonstração tem de ser igual ou superior a 1."),
            "scale",
        )
    if language not in WORDING:
        raise ValidationError(
            say(
                "The demo is written in Portuguese (pt) or English (en), not {language}.",
                "A demonstração é escrita em português (pt) ou em inglês (en), e não em {language}.",
                language=repr(language),
            ),
            "language",
        )
    wording = WORDING[language]
    today = as_of or date.today()
    with db.read() as session:
        query = select(Cluster).where(Cluster.pact_signed, Cluster.management_entity_id.is_not(None))
        pacts = [
            _Pact(
                cluster.code,
                (getattr(cluster, wording.cluster_name) or cluster.name).split(" – ")[0],
                cluster.management_entity_id or 0,
            )
            for cluster in session.scalars(query.order_by(Cluster.number))
        ]
    people = _build_directory(db, pacts, today, wording)
    if progress is not None:
        progress(0, len(pacts))
    for done, pact in enumerate(pacts, start=1):
        with db.write() as session:
            _ClusterDemo(db, session, pact, people, scale, today, wording).build()
        if progress is not None:
            progress(done, len(pacts))


def _ascii(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class _People:
    """Adds people with deterministic names, unique e-mail addresses and phone numbers."""

    def __init__(self, db: Database, rng: random.Random) -> None:
        self.db, self.rng = db, rng
        self.names: set[str] = set()
        self.emails: set[str] = set()

    def add(self, organisation_id: int, acronym: str, domain: str, role: str) -> _Member:
        rng = self.rng
        name = ""
        while not name or name in self.names:
            name = " ".join([rng.choice(FIRST), *rng.sample(SURNAMES, rng.choice((1, 2)))])
        self.names.add(name)
        parts = _ascii(name).lower().split()
        email, serial = f"{parts[0]}.{parts[-1]}@{domain}", 1
        while email in self.emails:
            serial += 1
            email = f"{parts[0]}.{parts[-1]}{serial}@{domain}"
        self.emails.add(email)
        prefix = rng.choice(("21", "22", "91", "92", "93", "96"))
        phone = f"+351 {prefix}{rng.randint(0, 9)} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"
        person_id = directory.add_person(
            self.db, name, organisation_id=organisation_id, role=gendered(role, name), email=email, phone=phone
        )
        return _Member(person_id, name, organisation_id, acronym)


def _build_directory(db: Database, pacts: Sequence[_Pact], today: date, wording: Wording) -> _Directory:
    """The committee's members and their staff, three people per cluster entity, and guests; one transaction."""
    rng = random.Random("pactdesk-demo:directory")
    found = _Directory()
    start = today - timedelta(days=SPAN_DAYS)
    with db.write() as session:
        people = _People(db, rng)
        seats = {seat.code: seat.organisation for seat in session.scalars(select(CommitteeSeat))}
        for code, domain, _ in COMMITTEE:
            roles = wording.committee_roles[code]
            organisation = seats[code]
            assert organisation is not None, f"seat ({code.value}) has no organisation in the catalogue"
            where = (organisation.id, organisation.acronym, domain)
            holders = [(start - timedelta(days=365), people.add(*where, roles[0]))]
            if code in CHANGING_SEATS:
                holders.append((start + timedelta(days=rng.randint(300, 800)), people.add(*where, roles[0])))
            for since, member in holders:
                committee.hold_seat(db, code, member.id, since)
            found.holders[code], found.staff[code] = holders, [people.add(*where, role) for role in roles[1:]]
        for pact in pacts:
            domain = f"cluster-{pact.code.lower()}.example"
            found.entity[pact.code] = [
                people.add(pact.entity_id, pact.code, domain, role) for role in wording.entity_roles
            ]
        for name, acronym, kind, domain in wording.guests:
            organisation_id = directory.add_organisation(db, name, acronym=acronym, kind=kind)
            found.guests.extend(
                people.add(organisation_id, acronym, domain, role) for role in wording.guest_roles[kind]
            )
    return found


class _ClusterDemo:
    """One cluster's meetings, attendance, agenda, minutes, decisions, actions and outputs, in date order."""

    def __init__(
        self, db: Database, session: Session, pact: _Pact, people: _Directory, scale: int, today: date, wording: Wording
    ) -> None:
        self.db, self.session, self.pact, self.people, self.scale, self.today = db, session, pact, people, scale, today
        self.wording = wording
        self.rng = random.Random(f"pactdesk-demo:{scale}:{pact.code}")
        self.entity = people.entity[pact.code]
        self.open: list[_Tracked] = []  # actions not yet closed, oldest first
        self.events: list[tuple[date, int, _Tracked]] = []  # each action's next step: when, tie-breaker, action
        self.serial = 0
        self.held: list[_Slot] = []
        self.secretary = people.staff[SeatCode.D][-1]  # IAPMEI is the committee's secretariat

    def build(self) -> None:
        previous: _Slot | None = None
        for slot in self._schedule():
            self._meeting(slot, previous)
            if slot.status is MeetingStatus.HELD:
                previous = slot
        self._outputs()

    def _schedule(self) -> list[_Slot]:
        """Meetings spread over the years, on working days; past ones held (a few cancelled), the last planned."""
        rng, today = self.rng, self.today
        count = rng.randint(12, 16) * self.scale
        first, step = today - timedelta(days=SPAN_DAYS), (SPAN_DAYS + AHEAD_DAYS) / count
        slots: list[_Slot] = []
        for number in range(count):
            day = first + timedelta(days=int((number + rng.random()) * step))
            if number == count - 1 and day < today:
                day = today + timedelta(days=rng.randint(7, AHEAD_DAYS))
            while day.weekday() >= 5 or (day.month, day.day) in HOLIDAYS:
                day += timedelta(days=1)
            at = datetime.combine(day, time(*rng.choice(((9, 30), (10, 0), (11, 0), (14, 30), (15, 0)))))
            kind = MeetingKind.MONITORING if number == 0 else rng.choices(KINDS, weights=(64, 16, 10, 10))[0]
            if day >= today:
                status = MeetingStatus.PLANNED
            else:
                status = MeetingStatus.CANCELLED if number and rng.random() < 0.06 else MeetingStatus.HELD
            slots.append(_Slot(day, at, kind, status))
        held = [slot for slot in slots if slot.status is MeetingStatus.HELD]
        # Minutes are approved at the next meeting; those of recent months are circulated, the last still a draft.
        for slot, following in itertools.pairwise(held):
            if slot.day < today - timedelta(days=RECENT_DAYS):
                slot.minutes, slot.approved_on = MinutesStatus.APPROVED, following.day
            else:
                slot.minutes = MinutesStatus.CIRCULATED
        return slots

    def _values(self, day: date) -> dict[str, object]:
        rng = self.rng
        values: dict[str, object] = {
            "short": self.pact.short,
            "year": day.year,
            "next_year": day.year + 1,
            "n": rng.randint(3, 12),
            "late": rng.randint(1, 4),
            "pct": rng.randrange(15, 95, 5),
            "money": rng.randint(2, 40),
            "month": self.wording.months[(day.month + rng.randint(0, 3)) % 12],
        }
        org = rng.choice(("IAPMEI", "AICEP", "ANI", "IEFP", "COMPETE 2020"))  # drawn last, as it always was
        values["org"], values["of_org"] = org, self.wording.of_organisation.get(org, f"of {org}")
        return values

    # -- one meeting -----------------------------------------------------------------------------------------

    def _meeting(self, slot: _Slot, previous: _Slot | None) -> None:
        rng, pact, people, wording = self.rng, self.pact, self.people, self.wording
        focus: Topic | None = None
        guests: str | None = None
        if slot.kind is MeetingKind.MONITORING:
            title = wording.monitoring_title.format(short=pact.short)
        elif slot.kind is MeetingKind.WORKING_GROUP:
            focus = rng.choice(wording.topics)
            title = wording.working_group_title.format(short=pact.short, topic=focus.title)
        elif slot.kind is MeetingKind.WORKSHOP:
            name, about = rng.choice(wording.workshops)
            focus = next(topic for topic in wording.topics if topic.title.startswith(about))
            title = wording.workshop_title.format(name=name, short=pact.short)
        else:
            guests = rng.choice(people.guests).acronym
            title = wording.b2b_title.format(short=pact.short, guest=wording.guest_names()[guests])
        place = rng.choice(wording.locations)
        online = place == "Online" or rng.random() < 0.4
        slot.ref = meetings.create_meeting(
            self.db,
            pact.code,
            title=title,
            starts_at=slot.starts_at,
            ends_at=slot.starts_at + timedelta(minutes=DURATION[slot.kind]),
            kind=slot.kind,
            location=place,
            online_link=f"https://meet.example.org/{pact.code.lower()}-{slot.starts_at:%Y%m%d-%H%M}" if online else "",
            status=slot.status,
            minutes_status=MinutesStatus.DRAFT if slot.minutes is MinutesStatus.APPROVED else slot.minutes,
            chair_id=self._chair(slot).id,
            secretary_id=self.secretary.id,
        )
        meeting = slot.meeting = meetings.meeting_by_ref(self.session, slot.ref)
        self.open = [action for action in self.open if not action.status.is_closed]
        items = self._agenda(meeting, slot, previous, focus)
        if slot.status is MeetingStatus.HELD:
            self.held.append(slot)
            self._progress_updates(slot)
            self._attendance(meeting, slot, guests)
            self.session.flush()  # the agenda items' ids, for the actions raised under them
            self._actions(slot, items)
        if slot.minutes is not MinutesStatus.DRAFT:
            # Circulated ten days after the meeting: a version, as the window keeps one.
            meeting.minutes_status = MinutesStatus.CIRCULATED
            self._version(meeting, datetime.combine(slot.day + timedelta(days=10), time(17, 0)))
        if slot.status is MeetingStatus.HELD and previous is not None and previous.minutes is MinutesStatus.APPROVED:
            # Approved under this meeting's first item; approval locks them, so it comes after everything else.
            approved = previous.meeting
            assert approved is not None
            approved.minutes_status, approved.minutes_approved_on = MinutesStatus.APPROVED, previous.approved_on
            approved.minutes_approved_at_id = meeting.id
            self._version(approved, slot.starts_at + timedelta(minutes=10))

    def _version(self, meeting: Meeting, when: datetime) -> None:
        self.session.flush()
        version = minutes_versions.record(self.session, meeting)
        version.created_at, version.created_by = when, self.secretary.name

    def _attendance(self, meeting: Meeting, slot: _Slot, guests: str | None) -> None:
        # Rows are added directly: set_attendance looks the meeting and the row up again for every person.
        rng, people = self.rng, self.people
        if slot.kind is MeetingKind.MONITORING:
            seats: Sequence[SeatCode] = SEATS
        else:
            seats = (SeatCode.D, *rng.sample(SEATS[1:], rng.randint(1, 3)))
        rows: list[tuple[_Member, AttendanceStatus, bool]] = []
        for seat in seats:
            status = rng.choices((PRESENT, REMOTE, APOLOGIES, ABSENT), weights=(58, 24, 12, 6))[0]
            rows.append((people.holder(seat, slot.day), status, False))
            if status in (APOLOGIES, ABSENT) and rng.random() < 0.6:
                rows.append((rng.choice(people.staff[seat]), rng.choice((PRESENT, REMOTE)), False))  # a stand-in
        rows.append((self.secretary, PRESENT, False))
        rows.extend(
            (member, rng.choices((PRESENT, REMOTE, APOLOGIES), weights=(75, 20, 5))[0], False)
            for member in self.entity[:2]
        )
        if guests is not None:
            rows.extend((guest, PRESENT, True) for guest in people.guests if guest.acronym == guests)
        elif rng.random() < (0.2 if slot.kind is MeetingKind.MONITORING else 0.7):
            rows.extend(
                (guest, rng.choice((PRESENT, REMOTE)), True) for guest in rng.sample(people.guests, rng.randint(1, 2))
            )
        seen: set[int] = set()
        for who, status, guest in rows:
            if who.id not in seen:
                seen.add(who.id)
                self.session.add(
                    Attendance(
                        meeting_id=meeting.id,
                        person_id=who.id,
                        organisation_id=who.organisation_id,
                        status=status,
                        guest=guest,
                    )
                )

    def _chair(self, slot: _Slot) -> _Member:
        # The Deputy State Secretary chairs the monitoring meetings and IAPMEI the others.
        return self.people.holder(SeatCode.CHAIR if slot.kind is MeetingKind.MONITORING else SeatCode.D, slot.day)

    def _agenda(
        self, meeting: Meeting, slot: _Slot, previous: _Slot | None, focus: Topic | None
    ) -> list[tuple[AgendaItem, Topic]]:
        # Items and decisions are added directly and numbered here: the services query for every one of them.
        rng, held, wording = self.rng, slot.status is MeetingStatus.HELD, self.wording
        topics = rng.sample(wording.topics, rng.randint(4, 7) - 3)
        if focus is not None:
            topics = [focus, *(topic for topic in topics if topic is not focus)][: len(topics)]
        approval, decision = self._approval_minutes(previous)
        chair, arising = self._chair(slot), self._matters_arising(slot.day)
        entries: list[tuple[str, _Member, int, str, tuple[str, ...], Topic | None]] = [
            (wording.approval_item, chair, rng.choice((5, 10)), approval, decision, None),
            (wording.arising_item, self.secretary, rng.choice((10, 15)), arising, (), None),
        ]
        for topic in topics:
            presenter = self.entity[0] if topic.seat == "c" else self.people.holder(SeatCode(topic.seat), slot.day)
            values = self._values(slot.day)
            opener = rng.choice(wording.openers).format(presenter=presenter.name)
            bullets = "\n".join(f"- {point.format(**values)}" for point in rng.sample(topic.points, rng.randint(2, 3)))
            text = f"{opener}\n\n{bullets}\n\n{rng.choice(wording.closers)}"
            said = tuple(one.format(**values) for one in rng.sample(topic.decisions, rng.choice((0, 1, 1, 2))))
            entries.append((topic.title, presenter, rng.choice((15, 20, 30, 45)), text, said, topic))
        other = rng.choice(wording.other_business).format(**self._values(slot.day))
        entries.append((wording.other_business_item, chair, 5, other, (), None))
        items: list[tuple[AgendaItem, Topic]] = []
        for position, (title, presenter, planned, minutes, decided, about) in enumerate(entries, start=1):
            item = AgendaItem(meeting_id=meeting.id, position=position, presenter=presenter.label)
            if position == 1 and previous is not None and previous.meeting is not None:
                item.approves_meeting_id = previous.meeting.id  # recording its decision approves those minutes
            item.title = check.required_text(title, "agenda item's title", "title")
            item.planned_minutes = planned
            # Approval and matters arising are added to every new meeting; the rest of the frame stands.
            item.standing = about is None and position > 2
            item.matters_arising = position == 2
            item.minutes = check.limited_text(minutes, "minutes", "minutes") if held else ""
            if held:
                item.decisions = [Decision(position=n, text=said) for n, said in enumerate(decided, start=1)]
            self.session.add(item)
            if about is not None:
                items.append((item, about))
        return items

    def _approval_minutes(self, previous: _Slot | None) -> tuple[str, tuple[str, ...]]:
        wording = self.wording
        if previous is None:
            return wording.first_minutes, ()
        if previous.minutes is not MinutesStatus.APPROVED:
            return wording.postponed.format(ref=previous.ref), ()
        how = self.rng.choice(wording.approved_how)
        said = wording.approved.format(ref=previous.ref, how=how)
        return said, (wording.approve_decision.format(ref=previous.ref),)

    def _matters_arising(self, day: date) -> str:
        reviewed, wording = self.open, self.wording
        if not reviewed:
            return wording.none_open
        overdue = sum(1 for action in reviewed if action.due < day)
        shown = "\n".join(
            wording.reviewed_line.format(
                ref=action.ref,
                title=action.title,
                owner=action.owner.acronym,
                due=action.due,
                status=wording.action_status[action.status],
            )
            for action in reviewed[:4]
        )
        summary = wording.reviewed[2 if len(reviewed) > 1 else overdue].format(count=len(reviewed), overdue=overdue)
        return f"{summary}\n\n{shown}"

    # -- actions and their follow-up ------------------------------------------------------------------------

    def _actions(self, slot: _Slot, items: Sequence[tuple[AgendaItem, Topic]]) -> None:
        rng = self.rng
        for _ in range(rng.randint(2, 4) if items else 0):
            item, topic = rng.choice(items)
            if topic.seat == "c":
                owner = rng.choice(self.entity)
            else:
                seat = SeatCode(topic.seat)
                owner = rng.choice([self.people.holder(seat, slot.day), *self.people.staff[seat]])
            by_organisation = rng.random() < 0.3
            due = slot.day + timedelta(days=rng.choice((21, 30, 45, 60, 90, 120)))
            title = rng.choice(topic.actions).format(**self._values(slot.day))
            ref = actions.create_action(
                self.db,
                title,
                meeting_ref=slot.ref,
                agenda_item_id=item.id,
                owner_person_id=None if by_organisation else owner.id,
                owner_organisation_id=owner.organisation_id if by_organisation else None,
                due_on=due,
                goal_numbers=[*topic.goals, rng.randint(1, 9)] if rng.random() < 0.3 else topic.goals,
            )
            action = _Tracked(ref, title, due, owner, self._steps(slot.day))
            self.open.append(action)
            self._next_step(action, slot.day)

    def _steps(self, raised: date) -> list[tuple[int, ActionStatus | None]]:
        """What will happen to a new action: most are done within months, some dropped, a few linger for a year."""
        rng = self.rng
        start = (rng.randint(10, 45), ActionStatus.IN_PROGRESS)
        late = (rng.randint(60, 240), rng.choice((ActionStatus.DONE, ActionStatus.DONE, ActionStatus.DROPPED)))
        note = (rng.randint(20, 90), None)
        fate = rng.choices(("done", "dropped", "in progress", "open"), weights=(60, 10, 17, 13))[0]
        if fate in ("in progress", "open") and (self.today - raised).days > 150 and rng.random() < 0.8:
            fate = "done"  # the secretariat chases old actions: few stay open for more than a year
        if fate == "done":
            done = (rng.randint(20, 120), ActionStatus.DONE)
            return [start, done] if rng.random() < 0.6 else [done]
        if fate == "dropped":
            dropped = (rng.randint(30, 150), ActionStatus.DROPPED)
            return [start, dropped] if rng.random() < 0.5 else [dropped]
        if fate == "in progress":
            return [start, note, late] if rng.random() < 0.85 else [start, note]
        return [note, late] if rng.random() < 0.75 else [note]

    def _next_step(self, action: _Tracked, day: date) -> None:
        if action.steps:
            self.serial += 1
            heapq.heappush(self.events, (day + timedelta(days=action.steps[0][0]), self.serial, action))

    def _progress_updates(self, slot: _Slot) -> None:
        """Each step that fell due since the last meeting is reported at this one, as an update of the action."""
        while self.events and self.events[0][0] <= slot.day:
            action = heapq.heappop(self.events)[2]
            _, status = action.steps.pop(0)
            author = action.owner if status is not None or self.rng.random() < 0.7 else self.entity[0]
            text = self.rng.choice(self.wording.updates[status]).format(pct=self.rng.randrange(10, 95, 5))
            actions.add_update(
                self.db, action.ref, text, on=slot.day, meeting_ref=slot.ref, author_id=author.id, status=status
            )
            action.status = status or action.status
            self._next_step(action, slot.day)

    # -- outputs ---------------------------------------------------------------------------------------------

    def _outputs(self) -> None:
        rng, today, wording = self.rng, self.today, self.wording
        count = rng.randint(6, 9) * self.scale
        kinds: list[int] = []
        while len(kinds) < count:
            kinds.extend(rng.sample(range(1, 18), 17))
        monitoring = [slot for slot in self.held if slot.kind is MeetingKind.MONITORING]
        for kind in kinds[:count]:
            status = rng.choices(OUTPUT_STATUSES, weights=(40, 30, 20, 10))[0]
            pool = monitoring if kind == 2 and monitoring else self.held
            linked = sorted(rng.sample(range(len(pool)), min(len(pool), rng.randint(2 if kind == 2 else 0, 3))))
            refs = [pool[index].ref for index in linked]
            if status is OutputStatus.ACHIEVED:
                on = pool[linked[-1]].day if linked else today - timedelta(days=rng.randint(30, 900))
                done = 100
                evidence = wording.evidence_minutes.format(refs=", ".join(refs)) if refs else wording.evidence_report
            elif status is OutputStatus.IN_PROGRESS:
                on, done = today + timedelta(days=rng.randint(30, 240)), rng.randrange(10, 95, 5)
                evidence = wording.evidence_reported_at.format(ref=refs[-1]) if refs else wording.evidence_in_progress
            elif status is OutputStatus.PLANNED:
                on, done, evidence = today + timedelta(days=rng.randint(60, 400)), 0, ""
            else:
                on, done = today - timedelta(days=rng.randint(30, 600)), rng.randrange(0, 45, 5)
                evidence = wording.evidence_dropped
            outputs.create_output(
                self.db,
                self.pact.code,
                kind,
                wording.outputs[kind].format(short=self.pact.short, year=on.year),
                on=on,
                status=status,
                progress=done,
                evidence=evidence,
                goal_numbers=rng.sample(range(1, 10), rng.randint(1, 3)),
                meeting_refs=refs,
            )
