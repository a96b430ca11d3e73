"""Task history: each engine event becomes one sentence built from its fields, in the GUI."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import engine as engine_package
from app.dialogs.history import change_text, history_line, reasons
from engine.core.engine import Engine
from engine.store.rows import TaskEventRow
from engine.store.tasks import TaskFilter

ZONE = ZoneInfo("Europe/Lisbon")
AT = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


def _event(field: str | None, old: str | None, new: str | None, note: str | None) -> TaskEventRow:
    return TaskEventRow(1, AT, "live", field, old, new, note)


def test_user_changes_read_as_field_old_and_new_value(engine: Engine) -> None:
    task = engine.tasks.query(TaskFilter(state="suggested"))[0]
    assert (task.priority, task.due_has_time) == ("normal", True)
    engine.tasks.update(task.id, {"priority": "high", "title": "Tiles", "due_has_time": False,
                                  "due_at": datetime(2026, 11, 12, 17, 0, tzinfo=UTC)})  # fmt: skip
    engine.tasks.confirm([task.id])
    lines = [change_text(event, ZONE) for event in engine.tasks.detail(task.id).events]
    assert lines[0].startswith("suggested the task (") and lines[0].endswith("%)")
    assert "priority: Normal → High" in lines
    assert f"title: {task.title} → Tiles" in lines
    assert "due time: yes → no" in lines
    assert "due: " + task.due_at.astimezone(ZONE).strftime("%d %b %Y %H:%M") + (
        " → 12 Nov 2026 17:00") in lines  # fmt: skip
    assert "review: Suggested → Confirmed" in lines
    html = history_line(engine.tasks.detail(task.id).events[1], ZONE)
    assert html == "<small>10 Nov 09:00</small> You: priority: Normal → High"


def test_engine_notes_become_reasons(engine: Engine) -> None:
    created = engine.tasks.create("Call the <plumber>")
    (event,) = engine.tasks.detail(created.id).events
    assert history_line(event, ZONE) == "<small>10 Nov 09:00</small> You: created the task"
    suggested = engine.tasks.query(TaskFilter(state="suggested"))[0]
    engine.chats.never_suggest(suggested.chat_id)
    last = engine.tasks.detail(suggested.id).events[-1]
    assert change_text(last, ZONE) == (
        "review: Suggested → Rejected (the chat was set to never suggest)"
    )


def test_live_and_sync_events_and_unknown_notes() -> None:
    edited = _event("message", "pay <b>Ana</b>", "pay Ana today",
                    "the source message was edited in WhatsApp (was: 'pay <b>Ana</b>')")  # fmt: skip
    assert change_text(edited, ZONE) == (
        "the source message was edited in WhatsApp (was: pay <b>Ana</b>)"
    )
    assert "&lt;b&gt;Ana" in history_line(edited, ZONE)  # message text is escaped
    deleted = _event(
        "message", "pay Ana", None, "the source message was deleted in WhatsApp; this task is kept"
    )
    assert change_text(deleted, ZONE) == (
        "the source message was deleted in WhatsApp; this task is kept"
    )
    remote = TaskEventRow(1, AT, "sync:trello", "status", "open", "done", "changed remotely")
    assert history_line(remote, ZONE).endswith(
        "Sync (trello): status: Open → Done (changed in the connected tool)"
    )
    assert change_text(_event(None, None, None, "a note from a newer engine"), ZONE) == (
        "a note from a newer engine"
    )
    assert change_text(_event("snoozed_until", None, "2026-11-11 08:30:00", None), ZONE) == (
        "snoozed until: (none) → 11 Nov 2026 08:30"
    )


def test_the_notes_the_gui_knows_are_the_engines() -> None:
    """A reworded engine note would fall back to English; this keeps the two in step."""
    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in Path(engine_package.__file__).parent.rglob("*.py")
    )
    for note in reasons():
        assert f'"{note}"' in source or f"'{note}'" in source, note
    assert 'f"suggested ({task.kind}, confidence {task.confidence})"' in source
