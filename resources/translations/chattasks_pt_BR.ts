<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../../app/i18n.py" line="129"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="130"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="131"/>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="132"/>
        <source>Disabled</source>
        <translation>Desativada</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="53"/>
        <source>Tasks created and completed per week</source>
        <translation>Tarefas criadas e concluídas por semana</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="54"/>
        <source>Open tasks by person</source>
        <translation>Tarefas abertas por pessoa</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="55"/>
        <source>Open tasks by category</source>
        <translation>Tarefas abertas por categoria</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="56"/>
        <source>Open tasks by chat</source>
        <translation>Tarefas abertas por conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="96"/>
        <source>Created</source>
        <translation>Criadas</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="103"/>
        <source>Completed</source>
        <translation>Concluídas</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../app/views/analytics/page.py" line="28"/>
        <source>Analytics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="36"/>
        <source>Open tasks</source>
        <translation>Tarefas abertas</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="37"/>
        <source>Overdue tasks</source>
        <translation>Tarefas atrasadas</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="40"/>
        <source>Weeks shown</source>
        <translation>Semanas exibidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/analytics/page.py" line="42"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Última %n semana</numerusform>
            <numerusform>Últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="52"/>
        <source>Loading charts…</source>
        <translation>Carregando gráficos…</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="55"/>
        <source>Refresh analytics</source>
        <translation>Atualizar estatísticas</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="97"/>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="98"/>
        <source>No category</source>
        <translation>Sem categoria</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="99"/>
        <source>No chat</source>
        <translation>Sem conversa</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../app/views/board/column.py" line="58"/>
        <source>Column {name}</source>
        <translation>Coluna {name}</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../app/views/board/page.py" line="45"/>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="49"/>
        <source>Quick add a task</source>
        <translation>Adicionar uma tarefa rapidamente</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="51"/>
        <source>Add a task: “Call Ana tomorrow 5pm !high #home”</source>
        <translation>Adicione uma tarefa: “Ligar para a Ana amanhã às 17h !high #casa”</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="59"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="66"/>
        <source>+ Column</source>
        <translation>+ Coluna</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="67"/>
        <location filename="../../app/views/board/page.py" line="239"/>
        <source>Add column</source>
        <translation>Adicionar coluna</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="84"/>
        <source>Move task right</source>
        <translation>Mover a tarefa para a direita</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="85"/>
        <source>Move task left</source>
        <translation>Mover a tarefa para a esquerda</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="93"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Rename column</source>
        <translation>Renomear coluna</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="98"/>
        <source>Quick add</source>
        <translation>Adição rápida</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="105"/>
        <source>Any priority</source>
        <translation>Qualquer prioridade</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Any due date</source>
        <translation>Qualquer prazo</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Due today</source>
        <translation>Prazo hoje</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Next 7 days</source>
        <translation>Próximos 7 dias</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="110"/>
        <source>No due date</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="120"/>
        <source>Any chat</source>
        <translation>Qualquer conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="121"/>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="122"/>
        <source>Any category</source>
        <translation>Qualquer categoria</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/board/page.py" line="225"/>
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Mover %n tarefa</numerusform>
            <numerusform>Mover %n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="239"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Column name:</source>
        <translation>Nome da coluna:</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="265"/>
        <source>Added “{title}”</source>
        <translation>“{title}” adicionada</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarefa</numerusform>
            <numerusform>%n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>no tasks</source>
        <translation>nenhuma tarefa</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/cells.py" line="127"/>
        <source>+{n} more</source>
        <translation>+{n} mais</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/views/calendar/page.py" line="34"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="39"/>
        <source>Calendar days</source>
        <translation>Dias do calendário</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="46"/>
        <source>Shown period</source>
        <translation>Período exibido</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="50"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="51"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="52"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="58"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="59"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="67"/>
        <source>Next task of the day</source>
        <translation>Próxima tarefa do dia</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="68"/>
        <source>Previous task of the day</source>
        <translation>Tarefa anterior do dia</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="72"/>
        <source>Move task to the next day</source>
        <translation>Mover a tarefa para o dia seguinte</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="73"/>
        <source>Move task to the previous day</source>
        <translation>Mover a tarefa para o dia anterior</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="74"/>
        <source>Move task a week later</source>
        <translation>Adiar a tarefa em uma semana</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="75"/>
        <source>Move task a week earlier</source>
        <translation>Antecipar a tarefa em uma semana</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="80"/>
        <source>Open task</source>
        <translation>Abrir tarefa</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="162"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/calendar/page.py" line="206"/>
        <source>Reschedule %n task(s) to {day}</source>
        <translation>
            <numerusform>Reagendar %n tarefa para {day}</numerusform>
            <numerusform>Reagendar %n tarefas para {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <location filename="../../app/models/chats.py" line="85"/>
        <source>{name}: {messages} messages, {pending} suggested tasks, mode {mode}</source>
        <translation>{name}: {messages} mensagens, {pending} tarefas sugeridas, modo {mode}</translation>
    </message>
</context>
<context>
    <name>ChatMode</name>
    <message>
        <location filename="../../app/i18n.py" line="118"/>
        <source>Personal</source>
        <translation>Pessoal</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="119"/>
        <source>Business</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="120"/>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
</context>
<context>
    <name>ChatRowDelegate</name>
    <message numerus="yes">
        <location filename="../../app/views/chats/bubbles.py" line="231"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="234"/>
        <source>no suggestions</source>
        <translation>sem sugestões</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../../app/views/chats/page.py" line="41"/>
        <source>Chats and their messages</source>
        <translation>Conversas e suas mensagens</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="46"/>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="58"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="76"/>
        <source>Pick a chat on the left. Import a chat export with Ctrl+O.</source>
        <translation>Escolha uma conversa à esquerda. Importe uma conversa exportada com Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="81"/>
        <source>Open the task of this message</source>
        <translation>Abrir a tarefa desta mensagem</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="92"/>
        <source>Chat mode: {mode}</source>
        <translation>Modo da conversa: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="100"/>
        <source>Never suggest from this chat</source>
        <translation>Nunca sugerir desta conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="232"/>
        <source>That message is no longer stored.</source>
        <translation>Essa mensagem não está mais armazenada.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="254"/>
        <source>Chat actions</source>
        <translation>Ações da conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="275"/>
        <source>Move {chat} to {mode}</source>
        <translation>Mover {chat} para {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Never suggest from {chat}</source>
        <translation>Nunca sugerir de {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Suggest again from {chat}</source>
        <translation>Voltar a sugerir de {chat}</translation>
    </message>
</context>
<context>
    <name>ChooseChatsDialog</name>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="32"/>
        <location filename="../../app/dialogs/choose_chats.py" line="33"/>
        <source>Choose the chats to read</source>
        <translation>Escolher as conversas a ler</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="49"/>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="51"/>
        <source>Only the ticked chats are read and stored; nothing from the other chats is ever saved. This list was read from WhatsApp Web without opening any chat.</source>
        <translation>Somente as conversas marcadas são lidas e armazenadas; nada das outras conversas é salvo. Esta lista foi lida do WhatsApp Web sem abrir nenhuma conversa.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="56"/>
        <source>Also &amp;open chats with unread messages right away. Warning: opening a chat marks its messages as read on your phone. When off, such chats wait until you read them on the phone.</source>
        <translation>Também &amp;abrir na hora as conversas com mensagens não lidas. Atenção: abrir uma conversa marca as mensagens dela como lidas no seu celular. Se desativado, essas conversas esperam até você lê-las no celular.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="60"/>
        <source>Open chats with unread messages</source>
        <translation>Abrir conversas com mensagens não lidas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="68"/>
        <source>Save the chosen chats</source>
        <translation>Salvar as conversas escolhidas</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/views/integrations/form.py" line="34"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="40"/>
        <location filename="../../app/views/integrations/form.py" line="41"/>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="50"/>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="56"/>
        <source>After you press OK, your browser opens to sign in.</source>
        <translation>Depois de clicar em OK, o seu navegador abre para você entrar.</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <location filename="../../app/i18n.py" line="135"/>
        <source>tasks</source>
        <translation>tarefas</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="136"/>
        <source>calendar</source>
        <translation>calendário</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="137"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="138"/>
        <source>chat</source>
        <translation>conversa</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="139"/>
        <source>automation</source>
        <translation>automação</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="140"/>
        <source>time tracking</source>
        <translation>controle de horas</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="141"/>
        <source>files</source>
        <translation>arquivos</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../app/views/inbox/page.py" line="44"/>
        <source>Inbox of suggested tasks</source>
        <translation>Caixa de entrada de tarefas sugeridas</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="48"/>
        <source>Suggested tasks</source>
        <translation>Tarefas sugeridas</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="53"/>
        <source>No suggestions. Import a chat to find tasks in it.</source>
        <translation>Nenhuma sugestão. Importe uma conversa para encontrar tarefas nela.</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="58"/>
        <source>Source message in context</source>
        <translation>Mensagem de origem no contexto</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="60"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="62"/>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="64"/>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="65"/>
        <source>e.g. tomorrow 5pm, Friday, 2026-12-01</source>
        <translation>ex.: amanhã às 17h, sexta, 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="67"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="76"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="79"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="82"/>
        <source>Never suggest from this chat</source>
        <translation>Nunca sugerir desta conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="112"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="113"/>
        <source>&amp;Due</source>
        <translation>&amp;Prazo</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="114"/>
        <source>&amp;Priority</source>
        <translation>Pr&amp;ioridade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="175"/>
        <source>%n tasks selected</source>
        <translation>
            <numerusform>%n tarefa selecionada</numerusform>
            <numerusform>%n tarefas selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="184"/>
        <source>Chat: {chat} · confidence {confidence}</source>
        <translation>Conversa: {chat} · confiança {confidence}</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="239"/>
        <source>Cannot read the date “{text}”.</source>
        <translation>Não foi possível entender a data “{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="266"/>
        <source>Confirm %n task(s)</source>
        <translation>
            <numerusform>Confirmar %n tarefa</numerusform>
            <numerusform>Confirmar %n tarefas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="268"/>
        <source>Reject %n task(s)</source>
        <translation>
            <numerusform>Rejeitar %n tarefa</numerusform>
            <numerusform>Rejeitar %n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="298"/>
        <source>Never suggest from {chat}</source>
        <translation>Nunca sugerir de {chat}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../../app/views/integrations/page.py" line="56"/>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="59"/>
        <source>Available connectors</source>
        <translation>Conectores disponíveis</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="63"/>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="65"/>
        <source>Connected accounts</source>
        <translation>Contas conectadas</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="109"/>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="110"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="111"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="112"/>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="114"/>
        <source>Add rule</source>
        <translation>Adicionar regra</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="115"/>
        <source>Remove rule</source>
        <translation>Remover regra</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="167"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="225"/>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Aguardando o login no seu navegador…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="231"/>
        <source>Could not connect: %1</source>
        <translation>Não foi possível conectar: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="251"/>
        <source>Test failed: %1</source>
        <translation>O teste falhou: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="261"/>
        <source>%1: %2, %3 delivered, %4 pulled</source>
        <translation>%1: %2, %3 enviados, %4 recebidos</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="274"/>
        <source>Removed %1</source>
        <translation>Removido: %1</translation>
    </message>
</context>
<context>
    <name>LinkWhatsAppDialog</name>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="56"/>
        <location filename="../../app/dialogs/link_whatsapp.py" line="57"/>
        <source>Link a WhatsApp account</source>
        <translation>Conectar uma conta do WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="70"/>
        <source>&lt;p&gt;ChatTasks can read new messages live by running WhatsApp Web in a browser on this computer, linked to &lt;b&gt;your own account&lt;/b&gt; like any other linked device.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;This is &lt;b&gt;unofficial automation&lt;/b&gt;: WhatsApp does not offer it and could object to it.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;read-only&lt;/b&gt;: ChatTasks never sends, never types into a chat and does not mark messages as read. It only stores the chats you choose.&lt;/li&gt;&lt;li&gt;It &lt;b&gt;may break&lt;/b&gt; whenever WhatsApp changes its page; ChatTasks then pauses and you can keep importing exported chats.&lt;/li&gt;&lt;li&gt;You can &lt;b&gt;unlink at any time&lt;/b&gt; here or on your phone (Linked devices); unlinking deletes the browser profile.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;O ChatTasks pode ler mensagens novas ao vivo executando o WhatsApp Web em um navegador neste computador, conectado à &lt;b&gt;sua própria conta&lt;/b&gt; como qualquer outro aparelho conectado.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Isto é uma &lt;b&gt;automação não oficial&lt;/b&gt;: o WhatsApp não a oferece e pode se opor a ela.&lt;/li&gt;&lt;li&gt;É &lt;b&gt;somente leitura&lt;/b&gt;: o ChatTasks nunca envia nada, nunca digita em uma conversa e não marca mensagens como lidas. Ele só armazena as conversas que você escolher.&lt;/li&gt;&lt;li&gt;Ela &lt;b&gt;pode parar de funcionar&lt;/b&gt; sempre que o WhatsApp mudar a página; o ChatTasks então pausa e você pode continuar importando conversas exportadas.&lt;/li&gt;&lt;li&gt;Você pode &lt;b&gt;desconectar a qualquer momento&lt;/b&gt; aqui ou no seu celular (Aparelhos conectados); desconectar apaga o perfil do navegador.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="82"/>
        <source>Risks of live reading</source>
        <translation>Riscos da leitura ao vivo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="84"/>
        <source>e.g. My phone</source>
        <translation>ex.: Meu celular</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="85"/>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="87"/>
        <source>I &amp;understand and want to link my account</source>
        <translation>&amp;Entendo e quero conectar minha conta</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="89"/>
        <source>I understand the risks</source>
        <translation>Entendo os riscos</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="92"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="95"/>
        <source>Continue to the QR code</source>
        <translation>Continuar para o código QR</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="102"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome da conta:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="117"/>
        <source>My phone</source>
        <translation>Meu celular</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="121"/>
        <source>Opening WhatsApp Web…</source>
        <translation>Abrindo o WhatsApp Web…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="136"/>
        <source>QR code to scan with WhatsApp on your phone</source>
        <translation>Código QR para escanear com o WhatsApp no seu celular</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="142"/>
        <source>On your phone open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, and point it at this code. The code changes every few seconds; this window follows it.</source>
        <translation>No seu celular, abra o WhatsApp &gt; Configurações &gt; Aparelhos conectados &gt; Conectar um aparelho e aponte para este código. O código muda a cada poucos segundos; esta janela acompanha a mudança.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="146"/>
        <source>&amp;New code</source>
        <translation>&amp;Novo código</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="147"/>
        <source>Show a new QR code</source>
        <translation>Mostrar um novo código QR</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="152"/>
        <source>+44 7700 900000</source>
        <translation>+55 11 91234-5678</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="153"/>
        <source>Phone number with country code</source>
        <translation>Número de telefone com código do país</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="154"/>
        <source>Get &amp;pairing code</source>
        <translation>Obter código de &amp;conexão</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="155"/>
        <source>Link with phone number instead</source>
        <translation>Conectar com o número de telefone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="170"/>
        <source>Or link with your phone number:</source>
        <translation>Ou conecte com o seu número de telefone:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="181"/>
        <source>The code expired.</source>
        <translation>O código expirou.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="189"/>
        <source>Scan this code with WhatsApp on your phone.</source>
        <translation>Escaneie este código com o WhatsApp no seu celular.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="194"/>
        <source>Linked. WhatsApp Web is loading your chats…</source>
        <translation>Conectada. O WhatsApp Web está carregando suas conversas…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="198"/>
        <source>WhatsApp Web changed and cannot be linked from ChatTasks right now. Keep importing exports.</source>
        <translation>O WhatsApp Web mudou e não pode ser conectado pelo ChatTasks agora. Continue importando conversas exportadas.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="204"/>
        <source>No QR code: the browser did not start.</source>
        <translation>Sem código QR: o navegador não iniciou.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="205"/>
        <source>{problem} Reason: {reason}. {action}</source>
        <translation>{problem} Motivo: {reason}. {action}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="218"/>
        <source>WhatsApp Web could not be opened: {error}</source>
        <translation>Não foi possível abrir o WhatsApp Web: {error}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="224"/>
        <source>Loading a new code…</source>
        <translation>Carregando um novo código…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="236"/>
        <source>On your phone choose 'Link with phone number' and type: {code}</source>
        <translation>No seu celular, escolha “Conectar com número de telefone” e digite: {code}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="36"/>
        <source>What is happening</source>
        <translation>O que está acontecendo</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="37"/>
        <source>What you can do</source>
        <translation>O que você pode fazer</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="68"/>
        <source>WhatsApp live accounts</source>
        <translation>Contas do WhatsApp ao vivo</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="73"/>
        <source>Linked WhatsApp accounts</source>
        <translation>Contas do WhatsApp conectadas</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="107"/>
        <source>WhatsApp Web changed; the live reader is paused — import exports instead.</source>
        <translation>O WhatsApp Web mudou; a leitura ao vivo está pausada — importe conversas exportadas enquanto isso.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="111"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Importar conversa exportada…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="113"/>
        <source>Import a WhatsApp chat export</source>
        <translation>Importar uma conversa exportada do WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="119"/>
        <source>The live reader is paused</source>
        <translation>A leitura ao vivo está pausada</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="126"/>
        <source>&amp;Link account…</source>
        <translation>&amp;Conectar conta…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="127"/>
        <source>&amp;Choose chats…</source>
        <translation>&amp;Escolher conversas…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="129"/>
        <location filename="../../app/views/live/page.py" line="217"/>
        <source>&amp;Start reading</source>
        <translation>&amp;Iniciar leitura</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="130"/>
        <source>&amp;Use here</source>
        <translation>&amp;Usar aqui</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="131"/>
        <source>U&amp;nlink…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="191"/>
        <source>Reason: {reason}.</source>
        <translation>Motivo: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="216"/>
        <source>&amp;Stop reading</source>
        <translation>&amp;Parar leitura</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="221"/>
        <source>(not recognised: {part})</source>
        <translation>(não reconhecido: {part})</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="272"/>
        <source>{count} new messages from {chat}</source>
        <translation>{count} mensagens novas de {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="277"/>
        <source>Reading {name} stopped: {error}</source>
        <translation>A leitura de {name} parou: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="60"/>
        <source>Use WhatsApp here?</source>
        <translation>Usar o WhatsApp aqui?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="61"/>
        <source>WhatsApp Web is open in another browser or computer. Using it here closes it there. Continue?</source>
        <translation>O WhatsApp Web está aberto em outro navegador ou computador. Usá-lo aqui vai fechá-lo lá. Continuar?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="72"/>
        <source>Unlink {name}?</source>
        <translation>Desconectar {name}?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="73"/>
        <source>ChatTasks logs this account out of WhatsApp Web and deletes its browser profile. Messages already stored stay. Continue?</source>
        <translation>O ChatTasks encerra a sessão desta conta no WhatsApp Web e apaga o perfil do navegador dela. As mensagens já armazenadas são mantidas. Continuar?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="77"/>
        <source>Unlinking {name}…</source>
        <translation>Desconectando {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="83"/>
        <source>Unlinked {name}.</source>
        <translation>Conta {name} desconectada.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="85"/>
        <source>Deleted {name}'s profile; remove the device on your phone under Linked devices.</source>
        <translation>O perfil de {name} foi apagado; remova o aparelho no seu celular em Aparelhos conectados.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="109"/>
        <source>Linked. Choose the chats to read: nothing is stored until you do.</source>
        <translation>Conectada. Escolha as conversas a ler: nada é armazenado até você fazer isso.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="134"/>
        <source>Reading the chat list…</source>
        <translation>Lendo a lista de conversas…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="162"/>
        <source>Reading {count} chats.</source>
        <translation>Lendo {count} conversas.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="31"/>
        <source>Start &amp;with ChatTasks</source>
        <translation>Iniciar &amp;junto com o ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="33"/>
        <source>Start reading this account when ChatTasks opens</source>
        <translation>Começar a ler esta conta quando o ChatTasks abrir</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="35"/>
        <source>When ChatTasks opens, resume reading this account in the background (once it is linked and you chose its chats); missed messages are caught up.</source>
        <translation>Quando o ChatTasks abrir, retomar a leitura desta conta em segundo plano (depois de conectada e com as conversas escolhidas); as mensagens perdidas são recuperadas.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="58"/>
        <source>{name} starts with ChatTasks.</source>
        <translation>{name} inicia junto com o ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="60"/>
        <source>{name} no longer starts with ChatTasks.</source>
        <translation>{name} não inicia mais junto com o ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="76"/>
        <source>Reading in the background: {names}.</source>
        <translation>Lendo em segundo plano: {names}.</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <location filename="../../app/i18n.py" line="144"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="145"/>
        <source>Needs QR code</source>
        <translation>Precisa do código QR</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="146"/>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="147"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="148"/>
        <source>Phone offline</source>
        <translation>Celular offline</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="149"/>
        <source>Open elsewhere</source>
        <translation>Aberto em outro lugar</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="150"/>
        <source>Logged out</source>
        <translation>Sessão encerrada</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="151"/>
        <source>Page changed</source>
        <translation>A página mudou</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="152"/>
        <source>Browser did not start</source>
        <translation>O navegador não iniciou</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="153"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="26"/>
        <source>Starting the browser and opening WhatsApp Web.</source>
        <translation>Iniciando o navegador e abrindo o WhatsApp Web.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="27"/>
        <source>Wait a few seconds.</source>
        <translation>Aguarde alguns segundos.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="30"/>
        <source>This account is not linked yet (or the link ended). WhatsApp Web shows a QR code.</source>
        <translation>Esta conta ainda não está conectada (ou a conexão terminou). O WhatsApp Web mostra um código QR.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="31"/>
        <source>On your phone open WhatsApp &gt; Linked devices &gt; Link a device and scan the code, or link with your phone number instead.</source>
        <translation>No seu celular, abra o WhatsApp &gt; Aparelhos conectados &gt; Conectar um aparelho e escaneie o código, ou conecte com o seu número de telefone.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="35"/>
        <source>WhatsApp Web is loading your chats.</source>
        <translation>O WhatsApp Web está carregando suas conversas.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="36"/>
        <source>Wait; this can take a minute after linking or after a long pause.</source>
        <translation>Aguarde; isso pode levar um minuto depois de conectar ou após uma longa pausa.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="39"/>
        <source>Connected. New messages in the chats you chose appear as suggestions.</source>
        <translation>Conectado. Mensagens novas nas conversas que você escolheu aparecem como sugestões.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="40"/>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="43"/>
        <source>WhatsApp Web reports a connection problem, so new messages may arrive late.</source>
        <translation>O WhatsApp Web informa um problema de conexão, então mensagens novas podem chegar com atraso.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="44"/>
        <source>Check that this computer and your phone are online; it reconnects by itself.</source>
        <translation>Verifique se este computador e o seu celular estão online; a conexão volta sozinha.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="47"/>
        <source>WhatsApp is open in another browser or computer, which took over this session.</source>
        <translation>O WhatsApp está aberto em outro navegador ou computador, que assumiu esta sessão.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="48"/>
        <source>Close WhatsApp Web elsewhere, then choose 'Use here' in ChatTasks to take it back.</source>
        <translation>Feche o WhatsApp Web no outro lugar e escolha “Usar aqui” no ChatTasks para retomá-la.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="51"/>
        <source>The account was logged out (from the phone or the page); nothing is read any more.</source>
        <translation>A sessão da conta foi encerrada (pelo celular ou pela página); nada mais é lido.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="52"/>
        <source>Link the account again, or unlink it to delete its browser profile.</source>
        <translation>Conecte a conta novamente ou desconecte-a para apagar o perfil do navegador dela.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="55"/>
        <source>WhatsApp Web changed and ChatTasks no longer understands part of the page.</source>
        <translation>O WhatsApp Web mudou e o ChatTasks não entende mais parte da página.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="56"/>
        <source>Keep importing exported chats (Import &gt; WhatsApp export) until an update of ChatTasks reads the new page; nothing was changed in your account.</source>
        <translation>Continue importando conversas exportadas (Importar &gt; Exportação do WhatsApp) até que uma atualização do ChatTasks leia a nova página; nada foi alterado na sua conta.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="60"/>
        <source>The browser could not be started, so this account is not being read.</source>
        <translation>Não foi possível iniciar o navegador, então esta conta não está sendo lida.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="61"/>
        <source>Check that Chromium, Google Chrome or Microsoft Edge is installed and opens on this computer (or set CHATTASKS_BROWSER to one that does), then start reading again.</source>
        <translation>Verifique se o Chromium, o Google Chrome ou o Microsoft Edge está instalado e abre neste computador (ou defina em CHATTASKS_BROWSER um que abra) e inicie a leitura novamente.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="65"/>
        <source>The live reader is stopped.</source>
        <translation>A leitura ao vivo está parada.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="66"/>
        <source>Start it again from the account's menu.</source>
        <translation>Inicie-a novamente pelo menu da conta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="110"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>Mode and search</source>
        <translation>Modo e pesquisa</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="132"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <source>Mode: which chats every view shows</source>
        <translation>Modo: quais conversas todas as telas mostram</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135"/>
        <source>Hybrid (all chats)</source>
        <translation>Híbrido (todas as conversas)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="136"/>
        <source>Personal</source>
        <translation>Pessoal</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <source>Business</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144"/>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="153"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Importar conversa exportada…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="157"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Pesquisar em tudo…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="177"/>
        <source>Mode: {mode}</source>
        <translation>Modo: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195"/>
        <location filename="../../app/views/main_window.py" line="196"/>
        <source>Cancel import</source>
        <translation>Cancelar importação</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="247"/>
        <source>Import WhatsApp chat export</source>
        <translation>Importar conversa exportada do WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248"/>
        <source>WhatsApp exports (*.txt *.zip)</source>
        <translation>Exportações do WhatsApp (*.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="258"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="270"/>
        <source>Imported {chat}: {messages} messages ({new} new), {tasks} new suggestions</source>
        <translation>{chat} importada: {messages} mensagens ({new} novas), {tasks} novas sugestões</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="285"/>
        <source>Error: {error}</source>
        <translation>Erro: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Import running</source>
        <translation>Importação em andamento</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Cancel the running import and quit?</source>
        <translation>Cancelar a importação em andamento e sair?</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="73"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp ao vivo</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="64"/>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="65"/>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="66"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="67"/>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="68"/>
        <source>Analytics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="70"/>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
</context>
<context>
    <name>MessageBubbleDelegate</name>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="124"/>
        <source>task</source>
        <translation>tarefa</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../app/models/messages.py" line="37"/>
        <source>This message was deleted</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="39"/>
        <source>media</source>
        <translation>mídia</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="163"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="172"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="176"/>
        <source>Source of a task — click or press Enter to open it</source>
        <translation>Origem de uma tarefa — clique ou pressione Enter para abri-la</translation>
    </message>
</context>
<context>
    <name>MessageRole</name>
    <message>
        <location filename="../../app/i18n.py" line="123"/>
        <source>source</source>
        <translation>origem</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="124"/>
        <source>completion</source>
        <translation>conclusão</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="125"/>
        <source>reschedule</source>
        <translation>reagendamento</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="126"/>
        <source>context</source>
        <translation>contexto</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../app/i18n.py" line="95"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="96"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="97"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="98"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../app/tray.py" line="26"/>
        <source>Show ChatTasks</source>
        <translation>Mostrar o ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="29"/>
        <source>Snooze reminders {minutes} min</source>
        <translation>Adiar os lembretes por {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="32"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Due soon</source>
        <translation>Vence em breve</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tray.py" line="68"/>
        <source>%n task(s) need attention</source>
        <translation>
            <numerusform>%n tarefa precisa de atenção</numerusform>
            <numerusform>%n tarefas precisam de atenção</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutesEditor</name>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="30"/>
        <location filename="../../app/views/integrations/routes.py" line="32"/>
        <source>Routing rules</source>
        <translation>Regras de encaminhamento</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="36"/>
        <source>Rules of the selected account</source>
        <translation>Regras da conta selecionada</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <location filename="../../app/views/integrations/routes.py" line="46"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <source>Any mode</source>
        <translation>Qualquer modo</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="39"/>
        <location filename="../../app/views/integrations/routes.py" line="46"/>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="39"/>
        <location filename="../../app/views/integrations/routes.py" line="78"/>
        <source>Any chat</source>
        <translation>Qualquer conversa</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="40"/>
        <location filename="../../app/views/integrations/routes.py" line="49"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="41"/>
        <source>Any priority</source>
        <translation>Qualquer prioridade</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="42"/>
        <location filename="../../app/views/integrations/routes.py" line="47"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="43"/>
        <location filename="../../app/views/integrations/routes.py" line="48"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="44"/>
        <source>Target (calendar, list…)</source>
        <translation>Destino (calendário, lista…)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="50"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="71"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="96"/>
        <source>mode {mode}</source>
        <translation>modo {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="99"/>
        <source>chat {chat}</source>
        <translation>conversa {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="101"/>
        <source>category {category}</source>
        <translation>categoria {category}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="103"/>
        <source>person {person}</source>
        <translation>pessoa {person}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="106"/>
        <source>priority {priority}</source>
        <translation>prioridade {priority}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="108"/>
        <source>every confirmed task</source>
        <translation>todas as tarefas confirmadas</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="110"/>
        <source>{rule} → {target}</source>
        <translation>{rule} → {target}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="111"/>
        <source>{rule} (off)</source>
        <translation>{rule} (desativada)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/dialogs/search.py" line="144"/>
        <source>Search everywhere</source>
        <translation>Pesquisar em tudo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="145"/>
        <source>Search messages and tasks</source>
        <translation>Pesquisar mensagens e tarefas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="148"/>
        <source>Search text</source>
        <translation>Texto da pesquisa</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="150"/>
        <source>Search messages and tasks… (↑↓ to choose, Enter to open)</source>
        <translation>Pesquisar mensagens e tarefas… (↑↓ para escolher, Enter para abrir)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="155"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/search.py" line="219"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="229"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="vanished">sugerida</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/dialogs/settings.py" line="51"/>
        <location filename="../../app/dialogs/settings.py" line="52"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="65"/>
        <source>Languages to read chats in</source>
        <translation>Idiomas em que as conversas são lidas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="69"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="77"/>
        <source>Time of “tomorrow” and other dates without a time</source>
        <translation>Horário de “amanhã” e de outras datas sem horário</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="78"/>
        <source>Time of “end of day” (EOD)</source>
        <translation>Horário de “fim do dia” (EOD)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="83"/>
        <source>Work day {day}</source>
        <translation>Dia útil {day}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="86"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <location filename="../../app/i18n.py" line="86"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="94"/>
        <location filename="../../app/dialogs/settings.py" line="187"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="95"/>
        <source>Default: your user data folder</source>
        <translation>Padrão: sua pasta de dados do usuário</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="96"/>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="97"/>
        <source>Choose the data folder</source>
        <translation>Escolher a pasta de dados</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="103"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuar na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="105"/>
        <source>Close to tray</source>
        <translation>Fechar para a bandeja</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="109"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="110"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="111"/>
        <source>&amp;Morning (“tomorrow”)</source>
        <translation>&amp;Manhã (“amanhã”)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="112"/>
        <source>&amp;End of day (“EOD”)</source>
        <translation>Fim do &amp;dia (“EOD”)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="113"/>
        <source>Work days</source>
        <translation>Dias úteis</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="114"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="116"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Pasta de dados</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="117"/>
        <source>A new data folder is used from the next start.</source>
        <translation>Uma nova pasta de dados passa a ser usada na próxima inicialização.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="162"/>
        <source>Pick at least one language.</source>
        <translation>Escolha pelo menos um idioma.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="165"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>Fuso horário desconhecido: “{zone}”.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="207"/>
        <source>Settings saved</source>
        <translation>Configurações salvas</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="80"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="82"/>
        <source>The interface language changes at the next start.</source>
        <translation>O idioma da interface muda na próxima inicialização.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="90"/>
        <source>&amp;Interface language</source>
        <translation>Idioma da interfa&amp;ce</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../app/widgets/task_card.py" line="34"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="36"/>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="38"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="48"/>
        <source>Task: {title}</source>
        <translation>Tarefa: {title}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="49"/>
        <source>Task details</source>
        <translation>Detalhes da tarefa</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="65"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="66"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="67"/>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="68"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="69"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="71"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="76"/>
        <source>Source messages</source>
        <translation>Mensagens de origem</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="81"/>
        <location filename="../../app/dialogs/task_detail.py" line="92"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="84"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="85"/>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="86"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="87"/>
        <source>D&amp;ue</source>
        <translation>&amp;Prazo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="88"/>
        <source>&amp;Priority</source>
        <translation>Pr&amp;ioridade</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="89"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="90"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="91"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="105"/>
        <source>Open in chat</source>
        <translation>Abrir na conversa</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="114"/>
        <source>Written by you.</source>
        <translation>Escrita por você.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>synced</source>
        <translation>sincronizada</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>waiting to sync</source>
        <translation>aguardando sincronização</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="123"/>
        <source>Synced to: {tools}</source>
        <translation>Sincronizada com: {tools}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="165"/>
        <source>Edit “{title}”</source>
        <translation>Editar “{title}”</translation>
    </message>
</context>
<context>
    <name>TaskHistory</name>
    <message>
        <location filename="../../app/dialogs/history.py" line="36"/>
        <source>created the task</source>
        <translation>tarefa criada</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="37"/>
        <source>changed in the connected tool</source>
        <translation>alterado na ferramenta conectada</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="38"/>
        <source>deleted in the connected tool</source>
        <translation>excluída na ferramenta conectada</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="39"/>
        <source>the chat was set to never suggest</source>
        <translation>a conversa foi configurada para nunca sugerir</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="41"/>
        <source>the source message was deleted in WhatsApp; this task is kept</source>
        <translation>a mensagem de origem foi apagada no WhatsApp; a tarefa foi mantida</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>assignee</source>
        <translation>responsável</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due</source>
        <translation>prazo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due time</source>
        <translation>horário do prazo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>priority</source>
        <translation>prioridade</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>project</source>
        <translation>projeto</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>review</source>
        <translation>revisão</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>snoozed until</source>
        <translation>adiada até</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>ChatTasks</source>
        <translation>ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp ao vivo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="59"/>
        <source>Sync ({connector})</source>
        <translation>Sincronização ({connector})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="65"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="87"/>
        <source>suggested the task ({kind}, confidence {confidence}%)</source>
        <translation>tarefa sugerida ({kind}, confiança {confidence}%)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="93"/>
        <source>the source message was deleted in WhatsApp</source>
        <translation>a mensagem de origem foi apagada no WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="94"/>
        <source>the source message was edited in WhatsApp (was: {text})</source>
        <translation>a mensagem de origem foi editada no WhatsApp (antes: {text})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="99"/>
        <source>{change} ({reason})</source>
        <translation>{change} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="105"/>
        <source>moved to another board column</source>
        <translation>movida para outra coluna do quadro</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="107"/>
        <source>moved on the board</source>
        <translation>movida no quadro</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="110"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <location filename="../../app/i18n.py" line="111"/>
        <source>request</source>
        <translation>pedido</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="112"/>
        <source>commitment</source>
        <translation>compromisso</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="113"/>
        <source>obligation</source>
        <translation>obrigação</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="114"/>
        <source>reminder</source>
        <translation>lembrete</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="115"/>
        <source>appointment</source>
        <translation>agendamento</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <location filename="../../app/i18n.py" line="106"/>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="107"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="108"/>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../app/i18n.py" line="101"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="102"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="103"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>connectors</name>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="35"/>
        <source>CalDAV calendar</source>
        <translation>Calendário CalDAV</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="41"/>
        <source>Apple Calendar/iCloud, Nextcloud, Fastmail or any CalDAV server.</source>
        <translation>Calendário da Apple/iCloud, Nextcloud, Fastmail ou qualquer servidor CalDAV.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>Calendar URL</source>
        <translation>URL do calendário</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>the calendar collection's address</source>
        <translation>o endereço da coleção do calendário</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="44"/>
        <location filename="../../engine/sync/connectors/email.py" line="24"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="45"/>
        <source>Password or app password</source>
        <translation>Senha ou senha de app</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="46"/>
        <location filename="../../engine/sync/connectors/ics.py" line="27"/>
        <source>Timed tasks as events</source>
        <translation>Tarefas com horário como eventos</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="18"/>
        <source>Calendar file (ICS)</source>
        <translation>Arquivo de calendário (ICS)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="23"/>
        <source>Writes tasks with due dates to an .ics file (put it in a synced folder to subscribe from any calendar app).</source>
        <translation>Grava as tarefas com prazo em um arquivo .ics (coloque-o em uma pasta sincronizada para assiná-lo em qualquer app de calendário).</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="26"/>
        <source>ICS file</source>
        <translation>Arquivo ICS</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="22"/>
        <source>Webhook (Zapier, Make, custom)</source>
        <translation>Webhook (Zapier, Make, personalizado)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="27"/>
        <source>POSTs task.created / task.updated / task.completed / task.deleted events.</source>
        <translation>Envia via POST os eventos task.created / task.updated / task.completed / task.deleted.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="29"/>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="30"/>
        <source>catch-hook URLs embed their own token, so the URL is a secret</source>
        <translation>URLs de catch hook incluem o próprio token, então a URL é secreta</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="31"/>
        <source>Signing secret</source>
        <translation>Segredo de assinatura</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="32"/>
        <source>HMAC-SHA256 key for the signature header</source>
        <translation>chave HMAC-SHA256 para o cabeçalho de assinatura</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="33"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="34"/>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="34"/>
        <source>zapier</source>
        <translation>Zapier</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="34"/>
        <source>make</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="17"/>
        <source>Slack notifications</source>
        <translation>Notificações do Slack</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="22"/>
        <source>Posts task notifications and a daily digest to a Slack channel.</source>
        <translation>Publica notificações de tarefas e um resumo diário em um canal do Slack.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="24"/>
        <source>Bot token (xoxb-…)</source>
        <translation>Token do bot (xoxb-…)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>for example #tasks</source>
        <translation>por exemplo #tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="26"/>
        <location filename="../../engine/sync/connectors/teams.py" line="24"/>
        <location filename="../../engine/sync/connectors/email.py" line="28"/>
        <source>Daily digest at</source>
        <translation>Resumo diário às</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="27"/>
        <source>API address (advanced)</source>
        <translation>Endereço da API (avançado)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="28"/>
        <source>GovSlack or a local test server</source>
        <translation>GovSlack ou um servidor de testes local</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="14"/>
        <source>Microsoft Teams notifications</source>
        <translation>Notificações do Microsoft Teams</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="19"/>
        <source>Posts Adaptive Cards to a Teams channel through a Workflows webhook URL.</source>
        <translation>Publica cartões adaptáveis em um canal do Teams por meio de uma URL de webhook do Workflows.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="21"/>
        <source>Workflows webhook URL</source>
        <translation>URL do webhook do Workflows</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="22"/>
        <source>from Teams: channel &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</source>
        <translation>no Teams: canal &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="13"/>
        <source>Email notifications</source>
        <translation>Notificações por e-mail</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="18"/>
        <source>Sends task notifications and a daily digest by email through your SMTP server.</source>
        <translation>Envia notificações de tarefas e um resumo diário por e-mail pelo seu servidor SMTP.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="20"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="21"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="22"/>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="23"/>
        <source>starttls</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="23"/>
        <source>ssl</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="23"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="25"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="26"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="27"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="40"/>
        <source>Google Calendar</source>
        <translation>Google Agenda</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="46"/>
        <source>Tasks with due dates as Google Calendar events, or as Google Tasks.</source>
        <translation>Tarefas com prazo como eventos do Google Agenda ou como Google Tarefas.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="52"/>
        <source>OAuth client id</source>
        <translation>ID do cliente OAuth</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="53"/>
        <source>Send tasks as</source>
        <translation>Enviar tarefas como</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>tasks</source>
        <translation>tarefas</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="55"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="56"/>
        <source>Task list</source>
        <translation>Lista de tarefas</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="57"/>
        <source>Refresh token</source>
        <translation>Token de atualização</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="58"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="59"/>
        <source>Calendar API root</source>
        <translation>Raiz da API do Calendar</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="61"/>
        <source>Tasks API root</source>
        <translation>Raiz da API do Tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="62"/>
        <source>Token endpoint</source>
        <translation>Endpoint de token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="28"/>
        <source>Trello</source>
        <translation>Trello</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="34"/>
        <source>Tasks as cards in a Trello list.</source>
        <translation>Tarefas como cartões em uma lista do Trello.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="36"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="37"/>
        <source>from trello.com/power-ups/admin (your Power-Up's API key)</source>
        <translation>em trello.com/power-ups/admin (a chave de API do seu Power-Up)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>a token authorised for that key</source>
        <translation>um token autorizado para essa chave</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="39"/>
        <source>List for new cards</source>
        <translation>Lista para novos cartões</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="40"/>
        <source>pick it with 'list targets' after entering the key and token</source>
        <translation>escolha com 'list targets' depois de informar a chave e o token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="41"/>
        <source>Move done cards to list</source>
        <translation>Mover cartões concluídos para a lista</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="42"/>
        <source>empty: done cards stay put and are marked complete</source>
        <translation>vazio: os cartões concluídos ficam onde estão e são marcados como concluídos</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="43"/>
        <source>API root</source>
        <translation>Raiz da API</translation>
    </message>
</context>
</TS>
