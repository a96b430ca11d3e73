"""Extracted tasks stored as suggestions: idempotent, with provenance, user decisions kept."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from engine.core.clock import FixedClock
from engine.core.engine import Engine
from engine.core.settings import Settings

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo" / "WhatsApp Chat with Casa & Obra.txt"


def _engine(tmp_path: Path) -> Engine:
    settings = Settings(timezone="Europe/Lisbon", languages=["en", "pt"])
    clock = FixedClock(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
    return Engine.open(f"sqlite:///{tmp_path / 'db.sqlite'}", settings=settings, clock=clock)


def _rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.db.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def test_import_suggests_tasks_once_with_provenance(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    first = engine.import_export(DEMO)
    assert first.new_tasks >= 4
    again = engine.import_export(DEMO)
    assert again.new_tasks == 0
    tasks = _rows(engine, "SELECT id, title, state, fingerprint FROM tasks")
    assert len(tasks) == first.new_tasks
    assert all(state == "suggested" for _, _, state, _ in tasks)
    sources = _rows(engine, "SELECT task_id, m.text FROM task_messages JOIN messages m ON m.id = message_id WHERE role = 'source'")
    assert {task_id for task_id, _ in sources} == {task_id for task_id, *_ in tasks}
    quote = next(text for _, text in sources if "quote for the bathroom tiles" in str(text))
    assert quote.startswith("Carlos, can you send me")
    events = _rows(engine, "SELECT task_id, actor, at FROM task_events")
    assert len(events) == len(tasks)
    assert all(actor == "engine" and at == "2026-11-20 12:00:00" for _, actor, at in events)
    engine.close()


def test_user_decisions_are_never_overwritten(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    engine.import_export(DEMO)
    tasks = _rows(engine, "SELECT id, title FROM tasks ORDER BY id")
    confirmed, rejected = tasks[0][0], tasks[1][0]
    with engine.db.begin() as conn:
        conn.exec_driver_sql("UPDATE tasks SET state = 'confirmed', title = 'My own title' WHERE id = ?", (confirmed,))
        conn.exec_driver_sql("UPDATE tasks SET state = 'rejected' WHERE id = ?", (rejected,))
    chat_id = _rows(engine, "SELECT id FROM chats")[0][0]
    summary = engine.extract_chat(int(str(chat_id)))
    assert summary.new == 0 and summary.kept_by_user == 2
    after = dict(_rows(engine, "SELECT id, title FROM tasks"))
    assert after[confirmed] == "My own title"
    assert _rows(engine, f"SELECT state FROM tasks WHERE id = {rejected}") == [("rejected",)]
    assert len(after) == len(tasks)
    engine.close()
