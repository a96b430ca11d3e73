"""WAL checkpoints on a helper thread during a bulk write, so fsyncs never stall the writer."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from sqlalchemy import Connection, Engine

CHECKPOINT_INTERVAL_S = 0.5
"""Time between two background checkpoints (checkpointing after every commit was no faster)."""


def _driver(connection: Any) -> sqlite3.Connection | None:
    driver = getattr(connection, "driver_connection", None)
    return driver if isinstance(driver, sqlite3.Connection) else None


class BackgroundCheckpoints:
    """While active, `writer` skips SQLite's automatic checkpoint at commit and a helper thread
    with its own connection runs PASSIVE checkpoints instead.

    An automatic checkpoint copies the WAL into the database and fsyncs both inside the commit
    of whichever write crosses 1000 pages, so a bulk import waits on the disk in the middle of
    its writes (worst when other programs use the disk too); here the helper waits instead.
    PASSIVE never blocks the writer or readers. On exit the writer's automatic checkpoints come
    back and one last checkpoint leaves the WAL small.
    """

    def __init__(self, engine: Engine, writer: Connection) -> None:
        """Prepare to checkpoint `engine`'s database on behalf of `writer`."""
        self._engine = engine
        self._writer = _driver(writer.connection)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._autocheckpoint = 1000

    def __enter__(self) -> BackgroundCheckpoints:
        """Turn off the writer's automatic checkpoints and start the helper thread."""
        if self._writer is not None:
            self._autocheckpoint = self._writer.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            self._writer.execute("PRAGMA wal_autocheckpoint=0")
            self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Stop the helper after a final checkpoint; restore the writer's checkpoints."""
        if self._writer is None:
            return
        self._stop.set()
        self._thread.join()
        self._writer.execute(f"PRAGMA wal_autocheckpoint={int(self._autocheckpoint)}")

    def _run(self) -> None:
        pooled = self._engine.raw_connection()
        try:
            driver = _driver(pooled)
            while driver is not None:
                stopping = self._stop.wait(CHECKPOINT_INTERVAL_S)
                try:
                    driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error:
                    pass  # best effort: the writer's own checkpoints resume on exit
                if stopping:
                    break
        finally:
            pooled.close()
