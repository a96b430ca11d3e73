"""Extract tasks straight from an export file (no database): the `chattasks extract` path."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from engine.ingest import ParsedMessage, open_export
from engine.nlp.tasks import ChatMessage, ExtractedTask, extract_tasks


def to_chat_messages(messages: Sequence[ParsedMessage], zone: ZoneInfo) -> list[ChatMessage]:
    """Parsed export messages as the extractor's input, stamped in the chat's zone."""
    return [
        ChatMessage(
            index=index,
            timestamp=message.timestamp.replace(tzinfo=zone),
            author=message.author,
            text=message.text,
            kind=message.kind,
            line=message.line,
        )
        for index, message in enumerate(messages)
    ]


def extract_file(
    path: str | Path, *, timezone: str, languages: Sequence[str]
) -> tuple[str, list[ExtractedTask]]:
    """(chat name, tasks) of one export."""
    with open_export(path) as export:
        parsed = list(export.messages())
        info = export.info
    messages = to_chat_messages(parsed, ZoneInfo(timezone))
    return info.chat_name, extract_tasks(messages, languages=languages, is_group=info.is_group)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def task_json(task: ExtractedTask, chat: str) -> dict[str, object]:
    """The `chattasks extract --jsonl` object of one task."""
    done = task.completed_by if task.status != "open" else None
    return {
        "source": {
            "timestamp": _stamp(task.source.timestamp),
            "author": task.source.author,
            "chat": chat,
            "line": task.source.line,
        },
        "title": task.title,
        "assignee": task.assignee,
        "due": task.due_text(),
        "priority": task.priority,
        "category": task.category,
        "status": task.status,
        "language": task.language,
        "confidence": task.confidence,
        "completed_by": None
        if done is None
        else {
            "timestamp": _stamp(done.timestamp),
            "author": done.author,
            "line": done.line,
        },
        "kind": task.kind,
        "description": task.description,
        "stress": task.stress,
        "rescheduled_by": [
            {"timestamp": _stamp(m.timestamp), "author": m.author, "line": m.line}
            for m in task.rescheduled_by
        ],
        "depends_on": None if task.depends_on is None else task.depends_on.source.line,
    }
