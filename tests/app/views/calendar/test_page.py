"""Calendar: confirmed tasks on their due days, drops and keys reschedule (undoably), navigation."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.models.calendar import TasksRole
from app.models.tasks import decode_ids, encode_ids
from app.views.calendar.page import CalendarPage
from engine.core.due import is_overdue as overdue
from engine.store.tasks import TaskFilter

LISBON = ZoneInfo("Europe/Lisbon")


def _calendar(context, qtbot, run) -> CalendarPage:  # type: ignore[no-untyped-def]
    ids = [t.id for t in context.engine.tasks.query(TaskFilter(state="suggested"))]
    context.engine.tasks.confirm(ids)
    page = CalendarPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    run(page.load())
    return page


def _dated(context):  # type: ignore[no-untyped-def]
    return context.engine.tasks.query(TaskFilter(state="confirmed", has_due=True))


def _drop(view, mime: QMimeData, pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    """Deliver a drag's enter, move and drop to the grid the way Qt does at the end of a drag."""
    viewport = view.viewport()
    action, buttons, keys = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    at = pos.toPointF()
    # Qt 6.11's bindings take the point of enter/move as QPoint, of the drop as QPointF.
    for event in (QDragEnterEvent(pos, action, mime, buttons, keys), QDragMoveEvent(pos, action, mime, buttons, keys)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(at, action, mime, buttons, keys))


def test_tasks_sit_on_their_due_days_all_day_first(context, qtbot, run, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    model = page.model
    assert (model.first_day(), model.last_day(), model.rowCount()) == (date(2026, 10, 26), date(2026, 12, 6), 6)
    dated = _dated(context)
    assert len(dated) >= 5 and len(model.all_tasks()) == len(dated)
    for task in dated:
        day = task.due_at.astimezone(LISBON).date()
        assert task.id in [t.id for t in model.data(model.index_of(day), TasksRole)]
    busy = next(day for day in (date(2026, 11, d) for d in range(1, 31)) if len({t.due_has_time for t in model.tasks_on(day)}) == 2)
    kinds = [t.due_has_time for t in model.tasks_on(busy)]
    assert kinds == sorted(kinds)  # all-day chips come before timed ones
    now = context.now()
    late = [t for t in model.all_tasks() if overdue(t, now, LISBON)]
    assert late and all(t.status == "open" for t in late)
    qtmodeltester.check(model)


def test_dropping_a_chip_on_another_day_reschedules_and_undo_restores(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    timed = next(t for t in page.model.all_tasks() if t.due_has_time)
    target = date(2026, 11, 26)
    grid = page.grid
    _drop(grid, encode_ids([timed.id]), grid.visualRect(page.model.index_of(target)).center())
    settle()
    moved = context.engine.tasks.get(timed.id)
    assert moved.due_at == datetime.combine(target, timed.due_at.astimezone(LISBON).timetz())
    assert moved.due_has_time
    assert timed.id in [t.id for t in page.model.tasks_on(target)]
    context.undo.undo()
    settle()
    assert context.engine.tasks.get(timed.id).due_at == timed.due_at
    assert timed.id not in [t.id for t in page.model.tasks_on(target)]


def test_all_day_task_stays_all_day_when_dropped(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    all_day = next(t for t in page.model.all_tasks() if not t.due_has_time)
    target = date(2026, 11, 20)
    page.model.dropMimeData(encode_ids([all_day.id]), Qt.DropAction.MoveAction, -1, -1, page.model.index_of(target))
    settle()
    moved = context.engine.tasks.get(all_day.id)
    assert moved.due_at == datetime(2026, 11, 20, tzinfo=ZoneInfo(all_day.chat_timezone or "Europe/Lisbon"))
    assert not moved.due_has_time
    context.undo.undo()
    settle()
    assert context.engine.tasks.get(all_day.id).due_at == all_day.due_at


def test_a_drag_carries_the_pressed_chip_only(context, qtbot, run) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    task = page.model.all_tasks()[0]
    centre = page.grid.chip_rect(task.id).center()
    assert page.grid.task_at(centre) == task
    day_tasks = page.model.tasks_on(page.model.day_of(task))
    assert decode_ids(page.model.mimeData([page.model.index_of(page.model.day_of(task))])) == [t.id for t in day_tasks]


def test_click_and_enter_open_the_task(context, qtbot, run) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    task = page.model.all_tasks()[-1]
    viewport = page.grid.viewport()
    with qtbot.waitSignal(context.sig_open_task, timeout=2000) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=page.grid.chip_rect(task.id).center())
    assert opened.args == [task.id]
    assert page.grid.current_task() == task
    with qtbot.waitSignal(context.sig_open_task, timeout=2000) as entered:
        qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert entered.args == [task.id]


def test_keys_walk_a_day_and_move_its_task(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    busy = next(d for d in sorted({page.model.day_of(t) for t in page.model.all_tasks()}) if len(page.model.tasks_on(d)) > 1)
    first, second = page.model.tasks_on(busy)[:2]
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index_of(busy))
    assert page.grid.current_task() == first
    qtbot.keyClick(page.grid, Qt.Key.Key_J)
    assert page.grid.current_task() == second
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert context.engine.tasks.get(second.id).due_at.astimezone(LISBON).date() == date.fromordinal(busy.toordinal() + 1)
    assert page.grid.current_task() is not None and page.grid.current_task().id == second.id


def test_navigation_and_view_switch_by_keyboard(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    settle()
    assert page.model.first_day() == date(2026, 11, 30) and "2026" in page.title.text()
    assert page.model.all_tasks() == []
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    settle()
    assert page.model.first_day() == date(2026, 9, 28)
    qtbot.keyClick(page.grid, Qt.Key.Key_T)
    settle()
    page.grid.setCurrentIndex(page.model.index_of(date(2026, 11, 5)))
    qtbot.keyClick(page.grid, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert page.view_kind == "week" and page.model.rowCount() == 1
    assert (page.model.first_day(), page.model.last_day()) == (date(2026, 11, 2), date(2026, 11, 8))
    in_week = [t for t in _dated(context) if date(2026, 11, 2) <= t.due_at.astimezone(LISBON).date() <= date(2026, 11, 8)]
    assert {t.id for t in page.model.all_tasks()} == {t.id for t in in_week}
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    settle()
    assert page.model.first_day() == date(2026, 11, 9)
    qtbot.keyClick(page.grid, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert page.view_kind == "month" and page.model.rowCount() == 6


def test_mode_switch_hides_tasks_of_other_chats(context, qtbot, run, settle) -> None:  # type: ignore[no-untyped-def]
    page = _calendar(context, qtbot, run)
    chat = context.engine.chats.all()[0]
    context.engine.chats.set_mode(chat.id, "business")
    context.set_mode("personal")
    settle()
    assert page.model.all_tasks() == []
    context.set_mode("business")
    settle()
    assert len(page.model.all_tasks()) == len(_dated(context))
