"""The chats page: list, lazy message view, task highlights, jumps, and per-chat choices."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.models.messages import MessageRole, TaskIdRole
from app.views.chats.page import ChatsPage
from engine.ingest.model import ParsedMessage
from engine.store import import_messages

BIG = 100_000


@pytest.fixture
def page(context: AppContext, qtbot: Any, run: Any, settle: Callable[[], None]) -> ChatsPage:
    widget = ChatsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    run(widget.load())
    settle()
    return widget


def highlighted_rows(page: ChatsPage) -> list[int]:
    model = page.message_model
    return [
        row
        for row in range(model.rowCount())
        if model.data(model.index(row), TaskIdRole) is not None
    ]


def test_opens_the_demo_chat_at_its_newest_message(page: ChatsPage, context: AppContext) -> None:
    chat = context.engine.chats.all()[0]
    assert page.current_chat() == chat
    assert page.message_model.rowCount() == chat.message_count
    assert page.messages.currentIndex().row() == chat.message_count - 1
    assert highlighted_rows(page)


def test_clicking_a_highlighted_message_opens_its_task(
    page: ChatsPage, context: AppContext, qtbot: Any
) -> None:
    row = highlighted_rows(page)[0]
    index = page.message_model.index(row)
    expected = context.engine.chats.task_message_ids(page.current_chat().id)[
        index.data(MessageRole).id
    ]
    page.messages.scrollTo(index)
    with qtbot.waitSignal(context.sig_open_task, timeout=1000) as opened:
        qtbot.mouseClick(
            page.messages.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.messages.visualRect(index).center(),
        )
    assert opened.args == [expected]


def test_enter_opens_the_task_and_plain_messages_open_nothing(
    page: ChatsPage, context: AppContext, qtbot: Any
) -> None:
    rows = highlighted_rows(page)
    plain = next(row for row in range(page.message_model.rowCount()) if row not in rows)
    opened: list[int] = []
    context.sig_open_task.connect(opened.append)
    page.messages.setFocus()
    page.messages.setCurrentIndex(page.message_model.index(plain))
    qtbot.keyClick(page.messages, Qt.Key.Key_Return)
    assert opened == []
    page.messages.setCurrentIndex(page.message_model.index(rows[-1]))
    qtbot.keyClick(page.messages, Qt.Key.Key_Return)
    assert opened == [page.message_model.data(page.message_model.index(rows[-1]), TaskIdRole)]


def test_sig_open_message_scrolls_to_the_message(
    page: ChatsPage, context: AppContext, settle: Callable[[], None]
) -> None:
    chat_id = page.current_chat().id
    target = context.engine.chats.messages(chat_id, 5, 1)[0]
    context.sig_open_message.emit(target.id)
    settle()
    current = page.messages.currentIndex()
    assert current.row() == 5
    assert current.data(MessageRole).id == target.id
    assert page.messages.viewport().rect().intersects(page.messages.visualRect(current))


def test_mode_and_never_suggest_shortcuts_change_the_chat(
    page: ChatsPage, context: AppContext, qtbot: Any, settle: Callable[[], None]
) -> None:
    chat_id = page.current_chat().id
    page.chat_list.setFocus()
    qtbot.keyClick(
        page.chat_list,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle()
    assert context.engine.chats.get(chat_id).mode == "business"
    context.set_mode("personal")
    settle()
    assert page.chat_model.rowCount() == 0
    assert page.message_model.rowCount() == 0 and page.empty.isVisibleTo(page)
    context.set_mode("business")
    settle()
    assert page.current_chat().id == chat_id
    page.chat_list.setFocus()
    assert context.engine.chats.suggestion_counts().get(chat_id)
    qtbot.keyClick(
        page.chat_list,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle()
    assert context.engine.chats.get(chat_id).never_suggest
    assert not context.engine.chats.suggestion_counts().get(chat_id)
    assert page.never_action.isChecked()
    context.undo.undo()
    settle()
    assert not context.engine.chats.get(chat_id).never_suggest
    assert context.engine.chats.suggestion_counts().get(chat_id)


def test_a_100k_message_chat_opens_fast_with_a_page_or_two_and_scrolls(
    page: ChatsPage, context: AppContext, run: Any, settle: Callable[[], None], qapp: QApplication
) -> None:
    start = datetime(2024, 1, 1, 8, 0)
    messages = (
        ParsedMessage(n + 1, start + timedelta(seconds=30 * n), f"P{n % 4}", f"line {n}")
        for n in range(BIG)
    )
    chat_id = import_messages(
        context.engine.db,
        chat_key="big",
        chat_name="Big",
        timezone="UTC",
        messages=messages,
        source_path="generated",
    ).chat_id
    run(page.load())
    started = time.perf_counter()
    run(page.show_chat(chat_id))
    qapp.processEvents()
    opened = time.perf_counter() - started
    assert page.message_model.rowCount() == BIG
    assert len(page.message_model.loaded_pages()) <= 2
    assert opened < 1.0  # generous on a shared machine; the benchmark asks for < 300 ms
    bar = page.messages.verticalScrollBar()
    for value in (bar.maximum() // 2, bar.maximum() // 3, 0):
        bar.setValue(value)
        qapp.processEvents()
        settle()
        top = page.messages.indexAt(
            page.messages.viewport().rect().topLeft() + page.messages.rect().topLeft()
        )
        assert top.data(MessageRole) is not None
    assert 3 <= len(page.message_model.loaded_pages()) <= 8
