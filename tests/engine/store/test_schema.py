"""Schema: aware UTC timestamps, constraints, append-only task history, FTS sync triggers."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from engine.store import Database
from engine.store.schema import Chat, Task, TaskEvent, TaskMessage

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _task(**fields: object) -> Task:
    values: dict[str, object] = {
        "title": "Pay the plumber", "created_at": NOW, "updated_at": NOW,
    }  # fmt: skip
    values.update(fields)
    return Task(**values)


@pytest.mark.parametrize(
    "local",
    [
        datetime(2024, 3, 31, 1, 59, tzinfo=BERLIN),  # just before spring forward
        datetime(2024, 3, 31, 3, 0, tzinfo=BERLIN),  # just after
        datetime(2024, 10, 27, 2, 30, fold=0, tzinfo=BERLIN),  # first 02:30 (CEST)
        datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=BERLIN),  # second 02:30 (CET)
        datetime(2024, 7, 1, 23, 59, 59, tzinfo=ZoneInfo("Pacific/Kiritimati")),  # UTC+14
    ],
)
def test_aware_due_dates_round_trip_across_dst(db: Database, local: datetime) -> None:
    with db.session() as session:
        session.add(_task(due_at=local, due_has_time=True))
        session.commit()
    with db.session() as session:
        due = session.execute(select(Task.due_at)).scalar_one()
    # Compared in UTC: PEP 495 makes == across zones False for any time in a fold.
    assert due == local.astimezone(UTC)
    assert due is not None and due.tzinfo is UTC
    assert due.astimezone(local.tzinfo).utcoffset() == local.utcoffset()


def test_naive_datetimes_are_refused_on_write(db: Database) -> None:
    with db.session() as session:
        session.add(_task(due_at=datetime(2024, 5, 1, 9, 0)))
        with pytest.raises(StatementError, match="naive datetime"):
            session.commit()


def test_task_events_are_append_only(db: Database) -> None:
    with db.session() as session:
        task = _task()
        session.add(task)
        session.flush()
        session.add(TaskEvent(task_id=task.id, at=NOW, actor="engine", field="state",
                              old_value=None, new_value="suggested"))  # fmt: skip
        session.commit()
    for statement in (
        "UPDATE task_events SET note = 'rewritten'",
        "DELETE FROM task_events",
        "DELETE FROM tasks",  # the history keeps its task
    ):
        with pytest.raises(IntegrityError), db.begin() as conn:
            conn.exec_driver_sql(statement)
    with db.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO task_events (task_id, at, actor, field, new_value)"
            " VALUES (1, '2025-01-01 00:00:01', 'user', 'status', 'done')"
        )
        assert conn.exec_driver_sql("SELECT count(*) FROM task_events").scalar_one() == 2


@pytest.mark.parametrize(
    ("field", "value"),
    [("priority", "whenever"), ("status", "maybe"), ("state", "pending"), ("origin", "ai")],
)
def test_task_enumerations_are_checked(db: Database, field: str, value: str) -> None:
    with db.session() as session:
        session.add(_task(**{field: value}))
        with pytest.raises(IntegrityError):
            session.commit()


def test_a_fingerprint_is_stored_once(db: Database) -> None:
    with db.session() as session:
        session.add_all([_task(fingerprint="fp-1"), _task(fingerprint=None),
                         _task(fingerprint=None)])  # fmt: skip
        session.commit()
        session.add(_task(fingerprint="fp-1"))
        with pytest.raises(IntegrityError):
            session.commit()


def test_chat_modes_are_checked_and_keys_unique(db: Database) -> None:
    with db.session() as session:
        session.add(Chat(key="a", name="A", timezone="UTC", mode="hybrid", created_at=NOW))
        session.commit()
        session.add(Chat(key="b", name="B", timezone="UTC", mode="work", created_at=NOW))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        session.add(Chat(key="a", name="A again", timezone="UTC", created_at=NOW))
        with pytest.raises(IntegrityError):
            session.commit()


def _insert_message(db: Database, text: str, author: str = "Ana") -> int:
    with db.begin() as conn:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO chats (id, key, name, timezone, created_at)"
            " VALUES (1, 'c', 'C', 'UTC', '2025-01-01 00:00:00')"
        )
        message_id: int = conn.exec_driver_sql(
            "INSERT INTO messages (chat_id, key, sent_at, local_time, author_name, text)"
            " VALUES (1, ?, '2025-01-01 00:00:00', '2025-01-01T00:00:00', ?, ?) RETURNING id",
            (text, author, text),
        ).scalar_one()
    return message_id


def _matches(db: Database, query: str) -> list[int]:
    with db.connect() as conn:
        return [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid",
                (query,),
            )
        ]


def test_fts_triggers_follow_insert_update_and_delete(db: Database, check_fts: object) -> None:
    first = _insert_message(db, "buy tomatoes")
    second = _insert_message(db, "call the bank", author="Zoë")
    assert _matches(db, "tomatoes") == [first]
    assert _matches(db, "author_name:zoe") == [second]  # diacritics folded
    with db.begin() as conn:
        conn.exec_driver_sql("UPDATE messages SET text = 'buy potatoes' WHERE id = ?", (first,))
    assert _matches(db, "tomatoes") == []
    assert _matches(db, "potatoes") == [first]
    with db.begin() as conn:
        conn.exec_driver_sql("DELETE FROM messages WHERE id = ?", (second,))
    assert _matches(db, "bank") == []
    assert callable(check_fts)
    check_fts(db)


def test_deleting_a_chat_removes_its_messages_links_and_index(db: Database) -> None:
    message = _insert_message(db, "fix the roof")
    with db.session() as session:
        task = _task(chat_id=1)
        session.add(task)
        session.flush()
        session.add(TaskMessage(task_id=task.id, message_id=message, role="source"))
        session.commit()
    with db.begin() as conn:
        conn.exec_driver_sql("DELETE FROM chats WHERE id = 1")
        assert conn.exec_driver_sql("SELECT count(*) FROM task_messages").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT chat_id FROM tasks").scalar_one() is None
    assert _matches(db, "roof") == []
