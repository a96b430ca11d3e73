"""Tray reminders: due-soon and overdue tasks are told once each, snooze holds them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.runner import Runner
from app.tray import ReminderTray
from engine.core.clock import FixedClock
from engine.core.engine import Engine


def test_reminders_are_told_once_and_snooze_holds_them(context, qtbot, run) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    now = context.now()
    soon = context.engine.tasks.create("Pick up Sofia", due_at=now + timedelta(minutes=20), due_has_time=True)
    context.engine.tasks.create("Next week thing", due_at=now + timedelta(days=7), due_has_time=True)
    tray = ReminderTray(context, window, QIcon())
    statuses: list[str] = []
    context.sig_status.connect(statuses.append)
    told = run(tray.check())
    assert [r.task.id for r in told] == [soon.id] and not told[0].overdue
    assert statuses and "Pick up Sofia" in statuses[-1]
    assert run(tray.check()) == []

    later = Engine(context.engine.db, context.engine.settings, FixedClock(now + timedelta(minutes=30)))
    later_context = AppContext(later, Runner())
    later_tray = ReminderTray(later_context, window, QIcon())
    (overdue,) = run(later_tray.check())
    assert overdue.overdue
    run(later_tray.snooze_last())
    assert run(later_tray.check()) == []
    later_context.runner.shutdown()
