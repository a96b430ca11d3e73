"""The analytics service over the demo chat: figures agree with the task service's own reads."""

from __future__ import annotations

from collections import Counter

from engine.core.analytics_service import AnalyticsService
from engine.core.engine import Engine
from engine.store.tasks import TaskFilter


def _service(engine: Engine) -> AnalyticsService:
    return AnalyticsService(engine.db, engine.settings, engine.clock)


def test_only_confirmed_tasks_count(demo_engine: Engine) -> None:
    service = _service(demo_engine)
    assert service.summary().open_total == 0
    ids = [t.id for t in demo_engine.tasks.query(TaskFilter(state="suggested"))]
    demo_engine.tasks.confirm(ids)
    summary = service.summary()
    open_tasks = demo_engine.tasks.query(TaskFilter(state="confirmed", status="open"))
    assert summary.open_total == len(open_tasks) > 0
    people = Counter(t.assignee for t in open_tasks)
    assert {s.label: s.count for s in service.open_by("assignee")} == dict(people)
    assert sum(w.created for w in service.weekly(weeks=4)) == len(ids)
    done = demo_engine.tasks.count(TaskFilter(state="confirmed", status="done"))
    assert sum(w.completed for w in service.weekly(weeks=4)) == done


def test_overdue_and_mode_follow_the_clock_and_the_chats(demo_engine: Engine) -> None:
    service = _service(demo_engine)
    demo_engine.tasks.confirm([t.id for t in demo_engine.tasks.query(TaskFilter(state="suggested"))])
    now = demo_engine.clock.now()
    expected = [
        t for t in demo_engine.tasks.query(TaskFilter(state="confirmed", status="open", due_to=now))
    ]
    assert service.overdue() == len(expected) > 0
    chat = demo_engine.chats.all()[0]
    demo_engine.chats.set_mode(chat.id, "business")
    assert service.overdue("personal") == 0
    assert service.overdue("business") == len(expected)
