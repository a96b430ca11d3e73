"""Store test fixtures: a real SQLite database per test and message/import factories."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from engine.ingest.model import MessageKind, ParsedMessage
from engine.store import Database, ImportSummary, import_messages

FIXED_NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)

MakeMessage = Callable[..., ParsedMessage]
ImportInto = Callable[..., ImportSummary]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A freshly migrated database file in the test's temporary folder."""
    database = Database.open(f"sqlite:///{tmp_path / 'store.db'}")
    yield database
    database.close()


def _message(
    line: int,
    when: str = "2024-03-01 10:00",
    author: str | None = "Anna",
    text: str = "hello",
    kind: MessageKind = "text",
    media: str | None = None,
    edited: bool = False,
) -> ParsedMessage:
    return ParsedMessage(
        line=line,
        timestamp=datetime.fromisoformat(when),
        author=author,
        text=text,
        kind=kind,
        media=media,
        edited=edited,
    )


@pytest.fixture
def make_message() -> MakeMessage:
    """Factory: make_message(line, when='YYYY-MM-DD HH:MM', author, text, kind, media, edited)."""
    return _message


@pytest.fixture
def import_into(db: Database) -> ImportInto:
    """Factory: import messages into `db` with test defaults (chat 'chat', Europe/Berlin)."""

    def run(messages: Iterable[ParsedMessage], **overrides: Any) -> ImportSummary:
        options: dict[str, Any] = {
            "chat_key": "chat",
            "chat_name": "Chat",
            "timezone": "Europe/Berlin",
            "source_path": "export.txt",
            "clock": lambda: FIXED_NOW,
        }
        options.update(overrides)
        return import_messages(db, messages=messages, **options)

    return run


def numbered_chat(count: int, start_line: int = 1) -> list[ParsedMessage]:
    """`count` distinct messages, one a minute from 2024-01-01 09:00, lines from `start_line`."""
    return [
        _message(
            start_line + i,
            when=f"2024-01-{1 + i // 600:02d} {9 + (i % 600) // 60:02d}:{i % 60:02d}",
            author=("Anna", "Ben", "Chiara")[i % 3],
            text=f"message {start_line + i}",
        )
        for i in range(count)
    ]


@pytest.fixture
def chat_of() -> Callable[[int, int], list[ParsedMessage]]:
    """Factory: chat_of(count, start_line) -> distinct messages, one a minute."""
    return numbered_chat


def stored(database: Database, chat_id: int | None = None) -> list[tuple[Any, ...]]:
    """(key, local_time, author, kind, text) of every stored message, in id order."""
    sql = "SELECT key, local_time, author_name, kind, text FROM messages"
    params: tuple[Any, ...] = ()
    if chat_id is not None:
        sql, params = sql + " WHERE chat_id = ?", (chat_id,)
    with database.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql + " ORDER BY id", params)]


@pytest.fixture
def stored_rows() -> Callable[..., list[tuple[Any, ...]]]:
    """Factory: stored_rows(db, chat_id=None) -> (key, local_time, author, kind, text) rows."""
    return stored


def assert_fts_consistent(database: Database) -> None:
    """Fail unless the FTS5 index matches the messages table exactly (FTS5 integrity-check)."""
    with database.connect() as conn:
        # rank=1 makes FTS5 compare the index with the external content table too.
        conn.exec_driver_sql(
            "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)"
        )
        indexed = conn.exec_driver_sql("SELECT count(*) FROM messages_fts_docsize").scalar_one()
        total = conn.exec_driver_sql("SELECT count(*) FROM messages").scalar_one()
        conn.rollback()
    assert indexed == total


@pytest.fixture
def check_fts() -> Callable[[Database], None]:
    """Factory: check_fts(db) fails the test unless the FTS5 index matches the messages."""
    return assert_fts_consistent
