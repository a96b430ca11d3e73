"""Main window: pages and shortcuts, file drops import through the job thread, cancel keeps data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.dialogs.import_job import ImportCancelledError
from app.main import page_factories
from app.views.main_window import MainWindow
from benchmarks.generate_export import generate_export
from engine.core.engine import ImportResult


def _window(context, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context, page_factories())
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_page_has_a_shortcut_and_an_accessible_name(context, qtbot, settle) -> None:  # type: ignore[no-untyped-def]
    window = _window(context, qtbot)
    assert list(window.pages) == ["inbox", "board", "calendar", "chats", "analytics", "integrations", "live"]
    for number, key in enumerate(window.pages, start=1):
        action = window.page_actions[key]
        assert action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()
        assert window.stack.currentWidget() is window.pages[key]
        assert window.pages[key].objectName() and window.pages[key].accessibleName()
        settle()
    for action in window.actions():
        assert action.text() and not action.shortcut().isEmpty()


def test_dropping_an_export_imports_it(context, qtbot, settle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "WhatsApp Chat with Dropped.txt"
    path.write_text("12/11/2026, 10:00 - Ana: can you send me the invoice tomorrow?\n12/11/2026, 10:01 - Rui: sure\n", encoding="utf-8")
    window = _window(context, qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_job.sig_finished, timeout=60_000) as finished:
        window.dropEvent(event)
    settle()
    result = finished.args[0]
    assert isinstance(result, ImportResult) and result.messages == 2
    assert "Dropped" in [chat.name for chat in context.engine.chats.all()]
    assert "Imported Dropped" in window.statusBar().currentMessage()


def test_cancelled_import_keeps_what_was_stored_and_resumes(context, qtbot, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "WhatsApp Chat with Big.txt"
    generate_export(path, 60_000, style="android", seed=3)  # 12 batches: the cancel, sent after the first, lands well before the end
    window = _window(context, qtbot)
    window.import_job.sig_stored.connect(lambda count: window.import_job.cancel())
    outcome = run(window.import_file(str(path)))
    assert isinstance(outcome, ImportCancelledError)
    assert "cancelled" in window.statusBar().currentMessage()
    chat = next(c for c in context.engine.chats.all() if c.name == "Big")
    assert 0 < context.engine.chats.count_messages(chat.id) < 60_000
    window.import_job.sig_stored.disconnect()
    outcome = run(window.import_file(str(path)))
    assert isinstance(outcome, ImportResult) and outcome.messages == 60_000
    assert context.engine.chats.count_messages(chat.id) == 60_000


def test_only_the_first_page_is_built_until_another_is_shown(context, qtbot, settle) -> None:  # type: ignore[no-untyped-def]
    window = _window(context, qtbot)
    assert window.pages.built() == ["inbox"]
    assert window.stack.count() == 1 and window.stack.currentWidget() is window.pages["inbox"]
    assert "board" in window.pages and "nothing" not in window.pages and len(window.pages) == 7
    assert window.pages.built() == ["inbox"]  # asking what exists builds nothing
    window.page_actions["calendar"].trigger()
    settle()
    assert window.pages.built() == ["inbox", "calendar"]
    calendar = window.pages["calendar"]
    assert window.stack.currentWidget() is calendar and calendar.objectName() == "calendar"
    window.show_page("inbox")
    window.show_page("calendar")
    settle()
    assert window.pages["calendar"] is calendar and window.stack.count() == 2
    with pytest.raises(KeyError):
        window.pages["nothing"]


def test_opening_a_message_builds_the_chats_page_and_jumps_to_it(context, qtbot, settle) -> None:  # type: ignore[no-untyped-def]
    window = _window(context, qtbot)
    settle()
    (chat,) = context.engine.chats.all()
    first = context.engine.chats.messages(chat.id, 0, 1)[0]  # not the newest, shown by default
    assert not window.pages.is_built("chats")
    context.sig_open_message.emit(first.id)
    settle()
    chats = window.pages["chats"]
    assert window.stack.currentWidget() is chats
    row = chats.messages.currentIndex().row()
    assert row == context.engine.chats.position(first.id)
    assert chats.message_model.message(row).id == first.id
    count = context.engine.chats.count_messages(chat.id)
    last = context.engine.chats.messages(chat.id, count - 1, 1)[0]
    window.show_page("inbox")
    context.sig_open_message.emit(last.id)  # built now: its own slot gets the signal
    settle()
    assert window.stack.currentWidget() is chats
    assert chats.message_model.message(chats.messages.currentIndex().row()).id == last.id


def test_the_inbox_pane_clears_when_a_reload_empties_the_inbox(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    window = _window(context, qtbot)
    inbox = window.pages["inbox"]
    run(inbox.model.reload())  # as Application.start does
    settle()
    assert inbox.model.rowCount() > 0 and inbox.title.text()
    assert inbox.source.toPlainText() and inbox.detail.isEnabled()
    window.mode.setCurrentIndex(window.mode.findData("business"))  # the demo chat is personal
    settle()
    assert inbox.model.rowCount() == 0 and inbox.empty.isVisible()
    assert (inbox.title.text(), inbox.assignee.text(), inbox.due.text()) == ("", "", "")
    assert inbox.source.toPlainText() == "" and inbox.meta.text() == ""
    assert not inbox.detail.isEnabled()
    qtbot.keyClick(inbox.list, Qt.Key.Key_Return)  # nothing to confirm, nothing changes
    settle()
    window.mode.setCurrentIndex(window.mode.findData("personal"))
    settle()
    task = inbox.selected_tasks()[0]
    assert inbox.title.text() == task.title and inbox.detail.isEnabled()
    assert task.state == "suggested"


def test_opening_a_task_shows_its_detail_dialog(context, qtbot, settle) -> None:  # type: ignore[no-untyped-def]
    from app.dialogs.task_detail import TaskDetailDialog
    from engine.store.tasks import TaskFilter

    window = _window(context, qtbot)
    (task,) = context.engine.tasks.query(TaskFilter(state="suggested"), offset=0, limit=1)
    context.sig_open_task.emit(task.id)
    settle()
    dialog = window.findChild(TaskDetailDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.pages.built() == ["inbox"]
