"""Migrations: the hand-written revision matches the models exactly and can be reverted."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from engine.store import Database
from engine.store.db import alembic_config
from engine.store.schema import Base, is_model_table


def _differences(db: Database) -> list[object]:
    def include_name(name: str | None, type_: str, _parent: object) -> bool:
        return type_ != "table" or is_model_table(name)

    with db.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": include_name,
                "compare_type": True,
                "compare_server_default": True,
            },
        )
        return list(compare_metadata(context, Base.metadata))


def test_migrated_database_matches_the_models(db: Database) -> None:
    assert _differences(db) == []


def test_comparison_would_notice_a_missing_index(db: Database) -> None:
    with db.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_messages_chat_id_sent_at")
    assert [diff[0] for diff in _differences(db) if isinstance(diff, tuple)] == ["add_index"]


def test_fts_table_and_triggers_come_from_the_migration(db: Database) -> None:
    with db.connect() as conn:
        names = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
            )
        }
    assert {
        "messages_fts",
        "messages_fts_after_insert",
        "messages_fts_after_update",
        "messages_fts_after_delete",
        "task_events_no_update",
        "task_events_no_delete",
    } <= names


def test_single_head_revision() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1
    assert [rev.revision for rev in script.walk_revisions()][-1] == "0001"


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path) -> None:
    database = Database.open(f"sqlite:///{tmp_path / 'cycle.db'}")
    config = alembic_config()
    with database.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with database.connect() as conn:
        left = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')"
            " AND name NOT LIKE 'sqlite_%'"
        ).all()
    assert left == [("alembic_version",)]
    database.upgrade()
    assert _differences(database) == []
    database.close()


def test_board_starts_with_three_columns(db: Database) -> None:
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, status FROM board_columns ORDER BY position"
        ).all()
    assert rows == [("To do", "open"), ("In progress", "open"), ("Done", "done")]
