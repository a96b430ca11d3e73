"""The local store: SQLite database, schema, importer and readers."""

from __future__ import annotations

from engine.store.db import Database, default_url
from engine.store.fts import SNIPPET_MARKS, fts_query
from engine.store.importer import ImportSummary, import_messages
from engine.store.readers import (
    count_messages,
    get_messages,
    iter_messages_for_export,
    list_chats,
    list_tasks,
    search_messages,
)
from engine.store.rows import ChatRow, MessageRow, SearchHit, TaskRow
from engine.store.utc import UtcDateTime, from_utc_text, to_utc_text, wall_to_utc

__all__ = [
    "SNIPPET_MARKS",
    "ChatRow",
    "Database",
    "ImportSummary",
    "MessageRow",
    "SearchHit",
    "TaskRow",
    "UtcDateTime",
    "count_messages",
    "default_url",
    "from_utc_text",
    "fts_query",
    "get_messages",
    "import_messages",
    "iter_messages_for_export",
    "list_chats",
    "list_tasks",
    "search_messages",
    "to_utc_text",
    "wall_to_utc",
]
