"""ICS file export: tasks with due dates kept in one .ics file any calendar app can subscribe to."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from engine.sync.ical import PRODID, build_component, task_uid
from engine.sync.manifest import Manifest, SettingField
from engine.sync.protocols import ConnectorContext, ConnectorSpec, RemoteRef, TaskSnapshot

MANIFEST = Manifest(
    id="ics",
    name="Calendar file (ICS)",
    kind="calendar",
    auth="none",
    allowed_hosts=(),
    capabilities=("create", "update", "complete", "delete", "test"),
    description="Writes tasks with due dates to an .ics file (put it in a synced folder to "
                "subscribe from any calendar app).",
    settings=(
        SettingField("path", "ICS file", "path"),
        SettingField("timed_as_events", "Timed tasks as events", "boolean", required=False,
                     default=True),
    ),
)


class IcsFileConnector:
    """One .ics file, rewritten atomically on every change."""

    def __init__(self, context: ConnectorContext) -> None:
        self.context = context
        self.path = Path(str(context.settings["path"])).expanduser()
        self.zone = ZoneInfo(str(context.extra.get("timezone", "UTC")))
        self.as_events = bool(context.settings.get("timed_as_events", True))

    def _load(self) -> dict[str, icalendar.Component]:
        if not self.path.exists():
            return {}
        calendar = icalendar.Calendar.from_ical(self.path.read_bytes())
        return {str(item["uid"]): item for item in calendar.subcomponents if "uid" in item}

    def _save(self, items: dict[str, icalendar.Component]) -> None:
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", "ChatTasks")
        for uid in sorted(items):
            calendar.add_component(items[uid])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the file and rename: a reader never sees half a calendar.
        handle, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".ics.tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(calendar.to_ical())
        os.replace(temp, self.path)

    def _write(self, task: TaskSnapshot) -> RemoteRef:
        uid = task_uid(task.id, self.context.account_id)
        items = self._load()
        if task.due_at is None:
            items.pop(uid, None)
        else:
            items[uid] = build_component(task, uid, self.context.clock.now(), self.zone,
                                         as_event=self.as_events)
        self._save(items)
        return RemoteRef(uid, None, self.path.as_uri())

    def create(self, task: TaskSnapshot, key: str) -> RemoteRef:
        """Add (or replace) the task's component; tasks without a due date are left out."""
        return self._write(task)

    def update(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Replace the task's component."""
        return self._write(task)

    def complete(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Replace the task's component, now completed."""
        return self._write(task)

    def delete(self, ref: RemoteRef, key: str) -> None:
        """Drop the task's component."""
        items = self._load()
        if items.pop(ref.remote_id, None) is not None:
            self._save(items)

    def test(self) -> str:
        """Check the folder is writable."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(self.path.parent, os.W_OK):
            from engine.sync.errors import SettingsError

            raise SettingsError(f"cannot write to {self.path.parent}")
        return f"writing {self.path}"


CONNECTOR = ConnectorSpec(MANIFEST, IcsFileConnector)
"""The ICS file connector."""
