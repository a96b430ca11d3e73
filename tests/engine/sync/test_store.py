"""Sync rows read for the GUI: task badges and removing routing rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from engine.store import Database
from engine.sync import outbox, store
from engine.sync.errors import SyncError
from engine.sync.service import SyncService

from .conftest import insert_task


def test_links_for_tasks_give_badges_with_pending_state(
    db: Database, make_service: Callable[..., SyncService], tmp_path: Path,
) -> None:
    service = make_service(db)
    account = service.add_account("ics", "feed", {"path": str(tmp_path / "t.ics")})
    due = datetime(2026, 3, 9, 10, tzinfo=UTC)
    first, second = insert_task(db, "Paint", due=due), insert_task(db, "Mop", due=due)
    lonely = insert_task(db, "Never routed", state="suggested")
    assert store.links_for_tasks(db, [first, second, lonely]) == {}
    service.run()
    badges = store.links_for_tasks(db, [first, second, lonely, 999])
    assert set(badges) == {first, second}
    assert badges[first] == [store.TaskLink(first, account, "feed", "ics",
                                            badges[first][0].url, True)]
    with db.begin() as conn:  # a change queued but not yet delivered
        outbox.enqueue(conn, account, first, "update", {"id": first, "title": "Paint"}, "k1",
                       service.clock.now())
    assert store.links_for_tasks(db, [first])[first][0].synced is False
    assert store.links_for_tasks(db, []) == {}


def test_remove_route(db: Database, make_service: Callable[..., SyncService],
                      tmp_path: Path) -> None:
    service = make_service(db)
    account = service.add_account("ics", "feed", {"path": str(tmp_path / "t.ics")})
    rule = store.add_route(db, store.RouteRow(0, account, category="home"))
    assert store.remove_route(db, rule).category == "home"
    assert [r.category for r in store.list_routes(db)] == [None]
    with pytest.raises(SyncError, match="no routing rule"):
        store.remove_route(db, rule)
