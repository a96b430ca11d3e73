"""Task extraction behaviour on small English chats, with a fixed clock and zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks

ZONE = ZoneInfo("Europe/Lisbon")


def chat(*lines: tuple[str, str, str]) -> list[ChatMessage]:
    """Messages from (HH:MM on 2026-03-09, a Monday, author, text)."""
    return [
        ChatMessage(
            i, datetime(2026, 3, 9, int(t[:2]), int(t[3:]), tzinfo=ZONE), who, text, line=i + 1
        )
        for i, (t, who, text) in enumerate(lines)
    ]


def run(*lines: tuple[str, str, str], group: bool | None = None) -> list[ExtractedTask]:
    return extract_tasks(chat(*lines), languages=["en"], is_group=group)


def test_request_with_vocative_and_deadline() -> None:
    [task] = run(
        ("09:00", "Marta", "Carlos, can you send me the quote for the tiles by Friday?"),
        ("09:05", "Carlos", "sure"),
        ("09:06", "Ana", "hi all"),
    )
    assert task.kind == "request"
    assert task.assignee == "Carlos"
    assert task.due == date(2026, 3, 13)
    assert "quote" in task.title.lower() and task.title[0].isupper()
    assert not task.title.lower().startswith(("can you", "carlos"))


def test_commitment_is_the_authors_and_completion_links() -> None:
    [commitment] = run(
        ("18:05", "Marta", "I'll pay the school trip tonight"),
        ("19:00", "Ana", "ok"),
        ("21:05", "Marta", "Paid ✅"),
    )
    assert commitment.kind == "commitment"
    assert commitment.assignee == "Marta"
    assert commitment.due == datetime(2026, 3, 9, 20, 0, tzinfo=ZONE)
    assert commitment.status == "done"
    assert commitment.completed_by is not None and commitment.completed_by.line == 3


def test_taking_on_a_group_request_is_the_same_task() -> None:
    [task] = run(
        ("18:00", "Ana", "someone has to pay the school trip, 35€"),
        ("18:05", "Marta", "I'll pay it tonight"),
        ("21:05", "Marta", "Paid ✅"),
        group=True,
    )
    assert task.kind == "obligation" and task.assignee is None
    assert task.due == datetime(2026, 3, 9, 20, 0, tzinfo=ZONE)  # the answer's 'tonight'
    assert task.status == "done" and task.completed_by is not None


def test_one_to_one_request_goes_to_the_other_person() -> None:
    [task] = run(
        ("10:00", "Sarah", "Could you update the menu prices tomorrow morning?"),
        ("10:02", "Tom", "will do"),
        group=False,
    )
    assert task.assignee == "Tom"
    assert task.due == datetime(2026, 3, 10, 9, 0, tzinfo=ZONE)


def test_chatter_facts_past_and_wishes_are_not_tasks() -> None:
    tasks = run(
        ("10:00", "A", "did you see the game last night?"),
        ("10:01", "B", "I sent the invoice yesterday"),
        ("10:02", "C", "we should travel somewhere nice someday"),
        ("10:03", "A", "can you believe the rent went up again"),
        ("10:04", "B", "the shop closes at 8"),
        ("10:05", "C", "thanks!! 😂"),
        ("10:06", "A", "drive safe"),
        group=True,
    )
    assert tasks == []


def test_reschedule_and_cancel() -> None:
    tasks = run(
        ("09:00", "Jen", "Dave can you call the insurance on Wednesday?"),
        ("09:10", "Dave", "can we move it to Thursday, Wednesday is packed"),
        ("09:20", "Jen", "Kayla please book the dentist for next week"),
        ("09:30", "Jen", "never mind the dentist, they called us"),
        group=True,
    )
    call = next(t for t in tasks if "insurance" in t.title.lower())
    assert call.due == date(2026, 3, 12)
    assert [m.line for m in call.rescheduled_by] == [2]
    dentist = next(t for t in tasks if "dentist" in t.title.lower())
    assert dentist.status == "cancelled"


def test_two_people_two_tasks_and_no_repeat() -> None:
    tasks = run(
        ("18:00", "Josh", "so are we doing the trip?"),
        ("18:05", "Nadia", "yes!!"),
        ("18:10", "Ellie", "Josh you book the cottage by Sunday, Nadia you sort the car hire"),
        ("18:30", "Ellie", "Josh pls book the cottage"),
        group=True,
    )
    assert sorted(t.assignee or "" for t in tasks) == ["Josh", "Nadia"]


def test_priority_from_wording_and_closeness() -> None:
    tasks = run(
        ("09:00", "Boss", "URGENT: send the contract to the client asap!!"),
        ("09:01", "Boss", "whenever you have time, update the wiki"),
        ("09:02", "Boss", "please call the supplier in 2 hours"),
        group=False,
    )
    assert [t.priority for t in tasks] == ["urgent", "low", "urgent"]
    assert tasks[0].category == "business"


def test_a_promise_and_a_request_to_someone_named_are_two_tasks() -> None:
    promise, request = run(
        ("10:00", "Ana", "party on saturday!"),
        ("10:01", "Bo", "yay"),
        ("10:02", "Ana", "I'll bring the drinks. Bo, can you do the playlist?"),
        group=True,
    )
    assert (promise.kind, promise.assignee) == ("commitment", "Ana")
    assert (request.kind, request.assignee) == ("request", "Bo")
    assert "playlist" in request.title.lower()


def test_a_report_before_a_new_request_still_closes_its_task() -> None:
    tasks = run(
        ("08:00", "Dev", "morning all"),
        ("09:00", "Marcus", "Steam wand is spitting again. I'll call the engineer tomorrow"),
        ("09:05", "Aisha", "Someone needs to order oat milk from the dairy"),
        ("11:00", "Chloe", "Lady from table 4 emailed about the nut thing"),
        ("12:00", "Marcus", "Engineer booked, he comes at 8. Dev can you open at 7:30 to let him in?"),
        group=True,
    )
    engineer, milk, opening = tasks
    assert engineer.status == "done" and engineer.completed_by is not None
    assert engineer.completed_by.line == 5
    # 'from' and 'her' are no keywords: an unrelated report does not close the order
    assert milk.status == "open"
    assert opening.assignee == "Dev" and opening.status == "open"


def test_a_length_of_time_is_not_a_due_date() -> None:
    [task] = run(("10:00", "Sam", "can you help me move boxes for 2 hours?"), group=False)
    assert task.due is None


def test_now_is_urgent_but_no_due_date() -> None:
    [task] = run(("10:00", "Sam", "can you call the plumber right now? water everywhere"), group=False)
    assert task.due is None
    assert task.priority == "urgent"


def run_in(language: str, *lines: tuple[str, str, str]) -> list[ExtractedTask]:
    return extract_tasks(chat(*lines), languages=[language], is_group=True)


def test_a_bare_dont_forget_takes_its_title_from_the_other_clause() -> None:
    [task] = run_in(
        "es",
        ("10:00", "Iker", "hola"),
        ("10:05", "Andrés", "ok"),
        ("10:10", "Iker", "Andrés hay que pagar la factura del pescadero antes del 25, no te olvides"),
    )
    assert "factura" in task.title.lower()


def test_a_report_of_other_work_closes_nothing_and_one_that_names_the_task_does() -> None:
    tasks = run_in(
        "it",
        ("09:00", "Giulia", "Davide porti il tiramisù domenica?"),
        ("09:30", "Davide", "ok"),
        ("11:31", "Davide", "Mensola montata ✅ dritta al millimetro"),
        ("18:00", "Davide", "Tiramisù fatto ✅"),
    )
    [tiramisu] = [t for t in tasks if "tiramis" in t.title.lower()]
    assert tiramisu.completed_by is not None and tiramisu.completed_by.line == 4


def test_a_bare_answer_is_not_a_request() -> None:
    messages = [
        ChatMessage(0, datetime(2026, 3, 9, 10, 0, tzinfo=ZONE), "Reza", "Kak, bisa bikin 3 konten IG?"),
        ChatMessage(1, datetime(2026, 3, 9, 10, 5, tzinfo=ZONE), "Sekar", "Bisa kak"),
    ]
    tasks = extract_tasks(messages, languages=["id"], is_group=False)
    assert [t.source.index for t in tasks] == [0]


def test_who_can_alone_is_about_the_message_before() -> None:
    tasks = run_in(
        "es",
        ("13:00", "Iker", "Necesito que alguien me cubra el domingo desde las 11"),
        ("13:05", "Andrés", "¿Quién puede?"),
    )
    assert [t.source.line for t in tasks] == [1]


def test_german_colloquial_promises_and_asks() -> None:
    tasks = run_in(
        "de",
        ("10:00", "Jan", "Wow 😍 Ich geb dir Montag Feedback, will erst noch das Team fragen"),
        ("10:05", "Mira", "Kann mir jemand morgen früh ein Paket annehmen?"),
        ("10:10", "Lena", "Ich buch bis Mittwoch die Hütte ⛷️ seid ihr alle dabei?"),
    )
    assert [(t.source.line, t.kind) for t in tasks] == [
        (1, "commitment"), (2, "request"), (3, "commitment")
    ]


def test_a_bare_hour_is_read_against_the_day_it_belongs_to() -> None:
    [task] = run_in(
        "de",
        ("20:00", "Dennis", "Ich bin übermorgen erst ab 11 da. Marco, kannst du um 7 die Lieferung annehmen?"),
    )
    assert task.due == datetime(2026, 3, 11, 7, 0, tzinfo=ZONE)
    [ready] = run_in("hi", ("19:47", "Neha", "Kal Rakhi hai, sab 9 baje tak ready rehna"))
    assert ready.due == datetime(2026, 3, 10, 9, 0, tzinfo=ZONE)


def test_a_reminder_days_later_restates_the_open_task() -> None:
    messages = [
        ChatMessage(0, datetime(2026, 3, 2, 11, 15, tzinfo=ZONE), "Marcus",
                    "Everyone pls do the food hygiene refresher on the portal by the 15th", line=1),
        ChatMessage(1, datetime(2026, 3, 8, 19, 30, tzinfo=ZONE), "Marcus",
                    "Reminder: hygiene refresher by tomorrow!!", line=2),
    ]
    [task] = extract_tasks(messages, languages=["en"], is_group=True)
    assert task.source.line == 1


def test_indonesian_promise_with_the_object_first_is_the_authors() -> None:
    [task] = extract_tasks(
        chat(("10:00", "Sekar", "Siap kak, makasih 🙏 Draft content plan Agustus aku kirim hari Jumat ya")),
        languages=["id"],
        is_group=False,
    )
    assert (task.kind, task.assignee) == ("commitment", "Sekar")
