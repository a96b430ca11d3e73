"""Inbox: the source in context, keyboard confirm/reject, inline edits, bulk, undo, never-suggest."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from app.views.inbox.page import InboxPage
from engine.store.tasks import TaskFilter


def _page(context, qtbot, run) -> InboxPage:  # type: ignore[no-untyped-def]
    page = InboxPage(context)
    qtbot.addWidget(page)
    page.show()
    run(page.model.reload())
    return page


def _state(context, task_id: int) -> str:  # type: ignore[no-untyped-def]
    return context.engine.tasks.get(task_id).state


def test_selected_suggestion_shows_its_message_in_context(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _page(context, qtbot, run)
    settle()
    task = page.selected_tasks()[0]
    assert page.title.text() == task.title
    html = page.source.toHtml()
    detail = context.engine.tasks.detail(task.id)
    author = detail.sources[0].message.author
    assert author in html and "font-weight" in html


def test_enter_confirms_with_edits_and_undo_restores(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _page(context, qtbot, run)
    settle()
    task = page.selected_tasks()[0]
    page.title.setText("Edited title")
    page.assignee.setText("Rui")
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    settle()
    stored = context.engine.tasks.get(task.id)
    assert (stored.state, stored.title, stored.assignee) == ("confirmed", "Edited title", "Rui")
    assert page.model.row_of(task.id) == -1
    context.undo.undo()
    settle()
    stored = context.engine.tasks.get(task.id)
    assert (stored.state, stored.title, stored.assignee) == ("suggested", task.title, task.assignee)


def test_delete_rejects_every_selected_task(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _page(context, qtbot, run)
    settle()
    selection = page.list.selectionModel()
    for row in (0, 1):
        selection.select(page.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    ids = [t.id for t in page.selected_tasks()]
    assert len(ids) == 2
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    settle()
    assert [_state(context, i) for i in ids] == ["rejected", "rejected"]
    run(page.model.reload())
    assert all(page.model.row_of(i) == -1 for i in ids)


def test_an_unreadable_due_date_is_reported_and_nothing_changes(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _page(context, qtbot, run)
    settle()
    task = page.selected_tasks()[0]
    page.due.setText("qwzx blorp")
    run(page.confirm_selected())
    assert "qwzx blorp" in page.error.text()
    assert _state(context, task.id) == "suggested"


def test_never_suggest_from_a_chat_empties_the_inbox_and_undo_brings_it_back(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _page(context, qtbot, run)
    settle()
    before = context.engine.tasks.count(TaskFilter(state="suggested"))
    run(page.never_from_chat())
    settle()
    assert context.engine.tasks.count(TaskFilter(state="suggested")) == 0
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    context.undo.undo()
    settle()
    assert context.engine.tasks.count(TaskFilter(state="suggested")) == before


def test_mode_switch_filters_the_inbox(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _page(context, qtbot, run)
    settle()
    assert page.model.rowCount() > 0
    context.set_mode("business")  # the demo chat is personal
    settle()
    assert page.model.rowCount() == 0
    context.set_mode("personal")
    settle()
    assert page.model.rowCount() > 0
