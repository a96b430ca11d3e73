"""Data exchanged with connectors, and their capabilities as runtime-checkable Protocols."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol, runtime_checkable

from engine.core.clock import Clock
from engine.sync.http import HttpClient
from engine.sync.manifest import Manifest
from engine.sync.secrets import Secret

TaskStatus = Literal["open", "done", "cancelled"]
NotificationKind = Literal["assigned", "due_soon", "overdue", "digest"]


@dataclass(frozen=True, slots=True)
class TaskSnapshot:
    """The state of one task as sent to a connector (stored in the outbox as JSON)."""

    id: int
    title: str
    description: str = ""
    status: TaskStatus = "open"
    due_at: datetime | None = None
    due_has_time: bool = False
    assignee: str | None = None
    priority: str = "normal"
    category: str | None = None
    project: str | None = None
    chat: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class RemoteRef:
    """Where a task lives remotely: id, version (ETag or similar) and a link for people."""

    remote_id: str
    version: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class RemoteState:
    """A task's status and due date as the remote tool sees them now."""

    ref: RemoteRef
    status: TaskStatus
    due_at: datetime | None = None
    due_has_time: bool = False
    modified_at: datetime | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ChangeBatch:
    """Remote changes since a cursor (sync token, ctag...), and the cursor to use next time."""

    states: tuple[RemoteState, ...]
    cursor: str | None


@dataclass(frozen=True, slots=True)
class Target:
    """Somewhere tasks can go: a calendar, a board list, a project."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Notification:
    """A message for people: a task assigned, due soon, overdue, or the daily digest."""

    kind: NotificationKind
    title: str
    body: str
    tasks: tuple[TaskSnapshot, ...] = ()


@dataclass(frozen=True, slots=True)
class ConnectorContext:
    """Everything a connector instance gets: validated settings, secrets, HTTP, clock."""

    account_id: int
    settings: Mapping[str, Any]
    secrets: Mapping[str, Secret]
    http: HttpClient
    clock: Clock
    target: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class CanCreate(Protocol):
    """Creates a remote item; `key` is stable across retries so a repeat never duplicates."""

    def create(self, task: TaskSnapshot, key: str) -> RemoteRef:
        """Create (or find the one already created under `key`) and return where it lives."""
        ...


@runtime_checkable
class CanUpdate(Protocol):
    """Updates a remote item's fields."""

    def update(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Write the task's fields; returns the new version."""
        ...


@runtime_checkable
class CanComplete(Protocol):
    """Marks a remote item done."""

    def complete(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Mark done; returns the new version."""
        ...


@runtime_checkable
class CanDelete(Protocol):
    """Removes a remote item."""

    def delete(self, ref: RemoteRef, key: str) -> None:
        """Delete; an item already gone counts as deleted."""
        ...


@runtime_checkable
class CanReadBack(Protocol):
    """Reads the remote status and due date of items already linked."""

    def read_back(self, refs: Sequence[RemoteRef]) -> list[RemoteState]:
        """Current state of each ref that still exists (deleted ones come back `deleted`)."""
        ...


@runtime_checkable
class CanPollChanges(Protocol):
    """Lists remote changes since a cursor (sync token / ctag), cheaper than reading back all."""

    def changes(self, cursor: str | None) -> ChangeBatch:
        """Changes since `cursor` (None: everything), and the next cursor."""
        ...


@runtime_checkable
class CanListTargets(Protocol):
    """Lists where tasks can go (calendars, boards, lists, projects)."""

    def list_targets(self) -> list[Target]:
        """The targets the account can write to."""
        ...


@runtime_checkable
class CanNotify(Protocol):
    """Sends notifications to people (chat, email)."""

    def notify(self, notification: Notification, key: str) -> None:
        """Deliver one notification."""
        ...


@runtime_checkable
class CanTest(Protocol):
    """Checks the connection and credentials without changing anything remotely."""

    def test(self) -> str:
        """A short description of what was reached; raises a SyncError when it fails."""
        ...


CAPABILITIES: dict[str, type[Any]] = {
    "create": CanCreate,
    "update": CanUpdate,
    "complete": CanComplete,
    "delete": CanDelete,
    "read_back": CanReadBack,
    "poll_changes": CanPollChanges,
    "list_targets": CanListTargets,
    "notify": CanNotify,
    "test": CanTest,
}
"""Capability names shown to users, and the Protocol that proves each."""


def capabilities_of(connector: object) -> tuple[str, ...]:
    """Names of the capabilities an instance actually implements."""
    return tuple(name for name, proto in CAPABILITIES.items() if isinstance(connector, proto))


@dataclass(frozen=True, slots=True)
class ConnectorSpec:
    """What a connector module exports as `CONNECTOR`: its manifest and a factory."""

    manifest: Manifest
    factory: Callable[[ConnectorContext], object]
