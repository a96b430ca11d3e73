"""Names, phrases and WhatsApp notices that the synthetic export generator draws from."""

from __future__ import annotations

CONTACT_NAMES: tuple[str, ...] = (
    "Alice Martin",
    "Bob",
    "José García",
    "Zoë 🌸",
    "Mia 👩‍💻",
    "李伟",
    "محمد العلي",
    "Priya Sharma",
    "Olek Nowak",
    "Mum ❤️",
    "Dad",
    "Chloé Dubois",
    "Jürgen Weiß",
    "Sven 🇸🇪",
    "Ana Luísa",
    "Kenji 山田",
    "Fatima",
    "Tom (work)",
    "Nadia 🏳️‍🌈",
    "Ravi",
)
"""Display names as saved in the exporter's address book."""

PUSH_NAMES: tuple[str, ...] = ("Sam", "Lucía", "Dmitri 🚀", "Aisha", "Noah", "Ines")
"""Names non-contacts chose for themselves; iOS shows them as '~\u202fName'."""

PHONE_FORMATS: tuple[str, ...] = (
    "+44 7{d3} {d6}",
    "+1 (555) {d3}-{d4}",
    "+49 151 {d8}",
    "+34 6{d2} {d3} {d3b}",
    "+91 98{d3} {d5}",
)
"""Phone number layouts (senders not in the address book); 'dN' is N random digits."""

GROUP_NAMES: tuple[str, ...] = (
    "Family 🏡",
    "Project Falcon ✈️",
    "Flat 3B",
    "Fútbol los jueves ⚽",
    "Book club 📚",
)

PHRASES: tuple[str, ...] = (
    # English, with the kind of requests ChatTasks looks for.
    "Can you pick up milk on the way home?",
    "Don't forget the dentist appointment tomorrow at 10",
    "I'll send the slides by Friday",
    "Who's bringing the drinks on Saturday?",
    "ok",
    "Sounds good 👍",
    "lol",
    "On my way",
    "Running 10 minutes late, sorry!",
    "Reminder: rent is due on the 1st",
    "Can someone book the restaurant for 8pm?",
    "Has anyone seen my keys?",
    "Meeting moved to 3:30pm",
    "Thanks!!",
    "Let's do Sunday instead",
    "I'll call the plumber on Monday",
    "Please review the PR before EOD",
    "Happy birthday!! 🎉🎂",
    "Good morning ☀️",
    "Yes",
    "No worries",
    "Where are we meeting?",
    "Done ✅",
    "Need to renew the car insurance before 15/03",
    "Can you water the plants while I'm away?",
    "@Bob can you take the bins out tonight?",
    "TODO: pay the electricity bill",
    "Who can drive the kids to school on Wed?",
    "The invoice is attached, please pay by the end of the month",
    "haha 😂😂",
    # Spanish, French, German, Portuguese, Italian.
    "¿Quién trae el pastel mañana?",
    "Mañana a las 9 en la oficina",
    "Vale, perfecto",
    "No te olvides de pagar la luz",
    "¡Qué bien! 😂",
    "Tu peux appeler le médecin demain ?",
    "On se retrouve à 18h devant la gare",
    "C'est noté, merci !",
    "N'oublie pas les clés 🔑",
    "Kannst du bitte morgen den Müll rausbringen?",
    "Bin in 5 Minuten da",
    "Die Rechnung ist bis Freitag fällig",
    "Não esquece de comprar pão",
    "Amanhã às 14h na reunião",
    "Obrigado! 🙏",
    "Ci vediamo alle otto?",
    "Perfetto, grazie mille",
    # Arabic, Chinese, Japanese, Russian, Hindi, Turkish, Korean.
    "هل يمكنك إرسال التقرير غدا؟",
    "شكرا جزيلا",
    "أنا في الطريق",
    "明天下午三点开会",
    "好的，没问题",
    "记得带护照",
    "了解です！",
    "明日の予定はどうですか？",
    "Купи хлеб, пожалуйста",
    "Встреча перенесена на пятницу",
    "कल मिलते हैं",
    "Yarın saat 10'da görüşürüz",
    "내일 봐요!",
)
"""One-line message bodies in several languages."""

EMOJI: tuple[str, ...] = (
    "😂",
    "👍",
    "🙏",
    "❤️",
    "🎉",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👩🏽‍💻",
    "🤦‍♂️",
    "🇬🇧",
    "🔥",
    "😅",
    "❤️‍🩹",
)
"""Emoji, including ZWJ sequences, skin tones and flags."""

CONTINUATIONS: tuple[str, ...] = (
    "- eggs",
    "- milk",
    "- bread 🥖",
    "• call the bank",
    "• book flights",
    "1. budget",
    "2. hiring",
    "3. AOB",
    "Also, can you check the tyres?",
    "And bring a charger please",
    "PS: the code for the door is the usual one",
    "Thanks in advance 🙏",
    "Merci beaucoup !",
    "Danke dir!",
    "谢谢",
    "",
)
"""Continuation lines of multi-line messages; none looks like a message header."""

MULTILINE_OPENERS: tuple[str, ...] = (
    "Shopping list:",
    "Agenda for tomorrow:",
    "Things to do before the trip:",
    "Hi all,",
    "Lista de la compra:",
    "À faire ce week-end :",
)

LINKS: tuple[str, ...] = (
    "https://maps.app.goo.gl/{token}",
    "https://www.youtube.com/watch?v={token}",
    "https://docs.google.com/document/d/{token}/edit",
    "https://example.com/tickets?id={token}&lang=en",
    "https://www.bbc.co.uk/news/articles/{token}",
)

LINK_INTROS: tuple[str, ...] = ("", "Look at this ", "Tickets here: ", "Mira esto ", "Regardez : ")

DOCUMENT_NAMES: tuple[str, ...] = ("Budget 2024.pdf", "Rota.xlsx", "Menü.docx", "Itinerary.pdf")

E2E_NOTICE = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
    "can read or listen to them."
)
"""The first line of every export; Android adds ' Tap to learn more.'."""

SYSTEM_EVENTS: tuple[str, ...] = (
    "{actor} added {other}",
    "{actor} removed {other}",
    "{other} left",
    "{other} joined using this group's invite link",
    "{actor} changed this group's icon",
    "{actor} changed the group description",
    "Your security code with {other} changed. Tap to learn more.",
    "{other} changed their phone number to a new number. Tap to message or add the new number.",
)
"""Group notices; '{actor}' is a member or 'You', '{other}' is another member."""
