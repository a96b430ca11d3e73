<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="131"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="132"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="53"/>
        <source>Tasks created and completed per week</source>
        <translation>Tâches créées et terminées par semaine</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="54"/>
        <source>Open tasks by person</source>
        <translation>Tâches ouvertes par personne</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="55"/>
        <source>Open tasks by category</source>
        <translation>Tâches ouvertes par catégorie</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="56"/>
        <source>Open tasks by chat</source>
        <translation>Tâches ouvertes par discussion</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="96"/>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="103"/>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../app/views/analytics/page.py" line="28"/>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="36"/>
        <source>Open tasks</source>
        <translation>Tâches ouvertes</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="37"/>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="40"/>
        <source>Weeks shown</source>
        <translation>Semaines affichées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/analytics/page.py" line="42"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Dernière %n semaine</numerusform>
            <numerusform>%n dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="52"/>
        <source>Loading charts…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="55"/>
        <source>Refresh analytics</source>
        <translation>Actualiser les statistiques</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="97"/>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="98"/>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="99"/>
        <source>No chat</source>
        <translation>Sans discussion</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../app/views/board/column.py" line="58"/>
        <source>Column {name}</source>
        <translation>Colonne {name}</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../app/views/board/page.py" line="45"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="49"/>
        <source>Quick add a task</source>
        <translation>Ajout rapide d'une tâche</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="51"/>
        <source>Add a task: “Call Ana tomorrow 5pm !high #home”</source>
        <translation>Ajouter une tâche : « Appeler Ana demain à 17h !high #maison »</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="59"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="66"/>
        <source>+ Column</source>
        <translation>+ Colonne</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="67"/>
        <location filename="../../app/views/board/page.py" line="239"/>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="84"/>
        <source>Move task right</source>
        <translation>Déplacer la tâche vers la droite</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="85"/>
        <source>Move task left</source>
        <translation>Déplacer la tâche vers la gauche</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="93"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Rename column</source>
        <translation>Renommer la colonne</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="98"/>
        <source>Quick add</source>
        <translation>Ajout rapide</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="105"/>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Any due date</source>
        <translation>Toutes les échéances</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Due today</source>
        <translation>Échéance aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="110"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="120"/>
        <source>Any chat</source>
        <translation>Toutes les discussions</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="121"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="122"/>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/board/page.py" line="225"/>
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Déplacer %n tâche</numerusform>
            <numerusform>Déplacer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="239"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Column name:</source>
        <translation>Nom de la colonne :</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="265"/>
        <source>Added “{title}”</source>
        <translation>« {title} » ajoutée</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>no tasks</source>
        <translation>aucune tâche</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/cells.py" line="127"/>
        <source>+{n} more</source>
        <translation>+{n} autres</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../app/views/calendar/page.py" line="34"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="39"/>
        <source>Calendar days</source>
        <translation>Jours du calendrier</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="46"/>
        <source>Shown period</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="50"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="51"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="52"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="58"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="59"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="67"/>
        <source>Next task of the day</source>
        <translation>Tâche suivante du jour</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="68"/>
        <source>Previous task of the day</source>
        <translation>Tâche précédente du jour</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="72"/>
        <source>Move task to the next day</source>
        <translation>Déplacer la tâche au jour suivant</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="73"/>
        <source>Move task to the previous day</source>
        <translation>Déplacer la tâche au jour précédent</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="74"/>
        <source>Move task a week later</source>
        <translation>Reporter la tâche d'une semaine</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="75"/>
        <source>Move task a week earlier</source>
        <translation>Avancer la tâche d'une semaine</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="80"/>
        <source>Open task</source>
        <translation>Ouvrir la tâche</translation>
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
            <numerusform>Replanifier %n tâche au {day}</numerusform>
            <numerusform>Replanifier %n tâches au {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <location filename="../../app/models/chats.py" line="85"/>
        <source>{name}: {messages} messages, {pending} suggested tasks, mode {mode}</source>
        <translation>{name} : {messages} messages, {pending} tâches suggérées, mode {mode}</translation>
    </message>
</context>
<context>
    <name>ChatMode</name>
    <message>
        <location filename="../../app/i18n.py" line="118"/>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="119"/>
        <source>Business</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="120"/>
        <source>Hybrid</source>
        <translation>Mixte</translation>
    </message>
</context>
<context>
    <name>ChatRowDelegate</name>
    <message numerus="yes">
        <location filename="../../app/views/chats/bubbles.py" line="231"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="234"/>
        <source>no suggestions</source>
        <translation>aucune suggestion</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../../app/views/chats/page.py" line="41"/>
        <source>Chats and their messages</source>
        <translation>Discussions et leurs messages</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="46"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="58"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="76"/>
        <source>Pick a chat on the left. Import a chat export with Ctrl+O.</source>
        <translation>Choisissez une discussion à gauche. Importez une discussion exportée avec Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="81"/>
        <source>Open the task of this message</source>
        <translation>Ouvrir la tâche de ce message</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="92"/>
        <source>Chat mode: {mode}</source>
        <translation>Mode de la discussion : {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="100"/>
        <source>Never suggest from this chat</source>
        <translation>Ne jamais suggérer depuis cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="232"/>
        <source>That message is no longer stored.</source>
        <translation>Ce message n'est plus enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="254"/>
        <source>Chat actions</source>
        <translation>Actions de la discussion</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="275"/>
        <source>Move {chat} to {mode}</source>
        <translation>Passer {chat} en {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Never suggest from {chat}</source>
        <translation>Ne jamais suggérer depuis {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Suggest again from {chat}</source>
        <translation>Suggérer à nouveau depuis {chat}</translation>
    </message>
</context>
<context>
    <name>ChooseChatsDialog</name>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="32"/>
        <location filename="../../app/dialogs/choose_chats.py" line="33"/>
        <source>Choose the chats to read</source>
        <translation>Choisir les discussions à lire</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="49"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="51"/>
        <source>Only the ticked chats are read and stored; nothing from the other chats is ever saved. This list was read from WhatsApp Web without opening any chat.</source>
        <translation>Seules les discussions cochées sont lues et enregistrées ; rien n'est jamais enregistré des autres discussions. Cette liste a été lue depuis WhatsApp Web sans ouvrir aucune discussion.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="56"/>
        <source>Also &amp;open chats with unread messages right away. Warning: opening a chat marks its messages as read on your phone. When off, such chats wait until you read them on the phone.</source>
        <translation>&amp;Ouvrir aussi tout de suite les discussions qui ont des messages non lus. Attention : ouvrir une discussion marque ses messages comme lus sur votre téléphone. Sinon, ces discussions attendent que vous les lisiez sur le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="60"/>
        <source>Open chats with unread messages</source>
        <translation>Ouvrir les discussions avec des messages non lus</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="68"/>
        <source>Save the chosen chats</source>
        <translation>Enregistrer les discussions choisies</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/views/integrations/form.py" line="34"/>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="40"/>
        <location filename="../../app/views/integrations/form.py" line="41"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="50"/>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="56"/>
        <source>After you press OK, your browser opens to sign in.</source>
        <translation>Après avoir cliqué sur OK, votre navigateur s'ouvre pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <location filename="../../app/i18n.py" line="135"/>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="136"/>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="137"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="138"/>
        <source>chat</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="139"/>
        <source>automation</source>
        <translation>automatisation</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="140"/>
        <source>time tracking</source>
        <translation>suivi du temps</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="141"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../app/views/inbox/page.py" line="44"/>
        <source>Inbox of suggested tasks</source>
        <translation>Boîte de réception des tâches suggérées</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="48"/>
        <source>Suggested tasks</source>
        <translation>Tâches suggérées</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="53"/>
        <source>No suggestions. Import a chat to find tasks in it.</source>
        <translation>Aucune suggestion. Importez une discussion pour y trouver des tâches.</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="58"/>
        <source>Source message in context</source>
        <translation>Message source dans son contexte</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="60"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="62"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="64"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="65"/>
        <source>e.g. tomorrow 5pm, Friday, 2026-12-01</source>
        <translation>ex. : demain 17h, vendredi, 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="67"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="76"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="79"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="82"/>
        <source>Never suggest from this chat</source>
        <translation>Ne jamais suggérer depuis cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="112"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="113"/>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="114"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="175"/>
        <source>%n tasks selected</source>
        <translation>
            <numerusform>%n tâche sélectionnée</numerusform>
            <numerusform>%n tâches sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="184"/>
        <source>Chat: {chat} · confidence {confidence}</source>
        <translation>Discussion : {chat} · confiance {confidence}</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="239"/>
        <source>Cannot read the date “{text}”.</source>
        <translation>Impossible de lire la date « {text} ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="266"/>
        <source>Confirm %n task(s)</source>
        <translation>
            <numerusform>Confirmer %n tâche</numerusform>
            <numerusform>Confirmer %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="268"/>
        <source>Reject %n task(s)</source>
        <translation>
            <numerusform>Rejeter %n tâche</numerusform>
            <numerusform>Rejeter %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="298"/>
        <source>Never suggest from {chat}</source>
        <translation>Ne jamais suggérer depuis {chat}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../../app/views/integrations/page.py" line="56"/>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="59"/>
        <source>Available connectors</source>
        <translation>Connecteurs disponibles</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="63"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="65"/>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="109"/>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="110"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="111"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="112"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="114"/>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="115"/>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="167"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="225"/>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>En attente de la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="231"/>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="251"/>
        <source>Test failed: %1</source>
        <translation>Échec du test : %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="261"/>
        <source>%1: %2, %3 delivered, %4 pulled</source>
        <translation>%1 : %2, %3 envoyés, %4 récupérés</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="274"/>
        <source>Removed %1</source>
        <translation>%1 supprimé</translation>
    </message>
</context>
<context>
    <name>LinkWhatsAppDialog</name>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="56"/>
        <location filename="../../app/dialogs/link_whatsapp.py" line="57"/>
        <source>Link a WhatsApp account</source>
        <translation>Associer un compte WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="70"/>
        <source>&lt;p&gt;ChatTasks can read new messages live by running WhatsApp Web in a browser on this computer, linked to &lt;b&gt;your own account&lt;/b&gt; like any other linked device.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;This is &lt;b&gt;unofficial automation&lt;/b&gt;: WhatsApp does not offer it and could object to it.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;read-only&lt;/b&gt;: ChatTasks never sends, never types into a chat and does not mark messages as read. It only stores the chats you choose.&lt;/li&gt;&lt;li&gt;It &lt;b&gt;may break&lt;/b&gt; whenever WhatsApp changes its page; ChatTasks then pauses and you can keep importing exported chats.&lt;/li&gt;&lt;li&gt;You can &lt;b&gt;unlink at any time&lt;/b&gt; here or on your phone (Linked devices); unlinking deletes the browser profile.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ChatTasks peut lire les nouveaux messages en direct en exécutant WhatsApp Web dans un navigateur sur cet ordinateur, associé à &lt;b&gt;votre propre compte&lt;/b&gt; comme n'importe quel autre appareil connecté.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Il s'agit d'une &lt;b&gt;automatisation non officielle&lt;/b&gt; : WhatsApp ne la propose pas et pourrait s'y opposer.&lt;/li&gt;&lt;li&gt;Elle fonctionne en &lt;b&gt;lecture seule&lt;/b&gt; : ChatTasks n'envoie jamais rien, ne tape jamais dans une discussion et ne marque pas les messages comme lus. Il n'enregistre que les discussions que vous choisissez.&lt;/li&gt;&lt;li&gt;Elle &lt;b&gt;peut cesser de fonctionner&lt;/b&gt; dès que WhatsApp modifie sa page ; ChatTasks se met alors en pause et vous pouvez continuer à importer des discussions exportées.&lt;/li&gt;&lt;li&gt;Vous pouvez &lt;b&gt;dissocier le compte à tout moment&lt;/b&gt;, ici ou sur votre téléphone (Appareils connectés) ; la dissociation supprime le profil du navigateur.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="82"/>
        <source>Risks of live reading</source>
        <translation>Risques de la lecture en direct</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="84"/>
        <source>e.g. My phone</source>
        <translation>ex. : Mon téléphone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="85"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="87"/>
        <source>I &amp;understand and want to link my account</source>
        <translation>J'ai &amp;compris et je veux associer mon compte</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="89"/>
        <source>I understand the risks</source>
        <translation>Je comprends les risques</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="92"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="95"/>
        <source>Continue to the QR code</source>
        <translation>Continuer vers le code QR</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="102"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="117"/>
        <source>My phone</source>
        <translation>Mon téléphone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="121"/>
        <source>Opening WhatsApp Web…</source>
        <translation>Ouverture de WhatsApp Web…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="136"/>
        <source>QR code to scan with WhatsApp on your phone</source>
        <translation>Code QR à scanner avec WhatsApp sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="142"/>
        <source>On your phone open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, and point it at this code. The code changes every few seconds; this window follows it.</source>
        <translation>Sur votre téléphone, ouvrez WhatsApp &gt; Paramètres &gt; Appareils connectés &gt; Connecter un appareil, puis pointez-le vers ce code. Le code change toutes les quelques secondes ; cette fenêtre affiche toujours le plus récent.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="146"/>
        <source>&amp;New code</source>
        <translation>&amp;Nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="147"/>
        <source>Show a new QR code</source>
        <translation>Afficher un nouveau code QR</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="152"/>
        <source>+44 7700 900000</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="153"/>
        <source>Phone number with country code</source>
        <translation>Numéro de téléphone avec l'indicatif du pays</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="154"/>
        <source>Get &amp;pairing code</source>
        <translation>Obtenir un code d'&amp;association</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="155"/>
        <source>Link with phone number instead</source>
        <translation>Connecter plutôt avec le numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="170"/>
        <source>Or link with your phone number:</source>
        <translation>Ou connectez-vous avec votre numéro de téléphone :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="181"/>
        <source>The code expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="189"/>
        <source>Scan this code with WhatsApp on your phone.</source>
        <translation>Scannez ce code avec WhatsApp sur votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="194"/>
        <source>Linked. WhatsApp Web is loading your chats…</source>
        <translation>Associé. WhatsApp Web charge vos discussions…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="198"/>
        <source>WhatsApp Web changed and cannot be linked from ChatTasks right now. Keep importing exports.</source>
        <translation>WhatsApp Web a changé et ne peut pas être associé depuis ChatTasks pour le moment. Continuez à importer des exports.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="204"/>
        <source>No QR code: the browser did not start.</source>
        <translation>Pas de code QR : le navigateur n'a pas démarré.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="205"/>
        <source>{problem} Reason: {reason}. {action}</source>
        <translation>{problem} Raison : {reason}. {action}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="218"/>
        <source>WhatsApp Web could not be opened: {error}</source>
        <translation>Impossible d'ouvrir WhatsApp Web : {error}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="224"/>
        <source>Loading a new code…</source>
        <translation>Chargement d'un nouveau code…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="236"/>
        <source>On your phone choose 'Link with phone number' and type: {code}</source>
        <translation>Sur votre téléphone, choisissez « Connecter avec le numéro de téléphone » et saisissez : {code}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="36"/>
        <source>What is happening</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="37"/>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="68"/>
        <source>WhatsApp live accounts</source>
        <translation>Comptes WhatsApp en direct</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="73"/>
        <source>Linked WhatsApp accounts</source>
        <translation>Comptes WhatsApp associés</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="107"/>
        <source>WhatsApp Web changed; the live reader is paused — import exports instead.</source>
        <translation>WhatsApp Web a changé ; la lecture en direct est en pause — importez plutôt des exports.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="111"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Importer une discussion exportée…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="113"/>
        <source>Import a WhatsApp chat export</source>
        <translation>Importer une discussion WhatsApp exportée</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="119"/>
        <source>The live reader is paused</source>
        <translation>La lecture en direct est en pause</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="126"/>
        <source>&amp;Link account…</source>
        <translation>&amp;Associer un compte…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="127"/>
        <source>&amp;Choose chats…</source>
        <translation>&amp;Choisir les discussions…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="129"/>
        <location filename="../../app/views/live/page.py" line="217"/>
        <source>&amp;Start reading</source>
        <translation>&amp;Démarrer la lecture</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="130"/>
        <source>&amp;Use here</source>
        <translation>&amp;Utiliser ici</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="131"/>
        <source>U&amp;nlink…</source>
        <translation>&amp;Dissocier…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="191"/>
        <source>Reason: {reason}.</source>
        <translation>Raison : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="216"/>
        <source>&amp;Stop reading</source>
        <translation>A&amp;rrêter la lecture</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="221"/>
        <source>(not recognised: {part})</source>
        <translation>(non reconnu : {part})</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="272"/>
        <source>{count} new messages from {chat}</source>
        <translation>{count} nouveaux messages de {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="277"/>
        <source>Reading {name} stopped: {error}</source>
        <translation>La lecture de {name} s'est arrêtée : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="60"/>
        <source>Use WhatsApp here?</source>
        <translation>Utiliser WhatsApp ici ?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="61"/>
        <source>WhatsApp Web is open in another browser or computer. Using it here closes it there. Continue?</source>
        <translation>WhatsApp Web est ouvert dans un autre navigateur ou sur un autre ordinateur. L'utiliser ici le fermera là-bas. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="72"/>
        <source>Unlink {name}?</source>
        <translation>Dissocier {name} ?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="73"/>
        <source>ChatTasks logs this account out of WhatsApp Web and deletes its browser profile. Messages already stored stay. Continue?</source>
        <translation>ChatTasks déconnecte ce compte de WhatsApp Web et supprime son profil de navigateur. Les messages déjà enregistrés sont conservés. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="77"/>
        <source>Unlinking {name}…</source>
        <translation>Dissociation de {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="83"/>
        <source>Unlinked {name}.</source>
        <translation>Compte {name} dissocié.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="85"/>
        <source>Deleted {name}'s profile; remove the device on your phone under Linked devices.</source>
        <translation>Profil de {name} supprimé ; retirez l'appareil sur votre téléphone dans Appareils connectés.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="109"/>
        <source>Linked. Choose the chats to read: nothing is stored until you do.</source>
        <translation>Associé. Choisissez les discussions à lire : rien n'est enregistré tant que vous ne l'avez pas fait.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="134"/>
        <source>Reading the chat list…</source>
        <translation>Lecture de la liste des discussions…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="162"/>
        <source>Reading {count} chats.</source>
        <translation>Lecture de {count} discussions.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="31"/>
        <source>Start &amp;with ChatTasks</source>
        <translation>Démarrer a&amp;vec ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="33"/>
        <source>Start reading this account when ChatTasks opens</source>
        <translation>Commencer à lire ce compte à l'ouverture de ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="35"/>
        <source>When ChatTasks opens, resume reading this account in the background (once it is linked and you chose its chats); missed messages are caught up.</source>
        <translation>À l'ouverture de ChatTasks, reprendre la lecture de ce compte en arrière-plan (une fois associé et ses discussions choisies) ; les messages manqués sont rattrapés.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="58"/>
        <source>{name} starts with ChatTasks.</source>
        <translation>{name} démarre avec ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="60"/>
        <source>{name} no longer starts with ChatTasks.</source>
        <translation>{name} ne démarre plus avec ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="76"/>
        <source>Reading in the background: {names}.</source>
        <translation>Lecture en arrière-plan : {names}.</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <location filename="../../app/i18n.py" line="144"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="145"/>
        <source>Needs QR code</source>
        <translation>Code QR requis</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="146"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="147"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="148"/>
        <source>Phone offline</source>
        <translation>Téléphone hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="149"/>
        <source>Open elsewhere</source>
        <translation>Ouvert ailleurs</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="150"/>
        <source>Logged out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="151"/>
        <source>Page changed</source>
        <translation>Page modifiée</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="152"/>
        <source>Browser did not start</source>
        <translation>Le navigateur n'a pas démarré</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="153"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="26"/>
        <source>Starting the browser and opening WhatsApp Web.</source>
        <translation>Démarrage du navigateur et ouverture de WhatsApp Web.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="27"/>
        <source>Wait a few seconds.</source>
        <translation>Patientez quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="30"/>
        <source>This account is not linked yet (or the link ended). WhatsApp Web shows a QR code.</source>
        <translation>Ce compte n'est pas encore associé (ou l'association a pris fin). WhatsApp Web affiche un code QR.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="31"/>
        <source>On your phone open WhatsApp &gt; Linked devices &gt; Link a device and scan the code, or link with your phone number instead.</source>
        <translation>Sur votre téléphone, ouvrez WhatsApp &gt; Appareils connectés &gt; Connecter un appareil et scannez le code, ou connectez-vous plutôt avec votre numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="35"/>
        <source>WhatsApp Web is loading your chats.</source>
        <translation>WhatsApp Web charge vos discussions.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="36"/>
        <source>Wait; this can take a minute after linking or after a long pause.</source>
        <translation>Patientez ; cela peut prendre une minute après l'association ou après une longue pause.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="39"/>
        <source>Connected. New messages in the chats you chose appear as suggestions.</source>
        <translation>Connecté. Les nouveaux messages des discussions choisies apparaissent comme suggestions.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="40"/>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="43"/>
        <source>WhatsApp Web reports a connection problem, so new messages may arrive late.</source>
        <translation>WhatsApp Web signale un problème de connexion : les nouveaux messages peuvent arriver en retard.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="44"/>
        <source>Check that this computer and your phone are online; it reconnects by itself.</source>
        <translation>Vérifiez que cet ordinateur et votre téléphone sont en ligne ; la reconnexion est automatique.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="47"/>
        <source>WhatsApp is open in another browser or computer, which took over this session.</source>
        <translation>WhatsApp est ouvert dans un autre navigateur ou sur un autre ordinateur, qui a repris cette session.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="48"/>
        <source>Close WhatsApp Web elsewhere, then choose 'Use here' in ChatTasks to take it back.</source>
        <translation>Fermez WhatsApp Web ailleurs, puis choisissez « Utiliser ici » dans ChatTasks pour la récupérer.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="51"/>
        <source>The account was logged out (from the phone or the page); nothing is read any more.</source>
        <translation>Le compte a été déconnecté (depuis le téléphone ou la page) ; plus rien n'est lu.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="52"/>
        <source>Link the account again, or unlink it to delete its browser profile.</source>
        <translation>Associez à nouveau le compte, ou dissociez-le pour supprimer son profil de navigateur.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="55"/>
        <source>WhatsApp Web changed and ChatTasks no longer understands part of the page.</source>
        <translation>WhatsApp Web a changé et ChatTasks ne comprend plus une partie de la page.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="56"/>
        <source>Keep importing exported chats (Import &gt; WhatsApp export) until an update of ChatTasks reads the new page; nothing was changed in your account.</source>
        <translation>Continuez à importer des discussions exportées (Importer &gt; Export WhatsApp) jusqu'à ce qu'une mise à jour de ChatTasks sache lire la nouvelle page ; rien n'a été modifié dans votre compte.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="60"/>
        <source>The browser could not be started, so this account is not being read.</source>
        <translation>Le navigateur n'a pas pu démarrer : ce compte n'est donc pas lu.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="61"/>
        <source>Check that Chromium, Google Chrome or Microsoft Edge is installed and opens on this computer (or set CHATTASKS_BROWSER to one that does), then start reading again.</source>
        <translation>Vérifiez que Chromium, Google Chrome ou Microsoft Edge est installé et s'ouvre sur cet ordinateur (ou indiquez dans CHATTASKS_BROWSER un navigateur qui s'ouvre), puis relancez la lecture.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="65"/>
        <source>The live reader is stopped.</source>
        <translation>La lecture en direct est arrêtée.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="66"/>
        <source>Start it again from the account's menu.</source>
        <translation>Relancez-la depuis le menu du compte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="110"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>Mode and search</source>
        <translation>Mode et recherche</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="132"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <source>Mode: which chats every view shows</source>
        <translation>Mode : les discussions affichées dans chaque vue</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135"/>
        <source>Hybrid (all chats)</source>
        <translation>Mixte (toutes les discussions)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="136"/>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <source>Business</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144"/>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="153"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Importer une discussion exportée…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="157"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168"/>
        <source>&amp;Search everywhere…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="177"/>
        <source>Mode: {mode}</source>
        <translation>Mode : {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192"/>
        <source>Import progress</source>
        <translation>Progression de l'importation</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195"/>
        <location filename="../../app/views/main_window.py" line="196"/>
        <source>Cancel import</source>
        <translation>Annuler l'importation</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="247"/>
        <source>Import WhatsApp chat export</source>
        <translation>Importer une discussion WhatsApp exportée</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248"/>
        <source>WhatsApp exports (*.txt *.zip)</source>
        <translation>Exports WhatsApp (*.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="258"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="270"/>
        <source>Imported {chat}: {messages} messages ({new} new), {tasks} new suggestions</source>
        <translation>{chat} importée : {messages} messages ({new} nouveaux), {tasks} nouvelles suggestions</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="285"/>
        <source>Error: {error}</source>
        <translation>Erreur : {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Import running</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Cancel the running import and quit?</source>
        <translation>Annuler l'importation en cours et quitter ?</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="73"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp en direct</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="64"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="65"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="66"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="67"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="68"/>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="70"/>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
</context>
<context>
    <name>MessageBubbleDelegate</name>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="124"/>
        <source>task</source>
        <translation>tâche</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../app/models/messages.py" line="37"/>
        <source>This message was deleted</source>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="39"/>
        <source>media</source>
        <translation>fichier multimédia</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="163"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="172"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="176"/>
        <source>Source of a task — click or press Enter to open it</source>
        <translation>Source d'une tâche — cliquez ou appuyez sur Entrée pour l'ouvrir</translation>
    </message>
</context>
<context>
    <name>MessageRole</name>
    <message>
        <location filename="../../app/i18n.py" line="123"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="124"/>
        <source>completion</source>
        <translation>achèvement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="125"/>
        <source>reschedule</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="126"/>
        <source>context</source>
        <translation>contexte</translation>
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
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="97"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="98"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../app/tray.py" line="26"/>
        <source>Show ChatTasks</source>
        <translation>Afficher ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="29"/>
        <source>Snooze reminders {minutes} min</source>
        <translation>Reporter les rappels de {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="32"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tray.py" line="68"/>
        <source>%n task(s) need attention</source>
        <translation>
            <numerusform>%n tâche demande votre attention</numerusform>
            <numerusform>%n tâches demandent votre attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutesEditor</name>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="30"/>
        <location filename="../../app/views/integrations/routes.py" line="32"/>
        <source>Routing rules</source>
        <translation>Règles de routage</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="36"/>
        <source>Rules of the selected account</source>
        <translation>Règles du compte sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <location filename="../../app/views/integrations/routes.py" line="46"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="38"/>
        <source>Any mode</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="39"/>
        <location filename="../../app/views/integrations/routes.py" line="46"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="39"/>
        <location filename="../../app/views/integrations/routes.py" line="78"/>
        <source>Any chat</source>
        <translation>Toutes les discussions</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="40"/>
        <location filename="../../app/views/integrations/routes.py" line="49"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="41"/>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="42"/>
        <location filename="../../app/views/integrations/routes.py" line="47"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="43"/>
        <location filename="../../app/views/integrations/routes.py" line="48"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="44"/>
        <source>Target (calendar, list…)</source>
        <translation>Cible (calendrier, liste…)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="50"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="71"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="96"/>
        <source>mode {mode}</source>
        <translation>mode {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="99"/>
        <source>chat {chat}</source>
        <translation>discussion {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="101"/>
        <source>category {category}</source>
        <translation>catégorie {category}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="103"/>
        <source>person {person}</source>
        <translation>personne {person}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="106"/>
        <source>priority {priority}</source>
        <translation>priorité {priority}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="108"/>
        <source>every confirmed task</source>
        <translation>toutes les tâches confirmées</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="110"/>
        <source>{rule} → {target}</source>
        <translation>{rule} → {target}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="111"/>
        <source>{rule} (off)</source>
        <translation>{rule} (désactivée)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/dialogs/search.py" line="144"/>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="145"/>
        <source>Search messages and tasks</source>
        <translation>Rechercher des messages et des tâches</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="148"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="150"/>
        <source>Search messages and tasks… (↑↓ to choose, Enter to open)</source>
        <translation>Rechercher des messages et des tâches… (↑↓ pour choisir, Entrée pour ouvrir)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="155"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/search.py" line="219"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="229"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="vanished">suggérée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/dialogs/settings.py" line="51"/>
        <location filename="../../app/dialogs/settings.py" line="52"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="65"/>
        <source>Languages to read chats in</source>
        <translation>Langues de lecture des discussions</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="69"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="77"/>
        <source>Time of “tomorrow” and other dates without a time</source>
        <translation>Heure de « demain » et des autres dates sans heure</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="78"/>
        <source>Time of “end of day” (EOD)</source>
        <translation>Heure de « fin de journée » (EOD)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="83"/>
        <source>Work day {day}</source>
        <translation>Jour ouvré {day}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="86"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <location filename="../../app/i18n.py" line="86"/>
        <source>Follow the system</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="94"/>
        <location filename="../../app/dialogs/settings.py" line="187"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="95"/>
        <source>Default: your user data folder</source>
        <translation>Par défaut : votre dossier de données utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="96"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="97"/>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="103"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="105"/>
        <source>Close to tray</source>
        <translation>Fermer dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="109"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="110"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="111"/>
        <source>&amp;Morning (“tomorrow”)</source>
        <translation>&amp;Matin (« demain »)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="112"/>
        <source>&amp;End of day (“EOD”)</source>
        <translation>Fin de &amp;journée (« EOD »)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="113"/>
        <source>Work days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="114"/>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="116"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Dossier des données</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="117"/>
        <source>A new data folder is used from the next start.</source>
        <translation>Un nouveau dossier des données est utilisé à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="162"/>
        <source>Pick at least one language.</source>
        <translation>Choisissez au moins une langue.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="165"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>Fuseau horaire inconnu : « {zone} ».</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="207"/>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="80"/>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="82"/>
        <source>The interface language changes at the next start.</source>
        <translation>La langue de l'interface change au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="90"/>
        <source>&amp;Interface language</source>
        <translation>Langue de l'&amp;interface</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../app/widgets/task_card.py" line="34"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="36"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="38"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="48"/>
        <source>Task: {title}</source>
        <translation>Tâche : {title}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="49"/>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="65"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="66"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="67"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="68"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="69"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="70"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="71"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="76"/>
        <source>Source messages</source>
        <translation>Messages source</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="81"/>
        <location filename="../../app/dialogs/task_detail.py" line="92"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="84"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="85"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="86"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="87"/>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="88"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="89"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="90"/>
        <source>&amp;Category</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="91"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="105"/>
        <source>Open in chat</source>
        <translation>Ouvrir dans la discussion</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="114"/>
        <source>Written by you.</source>
        <translation>Écrite par vous.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>synced</source>
        <translation>synchronisée</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>waiting to sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="123"/>
        <source>Synced to: {tools}</source>
        <translation>Synchronisée avec : {tools}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="165"/>
        <source>Edit “{title}”</source>
        <translation>Modifier « {title} »</translation>
    </message>
</context>
<context>
    <name>TaskHistory</name>
    <message>
        <location filename="../../app/dialogs/history.py" line="36"/>
        <source>created the task</source>
        <translation>tâche créée</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="37"/>
        <source>changed in the connected tool</source>
        <translation>modifié dans l'outil connecté</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="38"/>
        <source>deleted in the connected tool</source>
        <translation>supprimée dans l'outil connecté</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="39"/>
        <source>the chat was set to never suggest</source>
        <translation>la discussion a été réglée sur « ne jamais suggérer »</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="41"/>
        <source>the source message was deleted in WhatsApp; this task is kept</source>
        <translation>le message d'origine a été supprimé dans WhatsApp ; la tâche est conservée</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>assignee</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due time</source>
        <translation>heure d'échéance</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>review</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>snoozed until</source>
        <translation>reportée jusqu'au</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>ChatTasks</source>
        <translation>ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp en direct</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="59"/>
        <source>Sync ({connector})</source>
        <translation>Synchronisation ({connector})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="65"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="87"/>
        <source>suggested the task ({kind}, confidence {confidence}%)</source>
        <translation>tâche suggérée ({kind}, confiance {confidence} %)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="93"/>
        <source>the source message was deleted in WhatsApp</source>
        <translation>le message d'origine a été supprimé dans WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="94"/>
        <source>the source message was edited in WhatsApp (was: {text})</source>
        <translation>le message d'origine a été modifié dans WhatsApp (avant : {text})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="99"/>
        <source>{change} ({reason})</source>
        <translation>{change} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="105"/>
        <source>moved to another board column</source>
        <translation>déplacée dans une autre colonne du tableau</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="107"/>
        <source>moved on the board</source>
        <translation>déplacée sur le tableau</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="110"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <location filename="../../app/i18n.py" line="111"/>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="112"/>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="113"/>
        <source>obligation</source>
        <translation>obligation</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="114"/>
        <source>reminder</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="115"/>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <location filename="../../app/i18n.py" line="106"/>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="107"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="108"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../app/i18n.py" line="101"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="102"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="103"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>connectors</name>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="35"/>
        <source>CalDAV calendar</source>
        <translation>Calendrier CalDAV</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="41"/>
        <source>Apple Calendar/iCloud, Nextcloud, Fastmail or any CalDAV server.</source>
        <translation>Calendrier Apple/iCloud, Nextcloud, Fastmail ou tout serveur CalDAV.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>Calendar URL</source>
        <translation>URL du calendrier</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>the calendar collection's address</source>
        <translation>l'adresse de la collection du calendrier</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="44"/>
        <location filename="../../engine/sync/connectors/email.py" line="24"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="45"/>
        <source>Password or app password</source>
        <translation>Mot de passe ou mot de passe d'application</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="46"/>
        <location filename="../../engine/sync/connectors/ics.py" line="27"/>
        <source>Timed tasks as events</source>
        <translation>Tâches avec heure en tant qu'événements</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="18"/>
        <source>Calendar file (ICS)</source>
        <translation>Fichier de calendrier (ICS)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="23"/>
        <source>Writes tasks with due dates to an .ics file (put it in a synced folder to subscribe from any calendar app).</source>
        <translation>Écrit les tâches ayant une échéance dans un fichier .ics (placez-le dans un dossier synchronisé pour vous y abonner depuis n'importe quelle app de calendrier).</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="26"/>
        <source>ICS file</source>
        <translation>Fichier ICS</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="22"/>
        <source>Webhook (Zapier, Make, custom)</source>
        <translation>Webhook (Zapier, Make, personnalisé)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="27"/>
        <source>POSTs task.created / task.updated / task.completed / task.deleted events.</source>
        <translation>Envoie (POST) les événements task.created / task.updated / task.completed / task.deleted.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="29"/>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="30"/>
        <source>catch-hook URLs embed their own token, so the URL is a secret</source>
        <translation>les URL de catch hook contiennent leur propre jeton : l'URL est donc secrète</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="31"/>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="32"/>
        <source>HMAC-SHA256 key for the signature header</source>
        <translation>clé HMAC-SHA256 pour l'en-tête de signature</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="33"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="34"/>
        <source>custom</source>
        <translation>personnalisé</translation>
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
        <translation>Notifications Slack</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="22"/>
        <source>Posts task notifications and a daily digest to a Slack channel.</source>
        <translation>Publie les notifications de tâches et un récapitulatif quotidien dans un canal Slack.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="24"/>
        <source>Bot token (xoxb-…)</source>
        <translation>Jeton du bot (xoxb-…)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>for example #tasks</source>
        <translation>par exemple #tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="26"/>
        <location filename="../../engine/sync/connectors/teams.py" line="24"/>
        <location filename="../../engine/sync/connectors/email.py" line="28"/>
        <source>Daily digest at</source>
        <translation>Récapitulatif quotidien à</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="27"/>
        <source>API address (advanced)</source>
        <translation>Adresse de l'API (avancé)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="28"/>
        <source>GovSlack or a local test server</source>
        <translation>GovSlack ou un serveur de test local</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="14"/>
        <source>Microsoft Teams notifications</source>
        <translation>Notifications Microsoft Teams</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="19"/>
        <source>Posts Adaptive Cards to a Teams channel through a Workflows webhook URL.</source>
        <translation>Publie des cartes adaptatives dans un canal Teams via une URL de webhook Workflows.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="21"/>
        <source>Workflows webhook URL</source>
        <translation>URL du webhook Workflows</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="22"/>
        <source>from Teams: channel &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</source>
        <translation>dans Teams : canal &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="13"/>
        <source>Email notifications</source>
        <translation>Notifications par e-mail</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="18"/>
        <source>Sends task notifications and a daily digest by email through your SMTP server.</source>
        <translation>Envoie les notifications de tâches et un récapitulatif quotidien par e-mail via votre serveur SMTP.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="20"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="21"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="22"/>
        <source>Security</source>
        <translation>Sécurité</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="25"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="26"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="27"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="40"/>
        <source>Google Calendar</source>
        <translation>Google Agenda</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="46"/>
        <source>Tasks with due dates as Google Calendar events, or as Google Tasks.</source>
        <translation>Les tâches avec échéance en tant qu'événements Google Agenda ou en tant que Google Tasks.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="52"/>
        <source>OAuth client id</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="53"/>
        <source>Send tasks as</source>
        <translation>Envoyer les tâches comme</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="55"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="56"/>
        <source>Task list</source>
        <translation>Liste de tâches</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="57"/>
        <source>Refresh token</source>
        <translation>Jeton d'actualisation</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="58"/>
        <source>Access token</source>
        <translation>Jeton d'accès</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="59"/>
        <source>Calendar API root</source>
        <translation>Racine de l'API Calendar</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="61"/>
        <source>Tasks API root</source>
        <translation>Racine de l'API Tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="62"/>
        <source>Token endpoint</source>
        <translation>Point de terminaison des jetons</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="28"/>
        <source>Trello</source>
        <translation>Trello</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="34"/>
        <source>Tasks as cards in a Trello list.</source>
        <translation>Les tâches en tant que cartes dans une liste Trello.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="36"/>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="37"/>
        <source>from trello.com/power-ups/admin (your Power-Up's API key)</source>
        <translation>depuis trello.com/power-ups/admin (la clé d'API de votre Power-Up)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>a token authorised for that key</source>
        <translation>un jeton autorisé pour cette clé</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="39"/>
        <source>List for new cards</source>
        <translation>Liste des nouvelles cartes</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="40"/>
        <source>pick it with 'list targets' after entering the key and token</source>
        <translation>choisissez-la avec 'list targets' après avoir saisi la clé et le jeton</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="41"/>
        <source>Move done cards to list</source>
        <translation>Déplacer les cartes terminées vers la liste</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="42"/>
        <source>empty: done cards stay put and are marked complete</source>
        <translation>vide : les cartes terminées restent en place et sont marquées comme terminées</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="43"/>
        <source>API root</source>
        <translation>Racine de l'API</translation>
    </message>
</context>
</TS>
