"""Data objects of task extraction: chat messages in, tasks with their history out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

TaskKind = Literal["request", "commitment", "obligation", "reminder", "appointment"]
Priority = Literal["urgent", "high", "normal", "low"]
Status = Literal["open", "done", "cancelled"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message as the extractor sees it: aware timestamp, author, text."""

    index: int
    """Position in the chat (0-based), used for links between messages."""
    timestamp: datetime
    """Aware, in the chat's time zone."""
    author: str | None
    text: str
    kind: str = "text"
    line: int | None = None
    message_id: int | None = None


@dataclass(slots=True)
class Span:
    """A matched piece of a message (date, assignee, cue), for highlighting."""

    start: int
    end: int
    role: str


@dataclass(slots=True)
class ExtractedTask:
    """A task found in a chat, with its state after the whole chat was read."""

    source: ChatMessage
    kind: TaskKind
    title: str
    description: str
    assignee: str | None
    due: date | datetime | None
    priority: Priority
    category: str
    language: str
    confidence: float
    stress: float
    """-1 (calm) .. 1 (stressed): wording, punctuation and emoji of the source message."""
    status: Status = "open"
    completed_by: ChatMessage | None = None
    rescheduled_by: list[ChatMessage] = field(default_factory=list)
    depends_on: ExtractedTask | None = None
    project: str | None = None
    spans: list[Span] = field(default_factory=list)
    keywords: frozenset[str] = frozenset()

    def due_text(self) -> str | None:
        """The due date as 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'."""
        if self.due is None:
            return None
        if isinstance(self.due, datetime):
            return self.due.strftime("%Y-%m-%dT%H:%M")
        return self.due.isoformat()
