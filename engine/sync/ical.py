"""Tasks as iCalendar components (VTODO, or VEVENT for timed tasks), and back."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar

from engine.sync.protocols import RemoteRef, RemoteState, TaskSnapshot, TaskStatus

PRODID = "-//ChatTasks//ChatTasks sync//EN"
EVENT_LENGTH = timedelta(minutes=30)
STATUS_PROPERTY = "X-CHATTASKS-STATUS"
_PRIORITY = {"urgent": 1, "high": 3, "normal": 5, "low": 9}
_TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "cancelled": "CANCELLED"}


def task_uid(task_id: int, account_id: int) -> str:
    """The stable UID of a task in one account: a retried create finds the same resource."""
    return f"chattasks-task-{task_id}-a{account_id}"


def build_component(task: TaskSnapshot, uid: str, now: datetime, zone: ZoneInfo, *,
                    as_event: bool = False) -> icalendar.Component:
    """A VTODO for the task, or a VEVENT when `as_event` and the task has a due time."""
    event = as_event and task.due_at is not None and task.due_has_time
    item: icalendar.Component = icalendar.Event() if event else icalendar.Todo()
    item.add("uid", uid)
    item.add("dtstamp", now.astimezone(UTC))
    item.add("summary", task.title)
    if task.description:
        item.add("description", task.description)
    item.add("last-modified", (task.updated_at or now).astimezone(UTC))
    item.add("priority", _PRIORITY.get(task.priority, 5))
    if task.category:
        item.add("categories", [task.category])
    if event:
        assert task.due_at is not None
        item.add("dtstart", task.due_at.astimezone(UTC))
        item.add("duration", EVENT_LENGTH)
        item.add("status", "CANCELLED" if task.status == "cancelled" else "CONFIRMED")
        item.add(STATUS_PROPERTY, task.status)
        return item
    if task.due_at is not None:
        due = task.due_at.astimezone(UTC) if task.due_has_time else \
            task.due_at.astimezone(zone).date()
        item.add("due", due)
    item.add("status", _TODO_STATUS[task.status])
    if task.status == "done":
        item.add("completed", (task.updated_at or now).astimezone(UTC))
        item.add("percent-complete", 100)
    return item


def to_calendar(components: list[icalendar.Component]) -> bytes:
    """A VCALENDAR holding `components`, serialised."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    for component in components:
        calendar.add_component(component)
    return bytes(calendar.to_ical())


def read_state(data: bytes | str, ref: RemoteRef, zone: ZoneInfo) -> RemoteState | None:
    """Status, due date and modification time of the first VTODO or VEVENT in `data`."""
    calendar = icalendar.Calendar.from_ical(data)
    for item in calendar.walk():
        if item.name == "VTODO":
            return RemoteState(ref, _todo_status(item), *_when(item.get("due"), zone),
                               modified_at=_instant(item.get("last-modified")))
        if item.name == "VEVENT":
            status: TaskStatus = "cancelled" if str(item.get("status", "")).upper() == \
                "CANCELLED" else _known(str(item.get(STATUS_PROPERTY, "open")))
            return RemoteState(ref, status, *_when(item.get("dtstart"), zone),
                               modified_at=_instant(item.get("last-modified")))
    return None


def _todo_status(item: icalendar.Component) -> TaskStatus:
    status = str(item.get("status", "")).upper()
    if status == "COMPLETED" or item.get("completed") is not None or \
            int(item.get("percent-complete", 0) or 0) >= 100:
        return "done"
    return "cancelled" if status == "CANCELLED" else "open"


def _known(value: str) -> TaskStatus:
    return "done" if value == "done" else "cancelled" if value == "cancelled" else "open"


def _when(prop: object, zone: ZoneInfo) -> tuple[datetime | None, bool]:
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return moment.astimezone(UTC), True
    if isinstance(value, date):
        return datetime.combine(value, time(), zone).astimezone(UTC), False
    return None, False


def _instant(prop: object) -> datetime | None:
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    return None
