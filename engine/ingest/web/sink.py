"""Store live messages through the import pipeline, with export-identical keys, once each."""

from __future__ import annotations

from dataclasses import dataclass
from hashlib import blake2b
from typing import TYPE_CHECKING, Any

from engine.core.engine import chat_key_for
from engine.ingest.web.accounts import Account
from engine.ingest.web.rows import LiveMessage
from engine.store.identity import MessageKeys
from engine.store.importer import import_messages
from engine.store.utc import to_utc_text

if TYPE_CHECKING:
    from engine.core.engine import Engine

ACTOR = "live"
SEEN_PER_CHAT = 5000
"""Message ids remembered per chat (for edits and deletions); older ones are forgotten."""


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What one call stored: new messages, edits, deletions and new suggested tasks."""

    chat_id: int | None
    new: int
    edited: int
    deleted: int
    new_tasks: int


def _digest(text: str) -> str:
    return blake2b(text.encode(), digest_size=8).hexdigest()


class LiveSink:
    """Writes the consented chats of one account; everything else is refused."""

    def __init__(self, engine: Engine, account: Account) -> None:
        """A sink writing into `engine`'s database for `account`."""
        self.engine = engine
        self.account = account
        self.state: dict[str, Any] = account.load_state()

    def chat_state(self, title: str) -> dict[str, Any]:
        """The remembered state of chat `title` (seen ids, backfill progress)."""
        chats: dict[str, Any] = self.state.setdefault("chats", {})
        entry: dict[str, Any] = chats.setdefault(chat_key_for(title), {"seen": {}})
        return entry

    def save(self) -> None:
        """Persist the state (seen ids, backfill progress)."""
        self.account.save_state(self.state)

    def store(
        self, title: str, messages: list[LiveMessage], *, suggest: bool = True
    ) -> StoreResult:
        """Store `messages` (page order) of chat `title`; a chat without consent writes nothing."""
        if not self.account.allows(title):
            return StoreResult(None, 0, 0, 0, 0)
        seen: dict[str, list[Any]] = self.chat_state(title)["seen"]
        changes = [
            m for m in messages if m.msg_id in seen and _digest(m.parsed.text) != seen[m.msg_id][1]
        ]
        fresh = [m for m in messages if m.msg_id not in seen]
        if not fresh and not changes:
            return StoreResult(None, 0, 0, 0, 0)
        chat_key = chat_key_for(title)
        edited = deleted = 0
        chat_id = self._chat_id(chat_key)
        if changes and chat_id is not None:
            for message in changes:
                if self._apply_change(chat_id, message, seen[message.msg_id]):
                    deleted += message.deleted
                    edited += message.edited and not message.deleted
        new = 0
        if fresh:
            first = min(m.parsed.timestamp for m in fresh)
            # Every visible message from the earliest new minute on, in page order, so the
            # occurrence index of identical messages in one minute matches an export's.
            batch = [m for m in messages if m.parsed.timestamp >= first]
            keys = MessageKeys()
            summary = import_messages(
                self.engine.db,
                chat_key=chat_key,
                chat_name=title,
                timezone=self.engine.settings.timezone,
                messages=[m.parsed for m in batch],
                source_path=f"live:{self.account.id}",
                clock=self.engine.clock.now,
            )
            chat_id, new = summary.chat_id, summary.new
            for message in batch:
                p = message.parsed
                key = keys.key(p.timestamp.isoformat(), p.author, p.kind, p.text)
                seen.setdefault(message.msg_id, [key, _digest(p.text)])
        self._trim(seen)
        self.save()
        new_tasks = 0
        if suggest and chat_id is not None and (new or changes):
            new_tasks = self.suggest(chat_id)
        return StoreResult(chat_id, new, edited, deleted, new_tasks)

    def chat_id_for(self, title: str) -> int | None:
        """The stored chat's id for `title`, or None before its first message is stored."""
        return self._chat_id(chat_key_for(title))

    def suggest(self, chat_id: int) -> int:
        """Run extraction over the chat; the number of new suggested tasks."""
        return self.engine.extract_chat(chat_id).new

    def _chat_id(self, chat_key: str) -> int | None:
        with self.engine.db.connect() as conn:
            row = conn.exec_driver_sql("SELECT id FROM chats WHERE key = ?", (chat_key,)).first()
        return None if row is None else int(row[0])

    def _apply_change(self, chat_id: int, message: LiveMessage, entry: list[Any]) -> bool:
        """Mark an edited or deleted message and flag its tasks; the key follows the export's."""
        p = message.parsed
        old_key = entry[0]
        new_key = MessageKeys().key(p.timestamp.isoformat(), p.author, p.kind, p.text)
        stamp = to_utc_text(self.engine.clock.now())
        with self.engine.db.begin() as conn:
            row = conn.exec_driver_sql(
                "SELECT id, text FROM messages WHERE chat_id = ? AND key = ?", (chat_id, old_key)
            ).first()
            if row is None:
                return False
            message_id, old_text = int(row[0]), str(row[1])
            taken = conn.exec_driver_sql(
                "SELECT 1 FROM messages WHERE chat_id = ? AND key = ? AND id != ?",
                (chat_id, new_key, message_id),
            ).first()
            key = old_key if taken else new_key
            if message.deleted:
                # The words stay readable for the user; the row is marked, never removed.
                conn.exec_driver_sql(
                    "UPDATE messages SET deleted = 1, key = ? WHERE id = ?", (key, message_id)
                )
                note = "the source message was deleted in WhatsApp; this task is kept"
            else:
                # An edit, or a row that filled in late (a caption rendered after the bubble).
                conn.exec_driver_sql(
                    "UPDATE messages SET text = ?, edited = ?, key = ? WHERE id = ?",
                    (p.text, message.edited, key, message_id),
                )
                note = f"the source message was edited in WhatsApp (was: {old_text!r})"
            tasks = conn.exec_driver_sql(
                "SELECT DISTINCT task_id FROM task_messages WHERE message_id = ?", (message_id,)
            ).all()
            if tasks and (message.deleted or message.edited):
                conn.exec_driver_sql(
                    "INSERT INTO task_events (task_id, at, actor, field, old_value, new_value,"
                    " note) VALUES (?, ?, ?, 'message', ?, ?, ?)",
                    [
                        (t[0], stamp, ACTOR, old_text, None if message.deleted else p.text, note)
                        for t in tasks
                    ],
                )
        entry[0], entry[1] = key, _digest(p.text)
        return True

    @staticmethod
    def _trim(seen: dict[str, list[Any]]) -> None:
        extra = len(seen) - SEEN_PER_CHAT
        for msg_id in list(seen)[: max(0, extra)]:
            del seen[msg_id]
