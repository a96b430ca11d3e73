"""Importer: each message stored once across repeats and overlaps; times, contacts, media."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

import pytest

from engine.ingest.model import MediaFile, ParsedMessage
from engine.store import Database, import_messages

Rows = Callable[..., list[tuple[Any, ...]]]


def _one(db: Database, sql: str, *params: object) -> Any:
    with db.connect() as conn:
        return conn.exec_driver_sql(sql, params).scalar_one()


def _all(db: Database, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with db.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql, params)]


def test_importing_the_same_export_twice_stores_it_once(
    db: Database, import_into: Any, chat_of: Any, stored_rows: Rows, check_fts: Any
) -> None:
    messages = chat_of(2500, 1)
    first = import_into(messages, batch_size=1000)
    after_first = stored_rows(db)
    second = import_into(messages, batch_size=700)
    assert (first.seen, first.new, first.duplicates) == (2500, 2500, 0)
    assert (second.seen, second.new, second.duplicates) == (2500, 0, 2500)
    assert second.chat_id == first.chat_id and second.import_id != first.import_id
    assert stored_rows(db) == after_first
    check_fts(db)


def test_overlapping_exports_merge_to_the_union(
    db: Database, import_into: Any, chat_of: Any, stored_rows: Rows, check_fts: Any
) -> None:
    history = chat_of(900, 1)
    older, newer = history[:600], history[300:]  # share messages 301..600
    import_into(older)
    summary = import_into([m._replace(line=m.line - 300) for m in newer])
    assert (summary.new, summary.duplicates) == (300, 300)
    texts = sorted(row[4] for row in stored_rows(db))
    assert texts == sorted(m.text for m in history)
    check_fts(db)


def test_identical_messages_in_one_minute_are_all_kept(
    db: Database, import_into: Any, make_message: Any, stored_rows: Rows
) -> None:
    messages = [
        make_message(1, "2024-05-01 18:00", "Ben", "ok"),
        make_message(2, "2024-05-01 18:00", "Ben", "ok"),
        make_message(3, "2024-05-01 18:00", "Ana", "ok"),
        make_message(4, "2024-05-01 18:00", "Ben", "ok"),
    ]
    assert import_into(messages).new == 4
    assert import_into(messages).new == 0
    assert import_into(messages[:2]).new == 0  # an earlier, shorter export of the same chat
    rows = stored_rows(db)
    assert len(rows) == 4 and len({row[0] for row in rows}) == 4


def test_a_longer_run_of_duplicates_in_a_later_export_adds_only_the_extra_ones(
    db: Database, import_into: Any, make_message: Any
) -> None:
    ok = [make_message(i, "2024-05-01 18:00", "Ben", "ok") for i in range(1, 4)]
    import_into(ok[:2])
    assert import_into(ok).new == 1


def test_keys_start_with_the_written_time(
    db: Database, import_into: Any, make_message: Any, stored_rows: Rows
) -> None:
    import_into([make_message(1, "2024-05-01 18:00:07", "Ben", "hi")])
    ((key, local, *_),) = stored_rows(db)
    assert local == "2024-05-01T18:00:07"
    assert key.startswith("2024-05-01T18:00:07#") and len(key) == 20 + 32


def test_wall_times_become_utc_across_dst(
    db: Database, import_into: Any, make_message: Any
) -> None:
    import_into(
        [
            make_message(1, "2024-03-31 01:59", text="before the gap"),
            make_message(2, "2024-03-31 02:30", text="inside the gap"),
            make_message(3, "2024-10-27 02:30", text="in the overlap"),
            make_message(4, "2024-10-27 03:00", text="after the overlap"),
        ]
    )
    assert _all(db, "SELECT local_time, sent_at FROM messages ORDER BY line") == [
        ("2024-03-31T01:59:00", "2024-03-31 00:59:00"),
        ("2024-03-31T02:30:00", "2024-03-31 01:30:00"),  # shown as 03:30 CEST
        ("2024-10-27T02:30:00", "2024-10-27 00:30:00"),  # fold=0: still CEST
        ("2024-10-27T03:00:00", "2024-10-27 02:00:00"),
    ]


def test_contacts_are_shared_and_linked_as_participants(
    db: Database, import_into: Any, make_message: Any
) -> None:
    messages = [
        make_message(1, author=None, text="Ana created group", kind="system"),
        make_message(2, author="Ana", text="hi"),
        make_message(3, author="+49 151 2345678", text="hello"),
    ]
    first = import_into(messages, chat_key="family")
    second = import_into(messages[1:2], chat_key="work")
    assert _all(db, "SELECT display_name, phone FROM contacts ORDER BY id") == [
        ("+49 151 2345678", "+49 151 2345678"),
        ("Ana", None),
    ]
    assert _one(db, "SELECT count(*) FROM chat_participants WHERE chat_id = ?", first.chat_id) == 2
    assert _one(db, "SELECT count(*) FROM chat_participants WHERE chat_id = ?", second.chat_id) == 1
    assert _all(db, "SELECT author_id, author_name FROM messages WHERE kind = 'system'") == [
        (None, None)
    ]
    assert _one(
        db, "SELECT count(*) FROM messages m JOIN contacts c ON c.id = m.author_id"
        " WHERE c.display_name = m.author_name"
    ) == 3  # fmt: skip


def test_group_flag_is_inferred_unless_given(db: Database, import_into: Any, chat_of: Any) -> None:
    three_people, two_people = chat_of(9, 1), [m for m in chat_of(9, 1) if m.author != "Chiara"]
    import_into(three_people, chat_key="group")
    import_into(two_people, chat_key="pair")
    import_into(three_people, chat_key="told", is_group=False)
    assert _all(db, "SELECT key, is_group FROM chats ORDER BY key") == [
        ("group", 1), ("pair", 0), ("told", 0),
    ]  # fmt: skip


def test_attachments_are_recorded_once_when_their_file_is_present(
    db: Database, import_into: Any, make_message: Any
) -> None:
    photo = MediaFile("IMG-1.jpg", "/exports/IMG-1.jpg", 1234, "ab" * 32)
    messages = [
        make_message(1, text="IMG-1.jpg (file attached)", kind="media", media="IMG-1.jpg"),
        make_message(2, text="VID-2.mp4 (file attached)", kind="media", media="VID-2.mp4"),
    ]
    import_into(messages)  # exported without media first
    assert _one(db, "SELECT count(*) FROM attachments") == 0
    for _ in range(2):
        import_into(messages, media={"IMG-1.jpg": photo})
    assert _all(
        db, "SELECT m.line, a.file_name, a.location, a.size, a.sha256"
        " FROM attachments a JOIN messages m ON m.id = a.message_id"
    ) == [(1, "IMG-1.jpg", "/exports/IMG-1.jpg", 1234, "ab" * 32)]  # fmt: skip


def test_message_fields_are_stored_as_given(
    db: Database, import_into: Any, make_message: Any
) -> None:
    poll = ParsedMessage(7, make_message(1).timestamp, "Ana", "POLL: lunch?", "text",
                         None, True, "poll", True)  # fmt: skip
    gone = make_message(8, text="This message was deleted", kind="deleted")
    import_into([poll, gone], source_path="/x/chat.zip", file_sha256="f" * 64)
    assert _all(
        db, "SELECT line, kind, subtype, edited, deleted, media_name FROM messages ORDER BY line"
    ) == [(7, "text", "poll", 1, 0, None), (8, "deleted", None, 0, 1, None)]  # fmt: skip
    assert _all(db, "SELECT path, file_sha256, status, messages_seen, messages_new, last_line,"
                    " started_at, finished_at FROM imports") == [
        ("/x/chat.zip", "f" * 64, "done", 2, 2, 8, "2025-01-02 03:04:05", "2025-01-02 03:04:05")
    ]  # fmt: skip


def test_an_existing_chat_keeps_its_name_and_zone_and_converts_with_it(
    db: Database, import_into: Any, chat_of: Any
) -> None:
    import_into(chat_of(3, 1), chat_name="Family", timezone="Europe/Rome")
    import_into(chat_of(4, 1), chat_name="Family (2)", timezone="Asia/Tokyo")
    assert _all(db, "SELECT name, timezone FROM chats") == [("Family", "Europe/Rome")]
    assert _all(db, "SELECT local_time, sent_at FROM messages WHERE line = 4") == [
        ("2024-01-01T09:03:00", "2024-01-01 08:03:00")  # Rome (UTC+1), not Tokyo
    ]


def test_progress_is_reported_after_each_committed_batch(
    db: Database, import_into: Any, chat_of: Any
) -> None:
    reports: list[int] = []

    def progress(done: int) -> None:
        reports.append(done)
        assert _one(db, "SELECT messages_seen FROM imports WHERE status = 'running'") == done

    import_into(chat_of(2500, 1), batch_size=1000, progress=progress)
    assert reports == [1000, 2000, 2500]


def test_a_failing_source_marks_the_import_failed_and_keeps_committed_batches(
    db: Database, import_into: Any, chat_of: Any
) -> None:
    def broken() -> Iterator[ParsedMessage]:
        yield from chat_of(250, 1)
        raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        import_into(broken(), batch_size=100)
    assert _one(db, "SELECT count(*) FROM messages") == 200
    assert _all(db, "SELECT status, error, messages_seen FROM imports") == [
        ("failed", "OSError: disk went away", 200)
    ]
    assert import_into(chat_of(250, 1)).new == 50


def test_aware_timestamps_are_refused(db: Database, import_into: Any, make_message: Any) -> None:
    from datetime import UTC

    aware = make_message(1)._replace(timestamp=make_message(1).timestamp.replace(tzinfo=UTC))
    with pytest.raises(ValueError, match="naive"):
        import_into([aware])
    assert _one(db, "SELECT status FROM imports") == "failed"


def test_bad_arguments_fail_before_writing(db: Database, chat_of: Any) -> None:
    with pytest.raises(ZoneInfoNotFoundError):
        import_messages(db, chat_key="c", chat_name="C", timezone="Mars/Olympus",
                        messages=chat_of(1, 1), source_path="x")  # fmt: skip
    with pytest.raises(ValueError, match="batch_size"):
        import_messages(db, chat_key="c", chat_name="C", timezone="UTC",
                        messages=chat_of(1, 1), source_path="x", batch_size=0)  # fmt: skip
    assert _one(db, "SELECT count(*) FROM chats") == 0


def test_an_empty_export_creates_the_chat_and_a_done_import(db: Database, import_into: Any) -> None:
    summary = import_into([])
    assert (summary.seen, summary.new, summary.duplicates) == (0, 0, 0)
    assert _all(db, "SELECT status, last_line FROM imports") == [("done", None)]
