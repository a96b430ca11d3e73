"""`chattasks live ...` sub-commands, wired into a parser the way engine/cli.py does it."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from engine.core.engine import Engine
from engine.ingest.web.accounts import Account
from engine.ingest.web.cli import add_commands
from engine.ingest.web.reader import LiveReader
from tests.engine.ingest.web.conftest import link, options, run
from tests.fixtures.whatsapp_web.server import FakeWhatsApp


def _main(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    parser = argparse.ArgumentParser(prog="chattasks", parents=[common])
    commands = parser.add_subparsers(dest="command", required=True)
    add_commands(commands, common)
    args = parser.parse_args(argv)
    result: int = args.handler(args)
    return result


def test_status_then_unlink_logs_out_and_deletes_the_profile(
    fake: FakeWhatsApp, engine: Engine, account: Account, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)) as reader:
            await link(reader, fake)

    run(body())
    db = f"sqlite:///{tmp_path / 'store.db'}"
    root = str(account.folder.parent)
    assert _main(["live", "status", "--accounts-dir", root]) == 0
    assert "Personal phone — linked, idle; reads: Casa & Obra, Work" in capsys.readouterr().out
    assert len(fake.sessions) == 1
    assert _main(["live", "unlink", "personal-phone", "--accounts-dir", root,
                  "--url", fake.url, "--db", db]) == 0
    assert "profile deleted" in capsys.readouterr().out
    assert not account.folder.exists()
    assert fake.sessions == set()  # logged out through the page's menu
    assert fake.compose_hits() == []
