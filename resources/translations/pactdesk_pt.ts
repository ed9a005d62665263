<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="42"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="42"/>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="45"/>
        <source>What is to be done</source>
        <translation>O que há a fazer</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="49"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="50"/>
        <source>(no owner yet)</source>
        <translation>(ainda sem responsável)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="56"/>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="57"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="58"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="67"/>
        <source>Goal {0}: {1}</source>
        <translation>Objetivo {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="91"/>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="92"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="93"/>
        <source>&amp;Due:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="94"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/action_form.py" line="95"/>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_model.py" line="44"/>
        <source> · {0} min</source>
        <translation> · {0} min</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="58"/>
        <source>Agenda items</source>
        <translation>Pontos da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="65"/>
        <source>&amp;Add item</source>
        <translation>Adicionar po&amp;nto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="67"/>
        <source>Remove item</source>
        <translation>Remover ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="69"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="71"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="85"/>
        <source>Item title</source>
        <translation>Título do ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="87"/>
        <source>Presenter</source>
        <translation>Apresentado por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="90"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="91"/>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="92"/>
        <source>Standing item (carried to the next meeting)</source>
        <translation>Ponto permanente (transita para a reunião seguinte)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="96"/>
        <source>Minutes of this item</source>
        <translation>Ata deste ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="97"/>
        <source>The minutes of this item. Start a line with “- ” for a bullet.</source>
        <translation>A ata deste ponto. Comece uma linha com “- ” para criar um marcador.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="107"/>
        <source>Open actions of the cluster</source>
        <translation>Ações em aberto do cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="109"/>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="128"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="109"/>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="128"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="109"/>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="128"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="109"/>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="128"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="109"/>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="128"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="111"/>
        <source>Open actions of the cluster, raised at earlier meetings:</source>
        <translation>Ações em aberto do cluster, decorrentes de reuniões anteriores:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="114"/>
        <source>Decisions</source>
        <translation>Deliberações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="118"/>
        <source>Add &amp;decision…</source>
        <translation>Adicionar de&amp;liberação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="120"/>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="137"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="122"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="126"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="135"/>
        <source>Add a&amp;ction…</source>
        <translation>Ad&amp;icionar ação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="139"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="144"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="145"/>
        <source>&amp;Presenter:</source>
        <translation>Ap&amp;resentado por:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="146"/>
        <source>P&amp;lanned:</source>
        <translation>Te&amp;mpo previsto:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="150"/>
        <source>&amp;Minutes:</source>
        <translation>A&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="152"/>
        <source>Decisions:</source>
        <translation>Deliberações:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="158"/>
        <source>Actions:</source>
        <translation>Ações:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="203"/>
        <source> — over by {0} min</source>
        <translation> — excede em {0} min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="204"/>
        <source>Planned {0} of {1} min{2}</source>
        <translation>Previstos {0} de {1} min{2}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="206"/>
        <source>Planned {0} min</source>
        <translation>Previstos {0} min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="277"/>
        <source>{0} ⚠ overdue</source>
        <translation>{0} ⚠ em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="298"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="299"/>
        <source>presenter</source>
        <translation>apresentador</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="300"/>
        <source>planned minutes</source>
        <translation>minutos previstos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="301"/>
        <source>standing</source>
        <translation>ponto permanente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="303"/>
        <source>Change {0} of item {1}</source>
        <translation>alteração de {0} do ponto {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="333"/>
        <source>Type minutes of item {0}</source>
        <translation>redação da ata do ponto {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="352"/>
        <source>New item</source>
        <translation>Novo ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="357"/>
        <source>Add agenda item</source>
        <translation>adição de ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="374"/>
        <source>Remove agenda item “{0}”</source>
        <translation>remoção do ponto da ordem de trabalhos «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="387"/>
        <source>Move agenda item</source>
        <translation>mudança de posição de ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="397"/>
        <source>Decision:</source>
        <translation>Deliberação:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="404"/>
        <source>Add a decision</source>
        <translation>Adicionar uma deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="418"/>
        <source>Add decision</source>
        <translation>adição de deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="429"/>
        <source>Edit the decision</source>
        <translation>Editar a deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="436"/>
        <source>Edit decision</source>
        <translation>edição de deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="450"/>
        <source>Remove decision</source>
        <translation>remoção de deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="488"/>
        <source>Add action</source>
        <translation>adição de ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="516"/>
        <source>Edit action</source>
        <translation>edição de ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/agenda_section.py" line="530"/>
        <source>Delete action</source>
        <translation>eliminação de ação</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="60"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="60"/>
        <source>Representing</source>
        <translation>Em representação de</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="60"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="60"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="68"/>
        <source>— not recorded —</source>
        <translation>— não registada —</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="108"/>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="119"/>
        <source>&amp;Present</source>
        <translation>P&amp;resente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="120"/>
        <source>&amp;Remote</source>
        <translation>Re&amp;moto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="121"/>
        <source>A&amp;pologies</source>
        <translation>&amp;Justificou a ausência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="122"/>
        <source>A&amp;bsent</source>
        <translation>A&amp;usente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="125"/>
        <source>Mark the selected people {0}</source>
        <translation>Marcar as pessoas selecionadas como «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="131"/>
        <source>Add &amp;guest…</source>
        <translation>Adicionar &amp;convidado…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="133"/>
        <source>Re&amp;presenting…</source>
        <translation>Em repre&amp;sentação de…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="134"/>
        <source>Choose the organisation the selected person represents</source>
        <translation>Escolher a organização que a pessoa selecionada representa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="136"/>
        <source>Remove from list</source>
        <translation>Remover da lista</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="154"/>
        <source>✔ Every member organisation of the committee is represented.</source>
        <translation>✔ Todas as organizações que integram a Comissão estão representadas.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="156"/>
        <source>Not represented: {0}</source>
        <translation>Sem representação: {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="173"/>
        <source>Mark {0} people {1}</source>
        <translation>marcação de {0} pessoas como «{1}»</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="194"/>
        <source>Representing</source>
        <translation>Em representação de</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="194"/>
        <source>{0} represents:</source>
        <translation>{0} representa:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="203"/>
        <source>{0} represents {1}</source>
        <translation>{0} em representação de {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="224"/>
        <source>Add guest {0}</source>
        <translation>adição do convidado {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="240"/>
        <source>Remove {0} people from the list</source>
        <translation>remoção de {0} pessoas da lista</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="48"/>
        <source>The cluster&apos;s code</source>
        <translation>Código do cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="49"/>
        <source>The cluster</source>
        <translation>O cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="50"/>
        <source>Signed a pact</source>
        <translation>Assinou um pacto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="51"/>
        <source>Meetings recorded</source>
        <translation>Reuniões registadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="52"/>
        <source>Actions still open</source>
        <translation>Ações ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="53"/>
        <source>Open actions past their due date</source>
        <translation>Ações em aberto com o prazo ultrapassado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="58"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="59"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="60"/>
        <source>Pact</source>
        <translation>Pacto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="61"/>
        <source>Mtgs.</source>
        <translation>Reun.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="62"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="63"/>
        <source>Late</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="75"/>
        <source>{0} (no pact)</source>
        <translation>{0} (sem pacto)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="79"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="79"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="86"/>
        <source>{0}
Management entity: {1}</source>
        <translation>{0}
Entidade gestora: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/cluster_model.py" line="102"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="35"/>
        <source>Kind of meeting</source>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="37"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="38"/>
        <source>Starts at</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="39"/>
        <source>Ends at</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="41"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="43"/>
        <source>Online link</source>
        <translation>Ligação online</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="45"/>
        <source>Meeting status</source>
        <translation>Estado da reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="46"/>
        <source>Minutes status</source>
        <translation>Estado da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="48"/>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="50"/>
        <source>Secretary</source>
        <translation>Secretário</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="62"/>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="63"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="64"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="65"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="66"/>
        <source>&amp;Ends:</source>
        <translation>Fi&amp;m:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="67"/>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="68"/>
        <source>Online &amp;link:</source>
        <translation>Li&amp;gação online:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="69"/>
        <source>St&amp;atus:</source>
        <translation>Estado da &amp;reunião:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="70"/>
        <source>&amp;Minutes:</source>
        <translation>E&amp;stado da ata:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="71"/>
        <source>C&amp;hair:</source>
        <translation>Preside&amp;nte:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="72"/>
        <source>Se&amp;cretary:</source>
        <translation>Se&amp;cretário:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="133"/>
        <source>(nobody yet)</source>
        <translation>(ainda ninguém)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="148"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="149"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="150"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="151"/>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="152"/>
        <source>place</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="153"/>
        <source>online link</source>
        <translation>ligação online</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="154"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="155"/>
        <source>minutes status</source>
        <translation>estado da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="156"/>
        <source>chair</source>
        <translation>presidente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="157"/>
        <source>secretary</source>
        <translation>secretário</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/details_section.py" line="159"/>
        <source>Change {0} of {1}</source>
        <translation>alteração de {0} da reunião {1}</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="154"/>
        <source>People and organisations</source>
        <translation>Pessoas e organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="157"/>
        <source>Filter people by name, e-mail or organisation</source>
        <translation>Filtrar pessoas por nome, e-mail ou organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="158"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="159"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="339"/>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="160"/>
        <source>Edit the selected person</source>
        <translation>Editar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="161"/>
        <source>Merge the selected person into another</source>
        <translation>Fundir a pessoa selecionada com outra</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="162"/>
        <source>Delete the selected person</source>
        <translation>Eliminar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="165"/>
        <source>Filter organisations by name, acronym or kind</source>
        <translation>Filtrar organizações por nome, sigla ou tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="166"/>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="167"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="429"/>
        <source>Add an organisation</source>
        <translation>Adicionar uma organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="168"/>
        <source>Edit the selected organisation</source>
        <translation>Editar a organização selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="169"/>
        <source>Merge the selected organisation into another</source>
        <translation>Fundir a organização selecionada com outra</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="170"/>
        <source>Delete the selected organisation</source>
        <translation>Eliminar a organização selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="177"/>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="178"/>
        <source>&amp;People</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="179"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="180"/>
        <source>&amp;Committee</source>
        <translation>&amp;Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="182"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="183"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="184"/>
        <source>Undo the last edit</source>
        <translation>Anular a última alteração</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="214"/>
        <source>Committee seats</source>
        <translation>Lugares na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="226"/>
        <source>Holders of the selected seat</source>
        <translation>Titulares do lugar selecionado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="229"/>
        <source>&amp;Set holder…</source>
        <translation>&amp;Definir titular…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="230"/>
        <source>Set who holds the selected seat</source>
        <translation>Definir quem ocupa o lugar selecionado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="239"/>
        <source>Holders of the selected seat, the earliest first:</source>
        <translation>Titulares do lugar selecionado, do mais antigo para o mais recente:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="309"/>
        <source>The last edit was undone.</source>
        <translation>A última alteração foi anulada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="320"/>
        <source>Merged {0} into {1}; nothing else referred to {0}.</source>
        <translation>Fusão de {0} em {1} concluída; não havia mais nenhuma referência a {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="321"/>
        <source>Merged {0} into {1}. Moved — {2}.</source>
        <translation>Fusão de {0} em {1} concluída. Transferências — {2}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="345"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="435"/>
        <source>Added {0}.</source>
        <translation>Registo adicionado: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="356"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="445"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="363"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="452"/>
        <source>Saved the changes to {0}.</source>
        <translation>Alterações a {0} guardadas.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="379"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="464"/>
        <source>Merge {0}</source>
        <translation>Fundir {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="381"/>
        <source>{0} will be merged into the person you keep: their attendance, actions, progress updates, meetings and committee seats move to that person, empty details are filled in, and {0} is deleted.</source>
        <translation>O registo de {0} será fundido com o da pessoa que mantiver: as presenças, ações, atualizações de progresso, reuniões e lugares na Comissão passam para essa pessoa, os dados em falta são preenchidos e o registo de {0} é eliminado.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="390"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="475"/>
        <source>Merge {0} into {1}? {0} will be deleted; this cannot be undone.</source>
        <translation>Fundir {0} com {1}? O registo de {0} será eliminado; esta operação não pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="391"/>
        <source>Merge people</source>
        <translation>Fundir pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="399"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="485"/>
        <source>attendance</source>
        <translation>presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="400"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="486"/>
        <source>actions owned</source>
        <translation>ações como responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="401"/>
        <source>progress updates</source>
        <translation>atualizações de progresso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="402"/>
        <source>meetings chaired or minuted</source>
        <translation>reuniões presididas ou secretariadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="403"/>
        <source>committee seat terms</source>
        <translation>mandatos na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="404"/>
        <source>attendance at the same meeting, dropped</source>
        <translation>presenças na mesma reunião, descartadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="414"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="498"/>
        <source>Delete {0} from the directory? This cannot be undone.</source>
        <translation>Eliminar {0} do diretório? Esta operação não pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="415"/>
        <source>Delete person</source>
        <translation>Eliminar pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="418"/>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="502"/>
        <source>Deleted {0}.</source>
        <translation>Registo eliminado: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="466"/>
        <source>{0} will be merged into the organisation you keep: its people, attendance, actions, clusters and committee seat move to that organisation, empty details are filled in, and {0} is deleted.</source>
        <translation>O registo de {0} será fundido com o da organização que mantiver: as pessoas, presenças, ações, clusters e lugar na Comissão passam para essa organização, os dados em falta são preenchidos e o registo de {0} é eliminado.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="476"/>
        <source>Merge organisations</source>
        <translation>Fundir organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="484"/>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="487"/>
        <source>clusters managed</source>
        <translation>clusters geridos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="488"/>
        <source>committee seat</source>
        <translation>lugar na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="499"/>
        <source>Delete organisation</source>
        <translation>Eliminar organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="519"/>
        <source>{0} holds {1} from {2}.</source>
        <translation>{0} é titular do lugar {1} a partir de {2}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="523"/>
        <source>Choose who holds the seat.</source>
        <translation>Escolha quem ocupa o lugar.</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="78"/>
        <source>Add a guest</source>
        <translation>Adicionar um convidado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="80"/>
        <source>Guest&apos;s name</source>
        <translation>Nome do convidado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="82"/>
        <source>Guest&apos;s e-mail</source>
        <translation>E-mail do convidado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="87"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/attendance_section.py" line="88"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>HolderForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="213"/>
        <source>Set the holder of {0}</source>
        <translation>Definir o titular do lugar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="226"/>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="227"/>
        <source>&amp;Since</source>
        <translation>&amp;Desde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="69"/>
        <source>PactDesk — {0}</source>
        <translation>PactDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="74"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="84"/>
        <source>Filter meetings</source>
        <translation>Filtrar reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="85"/>
        <source>Filter by reference, title, place or kind (Ctrl+F)</source>
        <translation>Filtrar por referência, título, local ou tipo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="92"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="106"/>
        <source>Opening the database…</source>
        <translation>A abrir a base de dados…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="187"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nova reunião…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="188"/>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Eliminar reunião…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="192"/>
        <source>&amp;People and organisations…</source>
        <translation>&amp;Pessoas e organizações…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="195"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="197"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="200"/>
        <source>&amp;Filter meetings</source>
        <translation>&amp;Filtrar reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="202"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="206"/>
        <source>&amp;About PactDesk</source>
        <translation>&amp;Acerca do PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="213"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="217"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="220"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="221"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="224"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="238"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="239"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="240"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="327"/>
        <source>{0} meetings — opening the database…</source>
        <translation>{0} reuniões — a abrir a base de dados…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="329"/>
        <source>{0} meetings — {1}</source>
        <translation>{0} reuniões — {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="357"/>
        <source>New meeting</source>
        <translation>nova reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="364"/>
        <source>Meeting {0} created.</source>
        <translation>Reunião {0} criada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="372"/>
        <source>With it go {0} attendance records, {1} agenda items ({2} with minutes), {3} decisions and {4} actions.</source>
        <translation>Com ela são eliminados {0} registos de presença, {1} pontos da ordem de trabalhos ({2} com ata), {3} deliberações e {4} ações.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="380"/>
        <source>Delete meeting {0}?</source>
        <translation>Eliminar a reunião {0}?</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="383"/>
        <source>Edit → Undo brings it back.</source>
        <translation>Editar → Anular repõe-na.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="384"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="397"/>
        <source>Delete meeting {0}</source>
        <translation>eliminação da reunião {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="419"/>
        <source>About PactDesk</source>
        <translation>Acerca do PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="421"/>
        <source>&lt;b&gt;PactDesk {0}&lt;/b&gt;&lt;p&gt;The Monitoring Committee&apos;s meetings, minutes, actions and outputs, offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PactDesk {0}&lt;/b&gt;&lt;p&gt;As reuniões, atas, ações e resultados da Comissão de Acompanhamento, sem necessidade de ligação à Internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_editor.py" line="33"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_editor.py" line="34"/>
        <source>A&amp;ttendance</source>
        <translation>&amp;Presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_editor.py" line="35"/>
        <source>A&amp;genda and minutes</source>
        <translation>&amp;Ordem de trabalhos e ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_editor.py" line="38"/>
        <source>Choose a meeting on the left, or make a new one with Ctrl+N.</source>
        <translation>Escolha uma reunião à esquerda ou crie uma nova com Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_editor.py" line="71"/>
        <source> — minutes approved on {0}, locked</source>
        <translation> — ata aprovada em {0}, bloqueada</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_list_model.py" line="126"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_list_model.py" line="127"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_list_model.py" line="128"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_list_model.py" line="129"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_list_model.py" line="130"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_list_model.py" line="131"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meeting_list_model.py" line="132"/>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
</context>
<context>
    <name>MergeForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="264"/>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="36"/>
        <source>New meeting</source>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="38"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="42"/>
        <source>Kind of meeting</source>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="46"/>
        <source>Starts at</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="52"/>
        <source>Length in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="57"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="58"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="59"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/new_meeting_dialog.py" line="60"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duração:</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="170"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="171"/>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigla</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="172"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="173"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="174"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="118"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="119"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="120"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="121"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="122"/>
        <source>Committee seat</source>
        <translation>Lugar na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="123"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="95"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="96"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="97"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="98"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="99"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="100"/>
        <source>Committee seat</source>
        <translation>Lugar na Comissão</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="108"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="115"/>
        <source>name@example.pt</source>
        <translation>nome@exemplo.pt</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="117"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="118"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="119"/>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="120"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="121"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
</context>
<context>
    <name>SeatCode</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="24"/>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
</context>
<context>
    <name>SeatHistoryModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="154"/>
        <source>Held by</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="154"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="154"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="157"/>
        <source>still holds it</source>
        <translation>ainda em funções</translation>
    </message>
</context>
<context>
    <name>SeatTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="140"/>
        <source>Seat</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="140"/>
        <source>Title</source>
        <translation>Designação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="140"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="140"/>
        <source>Held by</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="140"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="145"/>
        <source>Each cluster&apos;s management entity</source>
        <translation>A entidade gestora de cada cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_models.py" line="146"/>
        <source>(vacant)</source>
        <translation>(vago)</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_forms.py" line="53"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="97"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="98"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fundir…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory_dialog.py" line="99"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="57"/>
        <location filename="../../src/pactdesk/gui/app.py" line="90"/>
        <source>PactDesk cannot open the database</source>
        <translation>O PactDesk não consegue abrir a base de dados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="110"/>
        <source>PactDesk</source>
        <translation>PactDesk</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/pactdesk/gui/errors.py" line="24"/>
        <source>PactDesk</source>
        <translation>PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/errors.py" line="29"/>
        <source>Something unexpected went wrong. Your saved work is safe.

The details are also in {0}.</source>
        <translation>Ocorreu um erro inesperado. O trabalho guardado está seguro.

Os detalhes também se encontram em {0}.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="11"/>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="12"/>
        <source>Agency</source>
        <translation>Agência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="13"/>
        <source>Cluster management entity</source>
        <translation>Entidade gestora do cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="14"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="15"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="16"/>
        <source>Association</source>
        <translation>Associação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="17"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="18"/>
        <source>Monitoring</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="19"/>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="20"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="21"/>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="22"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="23"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="24"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="25"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="26"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="27"/>
        <source>Circulated</source>
        <translation>Circulada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="28"/>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="29"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="30"/>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="31"/>
        <source>Apologies</source>
        <translation>Justificou a ausência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="32"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="33"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="34"/>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="35"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="36"/>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/words.py" line="37"/>
        <source>Achieved</source>
        <translation>Alcançado</translation>
    </message>
</context>
</TS>
