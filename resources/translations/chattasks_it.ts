<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="131"/>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="132"/>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="53"/>
        <source>Tasks created and completed per week</source>
        <translation>Attività create e completate a settimana</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="54"/>
        <source>Open tasks by person</source>
        <translation>Attività aperte per persona</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="55"/>
        <source>Open tasks by category</source>
        <translation>Attività aperte per categoria</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="56"/>
        <source>Open tasks by chat</source>
        <translation>Attività aperte per chat</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="96"/>
        <source>Created</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="103"/>
        <source>Completed</source>
        <translation>Completate</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../app/views/analytics/page.py" line="28"/>
        <source>Analytics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="36"/>
        <source>Open tasks</source>
        <translation>Attività aperte</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="37"/>
        <source>Overdue tasks</source>
        <translation>Attività scadute</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="40"/>
        <source>Weeks shown</source>
        <translation>Settimane mostrate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/analytics/page.py" line="42"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Ultima %n settimana</numerusform>
            <numerusform>Ultime %n settimane</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="52"/>
        <source>Loading charts…</source>
        <translation>Caricamento dei grafici…</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="55"/>
        <source>Refresh analytics</source>
        <translation>Aggiorna le statistiche</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="97"/>
        <source>Unassigned</source>
        <translation>Non assegnata</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="98"/>
        <source>No category</source>
        <translation>Nessuna categoria</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="99"/>
        <source>No chat</source>
        <translation>Nessuna chat</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../app/views/board/column.py" line="58"/>
        <source>Column {name}</source>
        <translation>Colonna {name}</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../app/views/board/page.py" line="45"/>
        <source>Board</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="49"/>
        <source>Quick add a task</source>
        <translation>Aggiunta rapida di un'attività</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="51"/>
        <source>Add a task: “Call Ana tomorrow 5pm !high #home”</source>
        <translation>Aggiungi un'attività: “Chiamare Ana domani alle 17 !high #casa”</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="59"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="66"/>
        <source>+ Column</source>
        <translation>+ Colonna</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="67"/>
        <location filename="../../app/views/board/page.py" line="239"/>
        <source>Add column</source>
        <translation>Aggiungi colonna</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="84"/>
        <source>Move task right</source>
        <translation>Sposta l'attività a destra</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="85"/>
        <source>Move task left</source>
        <translation>Sposta l'attività a sinistra</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="93"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Rename column</source>
        <translation>Rinomina colonna</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="98"/>
        <source>Quick add</source>
        <translation>Aggiunta rapida</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="105"/>
        <source>Any priority</source>
        <translation>Qualsiasi priorità</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Any due date</source>
        <translation>Qualsiasi scadenza</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Due today</source>
        <translation>In scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Next 7 days</source>
        <translation>Prossimi 7 giorni</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="110"/>
        <source>No due date</source>
        <translation>Senza scadenza</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="120"/>
        <source>Any chat</source>
        <translation>Qualsiasi chat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="121"/>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="122"/>
        <source>Any category</source>
        <translation>Qualsiasi categoria</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/board/page.py" line="225"/>
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Sposta %n attività</numerusform>
            <numerusform>Sposta %n attività</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="239"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Column name:</source>
        <translation>Nome della colonna:</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="265"/>
        <source>Added “{title}”</source>
        <translation>“{title}” aggiunta</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n attività</numerusform>
            <numerusform>%n attività</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>no tasks</source>
        <translation>nessuna attività</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/cells.py" line="127"/>
        <source>+{n} more</source>
        <translation>+{n} altre</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/views/calendar/page.py" line="34"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="39"/>
        <source>Calendar days</source>
        <translation>Giorni del calendario</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="46"/>
        <source>Shown period</source>
        <translation>Periodo mostrato</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="50"/>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="51"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="52"/>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="58"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="59"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="67"/>
        <source>Next task of the day</source>
        <translation>Attività successiva del giorno</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="68"/>
        <source>Previous task of the day</source>
        <translation>Attività precedente del giorno</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="72"/>
        <source>Move task to the next day</source>
        <translation>Sposta l'attività al giorno dopo</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="73"/>
        <source>Move task to the previous day</source>
        <translation>Sposta l'attività al giorno prima</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="74"/>
        <source>Move task a week later</source>
        <translation>Sposta l'attività di una settimana avanti</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="75"/>
        <source>Move task a week earlier</source>
        <translation>Sposta l'attività di una settimana indietro</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="80"/>
        <source>Open task</source>
        <translation>Apri attività</translation>
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
            <numerusform>Riprogramma %n attività al {day}</numerusform>
            <numerusform>Riprogramma %n attività al {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <location filename="../../app/models/chats.py" line="85"/>
        <source>{name}: {messages} messages, {pending} suggested tasks, mode {mode}</source>
        <translation>{name}: {messages} messaggi, {pending} attività suggerite, modalità {mode}</translation>
    </message>
</context>
<context>
    <name>ChatMode</name>
    <message>
        <location filename="../../app/i18n.py" line="118"/>
        <source>Personal</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="119"/>
        <source>Business</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="120"/>
        <source>Hybrid</source>
        <translation>Mista</translation>
    </message>
</context>
<context>
    <name>ChatRowDelegate</name>
    <message numerus="yes">
        <location filename="../../app/views/chats/bubbles.py" line="231"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="234"/>
        <source>no suggestions</source>
        <translation>nessun suggerimento</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../../app/views/chats/page.py" line="41"/>
        <source>Chats and their messages</source>
        <translation>Chat e i loro messaggi</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="46"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="58"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="76"/>
        <source>Pick a chat on the left. Import a chat export with Ctrl+O.</source>
        <translation>Scegli una chat a sinistra. Importa una chat esportata con Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="81"/>
        <source>Open the task of this message</source>
        <translation>Apri l'attività di questo messaggio</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="92"/>
        <source>Chat mode: {mode}</source>
        <translation>Modalità della chat: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="100"/>
        <source>Never suggest from this chat</source>
        <translation>Non suggerire mai da questa chat</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="232"/>
        <source>That message is no longer stored.</source>
        <translation>Quel messaggio non è più salvato.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="254"/>
        <source>Chat actions</source>
        <translation>Azioni della chat</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="275"/>
        <source>Move {chat} to {mode}</source>
        <translation>Sposta {chat} in {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Never suggest from {chat}</source>
        <translation>Non suggerire mai da {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Suggest again from {chat}</source>
        <translation>Suggerisci di nuovo da {chat}</translation>
    </message>
</context>
<context>
    <name>ChooseChatsDialog</name>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="32"/>
        <location filename="../../app/dialogs/choose_chats.py" line="33"/>
        <source>Choose the chats to read</source>
        <translation>Scegli le chat da leggere</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="49"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="51"/>
        <source>Only the ticked chats are read and stored; nothing from the other chats is ever saved. This list was read from WhatsApp Web without opening any chat.</source>
        <translation>Solo le chat spuntate vengono lette e salvate; delle altre chat non viene mai salvato nulla. Questo elenco è stato letto da WhatsApp Web senza aprire alcuna chat.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="56"/>
        <source>Also &amp;open chats with unread messages right away. Warning: opening a chat marks its messages as read on your phone. When off, such chats wait until you read them on the phone.</source>
        <translation>&amp;Apri subito anche le chat con messaggi non letti. Attenzione: aprire una chat segna i suoi messaggi come letti sul telefono. Se è disattivato, queste chat aspettano finché non le leggi sul telefono.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="60"/>
        <source>Open chats with unread messages</source>
        <translation>Apri le chat con messaggi non letti</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="68"/>
        <source>Save the chosen chats</source>
        <translation>Salva le chat scelte</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/views/integrations/form.py" line="34"/>
        <source>Connect %1</source>
        <translation>Connetti %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="40"/>
        <location filename="../../app/views/integrations/form.py" line="41"/>
        <source>Account name</source>
        <translation>Nome dell'account</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="50"/>
        <source> (optional)</source>
        <translation> (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="56"/>
        <source>After you press OK, your browser opens to sign in.</source>
        <translation>Dopo aver premuto OK, si apre il browser per accedere.</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <location filename="../../app/i18n.py" line="135"/>
        <source>tasks</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="136"/>
        <source>calendar</source>
        <translation>calendario</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="137"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="138"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="139"/>
        <source>automation</source>
        <translation>automazione</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="140"/>
        <source>time tracking</source>
        <translation>monitoraggio del tempo</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="141"/>
        <source>files</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../app/views/inbox/page.py" line="44"/>
        <source>Inbox of suggested tasks</source>
        <translation>Posta in arrivo delle attività suggerite</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="48"/>
        <source>Suggested tasks</source>
        <translation>Attività suggerite</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="53"/>
        <source>No suggestions. Import a chat to find tasks in it.</source>
        <translation>Nessun suggerimento. Importa una chat per trovarvi delle attività.</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="58"/>
        <source>Source message in context</source>
        <translation>Messaggio di origine nel suo contesto</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="60"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="62"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="64"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="65"/>
        <source>e.g. tomorrow 5pm, Friday, 2026-12-01</source>
        <translation>es. domani alle 17, venerdì, 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="67"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="76"/>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="79"/>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="82"/>
        <source>Never suggest from this chat</source>
        <translation>Non suggerire mai da questa chat</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="112"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Assegnatario</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="113"/>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="114"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorità</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="175"/>
        <source>%n tasks selected</source>
        <translation>
            <numerusform>%n attività selezionata</numerusform>
            <numerusform>%n attività selezionate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="184"/>
        <source>Chat: {chat} · confidence {confidence}</source>
        <translation>Chat: {chat} · affidabilità {confidence}</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="239"/>
        <source>Cannot read the date “{text}”.</source>
        <translation>Impossibile leggere la data “{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="266"/>
        <source>Confirm %n task(s)</source>
        <translation>
            <numerusform>Conferma %n attività</numerusform>
            <numerusform>Conferma %n attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="268"/>
        <source>Reject %n task(s)</source>
        <translation>
            <numerusform>Rifiuta %n attività</numerusform>
            <numerusform>Rifiuta %n attività</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="298"/>
        <source>Never suggest from {chat}</source>
        <translation>Non suggerire mai da {chat}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../../app/views/integrations/page.py" line="56"/>
        <source>Integrations</source>
        <translation>Integrazioni</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="59"/>
        <source>Available connectors</source>
        <translation>Connettori disponibili</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="63"/>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="65"/>
        <source>Connected accounts</source>
        <translation>Account collegati</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="109"/>
        <source>Connect…</source>
        <translation>Connetti…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="110"/>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="111"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="112"/>
        <source>Remove account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="114"/>
        <source>Add rule</source>
        <translation>Aggiungi regola</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="115"/>
        <source>Remove rule</source>
        <translation>Rimuovi regola</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="167"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="225"/>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>In attesa dell'accesso nel browser…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="231"/>
        <source>Could not connect: %1</source>
        <translation>Impossibile connettersi: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="251"/>
        <source>Test failed: %1</source>
        <translation>Verifica non riuscita: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="261"/>
        <source>%1: %2, %3 delivered, %4 pulled</source>
        <translation>%1: %2, %3 inviati, %4 ricevuti</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="274"/>
        <source>Removed %1</source>
        <translation>%1 rimosso</translation>
    </message>
</context>
<context>
    <name>LinkWhatsAppDialog</name>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="56"/>
        <location filename="../../app/dialogs/link_whatsapp.py" line="57"/>
        <source>Link a WhatsApp account</source>
        <translation>Collega un account WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="70"/>
        <source>&lt;p&gt;ChatTasks can read new messages live by running WhatsApp Web in a browser on this computer, linked to &lt;b&gt;your own account&lt;/b&gt; like any other linked device.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;This is &lt;b&gt;unofficial automation&lt;/b&gt;: WhatsApp does not offer it and could object to it.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;read-only&lt;/b&gt;: ChatTasks never sends, never types into a chat and does not mark messages as read. It only stores the chats you choose.&lt;/li&gt;&lt;li&gt;It &lt;b&gt;may break&lt;/b&gt; whenever WhatsApp changes its page; ChatTasks then pauses and you can keep importing exported chats.&lt;/li&gt;&lt;li&gt;You can &lt;b&gt;unlink at any time&lt;/b&gt; here or on your phone (Linked devices); unlinking deletes the browser profile.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ChatTasks può leggere i nuovi messaggi in tempo reale eseguendo WhatsApp Web in un browser su questo computer, collegato al &lt;b&gt;tuo account&lt;/b&gt; come qualsiasi altro dispositivo collegato.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Si tratta di un'&lt;b&gt;automazione non ufficiale&lt;/b&gt;: WhatsApp non la offre e potrebbe opporsi.&lt;/li&gt;&lt;li&gt;È in &lt;b&gt;sola lettura&lt;/b&gt;: ChatTasks non invia mai nulla, non scrive mai in una chat e non segna i messaggi come letti. Salva solo le chat che scegli.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Può smettere di funzionare&lt;/b&gt; ogni volta che WhatsApp cambia la sua pagina; allora ChatTasks si mette in pausa e puoi continuare a importare le chat esportate.&lt;/li&gt;&lt;li&gt;Puoi &lt;b&gt;scollegarlo in qualsiasi momento&lt;/b&gt;, qui o sul telefono (Dispositivi collegati); scollegandolo si elimina il profilo del browser.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="82"/>
        <source>Risks of live reading</source>
        <translation>Rischi della lettura in tempo reale</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="84"/>
        <source>e.g. My phone</source>
        <translation>es. Il mio telefono</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="85"/>
        <source>Account name</source>
        <translation>Nome dell'account</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="87"/>
        <source>I &amp;understand and want to link my account</source>
        <translation>Ho &amp;capito e voglio collegare il mio account</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="89"/>
        <source>I understand the risks</source>
        <translation>Comprendo i rischi</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="92"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="95"/>
        <source>Continue to the QR code</source>
        <translation>Continua al codice QR</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="102"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome dell'account:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="117"/>
        <source>My phone</source>
        <translation>Il mio telefono</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="121"/>
        <source>Opening WhatsApp Web…</source>
        <translation>Apertura di WhatsApp Web…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="136"/>
        <source>QR code to scan with WhatsApp on your phone</source>
        <translation>Codice QR da scansionare con WhatsApp sul telefono</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="142"/>
        <source>On your phone open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, and point it at this code. The code changes every few seconds; this window follows it.</source>
        <translation>Sul telefono apri WhatsApp &gt; Impostazioni &gt; Dispositivi collegati &gt; Collega un dispositivo e inquadra questo codice. Il codice cambia ogni pochi secondi; questa finestra mostra sempre quello attuale.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="146"/>
        <source>&amp;New code</source>
        <translation>&amp;Nuovo codice</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="147"/>
        <source>Show a new QR code</source>
        <translation>Mostra un nuovo codice QR</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="152"/>
        <source>+44 7700 900000</source>
        <translation>+39 312 345 6789</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="153"/>
        <source>Phone number with country code</source>
        <translation>Numero di telefono con prefisso internazionale</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="154"/>
        <source>Get &amp;pairing code</source>
        <translation>Ottieni codice di &amp;associazione</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="155"/>
        <source>Link with phone number instead</source>
        <translation>Collega invece con il numero di telefono</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="170"/>
        <source>Or link with your phone number:</source>
        <translation>Oppure collega con il tuo numero di telefono:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="181"/>
        <source>The code expired.</source>
        <translation>Il codice è scaduto.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="189"/>
        <source>Scan this code with WhatsApp on your phone.</source>
        <translation>Scansiona questo codice con WhatsApp sul telefono.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="194"/>
        <source>Linked. WhatsApp Web is loading your chats…</source>
        <translation>Collegato. WhatsApp Web sta caricando le tue chat…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="198"/>
        <source>WhatsApp Web changed and cannot be linked from ChatTasks right now. Keep importing exports.</source>
        <translation>WhatsApp Web è cambiato e al momento non può essere collegato da ChatTasks. Continua a importare le chat esportate.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="204"/>
        <source>No QR code: the browser did not start.</source>
        <translation>Nessun codice QR: il browser non si è avviato.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="205"/>
        <source>{problem} Reason: {reason}. {action}</source>
        <translation>{problem} Motivo: {reason}. {action}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="218"/>
        <source>WhatsApp Web could not be opened: {error}</source>
        <translation>Impossibile aprire WhatsApp Web: {error}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="224"/>
        <source>Loading a new code…</source>
        <translation>Caricamento di un nuovo codice…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="236"/>
        <source>On your phone choose 'Link with phone number' and type: {code}</source>
        <translation>Sul telefono scegli “Collega con il numero di telefono” e digita: {code}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="36"/>
        <source>What is happening</source>
        <translation>Cosa sta succedendo</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="37"/>
        <source>What you can do</source>
        <translation>Cosa puoi fare</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="68"/>
        <source>WhatsApp live accounts</source>
        <translation>Account WhatsApp live</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="73"/>
        <source>Linked WhatsApp accounts</source>
        <translation>Account WhatsApp collegati</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="107"/>
        <source>WhatsApp Web changed; the live reader is paused — import exports instead.</source>
        <translation>WhatsApp Web è cambiato; la lettura in tempo reale è in pausa — importa invece le chat esportate.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="111"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Importa chat esportata…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="113"/>
        <source>Import a WhatsApp chat export</source>
        <translation>Importa una chat di WhatsApp esportata</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="119"/>
        <source>The live reader is paused</source>
        <translation>La lettura in tempo reale è in pausa</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="126"/>
        <source>&amp;Link account…</source>
        <translation>&amp;Collega account…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="127"/>
        <source>&amp;Choose chats…</source>
        <translation>&amp;Scegli chat…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="129"/>
        <location filename="../../app/views/live/page.py" line="217"/>
        <source>&amp;Start reading</source>
        <translation>&amp;Avvia lettura</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="130"/>
        <source>&amp;Use here</source>
        <translation>&amp;Usa qui</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="131"/>
        <source>U&amp;nlink…</source>
        <translation>Sc&amp;ollega…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="191"/>
        <source>Reason: {reason}.</source>
        <translation>Motivo: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="216"/>
        <source>&amp;Stop reading</source>
        <translation>&amp;Interrompi lettura</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="221"/>
        <source>(not recognised: {part})</source>
        <translation>(non riconosciuto: {part})</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="272"/>
        <source>{count} new messages from {chat}</source>
        <translation>{count} nuovi messaggi da {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="277"/>
        <source>Reading {name} stopped: {error}</source>
        <translation>La lettura di {name} si è interrotta: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="60"/>
        <source>Use WhatsApp here?</source>
        <translation>Usare WhatsApp qui?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="61"/>
        <source>WhatsApp Web is open in another browser or computer. Using it here closes it there. Continue?</source>
        <translation>WhatsApp Web è aperto in un altro browser o computer. Usandolo qui verrà chiuso lì. Continuare?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="72"/>
        <source>Unlink {name}?</source>
        <translation>Scollegare {name}?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="73"/>
        <source>ChatTasks logs this account out of WhatsApp Web and deletes its browser profile. Messages already stored stay. Continue?</source>
        <translation>ChatTasks disconnette questo account da WhatsApp Web ed elimina il suo profilo del browser. I messaggi già salvati restano. Continuare?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="77"/>
        <source>Unlinking {name}…</source>
        <translation>Scollegamento di {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="83"/>
        <source>Unlinked {name}.</source>
        <translation>Account {name} scollegato.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="85"/>
        <source>Deleted {name}'s profile; remove the device on your phone under Linked devices.</source>
        <translation>Profilo di {name} eliminato; rimuovi il dispositivo dal telefono in Dispositivi collegati.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="109"/>
        <source>Linked. Choose the chats to read: nothing is stored until you do.</source>
        <translation>Collegato. Scegli le chat da leggere: finché non lo fai non viene salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="134"/>
        <source>Reading the chat list…</source>
        <translation>Lettura dell'elenco delle chat…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="162"/>
        <source>Reading {count} chats.</source>
        <translation>Lettura di {count} chat.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="31"/>
        <source>Start &amp;with ChatTasks</source>
        <translation>Avvia co&amp;n ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="33"/>
        <source>Start reading this account when ChatTasks opens</source>
        <translation>Inizia a leggere questo account all'apertura di ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="35"/>
        <source>When ChatTasks opens, resume reading this account in the background (once it is linked and you chose its chats); missed messages are caught up.</source>
        <translation>All'apertura di ChatTasks, riprendi la lettura di questo account in background (una volta collegato e scelte le sue chat); i messaggi persi vengono recuperati.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="58"/>
        <source>{name} starts with ChatTasks.</source>
        <translation>{name} si avvia con ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="60"/>
        <source>{name} no longer starts with ChatTasks.</source>
        <translation>{name} non si avvia più con ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="76"/>
        <source>Reading in the background: {names}.</source>
        <translation>Lettura in background: {names}.</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <location filename="../../app/i18n.py" line="144"/>
        <source>Starting</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="145"/>
        <source>Needs QR code</source>
        <translation>Serve il codice QR</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="146"/>
        <source>Loading</source>
        <translation>Caricamento</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="147"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="148"/>
        <source>Phone offline</source>
        <translation>Telefono offline</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="149"/>
        <source>Open elsewhere</source>
        <translation>Aperto altrove</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="150"/>
        <source>Logged out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="151"/>
        <source>Page changed</source>
        <translation>Pagina cambiata</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="152"/>
        <source>Browser did not start</source>
        <translation>Il browser non si è avviato</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="153"/>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="26"/>
        <source>Starting the browser and opening WhatsApp Web.</source>
        <translation>Avvio del browser e apertura di WhatsApp Web.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="27"/>
        <source>Wait a few seconds.</source>
        <translation>Attendi qualche secondo.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="30"/>
        <source>This account is not linked yet (or the link ended). WhatsApp Web shows a QR code.</source>
        <translation>Questo account non è ancora collegato (o il collegamento è terminato). WhatsApp Web mostra un codice QR.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="31"/>
        <source>On your phone open WhatsApp &gt; Linked devices &gt; Link a device and scan the code, or link with your phone number instead.</source>
        <translation>Sul telefono apri WhatsApp &gt; Dispositivi collegati &gt; Collega un dispositivo e scansiona il codice, oppure collega con il tuo numero di telefono.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="35"/>
        <source>WhatsApp Web is loading your chats.</source>
        <translation>WhatsApp Web sta caricando le tue chat.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="36"/>
        <source>Wait; this can take a minute after linking or after a long pause.</source>
        <translation>Attendi; può richiedere un minuto dopo il collegamento o dopo una lunga pausa.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="39"/>
        <source>Connected. New messages in the chats you chose appear as suggestions.</source>
        <translation>Connesso. I nuovi messaggi nelle chat che hai scelto compaiono come suggerimenti.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="40"/>
        <source>Nothing to do.</source>
        <translation>Niente da fare.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="43"/>
        <source>WhatsApp Web reports a connection problem, so new messages may arrive late.</source>
        <translation>WhatsApp Web segnala un problema di connessione, quindi i nuovi messaggi potrebbero arrivare in ritardo.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="44"/>
        <source>Check that this computer and your phone are online; it reconnects by itself.</source>
        <translation>Verifica che questo computer e il telefono siano online; si riconnette da solo.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="47"/>
        <source>WhatsApp is open in another browser or computer, which took over this session.</source>
        <translation>WhatsApp è aperto in un altro browser o computer, che ha preso il controllo di questa sessione.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="48"/>
        <source>Close WhatsApp Web elsewhere, then choose 'Use here' in ChatTasks to take it back.</source>
        <translation>Chiudi WhatsApp Web altrove, poi scegli “Usa qui” in ChatTasks per riprenderla.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="51"/>
        <source>The account was logged out (from the phone or the page); nothing is read any more.</source>
        <translation>L'account è stato disconnesso (dal telefono o dalla pagina); non viene più letto nulla.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="52"/>
        <source>Link the account again, or unlink it to delete its browser profile.</source>
        <translation>Collega di nuovo l'account oppure scollegalo per eliminarne il profilo del browser.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="55"/>
        <source>WhatsApp Web changed and ChatTasks no longer understands part of the page.</source>
        <translation>WhatsApp Web è cambiato e ChatTasks non capisce più una parte della pagina.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="56"/>
        <source>Keep importing exported chats (Import &gt; WhatsApp export) until an update of ChatTasks reads the new page; nothing was changed in your account.</source>
        <translation>Continua a importare le chat esportate (Importa &gt; Esportazione WhatsApp) finché un aggiornamento di ChatTasks non saprà leggere la nuova pagina; nel tuo account non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="60"/>
        <source>The browser could not be started, so this account is not being read.</source>
        <translation>Impossibile avviare il browser, quindi questo account non viene letto.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="61"/>
        <source>Check that Chromium, Google Chrome or Microsoft Edge is installed and opens on this computer (or set CHATTASKS_BROWSER to one that does), then start reading again.</source>
        <translation>Verifica che Chromium, Google Chrome o Microsoft Edge sia installato e si apra su questo computer (oppure imposta CHATTASKS_BROWSER su uno che funzioni), poi riavvia la lettura.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="65"/>
        <source>The live reader is stopped.</source>
        <translation>La lettura in tempo reale è ferma.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="66"/>
        <source>Start it again from the account's menu.</source>
        <translation>Riavviala dal menu dell'account.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="110"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>Mode and search</source>
        <translation>Modalità e ricerca</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="132"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <source>Mode: which chats every view shows</source>
        <translation>Modalità: quali chat mostrano tutte le viste</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135"/>
        <source>Hybrid (all chats)</source>
        <translation>Mista (tutte le chat)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="136"/>
        <source>Personal</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <source>Business</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144"/>
        <source>Mode:</source>
        <translation>Modalità:</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="153"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Importa chat esportata…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="157"/>
        <source>&amp;Settings…</source>
        <translation>Imp&amp;ostazioni…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Cerca ovunque…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="177"/>
        <source>Mode: {mode}</source>
        <translation>Modalità: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192"/>
        <source>Import progress</source>
        <translation>Avanzamento dell'importazione</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195"/>
        <location filename="../../app/views/main_window.py" line="196"/>
        <source>Cancel import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="247"/>
        <source>Import WhatsApp chat export</source>
        <translation>Importa chat WhatsApp esportata</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248"/>
        <source>WhatsApp exports (*.txt *.zip)</source>
        <translation>Esportazioni WhatsApp (*.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="258"/>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="270"/>
        <source>Imported {chat}: {messages} messages ({new} new), {tasks} new suggestions</source>
        <translation>{chat} importata: {messages} messaggi ({new} nuovi), {tasks} nuovi suggerimenti</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="285"/>
        <source>Error: {error}</source>
        <translation>Errore: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Import running</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Cancel the running import and quit?</source>
        <translation>Annullare l'importazione in corso e uscire?</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="73"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp live</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="64"/>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="65"/>
        <source>Board</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="66"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="67"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="68"/>
        <source>Analytics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="70"/>
        <source>Integrations</source>
        <translation>Integrazioni</translation>
    </message>
</context>
<context>
    <name>MessageBubbleDelegate</name>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="124"/>
        <source>task</source>
        <translation>attività</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../app/models/messages.py" line="37"/>
        <source>This message was deleted</source>
        <translation>Questo messaggio è stato eliminato</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="39"/>
        <source>media</source>
        <translation>file multimediale</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="163"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="172"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="176"/>
        <source>Source of a task — click or press Enter to open it</source>
        <translation>Origine di un'attività — fai clic o premi Invio per aprirla</translation>
    </message>
</context>
<context>
    <name>MessageRole</name>
    <message>
        <location filename="../../app/i18n.py" line="123"/>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="124"/>
        <source>completion</source>
        <translation>completamento</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="125"/>
        <source>reschedule</source>
        <translation>riprogrammazione</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="126"/>
        <source>context</source>
        <translation>contesto</translation>
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
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="98"/>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../app/tray.py" line="26"/>
        <source>Show ChatTasks</source>
        <translation>Mostra ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="29"/>
        <source>Snooze reminders {minutes} min</source>
        <translation>Posticipa i promemoria di {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="32"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Due soon</source>
        <translation>In scadenza</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tray.py" line="68"/>
        <source>%n task(s) need attention</source>
        <translation>
            <numerusform>%n attività richiede attenzione</numerusform>
            <numerusform>%n attività richiedono attenzione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutesEditor</name>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="30"/>
        <location filename="../../app/views/integrations/routes.py" line="32"/>
        <source>Routing rules</source>
        <translation>Regole di instradamento</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="36"/>
        <source>Rules of the selected account</source>
        <translation>Regole dell'account selezionato</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <location filename="../../app/views/integrations/routes.py" line="46"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <source>Any mode</source>
        <translation>Qualsiasi modalità</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="39"/>
        <location filename="../../app/views/integrations/routes.py" line="46"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="39"/>
        <location filename="../../app/views/integrations/routes.py" line="78"/>
        <source>Any chat</source>
        <translation>Qualsiasi chat</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="40"/>
        <location filename="../../app/views/integrations/routes.py" line="49"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="41"/>
        <source>Any priority</source>
        <translation>Qualsiasi priorità</translation>
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
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="44"/>
        <source>Target (calendar, list…)</source>
        <translation>Destinazione (calendario, elenco…)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="50"/>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="71"/>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="96"/>
        <source>mode {mode}</source>
        <translation>modalità {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="99"/>
        <source>chat {chat}</source>
        <translation>chat {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="101"/>
        <source>category {category}</source>
        <translation>categoria {category}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="103"/>
        <source>person {person}</source>
        <translation>persona {person}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="106"/>
        <source>priority {priority}</source>
        <translation>priorità {priority}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="108"/>
        <source>every confirmed task</source>
        <translation>tutte le attività confermate</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="110"/>
        <source>{rule} → {target}</source>
        <translation>{rule} → {target}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="111"/>
        <source>{rule} (off)</source>
        <translation>{rule} (disattivata)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/dialogs/search.py" line="144"/>
        <source>Search everywhere</source>
        <translation>Cerca ovunque</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="145"/>
        <source>Search messages and tasks</source>
        <translation>Cerca messaggi e attività</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="148"/>
        <source>Search text</source>
        <translation>Testo da cercare</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="150"/>
        <source>Search messages and tasks… (↑↓ to choose, Enter to open)</source>
        <translation>Cerca messaggi e attività… (↑↓ per scegliere, Invio per aprire)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="155"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/search.py" line="219"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="229"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="vanished">suggerita</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/dialogs/settings.py" line="51"/>
        <location filename="../../app/dialogs/settings.py" line="52"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="65"/>
        <source>Languages to read chats in</source>
        <translation>Lingue in cui leggere le chat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="69"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="77"/>
        <source>Time of “tomorrow” and other dates without a time</source>
        <translation>Ora di “domani” e delle altre date senza ora</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="78"/>
        <source>Time of “end of day” (EOD)</source>
        <translation>Ora di “fine giornata” (EOD)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="83"/>
        <source>Work day {day}</source>
        <translation>Giorno lavorativo {day}</translation>
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
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="94"/>
        <location filename="../../app/dialogs/settings.py" line="187"/>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="95"/>
        <source>Default: your user data folder</source>
        <translation>Predefinita: la cartella dei dati utente</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="96"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="97"/>
        <source>Choose the data folder</source>
        <translation>Scegli la cartella dei dati</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="103"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Resta nell'area di notifica quando la finestra è chiusa</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="105"/>
        <source>Close to tray</source>
        <translation>Chiudi nell'area di notifica</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="109"/>
        <source>&amp;Languages</source>
        <translation>&amp;Lingue</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="110"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="111"/>
        <source>&amp;Morning (“tomorrow”)</source>
        <translation>&amp;Mattina (“domani”)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="112"/>
        <source>&amp;End of day (“EOD”)</source>
        <translation>Fi&amp;ne giornata (“EOD”)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="113"/>
        <source>Work days</source>
        <translation>Giorni lavorativi</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="114"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="116"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Cartella dei dati</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="117"/>
        <source>A new data folder is used from the next start.</source>
        <translation>Una nuova cartella dei dati viene usata dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="162"/>
        <source>Pick at least one language.</source>
        <translation>Scegli almeno una lingua.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="165"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>Fuso orario sconosciuto: “{zone}”.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="207"/>
        <source>Settings saved</source>
        <translation>Impostazioni salvate</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="80"/>
        <source>Interface language</source>
        <translation>Lingua dell'interfaccia</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="82"/>
        <source>The interface language changes at the next start.</source>
        <translation>La lingua dell'interfaccia cambia al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="90"/>
        <source>&amp;Interface language</source>
        <translation>Lingua dell'&amp;interfaccia</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../app/widgets/task_card.py" line="34"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="36"/>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="38"/>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="48"/>
        <source>Task: {title}</source>
        <translation>Attività: {title}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="49"/>
        <source>Task details</source>
        <translation>Dettagli dell'attività</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="65"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="66"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="67"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="68"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="69"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="70"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="71"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="76"/>
        <source>Source messages</source>
        <translation>Messaggi di origine</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="81"/>
        <location filename="../../app/dialogs/task_detail.py" line="92"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="84"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="85"/>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="86"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Assegnatario</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="87"/>
        <source>D&amp;ue</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="88"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorità</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="89"/>
        <source>&amp;Status</source>
        <translation>Stat&amp;o</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="90"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="91"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="105"/>
        <source>Open in chat</source>
        <translation>Apri nella chat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="114"/>
        <source>Written by you.</source>
        <translation>Scritta da te.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>synced</source>
        <translation>sincronizzata</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>waiting to sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="123"/>
        <source>Synced to: {tools}</source>
        <translation>Sincronizzata con: {tools}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="165"/>
        <source>Edit “{title}”</source>
        <translation>Modifica “{title}”</translation>
    </message>
</context>
<context>
    <name>TaskHistory</name>
    <message>
        <location filename="../../app/dialogs/history.py" line="36"/>
        <source>created the task</source>
        <translation>attività creata</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="37"/>
        <source>changed in the connected tool</source>
        <translation>modificato nello strumento collegato</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="38"/>
        <source>deleted in the connected tool</source>
        <translation>eliminata nello strumento collegato</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="39"/>
        <source>the chat was set to never suggest</source>
        <translation>la chat è stata impostata per non suggerire mai</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="41"/>
        <source>the source message was deleted in WhatsApp; this task is kept</source>
        <translation>il messaggio di origine è stato eliminato in WhatsApp; l'attività viene mantenuta</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>assignee</source>
        <translation>assegnatario</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due time</source>
        <translation>orario di scadenza</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>priority</source>
        <translation>priorità</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>project</source>
        <translation>progetto</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>review</source>
        <translation>revisione</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>snoozed until</source>
        <translation>posticipata fino a</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>ChatTasks</source>
        <translation>ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp live</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="59"/>
        <source>Sync ({connector})</source>
        <translation>Sincronizzazione ({connector})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="65"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="87"/>
        <source>suggested the task ({kind}, confidence {confidence}%)</source>
        <translation>attività suggerita ({kind}, affidabilità {confidence}%)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="93"/>
        <source>the source message was deleted in WhatsApp</source>
        <translation>il messaggio di origine è stato eliminato in WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="94"/>
        <source>the source message was edited in WhatsApp (was: {text})</source>
        <translation>il messaggio di origine è stato modificato in WhatsApp (prima: {text})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="99"/>
        <source>{change} ({reason})</source>
        <translation>{change} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="105"/>
        <source>moved to another board column</source>
        <translation>spostata in un'altra colonna della bacheca</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="107"/>
        <source>moved on the board</source>
        <translation>spostata nella bacheca</translation>
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
        <translation>richiesta</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="112"/>
        <source>commitment</source>
        <translation>impegno</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="113"/>
        <source>obligation</source>
        <translation>obbligo</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="114"/>
        <source>reminder</source>
        <translation>promemoria</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="115"/>
        <source>appointment</source>
        <translation>appuntamento</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <location filename="../../app/i18n.py" line="106"/>
        <source>Suggested</source>
        <translation>Suggerita</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="107"/>
        <source>Confirmed</source>
        <translation>Confermata</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="108"/>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../app/i18n.py" line="101"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="102"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="103"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>connectors</name>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="35"/>
        <source>CalDAV calendar</source>
        <translation>Calendario CalDAV</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="41"/>
        <source>Apple Calendar/iCloud, Nextcloud, Fastmail or any CalDAV server.</source>
        <translation>Calendario di Apple/iCloud, Nextcloud, Fastmail o qualsiasi server CalDAV.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>Calendar URL</source>
        <translation>URL del calendario</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>the calendar collection's address</source>
        <translation>l'indirizzo della raccolta del calendario</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="44"/>
        <location filename="../../engine/sync/connectors/email.py" line="24"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="45"/>
        <source>Password or app password</source>
        <translation>Password o password per le app</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="46"/>
        <location filename="../../engine/sync/connectors/ics.py" line="27"/>
        <source>Timed tasks as events</source>
        <translation>Attività con orario come eventi</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="18"/>
        <source>Calendar file (ICS)</source>
        <translation>File di calendario (ICS)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="23"/>
        <source>Writes tasks with due dates to an .ics file (put it in a synced folder to subscribe from any calendar app).</source>
        <translation>Scrive le attività con scadenza in un file .ics (mettilo in una cartella sincronizzata per iscriverti da qualsiasi app di calendario).</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="26"/>
        <source>ICS file</source>
        <translation>File ICS</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="22"/>
        <source>Webhook (Zapier, Make, custom)</source>
        <translation>Webhook (Zapier, Make, personalizzato)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="27"/>
        <source>POSTs task.created / task.updated / task.completed / task.deleted events.</source>
        <translation>Invia tramite POST gli eventi task.created / task.updated / task.completed / task.deleted.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="29"/>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="30"/>
        <source>catch-hook URLs embed their own token, so the URL is a secret</source>
        <translation>gli URL dei catch hook contengono il proprio token, quindi l'URL è segreto</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="31"/>
        <source>Signing secret</source>
        <translation>Segreto di firma</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="32"/>
        <source>HMAC-SHA256 key for the signature header</source>
        <translation>chiave HMAC-SHA256 per l'intestazione della firma</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="33"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="34"/>
        <source>custom</source>
        <translation>personalizzato</translation>
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
        <translation>Notifiche Slack</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="22"/>
        <source>Posts task notifications and a daily digest to a Slack channel.</source>
        <translation>Pubblica le notifiche delle attività e un riepilogo giornaliero in un canale Slack.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="24"/>
        <source>Bot token (xoxb-…)</source>
        <translation>Token del bot (xoxb-…)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>for example #tasks</source>
        <translation>per esempio #tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="26"/>
        <location filename="../../engine/sync/connectors/teams.py" line="24"/>
        <location filename="../../engine/sync/connectors/email.py" line="28"/>
        <source>Daily digest at</source>
        <translation>Riepilogo giornaliero alle</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="27"/>
        <source>API address (advanced)</source>
        <translation>Indirizzo API (avanzato)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="28"/>
        <source>GovSlack or a local test server</source>
        <translation>GovSlack o un server di test locale</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="14"/>
        <source>Microsoft Teams notifications</source>
        <translation>Notifiche di Microsoft Teams</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="19"/>
        <source>Posts Adaptive Cards to a Teams channel through a Workflows webhook URL.</source>
        <translation>Pubblica Adaptive Card in un canale di Teams tramite un URL webhook di Workflows.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="21"/>
        <source>Workflows webhook URL</source>
        <translation>URL del webhook di Workflows</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="22"/>
        <source>from Teams: channel &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</source>
        <translation>da Teams: canale &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="13"/>
        <source>Email notifications</source>
        <translation>Notifiche via email</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="18"/>
        <source>Sends task notifications and a daily digest by email through your SMTP server.</source>
        <translation>Invia le notifiche delle attività e un riepilogo giornaliero via email tramite il tuo server SMTP.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="20"/>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="21"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="22"/>
        <source>Security</source>
        <translation>Sicurezza</translation>
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
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="25"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="26"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="27"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="40"/>
        <source>Google Calendar</source>
        <translation>Google Calendar</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="46"/>
        <source>Tasks with due dates as Google Calendar events, or as Google Tasks.</source>
        <translation>Attività con scadenza come eventi di Google Calendar o come Google Tasks.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="52"/>
        <source>OAuth client id</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="53"/>
        <source>Send tasks as</source>
        <translation>Invia le attività come</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>events</source>
        <translation>eventi</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>tasks</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="55"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="56"/>
        <source>Task list</source>
        <translation>Elenco attività</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="57"/>
        <source>Refresh token</source>
        <translation>Token di aggiornamento</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="58"/>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="59"/>
        <source>Calendar API root</source>
        <translation>Radice dell'API Calendar</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="61"/>
        <source>Tasks API root</source>
        <translation>Radice dell'API Tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="62"/>
        <source>Token endpoint</source>
        <translation>Endpoint del token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="28"/>
        <source>Trello</source>
        <translation>Trello</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="34"/>
        <source>Tasks as cards in a Trello list.</source>
        <translation>Attività come schede in una lista di Trello.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="36"/>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="37"/>
        <source>from trello.com/power-ups/admin (your Power-Up's API key)</source>
        <translation>da trello.com/power-ups/admin (la chiave API del tuo Power-Up)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>a token authorised for that key</source>
        <translation>un token autorizzato per quella chiave</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="39"/>
        <source>List for new cards</source>
        <translation>Lista per le nuove schede</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="40"/>
        <source>pick it with 'list targets' after entering the key and token</source>
        <translation>sceglila con 'list targets' dopo aver inserito la chiave e il token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="41"/>
        <source>Move done cards to list</source>
        <translation>Sposta le schede completate nella lista</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="42"/>
        <source>empty: done cards stay put and are marked complete</source>
        <translation>vuoto: le schede completate restano dove sono e vengono segnate come completate</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="43"/>
        <source>API root</source>
        <translation>Radice dell'API</translation>
    </message>
</context>
</TS>
