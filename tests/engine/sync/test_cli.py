"""`chattasks connectors` and `chattasks sync` through argparse, as engine/cli.py wires them."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from engine.sync.cli import add_commands

from .conftest import insert_task


def _run(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    parser = argparse.ArgumentParser(prog="chattasks", parents=[common])
    add_commands(parser.add_subparsers(dest="command", required=True), common)
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_add_list_test_sync_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("HOOK_URL", "http://127.0.0.1:9/hook")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    ics = tmp_path / "feed" / "tasks.ics"
    assert _run(["connectors", "add", "ics", "--label", "feed", "--set", f"path={ics}",
                 "--db", url]) == 0
    assert _run(["connectors", "test", "feed", "--db", url]) == 0
    from engine.store import Database

    with Database.open(url) as db:
        from datetime import UTC, datetime

        insert_task(db, "Renew passport", due=datetime(2026, 4, 1, 10, tzinfo=UTC))
    assert _run(["sync", "--db", url]) == 0
    assert "SUMMARY:Renew passport" in ics.read_text()
    assert _run(["connectors", "list", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "feed [ics] ok" in out and "no secure keyring" in out and "1 delivered" in out
    assert _run(["connectors", "remove", "feed", "--db", url]) == 0
    with pytest.raises(Exception, match="no secure keyring"):
        _run(["connectors", "add", "webhook", "--secret-env", "url=HOOK_URL", "--db", url])
