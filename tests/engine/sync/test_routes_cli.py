"""`chattasks connectors route add|list|remove` decide which tasks reach an account."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from engine.core.errors import ChatTasksError
from engine.store import Database
from engine.sync import store

from .conftest import insert_task
from .test_cli import _run

DUE = datetime(2026, 3, 9, 10, tzinfo=UTC)  # the ICS feed lists tasks with a due date


def _chat(db: Database, name: str, mode: str) -> int:
    with db.begin() as conn:
        return int(conn.exec_driver_sql(
            "INSERT INTO chats (key, name, timezone, mode, created_at)"
            " VALUES (?, ?, 'UTC', ?, '2026-03-01 09:00:00') RETURNING id",
            (f"key-{name}", name, mode)).scalar_one())


def _in_chat(db: Database, task_id: int, chat_id: int) -> None:
    with db.begin() as conn:
        conn.exec_driver_sql("UPDATE tasks SET chat_id = ? WHERE id = ?", (chat_id, task_id))


def test_route_add_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    url = f"sqlite:///{tmp_path / 'routes.db'}"
    feed = tmp_path / "work.ics"
    assert _run(["connectors", "add", "ics", "--label", "work", "--set", f"path={feed}",
                 "--no-route", "--db", url]) == 0
    with Database.open(url) as db:
        office = _chat(db, "Office", "business")
        family = _chat(db, "Family", "personal")
        _in_chat(db, insert_task(db, "Quarterly report", priority="high", due=DUE), office)
        _in_chat(db, insert_task(db, "Staff rota", assignee="Ben", due=DUE), office)
        _in_chat(db, insert_task(db, "Birthday cake", priority="high", due=DUE), family)
    assert _run(["connectors", "route", "list", "--db", url]) == 0
    assert "no routing rules" in capsys.readouterr().out
    assert _run(["connectors", "route", "add", "work", "--chat", "Office", "--priority", "high",
                 "--db", url]) == 0
    assert _run(["connectors", "route", "add", "work", "--mode", "business", "--assignee",
                 "ben", "--target", "rota", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "rule 1: work gets chat Office, priority high" in out
    assert "rule 2: work gets mode business, assignee ben -> rota" in out
    assert _run(["sync", "work", "--db", url]) == 0
    text = feed.read_text()
    assert "Quarterly report" in text and "Staff rota" in text  # assignee matches any case
    assert "Birthday cake" not in text
    assert _run(["connectors", "route", "list", "work", "--db", url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines if line.strip()][-2:] == ["1", "2"]
    assert _run(["connectors", "route", "remove", "1", "--db", url]) == 0
    assert "removed rule 1 (chat Office, priority high)" in capsys.readouterr().out
    with Database.open(url) as db:
        assert [r.id for r in store.list_routes(db)] == [2]
    assert _run(["sync", "work", "--db", url]) == 0
    assert "Quarterly report" not in feed.read_text()  # no rule takes it any more
    with pytest.raises(ChatTasksError, match="no routing rule 7"):
        _run(["connectors", "route", "remove", "7", "--db", url])
    with pytest.raises(ChatTasksError, match="no chat called 'Gym'"):
        _run(["connectors", "route", "add", "work", "--chat", "Gym", "--db", url])
    with pytest.raises(SystemExit):
        _run(["connectors", "route", "add", "work", "--priority", "huge", "--db", url])
