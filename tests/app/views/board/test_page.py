"""Board: confirmed tasks in columns, drops move them (undoably), quick add, filters, new columns."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.models.tasks import encode_ids
from app.views.board.page import BoardPage
from engine.store.tasks import TaskFilter


def _board(context, qtbot, run) -> BoardPage:  # type: ignore[no-untyped-def]
    ids = [t.id for t in context.engine.tasks.query(TaskFilter(state="suggested"))]
    context.engine.tasks.confirm(ids)
    page = BoardPage(context)
    qtbot.addWidget(page)
    page.show()
    run(page.load())
    return page


def _titles(column) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.title for t in column.model.tasks()]


def test_columns_hold_every_confirmed_task_by_status(context, qtbot, run, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = _board(context, qtbot, run)
    assert [c.column.name for c in page.columns] == ["To do", "In progress", "Done"]
    shown = sum(c.model.rowCount() for c in page.columns)
    assert shown == context.engine.tasks.count(TaskFilter(state="confirmed"))
    assert all(t.status == "open" for t in page.columns[0].model.tasks())
    assert all(t.status == "done" for t in page.columns[2].model.tasks())
    qtmodeltester.check(page.columns[0].model)


def test_dropping_on_done_completes_and_undo_reopens(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _board(context, qtbot, run)
    todo, _, done = page.columns
    task = todo.model.task(0)
    accepted = done.model.dropMimeData(encode_ids([task.id]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert accepted is False  # the engine moves it; the reload shows it
    settle()
    assert context.engine.tasks.get(task.id).status == "done"
    assert _titles(done)[0] == task.title and task.title not in _titles(todo)
    context.undo.undo()
    settle()
    assert context.engine.tasks.get(task.id).status == "open"
    assert task.title in _titles(todo)


def test_ctrl_right_moves_the_selected_card(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _board(context, qtbot, run)
    todo, doing, _ = page.columns
    task = todo.model.task(0)
    todo.list.setFocus()
    todo.list.setCurrentIndex(todo.model.index(0))
    run(page.move_selected(1))
    settle()
    assert context.engine.tasks.get(task.id).column_id == doing.column.id
    assert task.title in _titles(doing)


def test_quick_add_creates_a_task_in_the_first_column(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _board(context, qtbot, run)
    qtbot.keyClicks(page.quick_add, "Order the tiles friday !urgent")
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Return)
    settle()
    (task,) = context.engine.tasks.query(TaskFilter(text="Order the tiles"))
    assert (task.priority, task.state) == ("urgent", "confirmed") and task.due_at is not None
    assert "Order the tiles" in _titles(page.columns[0])


def test_priority_filter_narrows_every_column(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _board(context, qtbot, run)
    context.engine.tasks.create("Only urgent thing", priority="urgent")
    combo = page.filters["priority"]
    combo.setCurrentIndex(combo.findData("urgent"))
    settle()
    shown = [t for c in page.columns for t in c.model.tasks()]
    assert shown and all(t.priority == "urgent" for t in shown)


def test_an_added_column_appears_on_reload(context, qtbot, run) -> None:  # type: ignore[no-untyped-def]
    page = _board(context, qtbot, run)
    context.engine.tasks.add_column("Waiting")
    run(page.load())
    assert [c.column.name for c in page.columns][-1] == "Waiting"


def test_a_long_column_shows_a_first_page_and_fetches_the_rest(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    from app.views.board.page import BOARD_PAGE

    for number in range(BOARD_PAGE + 25):
        context.engine.tasks.create(f"Bulk task {number}")
    page = _board(context, qtbot, run)
    todo = page.columns[0]
    total = len(context.engine.tasks.query(TaskFilter(state="confirmed", status="open"), limit=10_000))
    assert todo.model.rowCount() == BOARD_PAGE
    assert f">{total}<" in todo.header.text()
    while todo.model.canFetchMore(QModelIndex()):
        todo.model.fetchMore(QModelIndex())
        settle()
    assert todo.model.rowCount() == total


def test_cards_carry_sync_badges_after_a_sync(context, qtbot, run, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.models.tasks import SyncRole
    from engine.cli import main

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    url = str(context.engine.db.engine.url)
    ics = tmp_path / "feed.ics"
    assert main(["connectors", "add", "ics", "--label", "feed", "--set", f"path={ics}", "--db", url]) == 0
    page = _board(context, qtbot, run)
    dated = [t for c in page.columns for t in c.model.tasks() if t.due_at is not None]
    assert dated
    assert main(["sync", "--db", url]) == 0
    run(page.load())
    badges = {
        column.model.task(row).id: column.model.index(row).data(SyncRole)
        for column in page.columns
        for row in range(column.model.rowCount())
    }
    synced = [links for links in badges.values() if links]
    assert synced and all(link.account == "feed" and link.synced for links in synced for link in links)
    synced_card = next(
        column.model.index(row)
        for column in page.columns
        for row in range(column.model.rowCount())
        if badges[column.model.task(row).id]
    )
    assert "feed" in synced_card.data(Qt.ItemDataRole.ToolTipRole)
    unsynced = [task_id for task_id, links in badges.items() if not links]
    assert all(context.engine.tasks.get(task_id).due_at is None for task_id in unsynced)
