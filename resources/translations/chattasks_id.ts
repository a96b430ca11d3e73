<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <translation>Kesalahan</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="131"/>
        <source>Sign in again</source>
        <translation>Masuk lagi</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="132"/>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="53"/>
        <source>Tasks created and completed per week</source>
        <translation>Tugas dibuat dan diselesaikan per minggu</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="54"/>
        <source>Open tasks by person</source>
        <translation>Tugas terbuka per orang</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="55"/>
        <source>Open tasks by category</source>
        <translation>Tugas terbuka per kategori</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="56"/>
        <source>Open tasks by chat</source>
        <translation>Tugas terbuka per chat</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="96"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/charts.py" line="103"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../app/views/analytics/page.py" line="28"/>
        <source>Analytics</source>
        <translation>Analitik</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="36"/>
        <source>Open tasks</source>
        <translation>Tugas terbuka</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="37"/>
        <source>Overdue tasks</source>
        <translation>Tugas terlambat</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="40"/>
        <source>Weeks shown</source>
        <translation>Minggu yang ditampilkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/analytics/page.py" line="42"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>%n minggu terakhir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="52"/>
        <source>Loading charts…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="55"/>
        <source>Refresh analytics</source>
        <translation>Segarkan analitik</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="97"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="98"/>
        <source>No category</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <location filename="../../app/views/analytics/page.py" line="99"/>
        <source>No chat</source>
        <translation>Tanpa chat</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../app/views/board/column.py" line="58"/>
        <source>Column {name}</source>
        <translation>Kolom {name}</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../app/views/board/page.py" line="45"/>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="49"/>
        <source>Quick add a task</source>
        <translation>Tambah tugas dengan cepat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="51"/>
        <source>Add a task: “Call Ana tomorrow 5pm !high #home”</source>
        <translation>Tambah tugas: “Telepon Ana besok jam 17.00 !high #rumah”</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="57"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="58"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="59"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="66"/>
        <source>+ Column</source>
        <translation>+ Kolom</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="67"/>
        <location filename="../../app/views/board/page.py" line="239"/>
        <source>Add column</source>
        <translation>Tambah kolom</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="84"/>
        <source>Move task right</source>
        <translation>Pindahkan tugas ke kanan</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="85"/>
        <source>Move task left</source>
        <translation>Pindahkan tugas ke kiri</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="93"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Rename column</source>
        <translation>Ganti nama kolom</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="98"/>
        <source>Quick add</source>
        <translation>Tambah cepat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="105"/>
        <source>Any priority</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Any due date</source>
        <translation>Semua tenggat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="108"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Due today</source>
        <translation>Tenggat hari ini</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="109"/>
        <source>Next 7 days</source>
        <translation>7 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="110"/>
        <source>No due date</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="120"/>
        <source>Any chat</source>
        <translation>Semua chat</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="121"/>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="122"/>
        <source>Any category</source>
        <translation>Semua kategori</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/board/page.py" line="225"/>
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Pindahkan %n tugas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="239"/>
        <location filename="../../app/views/board/page.py" line="250"/>
        <source>Column name:</source>
        <translation>Nama kolom:</translation>
    </message>
    <message>
        <location filename="../../app/views/board/page.py" line="265"/>
        <source>Added “{title}”</source>
        <translation>“{title}” ditambahkan</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tugas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/calendar.py" line="181"/>
        <source>no tasks</source>
        <translation>tidak ada tugas</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/cells.py" line="127"/>
        <source>+{n} more</source>
        <translation>+{n} lagi</translation>
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
        <translation>Hari kalender</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="46"/>
        <source>Shown period</source>
        <translation>Periode yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="50"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="51"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="52"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="58"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="59"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="67"/>
        <source>Next task of the day</source>
        <translation>Tugas berikutnya di hari itu</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="68"/>
        <source>Previous task of the day</source>
        <translation>Tugas sebelumnya di hari itu</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="72"/>
        <source>Move task to the next day</source>
        <translation>Pindahkan tugas ke hari berikutnya</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="73"/>
        <source>Move task to the previous day</source>
        <translation>Pindahkan tugas ke hari sebelumnya</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="74"/>
        <source>Move task a week later</source>
        <translation>Pindahkan tugas seminggu lebih lambat</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="75"/>
        <source>Move task a week earlier</source>
        <translation>Pindahkan tugas seminggu lebih awal</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar/page.py" line="80"/>
        <source>Open task</source>
        <translation>Buka tugas</translation>
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
            <numerusform>Jadwalkan ulang %n tugas ke {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <location filename="../../app/models/chats.py" line="85"/>
        <source>{name}: {messages} messages, {pending} suggested tasks, mode {mode}</source>
        <translation>{name}: {messages} pesan, {pending} tugas yang disarankan, mode {mode}</translation>
    </message>
</context>
<context>
    <name>ChatMode</name>
    <message>
        <location filename="../../app/i18n.py" line="118"/>
        <source>Personal</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="119"/>
        <source>Business</source>
        <translation>Bisnis</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="120"/>
        <source>Hybrid</source>
        <translation>Campuran</translation>
    </message>
</context>
<context>
    <name>ChatRowDelegate</name>
    <message numerus="yes">
        <location filename="../../app/views/chats/bubbles.py" line="231"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="234"/>
        <source>no suggestions</source>
        <translation>tanpa saran</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../../app/views/chats/page.py" line="41"/>
        <source>Chats and their messages</source>
        <translation>Chat dan pesannya</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="46"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="58"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="76"/>
        <source>Pick a chat on the left. Import a chat export with Ctrl+O.</source>
        <translation>Pilih chat di sebelah kiri. Impor chat yang diekspor dengan Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="81"/>
        <source>Open the task of this message</source>
        <translation>Buka tugas dari pesan ini</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="92"/>
        <source>Chat mode: {mode}</source>
        <translation>Mode chat: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="100"/>
        <source>Never suggest from this chat</source>
        <translation>Jangan pernah beri saran dari chat ini</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="232"/>
        <source>That message is no longer stored.</source>
        <translation>Pesan itu tidak lagi tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="254"/>
        <source>Chat actions</source>
        <translation>Tindakan chat</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="275"/>
        <source>Move {chat} to {mode}</source>
        <translation>Pindahkan {chat} ke {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Never suggest from {chat}</source>
        <translation>Jangan pernah beri saran dari {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/chats/page.py" line="300"/>
        <source>Suggest again from {chat}</source>
        <translation>Beri saran lagi dari {chat}</translation>
    </message>
</context>
<context>
    <name>ChooseChatsDialog</name>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="32"/>
        <location filename="../../app/dialogs/choose_chats.py" line="33"/>
        <source>Choose the chats to read</source>
        <translation>Pilih chat yang akan dibaca</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="49"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="51"/>
        <source>Only the ticked chats are read and stored; nothing from the other chats is ever saved. This list was read from WhatsApp Web without opening any chat.</source>
        <translation>Hanya chat yang dicentang yang dibaca dan disimpan; tidak ada apa pun dari chat lain yang disimpan. Daftar ini dibaca dari WhatsApp Web tanpa membuka chat apa pun.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="56"/>
        <source>Also &amp;open chats with unread messages right away. Warning: opening a chat marks its messages as read on your phone. When off, such chats wait until you read them on the phone.</source>
        <translation>Juga &amp;buka langsung chat yang berisi pesan belum dibaca. Peringatan: membuka chat akan menandai pesannya sudah dibaca di ponsel Anda. Jika nonaktif, chat tersebut menunggu sampai Anda membacanya di ponsel.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="60"/>
        <source>Open chats with unread messages</source>
        <translation>Buka chat dengan pesan belum dibaca</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/choose_chats.py" line="68"/>
        <source>Save the chosen chats</source>
        <translation>Simpan chat yang dipilih</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/views/integrations/form.py" line="34"/>
        <source>Connect %1</source>
        <translation>Hubungkan %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="40"/>
        <location filename="../../app/views/integrations/form.py" line="41"/>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="50"/>
        <source> (optional)</source>
        <translation> (opsional)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/form.py" line="56"/>
        <source>After you press OK, your browser opens to sign in.</source>
        <translation>Setelah Anda menekan OK, browser akan terbuka untuk masuk.</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <location filename="../../app/i18n.py" line="135"/>
        <source>tasks</source>
        <translation>tugas</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="136"/>
        <source>calendar</source>
        <translation>kalender</translation>
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
        <translation>otomatisasi</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="140"/>
        <source>time tracking</source>
        <translation>pelacakan waktu</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="141"/>
        <source>files</source>
        <translation>berkas</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../app/views/inbox/page.py" line="44"/>
        <source>Inbox of suggested tasks</source>
        <translation>Kotak masuk tugas yang disarankan</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="48"/>
        <source>Suggested tasks</source>
        <translation>Tugas yang disarankan</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="53"/>
        <source>No suggestions. Import a chat to find tasks in it.</source>
        <translation>Tidak ada saran. Impor chat untuk menemukan tugas di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="58"/>
        <source>Source message in context</source>
        <translation>Pesan sumber beserta konteksnya</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="60"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="62"/>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="64"/>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="65"/>
        <source>e.g. tomorrow 5pm, Friday, 2026-12-01</source>
        <translation>mis. besok jam 17.00, Jumat, 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="67"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="76"/>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="79"/>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="82"/>
        <source>Never suggest from this chat</source>
        <translation>Jangan pernah beri saran dari chat ini</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="112"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="113"/>
        <source>&amp;Due</source>
        <translation>&amp;Tenggat</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="114"/>
        <source>&amp;Priority</source>
        <translation>P&amp;rioritas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="175"/>
        <source>%n tasks selected</source>
        <translation>
            <numerusform>%n tugas dipilih</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="184"/>
        <source>Chat: {chat} · confidence {confidence}</source>
        <translation>Chat: {chat} · keyakinan {confidence}</translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="239"/>
        <source>Cannot read the date “{text}”.</source>
        <translation>Tanggal “{text}” tidak dapat dibaca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="266"/>
        <source>Confirm %n task(s)</source>
        <translation>
            <numerusform>Konfirmasi %n tugas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/inbox/page.py" line="268"/>
        <source>Reject %n task(s)</source>
        <translation>
            <numerusform>Tolak %n tugas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/inbox/page.py" line="298"/>
        <source>Never suggest from {chat}</source>
        <translation>Jangan pernah beri saran dari {chat}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../../app/views/integrations/page.py" line="56"/>
        <source>Integrations</source>
        <translation>Integrasi</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="59"/>
        <source>Available connectors</source>
        <translation>Konektor yang tersedia</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="61"/>
        <source>Connector</source>
        <translation>Konektor</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="62"/>
        <source>Last sync</source>
        <translation>Sinkronisasi terakhir</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="63"/>
        <source>Last error</source>
        <translation>Kesalahan terakhir</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="65"/>
        <source>Connected accounts</source>
        <translation>Akun yang terhubung</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="109"/>
        <source>Connect…</source>
        <translation>Hubungkan…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="110"/>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="111"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="112"/>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="114"/>
        <source>Add rule</source>
        <translation>Tambah aturan</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="115"/>
        <source>Remove rule</source>
        <translation>Hapus aturan</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="167"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="225"/>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Menunggu proses masuk di browser Anda…</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="231"/>
        <source>Could not connect: %1</source>
        <translation>Tidak dapat terhubung: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="251"/>
        <source>Test failed: %1</source>
        <translation>Uji gagal: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="261"/>
        <source>%1: %2, %3 delivered, %4 pulled</source>
        <translation>%1: %2, %3 terkirim, %4 diambil</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/page.py" line="274"/>
        <source>Removed %1</source>
        <translation>%1 dihapus</translation>
    </message>
</context>
<context>
    <name>LinkWhatsAppDialog</name>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="56"/>
        <location filename="../../app/dialogs/link_whatsapp.py" line="57"/>
        <source>Link a WhatsApp account</source>
        <translation>Tautkan akun WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="70"/>
        <source>&lt;p&gt;ChatTasks can read new messages live by running WhatsApp Web in a browser on this computer, linked to &lt;b&gt;your own account&lt;/b&gt; like any other linked device.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;This is &lt;b&gt;unofficial automation&lt;/b&gt;: WhatsApp does not offer it and could object to it.&lt;/li&gt;&lt;li&gt;It is &lt;b&gt;read-only&lt;/b&gt;: ChatTasks never sends, never types into a chat and does not mark messages as read. It only stores the chats you choose.&lt;/li&gt;&lt;li&gt;It &lt;b&gt;may break&lt;/b&gt; whenever WhatsApp changes its page; ChatTasks then pauses and you can keep importing exported chats.&lt;/li&gt;&lt;li&gt;You can &lt;b&gt;unlink at any time&lt;/b&gt; here or on your phone (Linked devices); unlinking deletes the browser profile.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ChatTasks dapat membaca pesan baru secara langsung dengan menjalankan WhatsApp Web di browser pada komputer ini, yang tertaut ke &lt;b&gt;akun Anda sendiri&lt;/b&gt; seperti perangkat tertaut lainnya.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ini adalah &lt;b&gt;otomatisasi tidak resmi&lt;/b&gt;: WhatsApp tidak menyediakannya dan bisa saja keberatan.&lt;/li&gt;&lt;li&gt;Ini &lt;b&gt;hanya membaca&lt;/b&gt;: ChatTasks tidak pernah mengirim, tidak pernah mengetik di chat, dan tidak menandai pesan sebagai sudah dibaca. ChatTasks hanya menyimpan chat yang Anda pilih.&lt;/li&gt;&lt;li&gt;Ini &lt;b&gt;bisa berhenti berfungsi&lt;/b&gt; setiap kali WhatsApp mengubah halamannya; ChatTasks lalu berhenti sementara dan Anda tetap dapat mengimpor chat yang diekspor.&lt;/li&gt;&lt;li&gt;Anda dapat &lt;b&gt;memutus tautan kapan saja&lt;/b&gt; di sini atau di ponsel Anda (Perangkat tertaut); memutus tautan akan menghapus profil browser.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="82"/>
        <source>Risks of live reading</source>
        <translation>Risiko pembacaan langsung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="84"/>
        <source>e.g. My phone</source>
        <translation>mis. Ponsel saya</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="85"/>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="87"/>
        <source>I &amp;understand and want to link my account</source>
        <translation>Saya &amp;mengerti dan ingin menautkan akun saya</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="89"/>
        <source>I understand the risks</source>
        <translation>Saya memahami risikonya</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="92"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="95"/>
        <source>Continue to the QR code</source>
        <translation>Lanjut ke kode QR</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="102"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nama akun:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="117"/>
        <source>My phone</source>
        <translation>Ponsel saya</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="121"/>
        <source>Opening WhatsApp Web…</source>
        <translation>Membuka WhatsApp Web…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="136"/>
        <source>QR code to scan with WhatsApp on your phone</source>
        <translation>Kode QR untuk dipindai dengan WhatsApp di ponsel Anda</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="142"/>
        <source>On your phone open WhatsApp &gt; Settings &gt; Linked devices &gt; Link a device, and point it at this code. The code changes every few seconds; this window follows it.</source>
        <translation>Di ponsel Anda, buka WhatsApp &gt; Setelan &gt; Perangkat tertaut &gt; Tautkan perangkat, lalu arahkan ke kode ini. Kode berubah setiap beberapa detik; jendela ini selalu menampilkan yang terbaru.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="146"/>
        <source>&amp;New code</source>
        <translation>Kode &amp;baru</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="147"/>
        <source>Show a new QR code</source>
        <translation>Tampilkan kode QR baru</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="152"/>
        <source>+44 7700 900000</source>
        <translation>+62 812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="153"/>
        <source>Phone number with country code</source>
        <translation>Nomor telepon dengan kode negara</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="154"/>
        <source>Get &amp;pairing code</source>
        <translation>Dapatkan kode &amp;penautan</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="155"/>
        <source>Link with phone number instead</source>
        <translation>Tautkan dengan nomor telepon saja</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="170"/>
        <source>Or link with your phone number:</source>
        <translation>Atau tautkan dengan nomor telepon Anda:</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="181"/>
        <source>The code expired.</source>
        <translation>Kode sudah kedaluwarsa.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="189"/>
        <source>Scan this code with WhatsApp on your phone.</source>
        <translation>Pindai kode ini dengan WhatsApp di ponsel Anda.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="194"/>
        <source>Linked. WhatsApp Web is loading your chats…</source>
        <translation>Tertaut. WhatsApp Web sedang memuat chat Anda…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="198"/>
        <source>WhatsApp Web changed and cannot be linked from ChatTasks right now. Keep importing exports.</source>
        <translation>WhatsApp Web telah berubah dan saat ini tidak dapat ditautkan dari ChatTasks. Tetap impor chat yang diekspor.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="204"/>
        <source>No QR code: the browser did not start.</source>
        <translation>Tidak ada kode QR: browser tidak berjalan.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="205"/>
        <source>{problem} Reason: {reason}. {action}</source>
        <translation>{problem} Alasan: {reason}. {action}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="218"/>
        <source>WhatsApp Web could not be opened: {error}</source>
        <translation>WhatsApp Web tidak dapat dibuka: {error}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="224"/>
        <source>Loading a new code…</source>
        <translation>Memuat kode baru…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/link_whatsapp.py" line="236"/>
        <source>On your phone choose 'Link with phone number' and type: {code}</source>
        <translation>Di ponsel Anda, pilih ‘Tautkan dengan nomor telepon’ lalu ketik: {code}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="35"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="36"/>
        <source>What is happening</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="37"/>
        <source>What you can do</source>
        <translation>Yang dapat Anda lakukan</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="68"/>
        <source>WhatsApp live accounts</source>
        <translation>Akun WhatsApp langsung</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="73"/>
        <source>Linked WhatsApp accounts</source>
        <translation>Akun WhatsApp yang tertaut</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="107"/>
        <source>WhatsApp Web changed; the live reader is paused — import exports instead.</source>
        <translation>WhatsApp Web berubah; pembacaan langsung dijeda — impor chat yang diekspor sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="111"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Impor chat yang diekspor…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="113"/>
        <source>Import a WhatsApp chat export</source>
        <translation>Impor chat WhatsApp yang diekspor</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="119"/>
        <source>The live reader is paused</source>
        <translation>Pembacaan langsung dijeda</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="126"/>
        <source>&amp;Link account…</source>
        <translation>&amp;Tautkan akun…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="127"/>
        <source>&amp;Choose chats…</source>
        <translation>&amp;Pilih chat…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="129"/>
        <location filename="../../app/views/live/page.py" line="217"/>
        <source>&amp;Start reading</source>
        <translation>&amp;Mulai membaca</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="130"/>
        <source>&amp;Use here</source>
        <translation>&amp;Gunakan di sini</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="131"/>
        <source>U&amp;nlink…</source>
        <translation>P&amp;utuskan tautan…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="191"/>
        <source>Reason: {reason}.</source>
        <translation>Alasan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="216"/>
        <source>&amp;Stop reading</source>
        <translation>&amp;Hentikan pembacaan</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="221"/>
        <source>(not recognised: {part})</source>
        <translation>(tidak dikenali: {part})</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="272"/>
        <source>{count} new messages from {chat}</source>
        <translation>{count} pesan baru dari {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/page.py" line="277"/>
        <source>Reading {name} stopped: {error}</source>
        <translation>Pembacaan {name} berhenti: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="60"/>
        <source>Use WhatsApp here?</source>
        <translation>Gunakan WhatsApp di sini?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="61"/>
        <source>WhatsApp Web is open in another browser or computer. Using it here closes it there. Continue?</source>
        <translation>WhatsApp Web terbuka di browser atau komputer lain. Menggunakannya di sini akan menutupnya di sana. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="72"/>
        <source>Unlink {name}?</source>
        <translation>Putuskan tautan {name}?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="73"/>
        <source>ChatTasks logs this account out of WhatsApp Web and deletes its browser profile. Messages already stored stay. Continue?</source>
        <translation>ChatTasks akan mengeluarkan akun ini dari WhatsApp Web dan menghapus profil browsernya. Pesan yang sudah tersimpan tetap ada. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="77"/>
        <source>Unlinking {name}…</source>
        <translation>Memutus tautan {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="83"/>
        <source>Unlinked {name}.</source>
        <translation>Tautan {name} telah diputus.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="85"/>
        <source>Deleted {name}'s profile; remove the device on your phone under Linked devices.</source>
        <translation>Profil {name} dihapus; hapus perangkatnya di ponsel Anda melalui Perangkat tertaut.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="109"/>
        <source>Linked. Choose the chats to read: nothing is stored until you do.</source>
        <translation>Tertaut. Pilih chat yang akan dibaca: tidak ada yang disimpan sampai Anda memilih.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="134"/>
        <source>Reading the chat list…</source>
        <translation>Membaca daftar chat…</translation>
    </message>
    <message>
        <location filename="../../app/views/live/actions.py" line="162"/>
        <source>Reading {count} chats.</source>
        <translation>Membaca {count} chat.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="31"/>
        <source>Start &amp;with ChatTasks</source>
        <translation>Mulai &amp;bersama ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="33"/>
        <source>Start reading this account when ChatTasks opens</source>
        <translation>Mulai membaca akun ini saat ChatTasks dibuka</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="35"/>
        <source>When ChatTasks opens, resume reading this account in the background (once it is linked and you chose its chats); missed messages are caught up.</source>
        <translation>Saat ChatTasks dibuka, lanjutkan membaca akun ini di latar belakang (setelah tertaut dan chatnya Anda pilih); pesan yang terlewat akan disusul.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="58"/>
        <source>{name} starts with ChatTasks.</source>
        <translation>{name} dimulai bersama ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="60"/>
        <source>{name} no longer starts with ChatTasks.</source>
        <translation>{name} tidak lagi dimulai bersama ChatTasks.</translation>
    </message>
    <message>
        <location filename="../../app/views/live/autostart.py" line="76"/>
        <source>Reading in the background: {names}.</source>
        <translation>Membaca di latar belakang: {names}.</translation>
    </message>
</context>
<context>
    <name>LiveState</name>
    <message>
        <location filename="../../app/i18n.py" line="144"/>
        <source>Starting</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="145"/>
        <source>Needs QR code</source>
        <translation>Perlu kode QR</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="146"/>
        <source>Loading</source>
        <translation>Memuat</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="147"/>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="148"/>
        <source>Phone offline</source>
        <translation>Ponsel offline</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="149"/>
        <source>Open elsewhere</source>
        <translation>Terbuka di tempat lain</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="150"/>
        <source>Logged out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="151"/>
        <source>Page changed</source>
        <translation>Halaman berubah</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="152"/>
        <source>Browser did not start</source>
        <translation>Browser tidak berjalan</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="153"/>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="26"/>
        <source>Starting the browser and opening WhatsApp Web.</source>
        <translation>Memulai browser dan membuka WhatsApp Web.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="27"/>
        <source>Wait a few seconds.</source>
        <translation>Tunggu beberapa detik.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="30"/>
        <source>This account is not linked yet (or the link ended). WhatsApp Web shows a QR code.</source>
        <translation>Akun ini belum ditautkan (atau tautannya berakhir). WhatsApp Web menampilkan kode QR.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="31"/>
        <source>On your phone open WhatsApp &gt; Linked devices &gt; Link a device and scan the code, or link with your phone number instead.</source>
        <translation>Di ponsel Anda, buka WhatsApp &gt; Perangkat tertaut &gt; Tautkan perangkat lalu pindai kodenya, atau tautkan dengan nomor telepon Anda.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="35"/>
        <source>WhatsApp Web is loading your chats.</source>
        <translation>WhatsApp Web sedang memuat chat Anda.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="36"/>
        <source>Wait; this can take a minute after linking or after a long pause.</source>
        <translation>Tunggu; ini bisa memakan waktu satu menit setelah penautan atau setelah jeda yang lama.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="39"/>
        <source>Connected. New messages in the chats you chose appear as suggestions.</source>
        <translation>Terhubung. Pesan baru di chat yang Anda pilih muncul sebagai saran.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="40"/>
        <source>Nothing to do.</source>
        <translation>Tidak perlu melakukan apa pun.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="43"/>
        <source>WhatsApp Web reports a connection problem, so new messages may arrive late.</source>
        <translation>WhatsApp Web melaporkan masalah koneksi, jadi pesan baru mungkin terlambat masuk.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="44"/>
        <source>Check that this computer and your phone are online; it reconnects by itself.</source>
        <translation>Pastikan komputer ini dan ponsel Anda sedang online; koneksi akan pulih dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="47"/>
        <source>WhatsApp is open in another browser or computer, which took over this session.</source>
        <translation>WhatsApp terbuka di browser atau komputer lain, yang mengambil alih sesi ini.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="48"/>
        <source>Close WhatsApp Web elsewhere, then choose 'Use here' in ChatTasks to take it back.</source>
        <translation>Tutup WhatsApp Web di tempat lain, lalu pilih ‘Gunakan di sini’ di ChatTasks untuk mengambilnya kembali.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="51"/>
        <source>The account was logged out (from the phone or the page); nothing is read any more.</source>
        <translation>Akun telah keluar (dari ponsel atau halaman); tidak ada lagi yang dibaca.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="52"/>
        <source>Link the account again, or unlink it to delete its browser profile.</source>
        <translation>Tautkan akun lagi, atau putuskan tautannya untuk menghapus profil browsernya.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="55"/>
        <source>WhatsApp Web changed and ChatTasks no longer understands part of the page.</source>
        <translation>WhatsApp Web berubah dan ChatTasks tidak lagi memahami sebagian halaman.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="56"/>
        <source>Keep importing exported chats (Import &gt; WhatsApp export) until an update of ChatTasks reads the new page; nothing was changed in your account.</source>
        <translation>Tetap impor chat yang diekspor (Impor &gt; Ekspor WhatsApp) sampai pembaruan ChatTasks dapat membaca halaman baru; tidak ada yang diubah di akun Anda.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="60"/>
        <source>The browser could not be started, so this account is not being read.</source>
        <translation>Browser tidak dapat dijalankan, jadi akun ini tidak sedang dibaca.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="61"/>
        <source>Check that Chromium, Google Chrome or Microsoft Edge is installed and opens on this computer (or set CHATTASKS_BROWSER to one that does), then start reading again.</source>
        <translation>Pastikan Chromium, Google Chrome, atau Microsoft Edge terpasang dan dapat dibuka di komputer ini (atau atur CHATTASKS_BROWSER ke browser yang bisa), lalu mulai membaca lagi.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="65"/>
        <source>The live reader is stopped.</source>
        <translation>Pembacaan langsung dihentikan.</translation>
    </message>
    <message>
        <location filename="../../engine/ingest/web/states.py" line="66"/>
        <source>Start it again from the account's menu.</source>
        <translation>Mulai lagi dari menu akun.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="110"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>Mode and search</source>
        <translation>Mode dan pencarian</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="132"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <source>Mode: which chats every view shows</source>
        <translation>Mode: chat mana yang ditampilkan di setiap tampilan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="135"/>
        <source>Hybrid (all chats)</source>
        <translation>Campuran (semua chat)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="136"/>
        <source>Personal</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <source>Business</source>
        <translation>Bisnis</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="144"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="153"/>
        <source>&amp;Import chat export…</source>
        <translation>&amp;Impor chat yang diekspor…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="157"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="163"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Cari di semua tempat…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="177"/>
        <source>Mode: {mode}</source>
        <translation>Mode: {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192"/>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="195"/>
        <location filename="../../app/views/main_window.py" line="196"/>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="247"/>
        <source>Import WhatsApp chat export</source>
        <translation>Impor chat WhatsApp yang diekspor</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248"/>
        <source>WhatsApp exports (*.txt *.zip)</source>
        <translation>Ekspor WhatsApp (*.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="258"/>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="270"/>
        <source>Imported {chat}: {messages} messages ({new} new), {tasks} new suggestions</source>
        <translation>{chat} diimpor: {messages} pesan ({new} baru), {tasks} saran baru</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="285"/>
        <source>Error: {error}</source>
        <translation>Kesalahan: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Import running</source>
        <translation>Impor sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="323"/>
        <source>Cancel the running import and quit?</source>
        <translation>Batalkan impor yang sedang berjalan dan keluar?</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="73"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp langsung</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="64"/>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="65"/>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="66"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="67"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="68"/>
        <source>Analytics</source>
        <translation>Analitik</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="70"/>
        <source>Integrations</source>
        <translation>Integrasi</translation>
    </message>
</context>
<context>
    <name>MessageBubbleDelegate</name>
    <message>
        <location filename="../../app/views/chats/bubbles.py" line="124"/>
        <source>task</source>
        <translation>tugas</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../app/models/messages.py" line="37"/>
        <source>This message was deleted</source>
        <translation>Pesan ini telah dihapus</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="39"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="163"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="172"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/models/messages.py" line="176"/>
        <source>Source of a task — click or press Enter to open it</source>
        <translation>Sumber tugas — klik atau tekan Enter untuk membukanya</translation>
    </message>
</context>
<context>
    <name>MessageRole</name>
    <message>
        <location filename="../../app/i18n.py" line="123"/>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="124"/>
        <source>completion</source>
        <translation>penyelesaian</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="125"/>
        <source>reschedule</source>
        <translation>penjadwalan ulang</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="126"/>
        <source>context</source>
        <translation>konteks</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../app/i18n.py" line="95"/>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="96"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="97"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="98"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../app/tray.py" line="26"/>
        <source>Show ChatTasks</source>
        <translation>Tampilkan ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="29"/>
        <source>Snooze reminders {minutes} min</source>
        <translation>Tunda pengingat {minutes} menit</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="32"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../app/tray.py" line="65"/>
        <source>Due soon</source>
        <translation>Tenggat sebentar lagi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/tray.py" line="68"/>
        <source>%n task(s) need attention</source>
        <translation>
            <numerusform>%n tugas perlu perhatian</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutesEditor</name>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="30"/>
        <location filename="../../app/views/integrations/routes.py" line="32"/>
        <source>Routing rules</source>
        <translation>Aturan perutean</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="36"/>
        <source>Rules of the selected account</source>
        <translation>Aturan akun yang dipilih</translation>
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
        <translation>Semua mode</translation>
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
        <translation>Semua chat</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="40"/>
        <location filename="../../app/views/integrations/routes.py" line="49"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="41"/>
        <source>Any priority</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="42"/>
        <location filename="../../app/views/integrations/routes.py" line="47"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="43"/>
        <location filename="../../app/views/integrations/routes.py" line="48"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="44"/>
        <source>Target (calendar, list…)</source>
        <translation>Tujuan (kalender, daftar…)</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="50"/>
        <source>Target</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="71"/>
        <source>any</source>
        <translation>apa saja</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="96"/>
        <source>mode {mode}</source>
        <translation>mode {mode}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="99"/>
        <source>chat {chat}</source>
        <translation>chat {chat}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="101"/>
        <source>category {category}</source>
        <translation>kategori {category}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="103"/>
        <source>person {person}</source>
        <translation>orang {person}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="106"/>
        <source>priority {priority}</source>
        <translation>prioritas {priority}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="108"/>
        <source>every confirmed task</source>
        <translation>semua tugas yang dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="110"/>
        <source>{rule} → {target}</source>
        <translation>{rule} → {target}</translation>
    </message>
    <message>
        <location filename="../../app/views/integrations/routes.py" line="111"/>
        <source>{rule} (off)</source>
        <translation>{rule} (nonaktif)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/dialogs/search.py" line="144"/>
        <source>Search everywhere</source>
        <translation>Cari di semua tempat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="145"/>
        <source>Search messages and tasks</source>
        <translation>Cari pesan dan tugas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="148"/>
        <source>Search text</source>
        <translation>Teks pencarian</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="150"/>
        <source>Search messages and tasks… (↑↓ to choose, Enter to open)</source>
        <translation>Cari pesan dan tugas… (↑↓ untuk memilih, Enter untuk membuka)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="155"/>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/search.py" line="219"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/search.py" line="229"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="vanished">disarankan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/dialogs/settings.py" line="51"/>
        <location filename="../../app/dialogs/settings.py" line="52"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="65"/>
        <source>Languages to read chats in</source>
        <translation>Bahasa untuk membaca chat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="69"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="77"/>
        <source>Time of “tomorrow” and other dates without a time</source>
        <translation>Jam untuk “besok” dan tanggal lain tanpa jam</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="78"/>
        <source>Time of “end of day” (EOD)</source>
        <translation>Jam “akhir hari” (EOD)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="83"/>
        <source>Work day {day}</source>
        <translation>Hari kerja {day}</translation>
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
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="88"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="94"/>
        <location filename="../../app/dialogs/settings.py" line="187"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="95"/>
        <source>Default: your user data folder</source>
        <translation>Bawaan: folder data pengguna Anda</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="96"/>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="97"/>
        <source>Choose the data folder</source>
        <translation>Pilih folder data</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="103"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Tetap berjalan di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="105"/>
        <source>Close to tray</source>
        <translation>Tutup ke baki sistem</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="109"/>
        <source>&amp;Languages</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="110"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="111"/>
        <source>&amp;Morning (“tomorrow”)</source>
        <translation>Jam &amp;pagi (“besok”)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="112"/>
        <source>&amp;End of day (“EOD”)</source>
        <translation>Akhir &amp;hari (“EOD”)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="113"/>
        <source>Work days</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="114"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="116"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Folder data</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="117"/>
        <source>A new data folder is used from the next start.</source>
        <translation>Folder data baru digunakan mulai saat aplikasi dijalankan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="162"/>
        <source>Pick at least one language.</source>
        <translation>Pilih setidaknya satu bahasa.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="165"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>Zona waktu tidak dikenal: “{zone}”.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/settings.py" line="207"/>
        <source>Settings saved</source>
        <translation>Pengaturan disimpan</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="80"/>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="82"/>
        <source>The interface language changes at the next start.</source>
        <translation>Bahasa antarmuka berubah saat aplikasi dijalankan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="90"/>
        <source>&amp;Interface language</source>
        <translation>Bahasa &amp;antarmuka</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../app/widgets/task_card.py" line="34"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="36"/>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <location filename="../../app/widgets/task_card.py" line="38"/>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="48"/>
        <source>Task: {title}</source>
        <translation>Tugas: {title}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="49"/>
        <source>Task details</source>
        <translation>Detail tugas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="65"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="66"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="67"/>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="68"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="69"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="71"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="76"/>
        <source>Source messages</source>
        <translation>Pesan sumber</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="81"/>
        <location filename="../../app/dialogs/task_detail.py" line="92"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="84"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="85"/>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="86"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="87"/>
        <source>D&amp;ue</source>
        <translation>&amp;Tenggat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="88"/>
        <source>&amp;Priority</source>
        <translation>P&amp;rioritas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="89"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="90"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="91"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="105"/>
        <source>Open in chat</source>
        <translation>Buka di chat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="114"/>
        <source>Written by you.</source>
        <translation>Ditulis oleh Anda.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>synced</source>
        <translation>tersinkron</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="119"/>
        <source>waiting to sync</source>
        <translation>menunggu sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="123"/>
        <source>Synced to: {tools}</source>
        <translation>Disinkronkan ke: {tools}</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/task_detail.py" line="165"/>
        <source>Edit “{title}”</source>
        <translation>Edit “{title}”</translation>
    </message>
</context>
<context>
    <name>TaskHistory</name>
    <message>
        <location filename="../../app/dialogs/history.py" line="36"/>
        <source>created the task</source>
        <translation>tugas dibuat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="37"/>
        <source>changed in the connected tool</source>
        <translation>diubah di alat yang terhubung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="38"/>
        <source>deleted in the connected tool</source>
        <translation>dihapus di alat yang terhubung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="39"/>
        <source>the chat was set to never suggest</source>
        <translation>chat diatur agar tidak pernah memberi saran</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="41"/>
        <source>the source message was deleted in WhatsApp; this task is kept</source>
        <translation>pesan sumber dihapus di WhatsApp; tugas ini tetap disimpan</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>description</source>
        <translation>deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="48"/>
        <source>assignee</source>
        <translation>penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due</source>
        <translation>tenggat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>due time</source>
        <translation>jam tenggat</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="49"/>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>project</source>
        <translation>proyek</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="50"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>review</source>
        <translation>tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="51"/>
        <source>snoozed until</source>
        <translation>ditunda sampai</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>ChatTasks</source>
        <translation>ChatTasks</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="57"/>
        <source>WhatsApp live</source>
        <translation>WhatsApp langsung</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="59"/>
        <source>Sync ({connector})</source>
        <translation>Sinkronisasi ({connector})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="65"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="69"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="87"/>
        <source>suggested the task ({kind}, confidence {confidence}%)</source>
        <translation>tugas disarankan ({kind}, keyakinan {confidence}%)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="93"/>
        <source>the source message was deleted in WhatsApp</source>
        <translation>pesan sumber dihapus di WhatsApp</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="94"/>
        <source>the source message was edited in WhatsApp (was: {text})</source>
        <translation>pesan sumber diedit di WhatsApp (sebelumnya: {text})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="99"/>
        <source>{change} ({reason})</source>
        <translation>{change} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="105"/>
        <source>moved to another board column</source>
        <translation>dipindahkan ke kolom papan lain</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/history.py" line="107"/>
        <source>moved on the board</source>
        <translation>dipindahkan di papan</translation>
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
        <translation>permintaan</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="112"/>
        <source>commitment</source>
        <translation>komitmen</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="113"/>
        <source>obligation</source>
        <translation>kewajiban</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="114"/>
        <source>reminder</source>
        <translation>pengingat</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="115"/>
        <source>appointment</source>
        <translation>janji temu</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <location filename="../../app/i18n.py" line="106"/>
        <source>Suggested</source>
        <translation>Disarankan</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="107"/>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="108"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../app/i18n.py" line="101"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="102"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="103"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>connectors</name>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="35"/>
        <source>CalDAV calendar</source>
        <translation>Kalender CalDAV</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="41"/>
        <source>Apple Calendar/iCloud, Nextcloud, Fastmail or any CalDAV server.</source>
        <translation>Kalender Apple/iCloud, Nextcloud, Fastmail, atau server CalDAV apa pun.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>Calendar URL</source>
        <translation>URL kalender</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="43"/>
        <source>the calendar collection's address</source>
        <translation>alamat koleksi kalender</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="44"/>
        <location filename="../../engine/sync/connectors/email.py" line="24"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="45"/>
        <source>Password or app password</source>
        <translation>Kata sandi atau kata sandi aplikasi</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/caldav.py" line="46"/>
        <location filename="../../engine/sync/connectors/ics.py" line="27"/>
        <source>Timed tasks as events</source>
        <translation>Tugas berjam sebagai acara</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="18"/>
        <source>Calendar file (ICS)</source>
        <translation>Berkas kalender (ICS)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="23"/>
        <source>Writes tasks with due dates to an .ics file (put it in a synced folder to subscribe from any calendar app).</source>
        <translation>Menulis tugas yang punya tenggat ke berkas .ics (taruh di folder yang tersinkron agar bisa berlangganan dari aplikasi kalender apa pun).</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/ics.py" line="26"/>
        <source>ICS file</source>
        <translation>Berkas ICS</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="22"/>
        <source>Webhook (Zapier, Make, custom)</source>
        <translation>Webhook (Zapier, Make, kustom)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="27"/>
        <source>POSTs task.created / task.updated / task.completed / task.deleted events.</source>
        <translation>Mengirim (POST) event task.created / task.updated / task.completed / task.deleted.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="29"/>
        <source>Webhook URL</source>
        <translation>URL webhook</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="30"/>
        <source>catch-hook URLs embed their own token, so the URL is a secret</source>
        <translation>URL catch-hook memuat tokennya sendiri, jadi URL ini rahasia</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="31"/>
        <source>Signing secret</source>
        <translation>Rahasia penandatanganan</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="32"/>
        <source>HMAC-SHA256 key for the signature header</source>
        <translation>kunci HMAC-SHA256 untuk header tanda tangan</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="33"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/webhook.py" line="34"/>
        <source>custom</source>
        <translation>kustom</translation>
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
        <translation>Notifikasi Slack</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="22"/>
        <source>Posts task notifications and a daily digest to a Slack channel.</source>
        <translation>Mengirim notifikasi tugas dan ringkasan harian ke kanal Slack.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="24"/>
        <source>Bot token (xoxb-…)</source>
        <translation>Token bot (xoxb-…)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="25"/>
        <source>for example #tasks</source>
        <translation>misalnya #tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="26"/>
        <location filename="../../engine/sync/connectors/teams.py" line="24"/>
        <location filename="../../engine/sync/connectors/email.py" line="28"/>
        <source>Daily digest at</source>
        <translation>Ringkasan harian pukul</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="27"/>
        <source>API address (advanced)</source>
        <translation>Alamat API (lanjutan)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/slack.py" line="28"/>
        <source>GovSlack or a local test server</source>
        <translation>GovSlack atau server uji lokal</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="14"/>
        <source>Microsoft Teams notifications</source>
        <translation>Notifikasi Microsoft Teams</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="19"/>
        <source>Posts Adaptive Cards to a Teams channel through a Workflows webhook URL.</source>
        <translation>Mengirim Adaptive Cards ke kanal Teams melalui URL webhook Workflows.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="21"/>
        <source>Workflows webhook URL</source>
        <translation>URL webhook Workflows</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/teams.py" line="22"/>
        <source>from Teams: channel &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</source>
        <translation>dari Teams: kanal &gt; Workflows &gt; 'Post to a channel when a webhook request is received'</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="13"/>
        <source>Email notifications</source>
        <translation>Notifikasi email</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="18"/>
        <source>Sends task notifications and a daily digest by email through your SMTP server.</source>
        <translation>Mengirim notifikasi tugas dan ringkasan harian lewat email melalui server SMTP Anda.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="20"/>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="21"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="22"/>
        <source>Security</source>
        <translation>Keamanan</translation>
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
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="25"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="26"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/email.py" line="27"/>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="40"/>
        <source>Google Calendar</source>
        <translation>Google Kalender</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="46"/>
        <source>Tasks with due dates as Google Calendar events, or as Google Tasks.</source>
        <translation>Tugas bertenggat sebagai acara Google Kalender, atau sebagai Google Tasks.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="52"/>
        <source>OAuth client id</source>
        <translation>ID klien OAuth</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="53"/>
        <source>Send tasks as</source>
        <translation>Kirim tugas sebagai</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>events</source>
        <translation>acara</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="54"/>
        <source>tasks</source>
        <translation>tugas</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="55"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="56"/>
        <source>Task list</source>
        <translation>Daftar tugas</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="57"/>
        <source>Refresh token</source>
        <translation>Token penyegaran</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="58"/>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="59"/>
        <source>Calendar API root</source>
        <translation>Root API Calendar</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="61"/>
        <source>Tasks API root</source>
        <translation>Root API Tasks</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/google_calendar.py" line="62"/>
        <source>Token endpoint</source>
        <translation>Endpoint token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="28"/>
        <source>Trello</source>
        <translation>Trello</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="34"/>
        <source>Tasks as cards in a Trello list.</source>
        <translation>Tugas sebagai kartu di daftar Trello.</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="36"/>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="37"/>
        <source>from trello.com/power-ups/admin (your Power-Up's API key)</source>
        <translation>dari trello.com/power-ups/admin (kunci API Power-Up Anda)</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="38"/>
        <source>a token authorised for that key</source>
        <translation>token yang diizinkan untuk kunci tersebut</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="39"/>
        <source>List for new cards</source>
        <translation>Daftar untuk kartu baru</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="40"/>
        <source>pick it with 'list targets' after entering the key and token</source>
        <translation>pilih dengan 'list targets' setelah memasukkan kunci dan token</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="41"/>
        <source>Move done cards to list</source>
        <translation>Pindahkan kartu selesai ke daftar</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="42"/>
        <source>empty: done cards stay put and are marked complete</source>
        <translation>kosong: kartu yang selesai tetap di tempat dan ditandai selesai</translation>
    </message>
    <message>
        <location filename="../../engine/sync/connectors/trello.py" line="43"/>
        <source>API root</source>
        <translation>Root API</translation>
    </message>
</context>
</TS>
