"""Main window: pages and shortcuts, file drops import through the job thread, cancel keeps data."""

from __future__ import annotations

from pathlib import Path

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
    assert list(window.pages) == ["inbox", "board", "calendar", "chats", "analytics", "integrations"]
    for number, key in enumerate(window.pages, start=1):
        action = window.page_actions[key]
        assert action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()
        assert window.stack.currentWidget() is window.pages[key]
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
    generate_export(path, 12_000, style="android", seed=3)
    window = _window(context, qtbot)
    window.import_job.sig_stored.connect(lambda count: window.import_job.cancel())
    outcome = run(window.import_file(str(path)))
    assert isinstance(outcome, ImportCancelledError)
    assert "cancelled" in window.statusBar().currentMessage()
    chat = next(c for c in context.engine.chats.all() if c.name == "Big")
    assert 0 < context.engine.chats.count_messages(chat.id) < 12_000
    window.import_job.sig_stored.disconnect()
    outcome = run(window.import_file(str(path)))
    assert isinstance(outcome, ImportResult) and outcome.messages == 12_000
    assert context.engine.chats.count_messages(chat.id) == 12_000
