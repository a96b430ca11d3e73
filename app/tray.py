"""System-tray icon and reminders: due-soon and overdue notifications, snooze, reopen the window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.context import AppContext
from engine.store.reminders import Reminder

CHECK_EVERY_MS = 60_000
SNOOZE_MINUTES = 15


class ReminderTray(QSystemTrayIcon):
    """Checks for reminders every minute, also while the window is hidden in the tray."""

    def __init__(self, context: AppContext, window: QWidget, icon: QIcon) -> None:
        super().__init__(icon, window)
        self.context = context
        self.window = window
        self.last: list[Reminder] = []
        self.setToolTip("ChatTasks")
        menu = QMenu(window)
        show = QAction(self.tr("Show ChatTasks"), menu)
        show.triggered.connect(self._show_window)
        self.snooze_action = QAction(
            self.tr("Snooze reminders {minutes} min").format(minutes=SNOOZE_MINUTES), menu
        )
        self.snooze_action.triggered.connect(lambda: context.runner.spawn(self.snooze_last()))
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(getattr(window, "quit", window.close))
        for action in (show, self.snooze_action, quit_action):
            menu.addAction(action)
        self.setContextMenu(menu)
        self.activated.connect(
            lambda reason: (
                self._show_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        self.messageClicked.connect(self._open_last)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: context.runner.spawn(self.check()))

    def start(self) -> None:
        """Show the icon (where the desktop has a tray) and start checking."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.show()
        self.timer.start()
        self.context.runner.spawn(self.check())

    async def check(self) -> list[Reminder]:
        """Notify about tasks due soon or overdue; each is told once before and once after."""
        engine = self.context.engine
        reminders = await self.context.runner.call(engine.tasks.reminders)
        if not reminders:
            return []
        await self.context.runner.call(engine.tasks.mark_reminded, [r.task.id for r in reminders])
        self.last = reminders
        overdue = [r for r in reminders if r.overdue]
        if len(reminders) == 1:
            task = reminders[0].task
            title = self.tr("Overdue") if overdue else self.tr("Due soon")
            body = task.title
        else:
            title = self.tr("%n task(s) need attention", "", len(reminders))
            body = "\n".join(r.task.title for r in reminders[:5])
        if self.isVisible():
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if overdue
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.showMessage(title, body, icon, 10_000)
        self.context.sig_status.emit(f"{title}: {body.splitlines()[0]}")
        return reminders

    async def snooze_last(self) -> None:
        """Snooze the last reminded tasks."""
        for reminder in self.last:
            await self.context.runner.call(
                self.context.engine.tasks.snooze, reminder.task.id, SNOOZE_MINUTES
            )
        self.last = []

    def _show_window(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _open_last(self) -> None:
        self._show_window()
        if self.last:
            self.context.sig_open_task.emit(self.last[0].task.id)
