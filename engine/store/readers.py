"""Paged readers returning frozen rows (never ORM objects): chats, messages, search, tasks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import aliased

from engine.store.db import Database
from engine.store.fts import SNIPPET_MARKS, fts_query
from engine.store.rows import ChatRow, MessageRow, SearchHit, TaskRow
from engine.store.schema import Chat, Message, Task
from engine.store.utc import from_utc_text

EXPORT_FETCH_ROWS = 2000
"""Rows fetched at a time while streaming an export."""

_MESSAGE_COLUMNS = (
    Message.id, Message.chat_id, Chat.name, Message.key, Message.line, Message.sent_at,
    Message.local_time, Message.author_name, Message.author_id, Message.text, Message.kind,
    Message.media_name, Message.subtype, Message.edited, Message.deleted,
)  # fmt: skip

_SENT_AT = 5

# bm25 weights: a word in the text counts twice as much as the same word in the author's name.
_SEARCH = """
SELECT m.id, m.chat_id, c.name, c.timezone, m.sent_at, m.author_name,
       snippet(messages_fts, 0, :mark_start, :mark_end, '…', :tokens),
       bm25(messages_fts, 1.0, 0.5) AS rank
FROM messages_fts
JOIN messages AS m ON m.id = messages_fts.rowid
JOIN chats AS c ON c.id = m.chat_id
WHERE messages_fts MATCH :query {chat_filter}
ORDER BY rank, m.id
LIMIT :limit
"""


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local(moment: datetime | None, zone: str) -> datetime | None:
    return None if moment is None else moment.astimezone(_zone(zone))


def list_chats(db: Database, chat_id: int | None = None) -> list[ChatRow]:
    """Every chat (or the one `chat_id`) with totals, most recently active first."""
    messages = aliased(Message)
    per_chat = messages.chat_id == Chat.id
    count = select(func.count()).where(per_chat).scalar_subquery()
    first = select(func.min(messages.sent_at)).where(per_chat).scalar_subquery()
    last = select(func.max(messages.sent_at)).where(per_chat).scalar_subquery()
    tasks = (
        select(func.count())
        .where(Task.chat_id == Chat.id, Task.state != "rejected")
        .scalar_subquery()
    )
    query = select(
        Chat.id, Chat.key, Chat.name, Chat.timezone, Chat.mode, Chat.is_group,
        Chat.never_suggest, count, first, last, tasks,
    ).order_by(last.desc().nulls_last(), Chat.name, Chat.id)  # fmt: skip
    if chat_id is not None:
        query = query.where(Chat.id == chat_id)
    with db.connect() as conn:
        rows = conn.execute(query).all()
    return [
        ChatRow(
            id=r[0],
            key=r[1],
            name=r[2],
            timezone=r[3],
            mode=r[4],
            is_group=r[5],
            never_suggest=r[6],
            message_count=r[7],
            first_at=_local(r[8], r[3]),
            last_at=_local(r[9], r[3]),
            task_count=r[10],
        )  # fmt: skip
        for r in rows
    ]


def count_messages(db: Database, chat_id: int) -> int:
    """Number of stored messages in a chat."""
    with db.connect() as conn:
        total: int = conn.execute(
            select(func.count()).select_from(Message).where(Message.chat_id == chat_id)
        ).scalar_one()
    return total


def _message_row(row: tuple[Any, ...], zone: str) -> MessageRow:
    values = list(row)
    values[_SENT_AT] = values[_SENT_AT].astimezone(_zone(zone))
    return MessageRow(*values)


def _messages_in_order(chat_id: int | None) -> Select[*tuple[Any, ...]]:
    query = select(*_MESSAGE_COLUMNS, Chat.timezone).join(Chat, Chat.id == Message.chat_id)
    if chat_id is not None:
        query = query.where(Message.chat_id == chat_id)
    return query.order_by(Message.chat_id, Message.sent_at, Message.id)


def get_messages(db: Database, chat_id: int, offset: int, limit: int) -> list[MessageRow]:
    """One page of a chat's messages in time order (ties in arrival order)."""
    query = _messages_in_order(chat_id).offset(offset).limit(limit)
    with db.connect() as conn:
        return [_message_row(row[:-1], row[-1]) for row in conn.execute(query)]


def get_message_context(
    db: Database, message_id: int, *, before: int = 3, after: int = 3
) -> list[MessageRow]:
    """A message with up to `before` earlier and `after` later messages of its chat, in order."""
    with db.connect() as conn:
        anchor = conn.execute(
            select(Message.chat_id, Message.sent_at).where(Message.id == message_id)
        ).first()
        if anchor is None:
            return []
        chat_id, sent_at = anchor
        base = select(*_MESSAGE_COLUMNS, Chat.timezone).join(Chat, Chat.id == Message.chat_id)
        base = base.where(Message.chat_id == chat_id)
        key = (Message.sent_at, Message.id)
        earlier = base.where(
            (Message.sent_at < sent_at) | ((Message.sent_at == sent_at) & (Message.id < message_id))
        ).order_by(*(k.desc() for k in key)).limit(before)
        later = base.where(
            (Message.sent_at > sent_at) | ((Message.sent_at == sent_at) & (Message.id > message_id))
        ).order_by(*key).limit(after)
        itself = base.where(Message.id == message_id)
        rows = [
            *reversed(conn.execute(earlier).all()),
            *conn.execute(itself).all(),
            *conn.execute(later).all(),
        ]
    return [_message_row(row[:-1], row[-1]) for row in rows]


def message_position(db: Database, message_id: int) -> int | None:
    """Index of a message in its chat's time order (for jumping to it), None if unknown."""
    with db.connect() as conn:
        anchor = conn.execute(
            select(Message.chat_id, Message.sent_at).where(Message.id == message_id)
        ).first()
        if anchor is None:
            return None
        chat_id, sent_at = anchor
        before: int = conn.execute(
            select(func.count()).select_from(Message).where(
                Message.chat_id == chat_id,
                (Message.sent_at < sent_at)
                | ((Message.sent_at == sent_at) & (Message.id < message_id)),
            )
        ).scalar_one()
    return before


def iter_messages_for_export(db: Database, chat_id: int | None = None) -> Iterator[MessageRow]:
    """Every message of one chat (or all chats) in time order, streamed from one snapshot."""
    query = _messages_in_order(chat_id)
    with db.connect() as conn:
        result = conn.execution_options(yield_per=EXPORT_FETCH_ROWS).execute(query)
        for row in result:
            yield _message_row(row[:-1], row[-1])


def search_messages(
    db: Database,
    query: str,
    limit: int = 50,
    chat_id: int | None = None,
    *,
    snippet_tokens: int = 12,
) -> list[SearchHit]:
    """Messages matching every term of `query`, best bm25 rank first; never raises on syntax."""
    expression = fts_query(query)
    if expression is None or limit <= 0:
        return []
    params: dict[str, object] = {
        "query": expression, "limit": limit, "tokens": snippet_tokens,
        "mark_start": SNIPPET_MARKS[0], "mark_end": SNIPPET_MARKS[1],
    }  # fmt: skip
    chat_filter = ""
    if chat_id is not None:
        chat_filter, params["chat_id"] = "AND m.chat_id = :chat_id", chat_id
    with db.connect() as conn:
        rows = conn.execute(text(_SEARCH.format(chat_filter=chat_filter)), params).all()
    return [
        SearchHit(
            message_id=r[0],
            chat_id=r[1],
            chat_name=r[2],
            sent_at=from_utc_text(r[4]).astimezone(_zone(r[3])),
            author=r[5],
            snippet=r[6],
            rank=r[7],
        )  # fmt: skip
        for r in rows
    ]


def list_tasks(
    db: Database,
    *,
    state: str | None = None,
    status: str | None = None,
    chat_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[TaskRow]:
    """One page of tasks, soonest due first (undated last), filtered by state/status/chat."""
    query = select(
        Task.id, Task.chat_id, Task.title, Task.description, Task.assignee, Task.due_at,
        Task.due_has_time, Task.priority, Task.category, Task.project, Task.status,
        Task.state, Task.language, Task.confidence, Task.origin, Task.fingerprint,
        Task.created_at, Task.updated_at,
    )  # fmt: skip
    if state is not None:
        query = query.where(Task.state == state)
    if status is not None:
        query = query.where(Task.status == status)
    if chat_id is not None:
        query = query.where(Task.chat_id == chat_id)
    query = query.order_by(Task.due_at.is_(None), Task.due_at, Task.id)
    with db.connect() as conn:
        rows = conn.execute(query.offset(offset).limit(limit)).all()
    return [TaskRow(**row._mapping) for row in rows]
