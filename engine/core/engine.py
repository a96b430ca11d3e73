"""The Engine façade: the one object the GUI, the CLI and the MCP server talk to."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.core.clock import Clock, SystemClock
from engine.core.settings import Settings
from engine.ingest import DateOrder, open_export

if TYPE_CHECKING:
    from engine.store import Database
    from engine.store.suggestions import SuggestionSummary

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import did, for the summary line and the GUI's dialog."""

    path: str
    chat_name: str
    chat_id: int
    messages: int
    new_messages: int
    duplicates: int
    date_order: str | None
    replaced_lines: tuple[int, ...] = ()
    new_tasks: int = 0


def chat_key_for(name: str) -> str:
    """Stable key under which exports of the same chat name are merged."""
    return "export:" + re.sub(r"\s+", " ", name).strip().casefold()


def file_digest(path: Path) -> str:
    """sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class Engine:
    """Import, query and export, over one database, with an injected clock and settings."""

    def __init__(self, db: Database, settings: Settings, clock: Clock) -> None:
        from engine.core.analytics_service import AnalyticsService
        from engine.core.chat_service import ChatService
        from engine.core.task_service import TaskService

        self.db = db
        self.settings = settings
        self.clock = clock
        self.tasks = TaskService(db, settings, clock)
        self.chats = ChatService(db)
        self.analytics = AnalyticsService(db, settings, clock)

    @classmethod
    def open(
        cls, url: str | None = None, *, settings: Settings | None = None, clock: Clock | None = None
    ) -> Engine:
        """An Engine over the database at `url` (default: the user's data folder)."""
        from engine.store import Database

        return cls(Database.open(url), settings or Settings.load(), clock or SystemClock())

    def close(self) -> None:
        """Release the database."""
        self.db.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def import_export(
        self,
        path: str | Path,
        *,
        date_order: DateOrder | None = None,
        chat_name: str | None = None,
        timezone: str | None = None,
        progress: Progress | None = None,
        stored: Callable[[int], None] | None = None,
        suggest: bool = True,
    ) -> ImportResult:
        """Store every message of one export once; safe to repeat and to resume after a crash.

        `progress(read, total)` follows the file as it is read; `stored(n)` is called after each
        committed batch with the messages stored so far -- raising from it stops the import
        with everything committed until then kept (a later import of the file resumes).
        """
        from engine.store import import_messages

        path = Path(path)
        with open_export(path, date_order=date_order, chat_name=chat_name) as export:
            export.profile()  # a file that is not an export fails here, before anything is stored
            info = export.info
            digest = file_digest(path) if path.is_file() else None
            summary = import_messages(
                self.db,
                chat_key=chat_key_for(info.chat_name),
                chat_name=info.chat_name,
                timezone=timezone or self.settings.timezone,
                messages=export.messages(progress=progress),
                source_path=str(path),
                file_sha256=digest,
                media=info.media,
                clock=self.clock.now,
                progress=stored,
            )
        new_tasks = self.extract_chat(summary.chat_id).new if suggest else 0
        return ImportResult(
            new_tasks=new_tasks,
            path=str(path),
            chat_name=info.chat_name,
            chat_id=summary.chat_id,
            messages=summary.seen,
            new_messages=summary.new,
            duplicates=summary.duplicates,
            date_order=info.date_order,
            replaced_lines=tuple(info.replaced_lines),
        )

    def extract_chat(self, chat_id: int) -> SuggestionSummary:
        """Read a stored chat again and store its tasks as suggestions (idempotent)."""
        from engine.nlp.tasks import ChatMessage, extract_tasks
        from engine.store.readers import iter_messages_for_export, list_chats
        from engine.store.suggestions import SuggestionSummary, save_suggestions

        chat = next(iter(list_chats(self.db, chat_id)), None)
        if chat is None or chat.never_suggest:
            return SuggestionSummary(0, 0, 0, 0)
        messages = [
            ChatMessage(index, row.sent_at, row.author, row.text, row.kind, row.line, row.id)
            for index, row in enumerate(iter_messages_for_export(self.db, chat_id=chat_id))
        ]
        tasks = extract_tasks(messages, languages=self.settings.languages, is_group=chat.is_group)
        return save_suggestions(self.db, chat_id, tasks, self.clock.now())
