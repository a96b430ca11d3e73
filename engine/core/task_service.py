"""Task operations for the GUI, CLI and MCP server: the Engine's `tasks` attribute."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from engine.core.clock import Clock
from engine.core.quick_add import parse_quick_add
from engine.core.settings import Settings
from engine.store import board
from engine.store import tasks as repo
from engine.store.db import Database
from engine.store.reminders import Reminder, mark_reminded, pending_reminders, snooze
from engine.store.rows import ColumnRow, TaskRow
from engine.store.tasks import TaskDetail, TaskFilter

USER = "user"


class TaskService:
    """Query and change tasks; every change is stamped by the injected clock and kept in history."""

    def __init__(self, db: Database, settings: Settings, clock: Clock) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

    def query(
        self, where: TaskFilter, *, offset: int = 0, limit: int = 500, order: str = "due"
    ) -> list[TaskRow]:
        """One page of tasks matching `where`."""
        return repo.query_tasks(self._db, where, offset=offset, limit=limit, order=order)

    def count(self, where: TaskFilter) -> int:
        """How many tasks match `where`."""
        return repo.count_tasks(self._db, where)

    def get(self, task_id: int) -> TaskRow:
        """One task."""
        return repo.get_task(self._db, task_id)

    def detail(self, task_id: int) -> TaskDetail:
        """A task with its source messages and history."""
        return repo.task_detail(self._db, task_id)

    def update(self, task_id: int, changes: Mapping[str, Any], actor: str = USER) -> TaskRow:
        """Change fields of a task."""
        return repo.update_task(self._db, task_id, changes, actor=actor, now=self._clock.now())

    def confirm(self, task_ids: Iterable[int]) -> list[TaskRow]:
        """Accept suggestions: they join the board."""
        now = self._clock.now()
        rows = repo.set_state(self._db, task_ids, "confirmed", actor=USER, now=now)
        columns = self.columns()
        return [
            self.update(row.id, {"column_id": board.board_placement(row, columns)})
            if row.column_id is None
            else row
            for row in rows
        ]

    def reject(self, task_ids: Iterable[int]) -> list[TaskRow]:
        """Reject suggestions; their source is never suggested again."""
        return repo.set_state(self._db, task_ids, "rejected", actor=USER, now=self._clock.now())

    def restore(self, task_ids: Iterable[int]) -> list[TaskRow]:
        """Put tasks back among the suggestions (undo of confirm or reject)."""
        return repo.set_state(self._db, task_ids, "suggested", actor=USER, now=self._clock.now())

    def move(self, task_id: int, column_id: int, position: float | None = None) -> TaskRow:
        """Drop a task into a board column at `position`; it takes the column's status."""
        return self.update(task_id, {"column_id": column_id, "position": position})

    def place(self, task_ids: list[int], column_id: int, before_id: int | None = None) -> None:
        """Drop tasks into a column before another task (None: at the end)."""
        board.place_tasks(
            self._db, task_ids, column_id, before_id, actor=USER, now=self._clock.now()
        )

    def reschedule(self, task_id: int, day: date, zone: ZoneInfo | None = None) -> TaskRow:
        """Move a task to another day, keeping its time of day (calendar drag and drop)."""
        task = self.get(task_id)
        zone = zone or self._settings.zone()
        if task.due_at is not None and task.due_has_time:
            local = task.due_at.astimezone(zone)
            due = datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=zone)
        else:
            due = datetime.combine(day, time(0, 0), tzinfo=zone)
        return self.update(task_id, {"due_at": due})

    def create(self, title: str, **fields: Any) -> TaskRow:
        """A task written by the user, confirmed at once."""
        return repo.create_task(self._db, title=title, now=self._clock.now(), **fields)

    def quick_add(self, text: str, chat_id: int | None = None) -> TaskRow:
        """Create a task from one line of natural language ("Call Ana tomorrow 5pm !high")."""
        zone = self._settings.zone()
        parsed = parse_quick_add(text, self._clock.now().astimezone(zone), self._settings.languages)
        fields: dict[str, Any] = {
            "priority": parsed.priority,
            "project": parsed.project,
            "assignee": parsed.assignee,
            "description": text,
        }
        if isinstance(parsed.due, datetime):
            fields.update(due_at=parsed.due, due_has_time=True)
        elif isinstance(parsed.due, date):
            fields.update(due_at=datetime.combine(parsed.due, time(0, 0), tzinfo=zone))
        return self.create(parsed.title, chat_id=chat_id, **fields)

    def distinct(self, column: str) -> list[str]:
        """Values of assignee, category or project in use, for filter menus."""
        return repo.distinct_values(self._db, column)

    def columns(self) -> list[ColumnRow]:
        """Board columns, left to right."""
        return board.list_columns(self._db)

    def add_column(self, name: str, status: str = "open") -> ColumnRow:
        """A new board column."""
        return board.add_column(self._db, name, status)

    def rename_column(self, column_id: int, name: str) -> None:
        """Rename a board column."""
        board.rename_column(self._db, column_id, name)

    def reminders(self, soon: timedelta = timedelta(hours=1)) -> list[Reminder]:
        """Tasks to remind the user of now."""
        hour, minute = (int(part) for part in self._settings.morning_time.split(":"))
        return pending_reminders(
            self._db, self._clock.now(), soon, self._settings.zone(), time(hour, minute)
        )

    def mark_reminded(self, task_ids: Iterable[int]) -> None:
        """The user was told about these tasks now."""
        mark_reminded(self._db, task_ids, self._clock.now())

    def snooze(self, task_id: int, minutes: int) -> None:
        """Hold a task's reminders for `minutes`."""
        now = self._clock.now()
        snooze(self._db, task_id, now + timedelta(minutes=minutes), now)
