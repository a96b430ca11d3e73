"""The chat list model: every chat with its pending count, narrowed by mode."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.context import AppContext
from app.models.chats import ChatListModel, ChatRole, CountRole


def test_lists_the_demo_chat_with_its_pending_suggestions(
    context: AppContext, run: Any, qtmodeltester: Any
) -> None:
    model = ChatListModel(context.runner, context.engine)
    run(model.reload())
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    chat = model.data(model.index(0), ChatRole)
    assert chat.name == "Casa & Obra"
    pending = context.engine.chats.suggestion_counts()[chat.id]
    assert pending > 0
    assert model.data(model.index(0), CountRole) == pending
    assert str(pending) in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)


def test_personal_and_business_show_their_chats_and_hybrid_ones(
    context: AppContext, run: Any
) -> None:
    engine = context.engine
    chat_id = engine.chats.all()[0].id
    model = ChatListModel(context.runner, engine)
    engine.chats.set_mode(chat_id, "business")
    run(model.reload("personal"))
    assert model.rowCount() == 0
    run(model.reload("business"))
    assert model.row_of(chat_id) == 0
    engine.chats.set_mode(chat_id, "hybrid")
    run(model.reload("personal"))
    assert model.rowCount() == 1
    run(model.reload("hybrid"))
    assert model.rowCount() == 1
