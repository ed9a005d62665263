"""Names, roles, topics and wordings the demo draws on, in English and in Portuguese; data only, so the demo's logic
stays readable.

Each Portuguese table has the shape of its English one (as many choices, in the same places), so the demo in either
language is drawn from the same random numbers: the same meetings, people and actions, in other words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pactdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    OrganisationKind,
    OutputStatus,
    SeatCode,
)
from pactdesk.services.planning import APPROVAL_TITLES, MATTERS_ARISING_TITLES

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
GUEST_ROLES = {OrganisationKind.ACADEMIA: ("Professor", "Researcher"),
                OrganisationKind.COMPANY: ("CEO", "Head of R&D")}
# Texts may use {short} {year} {next_year} {n} {late} {pct} {money} {month} {org} {of_org}.
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

# -- the demo in Portuguese ----------------------------------------------------------------------------------------

# A Portuguese role is written "masculine|feminine" where it differs, and takes the form of the person's first name.
FEMININE = frozenset(
    words("""Inês Conceição Mónica Tânia Margarida Maria Ana Teresa Paula Helena Joana Sofia Rita
Catarina Bárbara Cláudia Patrícia Raquel Susana Sónia Lúcia Ângela Leonor Graça Irene Fátima""")
)


def gendered(role: str, name: str) -> str:
    """``role`` in the form that fits ``name`` (``Diretor|Diretora``: the second for a woman's first name)."""
    masculine, _, feminine = role.partition("|")
    return feminine if feminine and name.split()[0] in FEMININE else masculine


# fmt: off
MONTHS_PT = words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro")
ROLES_PT: dict[SeatCode, tuple[str, ...]] = {
    SeatCode.CHAIR: ("Secretário de Estado Adjunto e da Economia|Secretária de Estado Adjunta e da Economia",
                     "Chefe do Gabinete", "Adjunto|Adjunta"),
    SeatCode.A: ("Adjunto do Secretário de Estado|Adjunta do Secretário de Estado", "Chefe do Gabinete",
                 "Técnico especialista|Técnica especialista"),
    SeatCode.B: ("Adjunto do Secretário de Estado|Adjunta do Secretário de Estado",
                 "Técnico especialista|Técnica especialista", "Chefe do Gabinete"),
    SeatCode.D: ("Vogal do Conselho Diretivo", "Diretor da Unidade de Clusters|Diretora da Unidade de Clusters",
                 "Técnico superior, Unidade de Clusters|Técnica superior, Unidade de Clusters"),
    SeatCode.E: ("Vogal da Comissão Diretiva", "Coordenador do Apoio às Empresas|Coordenadora do Apoio às Empresas",
                 "Analista"),
    SeatCode.F: ("Vogal do Conselho de Administração", "Gestor de inovação|Gestora de inovação",
                 "Técnico de projeto|Técnica de projeto"),
    SeatCode.G: ("Vogal do Conselho de Administração",
                 "Diretor de Promoção Comercial|Diretora de Promoção Comercial", "Analista de mercados"),
    SeatCode.H: ("Vice-presidente do Conselho Diretivo",
                 "Diretor de Formação Profissional|Diretora de Formação Profissional",
                 "Técnico de formação|Técnica de formação"),
}
ENTITY_ROLES_PT = ("Diretor executivo|Diretora executiva", "Gestor de projeto|Gestora de projeto",
                   "Responsável pela comunicação e dinamização da rede")
GUESTS_PT: tuple[tuple[str, str, OrganisationKind, str], ...] = (
    ("Universidade do Porto – Faculdade de Engenharia", "FEUP", OrganisationKind.ACADEMIA, "fe-up.example"),
    ("Universidade de Aveiro", "UA", OrganisationKind.ACADEMIA, "ua.example"),
    ("Universidade do Minho", "UMinho", OrganisationKind.ACADEMIA, "uminho.example"),
    *GUESTS[3:],  # Portuguese names already
)
GUEST_ROLES_PT = {
    OrganisationKind.ACADEMIA: ("Professor|Professora", "Investigador|Investigadora"),
    OrganisationKind.COMPANY: ("Presidente executivo|Presidente executiva", "Diretor de I&D|Diretora de I&D"),
}
# Each topic's title, points, decisions and actions, in the order of TOPICS; who presents it and its goals are theirs.
_TOPICS_PT = (
    ("Ponto de situação do plano de ação do pacto",
     ("Medidas do plano de ação: {n} concluídas e {late} com atraso",
      "Os associados do {short} reportaram investimentos de cerca de {money} milhões de euros desde a última reunião",
      "O IAPMEI consolidará os indicadores para o relatório anual"),
     ("Tomar conhecimento do ponto de situação do plano de ação.",
      "Rever as prioridades do plano de ação na primeira reunião de {next_year}."),
     ("Enviar ao secretariado os indicadores atualizados do plano de ação",
      "Preparar um resumo, numa página, dos resultados do plano de ação em {year}")),
    ("Financiamento: avisos do COMPETE 2020 e transição para o Portugal 2030",
     ("Foram aprovados {n} projetos de empresas do {short} no último aviso",
      "O aviso de eficiência coletiva abre em {month}", "Cerca de {pct} % do orçamento aprovado está executado"),
     ("Pedir ao COMPETE 2020 uma sessão de esclarecimento para as empresas do cluster.",
      "Incluir as prioridades do cluster na consulta sobre o Portugal 2030."),
     ("Organizar uma sessão de informação sobre os avisos do Portugal 2030 para o {short}",
      "Enviar ao COMPETE 2020 a lista dos projetos que aguardam decisão")),
    ("Agenda de internacionalização e missões empresariais",
     ("A AICEP apresentou as missões empresariais previstas para {year}",
      "{n} empresas do {short} participaram em feiras internacionais este ano",
      "As exportações do setor cresceram cerca de {pct} % face ao ano anterior"),
     ("Planear com a AICEP uma missão empresarial conjunta em {month}.",
      "Incluir o {short} na brochura setorial da AICEP."),
     ("Propor mercados-alvo para as missões empresariais de {next_year}",
      "Partilhar com os associados do cluster o calendário das feiras internacionais")),
    ("Necessidades de formação, aprendizagem e programas do IEFP",
     ("O cluster identificou carências em {n} perfis técnicos",
      "O IEFP apresentou os cursos de aprendizagem com início em {month}",
      "As empresas referiram dificuldade em atrair jovens engenheiros"),
     ("Definir com o IEFP um plano de formação para os perfis em falta.",
      "Promover as carreiras do setor nas escolas profissionais."),
     ("Mapear as competências em falta nas empresas do cluster",
      "Acordar com o IEFP um calendário de formações de curta duração para {next_year}")),
    ("I&D e inovação: agendas mobilizadoras e instrumentos da ANI",
     ("{n} projetos de I&D envolvem universidades e empresas do {short}",
      "O incentivo fiscal à I&D (SIFIDE) é pouco utilizado pelas pequenas empresas",
      "A agenda mobilizadora executou cerca de {pct} % do seu orçamento"),
     ("Realizar uma sessão de esclarecimento sobre o SIFIDE para as pequenas empresas do cluster.",
      "Reportar semestralmente a execução da agenda mobilizadora."),
     ("Identificar empresas que possam candidatar-se ao SIFIDE pela primeira vez",
      "Enviar à ANI a lista dos consórcios de I&D em formação")),
    ("Transição energética e roteiro de descarbonização",
     ("O cluster apresentou o seu roteiro de descarbonização até {next_year}",
      "Os custos energéticos da indústria do cluster subiram cerca de {pct} %",
      "Os associados pediram regras mais claras para o autoconsumo de energia renovável"),
     ("Subscrever o roteiro de descarbonização apresentado pelo cluster.",
      "Colocar a questão das regras do autoconsumo ao Secretário de Estado."),
     ("Recolher os dados de consumo energético das empresas para o roteiro",
      "Preparar uma nota sobre as regras do autoconsumo de energia renovável")),
    ("Economia circular na produção: projetos-piloto",
     ("Estão em curso {n} projetos-piloto sobre subprodutos e reciclagem",
      "Um projeto-piloto do {short} reduziu os resíduos de produção em cerca de {pct} %",
      "Os associados apontaram o custo de licenciar resíduos como subprodutos"),
     ("Partilhar os resultados dos projetos-piloto com os outros clusters.",
      "Pedir um procedimento mais simples para a classificação de subprodutos."),
     ("Redigir os resultados dos projetos-piloto de economia circular",
      "Propor um procedimento mais simples para a classificação de subprodutos industriais")),
    ("Estudo prospetivo sobre as tendências da cadeia de valor",
     ("Foram entrevistadas {n} empresas do {short}",
      "A digitalização e os novos materiais são as principais tendências identificadas",
      "O relatório final é esperado em {month}"),
     ("Aprovar os termos de referência do estudo.", "Discutir as conclusões do estudo num workshop."),
     ("Enviar aos membros o projeto de estudo prospetivo",
      "Organizar um workshop para discutir as conclusões do estudo")),
    ("Conferência Nacional dos Clusters: preparação",
     ("O IAPMEI apresentou o programa da Conferência Nacional dos Clusters",
      "O {short} dinamizará uma sessão paralela e uma sessão de esclarecimento",
      "Esperam-se cerca de {n}00 participantes em {month}"),
     ("Confirmar a sessão paralela do cluster na conferência nacional.",
      "Convidar as empresas do cluster para as sessões de esclarecimento da conferência."),
     ("Propor oradores para a sessão paralela do {short}",
      "Enviar os casos de sucesso do cluster para a exposição da conferência")),
    ("Iniciativas europeias: Grupo Europeu de Peritos em Clusters e rede Enterprise Europe Network",
     ("O {short} aderiu ao subgrupo do Grupo Europeu de Peritos dedicado à transição verde",
      "{n} pedidos de parceria de empresas europeias correspondem a associados do cluster",
      "Os associados pediram apoio para o aviso Euroclusters"),
     ("Indicar um representante do cluster para o subgrupo do grupo de peritos.",
      "Coorganizar um encontro de cooperação empresarial com a rede Enterprise Europe Network."),
     ("Indicar o representante do cluster no subgrupo europeu",
      "Divulgar aos associados as oportunidades da rede Enterprise Europe Network")),
    ("Constrangimentos regulamentares e custos de contexto",
     ("O cluster identificou {n} constrangimentos regulamentares que aumentam os custos",
      "O licenciamento de instalações industriais demora em média {money} meses",
      "Os associados pediram um ponto de contacto único na Administração Pública"),
     ("Enviar a lista dos constrangimentos regulamentares aos ministérios competentes.",
      "Acompanhar as medidas de simplificação em todas as reuniões."),
     ("Enviar ao Gabinete a lista dos constrangimentos regulamentares",
      "Reportar as medidas de simplificação adotadas desde a última reunião")),
    ("Polos de Inovação Digital e transição digital",
     ("O Polo de Inovação Digital apresentou os seus serviços ao {short}",
      "{n} empresas pediram uma avaliação da sua maturidade digital",
      "Cerca de {pct} % das pequenas empresas do cluster não têm plano de digitalização"),
     ("Promover a avaliação da maturidade digital junto dos associados.",
      "Realizar um workshop com o Polo de Inovação Digital."),
     ("Promover a avaliação da maturidade digital junto das empresas do cluster",
      "Acordar o programa do workshop com o Polo de Inovação Digital")),
)
TOPICS_PT = tuple(
    Topic(title, topic.seat, topic.goals, points, decisions, actions)
    for topic, (title, points, decisions, actions) in zip(TOPICS, _TOPICS_PT, strict=True)
)
WORKSHOPS_PT = (("Workshop sobre Polos de Inovação Digital", "Polos"),
                ("Sessão de informação sobre os avisos do Portugal 2030", "Financiamento"),
                ("Workshop sobre economia circular na produção", "Economia circular"),
                ("Workshop sobre competências e talento", "Necessidades de formação"))
LOCATIONS_PT = ("IAPMEI, Lisboa", "IAPMEI, Porto", "Ministério da Economia, Lisboa", "Instalações do cluster", "Online")
OPENERS_PT = ("{presenter} apresentou o ponto.",
              "{presenter} introduziu o ponto e respondeu às questões dos membros.",
              "O ponto foi apresentado por {presenter}, que referiu que:")
CLOSERS_PT = ("A Comissão tomou conhecimento.", "Os membros acordaram acompanhar o assunto na próxima reunião.",
              "A presidência agradeceu a apresentação; não foram levantadas objeções.")
OTHER_BUSINESS_PT = ("Não foram tratados outros assuntos.",
                     "A representação {of_org} anunciou a próxima sessão de informação para empresas.",
                     "O secretariado lembrou aos membros a data da próxima reunião.")
UPDATES_PT: dict[ActionStatus | None, tuple[str, ...]] = {
    ActionStatus.IN_PROGRESS: ("Trabalho iniciado; foi partilhada uma primeira versão com o secretariado.",
                               "Realizou-se uma primeira reunião com os parceiros envolvidos.",
                               "Termos de referência acordados; trabalho em curso."),
    None: ("Ponto de situação: cerca de {pct} % concluído.",
           "A aguardar contributos dos parceiros; o prazo está em risco.",
           "Sem progressos a reportar nesta reunião; o responsável fará o ponto de situação na próxima."),
    ActionStatus.DONE: ("Concluída; o resultado foi enviado aos membros.",
                        "Concluída: o resultado foi apresentado nesta reunião e aceite.",
                        "Encerrada: a Comissão considerou a ação concluída."),
    ActionStatus.DROPPED: ("Abandonada: ultrapassada pelos novos avisos do Portugal 2030.",
                           "Abandonada por acordo; o assunto será acompanhado no grupo de trabalho.",
                           "Abandonada: deixou de ser relevante com a alteração do regulamento."),
}
OUTPUTS_PT = {
    1: "Contactos regulares entre o {short} e os membros da Comissão em {year}",
    2: "Reuniões da Comissão de Acompanhamento com o {short} em {year}",
    3: "Levantamento das necessidades das empresas do {short}: financiamento e recuperação ({year})",
    4: "Facilitação pelo IAPMEI: reuniões do {short} com entidades públicas e privadas ({year})",
    5: "O {short} na Conferência Nacional dos Clusters {year}: sessão paralela e sessão de esclarecimento",
    6: "Soluções para o {short}: formação, internacionalização e avisos nacionais ({year})",
    7: "Encontros de cooperação entre o {short} e outros clusters ({year})",
    8: "Estudo de soluções para a cadeia de valor do {short} ({year})",
    9: "Grupo de trabalho do Governo, do {short} e de representantes públicos e privados ({year})",
    10: "Levantamento dos constrangimentos do {short} durante a pandemia de COVID-19",
    11: "Estratégia do {short} para ultrapassar os constrangimentos da pandemia de COVID-19",
    12: "Sessão de boas práticas: o {short} e os outros clusters ({year})",
    13: "Plano de resiliência das cadeias de abastecimento do {short} ({year})",
    14: "Participação do {short} no Grupo Europeu de Peritos em Clusters ({year})",
    15: "Sessão de esclarecimento da rede Enterprise Europe Network para as empresas do {short} ({year})",
    16: "Comunicações do IAPMEI à entidade gestora do {short} ({year})",
    17: "Campanha sobre o contributo do {short} para a economia e as cadeias de valor ({year})",
}
# fmt: on


@dataclass(frozen=True)
class Wording:
    """Everything the demo writes, in one language. Sentences may use the fields named in their comments."""

    language: str
    cluster_name: str  # the attribute of Cluster the demo names a pact by: name or name_pt
    months: tuple[str, ...]
    committee_roles: Mapping[SeatCode, tuple[str, ...]]
    entity_roles: tuple[str, ...]
    guests: tuple[tuple[str, str, OrganisationKind, str], ...]
    guest_roles: Mapping[OrganisationKind, tuple[str, ...]]
    topics: tuple[Topic, ...]
    workshops: tuple[tuple[str, str], ...]
    locations: tuple[str, ...]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    other_business: tuple[str, ...]
    updates: Mapping[ActionStatus | None, tuple[str, ...]]
    outputs: Mapping[int, str]
    of_organisation: Mapping[str, str]  # "of IAPMEI" for the texts' {of_org}: in Portuguese with the right article
    monitoring_title: str  # {short}
    working_group_title: str  # {short} {topic}
    workshop_title: str  # {name} {short}
    b2b_title: str  # {short} {guest}
    approval_item: str
    arising_item: str
    other_business_item: str
    first_minutes: str
    postponed: str  # {ref}
    approved_how: tuple[str, str, str]
    approved: str  # {ref} {how}
    approve_decision: str  # {ref}
    none_open: str
    reviewed: tuple[str, str, str]  # one open action on time, one overdue, several: {count} {overdue}
    reviewed_line: str  # {ref} {title} {owner} {due} {status}
    action_status: Mapping[ActionStatus, str]
    evidence_minutes: str  # {refs}
    evidence_report: str
    evidence_reported_at: str  # {ref}
    evidence_in_progress: str
    evidence_dropped: str

    def guest_names(self) -> dict[str, str]:
        return {acronym: name for name, acronym, _, _ in self.guests}


ENGLISH = Wording(
    language="en",
    cluster_name="name",
    months=MONTHS,
    committee_roles={seat: roles for seat, _, roles in COMMITTEE},
    entity_roles=ENTITY_ROLES,
    guests=GUESTS,
    guest_roles=GUEST_ROLES,
    topics=TOPICS,
    workshops=WORKSHOPS,
    locations=LOCATIONS,
    openers=OPENERS,
    closers=CLOSERS,
    other_business=OTHER_BUSINESS,
    updates=UPDATES,
    outputs=OUTPUTS,
    of_organisation={},
    monitoring_title="Monitoring Committee meeting with {short}",
    working_group_title="Working group of {short}: {topic}",
    workshop_title="{name} – {short}",
    b2b_title="B2B meeting: {short} and {guest}",
    approval_item=APPROVAL_TITLES["en"],
    arising_item=MATTERS_ARISING_TITLES["en"],
    other_business_item="Any other business",
    first_minutes="This was the first meeting of the series; there were no previous minutes to approve.",
    postponed="The minutes of {ref} were circulated; their approval was postponed.",
    approved_how=("without changes", "with minor corrections proposed by IAPMEI", "with one correction"),
    approved="The minutes of {ref} had been circulated and were approved {how}.",
    approve_decision="To approve the minutes of {ref}.",
    none_open="There were no open actions to review.",
    reviewed=(
        "The secretariat reviewed the {count} open actions, {overdue} of them overdue.",
        "The secretariat reviewed the {count} open actions, {overdue} of them overdue.",
        "The secretariat reviewed the {count} open actions, {overdue} of them overdue.",
    ),
    reviewed_line="- {ref}: {title} ({owner}, due {due:%d/%m/%Y}, {status})",
    action_status={status: status.value for status in ActionStatus},
    evidence_minutes="Minutes of {refs}.",
    evidence_report="Report circulated to the members.",
    evidence_reported_at="Last reported at {ref}.",
    evidence_in_progress="Work in progress; reported by e-mail.",
    evidence_dropped="Dropped by the committee: superseded by another initiative.",
)
PORTUGUESE = Wording(
    language="pt",
    cluster_name="name_pt",
    months=MONTHS_PT,
    committee_roles=ROLES_PT,
    entity_roles=ENTITY_ROLES_PT,
    guests=GUESTS_PT,
    guest_roles=GUEST_ROLES_PT,
    topics=TOPICS_PT,
    workshops=WORKSHOPS_PT,
    locations=LOCATIONS_PT,
    openers=OPENERS_PT,
    closers=CLOSERS_PT,
    other_business=OTHER_BUSINESS_PT,
    updates=UPDATES_PT,
    outputs=OUTPUTS_PT,
    of_organisation={
        "IAPMEI": "do IAPMEI",
        "AICEP": "da AICEP",
        "ANI": "da ANI",
        "IEFP": "do IEFP",
        "COMPETE 2020": "do COMPETE 2020",
    },
    monitoring_title="Reunião da Comissão de Acompanhamento com o {short}",
    working_group_title="Grupo de trabalho do {short}: {topic}",
    workshop_title="{name} – {short}",
    b2b_title="Reunião B2B: {short} e {guest}",
    approval_item=APPROVAL_TITLES["pt"],
    arising_item=MATTERS_ARISING_TITLES["pt"],
    other_business_item="Outros assuntos",
    first_minutes="Sendo esta a primeira reunião da série, não havia ata anterior a aprovar.",
    postponed="A ata da reunião {ref} foi enviada aos membros; a sua aprovação foi adiada.",
    approved_how=("sem alterações", "com pequenas correções propostas pelo IAPMEI", "com uma correção"),
    approved="A ata da reunião {ref}, previamente enviada aos membros, foi aprovada {how}.",
    approve_decision="Aprovar a ata da reunião {ref}.",
    none_open="Não havia ações em aberto a rever.",
    reviewed=(
        "O secretariado reviu a única ação em aberto, que está dentro do prazo.",
        "O secretariado reviu a única ação em aberto, que está em atraso.",
        "O secretariado reviu as {count} ações em aberto, {overdue} das quais em atraso.",
    ),
    reviewed_line="- {ref}: {title} ({owner}, prazo {due:%d/%m/%Y}, {status})",
    action_status={status: status.label_in("pt").lower() for status in ActionStatus},
    evidence_minutes="Registado em ata: {refs}.",
    evidence_report="Relatório enviado aos membros.",
    evidence_reported_at="Último ponto de situação na reunião {ref}.",
    evidence_in_progress="Trabalho em curso; pontos de situação enviados por correio eletrónico.",
    evidence_dropped="Abandonado pela Comissão: substituído por outra iniciativa.",
)
WORDING = {"en": ENGLISH, "pt": PORTUGUESE}
