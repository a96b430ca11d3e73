"""Frozen rows the readers return: plain data, safe to hand to any thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ChatRow:
    """A chat with its message and task totals."""

    id: int
    key: str
    name: str
    timezone: str
    mode: str
    is_group: bool
    never_suggest: bool
    message_count: int
    first_at: datetime | None
    """Earliest message, aware, in the chat's zone; None for an empty chat."""
    last_at: datetime | None
    task_count: int
    """Tasks linked to the chat that were not rejected."""


@dataclass(frozen=True, slots=True)
class MessageRow:
    """A stored message; `sent_at` is aware, in the chat's zone."""

    id: int
    chat_id: int
    chat_name: str
    key: str
    line: int | None
    sent_at: datetime
    local_time: str
    """Wall-clock time as written in the export (ISO, no zone)."""
    author: str | None
    author_id: int | None
    text: str
    kind: str
    media_name: str | None
    subtype: str | None
    edited: bool
    deleted: bool


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text match, best first; `snippet` marks matches with SNIPPET_MARKS."""

    message_id: int
    chat_id: int
    chat_name: str
    sent_at: datetime
    author: str | None
    snippet: str
    rank: float
    """bm25 score: lower is better."""


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task; instants are aware UTC (the caller picks the zone to show them in)."""

    id: int
    chat_id: int | None
    title: str
    description: str
    assignee: str | None
    due_at: datetime | None
    due_has_time: bool
    priority: str
    category: str | None
    project: str | None
    status: str
    state: str
    language: str | None
    confidence: float | None
    origin: str
    fingerprint: str | None
    created_at: datetime
    updated_at: datetime
    column_id: int | None = None
    position: float | None = None
    snoozed_until: datetime | None = None
    chat_name: str | None = None
    chat_mode: str | None = None
    chat_timezone: str | None = None


@dataclass(frozen=True, slots=True)
class ColumnRow:
    """A board column; tasks dropped into it take its status."""

    id: int
    name: str
    position: int
    status: str


@dataclass(frozen=True, slots=True)
class TaskEventRow:
    """One entry of a task's history."""

    id: int
    at: datetime
    actor: str
    field: str | None
    old_value: str | None
    new_value: str | None
    note: str | None
