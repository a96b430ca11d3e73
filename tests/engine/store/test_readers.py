"""Readers: frozen rows, paging, local times in the chat's zone, safe full-text search."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from engine.store import (
    SNIPPET_MARKS,
    ChatRow,
    Database,
    count_messages,
    get_messages,
    iter_messages_for_export,
    list_chats,
    list_tasks,
    search_messages,
)
from engine.store.schema import Task

NOW = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.fixture
def two_chats(db: Database, import_into: Any, make_message: Any) -> tuple[int, int]:
    """A Berlin family chat (with emoji, accents, a DST gap) and a Tokyo work chat."""
    family = import_into(
        [
            make_message(1, "2024-03-30 20:00", "Ana", "Grüße aus Köln 🎉 morgen Kuchen?"),
            make_message(2, "2024-03-31 02:30", "Ben", "🎉🎉 ja! café at 10:30"),
            make_message(3, "2024-03-31 09:00", None, "Ben changed the subject", "system"),
            make_message(4, "2024-04-01 08:00", "Ana", 'say "hi" to a:b and NEAR(x)'),
        ],
        chat_key="family", chat_name="Family",
    ).chat_id  # fmt: skip
    work = import_into(
        [make_message(1, "2024-04-01 09:00", "Kenji", "morgen meeting about the invoice")],
        chat_key="work", chat_name="Work", timezone="Asia/Tokyo",
    ).chat_id  # fmt: skip
    return family, work


def test_list_chats_gives_totals_and_local_bounds(db: Database, two_chats: tuple[int, int]) -> None:
    family, work = two_chats
    with db.session() as session:
        session.add_all([
            Task(chat_id=family, title="bake", created_at=NOW, updated_at=NOW),
            Task(chat_id=family, title="no", state="rejected", created_at=NOW, updated_at=NOW),
        ])  # fmt: skip
        session.commit()
    chats = list_chats(db)
    assert [chat.name for chat in chats] == ["Family", "Work"]  # most recent first
    by_name = {chat.name: chat for chat in chats}
    assert (by_name["Family"].message_count, by_name["Family"].task_count) == (4, 1)
    assert (by_name["Work"].message_count, by_name["Work"].task_count) == (1, 0)
    assert by_name["Family"].first_at == datetime(
        2024, 3, 30, 20, 0, tzinfo=ZoneInfo("Europe/Berlin")
    )
    assert by_name["Work"].last_at == datetime(2024, 4, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert by_name["Work"].timezone == "Asia/Tokyo"
    with pytest.raises(dataclasses.FrozenInstanceError):
        by_name["Work"].name = "x"  # type: ignore[misc]


def test_an_empty_chat_is_listed_without_bounds(db: Database, import_into: Any) -> None:
    import_into([], chat_key="empty", chat_name="Empty")
    assert list_chats(db) == [
        ChatRow(id=1, key="empty", name="Empty", timezone="Europe/Berlin", mode="personal",
                is_group=False, never_suggest=False, message_count=0, first_at=None,
                last_at=None, task_count=0)
    ]  # fmt: skip


def test_get_messages_pages_in_time_order_with_local_times(
    db: Database, two_chats: tuple[int, int]
) -> None:
    family, _ = two_chats
    assert count_messages(db, family) == 4
    first, second = get_messages(db, family, 0, 2)
    (fourth,) = get_messages(db, family, 3, 10)
    assert [m.line for m in (first, second, fourth)] == [1, 2, 4]
    assert second.sent_at == datetime(2024, 3, 31, 3, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert str(second.sent_at.tzinfo) == "Europe/Berlin"
    assert second.local_time == "2024-03-31T02:30:00"  # as written, inside the DST gap
    assert (second.chat_name, second.author, second.kind) == ("Family", "Ben", "text")
    assert get_messages(db, family, 4, 10) == []
    assert get_messages(db, 999, 0, 10) == []


def test_iter_messages_for_export_streams_all_chats_in_order(
    db: Database, two_chats: tuple[int, int]
) -> None:
    family, work = two_chats
    everything = list(iter_messages_for_export(db))
    assert [(m.chat_id, m.line) for m in everything] == [
        (family, 1), (family, 2), (family, 3), (family, 4), (work, 1),
    ]  # fmt: skip
    assert [m.text for m in iter_messages_for_export(db, chat_id=work)] == [
        "morgen meeting about the invoice"
    ]
    assert everything[:4] == get_messages(db, family, 0, 10)


@pytest.mark.parametrize(
    ("query", "lines"),
    [
        ("grüße", [1]),
        ("GRUSSE", []),  # no ß->ss folding in unicode61
        ("grusse koln", []),
        ("gruße köln", [1]),
        ("koln", [1]),  # diacritics folded
        ("kuchen", [1]),
        ("cafe", [2]),
        ("10:30", [2]),
        ('"hi" a:b', [4]),
        ("morg", [1]),  # the last term also matches as a prefix
        ("ana", [1, 4]),  # author names are indexed too
    ],
)
def test_search_finds_words_in_unicode_and_emoji_text(
    db: Database, two_chats: tuple[int, int], query: str, lines: list[int]
) -> None:
    family, _ = two_chats
    hits = search_messages(db, query, chat_id=family)
    found = sorted(line for hit in hits for line in _lines(db, hit.message_id))
    assert found == lines


def _lines(db: Database, message_id: int) -> list[int]:
    with db.connect() as conn:
        return [conn.exec_driver_sql(
            "SELECT line FROM messages WHERE id = ?", (message_id,)).scalar_one()]  # fmt: skip


@pytest.mark.parametrize(
    "query",
    ['"foo', "a:b", "foo\"bar", "NEAR(", "AND", "OR NOT", "*", "^", "(", ")", "-x", "'",
     '""', "🎉", "   ", "", "text:", "{a b}", "a + b", "x" * 300, "\x00", "a\x00b", "NOT morgen"],
)  # fmt: skip
def test_search_never_raises_on_user_syntax(
    db: Database, two_chats: tuple[int, int], query: str
) -> None:
    assert isinstance(search_messages(db, query), list)


def test_search_ranks_snippets_and_filters_by_chat(
    db: Database, two_chats: tuple[int, int]
) -> None:
    family, work = two_chats
    hits = search_messages(db, "morgen")
    assert {hit.chat_name for hit in hits} == {"Family", "Work"}
    assert [hit.rank for hit in hits] == sorted(hit.rank for hit in hits)
    start, end = SNIPPET_MARKS
    assert all(f"{start}morgen{end}" in hit.snippet for hit in hits)
    (work_hit,) = search_messages(db, "morgen", chat_id=work)
    assert work_hit.sent_at == datetime(2024, 4, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert (work_hit.author, work_hit.chat_id) == ("Kenji", work)
    assert len(search_messages(db, "morgen", limit=1)) == 1
    assert search_messages(db, "morgen", limit=0) == []


def test_list_tasks_filters_by_state_status_and_chat(
    db: Database, two_chats: tuple[int, int]
) -> None:
    family, work = two_chats
    due = datetime(2024, 4, 2, 18, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    with db.session() as session:
        session.add_all([
            Task(chat_id=family, title="undated", created_at=NOW, updated_at=NOW),
            Task(chat_id=family, title="cake", due_at=due, due_has_time=True,
                 state="confirmed", created_at=NOW, updated_at=NOW),
            Task(chat_id=work, title="invoice", status="done", state="confirmed",
                 priority="high", created_at=NOW, updated_at=NOW),
        ])  # fmt: skip
        session.commit()
    assert [t.title for t in list_tasks(db)] == ["cake", "undated", "invoice"]
    assert [t.title for t in list_tasks(db, state="confirmed")] == ["cake", "invoice"]
    assert [t.title for t in list_tasks(db, status="done")] == ["invoice"]
    assert [t.title for t in list_tasks(db, chat_id=family, status="open")] == ["cake", "undated"]
    assert [t.title for t in list_tasks(db, offset=1, limit=1)] == ["undated"]
    cake = list_tasks(db, state="confirmed", chat_id=family)[0]
    assert cake.due_at == due and cake.due_at is not None and cake.due_at.tzinfo is UTC
    assert (cake.due_has_time, cake.priority, cake.origin, cake.created_at) == (
        True, "normal", "extracted", NOW,
    )  # fmt: skip
