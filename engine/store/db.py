"""The SQLite database: engine with per-connection pragmas, Alembic upgrade on open, sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

APP_NAME = "ChatTasks"
"""Application and author name used for the per-user data directory."""

BUSY_TIMEOUT_MS = 10_000
"""How long a connection waits for another writer before failing with 'database is locked'."""

CACHE_SIZE_KIB = 65_536
"""Page cache per connection (SQLite's default is 2 MiB): keeps a large chat's indexes and FTS
segments in memory while importing and searching; allocated only as pages are used."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
"""Alembic scripts, found beside this module so source, wheel and frozen builds all work."""

SCHEMA_HEAD = "0003"
"""The newest Alembic revision; a database already there opens without loading Alembic.
A test pins it to the head of MIGRATIONS_DIR, so a new migration cannot forget it."""

_IMMEDIATE = "chattasks_immediate"


def default_url() -> str:
    """URL of the user's database file, creating its directory."""
    directory = Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    directory.mkdir(parents=True, exist_ok=True)
    # URL.create escapes '?', '#' and '%' that a user's folder name may contain.
    url = URL.create("sqlite", database=(directory / "chattasks.db").as_posix())
    return url.render_as_string(hide_password=False)


def alembic_config() -> Config:
    """Alembic configuration built in code (no alembic.ini at run time)."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates '%', which may appear in a user's path.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    return config


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level; the "begin" hook below issues BEGIN itself, so
    # transactions (and Alembic's DDL) are real SQLite transactions.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_SIZE_KIB}")
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    # Writers take the lock up front: a deferred transaction that later upgrades to a write
    # fails at once with SQLITE_BUSY when another writer got there first.
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    """SQLAlchemy engine whose connections carry the store's pragmas and BEGIN handling."""
    engine = create_engine(url)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An open ChatTasks database: engine, sessions and transactions."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine already configured by `Database.open`."""
        self.engine = engine
        # Sessions are for repositories that write, so they take the write lock up front too.
        self._sessions = sessionmaker(
            engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False
        )

    @classmethod
    def open(cls, url: str | None = None) -> Database:
        """Open (creating if needed) and migrate the database at `url` or the default location."""
        engine = make_engine(url or default_url())
        database = cls(engine)
        try:
            if database.schema_revision() != SCHEMA_HEAD:
                database.upgrade()
        except BaseException:
            engine.dispose()
            raise
        return database

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at, or None for a new (or never migrated) one."""
        with self.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            if found is None:
                return None
            versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        # Alembic keeps one row per head; anything but exactly one is left to Alembic to judge.
        return str(versions[0][0]) if len(versions) == 1 else None

    def upgrade(self) -> None:
        """Bring the schema to the newest Alembic revision (Alembic is imported only here)."""
        from alembic import command

        config = alembic_config()
        with self.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading; each statement group runs in its own deferred transaction."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE), committed on success, rolled back on error."""
        with self.writer() as connection, connection.begin():
            yield connection

    @contextmanager
    def writer(self) -> Iterator[Connection]:
        """A connection for a series of write transactions: each `connection.begin()` block
        is one BEGIN IMMEDIATE transaction."""
        with self.engine.connect() as connection:
            connection.execution_options(**{_IMMEDIATE: True})
            yield connection

    def session(self) -> Session:
        """A new ORM session for writing (BEGIN IMMEDIATE); use as a context manager, commit."""
        return self._sessions()

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        """Use the database as a context manager that closes it on exit."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the database."""
        self.close()
