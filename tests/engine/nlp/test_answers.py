"""Replies that answer or move earlier tasks, reports, appointments and completions."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.nlp.dates import find_dates
from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks
from engine.nlp.tasks.detect import clauses

ZONE = ZoneInfo("Europe/Berlin")


def chat(*lines: tuple[str, str, str], day: int = 9) -> list[ChatMessage]:
    """Messages from (HH:MM on 2026-03-<day>, author, text); 2026-03-09 is a Monday."""
    return [
        ChatMessage(
            i, datetime(2026, 3, day, int(t[:2]), int(t[3:]), tzinfo=ZONE), who, text,
            line=i + 1,
        )
        for i, (t, who, text) in enumerate(lines)
    ]


def run(*lines: tuple[str, str, str], language: str = "en",
        group: bool | None = None) -> list[ExtractedTask]:
    return extract_tasks(chat(*lines), languages=[language], is_group=group)


def test_terse_promise_after_a_question_is_its_answer() -> None:
    tasks = run(
        ("17:00", "Yusuf", "Kann jemand am 24. meine Pflanzen gießen?"),
        ("17:05", "Merle", "mach ich"),
        ("17:06", "Hannah", "danke"),
        language="de", group=True,
    )
    assert [t.source.line for t in tasks] == [1]
    assert tasks[0].due == date(2026, 3, 24)


def test_terse_hinglish_acceptance_is_not_a_second_task() -> None:
    tasks = run(
        ("09:30", "Vikram", "Deepak, kal subah tak Agarwal Traders ko order de dena"),
        ("09:32", "Deepak", "Ji sir, aaj hi de deta hoon"),
        ("09:40", "Salim", "👍"),
        language="hi", group=True,
    )
    assert [(t.source.line, t.assignee) for t in tasks] == [(1, "Deepak")]


def test_dated_promise_of_the_same_work_moves_the_task() -> None:
    tasks = run(
        ("09:00", "Chiara", "Le consegno le schede vini il 16"),
        ("09:05", "Federico", "Perfetto"),
        ("11:00", "Chiara", "Scusa, mi serve più tempo per le schede. Consegno il 18, va bene?"),
        language="it",
    )
    [task] = tasks
    assert task.due == date(2026, 3, 18)
    assert [m.line for m in task.rescheduled_by] == [3]


def test_promise_about_other_work_is_a_new_task() -> None:
    tasks = run(
        ("09:00", "Sarah", "Let's do a call Wednesday at 2pm to go through the mockups?"),
        ("09:20", "Tom", "Works for me"),
        ("14:50", "Tom", "I'll send the revised mockups by Friday EOD"),
    )
    assert [t.source.line for t in tasks] == [1, 3]
    assert tasks[0].due == datetime(2026, 3, 11, 14, 0, tzinfo=ZONE)


def test_what_follows_a_report_of_done_work_is_not_new_work() -> None:
    assert run(("10:55", "Diego", "Storyboards listos ✅ te los mando en PDF"),
               ("10:56", "Fernanda", "gracias"), language="es") == []
    [task] = run(("21:10", "Rohan", "Done, invite bhej do"), ("21:11", "Kavya", "ok"),
                 language="hi")
    assert task.kind == "request"


def test_appointment_needs_a_clock_time() -> None:
    assert run(("14:48", "Tom", "Great call today, thanks Sarah!"), ("14:50", "Sarah", "🙏")) == []
    [task] = run(("14:00", "Felipe", "Team meeting Thursday 4pm after close"),
                 ("14:05", "Ana", "👍"), group=True)
    assert task.kind == "appointment"
    assert task.due == datetime(2026, 3, 12, 16, 0, tzinfo=ZONE)


def test_separate_day_and_clock_time_make_one_due() -> None:
    [task] = run(("08:00", "Giulia", "Sofia, dopodomani hai il dentista alle 16, non dimenticare!"),
                 ("08:05", "Sofia", "ok"), language="it", group=True)
    assert task.due == datetime(2026, 3, 11, 16, 0, tzinfo=ZONE)


def test_only_names_said_in_their_own_clause_split_a_message() -> None:
    tasks = run(
        ("07:20", "Giulia", "Tommaso domani ha la gita, bisogna preparare il pranzo stasera. "
                            "Davide ci pensi tu?"),
        ("07:25", "Davide", "Certo"),
        ("07:26", "Tommaso", "grazie"),
        language="it", group=True,
    )
    assert [t.assignee for t in tasks] == ["Davide"]


def test_a_quick_reaction_without_a_cue_does_not_complete() -> None:
    [task] = run(
        ("08:30", "Ellie", "Sam, pls tidy your room before Tuesday"),
        ("08:32", "Sam", "define tidy"),
        ("08:33", "Ellie", "🙄"),
        group=True,
    )
    assert task.status == "open"
    [later] = run(
        ("08:30", "Ellie", "Sam, pls tidy your room before Tuesday"),
        ("18:32", "Sam", "room tidy now"),
        ("18:33", "Ellie", "🙄"),
        group=True,
    )
    assert later.status == "done" and later.completed_by is not None


def test_noted_acknowledges_and_does_not_complete() -> None:
    [task] = run(("10:30", "Rodrigo", "Faz o post na terça, por favor?"),
                 ("10:32", "Camila", "Anotado ✍️"), language="pt")
    assert task.status == "open"


def test_ordinal_day_does_not_end_the_sentence() -> None:
    text = "Kann jemand am 24. meine Pflanzen gießen? Bin weg"
    assert [text[s:e] for s, e in clauses(text)] == [
        "Kann jemand am 24. meine Pflanzen gießen?", "Bin weg"
    ]


def test_day_of_month_after_an_article_and_hinglish_parts_of_day() -> None:
    reference = datetime(2026, 3, 9, 9, 0, tzinfo=ZONE)
    [it] = find_dates("le consegno il 16", reference, "it")
    assert it.value == date(2026, 3, 16)
    [de] = find_dates("Das Trinkgeld überweise ich am 30. wie immer", reference, "de")
    assert de.value == date(2026, 3, 30)
    [hi] = find_dates("Monday morning tak bhej dunga", reference, "hi")
    assert hi.value == datetime(2026, 3, 9, 9, 0, tzinfo=ZONE) or hi.value == datetime(
        2026, 3, 16, 9, 0, tzinfo=ZONE
    )
    assert [m.text for m in find_dates("kannst du um 7 die Lieferung annehmen", reference, "de")
            ] == ["um 7"]
