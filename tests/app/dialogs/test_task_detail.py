"""Task detail dialog: sources with a jump to the chat, history, sync links, undoable edits."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from app.dialogs.task_detail import TaskDetailDialog
from engine.store.tasks import TaskFilter


def _dialog(context, qtbot, links=None) -> TaskDetailDialog:  # type: ignore[no-untyped-def]
    task = context.engine.tasks.query(TaskFilter(state="suggested"))[0]
    dialog = TaskDetailDialog(context, context.engine.tasks.detail(task.id), links=links)
    qtbot.addWidget(dialog)
    return dialog


def test_sources_history_and_jump_to_the_chat(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(context, qtbot)
    source = dialog.detail.sources[0].message
    assert source.author in dialog.sources.toPlainText()
    assert "suggested" in dialog.history.toPlainText()
    with qtbot.waitSignal(context.sig_open_message) as jumped:
        dialog._open_link(QUrl(f"message:{source.id}"))
    assert jumped.args == [source.id]


def test_saving_is_one_undoable_change(context, qtbot, settle) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(context, qtbot)
    task = dialog.detail.task
    dialog.title.setText("Bring the tile samples")
    status = "cancelled" if task.status != "cancelled" else "open"
    dialog.status.setCurrentIndex(dialog.status.findData(status))
    assert dialog.changes() == {"title": "Bring the tile samples", "status": status}
    dialog.save()
    settle()
    stored = context.engine.tasks.get(task.id)
    assert (stored.title, stored.status) == ("Bring the tile samples", status)
    context.undo.undo()
    settle()
    stored = context.engine.tasks.get(task.id)
    assert (stored.title, stored.status) == (task.title, task.status)


def test_sync_links_are_listed_with_their_state(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from engine.sync.store import TaskLink

    links = [
        TaskLink(1, 1, "Trello board", "trello", "https://trello.example/c/1", True),
        TaskLink(1, 2, "Family calendar", "caldav", None, False),
    ]
    dialog = _dialog(context, qtbot, links)
    text = dialog.sources.toPlainText()
    assert "Trello board (synced)" in text and "Family calendar (waiting to sync)" in text
    assert 'href="https://trello.example/c/1"' in dialog.sources.toHtml()
