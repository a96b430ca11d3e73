"""Analytics aggregates over a real SQLite store: weekly flow, open tasks per group, overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from engine.core.errors import ChatTasksError
from engine.store import Database
from engine.store.analytics import Share, analytics, open_by, overdue_count, weekly_counts
from engine.store.chats import set_chat_mode
from engine.store.tasks import create_task, set_state, update_task

NEW_YORK = ZoneInfo("America/New_York")
UTC_ZONE = ZoneInfo("UTC")
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # Wednesday; week starts Monday 16 Nov
CREATED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

Make = Callable[..., int]


@pytest.fixture
def chats(db: Database, import_into: Any, make_message: Any) -> dict[str, int]:
    """Three chats with one message each: personal, business, hybrid."""
    ids = {}
    for line, mode in enumerate(("personal", "business", "hybrid"), start=1):
        summary = import_into(
            [make_message(line, when="2026-11-09 10:00", text=f"msg {mode}")],
            chat_key=mode, chat_name=mode.title(),
        )  # fmt: skip
        set_chat_mode(db, summary.chat_id, mode)
        ids[mode] = summary.chat_id
    return ids


@pytest.fixture
def make(db: Database) -> Make:
    """Factory: make(title, now=CREATED, **fields) -> id of a confirmed task."""

    def run(title: str, now: datetime = CREATED, **fields: Any) -> int:
        return create_task(db, title=title, now=now, **fields).id

    return run


def _link_source(db: Database, task_id: int, chat_id: int) -> datetime:
    with db.begin() as conn:
        message_id, sent = conn.exec_driver_sql(
            "SELECT id, sent_at FROM messages WHERE chat_id = ?", (chat_id,)
        ).one()
        conn.exec_driver_sql(
            "INSERT INTO task_messages (task_id, message_id, role) VALUES (?, ?, 'source')",
            (task_id, message_id),
        )
    return datetime.fromisoformat(sent).replace(tzinfo=UTC)


def test_weekly_counts_bucket_created_and_completed_by_local_week(db: Database, make: Make) -> None:
    # Monday 16 Nov 02:00 UTC is still Sunday 15 Nov in New York: the previous week.
    sunday_night = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)
    make("late sunday", now=sunday_night)
    make("this week", now=datetime(2026, 11, 17, 12, 0, tzinfo=UTC))
    done = make("done this week", now=datetime(2026, 11, 3, 12, 0, tzinfo=UTC))
    update_task(db, done, {"status": "done"}, actor="user", now=datetime(2026, 11, 17, 9, 0, tzinfo=UTC))
    make("too old", now=datetime(2026, 10, 1, tzinfo=UTC))

    weeks = weekly_counts(db, mode=None, now=NOW, zone=NEW_YORK, weeks=3)

    assert [w.week_start for w in weeks] == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    assert [w.created for w in weeks] == [1, 1, 1]
    assert [w.completed for w in weeks] == [0, 0, 1]
    assert weekly_counts(db, mode=None, now=NOW, zone=UTC_ZONE, weeks=1)[0].created == 2


def test_created_is_the_source_message_time_and_suggestions_do_not_count(
    db: Database, make: Make, chats: dict[str, int]
) -> None:
    task = make("from a chat", now=NOW, chat_id=chats["personal"])
    sent = _link_source(db, task, chats["personal"])
    suggestion = make("still a suggestion", now=NOW)
    set_state(db, [suggestion], "suggested", actor="engine", now=NOW)

    weeks = weekly_counts(db, mode=None, now=NOW, zone=UTC_ZONE, weeks=2)

    assert sent.date() == date(2026, 11, 9)
    assert [(w.week_start, w.created) for w in weeks] == [(date(2026, 11, 9), 1), (date(2026, 11, 16), 0)]


def test_open_by_groups_and_respects_the_mode(db: Database, make: Make, chats: dict[str, int]) -> None:
    make("a", chat_id=chats["personal"], assignee="Ana", category="home")
    make("b", chat_id=chats["personal"], assignee="Ana", category="home")
    make("c", chat_id=chats["business"], assignee="Rui", category="work")
    make("d", chat_id=chats["hybrid"], assignee=None, category="home")
    make("e", assignee="Rui")  # no chat: belongs to every mode
    make("f", chat_id=chats["business"], assignee="Rui", status="done")

    assert open_by(db, "assignee", mode=None) == [Share("Ana", 2), Share("Rui", 2), Share(None, 1)]
    assert open_by(db, "category", mode=None) == [Share("home", 3), Share("work", 1), Share(None, 1)]
    assert open_by(db, "chat", mode="hybrid") == [
        Share("Personal", 2), Share("Business", 1), Share("Hybrid", 1), Share(None, 1)
    ]  # fmt: skip
    assert open_by(db, "assignee", mode="personal") == [Share("Ana", 2), Share("Rui", 1), Share(None, 1)]
    assert open_by(db, "chat", mode="business") == [Share("Business", 1), Share("Hybrid", 1), Share(None, 1)]


def test_overdue_counts_timed_instants_and_whole_days(db: Database, make: Make) -> None:
    lisbon = ZoneInfo("Europe/Lisbon")
    today = datetime(2026, 11, 18, 0, 0, tzinfo=lisbon)
    make("timed past", due_at=NOW - timedelta(minutes=1), due_has_time=True)
    make("timed future", due_at=NOW + timedelta(minutes=1), due_has_time=True)
    make("all day today", due_at=today)
    make("all day yesterday", due_at=today - timedelta(days=1))
    make("done past", due_at=NOW - timedelta(days=3), due_has_time=True, status="done")
    make("no due")

    assert overdue_count(db, mode=None, now=NOW) == 2
    assert overdue_count(db, mode=None, now=today + timedelta(days=1)) == 4


def test_analytics_bundles_every_figure(db: Database, make: Make, chats: dict[str, int]) -> None:
    make("a", now=NOW, chat_id=chats["business"], assignee="Rui", due_at=NOW - timedelta(hours=1), due_has_time=True)
    make("b", now=NOW, chat_id=chats["personal"])

    result = analytics(db, mode="business", now=NOW, zone=UTC_ZONE, weeks=4)

    assert len(result.weeks) == 4 and result.weeks[-1].created == 1
    assert result.by_assignee == (Share("Rui", 1),)
    assert result.by_chat == (Share("Business", 1),)
    assert (result.open_total, result.overdue) == (1, 1)


def test_bad_arguments_are_refused(db: Database) -> None:
    with pytest.raises(ChatTasksError, match="mode"):
        overdue_count(db, mode="work", now=NOW)
    with pytest.raises(ChatTasksError, match="weeks"):
        weekly_counts(db, mode=None, now=NOW, zone=UTC_ZONE, weeks=0)
    with pytest.raises(ChatTasksError, match="group"):
        open_by(db, "priority", mode=None)  # type: ignore[arg-type]
