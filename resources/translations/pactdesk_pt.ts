<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="83"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="83"/>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="92"/>
        <source>What is to be done</source>
        <translation>O que há a fazer</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="95"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="96"/>
        <source>(no owner yet)</source>
        <translation>(ainda sem responsável)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="102"/>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="103"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="104"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="112"/>
        <source>Goal {0}: {1}</source>
        <translation>Objetivo {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="136"/>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="137"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="138"/>
        <source>&amp;Due:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="142"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="143"/>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="191"/>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/action_form.py" line="197"/>
        <source>{0} saved this action at {1}, after this form opened. Press OK again to save yours on top of theirs, or Cancel to keep theirs.</source>
        <translation>{0} guardou esta ação às {1}, depois de este formulário ter sido aberto. Prima OK de novo para guardar a sua por cima da dessa pessoa, ou Cancelar para manter a dessa pessoa.</translation>
    </message>
</context>
<context>
    <name>ActionReportDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="41"/>
        <source>Action report</source>
        <translation>Relatório de ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="44"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="45"/>
        <source>Clusters in the report</source>
        <translation>Clusters abrangidos pelo relatório</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="47"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher ficheiro…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="48"/>
        <source>The report lists the open actions, grouped by owner, as of today.</source>
        <translation>O relatório lista as ações em aberto, agrupadas por responsável, à data de hoje.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="51"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="39"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="40"/>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="41"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="42"/>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_model.py" line="44"/>
        <source> · {0} min</source>
        <translation> · {0} min</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="77"/>
        <source>Agenda items</source>
        <translation>Pontos da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="90"/>
        <source>&amp;Add item</source>
        <translation>Adicionar po&amp;nto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="92"/>
        <source>Remove item</source>
        <translation>Remover ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="94"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="96"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="112"/>
        <source>Item title</source>
        <translation>Título do ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="114"/>
        <source>Presenter</source>
        <translation>Apresentado por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="117"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="118"/>
        <source>Planned minutes</source>
        <translation>Tempo previsto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="119"/>
        <source>Standing item (carried to the next meeting)</source>
        <translation>Ponto permanente (transita para a reunião seguinte)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="142"/>
        <source>Add deci&amp;sion…</source>
        <translation>Adicionar de&amp;liberação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="152"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="152"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="152"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="152"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="152"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="138"/>
        <source>Decisions</source>
        <translation>Deliberações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="144"/>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="162"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="146"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="150"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="160"/>
        <source>Add a&amp;ction…</source>
        <translation>Ad&amp;icionar ação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="164"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="170"/>
        <source>&amp;Presenter:</source>
        <translation>Ap&amp;resentado por:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="171"/>
        <source>P&amp;lanned:</source>
        <translation>Te&amp;mpo previsto:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="181"/>
        <source>&amp;Minutes:</source>
        <translation>A&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="183"/>
        <source>Decisions:</source>
        <translation>Deliberações:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="190"/>
        <source>Actions:</source>
        <translation>Ações:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="199"/>
        <source>The agenda item</source>
        <translation>O ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="247"/>
        <source> — over by {0} min</source>
        <translation> — excede em {0} min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="248"/>
        <source>Planned {0} of {1} min{2}</source>
        <translation>Previstos {0} de {1} min{2}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="250"/>
        <source>Planned {0} min</source>
        <translation>Previstos {0} min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="354"/>
        <source>{0} ⚠ overdue</source>
        <translation>{0} ⚠ em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="375"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="376"/>
        <source>presenter</source>
        <translation>apresentador</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="377"/>
        <source>planned minutes</source>
        <translation>tempo previsto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="378"/>
        <source>standing</source>
        <translation>ponto permanente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="380"/>
        <source>Change {0} of item {1}</source>
        <translation>alteração de {0} do ponto {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="381"/>
        <source>The {0} of item {1}</source>
        <translation>O campo «{0}» do ponto {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="416"/>
        <source>New item</source>
        <translation>Novo ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="420"/>
        <source>Add agenda item</source>
        <translation>adição de ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="433"/>
        <source>Remove agenda item “{0}”</source>
        <translation>remoção do ponto da ordem de trabalhos «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="455"/>
        <source>Move agenda item</source>
        <translation>mudança de posição de ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="483"/>
        <source>Add a decision</source>
        <translation>Adicionar uma deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="477"/>
        <source>Add decision</source>
        <translation>adição de deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="503"/>
        <source>Edit the decision</source>
        <translation>Editar a deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="500"/>
        <source>Edit decision</source>
        <translation>edição de deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="169"/>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="499"/>
        <source>The decision</source>
        <translation>O texto da deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="513"/>
        <source>Remove decision</source>
        <translation>remoção de deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="546"/>
        <source>Add action</source>
        <translation>adição de ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="563"/>
        <source>Edit action</source>
        <translation>edição de ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/agenda_section.py" line="575"/>
        <source>Delete action</source>
        <translation>eliminação de ação</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="47"/>
        <source>Approve the minutes…</source>
        <translation>Aprovar a ata…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="50"/>
        <source>Record this item&apos;s decision, which approves the earlier meeting&apos;s minutes on this meeting&apos;s day</source>
        <translation>Registar a deliberação deste ponto, que aprova a ata da reunião anterior na data desta reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="68"/>
        <source>This item approves the minutes of {0}: they are approved.</source>
        <translation>Este ponto aprova a ata de {0}: já está aprovada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="71"/>
        <source>This item approves the minutes of {0}, which are not approved yet.</source>
        <translation>Este ponto aprova a ata de {0}, que ainda não está aprovada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="73"/>
        <source>Approve the minutes of {0}…</source>
        <translation>Aprovar a ata de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="93"/>
        <source>Approve the minutes of {0}</source>
        <translation>aprovação da ata de {0}</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="107"/>
        <source>Approve the minutes of {0}</source>
        <translation>Aprovar a ata de {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="111"/>
        <source>Record that this meeting approved the minutes of {0}. They are approved on this meeting&apos;s day and locked. Make any corrections agreed to those minutes first: they are kept as a version of their own.</source>
        <translation>Registar que esta reunião aprovou a ata de {0}. A ata fica aprovada na data desta reunião e bloqueada. Faça primeiro nessa ata as correções acordadas: ficam guardadas numa versão própria.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="116"/>
        <source>Approved as circulated</source>
        <translation>Aprovada tal como circulou</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="118"/>
        <source>Approved with corrections:</source>
        <translation>Aprovada com correções:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="126"/>
        <source>The corrections agreed</source>
        <translation>As correções acordadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="133"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="134"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approval_box.py" line="149"/>
        <source>Say which corrections were agreed.</source>
        <translation>Indique as correções acordadas.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="51"/>
        <source>Approve the minutes</source>
        <translation>Aprovar a ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="55"/>
        <source>Approve the minutes of {0}? Approved minutes are locked: nothing in the meeting can be changed until they are reopened, with a reason. Minutes approved at the next meeting are approved there, under its item “Approval of the previous minutes”.</source>
        <translation>Aprovar a ata de {0}? A ata aprovada fica bloqueada: nada na reunião pode ser alterado até ser reaberta, com um motivo. A ata aprovada na reunião seguinte é aprovada nessa reunião, no ponto «Aprovação da ata da reunião anterior».</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="65"/>
        <source>Date of approval</source>
        <translation>Data de aprovação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="69"/>
        <source>Approved by &amp;written procedure, outside a meeting</source>
        <translation>Aprovada por &amp;procedimento escrito, fora de uma reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="71"/>
        <source>The written procedure</source>
        <translation>O procedimento escrito</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="73"/>
        <source>e.g. Written procedure 3/2026: sent on 2 March, no objections by 9 March</source>
        <translation>p. ex. Procedimento escrito 3/2026: enviado a 2 de março, sem objeções até 9 de março</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="78"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="81"/>
        <source>Approved &amp;on:</source>
        <translation>Aprovada &amp;em:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="83"/>
        <source>&amp;Procedure:</source>
        <translation>Pro&amp;cedimento:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="89"/>
        <source>The meeting is on {0}: its minutes can be approved once it has been held.</source>
        <translation>A reunião é a {0}: a ata só pode ser aprovada depois de a reunião se realizar.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="103"/>
        <source>Say what the written procedure was: its number, when it was sent, the answers.</source>
        <translation>Indique qual foi o procedimento escrito: o número, quando foi enviado, as respostas.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="63"/>
        <source>Files kept with this meeting or one of its items, in the database: presentations, reports, signed minutes. Drop files here from your file manager, or press Add… to choose them.</source>
        <translation>Ficheiros guardados com esta reunião ou com um dos seus pontos, na base de dados: apresentações, relatórios, atas assinadas. Largue aqui ficheiros do seu gestor de ficheiros, ou prima Adicionar… para os escolher.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="70"/>
        <source>Files kept with the meeting</source>
        <translation>Ficheiros guardados com a reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="73"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="74"/>
        <source>Item</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="75"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="76"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="77"/>
        <source>Added by</source>
        <translation>Adicionado por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="78"/>
        <source>Added</source>
        <translation>Adicionado em</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="79"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="87"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="93"/>
        <source>Keep new files with</source>
        <translation>Guardar os ficheiros novos com</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="95"/>
        <source>&amp;Item for new files:</source>
        <translation>Po&amp;nto dos ficheiros novos:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="99"/>
        <source>Size limit of a file, in megabytes</source>
        <translation>Tamanho máximo de um ficheiro, em megabytes</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="103"/>
        <source>A larger file is refused; a PDF of the slides is usually far smaller</source>
        <translation>Um ficheiro maior é recusado; um PDF dos diapositivos é em geral muito mais pequeno</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="105"/>
        <source>Size &amp;limit:</source>
        <translation>Tamanho &amp;máximo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="114"/>
        <source>&amp;Add…</source>
        <translation>Adi&amp;cionar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="116"/>
        <source>Choose one or more files to keep with the meeting or the item chosen</source>
        <translation>Escolher um ou mais ficheiros para guardar com a reunião ou com o ponto escolhido</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="118"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="120"/>
        <source>Open a copy with the application your system uses for its type</source>
        <translation>Abrir uma cópia com a aplicação que o sistema usa para esse tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="122"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar uma cópia…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="125"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="127"/>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="218"/>
        <source>Take the files chosen out of the meeting; Edit → Undo puts them back</source>
        <translation>Remover da reunião os ficheiros escolhidos; Editar → Anular repõe-nos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="133"/>
        <source>What was done last</source>
        <translation>O que foi feito por último</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="158"/>
        <source>The whole meeting</source>
        <translation>A reunião inteira</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="180"/>
        <source>Whole meeting</source>
        <translation>Reunião inteira</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="183"/>
        <source>{0} (a program)</source>
        <translation>{0} (um programa)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="191"/>
        <source>SHA-256 of the file: {0}</source>
        <translation>SHA-256 do ficheiro: {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="216"/>
        <source>Approved minutes lock the meeting&apos;s files: reopen the minutes first, with a reason</source>
        <translation>Uma ata aprovada bloqueia os ficheiros da reunião: reabra primeiro a ata, indicando o motivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="232"/>
        <source>Attach files to {0}</source>
        <translation>Juntar ficheiros a {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="232"/>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="275"/>
        <source>Attaching to {0}…</source>
        <translation>A juntar a {0}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="288"/>
        <source>Kept with the meeting: {0}.</source>
        <translation>Guardado com a reunião: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="290"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="296"/>
        <source>Attach {0} to {1}</source>
        <translation>anexação de {0} a {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="298"/>
        <source>Attach {0} files to {1}</source>
        <translation>anexação de {0} ficheiros a {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="338"/>
        <source>“{0}” is a program or a script: it would run on the computer of whoever opens it. Keep it with the meeting only if you trust where it came from.</source>
        <translation>«{0}» é um programa ou um script: seria executado no computador de quem o abrir. Guarde-o com a reunião só se confiar na sua origem.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="343"/>
        <source>“{0}” is a program or a script: opening it runs it on this computer. Open it only if you trust where it came from.</source>
        <translation>«{0}» é um programa ou um script: abri-lo executa-o neste computador. Abra-o só se confiar na sua origem.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="349"/>
        <source>A program</source>
        <translation>Um programa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="354"/>
        <source>Attach it</source>
        <translation>Juntá-lo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="354"/>
        <source>Open it</source>
        <translation>Abri-lo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="356"/>
        <source>Do not attach it</source>
        <translation>Não o juntar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="356"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="403"/>
        <source>Opened a copy of {0}: changes made there are not kept.</source>
        <translation>Foi aberta uma cópia de {0}: as alterações feitas nela não são guardadas.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="406"/>
        <source>No application on this computer opens {0}; a copy is at {1}.</source>
        <translation>Nenhuma aplicação deste computador abre {0}; há uma cópia em {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="417"/>
        <source>Save a copy of {0}</source>
        <translation>Guardar uma cópia de {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="427"/>
        <source>{0} saved to {1}.</source>
        <translation>{0} guardado em {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="435"/>
        <source>Remove {0} from {1}</source>
        <translation>remoção de {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="437"/>
        <source>Remove {0} files from {1}</source>
        <translation>remoção de {0} ficheiros de {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="452"/>
        <source>{0} removed; Edit → Undo puts it back.</source>
        <translation>{0} removido; Editar → Anular repõe-no.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attachments_section.py" line="454"/>
        <source>{0} files removed; Edit → Undo puts them back.</source>
        <translation>{0} ficheiros removidos; Editar → Anular repõe-nos.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="72"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="72"/>
        <source>Representing</source>
        <translation>Em representação de</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="72"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="72"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="80"/>
        <source>— not recorded —</source>
        <translation>— não registada —</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="318"/>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="331"/>
        <source>&amp;Present</source>
        <translation>P&amp;resente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="332"/>
        <source>&amp;Remote</source>
        <translation>À dis&amp;tância</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="334"/>
        <source>A&amp;bsent</source>
        <translation>A&amp;usente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="337"/>
        <source>Mark the selected people {0}</source>
        <translation>Marcar as pessoas selecionadas como «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="343"/>
        <source>Add per&amp;son…</source>
        <translation>Adicionar pe&amp;ssoa…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="344"/>
        <source>Add someone from the directory to the list</source>
        <translation>Adicionar à lista uma pessoa do diretório</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="349"/>
        <source>Choose the organisation the selected person represents</source>
        <translation>Escolher a organização que a pessoa selecionada representa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="351"/>
        <source>Remove from list</source>
        <translation>Remover da lista</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="374"/>
        <source>✔ Every member organisation of the committee is represented.</source>
        <translation>✔ Todas as organizações que integram a Comissão estão representadas.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="376"/>
        <source>Not represented: {0}</source>
        <translation>Sem representação: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="394"/>
        <source>Mark %n person(s) {0}</source>
        <translation>
            <numerusform>marcação de %n pessoa como «{0}»</numerusform>
            <numerusform>marcação de %n pessoas como «{0}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="565"/>
        <source>Remove %n person(s) from the list</source>
        <translation>
            <numerusform>remoção de %n pessoa da lista</numerusform>
            <numerusform>remoção de %n pessoas da lista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="415"/>
        <source>Representing</source>
        <translation>Em representação de</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="333"/>
        <source>Ap&amp;ologies</source>
        <translation>&amp;Justificou a ausência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="346"/>
        <source>Add g&amp;uest…</source>
        <translation>Adicionar &amp;convidado…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="348"/>
        <source>Represe&amp;nting…</source>
        <translation>E&amp;m representação de…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="415"/>
        <source>{0} represents:</source>
        <translation>{0} representa:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="424"/>
        <source>{0} represents {1}</source>
        <translation>{0} em representação de {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="471"/>
        <source>Choose a person from the list.</source>
        <translation>Escolha uma pessoa da lista.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="481"/>
        <source>Add {0}</source>
        <translation>Adicionar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="528"/>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="549"/>
        <source>Add guest {0}</source>
        <translation>adição do convidado {0}</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="35"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="36"/>
        <source>Remote</source>
        <translation>À distância</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="37"/>
        <source>Apologies</source>
        <translation>Justificou a ausência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="38"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>AttendeeForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="160"/>
        <source>Add a person to the list</source>
        <translation>Adicionar uma pessoa à lista</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="165"/>
        <source>Type a name or an organisation</source>
        <translation>Escreva um nome ou uma organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="171"/>
        <source>— not recorded —</source>
        <translation>— não registada —</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="173"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="174"/>
        <source>&amp;Find</source>
        <translation>Pr&amp;ocurar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="175"/>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="177"/>
        <source>&amp;Attended</source>
        <translation>P&amp;articipação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="178"/>
        <source>&amp;Representing</source>
        <translation>&amp;Em representação de</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="179"/>
        <source>Find a person by name or organisation</source>
        <translation>Procurar uma pessoa pelo nome ou pela organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="180"/>
        <source>People in the directory not on the list yet</source>
        <translation>Pessoas do diretório que ainda não constam da lista</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="212"/>
        <source>Everyone in the directory is on the list already.</source>
        <translation>Todas as pessoas do diretório já constam da lista.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="214"/>
        <source>Nobody in the directory matches “{0}”.</source>
        <translation>Ninguém no diretório corresponde a «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="241"/>
        <source>Choose a person from the list.</source>
        <translation>Escolha uma pessoa da lista.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/audience_window.py" line="117"/>
        <source>PactDesk — meeting room</source>
        <translation>PactDesk — sala de reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/audience_window.py" line="118"/>
        <source>Meeting room screen</source>
        <translation>Ecrã da sala de reuniões</translation>
    </message>
</context>
<context>
    <name>BacklogDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="142"/>
        <source>Backlog of {0}</source>
        <translation>Temas em espera de {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="146"/>
        <source>Topics for a later meeting</source>
        <translation>Temas para uma próxima reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="170"/>
        <source>Topics of {0} parked for a later meeting, or added here, oldest first.</source>
        <translation>Temas de {0} postos em espera para uma próxima reunião, ou acrescentados aqui, os mais antigos primeiro.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="180"/>
        <source>The minutes of {0} are approved: open a planned meeting to add a topic to it.</source>
        <translation>A ata de {0} está aprovada: abra uma reunião prevista para lhe acrescentar um tema.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="182"/>
        <source>{0} is not a planned meeting: open a planned meeting to add a topic to it.</source>
        <translation>{0} não é uma reunião prevista: abra uma reunião prevista para lhe acrescentar um tema.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="184"/>
        <source>“Add to this meeting” puts the chosen topic at the end of the agenda of {0}.</source>
        <translation>«Acrescentar a esta reunião» põe o tema escolhido no fim da ordem de trabalhos de {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="188"/>
        <source>&amp;Add to this meeting</source>
        <translation>&amp;Acrescentar a esta reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="190"/>
        <source>&amp;New topic…</source>
        <translation>&amp;Novo tema…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="192"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="195"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="255"/>
        <source>Add “{0}” from the backlog to {1}</source>
        <translation>acréscimo de «{0}», dos temas em espera, a {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="270"/>
        <source>Add “{0}” to the backlog</source>
        <translation>acréscimo de «{0}» aos temas em espera</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="283"/>
        <source>Remove “{0}” from the backlog</source>
        <translation>remoção de «{0}» dos temas em espera</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="47"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="48"/>
        <source>Presenter</source>
        <translation>Apresentado por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="49"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="50"/>
        <source>Parked from</source>
        <translation>Posto em espera em</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="51"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="52"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="61"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>BinderDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="80"/>
        <source>Minutes binder</source>
        <translation>Livro de atas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="84"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="87"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="90"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher ficheiro…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="93"/>
        <source>One PDF with the minutes of every meeting the cluster held in that year, earliest first, after a contents page.</source>
        <translation>Um único PDF com as atas de todas as reuniões que o cluster realizou nesse ano, da mais antiga para a mais recente, precedidas de um índice.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="99"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="100"/>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_dialogs.py" line="121"/>
        <source>{0} has held no meetings yet, so there are no minutes to bind.</source>
        <translation>{0} ainda não realizou nenhuma reunião, pelo que não há atas para reunir num livro.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_charts.py" line="132"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_charts.py" line="134"/>
        <source>Save the chart “{0}” as a PNG image</source>
        <translation>Guardar o gráfico «{0}» como imagem PNG</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_charts.py" line="139"/>
        <source>Figures of “{0}”</source>
        <translation>Valores de «{0}»</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="48"/>
        <source>The cluster&apos;s code</source>
        <translation>Código do cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="49"/>
        <source>The cluster</source>
        <translation>O cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="50"/>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="87"/>
        <source>Signed a pact</source>
        <translation>Assinou um pacto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="51"/>
        <source>Meetings recorded</source>
        <translation>Reuniões registadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="52"/>
        <source>Actions still open</source>
        <translation>Ações ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="53"/>
        <source>Open actions past their due date</source>
        <translation>Ações em aberto com o prazo ultrapassado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="58"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="59"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="60"/>
        <source>Pact</source>
        <translation>Pacto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="61"/>
        <source>Mtgs.</source>
        <translation>Reun.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="62"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="63"/>
        <source>Late</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="75"/>
        <source>{0} (no pact)</source>
        <translation>{0} (sem pacto)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="79"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="79"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="87"/>
        <source>No pact</source>
        <translation>Sem pacto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="89"/>
        <source>{0}
Management entity: {1}</source>
        <translation>{0}
Entidade gestora: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/cluster_model.py" line="109"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="338"/>
        <source>{0}: version {1} and version {2}</source>
        <translation>{0}: versão {1} e versão {2}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="341"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="344"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="353"/>
        <source>Struck through: removed. Underlined: added.</source>
        <translation>Riscado: retirado. Sublinhado: acrescentado.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="354"/>
        <source>Title before:</source>
        <translation>Título antes:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="355"/>
        <source>Decision added:</source>
        <translation>Deliberação acrescentada:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="356"/>
        <source>Decision removed:</source>
        <translation>Deliberação retirada:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="357"/>
        <source>Action added:</source>
        <translation>Ação acrescentada:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="358"/>
        <source>Action removed:</source>
        <translation>Ação retirada:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="359"/>
        <source>The two versions hold the same meeting.</source>
        <translation>As duas versões guardam a mesma reunião.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="360"/>
        <source> (added)</source>
        <translation> (acrescentado)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="361"/>
        <source> (removed)</source>
        <translation> (retirado)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="389"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="390"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="391"/>
        <source>Kind of meeting</source>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="392"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="393"/>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="394"/>
        <source>Ends</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="395"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="396"/>
        <source>Online link</source>
        <translation>Ligação online</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="397"/>
        <source>Meeting status</source>
        <translation>Estado da reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="398"/>
        <source>Minutes status</source>
        <translation>Estado da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="399"/>
        <source>Approved on</source>
        <translation>Aprovada em</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="400"/>
        <source>Approved at the meeting</source>
        <translation>Aprovada na reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="401"/>
        <source>Note of approval</source>
        <translation>Nota de aprovação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="402"/>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="403"/>
        <source>Secretary</source>
        <translation>Secretário</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="55"/>
        <source>Someone else changed this</source>
        <translation>Outra pessoa alterou isto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="58"/>
        <source> at {0}</source>
        <translation> às {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="61"/>
        <source>{0} was changed by {1}{2} while you were writing. Your text is kept here until you choose: keep yours (it is saved on top of theirs), or take theirs (yours is dropped).</source>
        <translation>{0} foi alterado por {1}{2} enquanto escrevia. O seu texto fica aqui até escolher: manter o seu (é guardado por cima do da outra pessoa) ou ficar com o da outra pessoa (o seu é descartado).</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="63"/>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="67"/>
        <source>Your text</source>
        <translation>O seu texto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="68"/>
        <source>Their text</source>
        <translation>O texto da outra pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="69"/>
        <source>&amp;Yours:</source>
        <translation>O &amp;seu:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="69"/>
        <source>&amp;Theirs:</source>
        <translation>Da &amp;outra pessoa:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="83"/>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="112"/>
        <source>&amp;See their version</source>
        <translation>&amp;Ver a versão da outra pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="87"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Manter o meu</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="89"/>
        <source>Take &amp;theirs</source>
        <translation>&amp;Ficar com o da outra pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="112"/>
        <source>Hide &amp;their version</source>
        <translation>&amp;Esconder a versão da outra pessoa</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="111"/>
        <source>Cluster shown on the dashboard</source>
        <translation>Cluster apresentado no painel</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="112"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="117"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="125"/>
        <source>Open, by days since raised</source>
        <translation>Em aberto, por dias desde a criação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="126"/>
        <source>Overdue, by days past due</source>
        <translation>Em atraso, por dias após o prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="130"/>
        <source>Meetings held per year</source>
        <translation>Reuniões realizadas por ano</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="132"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="132"/>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="261"/>
        <source>Meetings held</source>
        <translation>Reuniões realizadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="136"/>
        <source>Attendance of the committee&apos;s members</source>
        <translation>Presenças dos membros da Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="140"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="141"/>
        <source>Seat</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="142"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="143"/>
        <source>Attended</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="144"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="153"/>
        <source>Open and overdue actions by age</source>
        <translation>Ações em aberto e em atraso por idade</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="156"/>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="156"/>
        <source>Open (since raised)</source>
        <translation>Em aberto (idade)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="156"/>
        <source>Overdue (past due)</source>
        <translation>Em atraso (após o prazo)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="160"/>
        <source>Outputs by type and status</source>
        <translation>Resultados por tipo e estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="163"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="163"/>
        <source>Output type</source>
        <translation>Tipo de resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="163"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="178"/>
        <source>Open actions, overdue ones marked</source>
        <translation>Ações em aberto, com as em atraso assinaladas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="205"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="227"/>
        <source>There is no cluster with the code “{0}”.</source>
        <translation>Não existe nenhum cluster com o código «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="237"/>
        <source>all clusters</source>
        <translation>todos os clusters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="241"/>
        <source>%Ln meeting(s) held</source>
        <translation>
            <numerusform>%Ln reunião realizada</numerusform>
            <numerusform>%Ln reuniões realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="242"/>
        <source>%Ln action(s) open, {0} of them overdue</source>
        <translation>
            <numerusform>%Ln ação em aberto, {0} em atraso</numerusform>
            <numerusform>%Ln ações em aberto, {0} das quais em atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="245"/>
        <source>%Ln output(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="314"/>
        <source>{0}: at {1} of {2} meetings ({3})</source>
        <translation>{0}: presente em {1} de {2} reuniões ({3})</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="255"/>
        <source>Open actions ({0}, {1} overdue)</source>
        <translation>Ações em aberto ({0}, {1} em atraso)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="264"/>
        <source>no meeting held yet</source>
        <translation>ainda nenhuma reunião realizada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="270"/>
        <source>Attendance rate</source>
        <translation>Taxa de presença</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="277"/>
        <source>no meeting</source>
        <translation>sem reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="282"/>
        <source>no attendance recorded at a held meeting</source>
        <translation>nenhuma presença registada numa reunião realizada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="290"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="291"/>
        <source>no open action</source>
        <translation>nenhuma ação em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="298"/>
        <source>no output recorded</source>
        <translation>nenhum resultado registado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="302"/>
        <source>over {0} days</source>
        <translation>&gt; {0} dias</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="304"/>
        <source>up to {0} days</source>
        <translation>até {0} dias</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="305"/>
        <source>{0}–{1} days</source>
        <translation>{0}–{1} dias</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="321"/>
        <source>{0}. {1}
{2}: {3:g} of {4}</source>
        <translation>{0}. {1}
{2}: {3:g} de {4}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="355"/>
        <source>The chart was not saved: the folder {0} does not exist.</source>
        <translation>O gráfico não foi guardado: a pasta {0} não existe.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="360"/>
        <source>The chart was not saved: it could not be drawn as an image.</source>
        <translation>O gráfico não foi guardado: não foi possível desenhá-lo como imagem.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="375"/>
        <source>The chart was not saved to {0}: {1}. Any file already there is unchanged.</source>
        <translation>O gráfico não foi guardado em {0}: {1}. Qualquer ficheiro que já lá existisse mantém-se inalterado.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="388"/>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="388"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="398"/>
        <source>Chart not saved</source>
        <translation>Gráfico não guardado</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/decision_form.py" line="20"/>
        <source>Decision</source>
        <translation>Deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/decision_form.py" line="23"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Deliberação:</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="78"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="78"/>
        <source>Decision</source>
        <translation>Deliberação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="78"/>
        <source>Meeting and item</source>
        <translation>Reunião e ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="78"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="95"/>
        <source>(not numbered)</source>
        <translation>(sem número)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="100"/>
        <source>{0} · item {1}</source>
        <translation>{0} · ponto {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="105"/>
        <source>{0} · item {1}, {2}</source>
        <translation>{0} · ponto {1}, {2}</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="176"/>
        <source>Decisions</source>
        <translation>Deliberações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="204"/>
        <source>The chosen decision, whole</source>
        <translation>A deliberação escolhida, por inteiro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="209"/>
        <source>Open its &amp;meeting</source>
        <translation>Abrir a &amp;reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="211"/>
        <source>Show the meeting where it was decided, at its agenda item (Enter)</source>
        <translation>Mostrar a reunião em que foi tomada, no seu ponto da ordem de trabalhos (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="213"/>
        <source>E&amp;xport register…</source>
        <translation>E&amp;xportar o registo…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="215"/>
        <source>The register of the cluster and year chosen, as a PDF</source>
        <translation>O registo do cluster e do ano escolhidos, em PDF</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="239"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="242"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="245"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="246"/>
        <source>Decisions of agenda items whose actions serve this goal</source>
        <translation>Deliberações dos pontos da ordem de trabalhos cujas ações servem este objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="249"/>
        <source>Filter decisions by words</source>
        <translation>Filtrar deliberações por palavras</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="250"/>
        <source>Words in the decision, its agenda item or its meeting&apos;s reference</source>
        <translation>Palavras da deliberação, do seu ponto da ordem de trabalhos ou da referência da reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="264"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="265"/>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="266"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="267"/>
        <source>&amp;Words:</source>
        <translation>&amp;Palavras:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="283"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="285"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="286"/>
        <source>Any goal</source>
        <translation>Qualquer objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="288"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="299"/>
        <source>Any year</source>
        <translation>Qualquer ano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="331"/>
        <source>%Ln decision(s)</source>
        <translation>
            <numerusform>%Ln deliberação</numerusform>
            <numerusform>%Ln deliberações</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="351"/>
        <source>(not numbered)</source>
        <translation>(sem número)</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="55"/>
        <source>Kind of meeting</source>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="57"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="58"/>
        <source>Starts at</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="59"/>
        <source>Ends at</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="61"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="63"/>
        <source>Online link</source>
        <translation>Ligação online</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="65"/>
        <source>Meeting status</source>
        <translation>Estado da reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="66"/>
        <source>Minutes status</source>
        <translation>Estado da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="68"/>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="70"/>
        <source>Secretary</source>
        <translation>Secretário</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="79"/>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="81"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="83"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="85"/>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="86"/>
        <source>Online &amp;link:</source>
        <translation>Li&amp;gação online:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="87"/>
        <source>St&amp;atus:</source>
        <translation>Estado da &amp;reunião:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="88"/>
        <source>&amp;Minutes:</source>
        <translation>E&amp;stado da ata:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="82"/>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="84"/>
        <source>E&amp;nds:</source>
        <translation>Fi&amp;m:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="89"/>
        <source>Chai&amp;r:</source>
        <translation>Preside&amp;nte:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="90"/>
        <source>Se&amp;cretary:</source>
        <translation>Se&amp;cretário:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="94"/>
        <source>Nobody is in the directory yet, so there is no one to choose. Edit → People and organisations… says who sits on the committee and adds the cluster&apos;s people.</source>
        <translation>Ainda não há ninguém no diretório, por isso não há quem escolher. Em Editar → Pessoas e organizações… indica quem tem assento na comissão e acrescenta as pessoas do cluster.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="176"/>
        <source>(nobody yet)</source>
        <translation>(ainda ninguém)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="193"/>
        <source>The {0} of meeting {1}</source>
        <translation>O campo «{0}» da reunião {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="215"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="216"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="217"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="218"/>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="219"/>
        <source>place</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="220"/>
        <source>online link</source>
        <translation>ligação online</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="221"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="222"/>
        <source>minutes status</source>
        <translation>estado da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="223"/>
        <source>chair</source>
        <translation>presidente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="224"/>
        <source>secretary</source>
        <translation>secretário</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="192"/>
        <location filename="../../src/pactdesk/gui/meetings/details_section.py" line="254"/>
        <source>Change {0} of {1}</source>
        <translation>alteração de {0} da reunião {1}</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="70"/>
        <source>People and organisations</source>
        <translation>Pessoas e organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="73"/>
        <source>Filter people by name, e-mail or organisation</source>
        <translation>Filtrar pessoas por nome, e-mail ou organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="74"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="75"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="289"/>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="76"/>
        <source>Edit the selected person</source>
        <translation>Editar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="77"/>
        <source>Merge the selected person into another</source>
        <translation>Fundir a pessoa selecionada com outra</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="78"/>
        <source>Delete the selected person</source>
        <translation>Eliminar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="81"/>
        <source>Filter organisations by name, acronym or kind</source>
        <translation>Filtrar organizações por nome, sigla ou tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="82"/>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="83"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="403"/>
        <source>Add an organisation</source>
        <translation>Adicionar uma organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="84"/>
        <source>Edit the selected organisation</source>
        <translation>Editar a organização selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="85"/>
        <source>Merge the selected organisation into another</source>
        <translation>Fundir a organização selecionada com outra</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="86"/>
        <source>Delete the selected organisation</source>
        <translation>Eliminar a organização selecionada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="94"/>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="95"/>
        <source>&amp;People</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="96"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="97"/>
        <source>&amp;Committee</source>
        <translation>&amp;Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="99"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="100"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="101"/>
        <source>Undo the last edit</source>
        <translation>Anular a última alteração</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="118"/>
        <source>E&amp;rase…</source>
        <translation>Apa&amp;gar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="118"/>
        <source>Erase the selected person&apos;s details everywhere</source>
        <translation>Apagar em todo o lado os dados da pessoa escolhida</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="122"/>
        <source>The right to erasure: the person becomes “Former participant N”, their details gone, backups included</source>
        <translation>O direito ao apagamento: a pessoa passa a «Antigo participante N», sem os seus dados, também nas cópias de segurança</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="155"/>
        <source>Committee seats</source>
        <translation>Lugares na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="168"/>
        <source>Holders of the selected seat</source>
        <translation>Titulares do lugar selecionado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="172"/>
        <source>&amp;Set holder…</source>
        <translation>&amp;Definir titular…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="173"/>
        <source>Set who holds the selected seat</source>
        <translation>Definir quem ocupa o lugar selecionado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="182"/>
        <source>Holders of the selected seat, the earliest first:</source>
        <translation>Titulares do lugar selecionado, do mais antigo para o mais recente:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="259"/>
        <source>The last edit was undone.</source>
        <translation>A última alteração foi anulada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="270"/>
        <source>Merged {0} into {1}; nothing else referred to {0}.</source>
        <translation>Fusão de {0} em {1} concluída; não havia mais nenhuma referência a {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="271"/>
        <source>Merged {0} into {1}. Moved — {2}.</source>
        <translation>Fusão de {0} em {1} concluída. Transferências — {2}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="295"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="409"/>
        <source>Added {0}.</source>
        <translation>Registo adicionado: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="307"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="420"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="320"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="433"/>
        <source>Saved the changes to {0}.</source>
        <translation>Alterações a {0} guardadas.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="341"/>
        <source>Merge {0} into {1}?</source>
        <translation>Fundir {0} em {1}?</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="381"/>
        <source>Erase {0}? They become “Former participant” everywhere: their attendance, actions and seats stay, under that label, and their name, e-mail, phone and role are removed from the database and from every backup that holds them (those backups are rewritten). Names typed in minutes are not changed. This cannot be undone.</source>
        <translation>Apagar {0}? Passa a «Antigo participante» em todo o lado: as presenças, ações e lugares mantêm-se, com essa designação, e o nome, e-mail, telefone e cargo são removidos da base de dados e de todas as cópias de segurança que os contenham (essas cópias são reescritas). Os nomes escritos nas atas não são alterados. Não é possível anular.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="386"/>
        <source>Erase person</source>
        <translation>Apagar pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="445"/>
        <source>Merge {0}</source>
        <translation>Fundir {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="456"/>
        <source>Merge {0} into {1}? {0} will be deleted; this cannot be undone.</source>
        <translation>Fundir {0} com {1}? O registo de {0} será eliminado; esta operação não pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="341"/>
        <source>Merge people</source>
        <translation>Fundir pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="349"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="466"/>
        <source>attendance</source>
        <translation>presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="350"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="467"/>
        <source>actions owned</source>
        <translation>ações como responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="351"/>
        <source>progress updates</source>
        <translation>pontos de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="352"/>
        <source>meetings chaired or minuted</source>
        <translation>reuniões presididas ou secretariadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="353"/>
        <source>committee seat terms</source>
        <translation>mandatos na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="354"/>
        <source>attendance at the same meeting, dropped</source>
        <translation>presenças na mesma reunião, descartadas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="369"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="479"/>
        <source>Delete {0} from the directory? This cannot be undone.</source>
        <translation>Eliminar {0} do diretório? Esta operação não pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="370"/>
        <source>Delete person</source>
        <translation>Eliminar pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="373"/>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="483"/>
        <source>Deleted {0}.</source>
        <translation>Registo eliminado: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="391"/>
        <source>Erased {0}: now “{1}”; %n backup(s) rewritten.</source>
        <translation>
            <numerusform>{0} foi apagado: agora «{1}»; %n cópia de segurança reescrita.</numerusform>
            <numerusform>{0} foi apagado: agora «{1}»; %n cópias de segurança reescritas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="447"/>
        <source>{0} will be merged into the organisation you keep: its people, attendance, actions, clusters and committee seat move to that organisation, empty details are filled in, and {0} is deleted.</source>
        <translation>O registo de {0} será fundido com o da organização que mantiver: as pessoas, presenças, ações, clusters e lugar na Comissão passam para essa organização, os dados em falta são preenchidos e o registo de {0} é eliminado.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="457"/>
        <source>Merge organisations</source>
        <translation>Fundir organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="465"/>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="468"/>
        <source>clusters managed</source>
        <translation>clusters geridos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="469"/>
        <source>committee seat</source>
        <translation>lugar na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="480"/>
        <source>Delete organisation</source>
        <translation>Eliminar organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="495"/>
        <source>{0} was last recorded at a meeting on {1}, so the new holder is taken to start the day after. Change the day if you know it.</source>
        <translation>{0} foi registado pela última vez numa reunião a {1}, pelo que se considera que o novo titular começa no dia seguinte. Altere o dia se o souber.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="500"/>
        <source>{0} is not recorded at any meeting yet. Change the day if you know when the new holder started.</source>
        <translation>{0} ainda não está registado em nenhuma reunião. Altere o dia se souber quando começou o novo titular.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="504"/>
        <source>Nobody holds this seat yet: the day offered is that of the first meeting on record (or today), so that every meeting recorded finds the holder. Change it if you know the day.</source>
        <translation>Este lugar ainda não tem titular: o dia proposto é o da primeira reunião registada (ou o de hoje), para que todas as reuniões registadas encontrem o titular. Altere-o se souber o dia.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="515"/>
        <source>{0} holds {1} from {2}.</source>
        <translation>{0} é titular do lugar {1} a partir de {2}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="519"/>
        <source>Choose who holds the seat.</source>
        <translation>Escolha quem ocupa o lugar.</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="33"/>
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Ata (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="36"/>
        <source>&amp;Agenda (PDF)…</source>
        <translation>&amp;Ordem de trabalhos (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="40"/>
        <source>Action &amp;report (PDF)…</source>
        <translation>&amp;Relatório de ações (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="44"/>
        <source>Minutes &amp;binder (PDF)…</source>
        <translation>Livro de a&amp;tas (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="48"/>
        <source>&amp;Calendar invitation (.ics)…</source>
        <translation>&amp;Convite de calendário (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="53"/>
        <source>&amp;Planned meetings calendar (.ics)…</source>
        <translation>Calendário das reuniões &amp;previstas (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="58"/>
        <source>Print pre&amp;view of the minutes…</source>
        <translation>Pré-&amp;visualizar a impressão da ata…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="62"/>
        <source>&amp;Print the minutes…</source>
        <translation>Im&amp;primir a ata…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="66"/>
        <source>Veri&amp;fy a PDF…</source>
        <translation>Veri&amp;ficar um PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="69"/>
        <source>Say which meeting and version a PDF of minutes is, and whether it is the approved one unchanged</source>
        <translation>Dizer de que reunião e versão é um PDF de uma ata, e se é a versão aprovada, sem alterações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="121"/>
        <source>&amp;Português</source>
        <translation>&amp;Português</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_commands.py" line="121"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
</context>
<context>
    <name>DocumentFlow</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="69"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="72"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="62"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; não foi guardado nenhum ficheiro.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="77"/>
        <source>Save the minutes of {0}</source>
        <translation>Guardar a ata de {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="100"/>
        <source>Writing the minutes of {0}…</source>
        <translation>A gerar a ata de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="95"/>
        <source>Minutes of {0} saved to {1}.</source>
        <translation>Ata de {0} guardada em {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="97"/>
        <source>Approved minutes of {0} (version {1}, PDF/A) saved to {2}.</source>
        <translation>Ata aprovada de {0} (versão {1}, PDF/A) gravada em {2}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="103"/>
        <source>Save the agenda of {0}</source>
        <translation>Guardar a ordem de trabalhos de {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="113"/>
        <source>Writing the agenda of {0}…</source>
        <translation>A gerar a ordem de trabalhos de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="115"/>
        <source>Agenda of {0} saved to {1}.</source>
        <translation>Ordem de trabalhos de {0} guardada em {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="120"/>
        <source>Save the calendar invitation to {0}</source>
        <translation>Guardar o convite de calendário para {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="133"/>
        <source>Writing the invitation to {0}…</source>
        <translation>A gerar o convite para {0}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="135"/>
        <source>Calendar invitation to {0} saved to {1}.</source>
        <translation>Convite de calendário para {0} guardado em {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="142"/>
        <source>Save the planned meetings calendar</source>
        <translation>Guardar o calendário das reuniões previstas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="156"/>
        <source>Writing the calendar of planned meetings…</source>
        <translation>A gerar o calendário das reuniões previstas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="159"/>
        <source>Calendar of %n planned meeting(s) saved to {0}.</source>
        <translation>
            <numerusform>Calendário de %n reunião prevista guardado em {0}.</numerusform>
            <numerusform>Calendário de %n reuniões previstas guardado em {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="189"/>
        <source>Report of %Ln open action(s), {0} overdue, saved to {1}.</source>
        <translation>
            <numerusform>Relatório de %Ln ação em aberto, {0} em atraso, guardado em {1}.</numerusform>
            <numerusform>Relatório de %Ln ações em aberto, {0} em atraso, guardado em {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="220"/>
        <source>Binder of %n meeting(s) of {0} in {1} saved to {2}.</source>
        <translation>
            <numerusform>Livro de atas de {0} em {1}, com %n reunião, guardado em {2}.</numerusform>
            <numerusform>Livro de atas de {0} em {1}, com %n reuniões, guardado em {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="228"/>
        <source>Verify a PDF</source>
        <translation>Verificar um PDF</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="244"/>
        <source>Checking {0}…</source>
        <translation>A verificar {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="322"/>
        <source>Minutes of {0} sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Ata de {0} enviada para a impressora: %n página.</numerusform>
            <numerusform>Ata de {0} enviada para a impressora: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="171"/>
        <source>Save the action report</source>
        <translation>Guardar o relatório de ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="194"/>
        <source>Writing the action report…</source>
        <translation>A gerar o relatório de ações…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="206"/>
        <source>Save the minutes binder</source>
        <translation>Guardar o livro de atas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="217"/>
        <source>Binding the minutes of {0} for {1}…</source>
        <translation>A reunir as atas de {0} de {1}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="274"/>
        <source>Preparing the minutes of {0}…</source>
        <translation>A preparar a ata de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="283"/>
        <source>The minutes could not be opened for printing ({0}).</source>
        <translation>Não foi possível abrir a ata para impressão ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="292"/>
        <source>Print preview — minutes of {0}</source>
        <translation>Pré-visualização da impressão — ata de {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="311"/>
        <source>Print the minutes of {0}</source>
        <translation>Imprimir a ata de {0}</translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="43"/>
        <source>Export a workbook</source>
        <translation>Exportar um livro de Excel</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="45"/>
        <source>&amp;All clusters</source>
        <translation>&amp;Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="46"/>
        <source>&amp;Only these clusters:</source>
        <translation>Apenas &amp;estes clusters:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="49"/>
        <source>Clusters to export</source>
        <translation>Clusters a exportar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="63"/>
        <source>Meetings &amp;from</source>
        <translation>Reuniões &amp;desde</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="65"/>
        <source>Meetings &amp;until</source>
        <translation>Reuniões &amp;até</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="82"/>
        <source>&amp;Choose file…</source>
        <translation>Escol&amp;her ficheiro…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="94"/>
        <source>People and organisations are always exported whole. Meetings, with their attendance, agenda and decisions, and actions follow the clusters and period chosen.</source>
        <translation>As pessoas e as entidades são sempre exportadas por inteiro. As reuniões, com presenças, ordem de trabalhos e deliberações, e as ações seguem os clusters e o período escolhidos.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="123"/>
        <source>Tick at least one cluster, or choose all clusters.</source>
        <translation>Assinale pelo menos um cluster, ou escolha todos os clusters.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="125"/>
        <source>The period ends before it starts.</source>
        <translation>O período termina antes de começar.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="42"/>
        <source>&lt;h3&gt;A new database: where to begin&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Uma base de dados nova: por onde começar&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="48"/>
        <source>It already holds the 18 clusters with their management entities, the committee&apos;s seats, the pacts&apos; goals and the output types. Who is who is up to you:</source>
        <translation>Já contém os 18 clusters com as respetivas entidades gestoras, os assentos da comissão, os objetivos dos pactos e os tipos de resultado. Falta dizer quem é quem:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="58"/>
        <source>1. Say who sits on the committee (the chair and members a–h) and add the cluster&apos;s people. Each new meeting then lists them for attendance, and offers them as chair and secretary.</source>
        <translation>1. Indique quem tem assento na comissão (a presidência e os membros a–h) e acrescente as pessoas do cluster. Cada nova reunião passa a listá-las nas presenças e a propô-las para presidente e secretário.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="61"/>
        <source>&amp;People and organisations…</source>
        <translation>&amp;Pessoas e organizações…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="66"/>
        <source>Or bring in what the secretariat already keeps in a PactDesk workbook (.xlsx or .ods).</source>
        <translation>Ou traga o que o secretariado já tem num livro do PactDesk (.xlsx ou .ods).</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="67"/>
        <source>&amp;Import a workbook…</source>
        <translation>&amp;Importar um livro…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="73"/>
        <source>Or look around first: the demo holds three years of made-up meetings, minutes and actions. It opens in a window of its own; this database stays as it is.</source>
        <translation>Ou explore primeiro: a demonstração tem três anos de reuniões, atas e ações fictícias. Abre numa janela própria; esta base de dados fica como está.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="76"/>
        <source>Open the &amp;demo</source>
        <translation>Abrir a &amp;demonstração</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="81"/>
        <source>2. Then make the cluster&apos;s first meeting (Ctrl+N): its attendance starts from the committee.</source>
        <translation>2. Depois, crie a primeira reunião do cluster (Ctrl+N): as presenças partem da composição da comissão.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="82"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nova reunião…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="130"/>
        <source>PactDesk could not open a window on the demo ({0}).</source>
        <translation>O PactDesk não conseguiu abrir uma janela com a demonstração ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/first_run.py" line="156"/>
        <source>Making the demo…</source>
        <translation>A preparar a demonstração…</translation>
    </message>
</context>
<context>
    <name>FollowUpPages</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/pages.py" line="34"/>
        <source>Action tracker</source>
        <translation>Seguimento de ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/pages.py" line="35"/>
        <source>Outputs</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/pages.py" line="36"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/pages.py" line="37"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/pages.py" line="38"/>
        <source>Decisions</source>
        <translation>Deliberações</translation>
    </message>
</context>
<context>
    <name>GoalActionsModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="181"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="182"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="183"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="184"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="185"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="186"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="187"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="193"/>
        <source>{0} ⚠ overdue</source>
        <translation>{0} ⚠ em atraso</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="122"/>
        <source>Goal and clusters</source>
        <translation>Objetivo e clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="123"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="124"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="125"/>
        <source>Outputs</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="126"/>
        <source>Achieved</source>
        <translation>Alcançados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="130"/>
        <source>The pacts&apos; goals; under each, the clusters with actions or outputs tagged with it</source>
        <translation>Os objetivos dos pactos; sob cada um, os clusters com ações ou resultados associados a esse objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="131"/>
        <source>Actions tagged with the goal</source>
        <translation>Ações associadas ao objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="132"/>
        <source>Of those actions, the ones still open or in progress</source>
        <translation>Dessas ações, as que ainda estão em aberto ou em curso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="133"/>
        <source>Outputs tagged with the goal</source>
        <translation>Resultados associados ao objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="134"/>
        <source>Of those outputs, the ones achieved</source>
        <translation>Desses resultados, os alcançados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="163"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="165"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="168"/>
        <source>Goal {0}</source>
        <translation>Objetivo {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="168"/>
        <source>Goal {0}, {1}</source>
        <translation>Objetivo {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="169"/>
        <source>{0}: {1} actions ({2} open), {3} outputs ({4} achieved)</source>
        <translation>{0}: {1} ações ({2} em aberto), {3} resultados ({4} alcançados)</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="224"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="226"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="230"/>
        <source>An action or output tagged with several goals counts under each of them. Choose a goal, or a cluster under it, to list them.</source>
        <translation>Uma ação ou um resultado associado a vários objetivos conta em cada um deles. Escolha um objetivo, ou um cluster dentro dele, para os listar.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="237"/>
        <source>The pacts are carried out through: {0}.</source>
        <translation>Os pactos concretizam-se através de: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="251"/>
        <source>Goals, with their actions and outputs by cluster</source>
        <translation>Objetivos, com as respetivas ações e resultados por cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="269"/>
        <source>Actions tagged with the chosen goal</source>
        <translation>Ações associadas ao objetivo escolhido</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="281"/>
        <source>Outputs tagged with the chosen goal</source>
        <translation>Resultados associados ao objetivo escolhido</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="343"/>
        <source>Double-click (or Enter) to open it</source>
        <translation>Faça duplo clique (ou prima Enter) para abrir</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="393"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="395"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="406"/>
        <source>Choose a goal to see its actions and outputs.</source>
        <translation>Escolha um objetivo para ver as respetivas ações e resultados.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="413"/>
        <source>all clusters</source>
        <translation>todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="414"/>
        <source>Goal {0}: {1} — {2}</source>
        <translation>Objetivo {0}: {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="415"/>
        <source>&amp;Actions: {0}</source>
        <translation>Açõe&amp;s: {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/goals_page.py" line="416"/>
        <source>O&amp;utputs: {0}</source>
        <translation>Res&amp;ultados: {0}</translation>
    </message>
</context>
<context>
    <name>GuestForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="109"/>
        <source>Add a guest</source>
        <translation>Adicionar um convidado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="112"/>
        <source>name@example.pt</source>
        <translation>nome@exemplo.pt</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="114"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="116"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="117"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="118"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="119"/>
        <source>Guest&apos;s name</source>
        <translation>Nome do convidado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="120"/>
        <source>Guest&apos;s e-mail</source>
        <translation>E-mail do convidado</translation>
    </message>
</context>
<context>
    <name>HolderForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="220"/>
        <source>Set the holder of {0}</source>
        <translation>Definir o titular do lugar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="237"/>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="238"/>
        <source>&amp;Since</source>
        <translation>&amp;Desde</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="153"/>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="157"/>
        <source>What the import would do, per sheet</source>
        <translation>O que a importação faria, por folha</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="159"/>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="175"/>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="159"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="159"/>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="159"/>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="173"/>
        <source>Problems to correct before importing</source>
        <translation>Problemas a corrigir antes de importar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="175"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="175"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="175"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="198"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="202"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="210"/>
        <source>Problems, by sheet, row and column:</source>
        <translation>Problemas, por folha, linha e coluna:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="230"/>
        <source> Only the first {0} are listed.</source>
        <translation> Só os primeiros {0} são listados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="233"/>
        <source>The workbook has %Ln problem(s), so nothing can be imported. Correct them in the workbook and import it again.{0}</source>
        <translation>
            <numerusform>O livro tem %Ln problema, pelo que nada pode ser importado. Corrija-o no livro e importe-o de novo.{0}</numerusform>
            <numerusform>O livro tem %Ln problemas, pelo que nada pode ser importado. Corrija-os no livro e importe-o de novo.{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="241"/>
        <source>The workbook can be imported: %Ln change(s). A backup of the database is taken first, and everything is written at once or not at all. Undo does not reach an import; the backup can bring the database back.</source>
        <translation>
            <numerusform>O livro pode ser importado: %Ln alteração. Primeiro é feita uma cópia de segurança da base de dados, e tudo é gravado de uma só vez ou nada é gravado. Anular não desfaz uma importação; a cópia de segurança permite repor a base de dados.</numerusform>
            <numerusform>O livro pode ser importado: %Ln alterações. Primeiro é feita uma cópia de segurança da base de dados, e tudo é gravado de uma só vez ou nada é gravado. Anular não desfaz uma importação; a cópia de segurança permite repor a base de dados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="239"/>
        <source>The database already holds everything in this workbook; there is nothing to import.</source>
        <translation>A base de dados já contém tudo o que está neste livro; não há nada a importar.</translation>
    </message>
</context>
<context>
    <name>ItemMoves</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="46"/>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="47"/>
        <source>More for the chosen item</source>
        <translation>Mais ações para o ponto escolhido</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="48"/>
        <source>Park the item for a later meeting, move it to the next one, duplicate it</source>
        <translation>Pôr o ponto em espera para uma próxima reunião, passá-lo para a seguinte, duplicá-lo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="52"/>
        <source>&amp;Park for a later meeting</source>
        <translation>&amp;Pôr em espera para uma próxima reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="54"/>
        <source>Move to the &amp;next meeting</source>
        <translation>Passar para a &amp;reunião seguinte</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="56"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="60"/>
        <source>&amp;Backlog…</source>
        <translation>Temas em e&amp;spera…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="61"/>
        <source>The cluster&apos;s topics for a later meeting</source>
        <translation>Os temas do cluster para uma próxima reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="89"/>
        <source>Park “{0}” for a later meeting</source>
        <translation>colocação de «{0}» em espera para uma próxima reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="91"/>
        <source>“{0}” is in the backlog: Backlog… adds it to a planned meeting.</source>
        <translation>«{0}» está nos temas em espera: Temas em espera… acrescenta-o a uma reunião prevista.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="105"/>
        <source>Move “{0}” to the next meeting</source>
        <translation>passagem de «{0}» para a reunião seguinte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="109"/>
        <source>“{0}” is on the agenda of {1} now, with %n open action(s).</source>
        <translation>
            <numerusform>«{0}» está agora na ordem de trabalhos de {1}, com %n ação em aberto.</numerusform>
            <numerusform>«{0}» está agora na ordem de trabalhos de {1}, com %n ações em aberto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="125"/>
        <source>Duplicate “{0}”</source>
        <translation>duplicação de «{0}»</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/background.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/background.py" line="65"/>
        <source>PactDesk</source>
        <translation>PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/background.py" line="85"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="54"/>
        <source>en</source>
        <comment>the code of this translation&apos;s language: pt or en</comment>
        <translation>pt</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/list_tab.py" line="62"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/list_tab.py" line="63"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/list_tab.py" line="64"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fundir…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/list_tab.py" line="65"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="94"/>
        <source>PactDesk — {0}</source>
        <translation>PactDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="103"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="110"/>
        <source>Filter meetings</source>
        <translation>Filtrar reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="111"/>
        <source>Filter by reference, title, place or kind (Ctrl+F)</source>
        <translation>Filtrar por referência, título, local ou tipo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="118"/>
        <location filename="../../src/pactdesk/gui/main_window.py" line="146"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="136"/>
        <source>Opening the database…</source>
        <translation>A abrir a base de dados…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="332"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nova reunião…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="333"/>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Eliminar reunião…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="337"/>
        <source>&amp;People and organisations…</source>
        <translation>&amp;Pessoas e organizações…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="338"/>
        <source>Your &amp;name…</source>
        <translation>O seu &amp;nome…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="340"/>
        <source>The name this laptop&apos;s file records as the author of your changes</source>
        <translation>O nome que o ficheiro deste portátil regista como autor das suas alterações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="341"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="345"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="346"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="352"/>
        <source>&amp;Filter meetings</source>
        <translation>&amp;Filtrar reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="354"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="361"/>
        <source>&amp;Present meeting</source>
        <translation>A&amp;presentar reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="364"/>
        <source>Show the meeting on the room&apos;s screen, with a presenter panel here (F5)</source>
        <translation>Mostrar a reunião no ecrã da sala, com um painel de apresentação aqui (F5)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="368"/>
        <source>&amp;Search everything</source>
        <translation>&amp;Pesquisar em tudo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="371"/>
        <location filename="../../src/pactdesk/gui/main_window.py" line="373"/>
        <source>&amp;Workbook (.xlsx or .ods)…</source>
        <translation>&amp;Livro (.xlsx ou .ods)…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="387"/>
        <source>&amp;About PactDesk</source>
        <translation>&amp;Acerca do PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="390"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="395"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="398"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="401"/>
        <source>Document &amp;language</source>
        <translation>&amp;Língua dos documentos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="404"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="408"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="410"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="418"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="419"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="422"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="567"/>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="568"/>
        <source>The name recorded beside your changes (“last changed by …”):</source>
        <translation>O nome registado junto das suas alterações («alterado pela última vez por …»):</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="577"/>
        <source>Your changes are now recorded as {0}&apos;s.</source>
        <translation>As suas alterações passam a ficar registadas em nome de {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="595"/>
        <source>PactDesk — {0} (read only)</source>
        <translation>PactDesk — {0} (só de leitura)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/main_window.py" line="623"/>
        <source>%Ln meeting(s) — opening the database…</source>
        <translation>
            <numerusform>%Ln reunião — a abrir a base de dados…</numerusform>
            <numerusform>%Ln reuniões — a abrir a base de dados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/main_window.py" line="626"/>
        <source>%Ln meeting(s) — {0}</source>
        <translation>
            <numerusform>%Ln reunião — {0}</numerusform>
            <numerusform>%Ln reuniões — {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/commands.py" line="57"/>
        <source>New meeting</source>
        <translation>nova reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="645"/>
        <source>Meeting {0} created.</source>
        <translation>Reunião {0} criada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/commands.py" line="71"/>
        <source>With it go {0} attendance records, {1} agenda items ({2} with minutes), {3} decisions and {4} actions.</source>
        <translation>Com ela são eliminados {0} registos de presença, {1} pontos da ordem de trabalhos ({2} com ata), {3} deliberações e {4} ações.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/commands.py" line="81"/>
        <source>Delete meeting {0}?</source>
        <translation>Eliminar a reunião {0}?</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/commands.py" line="84"/>
        <source>Edit → Undo brings it back.</source>
        <translation>Editar → Anular repõe-na.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/commands.py" line="86"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/commands.py" line="94"/>
        <source>Delete meeting {0}</source>
        <translation>eliminação da reunião {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="697"/>
        <source>About PactDesk</source>
        <translation>Acerca do PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="699"/>
        <source>&lt;b&gt;PactDesk {0}&lt;/b&gt;&lt;p&gt;The Monitoring Committee&apos;s meetings, minutes, actions and outputs, offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PactDesk {0}&lt;/b&gt;&lt;p&gt;As reuniões, atas, ações e resultados da Comissão de Acompanhamento, sem necessidade de ligação à Internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="804"/>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/main_window.py" line="806"/>
        <source>What you typed last could not be saved (the reason was just shown). The minutes you typed are on the clipboard, to paste elsewhere.

Close PactDesk all the same?</source>
        <translation>Não foi possível guardar o que escreveu por último (a razão acabou de ser indicada). A ata que escreveu está na área de transferência, para a colar noutro sítio.

Fechar o PactDesk mesmo assim?</translation>
    </message>
</context>
<context>
    <name>MattersArising</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="33"/>
        <source>Open actions of the cluster</source>
        <translation>Ações em aberto do cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="36"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="37"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="38"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="39"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="40"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="41"/>
        <source>Said at this meeting</source>
        <translation>Dito nesta reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="48"/>
        <source>Open actions of the cluster, raised at earlier meetings:</source>
        <translation>Ações em aberto do cluster, decorrentes de reuniões anteriores:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="52"/>
        <source>Progress &amp;update…</source>
        <translation>&amp;Ponto de situação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="54"/>
        <source>Record what was said about the chosen action at this meeting</source>
        <translation>Registar o que foi dito nesta reunião sobre a ação escolhida</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="90"/>
        <source>{0} ⚠ overdue</source>
        <translation>{0} ⚠ em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="93"/>
        <source>{0} here</source>
        <translation>{0} nesta reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="107"/>
        <source>{0} — {1}
Owner: {2} · due {3} · {4}</source>
        <translation>{0} — {1}
Responsável: {2} · prazo {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="109"/>
        <source>Said at this meeting: {0}</source>
        <translation>Dito nesta reunião: {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/matters_arising.py" line="126"/>
        <source>Progress update on {0}</source>
        <translation>ponto de situação da ação {0}</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="51"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="50"/>
        <source>The meeting&apos;s details</source>
        <translation>Os detalhes da reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="52"/>
        <source>A&amp;ttendance</source>
        <translation>&amp;Presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="53"/>
        <source>A&amp;genda and minutes</source>
        <translation>&amp;Ordem de trabalhos e ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="54"/>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="55"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="60"/>
        <source>Choose a meeting on the left, or make a new one with Ctrl+N.</source>
        <translation>Escolha uma reunião à esquerda ou crie uma nova com Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="160"/>
        <source> — minutes approved at {0} on {1}, locked</source>
        <translation> — ata aprovada na reunião {0} em {1}, bloqueada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="162"/>
        <source> — minutes approved by written procedure on {0}, locked</source>
        <translation> — ata aprovada por procedimento escrito em {0}, bloqueada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/editor.py" line="163"/>
        <source> — minutes approved on {0}, locked</source>
        <translation> — ata aprovada em {0}, bloqueada</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="23"/>
        <source>Monitoring</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="24"/>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="25"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="26"/>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="27"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="28"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/meeting_list_model.py" line="106"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/meeting_list_model.py" line="107"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/meeting_list_model.py" line="108"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/meeting_list_model.py" line="109"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/meeting_list_model.py" line="110"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/meeting_list_model.py" line="111"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/meeting_list_model.py" line="112"/>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="29"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="30"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="31"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>MergeForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="277"/>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/minutes_box.py" line="68"/>
        <source>Minutes of this item</source>
        <translation>Ata deste ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/minutes_box.py" line="70"/>
        <source>The minutes of this item. Start a line with “- ” for a bullet.</source>
        <translation>A ata deste ponto. Comece uma linha com “- ” para criar um marcador.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/minutes_box.py" line="159"/>
        <source>Type minutes of item {0}</source>
        <translation>redação da ata do ponto {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/minutes_box.py" line="116"/>
        <source>The server cannot be reached; your text is kept here. PactDesk tries again.</source>
        <translation>Não é possível contactar o servidor; o seu texto continua aqui. O PactDesk volta a tentar.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/minutes_box.py" line="186"/>
        <source>Item {0}, “{1}”,</source>
        <translation>O ponto {0}, «{1}»,</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="32"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="33"/>
        <source>Circulated</source>
        <translation>Em circulação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="34"/>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="36"/>
        <source>New meeting</source>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="38"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="42"/>
        <source>Kind of meeting</source>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="46"/>
        <source>Starts at</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="52"/>
        <source>Length in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="57"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="58"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="59"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/new_meeting_dialog.py" line="60"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duração:</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="68"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="69"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="70"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="71"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="72"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="73"/>
        <source>Age (days)</source>
        <translation>Idade (dias)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="74"/>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="78"/>
        <source>overdue by {0} days</source>
        <translation>{0} dias de atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="78"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="87"/>
        <source>Due on {0}: overdue by {1} days</source>
        <translation>Prazo a {0}: {1} dias de atraso</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="176"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="177"/>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigla</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="178"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="179"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="180"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="16"/>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="17"/>
        <source>Agency</source>
        <translation>Agência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="18"/>
        <source>Cluster management entity</source>
        <translation>Entidade gestora do cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="19"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="20"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="21"/>
        <source>Association</source>
        <translation>Associação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="22"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="55"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="56"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="57"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="59"/>
        <source>Committee seat</source>
        <translation>Lugar na Comissão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="60"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>OutputForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="74"/>
        <source>Title of the output</source>
        <translation>Título do resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="77"/>
        <source>Date of the output</source>
        <translation>Data do resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="78"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="80"/>
        <source>Status of the output</source>
        <translation>Estado do resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="85"/>
        <source>Progress, in per cent</source>
        <translation>Progresso, em percentagem</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="86"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="92"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="96"/>
        <source>Linked meetings, by reference</source>
        <translation>Reuniões associadas, por referência</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="97"/>
        <source>References of the cluster&apos;s meetings, e.g. AEC-2025-01, AEC-2025-03</source>
        <translation>Referências das reuniões do cluster, p. ex. AEC-2025-01, AEC-2025-03</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="100"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="101"/>
        <source>Where the output can be seen: reports, programmes, lists, links</source>
        <translation>Onde se pode verificar o resultado: relatórios, programas, listas, ligações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="112"/>
        <source>Goal {0}: {1}</source>
        <translation>Objetivo {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="125"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="143"/>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="146"/>
        <source>Evide&amp;nce:</source>
        <translation>Ev&amp;idências:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="260"/>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="264"/>
        <source>{0} saved this output at {1}, after it was shown here. Save again to keep yours on top of theirs, or Revert to see theirs.</source>
        <translation>{0} guardou este resultado às {1}, depois de ter sido mostrado aqui. Guarde de novo para manter o seu por cima do dessa pessoa, ou Reverter para ver o dessa pessoa.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="127"/>
        <source>Save the output</source>
        <translation>Guardar o resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="129"/>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="202"/>
        <source>&amp;Revert</source>
        <translation>Rep&amp;or</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="131"/>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="203"/>
        <source>Revert to what is saved</source>
        <translation>Repor o que está guardado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="141"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="142"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="144"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Progresso:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="145"/>
        <source>Meet&amp;ings:</source>
        <translation>Reu&amp;niões:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="147"/>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="168"/>
        <source>Choose an output to edit it.</source>
        <translation>Escolha um resultado para o editar.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="191"/>
        <source>{0} — {1}, output type {2}</source>
        <translation>{0} — {1}, tipo de resultado {2}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="211"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_form.py" line="212"/>
        <source>Cancel the new output</source>
        <translation>Cancelar o novo resultado</translation>
    </message>
</context>
<context>
    <name>OutputListModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="207"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="208"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="209"/>
        <source>Output</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="210"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="211"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="212"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="213"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="214"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="231"/>
        <source>Output type {0}: {1}</source>
        <translation>Tipo de resultado {0}: {1}</translation>
    </message>
</context>
<context>
    <name>OutputMatrixModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="117"/>
        <source>{0} · {1} ✓</source>
        <translation>{0} · {1} ✓</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="123"/>
        <source>All clusters, every output type</source>
        <translation>Todos os clusters, todos os tipos de resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="125"/>
        <source>All clusters — output type {0}: {1}</source>
        <translation>Todos os clusters — tipo de resultado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="127"/>
        <source>{0} ({1}) — every output type</source>
        <translation>{0} ({1}) — todos os tipos de resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="129"/>
        <source>{0} ({1})
Output type {2}: {3}</source>
        <translation>{0} ({1})
Tipo de resultado {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="133"/>
        <source>{0}
No outputs yet.</source>
        <translation>{0}
Ainda sem resultados.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="135"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="137"/>
        <source>%Ln output(s):</source>
        <translation>
            <numerusform>%Ln resultado:</numerusform>
            <numerusform>%Ln resultados:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="152"/>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="159"/>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="167"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="152"/>
        <source>All output types</source>
        <translation>Todos os tipos de resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="155"/>
        <source>Output type {0}: {1}</source>
        <translation>Tipo de resultado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="159"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="162"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
</context>
<context>
    <name>OutputStatus</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="43"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="44"/>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="45"/>
        <source>Achieved</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="46"/>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="54"/>
        <source>Outputs by cluster and output type</source>
        <translation>Resultados por cluster e tipo de resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="57"/>
        <source>Each cell counts a cluster&apos;s outputs of one type and how many are achieved; choose one to list them.</source>
        <translation>Cada célula conta os resultados de um tipo num cluster e quantos foram alcançados; escolha uma para os listar.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="74"/>
        <source>Outputs by cluster (rows) and output type (columns). “3 · 1 ✓”: three outputs, one achieved. Point at a cell or a header for the names; choose a cell to see its outputs.</source>
        <translation>Resultados por cluster (linhas) e tipo de resultado (colunas). «3 · 1 ✓»: três resultados, um alcançado. Aponte para uma célula ou um cabeçalho para ver os nomes; escolha uma célula para ver os respetivos resultados.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="85"/>
        <source>Outputs of the chosen cell</source>
        <translation>Resultados da célula escolhida</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="108"/>
        <source>&amp;Add output</source>
        <translation>Adicionar &amp;resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="110"/>
        <source>Add an output to the chosen cluster and output type</source>
        <translation>Adicionar um resultado ao cluster e ao tipo de resultado escolhidos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="112"/>
        <source>Re&amp;move output</source>
        <translation>Re&amp;mover resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="114"/>
        <source>Remove the chosen output</source>
        <translation>Remover o resultado escolhido</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="115"/>
        <source>Edit → Undo brings it back</source>
        <translation>Editar → Anular repõe-no</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="137"/>
        <source>The output</source>
        <translation>O resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="268"/>
        <source>Choose a cell of the matrix to see its outputs.</source>
        <translation>Escolha uma célula da matriz para ver os respetivos resultados.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="271"/>
        <source>All clusters, every output type</source>
        <translation>Todos os clusters, todos os tipos de resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="273"/>
        <source>All clusters — output type {0}: {1}</source>
        <translation>Todos os clusters — tipo de resultado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="275"/>
        <source>{0} — every output type</source>
        <translation>{0} — todos os tipos de resultado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="277"/>
        <source>{0} — output type {1}: {2}</source>
        <translation>{0} — tipo de resultado {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="278"/>
        <source>no outputs yet</source>
        <translation>ainda sem resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="278"/>
        <source>%Ln output(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="279"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="284"/>
        <source>Choose an output in the list to edit it, or add one.</source>
        <translation>Escolha um resultado da lista para o editar, ou adicione um.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="286"/>
        <source>Choose an output in the list to edit it.</source>
        <translation>Escolha um resultado da lista para o editar.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="288"/>
        <source>Choose a cell of the matrix, then an output.</source>
        <translation>Escolha uma célula da matriz e, depois, um resultado.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="395"/>
        <source>Edit output {0}</source>
        <translation>edição do resultado {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="430"/>
        <source>Add output to {0}, type {1}</source>
        <translation>adição de resultado a {0}, tipo {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="456"/>
        <source>New output of {0} ({1}), output type {2}: {3}</source>
        <translation>Novo resultado de {0} ({1}), tipo de resultado {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="471"/>
        <source>Remove output {0}</source>
        <translation>remoção do resultado {0}</translation>
    </message>
</context>
<context>
    <name>PeopleMergeForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="304"/>
        <source>Merge people</source>
        <translation>Fundir pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="309"/>
        <source>Choose the other record of the same person, and which of the two to keep. The other one is merged into it: their attendance, actions, progress updates, meetings and committee seats move to the one kept, its empty details are filled in, and the other record is deleted. Undo brings it back.</source>
        <translation>Escolha o outro registo da mesma pessoa e qual dos dois manter. O outro é fundido nele: as presenças, ações, pontos de situação, reuniões e lugares na Comissão passam para o registo mantido, os dados em falta são preenchidos e o outro registo é eliminado. Anular repõe-no.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="325"/>
        <source>&amp;Same person as {0}</source>
        <translation>&amp;Mesma pessoa que {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="326"/>
        <source>&amp;Keep</source>
        <translation>Ma&amp;nter</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="332"/>
        <source>{0} — history: {1}</source>
        <translation>{0} — histórico: {1}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="32"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="33"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="34"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="36"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="37"/>
        <source>Committee seat</source>
        <translation>Lugar na Comissão</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="114"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="121"/>
        <source>name@example.pt</source>
        <translation>nome@exemplo.pt</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="123"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="124"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="125"/>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="126"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="127"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
</context>
<context>
    <name>PersonLabel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="20"/>
        <source>{0} (no organisation)</source>
        <translation>{0} (sem organização)</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="124"/>
        <source>Presenting {0} · {1}</source>
        <translation>A apresentar {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="132"/>
        <source>There is no screen {0}: the wall is on screen {1}.</source>
        <translation>Não há ecrã {0}: a projeção está no ecrã {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="268"/>
        <source>The wall&apos;s screen was disconnected: the wall is now on screen {0}.</source>
        <translation>O ecrã da projeção foi desligado: a projeção está agora no ecrã {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="281"/>
        <source>The wall moved to the new screen {0}.</source>
        <translation>A projeção passou para o novo ecrã {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="300"/>
        <source>Meeting {0} is no longer there: presenting stopped.</source>
        <translation>A reunião {0} já não existe: a apresentação terminou.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="344"/>
        <source>the agenda</source>
        <translation>a ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="345"/>
        <source>the current item</source>
        <translation>o ponto em curso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="346"/>
        <source>the matters arising</source>
        <translation>os assuntos pendentes</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="347"/>
        <source>the cluster&apos;s outputs and actions</source>
        <translation>os resultados e as ações do cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="355"/>
        <source>No agenda item</source>
        <translation>Nenhum ponto da ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="361"/>
        <source>(this is the last item)</source>
        <translation>(este é o último ponto)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="366"/>
        <source>screen {0} ({1})</source>
        <translation>ecrã {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="366"/>
        <source>screen {0}</source>
        <translation>ecrã {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="368"/>
        <source>The wall is blank (B to show {0}) · {1}</source>
        <translation>A projeção está em negro (B para mostrar {0}) · {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="370"/>
        <source>The wall shows {0} · {1}</source>
        <translation>A projeção mostra {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="371"/>
        <source>full screen</source>
        <translation>ecrã inteiro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="371"/>
        <source>in a window</source>
        <translation>numa janela</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="380"/>
        <source>{0} · presenting for {1}</source>
        <translation>{0} · em apresentação há {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="390"/>
        <source>{0} of {1} min planned</source>
        <translation>{0} de {1} min previstos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="392"/>
        <source>{0} (no time planned)</source>
        <translation>{0} (sem tempo previsto)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/controller.py" line="393"/>
        <source>{0} +{1} min over</source>
        <translation>{0} +{1} min além do previsto</translation>
    </message>
</context>
<context>
    <name>PresenterPanel</name>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="64"/>
        <source>Presenter</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="72"/>
        <source>Presenter controls</source>
        <translation>Comandos da apresentação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="99"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="99"/>
        <source>Previous item (←, Page Up)</source>
        <translation>Ponto anterior (←, Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="101"/>
        <source>Next ▶</source>
        <translation>Seguinte ▶</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="101"/>
        <source>Next item (→, Page Down)</source>
        <translation>Ponto seguinte (→, Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="103"/>
        <source>1 Agenda</source>
        <translation>1 Ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="103"/>
        <source>Show the agenda (1)</source>
        <translation>Mostrar a ordem de trabalhos (1)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="104"/>
        <source>2 Item</source>
        <translation>2 Ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="104"/>
        <source>Show the current item (2)</source>
        <translation>Mostrar o ponto em curso (2)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="106"/>
        <source>3 Matters arising</source>
        <translation>3 Assuntos pendentes</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="106"/>
        <source>Show the open actions of the cluster (3)</source>
        <translation>Mostrar as ações em aberto do cluster (3)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="109"/>
        <source>4 Figures</source>
        <translation>4 Números</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="109"/>
        <source>Show the cluster&apos;s outputs and actions (4)</source>
        <translation>Mostrar os resultados e as ações do cluster (4)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="114"/>
        <source>Blank</source>
        <translation>Negro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="114"/>
        <source>Black screen, and back (B)</source>
        <translation>Ecrã em negro, e de volta (B)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="117"/>
        <source>Full screen</source>
        <translation>Ecrã inteiro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="117"/>
        <source>The wall full screen, or in a window (F)</source>
        <translation>A projeção em ecrã inteiro, ou numa janela (F)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="122"/>
        <source>Screen</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="123"/>
        <source>The screen the wall is on</source>
        <translation>O ecrã onde está a projeção</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="129"/>
        <source>Stop</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="129"/>
        <source>Stop presenting (Esc)</source>
        <translation>Terminar a apresentação (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="133"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="137"/>
        <source>Next</source>
        <translation>A seguir</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="144"/>
        <source>The wall</source>
        <translation>A projeção</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="207"/>
        <source>Screen {0}: {1} ({2} × {3})</source>
        <translation>Ecrã {0}: {1} ({2} × {3})</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="237"/>
        <source>Screen {0}</source>
        <translation>Ecrã {0}</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenting.py" line="60"/>
        <source>Present another meeting?</source>
        <translation>Apresentar outra reunião?</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenting.py" line="61"/>
        <source>The wall shows {0}. Present {1} instead?</source>
        <translation>A projeção mostra {0}. Apresentar {1} em vez dessa reunião?</translation>
    </message>
</context>
<context>
    <name>RegisterFlow</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="115"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="119"/>
        <source>Save the register of decisions</source>
        <translation>Guardar o registo de deliberações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="119"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="133"/>
        <source>Register of %n decision(s) saved to {0}.</source>
        <translation>
            <numerusform>Registo de %n deliberação guardado em {0}.</numerusform>
            <numerusform>Registo de %n deliberações guardado em {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="135"/>
        <source>Writing the register of decisions…</source>
        <translation>A escrever o registo de deliberações…</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="124"/>
        <source>Reopen the approved minutes</source>
        <translation>Reabrir a ata aprovada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="128"/>
        <source>The minutes of {0} are approved. Reopening them unlocks the meeting; the reason is kept with the versions of the minutes and printed on them from now on.</source>
        <translation>A ata de {0} está aprovada. Reabri-la desbloqueia a reunião; o motivo fica guardado com as versões da ata e passa a ser impresso na ata.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="133"/>
        <source>Reason for reopening</source>
        <translation>Motivo da reabertura</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="134"/>
        <source>e.g. The name of a participant was misspelt in item 2.</source>
        <translation>p. ex. O nome de um participante estava mal escrito no ponto 2.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="136"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="139"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="148"/>
        <source>Say why the minutes are reopened.</source>
        <translation>Indique porque é reaberta a ata.</translation>
    </message>
</context>
<context>
    <name>SamePersonQuestion</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="269"/>
        <source>Add a guest</source>
        <translation>Adicionar um convidado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="273"/>
        <source>The directory already has someone with the name or e-mail address of {0}: {1}.</source>
        <translation>O diretório já tem alguém com o nome ou o endereço de e-mail de {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="279"/>
        <source>Add the person already in the directory, or create a new person?</source>
        <translation>Adicionar a pessoa que já consta do diretório ou criar uma pessoa nova?</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="281"/>
        <source>Already on the list of this meeting: {0}.</source>
        <translation>Já consta da lista desta reunião: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="286"/>
        <source>Use {0}</source>
        <translation>Usar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="289"/>
        <source>Create a new person</source>
        <translation>Criar uma pessoa nova</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="253"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Pesquisar em tudo (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="254"/>
        <source>Search everything</source>
        <translation>Pesquisar em tudo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="257"/>
        <source>Minutes, agenda items, decisions, actions and updates, outputs, meetings, people, organisations and attachments (their names and the words inside them). Every word counts, from its start, accents aside; &quot;words in quotes&quot; are a phrase.</source>
        <translation>Atas, pontos da ordem de trabalhos, deliberações, ações e pontos de situação, resultados, reuniões, pessoas, organizações e anexos (os nomes e as palavras que contêm). Conta cada palavra, pelo início, sem olhar a acentos; &quot;palavras entre aspas&quot; são uma frase.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="328"/>
        <source>Type a word to look for: every word counts, from its start, accents aside.</source>
        <translation>Escreva uma palavra a procurar: conta cada palavra, pelo início, sem olhar a acentos.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="130"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="132"/>
        <source>Agenda items and minutes</source>
        <translation>Pontos da ordem de trabalhos e ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="133"/>
        <source>Decisions</source>
        <translation>Deliberações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="134"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="135"/>
        <source>Progress updates</source>
        <translation>Pontos de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="136"/>
        <source>Outputs</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="137"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="138"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="139"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="140"/>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="142"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="142"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="143"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="143"/>
        <source>All years</source>
        <translation>Todos os anos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="144"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="144"/>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="150"/>
        <source>Results, grouped by kind</source>
        <translation>Resultados, agrupados por tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="162"/>
        <source>What the search found</source>
        <translation>O que a pesquisa encontrou</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="166"/>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="167"/>
        <source>Year:</source>
        <translation>Ano:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="168"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="206"/>
        <source>%n result(s): Up and Down choose, Enter opens, Esc closes.</source>
        <translation>
            <numerusform>%n resultado: ↑ e ↓ escolhem, Enter abre, Esc fecha.</numerusform>
            <numerusform>%n resultados: ↑ e ↓ escolhem, Enter abre, Esc fecha.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="207"/>
        <source>Nothing found. Fewer words, or other filters, find more.</source>
        <translation>Nada encontrado. Menos palavras, ou outros filtros, encontram mais.</translation>
    </message>
</context>
<context>
    <name>SeatCode</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/words.py" line="70"/>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
</context>
<context>
    <name>SeatHistoryModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="91"/>
        <source>Held by</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="91"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="91"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="94"/>
        <source>still holds it</source>
        <translation>ainda em funções</translation>
    </message>
</context>
<context>
    <name>SeatTableModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="77"/>
        <source>Seat</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="77"/>
        <source>Title</source>
        <translation>Designação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="77"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="77"/>
        <source>Held by</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="77"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="82"/>
        <source>Each cluster&apos;s management entity</source>
        <translation>A entidade gestora de cada cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/directory/models.py" line="83"/>
        <source>(vacant)</source>
        <translation>(vago)</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/widgets.py" line="152"/>
        <source>This field holds at most {0} characters: the last {1} did not fit and were not kept.</source>
        <translation>Este campo tem no máximo {0} carateres: os últimos {1} não couberam e não foram guardados.</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/theme_menu.py" line="23"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/theme_menu.py" line="24"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/theme_menu.py" line="25"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="80"/>
        <source>New topic for a later meeting</source>
        <translation>Novo tema para uma próxima reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="83"/>
        <source>Topic title</source>
        <translation>Título do tema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="85"/>
        <source>Presenter</source>
        <translation>Apresentado por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="88"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="89"/>
        <source>Planned minutes</source>
        <translation>Tempo previsto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="91"/>
        <source>Minutes so far</source>
        <translation>Ata até agora</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="100"/>
        <source>Add topic</source>
        <translation>Acrescentar o tema</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="105"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="106"/>
        <source>&amp;Presenter:</source>
        <translation>A&amp;presentado por:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="107"/>
        <source>P&amp;lanned:</source>
        <translation>Tempo pre&amp;visto:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/backlog_dialog.py" line="108"/>
        <source>&amp;Minutes:</source>
        <translation>At&amp;a:</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="82"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="83"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="84"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="85"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="86"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="87"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="88"/>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="89"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="90"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="91"/>
        <source>Raised at</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="92"/>
        <source>Latest update</source>
        <translation>Último ponto de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="105"/>
        <source>Due on {0}: {1} days overdue</source>
        <translation>Prazo a {0}: {1} dias de atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="137"/>
        <source>⚠ {0} d</source>
        <translation>⚠ {0} d</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_model.py" line="139"/>
        <source>{0} d</source>
        <translation>{0} d</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="69"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="103"/>
        <source>Set &amp;status</source>
        <translation>Definir e&amp;stado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="104"/>
        <source>Set the status of the chosen actions</source>
        <translation>Definir o estado das ações escolhidas</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="110"/>
        <source>Add &amp;progress update…</source>
        <translation>Adicionar ponto de sit&amp;uação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="114"/>
        <source>Change what is to be done, who owns it or by when; recorded as an update</source>
        <translation>Alterar o que há a fazer, o responsável ou o prazo; fica registado como ponto de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="116"/>
        <source>Open its &amp;meeting</source>
        <translation>Abrir a reu&amp;nião de origem</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="128"/>
        <source>Progress updates of the chosen action</source>
        <translation>Pontos de situação da ação escolhida</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="133"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="133"/>
        <source>Said by</source>
        <translation>Dito por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="133"/>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="133"/>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="179"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="133"/>
        <source>Update</source>
        <translation>Ponto de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="140"/>
        <source>&amp;Remove update</source>
        <translation>&amp;Remover ponto de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="173"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="176"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="180"/>
        <source>Still open</source>
        <translation>Ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="181"/>
        <source>Any status</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="186"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="187"/>
        <source>&amp;Overdue</source>
        <translation>E&amp;m atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="189"/>
        <source>D&amp;ue within</source>
        <translation>Prazo nos pró&amp;ximos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="193"/>
        <source>Days ahead</source>
        <translation>Dias a contar de hoje</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="196"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="199"/>
        <source>Filter actions by words</source>
        <translation>Filtrar ações por palavras</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="200"/>
        <source>Words in the action, its reference or its updates</source>
        <translation>Palavras na ação, na referência ou nos pontos de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="216"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="217"/>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsável:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="218"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="219"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="243"/>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="246"/>
        <source>Anyone</source>
        <translation>Qualquer responsável</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="249"/>
        <source>Any goal</source>
        <translation>Qualquer objetivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="251"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="309"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln ação</numerusform>
            <numerusform>%Ln ações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="398"/>
        <source>Mark %n action(s) as “{0}”? Edit → Undo puts them back.</source>
        <translation>
            <numerusform>Marcar %n ação como «{0}»? Editar → Anular repõe-na.</numerusform>
            <numerusform>Marcar %n ações como «{0}»? Editar → Anular repõe-nas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="411"/>
        <source>Set %n action(s) to “{0}”</source>
        <translation>
            <numerusform>alteração do estado de %n ação para «{0}»</numerusform>
            <numerusform>alteração do estado de %n ações para «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="344"/>
        <source>Choose one action to see its progress updates.</source>
        <translation>Escolha uma ação para ver os respetivos pontos de situação.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="112"/>
        <source>Ed&amp;it action…</source>
        <translation>Ed&amp;itar ação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="138"/>
        <source>Edit up&amp;date…</source>
        <translation>E&amp;ditar ponto de situação…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="348"/>
        <source> — closed on {0}</source>
        <translation> — encerrada em {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="350"/>
        <source> at {0}</source>
        <translation> na reunião {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="397"/>
        <source>Close actions</source>
        <translation>Encerrar ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="431"/>
        <source>Progress update on {0}</source>
        <translation>ponto de situação da ação {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="447"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="449"/>
        <source>Action reworded from “{0}” to “{1}”.</source>
        <translation>Ação reformulada de «{0}» para «{1}».</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="450"/>
        <source>Owner changed from {0} to {1}.</source>
        <translation>Responsável alterado de {0} para {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="451"/>
        <source>Due date moved from {0} to {1}.</source>
        <translation>Prazo alterado de {0} para {1}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="463"/>
        <source>Renegotiate {0}</source>
        <translation>Renegociar {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="493"/>
        <source>Edit progress update</source>
        <translation>edição de ponto de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="513"/>
        <source>Remove progress update</source>
        <translation>remoção de ponto de situação</translation>
    </message>
</context>
<context>
    <name>UpdateForm</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="42"/>
        <source>Progress on {0}</source>
        <translation>Progresso da ação {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="46"/>
        <source>Date of the update</source>
        <translation>Data do ponto de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="50"/>
        <source>What was said</source>
        <translation>O que foi dito</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="53"/>
        <source>Said by</source>
        <translation>Dito por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="54"/>
        <source>(not recorded)</source>
        <translation>(não registado)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="58"/>
        <source>(status unchanged)</source>
        <translation>(estado inalterado)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="58"/>
        <source>New status</source>
        <translation>Novo estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="66"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="67"/>
        <source>&amp;Update:</source>
        <translation>Ponto de si&amp;tuação:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="68"/>
        <source>Said &amp;by:</source>
        <translation>Dito &amp;por:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="69"/>
        <source>&amp;Status becomes:</source>
        <translation>&amp;Estado passa a:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/update_form.py" line="81"/>
        <source>A progress update needs a date.</source>
        <translation>Um ponto de situação tem de ter uma data.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="39"/>
        <source>Verify a PDF — {0}</source>
        <translation>Verificar um PDF — {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="72"/>
        <source>Meeting:</source>
        <translation>Reunião:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="74"/>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="76"/>
        <source>Status of the minutes:</source>
        <translation>Estado da ata:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="78"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Impressão digital (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="79"/>
        <source>File:</source>
        <translation>Ficheiro:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="80"/>
        <source>The file&apos;s SHA-256:</source>
        <translation>SHA-256 do ficheiro:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="81"/>
        <source>Signatures:</source>
        <translation>Assinaturas:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="88"/>
        <source>&amp;Open the meeting</source>
        <translation>&amp;Abrir a reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="109"/>
        <source>Verified: the approved minutes, unchanged</source>
        <translation>Verificado: a ata aprovada, sem alterações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="111"/>
        <source>Verified: a signed copy of the approved minutes</source>
        <translation>Verificado: uma cópia assinada da ata aprovada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="113"/>
        <source>Changed after it was written</source>
        <translation>Alterado depois de escrito</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="115"/>
        <source>Not the approved minutes in force</source>
        <translation>Não é a ata aprovada em vigor</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="117"/>
        <source>Not in this database</source>
        <translation>Não existe nesta base de dados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="119"/>
        <source>Not one of PactDesk&apos;s PDFs</source>
        <translation>Não é um PDF do PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="120"/>
        <source>Not a readable PDF</source>
        <translation>Não é um PDF legível</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/verify_dialog.py" line="137"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
</context>
<context>
    <name>VersionsSection</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="59"/>
        <source>A version is kept each time the minutes change status: the whole meeting as it then stood, and its fingerprint (SHA-256), which proves a copy is that version.</source>
        <translation>Guarda-se uma versão sempre que o estado da ata muda: a reunião inteira como estava nesse momento e a sua impressão digital (SHA-256), que prova que uma cópia é essa versão.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="66"/>
        <source>Versions of the minutes</source>
        <translation>Versões da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="69"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="70"/>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="71"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="72"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="73"/>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="74"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="81"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="84"/>
        <source>What changed between the two versions chosen, or from the one before the version chosen</source>
        <translation>O que mudou entre as duas versões escolhidas, ou desde a versão anterior à escolhida</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="87"/>
        <source>&amp;Restore into a draft…</source>
        <translation>&amp;Repor como rascunho…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="90"/>
        <source>Attach a signed copy…</source>
        <translation>Juntar uma cópia assinada…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="94"/>
        <source>Keep a copy of the approved minutes signed elsewhere (in Autenticação.gov, say): its signatures are checked, and that what was signed is the approved version</source>
        <translation>Guardar uma cópia da ata aprovada assinada noutra aplicação (no Autenticação.gov, por exemplo): verificam-se as assinaturas e que o que foi assinado é a versão aprovada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="99"/>
        <source>Show the &amp;edits between versions</source>
        <translation>Mostrar as &amp;edições entre versões</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="102"/>
        <source>Who changed what between the versions: one line per person and record for each stretch of work</source>
        <translation>Quem alterou o quê entre as versões: uma linha por pessoa e registo para cada período de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="158"/>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="160"/>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="163"/>
        <source>%n save(s)</source>
        <translation>
            <numerusform>guardado %n vez</numerusform>
            <numerusform>guardado %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="165"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="186"/>
        <source>signed</source>
        <translation>assinada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="187"/>
        <source>SHA-256 of the signed file: {0}</source>
        <translation>SHA-256 do ficheiro assinado: {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="196"/>
        <source>Attach a signed copy of the minutes</source>
        <translation>Juntar uma cópia assinada da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="196"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="209"/>
        <source>This signed copy was already kept with version {0}.</source>
        <translation>Esta cópia assinada já estava guardada com a versão {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="211"/>
        <source>The signed copy is kept with version {0} of the minutes.</source>
        <translation>A cópia assinada fica guardada com a versão {0} da ata.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="213"/>
        <source>Signed copy</source>
        <translation>Cópia assinada</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="218"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="219"/>
        <source>Item</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="220"/>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="225"/>
        <source>minutes</source>
        <translation>ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="226"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="227"/>
        <source>presenter</source>
        <translation>apresentador</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="228"/>
        <source>planned time</source>
        <translation>tempo previsto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="229"/>
        <source>place</source>
        <translation>posição</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="230"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="231"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="232"/>
        <source>minutes status</source>
        <translation>estado da ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="233"/>
        <source>place of the meeting</source>
        <translation>local da reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="234"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="235"/>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="236"/>
        <source>online link</source>
        <translation>ligação da reunião online</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="237"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="238"/>
        <source>chair</source>
        <translation>presidente</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="239"/>
        <source>secretary</source>
        <translation>secretário</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="240"/>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="241"/>
        <source>guest</source>
        <translation>convidado</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="242"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="243"/>
        <source>decisions</source>
        <translation>deliberações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="262"/>
        <source>Approved minutes are never overwritten: reopen them first, with a reason</source>
        <translation>Uma ata aprovada nunca é substituída: reabra-a primeiro, indicando o motivo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="265"/>
        <source>Bring the version chosen back as a draft; the minutes as they are now are kept as a version first</source>
        <translation>Repor a versão escolhida como rascunho; a ata como está agora é primeiro guardada numa versão</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="277"/>
        <source>Restore version {0}</source>
        <translation>Repor a versão {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="279"/>
        <source>Bring version {0} of the minutes of {1} back as a draft? Its details, attendance, agenda, minutes and decisions replace the present ones; actions stay as they are in the tracker. The minutes as they are now are kept as a version first, and Undo brings them back.</source>
        <translation>Repor a versão {0} da ata de {1} como rascunho? Os detalhes, as presenças, a ordem de trabalhos, a ata e as deliberações dessa versão substituem os atuais; as ações ficam como estão no acompanhamento. A ata como está agora é primeiro guardada numa versão, e Anular recupera-a.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="286"/>
        <source>&amp;Restore</source>
        <translation>&amp;Repor</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="287"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="299"/>
        <source>Restore version {0} of {1}</source>
        <translation>reposição da versão {0} de {1}</translation>
    </message>
</context>
<context>
    <name>WallPages</name>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="66"/>
        <source>+{0} more</source>
        <translation>+{0} outros</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="66"/>
        <source>↑ {0} earlier</source>
        <translation>↑ {0} anteriores</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="71"/>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="96"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="77"/>
        <source>Item {0} of {1} · {2}</source>
        <translation>Ponto {0} de {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="84"/>
        <source>no due date</source>
        <translation>sem prazo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="85"/>
        <source>due {0}</source>
        <translation>prazo {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="86"/>
        <source>{0} {1} overdue</source>
        <translation>{0} {1} em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="92"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="105"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="115"/>
        <source>Agenda</source>
        <translation>Ordem de trabalhos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="117"/>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="147"/>
        <source>The agenda has no items yet.</source>
        <translation>A ordem de trabalhos ainda não tem pontos.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="153"/>
        <source>{0} min planned</source>
        <translation>{0} min previstos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="155"/>
        <source>Decisions</source>
        <translation>Deliberações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="160"/>
        <source>No decisions yet.</source>
        <translation>Ainda sem deliberações.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="163"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="165"/>
        <source>No actions yet.</source>
        <translation>Ainda sem ações.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="172"/>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="194"/>
        <source>{0} here</source>
        <translation>{0} nesta reunião</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="207"/>
        <source>Matters arising</source>
        <translation>Assuntos pendentes</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="212"/>
        <source>Actions of {0} from earlier meetings, and where they stand</source>
        <translation>Ações de {0} decorrentes de reuniões anteriores, e o ponto de situação</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="217"/>
        <source>No actions from earlier meetings are open.</source>
        <translation>Não há ações de reuniões anteriores em aberto.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="229"/>
        <source>outputs planned</source>
        <translation>resultados previstos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="229"/>
        <source>{0} planned</source>
        <translation>{0} previstos</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="230"/>
        <source>outputs in progress</source>
        <translation>resultados em curso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="230"/>
        <source>{0} in progress</source>
        <translation>{0} em curso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="231"/>
        <source>outputs achieved</source>
        <translation>resultados alcançados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="231"/>
        <source>{0} achieved</source>
        <translation>{0} alcançados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="232"/>
        <source>outputs dropped</source>
        <translation>resultados abandonados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="232"/>
        <source>{0} dropped</source>
        <translation>{0} abandonados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="236"/>
        <source>Outputs and actions</source>
        <translation>Resultados e ações</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="238"/>
        <source>Reading the figures…</source>
        <translation>A ler os números…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="241"/>
        <source>open actions</source>
        <translation>ações em aberto</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="244"/>
        <source>of them overdue</source>
        <translation>das quais em atraso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="255"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dia de atraso</numerusform>
            <numerusform>%n dias de atraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="278"/>
        <source>{0} · {1} meetings held · {2} outputs · as of {3}</source>
        <translation>{0} · {1} reuniões realizadas · {2} resultados · em {3}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="284"/>
        <source>Overdue actions</source>
        <translation>Ações em atraso</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="286"/>
        <source>No action is overdue.</source>
        <translation>Nenhuma ação está em atraso.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="289"/>
        <source>Outputs by type</source>
        <translation>Resultados por tipo</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="291"/>
        <source>No outputs recorded yet.</source>
        <translation>Ainda sem resultados registados.</translation>
    </message>
</context>
<context>
    <name>WallPreview</name>
    <message>
        <location filename="../../src/pactdesk/gui/presentation/presenter_panel.py" line="34"/>
        <source>What the wall shows</source>
        <translation>O que a projeção mostra</translation>
    </message>
</context>
<context>
    <name>WorkbookFlow</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="47"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="82"/>
        <source>Export a workbook</source>
        <translation>Exportar um livro de Excel</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="67"/>
        <source>Workbook saved to {0}: {1} rows.</source>
        <translation>Livro gravado em {0}: {1} linhas.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="69"/>
        <source>Exporting the workbook…</source>
        <translation>A exportar o livro…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="73"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Livro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="74"/>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>Folha de cálculo OpenDocument (*.ods)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="97"/>
        <source>Workbooks (*.xlsx *.ods)</source>
        <translation>Livros (*.xlsx *.ods)</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="99"/>
        <source>Import a workbook</source>
        <translation>Importar um livro de Excel</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="110"/>
        <source>Checking {0}…</source>
        <translation>A verificar {0}…</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="122"/>
        <source> A backup from before the import is at {0}.</source>
        <translation> Há uma cópia de segurança de antes da importação em {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="123"/>
        <source>Imported %Ln change(s) from {0}.</source>
        <translation>
            <numerusform>%Ln alteração importada de {0}.</numerusform>
            <numerusform>%Ln alterações importadas de {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="125"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="127"/>
        <source>Importing {0}…</source>
        <translation>A importar {0}…</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../src/pactdesk/gui/directory/forms.py" line="55"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/access.py" line="20"/>
        <source>Read only: your login can read this record but not change it. Whoever administers the team database can make you a secretary.</source>
        <translation>Só de leitura: o seu acesso permite ler este registo, mas não alterá-lo. Quem administra a base de dados da equipa pode dar-lhe acesso de secretariado.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="195"/>
        <location filename="../../src/pactdesk/gui/app.py" line="291"/>
        <source>PactDesk cannot open the database</source>
        <translation>O PactDesk não consegue abrir a base de dados</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="203"/>
        <source>The team&apos;s database on {0} asks the password of {1}:</source>
        <translation>A base de dados da equipa em {0} pede a palavra-passe de {1}:</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="207"/>
        <source>That password was refused.</source>
        <translation>Essa palavra-passe foi recusada.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="209"/>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="262"/>
        <location filename="../../src/pactdesk/gui/app.py" line="313"/>
        <source>PactDesk</source>
        <translation>PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/app.py" line="263"/>
        <source>There is no meeting {0} to present.</source>
        <translation>Não há nenhuma reunião {0} para apresentar.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="38"/>
        <source>Last changed by {0}</source>
        <translation>Alterado pela última vez por {0}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="40"/>
        <source>Last changed by {0}, {1}</source>
        <translation>Alterado pela última vez por {0}, às {1}</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="41"/>
        <source>Last changed by {0}, {1} {2}</source>
        <translation>Alterado pela última vez por {0}, em {1}, às {2}</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/conflict.py" line="173"/>
        <source>{0} OK saves yours on top of theirs; Cancel keeps theirs.</source>
        <translation>{0} OK guarda o seu por cima do da outra pessoa; Cancelar mantém o da outra pessoa.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/pactdesk/gui/meetings/approve_dialog.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>document_flow</name>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="360"/>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>Não foi possível iniciar a impressora. Verifique se está pronta e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="370"/>
        <source>The printer stopped after page {0}.</source>
        <translation>A impressora parou depois da página {0}.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="383"/>
        <source>Page {0} could not be drawn.</source>
        <translation>Não foi possível preparar a página {0} para impressão.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/pactdesk/gui/common/errors.py" line="25"/>
        <source>The server cannot be reached; your text is kept here. PactDesk tries again.</source>
        <translation>Não é possível contactar o servidor; o seu texto continua aqui. O PactDesk volta a tentar.</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/errors.py" line="34"/>
        <source>PactDesk</source>
        <translation>PactDesk</translation>
    </message>
    <message>
        <location filename="../../src/pactdesk/gui/common/errors.py" line="41"/>
        <source>Something unexpected went wrong. Your saved work is safe.

The details are also in {0}.</source>
        <translation>Ocorreu um erro inesperado. O trabalho guardado está seguro.

Os detalhes também se encontram em {0}.</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="191"/>
        <source>{0} · item {1}</source>
        <translation>{0} · ponto {1}</translation>
    </message>
</context>
</TS>
