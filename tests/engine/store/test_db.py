"""Database: pragmas on every connection, migration on open, default location, sessions."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import make_url, select
from sqlalchemy.exc import IntegrityError, OperationalError

import engine.store
from engine.store import Database
from engine.store import db as db_module
from engine.store.schema import Chat

REPO = Path(__file__).resolve().parents[3]


def test_every_connection_has_wal_foreign_keys_and_busy_timeout(db: Database) -> None:
    with db.connect() as first, db.engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 1  # NORMAL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == (
                db_module.BUSY_TIMEOUT_MS
            )


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO messages (chat_id, key, sent_at, local_time, text)"
            " VALUES (999, 'k', '2024-01-01 00:00:00', '2024-01-01T01:00:00', 'orphan')"
        )


def _head() -> str:
    from alembic.script import ScriptDirectory

    from engine.store.db import alembic_config

    (head,) = ScriptDirectory.from_config(alembic_config()).get_heads()
    return str(head)


def test_open_migrates_to_head_and_reopening_is_a_no_op(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    for _ in range(2):
        database = Database.open(url)
        with database.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
                (_head(),)
            ]
        database.close()


def test_schema_head_is_alembic_head() -> None:
    """Opening skips Alembic at SCHEMA_HEAD, so a new migration must move the constant too."""
    assert db_module.SCHEMA_HEAD == _head()


def _open_in_child(url: str) -> list[str]:
    """Open `url` in a fresh interpreter; its revision and whether Alembic was imported."""
    code = (
        "import sys\n"
        "from engine.store import Database\n"
        f"database = Database.open({url!r})\n"
        "print(database.schema_revision(), 'alembic' in sys.modules)\n"
        "database.close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return out.stdout.split()


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.db'}"
    assert _open_in_child(url) == [_head(), "True"]  # new: created by the migrations
    assert _open_in_child(url) == [_head(), "False"]  # at head: no Alembic at all


def test_an_old_database_is_still_migrated_on_open(tmp_path: Path) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Database(db_module.make_engine(url))
    config = db_module.alembic_config()
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    with old.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO chats (key, name, timezone, created_at)"
            " VALUES ('k', 'Kept', 'UTC', '2024-01-01 00:00:00')"
        )
    assert old.schema_revision() == "0002"
    old.close()
    assert _open_in_child(url) == [_head(), "True"]
    with Database.open(url) as database, database.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM chats").all() == [("Kept",)]


def test_schema_revision_of_an_empty_file_is_none(tmp_path: Path) -> None:
    (tmp_path / "empty.db").write_bytes(b"")
    database = Database(db_module.make_engine(f"sqlite:///{tmp_path / 'empty.db'}"))
    try:
        assert database.schema_revision() is None
    finally:
        database.close()


def test_open_works_from_any_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Database.open(f"sqlite:///{tmp_path / 'cwd.db'}") as database:
        with database.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM chats").scalar_one() == 0


def test_migrations_are_found_beside_the_package() -> None:
    assert db_module.MIGRATIONS_DIR == Path(engine.store.__file__).parent / "migrations"
    assert (db_module.MIGRATIONS_DIR / "env.py").is_file()
    assert db_module.alembic_config().get_main_option("script_location") == str(
        db_module.MIGRATIONS_DIR
    )


def test_default_url_is_in_the_user_data_dir_which_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "data?#%" / "ChatTasks"  # characters a URL would misread

    def user_data_dir(appname: str, appauthor: str) -> str:
        assert (appname, appauthor) == ("ChatTasks", "ChatTasks")
        return str(target)

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    assert make_url(db_module.default_url()).database == str(target / "chattasks.db")
    assert target.is_dir()
    with Database.open() as database:
        assert database.engine.url.database == str(target / "chattasks.db")
    assert (target / "chattasks.db").is_file()


def test_session_round_trips_an_orm_object(db: Database) -> None:
    created = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
    with db.session() as session:
        session.add(Chat(key="k", name="Family", timezone="Europe/Rome", created_at=created))
        session.commit()
    with db.session() as session:
        chat = session.execute(select(Chat)).scalar_one()
        assert (chat.name, chat.mode, chat.never_suggest, chat.is_group) == (
            "Family", "personal", False, False,
        )  # fmt: skip
        assert chat.created_at == created


def test_write_transactions_wait_for_each_other(db: Database) -> None:
    """BEGIN IMMEDIATE: a second writer blocks until the first commits, instead of failing."""
    order: list[str] = []
    first_has_lock = threading.Event()

    def second_writer() -> None:
        first_has_lock.wait()
        with db.begin() as conn:
            order.append("second")
            conn.exec_driver_sql("INSERT INTO contacts (display_name) VALUES ('second')")

    thread = threading.Thread(target=second_writer)
    thread.start()
    with db.begin() as conn:
        conn.exec_driver_sql("INSERT INTO contacts (display_name) VALUES ('first')")
        first_has_lock.set()
        thread.join(timeout=0.3)
        order.append("first")
    thread.join()
    assert order == ["first", "second"]


def test_a_failed_transaction_rolls_back(db: Database) -> None:
    with pytest.raises(OperationalError), db.begin() as conn:
        conn.exec_driver_sql("INSERT INTO contacts (display_name) VALUES ('kept?')")
        conn.exec_driver_sql("SELECT * FROM no_such_table")
    with db.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one() == 0


def test_importing_the_store_loads_no_qt() -> None:
    code = "import sys, engine.store; print(sorted(m for m in sys.modules if 'PySide' in m))"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]"


def test_public_api_is_pinned() -> None:
    assert sorted(engine.store.__all__) == sorted(
        [
            "SNIPPET_MARKS", "ChatRow", "Database", "ImportSummary", "MessageRow", "SearchHit",
            "TaskRow", "UtcDateTime", "count_messages", "default_url", "from_utc_text",
            "fts_query", "get_messages", "import_messages", "iter_messages_for_export",
            "list_chats", "list_tasks", "search_messages", "to_utc_text", "wall_to_utc",
        ]
    )  # fmt: skip
    for name in engine.store.__all__:
        value = getattr(engine.store, name)
        if callable(value):
            assert value.__doc__, name
