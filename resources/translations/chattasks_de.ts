<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="131"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="132"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="53"/>
        <source>Tasks created and completed per week</source>
        <translation>Erstellte und erledigte Aufgaben pro Woche</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="54"/>
        <source>Open tasks by person</source>
        <translation>Offene Aufgaben nach Person</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="55"/>
        <source>Open tasks by category</source>
        <translation>Offene Aufgaben nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="56"/>
        <source>Open tasks by chat</source>
        <translation>Offene Aufgaben nach Chat</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="96"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="103"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../app/views/analytics/page.py" line="28"/>
        <source>Analytics</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="36"/>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="37"/>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="40"/>
        <source>Weeks shown</source>
        <translation>Angezeigte Wochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/analytics/page.py" line="42"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Letzte %n Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="52"/>
        <source>Loading charts…</source>
        <translation>Diagramme werden geladen…</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="55"/>
        <source>Refresh analytics</source>
        <translation>Auswertungen aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="97"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="98"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="99"/>
        <source>No chat</source>
        <translation>Kein Chat</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../app/views/board/column.py" line="58"/>
        <source>Column {name}</source>
        <translation>Spalte {name}</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../app/views/board/page.py" line="45"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="49"/>
        <source>Quick add a task</source>
        <translation>Aufgabe schnell hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="51"/>
        <source>Add a task: “Call Ana tomorrow 5pm !high #home”</source>
        <translation>Aufgabe hinzufügen: „Ana morgen um 17 Uhr anrufen !high #zuhause“</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="59"/>
        <source>Due</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="66"/>
        <source>+ Column</source>
        <translation>+ Spalte</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="67"/>
        <location filename="../../app/views/board/page.py" line="239"/>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="84"/>
        <source>Move task right</source>
        <translation>Aufgabe nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="85"/>
        <source>Move task left</source>
        <translation>Aufgabe nach links verschieben</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="93"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Rename column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="98"/>
        <source>Quick add</source>
        <translation>Schnell hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="105"/>
        <source>Any priority</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Any due date</source>
        <translation>Alle Fälligkeiten</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="110"/>
        <source>No due date</source>
        <translation>Ohne Fälligkeit</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="120"/>
        <source>Any chat</source>
        <translation>Alle Chats</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="121"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="122"/>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/board/page.py" line="225"/>
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe verschieben</numerusform>
            <numerusform>%n Aufgaben verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="239"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Column name:</source>
        <translation>Spaltenname:</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="265"/>
        <source>Added “{title}”</source>
        <translation>„{title}“ hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>no tasks</source>
        <translation>keine Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/cells.py" line="127"/>
        <source>+{n} more</source>
        <translation>+{n} weitere</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/views/calendar/page.py" line="34"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="39"/>
        <source>Calendar days</source>
        <translation>Kalendertage</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="46"/>
        <source>Shown period</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="50"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="51"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="52"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="58"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="59"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="67"/>
        <source>Next task of the day</source>
        <translation>Nächste Aufgabe des Tages</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="68"/>
        <source>Previous task of the day</source>
        <translation>Vorherige Aufgabe des Tages</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="72"/>
        <source>Move task to the next day</source>
        <translation>Aufgabe auf den nächsten Tag verschieben</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="73"/>
        <source>Move task to the previous day</source>
        <translation>Aufgabe auf den vorherigen Tag verschieben</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="74"/>
        <source>Move task a week later</source>
        <translation>Aufgabe eine Woche nach hinten verschieben</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="75"/>
        <source>Move task a week earlier</source>
        <translation>Aufgabe eine Woche nach vorne verschieben</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="80"/>
        <source>Open task</source>
        <translation>Aufgabe öffnen</translation>
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
            <numerusform>%n Aufgabe auf {day} verschieben</numerusform>
            <numerusform>%n Aufgaben auf {day} verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <location filename="../../app/models/chats.py" line="85"/>
        <source>{name}: {messages} messages, {pending} suggested tasks, mode {mode}</source>
        <translation>{name}: {messages} Nachrichten, {pending} vorgeschlagene Aufgaben, Modus {mode}</translation>
    </message>
</context>
<context>
    <name>ChatMode</name>
    <message>
        <location filename="../../app/i18n.py" line="118"/>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="119"/>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="120"/>
        <source>Hybrid</source>
        <translation>Gemischt</translation>
    </message>
</context>
<context>
    <name>ChatRowDelegate</name>
    <message numerus="yes">
        <location filename="../../app/views/chats/bubbles.py" line="231"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="234"/>
        <source>no suggestions</source>
        <translation>keine Vorschläge</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../../app/views/chats/page.py" line="41"/>
        <source>Chats and their messages</source>
        <translation>Chats und ihre Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="46"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="58"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="76"/>
        <source>Pick a chat on the left. Import a chat export with Ctrl+O.</source>
        <translation>Wähle links einen Chat aus. Mit Strg+O importierst du einen Chat-Export.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="81"/>
        <source>Open the task of this message</source>
        <translation>Aufgabe dieser Nachricht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="92"/>
        <source>Chat mode: {mode}</source>
        <translation>Chat-Modus: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="100"/>
        <source>Never suggest from this chat</source>
        <translation>Aus diesem Chat nie etwas vorschlagen</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="232"/>
        <source>That message is no longer stored.</source>
        <translation>Diese Nachricht ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="254"/>
        <source>Chat actions</source>
        <translation>Chat-Aktionen</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="275"/>
        <source>Move {chat} to {mode}</source>
        <translation>{chat} auf {mode} umstellen</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Never suggest from {chat}</source>
        <translation>Aus {chat} nie etwas vorschlagen</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Suggest again from {chat}</source>
        <translation>Aus {chat} wieder vorschlagen</translation>
    </message>
</context>
<context>
    <name>ChooseChatsDialog</name>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="32"/>
        <location filename="../../app/dialogs/choose_chats.py" line="33"/>
        <source>Choose the chats to read</source>
        <translation>Zu lesende Chats auswählen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="49"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="51"/>
        <source>Only the ticked chats are read and stored; nothing from the other chats is ever saved. This list was read from WhatsApp Web without opening any chat.</source>
        <translation>Nur die angehakten Chats werden gelesen und gespeichert; aus den anderen Chats wird nie etwas gespeichert. Diese Liste wurde aus WhatsApp Web gelesen, ohne einen Chat zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="56"/>
        <source>Also &amp;open chats with unread messages right away. Warning: opening a chat marks its messages as read on your phone. When off, such chats wait until you read them on the phone.</source>
        <translation>Chats mit ungelesenen Nachrichten auch sofort ö&amp;ffnen. Achtung: Beim Öffnen eines Chats werden seine Nachrichten auf deinem Handy als gelesen markiert. Ist das aus, warten solche Chats, bis du sie auf dem Handy gelesen hast.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="60"/>
        <source>Open chats with unread messages</source>
        <translation>Chats mit ungelesenen Nachrichten öffnen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="68"/>
        <source>Save the chosen chats</source>
        <translation>Ausgewählte Chats speichern</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/views/integrations/form.py" line="34"/>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="40"/>
        <location filename="../../app/views/integrations/form.py" line="41"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="50"/>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="56"/>
        <source>After you press OK, your browser opens to sign in.</source>
        <translation>Wenn du auf OK klickst, öffnet sich dein Browser zur Anmeldung.</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <location filename="../../app/i18n.py" line="135"/>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="136"/>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="137"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="138"/>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="139"/>
        <source>automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="140"/>
        <source>time tracking</source>
        <translation>Zeiterfassung</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="141"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../app/views/inbox/page.py" line="44"/>
        <source>Inbox of suggested tasks</source>
        <translation>Eingang der vorgeschlagenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="48"/>
        <source>Suggested tasks</source>
        <translation>Vorgeschlagene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="53"/>
        <source>No suggestions. Import a chat to find tasks in it.</source>
        <translation>Keine Vorschläge. Importiere einen Chat, um darin Aufgaben zu finden.</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="58"/>
        <source>Source message in context</source>
        <translation>Ursprungsnachricht im Kontext</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="62"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="64"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="65"/>
        <source>e.g. tomorrow 5pm, Friday, 2026-12-01</source>
        <translation>z. B. morgen 17 Uhr, Freitag, 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="67"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="76"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="79"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="82"/>
        <source>Never suggest from this chat</source>
        <translation>Aus diesem Chat nie etwas vorschlagen</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="112"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="113"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="114"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="175"/>
        <source>%n tasks selected</source>
        <translation>
            <numerusform>%n Aufgabe ausgewählt</numerusform>
            <numerusform>%n Aufgaben ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="184"/>
        <source>Chat: {chat} · confidence {confidence}</source>
        <translation>Chat: {chat} · Sicherheit {confidence}</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="239"/>
        <source>Cannot read the date “{text}”.</source>
        <translation>Das Datum „{text}“ kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="266"/>
        <source>Confirm %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe bestätigen</numerusform>
            <numerusform>%n Aufgaben bestätigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="268"/>
        <source>Reject %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe ablehnen</numerusform>
            <numerusform>%n Aufgaben ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="298"/>
        <source>Never suggest from {chat}</source>
        <translation>Aus {chat} nie etwas vorschlagen</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../../app/views/integrations/page.py" line="56"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="59"/>
        <source>Available connectors</source>
        <translation>Verfügbare Konnektoren</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="63"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="65"/>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="109"/>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="110"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="111"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="112"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="114"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="115"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="167"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="225"/>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warte auf die Anmeldung in deinem Browser…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="231"/>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="251"/>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="261"/>
        <source>%1: %2, %3 delivered, %4 pulled</source>
        <translation>%1: %2, %3 übertragen, %4 abgerufen</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="274"/>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
</context>
<context>
    <name>LinkWhatsAppDialog</name>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="56"/>
        <location filename="../../app/dialogs/link_whatsapp.py" line="57"/>
        <source>Link a WhatsApp account</source>
        <translation>WhatsApp-Konto verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="70"/>
        <source>&lt;p&gt;ChatTasks can read new messages live by running WhatsApp Web in a browser on this computer, linked to &lt;b&gt;your own account&lt;/b&gt; like any other linked device.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;This is &lt;b&gt;unofficial automation&lt;/b&gt;: WhatsApp does not offer it and could object to it.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;read-only&lt;/b&gt;: ChatTasks never sends, never types into a chat and does not mark messages as read. It only stores the chats you choose.&lt;/li&gt;&lt;li&gt;It &lt;b&gt;may break&lt;/b&gt; whenever WhatsApp changes its page; ChatTasks then pauses and you can keep importing exported chats.&lt;/li&gt;&lt;li&gt;You can &lt;b&gt;unlink at any time&lt;/b&gt; here or on your phone (Linked devices); unlinking deletes the browser profile.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ChatTasks kann neue Nachrichten live lesen, indem es WhatsApp Web in einem Browser auf diesem Computer ausführt, verknüpft mit &lt;b&gt;deinem eigenen Konto&lt;/b&gt; wie jedes andere verknüpfte Gerät.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Das ist eine &lt;b&gt;inoffizielle Automatisierung&lt;/b&gt;: WhatsApp bietet sie nicht an und könnte etwas dagegen haben.&lt;/li&gt;&lt;li&gt;Sie &lt;b&gt;liest nur&lt;/b&gt;: ChatTasks sendet nie etwas, tippt nie in einen Chat und markiert keine Nachrichten als gelesen. Es speichert nur die Chats, die du auswählst.&lt;/li&gt;&lt;li&gt;Sie &lt;b&gt;kann ausfallen&lt;/b&gt;, sobald WhatsApp seine Seite ändert; ChatTasks pausiert dann, und du kannst weiter exportierte Chats importieren.&lt;/li&gt;&lt;li&gt;Du kannst die Verknüpfung &lt;b&gt;jederzeit aufheben&lt;/b&gt;, hier oder auf deinem Handy (Verknüpfte Geräte); dabei wird das Browserprofil gelöscht.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="82"/>
        <source>Risks of live reading</source>
        <translation>Risiken des Live-Lesens</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="84"/>
        <source>e.g. My phone</source>
        <translation>z. B. Mein Handy</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="85"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="87"/>
        <source>I &amp;understand and want to link my account</source>
        <translation>Ich habe es &amp;verstanden und möchte mein Konto verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="89"/>
        <source>I understand the risks</source>
        <translation>Ich verstehe die Risiken</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="92"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="95"/>
        <source>Continue to the QR code</source>
        <translation>Weiter zum QR-Code</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="102"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="117"/>
        <source>My phone</source>
        <translation>Mein Handy</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="121"/>
        <source>Opening WhatsApp Web…</source>
        <translation>WhatsApp Web wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="136"/>
        <source>QR code to scan with WhatsApp on your phone</source>
        <translation>QR-Code zum Scannen mit WhatsApp auf deinem Handy</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="142"/>
        <source>On your phone open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, and point it at this code. The code changes every few seconds; this window follows it.</source>
        <translation>Öffne auf deinem Handy WhatsApp &gt; Einstellungen &gt; Verknüpfte Geräte &gt; Gerät hinzufügen und richte es auf diesen Code. Der Code ändert sich alle paar Sekunden; dieses Fenster zeigt immer den aktuellen.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="146"/>
        <source>&amp;New code</source>
        <translation>&amp;Neuer Code</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="147"/>
        <source>Show a new QR code</source>
        <translation>Neuen QR-Code anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="152"/>
        <source>+44 7700 900000</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="153"/>
        <source>Phone number with country code</source>
        <translation>Telefonnummer mit Ländervorwahl</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="154"/>
        <source>Get &amp;pairing code</source>
        <translation>&amp;Kopplungscode anfordern</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="155"/>
        <source>Link with phone number instead</source>
        <translation>Stattdessen mit Telefonnummer verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="170"/>
        <source>Or link with your phone number:</source>
        <translation>Oder mit deiner Telefonnummer verknüpfen:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="181"/>
        <source>The code expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="189"/>
        <source>Scan this code with WhatsApp on your phone.</source>
        <translation>Scanne diesen Code mit WhatsApp auf deinem Handy.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="194"/>
        <source>Linked. WhatsApp Web is loading your chats…</source>
        <translation>Verknüpft. WhatsApp Web lädt deine Chats…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="198"/>
        <source>WhatsApp Web changed and cannot be linked from ChatTasks right now. Keep importing exports.</source>
        <translation>WhatsApp Web hat sich geändert und kann gerade nicht mit ChatTasks verknüpft werden. Importiere weiterhin Exporte.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="204"/>
        <source>No QR code: the browser did not start.</source>
        <translation>Kein QR-Code: Der Browser ist nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="205"/>
        <source>{problem} Reason: {reason}. {action}</source>
        <translation>{problem} Grund: {reason}. {action}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="218"/>
        <source>WhatsApp Web could not be opened: {error}</source>
        <translation>WhatsApp Web konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="224"/>
        <source>Loading a new code…</source>
        <translation>Neuer Code wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="236"/>
        <source>On your phone choose 'Link with phone number' and type: {code}</source>
        <translation>Wähle auf deinem Handy „Stattdessen mit Telefonnummer verknüpfen“ und gib ein: {code}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="36"/>
        <source>What is happening</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="37"/>
        <source>What you can do</source>
        <translation>Was du tun kannst</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="68"/>
        <source>WhatsApp live accounts</source>
        <translation>WhatsApp-Live-Konten</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="73"/>
        <source>Linked WhatsApp accounts</source>
        <translation>Verknüpfte WhatsApp-Konten</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="107"/>
        <source>WhatsApp Web changed; the live reader is paused — import exports instead.</source>
        <translation>WhatsApp Web hat sich geändert; das Live-Lesen ist pausiert – importiere stattdessen Exporte.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="111"/>
        <source>&amp;Import chat export…</source>
        <translation>Chat-Export &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="113"/>
        <source>Import a WhatsApp chat export</source>
        <translation>Einen WhatsApp-Chat-Export importieren</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="119"/>
        <source>The live reader is paused</source>
        <translation>Das Live-Lesen ist pausiert</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="126"/>
        <source>&amp;Link account…</source>
        <translation>Konto &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="127"/>
        <source>&amp;Choose chats…</source>
        <translation>Chats aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="129"/>
        <location filename="../../app/views/live/page.py" line="217"/>
        <source>&amp;Start reading</source>
        <translation>&amp;Lesen starten</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="130"/>
        <source>&amp;Use here</source>
        <translation>&amp;Hier verwenden</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="131"/>
        <source>U&amp;nlink…</source>
        <translation>Verknüpfung auf&amp;heben…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="191"/>
        <source>Reason: {reason}.</source>
        <translation>Grund: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="216"/>
        <source>&amp;Stop reading</source>
        <translation>Lesen &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="221"/>
        <source>(not recognised: {part})</source>
        <translation>(nicht erkannt: {part})</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="272"/>
        <source>{count} new messages from {chat}</source>
        <translation>{count} neue Nachrichten aus {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="277"/>
        <source>Reading {name} stopped: {error}</source>
        <translation>Das Lesen von {name} wurde beendet: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="60"/>
        <source>Use WhatsApp here?</source>
        <translation>WhatsApp hier verwenden?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="61"/>
        <source>WhatsApp Web is open in another browser or computer. Using it here closes it there. Continue?</source>
        <translation>WhatsApp Web ist in einem anderen Browser oder auf einem anderen Computer geöffnet. Wenn du es hier verwendest, wird es dort geschlossen. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="72"/>
        <source>Unlink {name}?</source>
        <translation>Verknüpfung von {name} aufheben?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="73"/>
        <source>ChatTasks logs this account out of WhatsApp Web and deletes its browser profile. Messages already stored stay. Continue?</source>
        <translation>ChatTasks meldet dieses Konto von WhatsApp Web ab und löscht sein Browserprofil. Bereits gespeicherte Nachrichten bleiben erhalten. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="77"/>
        <source>Unlinking {name}…</source>
        <translation>Verknüpfung von {name} wird aufgehoben…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="83"/>
        <source>Unlinked {name}.</source>
        <translation>Verknüpfung von {name} aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="85"/>
        <source>Deleted {name}'s profile; remove the device on your phone under Linked devices.</source>
        <translation>Profil von {name} gelöscht; entferne das Gerät auf deinem Handy unter Verknüpfte Geräte.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="109"/>
        <source>Linked. Choose the chats to read: nothing is stored until you do.</source>
        <translation>Verknüpft. Wähle die zu lesenden Chats aus: Bis dahin wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="134"/>
        <source>Reading the chat list…</source>
        <translation>Chatliste wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="162"/>
        <source>Reading {count} chats.</source>
        <translation>{count} Chats werden gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="31"/>
        <source>Start &amp;with ChatTasks</source>
        <translation>&amp;Mit ChatTasks starten</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="33"/>
        <source>Start reading this account when ChatTasks opens</source>
        <translation>Dieses Konto beim Öffnen von ChatTasks lesen</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="35"/>
        <source>When ChatTasks opens, resume reading this account in the background (once it is linked and you chose its chats); missed messages are caught up.</source>
        <translation>Beim Öffnen von ChatTasks das Lesen dieses Kontos im Hintergrund fortsetzen (sobald es verknüpft ist und du seine Chats ausgewählt hast); verpasste Nachrichten werden nachgeholt.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="58"/>
        <source>{name} starts with ChatTasks.</source>
        <translation>{name} startet mit ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="60"/>
        <source>{name} no longer starts with ChatTasks.</source>
        <translation>{name} startet nicht mehr mit ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="76"/>
        <source>Reading in the background: {names}.</source>
        <translation>Wird im Hintergrund gelesen: {names}.</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <location filename="../../app/i18n.py" line="144"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="145"/>
        <source>Needs QR code</source>
        <translation>QR-Code nötig</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="146"/>
        <source>Loading</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="147"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="148"/>
        <source>Phone offline</source>
        <translation>Handy offline</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="149"/>
        <source>Open elsewhere</source>
        <translation>Woanders geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="150"/>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="151"/>
        <source>Page changed</source>
        <translation>Seite geändert</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="152"/>
        <source>Browser did not start</source>
        <translation>Browser nicht gestartet</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="153"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="26"/>
        <source>Starting the browser and opening WhatsApp Web.</source>
        <translation>Der Browser wird gestartet und WhatsApp Web geöffnet.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="27"/>
        <source>Wait a few seconds.</source>
        <translation>Warte ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="30"/>
        <source>This account is not linked yet (or the link ended). WhatsApp Web shows a QR code.</source>
        <translation>Dieses Konto ist noch nicht verknüpft (oder die Verknüpfung ist beendet). WhatsApp Web zeigt einen QR-Code.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="31"/>
        <source>On your phone open WhatsApp &gt; Linked devices &gt; Link a device and scan the code, or link with your phone number instead.</source>
        <translation>Öffne auf deinem Handy WhatsApp &gt; Verknüpfte Geräte &gt; Gerät hinzufügen und scanne den Code, oder verknüpfe stattdessen mit deiner Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="35"/>
        <source>WhatsApp Web is loading your chats.</source>
        <translation>WhatsApp Web lädt deine Chats.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="36"/>
        <source>Wait; this can take a minute after linking or after a long pause.</source>
        <translation>Warte; das kann nach dem Verknüpfen oder nach einer langen Pause eine Minute dauern.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="39"/>
        <source>Connected. New messages in the chats you chose appear as suggestions.</source>
        <translation>Verbunden. Neue Nachrichten in den ausgewählten Chats erscheinen als Vorschläge.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="40"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="43"/>
        <source>WhatsApp Web reports a connection problem, so new messages may arrive late.</source>
        <translation>WhatsApp Web meldet ein Verbindungsproblem, daher können neue Nachrichten verspätet ankommen.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="44"/>
        <source>Check that this computer and your phone are online; it reconnects by itself.</source>
        <translation>Prüfe, ob dieser Computer und dein Handy online sind; die Verbindung stellt sich von selbst wieder her.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="47"/>
        <source>WhatsApp is open in another browser or computer, which took over this session.</source>
        <translation>WhatsApp ist in einem anderen Browser oder auf einem anderen Computer geöffnet, der diese Sitzung übernommen hat.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="48"/>
        <source>Close WhatsApp Web elsewhere, then choose 'Use here' in ChatTasks to take it back.</source>
        <translation>Schließe WhatsApp Web an der anderen Stelle und wähle dann in ChatTasks „Hier verwenden“, um die Sitzung zurückzuholen.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="51"/>
        <source>The account was logged out (from the phone or the page); nothing is read any more.</source>
        <translation>Das Konto wurde abgemeldet (am Handy oder auf der Seite); es wird nichts mehr gelesen.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="52"/>
        <source>Link the account again, or unlink it to delete its browser profile.</source>
        <translation>Verknüpfe das Konto erneut oder hebe die Verknüpfung auf, um sein Browserprofil zu löschen.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="55"/>
        <source>WhatsApp Web changed and ChatTasks no longer understands part of the page.</source>
        <translation>WhatsApp Web hat sich geändert und ChatTasks versteht einen Teil der Seite nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="56"/>
        <source>Keep importing exported chats (Import &gt; WhatsApp export) until an update of ChatTasks reads the new page; nothing was changed in your account.</source>
        <translation>Importiere weiterhin exportierte Chats (Import &gt; WhatsApp-Export), bis ein Update von ChatTasks die neue Seite lesen kann; an deinem Konto wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="60"/>
        <source>The browser could not be started, so this account is not being read.</source>
        <translation>Der Browser konnte nicht gestartet werden, daher wird dieses Konto nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="61"/>
        <source>Check that Chromium, Google Chrome or Microsoft Edge is installed and opens on this computer (or set CHATTASKS_BROWSER to one that does), then start reading again.</source>
        <translation>Prüfe, ob Chromium, Google Chrome oder Microsoft Edge auf diesem Computer installiert ist und sich öffnen lässt (oder setze CHATTASKS_BROWSER auf einen Browser, bei dem das klappt), und starte das Lesen dann erneut.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="65"/>
        <source>The live reader is stopped.</source>
        <translation>Das Live-Lesen ist gestoppt.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="66"/>
        <source>Start it again from the account's menu.</source>
        <translation>Starte es über das Menü des Kontos erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="110"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>Mode and search</source>
        <translation>Modus und Suche</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="132"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <source>Mode: which chats every view shows</source>
        <translation>Modus: welche Chats alle Ansichten zeigen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135"/>
        <source>Hybrid (all chats)</source>
        <translation>Gemischt (alle Chats)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="136"/>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="153"/>
        <source>&amp;Import chat export…</source>
        <translation>Chat-Export &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="157"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168"/>
        <source>&amp;Search everywhere…</source>
        <translation>Überall &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="177"/>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195"/>
        <location filename="../../app/views/main_window.py" line="196"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="247"/>
        <source>Import WhatsApp chat export</source>
        <translation>WhatsApp-Chat-Export importieren</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248"/>
        <source>WhatsApp exports (*.txt *.zip)</source>
        <translation>WhatsApp-Exporte (*.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="258"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="270"/>
        <source>Imported {chat}: {messages} messages ({new} new), {tasks} new suggestions</source>
        <translation>{chat} importiert: {messages} Nachrichten ({new} neu), {tasks} neue Vorschläge</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="285"/>
        <source>Error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Cancel the running import and quit?</source>
        <translation>Laufenden Import abbrechen und beenden?</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="73"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp live</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="64"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="65"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="66"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="67"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="68"/>
        <source>Analytics</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="70"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
</context>
<context>
    <name>MessageBubbleDelegate</name>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="124"/>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../app/models/messages.py" line="37"/>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="39"/>
        <source>media</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="163"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="172"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="176"/>
        <source>Source of a task — click or press Enter to open it</source>
        <translation>Ursprung einer Aufgabe – zum Öffnen klicken oder die Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>MessageRole</name>
    <message>
        <location filename="../../app/i18n.py" line="123"/>
        <source>source</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="124"/>
        <source>completion</source>
        <translation>Erledigung</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="125"/>
        <source>reschedule</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="126"/>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../app/i18n.py" line="95"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="96"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="97"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="98"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../app/tray.py" line="26"/>
        <source>Show ChatTasks</source>
        <translation>ChatTasks anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="29"/>
        <source>Snooze reminders {minutes} min</source>
        <translation>Erinnerungen um {minutes} Min. verschieben</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="32"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tray.py" line="68"/>
        <source>%n task(s) need attention</source>
        <translation>
            <numerusform>%n Aufgabe braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Aufgaben brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutesEditor</name>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="30"/>
        <location filename="../../app/views/integrations/routes.py" line="32"/>
        <source>Routing rules</source>
        <translation>Weiterleitungsregeln</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="36"/>
        <source>Rules of the selected account</source>
        <translation>Regeln des ausgewählten Kontos</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <location filename="../../app/views/integrations/routes.py" line="46"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <source>Any mode</source>
        <translation>Alle Modi</translation>
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
        <translation>Alle Chats</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="40"/>
        <location filename="../../app/views/integrations/routes.py" line="49"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="41"/>
        <source>Any priority</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="42"/>
        <location filename="../../app/views/integrations/routes.py" line="47"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="43"/>
        <location filename="../../app/views/integrations/routes.py" line="48"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="44"/>
        <source>Target (calendar, list…)</source>
        <translation>Ziel (Kalender, Liste…)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="50"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="71"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="96"/>
        <source>mode {mode}</source>
        <translation>Modus {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="99"/>
        <source>chat {chat}</source>
        <translation>Chat {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="101"/>
        <source>category {category}</source>
        <translation>Kategorie {category}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="103"/>
        <source>person {person}</source>
        <translation>Person {person}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="106"/>
        <source>priority {priority}</source>
        <translation>Priorität {priority}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="108"/>
        <source>every confirmed task</source>
        <translation>alle bestätigten Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="110"/>
        <source>{rule} → {target}</source>
        <translation>{rule} → {target}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="111"/>
        <source>{rule} (off)</source>
        <translation>{rule} (aus)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/dialogs/search.py" line="144"/>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="145"/>
        <source>Search messages and tasks</source>
        <translation>Nachrichten und Aufgaben durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="148"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="150"/>
        <source>Search messages and tasks… (↑↓ to choose, Enter to open)</source>
        <translation>Nachrichten und Aufgaben durchsuchen… (↑↓ zum Auswählen, Eingabetaste zum Öffnen)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="155"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/search.py" line="219"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="229"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="vanished">vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/dialogs/settings.py" line="51"/>
        <location filename="../../app/dialogs/settings.py" line="52"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="65"/>
        <source>Languages to read chats in</source>
        <translation>Sprachen, in denen Chats gelesen werden</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="69"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="77"/>
        <source>Time of “tomorrow” and other dates without a time</source>
        <translation>Uhrzeit für „morgen“ und andere Daten ohne Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="78"/>
        <source>Time of “end of day” (EOD)</source>
        <translation>Uhrzeit für „Feierabend“ (EOD)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="83"/>
        <source>Work day {day}</source>
        <translation>Arbeitstag {day}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="86"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <location filename="../../app/i18n.py" line="86"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="94"/>
        <location filename="../../app/dialogs/settings.py" line="187"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="95"/>
        <source>Default: your user data folder</source>
        <translation>Standard: dein Benutzerdatenordner</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="96"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="97"/>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="103"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="105"/>
        <source>Close to tray</source>
        <translation>In den Infobereich schließen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="109"/>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="110"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="111"/>
        <source>&amp;Morning (“tomorrow”)</source>
        <translation>&amp;Morgens („morgen“)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="112"/>
        <source>&amp;End of day (“EOD”)</source>
        <translation>&amp;Feierabend („EOD“)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="113"/>
        <source>Work days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="114"/>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="116"/>
        <source>&amp;Data folder</source>
        <translation>Daten&amp;ordner</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="117"/>
        <source>A new data folder is used from the next start.</source>
        <translation>Ein neuer Datenordner wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="162"/>
        <source>Pick at least one language.</source>
        <translation>Wähle mindestens eine Sprache.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="165"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>Unbekannte Zeitzone „{zone}“.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="207"/>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="80"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="82"/>
        <source>The interface language changes at the next start.</source>
        <translation>Die Sprache der Oberfläche ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="90"/>
        <source>&amp;Interface language</source>
        <translation>Sprache der O&amp;berfläche</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../app/widgets/task_card.py" line="34"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="36"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="38"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="48"/>
        <source>Task: {title}</source>
        <translation>Aufgabe: {title}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="49"/>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="65"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="66"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="67"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="68"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="69"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="71"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="76"/>
        <source>Source messages</source>
        <translation>Ursprungsnachrichten</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="81"/>
        <location filename="../../app/dialogs/task_detail.py" line="92"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="84"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="85"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="86"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="87"/>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="88"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="89"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="90"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="91"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="105"/>
        <source>Open in chat</source>
        <translation>Im Chat öffnen</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="114"/>
        <source>Written by you.</source>
        <translation>Von dir geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>waiting to sync</source>
        <translation>wartet auf Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="123"/>
        <source>Synced to: {tools}</source>
        <translation>Synchronisiert mit: {tools}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="165"/>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>TaskHistory</name>
    <message>
        <location filename="../../app/dialogs/history.py" line="36"/>
        <source>created the task</source>
        <translation>Aufgabe erstellt</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="37"/>
        <source>changed in the connected tool</source>
        <translation>im verbundenen Tool geändert</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="38"/>
        <source>deleted in the connected tool</source>
        <translation>im verbundenen Tool gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="39"/>
        <source>the chat was set to never suggest</source>
        <translation>der Chat wurde auf „nie vorschlagen“ gestellt</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="41"/>
        <source>the source message was deleted in WhatsApp; this task is kept</source>
        <translation>die Ursprungsnachricht wurde in WhatsApp gelöscht; die Aufgabe bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due time</source>
        <translation>Uhrzeit der Fälligkeit</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>snoozed until</source>
        <translation>zurückgestellt bis</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>You</source>
        <translation>Du</translation>
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
        <translation>Synchronisierung ({connector})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="65"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="87"/>
        <source>suggested the task ({kind}, confidence {confidence}%)</source>
        <translation>Aufgabe vorgeschlagen ({kind}, Konfidenz {confidence} %)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="93"/>
        <source>the source message was deleted in WhatsApp</source>
        <translation>die Ursprungsnachricht wurde in WhatsApp gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="94"/>
        <source>the source message was edited in WhatsApp (was: {text})</source>
        <translation>die Ursprungsnachricht wurde in WhatsApp bearbeitet (vorher: {text})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="99"/>
        <source>{change} ({reason})</source>
        <translation>{change} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="105"/>
        <source>moved to another board column</source>
        <translation>in eine andere Spalte des Boards verschoben</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="107"/>
        <source>moved on the board</source>
        <translation>auf dem Board verschoben</translation>
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
        <translation>Bitte</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="112"/>
        <source>commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="113"/>
        <source>obligation</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="114"/>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="115"/>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <location filename="../../app/i18n.py" line="106"/>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="107"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="108"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../app/i18n.py" line="101"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="102"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="103"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>connectors</name>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="35"/>
        <source>CalDAV calendar</source>
        <translation>CalDAV-Kalender</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="41"/>
        <source>Apple Calendar/iCloud, Nextcloud, Fastmail or any CalDAV server.</source>
        <translation>Apple Kalender/iCloud, Nextcloud, Fastmail oder jeder andere CalDAV-Server.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>Calendar URL</source>
        <translation>Kalender-URL</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>the calendar collection's address</source>
        <translation>die Adresse der Kalendersammlung</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="44"/>
        <location filename="../../engine/sync/connectors/email.py" line="24"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="45"/>
        <source>Password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="46"/>
        <location filename="../../engine/sync/connectors/ics.py" line="27"/>
        <source>Timed tasks as events</source>
        <translation>Aufgaben mit Uhrzeit als Termine</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="18"/>
        <source>Calendar file (ICS)</source>
        <translation>Kalenderdatei (ICS)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="23"/>
        <source>Writes tasks with due dates to an .ics file (put it in a synced folder to subscribe from any calendar app).</source>
        <translation>Schreibt Aufgaben mit Fälligkeitsdatum in eine .ics-Datei (lege sie in einen synchronisierten Ordner, um sie in jeder Kalender-App zu abonnieren).</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="26"/>
        <source>ICS file</source>
        <translation>ICS-Datei</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="22"/>
        <source>Webhook (Zapier, Make, custom)</source>
        <translation>Webhook (Zapier, Make, eigener)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="27"/>
        <source>POSTs task.created / task.updated / task.completed / task.deleted events.</source>
        <translation>Sendet die Ereignisse task.created / task.updated / task.completed / task.deleted per POST.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="29"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="30"/>
        <source>catch-hook URLs embed their own token, so the URL is a secret</source>
        <translation>Catch-Hook-URLs enthalten ihr eigenes Token, daher ist die URL geheim</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="31"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="32"/>
        <source>HMAC-SHA256 key for the signature header</source>
        <translation>HMAC-SHA256-Schlüssel für den Signatur-Header</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="33"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="34"/>
        <source>custom</source>
        <translation>eigener</translation>
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
        <translation>Slack-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="22"/>
        <source>Posts task notifications and a daily digest to a Slack channel.</source>
        <translation>Sendet Aufgabenbenachrichtigungen und eine tägliche Zusammenfassung an einen Slack-Kanal.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="24"/>
        <source>Bot token (xoxb-…)</source>
        <translation>Bot-Token (xoxb-…)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>for example #tasks</source>
        <translation>zum Beispiel #tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="26"/>
        <location filename="../../engine/sync/connectors/teams.py" line="24"/>
        <location filename="../../engine/sync/connectors/email.py" line="28"/>
        <source>Daily digest at</source>
        <translation>Tägliche Zusammenfassung um</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="27"/>
        <source>API address (advanced)</source>
        <translation>API-Adresse (erweitert)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="28"/>
        <source>GovSlack or a local test server</source>
        <translation>GovSlack oder ein lokaler Testserver</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="14"/>
        <source>Microsoft Teams notifications</source>
        <translation>Microsoft-Teams-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="19"/>
        <source>Posts Adaptive Cards to a Teams channel through a Workflows webhook URL.</source>
        <translation>Sendet Adaptive Cards über eine Workflows-Webhook-URL an einen Teams-Kanal.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="21"/>
        <source>Workflows webhook URL</source>
        <translation>Workflows-Webhook-URL</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="22"/>
        <source>from Teams: channel &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</source>
        <translation>in Teams: Kanal &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="13"/>
        <source>Email notifications</source>
        <translation>E-Mail-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="18"/>
        <source>Sends task notifications and a daily digest by email through your SMTP server.</source>
        <translation>Sendet Aufgabenbenachrichtigungen und eine tägliche Zusammenfassung per E-Mail über deinen SMTP-Server.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="20"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="21"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="22"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
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
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="25"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="26"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="27"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="40"/>
        <source>Google Calendar</source>
        <translation>Google Kalender</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="46"/>
        <source>Tasks with due dates as Google Calendar events, or as Google Tasks.</source>
        <translation>Aufgaben mit Fälligkeitsdatum als Termine in Google Kalender oder als Google Tasks.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="52"/>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="53"/>
        <source>Send tasks as</source>
        <translation>Aufgaben senden als</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="55"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="56"/>
        <source>Task list</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="57"/>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="58"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="59"/>
        <source>Calendar API root</source>
        <translation>Calendar-API-Stamm-URL</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="61"/>
        <source>Tasks API root</source>
        <translation>Tasks-API-Stamm-URL</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="62"/>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="28"/>
        <source>Trello</source>
        <translation>Trello</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="34"/>
        <source>Tasks as cards in a Trello list.</source>
        <translation>Aufgaben als Karten in einer Trello-Liste.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="36"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="37"/>
        <source>from trello.com/power-ups/admin (your Power-Up's API key)</source>
        <translation>von trello.com/power-ups/admin (der API-Schlüssel deines Power-Ups)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>a token authorised for that key</source>
        <translation>ein für diesen Schlüssel autorisiertes Token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="39"/>
        <source>List for new cards</source>
        <translation>Liste für neue Karten</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="40"/>
        <source>pick it with 'list targets' after entering the key and token</source>
        <translation>nach Eingabe von Schlüssel und Token mit 'list targets' auswählen</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="41"/>
        <source>Move done cards to list</source>
        <translation>Erledigte Karten in Liste verschieben</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="42"/>
        <source>empty: done cards stay put and are marked complete</source>
        <translation>leer: erledigte Karten bleiben, wo sie sind, und werden als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="43"/>
        <source>API root</source>
        <translation>API-Stamm-URL</translation>
    </message>
</context>
</TS>
