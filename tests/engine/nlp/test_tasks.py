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
