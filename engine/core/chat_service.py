"""Chat and message reading for the GUI, CLI and MCP server: the Engine's `chats` attribute."""

from __future__ import annotations

from engine.store import readers
from engine.store.chats import set_chat_mode, set_never_suggest, suggestion_counts
from engine.store.db import Database
from engine.store.rows import ChatRow, MessageRow, SearchHit


class ChatService:
    """Chats, their messages (paged), search, and the per-chat choices."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[ChatRow]:
        """Every chat, most recently active first."""
        return readers.list_chats(self._db)

    def get(self, chat_id: int) -> ChatRow | None:
        """One chat, or None."""
        return next(iter(readers.list_chats(self._db, chat_id)), None)

    def suggestion_counts(self) -> dict[int, int]:
        """Pending suggestions per chat."""
        return suggestion_counts(self._db)

    def count_messages(self, chat_id: int) -> int:
        """Messages stored for a chat."""
        return readers.count_messages(self._db, chat_id)

    def messages(self, chat_id: int, offset: int, limit: int) -> list[MessageRow]:
        """One page of a chat's messages in time order."""
        return readers.get_messages(self._db, chat_id, offset, limit)

    def context(self, message_id: int, before: int = 3, after: int = 3) -> list[MessageRow]:
        """A message with its neighbours."""
        return readers.get_message_context(self._db, message_id, before=before, after=after)

    def position(self, message_id: int) -> int | None:
        """Index of a message in its chat, for jumping to it."""
        return readers.message_position(self._db, message_id)

    def task_message_ids(self, chat_id: int) -> dict[int, int]:
        """Message id -> task id for the chat's source messages of non-rejected tasks."""
        with self._db.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT tm.message_id, min(t.id) FROM task_messages AS tm"
                " JOIN tasks AS t ON t.id = tm.task_id"
                " WHERE t.chat_id = ? AND tm.role = 'source' AND t.state != 'rejected'"
                " GROUP BY tm.message_id",
                (chat_id,),
            ).all()
        return {int(message): int(task) for message, task in rows}

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over every chat's messages."""
        return readers.search_messages(self._db, query, limit)

    def set_mode(self, chat_id: int, mode: str) -> None:
        """Personal, business or hybrid."""
        set_chat_mode(self._db, chat_id, mode)

    def never_suggest(self, chat_id: int, never: bool = True) -> int:
        """Stop suggestions from a chat; returns how many pending ones were withdrawn."""
        return set_never_suggest(self._db, chat_id, never)
