"""Alembic environment: migrates the connection handed over by `Database.upgrade`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from engine.store.db import make_engine
from engine.store.schema import Base, is_model_table


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    return type_ != "table" or is_model_table(name)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_name=_include_name,
        render_as_batch=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run on the given connection, or on `sqlalchemy.url` when started from the alembic CLI."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("set sqlalchemy.url in the Alembic configuration")
    engine = make_engine(url)
    try:
        with engine.connect() as fresh:
            _run(fresh)
            fresh.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline (--sql) migrations are not supported: FTS5 DDL needs SQLite")
run_migrations()
