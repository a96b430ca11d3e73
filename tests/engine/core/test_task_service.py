"""Task operations over a real database: confirm, reject, move, reschedule, quick add, history."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engine.core.engine import Engine
from engine.core.errors import ChatTasksError
from engine.store.tasks import TaskFilter


def _suggestions(engine: Engine) -> list[int]:
    return [t.id for t in engine.tasks.query(TaskFilter(state="suggested"))]


def test_demo_import_leaves_suggestions_with_provenance(demo_engine: Engine) -> None:
    ids = _suggestions(demo_engine)
    assert len(ids) >= 3
    detail = demo_engine.tasks.detail(ids[0])
    assert detail.sources and detail.sources[0].role == "source"
    assert detail.sources[0].message.chat_name == "Casa & Obra"
    assert detail.events and detail.events[0].actor == "engine"


def test_confirm_places_the_task_on_the_board_and_records_history(demo_engine: Engine) -> None:
    task_id = _suggestions(demo_engine)[0]
    (confirmed,) = demo_engine.tasks.confirm([task_id])
    columns = demo_engine.tasks.columns()
    expected = columns[0].id if confirmed.status == "open" else columns[-1].id
    assert confirmed.state == "confirmed" and confirmed.column_id == expected
    fields = [e.field for e in demo_engine.tasks.detail(task_id).events]
    assert "state" in fields and "column_id" in fields


def test_reject_is_kept_when_the_chat_is_extracted_again(demo_engine: Engine) -> None:
    task_id = _suggestions(demo_engine)[0]
    demo_engine.tasks.reject([task_id])
    chat = demo_engine.chats.all()[0]
    summary = demo_engine.extract_chat(chat.id)
    assert summary.new == 0 and summary.kept_by_user >= 1
    assert demo_engine.tasks.get(task_id).state == "rejected"
    assert task_id not in _suggestions(demo_engine)


def test_moving_to_the_done_column_completes_the_task(demo_engine: Engine) -> None:
    task_id = _suggestions(demo_engine)[0]
    demo_engine.tasks.confirm([task_id])
    done = next(c for c in demo_engine.tasks.columns() if c.status == "done")
    moved = demo_engine.tasks.move(task_id, done.id, 1.5)
    assert (moved.status, moved.column_id, moved.position) == ("done", done.id, 1.5)
    reopened = demo_engine.tasks.update(task_id, {"status": "open"})
    assert reopened.column_id == demo_engine.tasks.columns()[0].id


def test_added_column_keeps_its_status_and_name(demo_engine: Engine) -> None:
    column = demo_engine.tasks.add_column("Waiting", "open")
    demo_engine.tasks.rename_column(column.id, "Waiting on others")
    names = [c.name for c in demo_engine.tasks.columns()]
    assert names == ["To do", "In progress", "Done", "Waiting on others"]
    with pytest.raises(ChatTasksError):
        demo_engine.tasks.add_column("  ")


def test_bad_values_are_refused_and_nothing_changes(demo_engine: Engine) -> None:
    task_id = _suggestions(demo_engine)[0]
    before = demo_engine.tasks.get(task_id)
    with pytest.raises(ChatTasksError, match="priority"):
        demo_engine.tasks.update(task_id, {"priority": "whenever"})
    with pytest.raises(ChatTasksError, match="cannot change"):
        demo_engine.tasks.update(task_id, {"fingerprint": "x"})
    assert demo_engine.tasks.get(task_id) == before


def test_reschedule_keeps_the_time_of_day(demo_engine: Engine) -> None:
    zone = ZoneInfo("Europe/Lisbon")
    task = demo_engine.tasks.create("Call the plumber", due_at=datetime(2026, 11, 12, 17, 30, tzinfo=zone), due_has_time=True)
    moved = demo_engine.tasks.reschedule(task.id, date(2026, 11, 14), zone)
    assert moved.due_at is not None
    assert moved.due_at.astimezone(zone).replace(tzinfo=None) == datetime(2026, 11, 14, 17, 30)


def test_quick_add_reads_date_time_priority_and_project(demo_engine: Engine) -> None:
    task = demo_engine.tasks.quick_add("Call Ana tomorrow 5pm !high #kitchen")
    zone = ZoneInfo("Europe/Lisbon")
    assert task.title == "Call Ana"
    assert (task.priority, task.project, task.state, task.origin) == ("high", "kitchen", "confirmed", "user")
    assert task.due_at is not None and task.due_has_time
    assert task.due_at.astimezone(zone).replace(tzinfo=None) == datetime(2026, 11, 11, 17, 0)


def test_mode_filter_keeps_only_chats_of_that_mode(demo_engine: Engine) -> None:
    chat = demo_engine.chats.all()[0]
    demo_engine.tasks.create("Buy stamps")
    everything = demo_engine.tasks.count(TaskFilter())
    demo_engine.chats.set_mode(chat.id, "business")
    personal = demo_engine.tasks.count(TaskFilter(mode="personal"))
    assert personal == 1  # only the chat-less task
    assert demo_engine.tasks.count(TaskFilter(mode="business")) == everything


def test_never_suggest_withdraws_pending_suggestions(demo_engine: Engine) -> None:
    chat = demo_engine.chats.all()[0]
    pending = demo_engine.chats.suggestion_counts()[chat.id]
    assert demo_engine.chats.never_suggest(chat.id) == pending
    assert demo_engine.chats.suggestion_counts().get(chat.id, 0) == 0
    assert demo_engine.extract_chat(chat.id).new == 0


def test_reminders_come_once_before_and_once_after_the_due_time(demo_engine: Engine) -> None:
    now = demo_engine.clock.now()
    soon = demo_engine.tasks.create("Soon", due_at=now + timedelta(minutes=30), due_has_time=True)
    demo_engine.tasks.create("Later", due_at=now + timedelta(days=3), due_has_time=True)
    assert [r.task.id for r in demo_engine.tasks.reminders()] == [soon.id]
    demo_engine.tasks.mark_reminded([soon.id])
    assert demo_engine.tasks.reminders() == []
    later = Engine(demo_engine.db, demo_engine.settings, type(demo_engine.clock)(now + timedelta(hours=1)))
    (overdue,) = later.tasks.reminders()
    assert overdue.overdue and overdue.task.id == soon.id
    later.tasks.snooze(soon.id, 30)
    assert later.tasks.reminders() == []


def test_place_orders_tasks_within_and_across_columns(demo_engine: Engine) -> None:
    a, b, c = (demo_engine.tasks.create(name) for name in "abc")
    todo, doing, done = demo_engine.tasks.columns()

    def order(column_id: int, status: str) -> list[str]:
        rows = demo_engine.tasks.query(TaskFilter(state="confirmed", board_column=(column_id, status)), order="board")
        return [r.title for r in rows]

    assert order(todo.id, "open") == ["a", "b", "c"]
    demo_engine.tasks.place([c.id], todo.id, a.id)
    assert order(todo.id, "open") == ["c", "a", "b"]
    demo_engine.tasks.place([a.id, b.id], done.id, None)
    assert order(todo.id, "open") == ["c"]
    assert order(done.id, "done") == ["a", "b"]
    assert demo_engine.tasks.get(a.id).status == "done"
    demo_engine.tasks.place([c.id], done.id, b.id)
    assert order(done.id, "done") == ["a", "c", "b"]


def test_a_date_only_task_is_reminded_in_the_morning_and_overdue_after_its_day(demo_engine: Engine) -> None:
    from engine.core.clock import FixedClock

    zone = ZoneInfo("Europe/Lisbon")
    demo_engine.settings.morning_time = "09:00"
    task = demo_engine.tasks.create("Pay the tiles", due_at=datetime(2026, 11, 12, 0, 0, tzinfo=zone))

    def at(hour: int, day: int = 12) -> Engine:
        return Engine(demo_engine.db, demo_engine.settings, FixedClock(datetime(2026, 11, day, hour, 0, tzinfo=zone)))

    assert at(7).tasks.reminders(timedelta(hours=1)) == []  # before the morning of its day
    (soon,) = at(8, 12).tasks.reminders(timedelta(hours=1))
    assert soon.task.id == task.id and not soon.overdue
    at(8).tasks.mark_reminded([task.id])
    assert at(23).tasks.reminders(timedelta(hours=1)) == []  # still its day: not overdue yet
    (late,) = at(1, 13).tasks.reminders(timedelta(hours=1))
    assert late.overdue
