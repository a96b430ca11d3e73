"""Calendar: month and week views of confirmed tasks at their due days; drag or keys reschedule."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.context import AppContext
from app.models.calendar import CalendarModel, visible_days
from app.views.calendar.cells import DayCellDelegate
from app.views.calendar.view import CalendarView
from engine.core.due import task_zone
from engine.store.rows import TaskRow

VIEWS = ("month", "week")
PAGE = 2000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarPage(QWidget):
    """A month or week of days; tasks are chips painted by a delegate, not widgets."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("calendar")
        self.setAccessibleName(self.tr("Calendar"))
        self.view_kind = "month"
        self.anchor = self._today()
        self.model = CalendarModel(context.runner, self._fetch, context.zone, self.anchor, self)
        self.grid = CalendarView(self.model, DayCellDelegate(context.zone, context.now, self), self)
        self.grid.setAccessibleName(self.tr("Calendar days"))
        self.grid.sig_open.connect(context.sig_open_task.emit)
        self.model.sig_dropped.connect(
            lambda ids, day: context.runner.spawn(self.reschedule(ids, day))
        )
        self.title = QLabel(self)
        self.title.setObjectName("calendar-title")
        self.title.setAccessibleName(self.tr("Shown period"))
        self.actions_by_name: dict[str, QAction] = {}
        bar = QHBoxLayout()
        for name, text, key, slot in (
            ("previous", self.tr("Previous"), "PgUp", lambda: self.go(-1)),
            ("today", self.tr("Today"), "T", self.go_today),
            ("next", self.tr("Next"), "PgDown", lambda: self.go(1)),
        ):
            bar.addWidget(self._button(self._action(name, text, key, slot)))
        bar.addWidget(self.title, 1)
        self.switch = QActionGroup(self)
        for name, text, key in (
            ("month", self.tr("Month"), "Ctrl+Shift+M"),
            ("week", self.tr("Week"), "Ctrl+Shift+W"),
        ):
            action = self._action(name, text, key, lambda v=name: self.set_view(v))
            action.setCheckable(True)
            action.setChecked(name == self.view_kind)
            self.switch.addAction(action)
            bar.addWidget(self._button(action))
        for name, text, key, step in (
            ("next-task", self.tr("Next task of the day"), "J", 1),
            ("previous-task", self.tr("Previous task of the day"), "K", -1),
        ):
            self._action(name, text, key, lambda s=step: self.grid.step_task(s))
        for name, text, key, days in (
            ("later-day", self.tr("Move task to the next day"), "Ctrl+Right", 1),
            ("earlier-day", self.tr("Move task to the previous day"), "Ctrl+Left", -1),
            ("later-week", self.tr("Move task a week later"), "Ctrl+Down", 7),
            ("earlier-week", self.tr("Move task a week earlier"), "Ctrl+Up", -7),
        ):
            self._action(
                name, text, key, lambda d=days: self.context.runner.spawn(self.shift_current(d))
            )
        self._action("open", self.tr("Open task"), "Ctrl+Return", self.open_current)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self._update_title()
        context.sig_tasks_changed.connect(lambda: context.runner.spawn(self.load()))
        context.sig_mode_changed.connect(lambda _: context.runner.spawn(self.load()))

    def _action(self, name: str, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"calendar-{name}")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _today(self) -> date:
        return self.context.now().astimezone(self.context.zone()).date()

    def _fetch(self, start: datetime, end: datetime) -> list[TaskRow]:
        where = self.context.task_filter(state="confirmed", due_from=start, due_to=end)
        rows: list[TaskRow] = []
        while True:
            page = self.context.engine.tasks.query(where, offset=len(rows), limit=PAGE, order="due")
            rows.extend(page)
            if len(page) < PAGE:
                return rows

    async def load(self) -> None:
        """Show the period around the anchor day with its tasks."""
        self.model.set_range(self.anchor, self.view_kind)
        self._update_title()
        await self.model.reload()
        if (
            not self.grid.currentIndex().isValid()
            or self.grid.calendar.day(self.grid.currentIndex()) != self.anchor
        ):
            self.grid.setCurrentIndex(self.model.index_of(self.anchor))

    def go(self, step: int) -> None:
        """Show the previous (-1) or next (1) month or week."""
        if self.view_kind == "week":
            self.anchor += timedelta(days=7 * step)
        else:
            month = self.anchor.month - 1 + step
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.context.runner.spawn(self.load())

    def go_today(self) -> None:
        """Show the period holding today."""
        self.anchor = self._today()
        self.context.runner.spawn(self.load())

    def set_view(self, kind: str) -> None:
        """Switch between the month and the week view, keeping the current day."""
        if kind not in VIEWS:
            return
        self.actions_by_name[kind].setChecked(True)
        if self.grid.currentIndex().isValid():
            self.anchor = self.model.day(self.grid.currentIndex())
        self.view_kind = kind
        self.context.runner.spawn(self.load())

    def _update_title(self) -> None:
        locale = QLocale()
        if self.view_kind == "month":
            text = f"{locale.standaloneMonthName(self.anchor.month)} {self.anchor.year}"
        else:
            first, _ = visible_days(self.anchor, "week")
            last = first + timedelta(days=6)
            text = self.tr("{first} – {last}").format(
                first=locale.toString(_qdate(first), "d MMM"),
                last=locale.toString(_qdate(last), "d MMM yyyy"),
            )
        self.title.setText(f"<b>{text}</b>")

    def open_current(self) -> None:
        """Open the outlined task."""
        task = self.grid.current_task()
        if task is not None:
            self.context.sig_open_task.emit(task.id)

    async def shift_current(self, days: int) -> None:
        """Move the outlined task by some days (keyboard rescheduling)."""
        task = self.grid.current_task()
        if task is not None:
            day = self.model.day_of(task) + timedelta(days=days)
            await self.reschedule([task.id], day)
            self.anchor = day

    def _zone_for(self, task: TaskRow) -> ZoneInfo:
        return task_zone(task, self.context.zone())

    async def reschedule(self, ids: list[int], day: date) -> None:
        """Move tasks to another day, keeping their time of day; one undoable change."""
        engine = self.context.engine
        old = await self.context.runner.call(lambda: [engine.tasks.get(i) for i in ids])
        moving = [task for task in old if task.due_at is None or self.model.day_of(task) != day]
        if not moving:
            return

        async def redo() -> None:
            for task in moving:
                await self.context.runner.call(
                    engine.tasks.reschedule, task.id, day, self._zone_for(task)
                )

        async def undo() -> None:
            for task in moving:
                changes = {"due_at": task.due_at, "due_has_time": task.due_has_time}
                await self.context.runner.call(engine.tasks.update, task.id, changes)

        label = QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)
        self.context.do(
            self.tr("Reschedule %n task(s) to {day}", "", len(moving)).format(day=label), redo, undo
        )
