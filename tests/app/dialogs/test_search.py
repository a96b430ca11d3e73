"""Search everywhere: results as you type from messages and tasks; Enter opens the chosen one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from app.context import AppContext
from app.dialogs.search import ResultRole, SearchDialog


def type_and_wait(dialog: SearchDialog, text: str, qtbot: Any, settle: Callable[[], None]) -> None:
    qtbot.keyClicks(dialog.field, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=3000)
    settle()


def test_finds_a_demo_message_and_enter_jumps_to_it(
    context: AppContext, qtbot: Any, settle: Callable[[], None], qtmodeltester: Any
) -> None:
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_and_wait(dialog, "dentist", qtbot, settle)
    qtmodeltester.check(dialog.model)
    results = [
        dialog.model.data(dialog.model.index(row), ResultRole)
        for row in range(dialog.model.rowCount())
    ]
    messages = [r for r in results if r.kind == "message"]
    assert messages and "<b>Dentist</b>" in messages[0].detail
    hit = context.engine.chats.search("dentist")[0]
    target = next(
        row for row, r in enumerate(results) if r.kind == "message" and r.id == hit.message_id
    )
    for _ in range(target):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(context.sig_open_message, timeout=1000) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == [hit.message_id]
    assert not dialog.isVisible()


def test_finds_a_demo_task_and_enter_opens_it(
    context: AppContext, qtbot: Any, settle: Callable[[], None]
) -> None:
    task = context.engine.tasks.query(context.task_filter(state="suggested"), limit=1)[0]
    word = max(task.title.split(), key=len)
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_and_wait(dialog, word, qtbot, settle)
    first = dialog.model.data(dialog.model.index(0), ResultRole)
    assert first.kind == "task"
    tasks = [
        dialog.model.data(dialog.model.index(r), ResultRole) for r in range(dialog.model.rowCount())
    ]
    row = next(
        r for r, result in enumerate(tasks) if result.kind == "task" and result.id == task.id
    )
    for _ in range(row):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(context.sig_open_task, timeout=1000) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Enter)
    assert opened.args == [task.id]


def test_a_newer_search_wins_and_enter_before_results_waits_for_them(
    context: AppContext, qtbot: Any, settle: Callable[[], None], run: Any
) -> None:
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    older = context.runner.spawn(dialog.search("dentist"))
    newer = context.runner.spawn(dialog.search("zzzz-nothing"))
    run(newer)
    run(older)
    assert dialog.model.rowCount() == 0
    qtbot.keyClicks(dialog.field, "paint")
    with qtbot.waitSignal(context.sig_open_task, timeout=3000) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # before the debounce ran
        settle()
    first = dialog.model.data(dialog.model.index(0), ResultRole)
    assert opened.args == [first.id]
