"""Fast, idempotent, crash-safe import of parsed export messages into the store."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from engine.ingest.model import MediaFile, ParsedMessage
from engine.store.checkpoint import BackgroundCheckpoints
from engine.store.db import Database
from engine.store.prefetch import Prefetched
from engine.store.prepare import AUTHOR_ID, ROW_PARAMS, PreparedBatch, prepare_batches
from engine.store.utc import to_utc_text

_PHONE = re.compile(r"\+?[\d\s().\-\u2011]{7,}")
_MAX_PARAMS = 500  # for IN (...) lists; far below SQLITE_MAX_VARIABLE_NUMBER on every build
_MAX_ROWS_PER_STATEMENT = 2000


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """Outcome of one import: messages read, newly stored, and already present."""

    chat_id: int
    seen: int
    new: int
    duplicates: int
    import_id: int


@dataclass(slots=True)
class _Run:
    chat_id: int
    import_id: int
    contacts: dict[str, int] = field(default_factory=dict)
    statements: dict[int, str] = field(default_factory=dict)
    seen: int = 0
    new: int = 0
    last_line: int | None = None


def import_messages(
    db: Database,
    *,
    chat_key: str,
    chat_name: str,
    timezone: str,
    messages: Iterable[ParsedMessage],
    source_path: str,
    file_sha256: str | None = None,
    media: Mapping[str, MediaFile] | None = None,
    is_group: bool | None = None,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> ImportSummary:
    """Store `messages` of one export in the chat `chat_key`, each message once.

    Every batch is one transaction, so a run stopped at any point and started again ends with
    exactly the export's messages. Written wall times become instants in the chat's zone:
    `timezone` (IANA) for a new chat, the stored one for an existing chat. `progress` gets the
    number of messages read after each committed batch. The `messages` iterable is consumed on
    a helper thread, one batch ahead of the writes, and WAL checkpoints run on another.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    now = clock or _utc_now
    ZoneInfo(timezone)  # an unknown zone fails here, before anything is written
    with db.begin() as conn:
        chat_id, chat_zone = _ensure_chat(conn, chat_key, chat_name, timezone, is_group, now())
        import_id = _start_import(conn, chat_id, source_path, file_sha256, now())
        rows_per_statement = _rows_per_statement(conn)
    run = _Run(chat_id, import_id)
    zone = ZoneInfo(chat_zone)
    batches = prepare_batches(messages, zone, media or {}, batch_size, rows_per_statement)
    try:
        with (
            db.writer() as conn,
            BackgroundCheckpoints(db.engine, conn),
            Prefetched(batches) as prepared,
        ):
            for batch in prepared:
                with conn.begin():
                    _write_batch(conn, run, batch)
                if progress is not None:
                    progress(run.seen)
    except BaseException as error:
        with db.begin() as conn:
            _finish_import(conn, run, "failed", now(), f"{type(error).__name__}: {error}")
        raise
    with db.begin() as conn:
        _finish_import(conn, run, "done", now(), None)
        if is_group is None:
            _infer_group(conn, chat_id)
    return ImportSummary(chat_id, run.seen, run.new, run.seen - run.new, import_id)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _rows_per_statement(conn: Connection) -> int:
    driver = conn.connection.driver_connection
    # 999 is the lowest limit any SQLite build has had; other drivers may not tell.
    limit = 999
    if isinstance(driver, sqlite3.Connection):
        limit = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, min(_MAX_ROWS_PER_STATEMENT, limit // ROW_PARAMS))


def _ensure_chat(
    conn: Connection, key: str, name: str, timezone: str, is_group: bool | None, now: datetime
) -> tuple[int, str]:
    """The chat's id and zone, creating it with `name` and `timezone` if it is new."""
    # An existing chat keeps its name and zone (the user may have changed them), and its zone
    # converts this import too, so all of a chat's instants come from one zone.
    conn.exec_driver_sql(
        "INSERT INTO chats (key, name, is_group, timezone, mode, never_suggest, created_at)"
        " VALUES (?, ?, ?, ?, 'personal', 0, ?) ON CONFLICT (key) DO NOTHING",
        (key, name, bool(is_group), timezone, to_utc_text(now)),
    )
    chat_id, zone = conn.exec_driver_sql(
        "SELECT id, timezone FROM chats WHERE key = ?", (key,)
    ).one()
    if is_group is not None:
        conn.exec_driver_sql("UPDATE chats SET is_group = ? WHERE id = ?", (is_group, chat_id))
    return int(chat_id), str(zone)


def _start_import(
    conn: Connection, chat_id: int, path: str, sha256: str | None, now: datetime
) -> int:
    # A run still marked 'running' was killed; imports of one chat are never concurrent.
    conn.exec_driver_sql(
        "UPDATE imports SET status = 'failed', error = 'interrupted'"
        " WHERE chat_id = ? AND status = 'running'",
        (chat_id,),
    )
    import_id: int = conn.exec_driver_sql(
        "INSERT INTO imports (chat_id, path, file_sha256, started_at, status)"
        " VALUES (?, ?, ?, ?, 'running') RETURNING id",
        (chat_id, path, sha256, to_utc_text(now)),
    ).scalar_one()
    return import_id


def _insert_statement(run: _Run, rows: int) -> str:
    # One multi-row INSERT per chunk rather than executemany: FTS5 flushes its pending index
    # at every statement boundary, which makes the sync trigger ~6x slower row by row.
    statement = run.statements.get(rows)
    if statement is None:
        row = f"({run.chat_id},?,?,?,?,?,?,?,?,?,?,?,?,{run.import_id})"
        statement = run.statements[rows] = (
            "INSERT OR IGNORE INTO messages (chat_id, key, line, sent_at, local_time, author_id,"
            " author_name, text, kind, media_name, subtype, edited, deleted, import_id)"
            f" VALUES {','.join([row] * rows)}"
        )
    return statement


def _write_batch(conn: Connection, run: _Run, batch: PreparedBatch) -> None:
    contacts = run.contacts
    new_names = batch.authors.difference(contacts)
    if new_names:
        contacts.update(_add_contacts(conn, run.chat_id, sorted(new_names)))
    for params in batch.chunks:
        names = params[AUTHOR_ID + 1 :: ROW_PARAMS]
        params[AUTHOR_ID::ROW_PARAMS] = [None if n is None else contacts[str(n)] for n in names]
        statement = _insert_statement(run, len(params) // ROW_PARAMS)
        run.new += conn.exec_driver_sql(statement, tuple(params)).rowcount
    if batch.files:
        _attach(conn, run.chat_id, batch.files)
    run.seen += batch.size
    run.last_line = batch.last_line
    conn.exec_driver_sql(
        "UPDATE imports SET messages_seen = ?, messages_new = ?, last_line = ? WHERE id = ?",
        (run.seen, run.new, run.last_line, run.import_id),
    )


def _add_contacts(conn: Connection, chat_id: int, names: list[str]) -> dict[str, int]:
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO contacts (display_name, phone) VALUES (?, ?)",
        [(name, name if _PHONE.fullmatch(name) else None) for name in names],
    )
    found: dict[str, int] = {}
    for start in range(0, len(names), _MAX_PARAMS):
        chunk = names[start : start + _MAX_PARAMS]
        marks = ",".join("?" * len(chunk))
        result = conn.exec_driver_sql(
            f"SELECT display_name, id FROM contacts WHERE display_name IN ({marks})", tuple(chunk)
        )
        found.update((name, contact_id) for name, contact_id in result)
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO chat_participants (chat_id, contact_id) VALUES (?, ?)",
        [(chat_id, contact_id) for contact_id in found.values()],
    )
    return found


def _attach(conn: Connection, chat_id: int, files: list[tuple[str, MediaFile]]) -> None:
    ids: dict[str, int] = {}
    keys = [key for key, _ in files]
    for start in range(0, len(keys), _MAX_PARAMS):
        chunk = keys[start : start + _MAX_PARAMS]
        marks = ",".join("?" * len(chunk))
        result = conn.exec_driver_sql(
            f"SELECT key, id FROM messages WHERE chat_id = ? AND key IN ({marks})",
            (chat_id, *chunk),
        )
        ids.update((key, message_id) for key, message_id in result)
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO attachments (message_id, file_name, location, size, sha256)"
        " VALUES (?, ?, ?, ?, ?)",
        [(ids[key], f.name, f.location, f.size, f.sha256) for key, f in files],
    )


def _finish_import(
    conn: Connection, run: _Run, status: str, now: datetime, error: str | None
) -> None:
    conn.exec_driver_sql(
        "UPDATE imports SET status = ?, finished_at = ?, error = ?, messages_seen = ?,"
        " messages_new = ?, last_line = ? WHERE id = ?",
        (status, to_utc_text(now), error, run.seen, run.new, run.last_line, run.import_id),
    )


def _infer_group(conn: Connection, chat_id: int) -> None:
    # Without a hint, more than two people writing makes it a group.
    conn.exec_driver_sql(
        "UPDATE chats SET is_group = (SELECT count(*) > 2 FROM chat_participants"
        " WHERE chat_id = ?) WHERE id = ?",
        (chat_id, chat_id),
    )
