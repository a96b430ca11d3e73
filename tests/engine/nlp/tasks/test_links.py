"""Reschedules: which task a 'moved to' message moves, and to which date."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks

ZONE = ZoneInfo("America/New_York")
START = datetime(2026, 3, 2, 8, 0, tzinfo=ZONE)  # a Monday


def run(*lines: tuple[int, str, str], language: str = "en") -> list[ExtractedTask]:
    messages = [
        ChatMessage(i, START + timedelta(minutes=m), who, text, line=i + 1)
        for i, (m, who, text) in enumerate(lines)
    ]
    return extract_tasks(messages, languages=[language], is_group=True)


def test_from_one_day_to_another_moves_to_the_second() -> None:
    [task] = run(
        (0, "Dave", "Reminder Kayla has the orthodontist Thursday at 3:45"),
        (5, "Jen", "👍"),
        (3000, "Jen", "Ugh ortho office called, they moved Kayla from Thursday to next Tuesday 4:30"),
    )
    assert task.due == datetime(2026, 3, 10, 16, 30, tzinfo=ZONE)
    assert [m.line for m in task.rescheduled_by] == [3]


def test_a_move_of_something_else_leaves_the_task_alone() -> None:
    [task] = run(
        (0, "Sam", "Can anyone feed my fish Saturday morning?"),
        (30, "Ellie", "Update: landlord moved the inspection to Friday 18th, same time (10am)"),
    )
    assert task.rescheduled_by == []


def test_a_deadline_said_outright_is_the_new_due() -> None:
    [task] = run(
        (0, "Ayşe", "Dennis, schaffst du den Käsekuchen für Frau Meier bis Freitag 18 Uhr?"),
        (5, "Dennis", "Klar"),
        (2000, "Ayşe", "Frau Meier holt erst Sonntag ab. Dennis, dann reicht der Käsekuchen "
                       "bis Samstag 18 Uhr"),
        language="de",
    )
    assert task.due == datetime(2026, 3, 7, 18, 0, tzinfo=ZONE)


def test_a_bare_time_keeps_the_tasks_day() -> None:
    [task] = run(
        (0, "Chloé", "Départ vendredi à 17h devant chez moi, soyez à l'heure !"),
        (5, "Sarah", "ok"),
        (1000, "Chloé", "Antoine finit plus tard vendredi, on décale le départ à 18h30"),
        language="fr",
    )
    assert task.due == datetime(2026, 3, 6, 18, 30, tzinfo=ZONE)
    assert isinstance(task.due, datetime) and task.due.date() == date(2026, 3, 6)
