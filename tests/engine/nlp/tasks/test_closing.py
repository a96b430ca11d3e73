"""Which open task a later 'done', report or receipt closes, in several languages."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks

ZONE = ZoneInfo("Europe/Rome")
START = datetime(2026, 3, 9, 8, 0, tzinfo=ZONE)  # a Monday


def run(
    *lines: tuple[int, str, str], language: str = "en", group: bool = True
) -> list[ExtractedTask]:
    """Extract from (minutes after Monday 08:00, author, text) lines; line numbers from 1."""
    messages = [
        ChatMessage(i, START + timedelta(minutes=m), who, text, line=i + 1)
        for i, (m, who, text) in enumerate(lines)
    ]
    return extract_tasks(messages, languages=[language], is_group=group)


def closed_by(tasks: list[ExtractedTask], line: int) -> int | None:
    """The line of the message that closed the task from `line`, or None if it is open."""
    [task] = [t for t in tasks if t.source.line == line]
    return task.completed_by.line if task.completed_by is not None else None


def test_a_bare_done_answers_the_message_before_it() -> None:
    tasks = run(
        (0, "Jen", "Kayla pls empty the dishwasher when you get a sec"),
        (660, "Jen", "Kayla. Dishwasher. Still full 🙏"),
        (700, "Kayla", "done. happy?"),
    )
    assert closed_by(tasks, 1) == 3


def test_a_report_with_another_action_closes_nothing() -> None:
    tasks = run(
        (0, "Pat", "Jen dear can you drive me to my eye appointment tomorrow at 10?"),
        (30, "Jen", "sent you $40"),
    )
    assert closed_by(tasks, 1) is None


def test_a_report_names_the_task_by_the_words_of_its_message() -> None:
    tasks = run(
        (0, "Pat", "I made too much lasagna, I'll drop some off Saturday morning"),
        (2000, "Pat", "Lasagna is in your fridge, I used my key 😊"),
    )
    assert closed_by(tasks, 1) == 2
    promise = run(
        (0, "Tom", "Can you send them by then? I need the final menu and prices"),
        (300, "Sarah", "Final menu and prices 🎂"),
        group=False,
    )
    assert closed_by(promise, 1) == 2


def test_still_under_way_or_not_done_is_no_report() -> None:
    tasks = run(
        (0, "Marcus", "Aisha can you put the new price stickers on the sleeves?"),
        (600, "Aisha", "Cups are here 📦 doing the stickers now"),
        (900, "Aisha", "Stickers done on all the sleeves"),
    )
    assert closed_by(tasks, 1) == 3
    spanish = run(
        (0, "Andrés", "Nuria, haz el cuadrante de turnos antes del viernes"),
        (5, "Nuria", "Hecho no, pero lo hago 😂"),
        language="es",
    )
    assert closed_by(spanish, 1) is None


def test_a_report_that_points_back_closes_the_doers_latest_task() -> None:
    tasks = run(
        (0, "Lucía", "Pablo, saca la basura que huele fatal 🤢"),
        (50, "Pablo", "ya la he bajado"),
        language="es",
    )
    assert closed_by(tasks, 1) == 2


def test_a_kinship_vocative_asks_whoever_it_is() -> None:
    tasks = run(
        (0, "Giulia", "Davide, quando arriva il pacco monti la mensola?"),
        (30, "Sofia", "papà mi ricarichi il telefono? sono a 0 giga 😭"),
        (60, "Davide", "Fatto, 10€ 📱"),
        language="it",
    )
    assert closed_by(tasks, 2) == 3
    assert closed_by(tasks, 1) is None
    hinglish = run(
        (0, "Neha", "Aarav apna kamra saaf karo, Dadi kal aa rahe hain"),
        (300, "Aarav", "ho gaya bhaiya 🙄"),
        language="hi",
    )
    assert closed_by(hinglish, 1) == 2


def test_a_task_asked_of_everyone_waits_for_every_member() -> None:
    lines = [
        (0, "Ellie", "Energy bill came in, everyone pls send me £53.50 by Friday"),
        (1, "Sam", "slander"),
        (60, "Josh", "sent the £53.50 💸"),
        (61, "Nadia", "sent mine too!"),
    ]
    assert closed_by(run(*lines), 1) is None
    tasks = run(*lines, (2000, "Sam", "paid!! sorry was waiting for payday"))
    assert closed_by(tasks, 1) == 5
    french = run(
        (0, "Antoine", "Chacun me fait un virement de 96€ d'ici dimanche 🙏"),
        (60, "Chloé", "Virement fait ✅"),
        (3000, "Antoine", "Tout le monde a payé ✅ merci"),
        (3001, "Mehdi", "top"),
        language="fr",
    )
    assert closed_by(french, 1) == 3


def test_one_person_doing_an_ask_of_everyone_present_closes_it() -> None:
    tasks = run(
        (0, "Marcus", "Everyone who's in, tidy the back room and label everything NOW"),
        (90, "Aisha", "Back room done, everything labelled with dates 🏷️"),
        (91, "Liam", "nice"),
    )
    assert closed_by(tasks, 1) == 2


def test_accepting_is_not_doing() -> None:
    for language, ask, accept in (
        ("en", "Sam can you take the bins out tonight?", "sure, got it"),
        ("hi", "Adi tu flights dekh aur Friday tak book kar de", "done deal, Friday tak book"),
        ("pt", "Camila, faz o post na terça, por favor?", "Anotado ✍️"),
    ):
        tasks = run((0, "Ana", ask), (3, "Sam", accept), (4, "Bo", "👍"), language=language)
        assert closed_by(tasks, 1) is None, (language, accept)


def test_a_receipt_closes_what_its_author_asked_for() -> None:
    tasks = run(
        (0, "Mira", "Jan, schickst du mir die Texte für die Visitenkarten?"),
        (600, "Jan", "Texte für die Visitenkarten, hoffe es ist alles drin"),
        language="de",
        group=False,
    )
    assert closed_by(tasks, 1) == 2
    german = run(
        (0, "Mira", "Kannst du mir die PDFs bis 12 schicken?"),
        (120, "Jan", "Ist angekommen, danke!"),
        language="de",
        group=False,
    )
    assert closed_by(german, 1) is None  # the doer's own 'arrived' closes nothing


def test_a_different_count_is_other_work() -> None:
    tasks = run(
        (0, "Wati", "Andi, tanggal 10 kirim 40 box bukber ke kantor BNI jam 5 sore ya"),
        (9000, "Andi", "50 box Bu Dewi udah dikirim ✅ diterima langsung sama beliau"),
        language="id",
    )
    assert closed_by(tasks, 1) is None


def test_a_condition_is_no_report() -> None:
    tasks = run(
        (0, "Rina", "Pa, tolong transfer uang SPP Tiara sebelum Jumat ya, 850rb"),
        (11, "Rina", "Kalau udah ditransfer, tolong kirim bukti transfernya ke wali kelas ya"),
        (1500, "Budi", "SPP udah ditransfer ✅"),
        language="id",
    )
    assert closed_by(tasks, 1) == 3


def test_a_statement_answering_a_question_reports_no_other_work() -> None:
    tasks = run(
        (0, "Neide", "Ju, você fica no caixa sexta das 16h pra mim? Tenho médico"),
        (5, "Juliana", "fico sim"),
        (2000, "Neide", "Alguém viu minha garrafinha azul? Deixei no balcão ontem"),
        (2010, "Juliana", "tá no depósito, em cima das caixas de copo"),
        language="pt",
    )
    assert closed_by(tasks, 1) is None
