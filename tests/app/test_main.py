"""The composition root: first launch imports the demo and the inbox shows its suggestions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import database_is_new, lazy_page, page_factories, parse_args

REPO = Path(__file__).resolve().parents[2]
DEFERRED = (
    "alembic", "pyqtgraph", "playwright", "httpx", "keyring", "app.views.board.page",
    "app.views.calendar.page", "app.views.chats.page", "app.views.analytics.page",
    "app.views.integrations.page", "app.views.live.page", "app.dialogs.settings", "app.dialogs.search",
    "app.dialogs.task_detail",
)  # fmt: skip
"""Modules the first paint does without: they load when their page or dialog is first used."""
PROBE = f"""
import json, sys
from app.main import main
status = main(sys.argv[1:])
print(json.dumps(sorted(name for name in {DEFERRED!r} if name in sys.modules)))
sys.exit(status)
"""


def _probe(url: str, tmp_path: Path, *extra: str) -> tuple[list[str], list[str]]:
    """`--probe-startup` in a fresh interpreter: its output lines and the deferred modules loaded."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", url, "--settings", str(tmp_path / "s.json"),
         "--probe-startup", *extra],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    return lines[:-1], json.loads(lines[-1])


def _revision(path: Path) -> str:
    import sqlite3

    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


def test_self_test_passes_on_a_fresh_data_folder(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", url, "--settings", str(tmp_path / "s.json"), "--self-test"],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    count = int(result.stdout.split(":")[1].split()[0])
    assert count > 0


def test_second_launch_does_not_import_the_demo_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    assert database_is_new(url)
    (tmp_path / "again.db").write_bytes(b"")
    assert not database_is_new(url)
    assert parse_args(["--no-demo"]).no_demo


def test_an_up_to_date_database_starts_without_the_deferred_modules(tmp_path: Path) -> None:
    from engine.store.db import SCHEMA_HEAD

    url = f"sqlite:///{tmp_path / 'app.db'}"
    output, loaded = _probe(url, tmp_path)  # first launch: migrates, imports the demo
    assert output == ["interactive"] and "alembic" in loaded
    assert _revision(tmp_path / "app.db") == SCHEMA_HEAD
    output, loaded = _probe(url, tmp_path)  # every later launch
    assert output == ["interactive"]
    assert loaded == []


def test_an_old_database_is_migrated_on_launch(tmp_path: Path) -> None:
    from alembic import command

    from engine.store.db import SCHEMA_HEAD, Database, alembic_config, make_engine

    path = tmp_path / "old.db"
    old = Database(make_engine(f"sqlite:///{path}"))
    config = alembic_config()
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    old.close()
    assert _revision(path) == "0002"
    output, loaded = _probe(f"sqlite:///{path}", tmp_path, "--no-demo")
    assert output == ["interactive"] and loaded == ["alembic"]
    assert _revision(path) == SCHEMA_HEAD


def test_page_factories_import_and_construct_their_page_when_called(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    factories = {key: factory for key, _label, factory in page_factories()}
    assert list(factories) == ["inbox", "board", "calendar", "chats", "analytics", "integrations", "live"]
    page = factories["board"](context, None)
    qtbot.addWidget(page)
    assert type(page).__name__ == "BoardPage" and page.objectName() == "board"
    with pytest.raises(ModuleNotFoundError):
        lazy_page("app.views.no_such_page", "NoPage")(context, None)
