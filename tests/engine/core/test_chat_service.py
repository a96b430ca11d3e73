"""Chat reading: pages, context around a message, positions, task highlights."""

from __future__ import annotations

from engine.core.engine import Engine
from engine.store.tasks import TaskFilter


def test_pages_cover_the_chat_in_order(demo_engine: Engine) -> None:
    chat = demo_engine.chats.all()[0]
    total = demo_engine.chats.count_messages(chat.id)
    pages = [demo_engine.chats.messages(chat.id, offset, 7) for offset in range(0, total, 7)]
    rows = [row for page in pages for row in page]
    assert len(rows) == total
    assert [r.sent_at for r in rows] == sorted(r.sent_at for r in rows)


def test_context_and_position_agree_with_the_pages(demo_engine: Engine) -> None:
    chat = demo_engine.chats.all()[0]
    rows = demo_engine.chats.messages(chat.id, 0, 1000)
    middle = rows[10]
    context = demo_engine.chats.context(middle.id, before=2, after=3)
    assert [r.id for r in context] == [r.id for r in rows[8:14]]
    assert demo_engine.chats.position(middle.id) == 10
    assert demo_engine.chats.context(10**9) == []


def test_task_highlights_point_at_source_messages(demo_engine: Engine) -> None:
    chat = demo_engine.chats.all()[0]
    links = demo_engine.chats.task_message_ids(chat.id)
    tasks = {t.id for t in demo_engine.tasks.query(TaskFilter(chat_ids=(chat.id,)))}
    assert links and set(links.values()) <= tasks
    texts = {r.id: r.text for r in demo_engine.chats.messages(chat.id, 0, 1000)}
    assert any("quote" in texts[m] for m in links)
