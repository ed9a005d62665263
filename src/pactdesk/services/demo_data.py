"""Names, roles, topics and wordings the demo draws on; data only, so the demo's logic stays readable."""

from __future__ import annotations

from dataclasses import dataclass

from pactdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    OrganisationKind,
    OutputStatus,
    SeatCode,
)

HOLIDAYS = {(1, 1), (4, 25), (5, 1), (6, 10), (8, 15), (10, 5), (11, 1), (12, 1), (12, 8), (12, 24), (12, 25)}
PRESENT, REMOTE, APOLOGIES, ABSENT = tuple(AttendanceStatus)  # present, remote, apologies, absent
KINDS = (MeetingKind.MONITORING, MeetingKind.WORKING_GROUP, MeetingKind.WORKSHOP, MeetingKind.B2B)
DURATION = {MeetingKind.MONITORING: 120, MeetingKind.WORKING_GROUP: 90, MeetingKind.WORKSHOP: 180, MeetingKind.B2B: 60}
OUTPUT_STATUSES = (OutputStatus.ACHIEVED, OutputStatus.IN_PROGRESS, OutputStatus.PLANNED, OutputStatus.DROPPED)
CHANGING_SEATS = (SeatCode.CHAIR, SeatCode.G)  # a new holder half-way through, as after a reshuffle


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = words("""João Inês António Conceição Sérgio Mónica Luís Gonçalo Tânia Margarida José Maria Ana Rui Pedro
Teresa Paula Helena Filipe Joana Sofia Rita Catarina Nuno Tiago Miguel Bárbara Cláudia Fábio Vítor Hélder Patrícia
Raquel Susana André Sónia Lúcia Ângela Júlio Rúben Leonor Inácio Simão Graça Irene Fátima""")
SURNAMES = words("""Simões Gonçalves Fernandes Magalhães Araújo Brandão Guimarães Estêvão Antunes Lopes Martins Sousa
Pereira Carvalho Ribeiro Rodrigues Nogueira Vasconcelos Falcão Marques Monteiro Tavares Rebelo Pinto Correia Mendes
Barros Freitas Louro Caldeira Bastos Quintela Gaspar Patrício Gomes Lourenço Valente Leitão Assunção Teixeira""")
MONTHS = words("January February March April May June July August September October November December")


@dataclass(frozen=True)
class Topic:
    title: str
    seat: str  # who presents it and owns its actions: a seat's code, or "c" for the cluster management entity
    goals: tuple[int, ...]
    points: tuple[str, ...]
    decisions: tuple[str, ...]
    actions: tuple[str, ...]


# fmt: off
# Seat, e-mail domain, and roles: the first is the seat holder's, the others their staff's.
COMMITTEE: tuple[tuple[SeatCode, str, tuple[str, ...]], ...] = (
    (SeatCode.CHAIR, "seae.example", ("Deputy State Secretary for the Economy", "Chief of staff", "Adviser")),
    (SeatCode.A, "sei.example", ("Adviser to the Secretary of State", "Chief of staff", "Technical adviser")),
    (SeatCode.B, "see.example", ("Adviser to the Secretary of State", "Technical adviser", "Chief of staff")),
    (SeatCode.D, "iapmei.example", ("Member of the Board", "Head of the Clusters Unit", "Technician, Clusters Unit")),
    (SeatCode.E, "compete2020.example", ("Member of the Management Board", "Head of Business Support", "Analyst")),
    (SeatCode.F, "ani.example", ("Member of the Board", "Innovation manager", "Project officer")),
    (SeatCode.G, "aicep.example", ("Member of the Board", "Director, Trade Promotion", "Market analyst")),
    (SeatCode.H, "iefp.example", ("Vice-president", "Director, Vocational Training", "Training adviser")),
)
SEATS = tuple(seat for seat, _, _ in COMMITTEE)
ENTITY_ROLES = ("Executive director", "Project manager", "Communication and networking officer")
GUESTS: tuple[tuple[str, str, OrganisationKind, str], ...] = (
    ("University of Porto – Faculty of Engineering", "FEUP", OrganisationKind.ACADEMIA, "fe-up.example"),
    ("University of Aveiro", "UA", OrganisationKind.ACADEMIA, "ua.example"),
    ("University of Minho", "UMinho", OrganisationKind.ACADEMIA, "uminho.example"),
    ("Instituto Superior Técnico", "IST", OrganisationKind.ACADEMIA, "tecnico-ulisboa.example"),
    ("Metalúrgica do Vouga, S.A.", "MVouga", OrganisationKind.COMPANY, "metalvouga.example"),
    ("Têxteis do Cávado, Lda.", "TCávado", OrganisationKind.COMPANY, "texteiscavado.example"),
    ("Moldes da Marinha Grande, S.A.", "MMG", OrganisationKind.COMPANY, "moldesmg.example"),
    ("Agroalimentar do Ribatejo, S.A.", "AgroRib", OrganisationKind.COMPANY, "agroribatejo.example"),
    ("Estaleiros do Sado, Lda.", "ESado", OrganisationKind.COMPANY, "estaleirosdosado.example"),
    ("Bioterapêutica do Mondego, S.A.", "BioMondego", OrganisationKind.COMPANY, "biomondego.example"),
)
GUEST_NAMES = {acronym: name for name, acronym, _, _ in GUESTS}
GUEST_ROLES = {OrganisationKind.ACADEMIA: ("Professor", "Researcher"),
                OrganisationKind.COMPANY: ("CEO", "Head of R&D")}
# Texts may use {short} {year} {next_year} {n} {late} {pct} {money} {month}.
TOPICS = tuple(Topic(*row) for row in (
    ("State of play of the pact's action plan", "c", (1, 2, 9),
     ("{n} of the action plan's measures are complete and {late} are behind schedule",
      "Members of {short} reported investment of about {money} million euros since the last meeting",
      "IAPMEI will consolidate the indicators for the annual report"),
     ("To take note of the state of play of the action plan.",
      "To review the action plan's priorities at the first meeting of {next_year}."),
     ("Send the updated indicators of the action plan to the secretariat",
      "Prepare a one-page summary of the action plan's results for {year}")),
    ("Funding: COMPETE 2020 calls and the transition to Portugal 2030", "e", (2, 8),
     ("{n} projects of {short} companies were approved in the last call",
      "The collective efficiency call opens in {month}", "About {pct} % of the approved budget has been executed"),
     ("To ask COMPETE 2020 for a briefing session for the cluster's companies.",
      "To include the cluster's priorities in the Portugal 2030 consultation."),
     ("Organise an information session on the Portugal 2030 calls for {short}",
      "Send the list of projects awaiting a decision to COMPETE 2020")),
    ("Internationalization agenda and trade missions", "g", (3,),
     ("AICEP presented the trade missions planned for {year}",
      "{n} companies of {short} took part in international fairs this year",
      "Exports of the sector grew about {pct} % on the previous year"),
     ("To plan a joint trade mission with AICEP in {month}.", "To feature {short} in AICEP's sector brochure."),
     ("Propose target markets for the {next_year} trade missions",
      "Share the calendar of international fairs with the cluster's members")),
    ("Training needs, apprenticeships and IEFP programmes", "h", (5,),
     ("The cluster identified shortages in {n} technical profiles",
      "IEFP presented the apprenticeships open in {month}", "Companies reported difficulty attracting young engineers"),
     ("To set up a training plan with IEFP for the profiles in short supply.",
      "To promote the sector's careers in vocational schools."),
     ("Map the skills in short supply in the cluster's companies",
      "Agree with IEFP a calendar of short courses for {next_year}")),
    ("R&D and innovation: mobilising agendas and ANI instruments", "f", (8, 1),
     ("{n} R&D projects involve universities and companies of {short}",
      "The tax incentive for R&D (SIFIDE) is under-used by small companies",
      "The mobilising agenda has executed about {pct} % of its budget"),
     ("To hold a clinic on SIFIDE for the cluster's small companies.",
      "To report on the mobilising agenda every semester."),
     ("Identify companies that could apply to SIFIDE for the first time",
      "Send ANI the list of R&D consortia being formed")),
    ("Energy transition and decarbonisation roadmap", "c", (6,),
     ("The cluster presented its decarbonisation roadmap to {next_year}",
      "Energy costs rose about {pct} % for the cluster's industry",
      "Members asked for clearer rules on self-consumption of renewable energy"),
     ("To endorse the decarbonisation roadmap presented by the cluster.",
      "To raise the self-consumption rules with the Secretary of State."),
     ("Collect the companies' energy-consumption data for the roadmap",
      "Prepare a note on the rules for self-consumption of renewable energy")),
    ("Circular economy in production: pilot projects", "c", (7, 6),
     ("{n} pilot projects on by-products and recycling are under way",
      "A pilot of {short} cut production waste by about {pct} %",
      "Members pointed to the cost of licensing waste as a by-product"),
     ("To share the results of the pilots with the other clusters.",
      "To ask for a simpler procedure for classifying by-products."),
     ("Write up the results of the circular-economy pilots",
      "Propose a simpler procedure for classifying industrial by-products")),
    ("Prospective study on trends in the value chain", "c", (4,),
     ("{n} companies of {short} were interviewed", "Digitalisation and new materials are the main trends identified",
      "The final report is expected in {month}"),
     ("To approve the terms of reference of the study.", "To discuss the study's conclusions in a workshop."),
     ("Circulate the draft of the prospective study to the members",
      "Organise a workshop to discuss the study's conclusions")),
    ("Clusters National Conference: preparation", "d", (9, 3),
     ("IAPMEI presented the programme of the Clusters National Conference",
      "{short} will lead a breakout session and a clinic", "About {n}00 participants are expected in {month}"),
     ("To confirm the cluster's breakout session at the national conference.",
      "To invite the cluster's companies to the conference's clinics."),
     ("Propose speakers for the breakout session of {short}",
      "Send the cluster's success stories for the conference's exhibition")),
    ("European initiatives: Expert Group on Clusters and Enterprise Europe Network", "d", (3, 9),
     ("{short} joined the European Expert Group's subgroup on the green transition",
      "{n} partnership requests from European companies match the cluster's members",
      "Members asked for help with the Euroclusters call"),
     ("To nominate a representative of the cluster for the expert group's subgroup.",
      "To co-organise a brokerage event with the Enterprise Europe Network."),
     ("Nominate the cluster's representative in the European subgroup",
      "Circulate the Enterprise Europe Network's opportunities to the members")),
    ("Regulatory constraints and context costs", "b", (9,),
     ("The cluster listed {n} regulatory constraints that raise costs",
      "Licensing of industrial sites takes on average {money} months",
      "Members asked for a single contact point in the public administration"),
     ("To send the list of regulatory constraints to the ministries concerned.",
      "To follow the simplification measures at every meeting."),
     ("Send the list of regulatory constraints to the Cabinet",
      "Report on the simplification measures adopted since the last meeting")),
    ("Digital Innovation Hubs and the digital transition", "f", (1, 8),
     ("The Digital Innovation Hub presented its services to {short}",
      "{n} companies asked for a digital maturity assessment",
      "About {pct} % of the cluster's small companies have no digitalisation plan"),
     ("To promote the digital maturity assessment among the members.",
      "To hold a workshop with the Digital Innovation Hub."),
     ("Promote the digital maturity assessment among the cluster's companies",
      "Agree the workshop's programme with the Digital Innovation Hub")),
))
# Workshops and info-days, with the start of the title of the topic they are about.
WORKSHOPS = (("Workshop on Digital Innovation Hubs", "Digital"), ("Info-day on the Portugal 2030 calls", "Funding"),
              ("Workshop on the circular economy in production", "Circular"),
              ("Workshop on skills and talent", "Training"))
LOCATIONS = ("IAPMEI, Lisbon", "IAPMEI, Porto", "Ministry of Economy, Lisbon", "Premises of the cluster", "Online")
OPENERS = ("{presenter} presented the item.", "{presenter} introduced the item and answered the members' questions.",
            "The item was presented by {presenter}, who noted that:")
CLOSERS = ("The committee took note.", "Members agreed to follow the matter at the next meeting.",
            "The chair thanked the presenter; no objections were raised.")
OTHER_BUSINESS = ("No other business was raised.", "{org} announced its next information session for companies.",
                   "The secretariat reminded members of the date of the next meeting.")
UPDATES: dict[ActionStatus | None, tuple[str, ...]] = {
    ActionStatus.IN_PROGRESS: ("Work has started; a first draft was shared with the secretariat.",
                               "A first meeting took place with the partners involved.",
                               "Terms of reference agreed; work under way."),
    None: ("Progress reported: about {pct} % complete.",
           "Waiting for input from the partners; the due date is at risk.",
           "No progress reported at this meeting; the owner will report at the next one."),
    ActionStatus.DONE: ("Completed; the result was circulated to the members.",
                        "Done: the result was presented at this meeting and accepted.",
                        "Closed: the committee considered the action completed."),
    ActionStatus.DROPPED: ("Dropped: overtaken by the new Portugal 2030 calls.",
                           "Dropped by agreement; the matter will be followed in the working group.",
                           "Dropped: no longer relevant after the change in the regulation."),
}
# Titles of outputs, by output type (1–17).
OUTPUTS = {
    1: "Regular contacts between {short} and the committee's members in {year}",
    2: "Monitoring Committee meetings with {short} in {year}",
    3: "Survey of the needs of {short} companies: funding and recovery ({year})",
    4: "IAPMEI facilitation: meetings of {short} with public and private entities ({year})",
    5: "{short} at the Clusters National Conference {year}: breakout session and clinic",
    6: "Solutions for {short}: training, internationalization and national calls ({year})",
    7: "Networking days between {short} and other clusters ({year})",
    8: "Study of solutions for the value chain of {short} ({year})",
    9: "Working group of government, {short} and public and private representatives ({year})",
    10: "Mapping of the constraints of {short} during the COVID-19 pandemic",
    11: "Strategy of {short} to overcome the COVID-19 constraints",
    12: "Good-practice session: {short} and the other clusters ({year})",
    13: "Resilience plan for the supply chains of {short} ({year})",
    14: "Participation of {short} in the European Expert Group on Clusters ({year})",
    15: "Enterprise Europe Network clinic for {short} companies ({year})",
    16: "IAPMEI mailings to the management entity of {short} ({year})",
    17: "Campaign on the contribution of {short} to the economy and value chains ({year})",
}
# fmt: on
