"""BackgroundCheckpoints: the writer stops checkpointing, a helper does it, then all is restored."""

from __future__ import annotations

import threading

from sqlalchemy import Connection

from engine.store import Database
from engine.store.checkpoint import BackgroundCheckpoints


def _autocheckpoint(conn: Connection) -> int:
    driver = conn.connection.driver_connection
    assert driver is not None
    return int(driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def test_the_helper_checkpoints_while_the_writer_does_not(db: Database) -> None:
    with db.writer() as conn:
        assert _autocheckpoint(conn) == 1000
        with BackgroundCheckpoints(db.engine, conn):
            assert _autocheckpoint(conn) == 0
            assert any(t.name == "wal-checkpoint" for t in threading.enumerate())
            for n in range(50):
                with conn.begin():
                    conn.exec_driver_sql(
                        "INSERT INTO contacts (display_name) VALUES (?)", (f"person {n}" * 50,)
                    )
        assert _autocheckpoint(conn) == 1000
        assert not any(t.name == "wal-checkpoint" for t in threading.enumerate())
    with db.engine.connect() as other:
        driver = other.connection.driver_connection
        assert driver is not None
        busy, wal_frames, copied = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert (busy, copied) == (0, wal_frames)
        assert driver.execute("SELECT count(*) FROM contacts").fetchone() == (50,)


def test_an_in_memory_database_works_too() -> None:
    with Database.open("sqlite://") as db, db.writer() as conn:
        with BackgroundCheckpoints(db.engine, conn), conn.begin():
            conn.exec_driver_sql("INSERT INTO contacts (display_name) VALUES ('x')")
        assert conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one() == 1
