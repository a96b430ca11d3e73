"""Live reader fixtures: the fake WhatsApp Web site, an Engine on a real SQLite file, accounts."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from engine.core.clock import SystemClock
from engine.core.engine import Engine
from engine.core.settings import Settings
from engine.ingest.web.accounts import Account, LiveAccounts
from engine.ingest.web.reader import LiveOptions, LiveReader
from engine.ingest.web.states import LiveState
from engine.store import Database
from tests.fixtures.whatsapp_web.server import FakeWhatsApp

CHROMIUM = Path("/usr/bin/chromium")
T = TypeVar("T")

if not CHROMIUM.exists():  # pragma: no cover - the Makefile's system-deps installs it
    pytest.skip("Chromium is not installed (make system-deps)", allow_module_level=True)


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run one async test body."""
    return asyncio.run(coroutine)


@pytest.fixture
def fake() -> Iterator[FakeWhatsApp]:
    """The fake WhatsApp site with a few chats, served on 127.0.0.1."""
    server = FakeWhatsApp().start()
    yesterday = datetime.now() - timedelta(days=1)
    server.add_chat("Casa & Obra")
    server.add_chat("Family", is_group=True)
    server.add_chat("Work", is_group=True)
    for minute, (text, mine) in enumerate(
        [("Hi, the plumber comes tomorrow", False), ("Great, thanks", True), ("ok", False),
         ("ok", False)]
    ):
        server.add_message("Casa & Obra", text, from_me=mine, read=True,
                           wall=yesterday.replace(hour=9, minute=minute // 2 * 5))
    server.add_message("Family", "Dinner at 8 on Sunday?", author="Mum", read=True,
                       wall=yesterday.replace(hour=18))
    server.add_message("Work", "Please review the report by Monday", author="Boss",
                       wall=yesterday.replace(hour=8))
    yield server
    server.stop()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An Engine over a fresh database file (times in UTC, English patterns)."""
    database = Database.open(f"sqlite:///{tmp_path / 'store.db'}")
    yield Engine(database, Settings(timezone="UTC", languages=["en"]), SystemClock())
    database.close()


@pytest.fixture
def account(tmp_path: Path) -> Account:
    """A new account consenting to 'Casa & Obra' and 'Work' (not 'Family')."""
    made = LiveAccounts(tmp_path / "live").create("Personal phone")
    made.set_consent(["Casa & Obra", "Work"])
    return made


def options(fake: FakeWhatsApp, **overrides: Any) -> LiveOptions:
    """Fast but still paced options pointing at the fixture."""
    values: dict[str, Any] = dict(url=fake.url, tick=0.2, open_every=0.3, scroll_pause=0.2,
                                  unknown_grace=3.0, probe_timeout=10.0, backfill_depth=50)
    values.update(overrides)
    return LiveOptions(**values)


async def link(reader: LiveReader, fake: FakeWhatsApp) -> list[str]:
    """Scan the first QR code the reader captured, as the phone would; the refs seen."""
    refs: list[str] = []
    async for code in reader.qr_codes():
        assert code.ref is not None
        if not refs:
            assert code.png is not None and code.png.startswith(b"\x89PNG")
        refs.append(code.ref)
        fake.scan(code.ref)  # fails only if the code rotated meanwhile; the next one is scanned
    assert fake.scanned_refs and fake.scanned_refs[-1] in refs
    report = await reader.wait_for(LiveState.CONNECTED, timeout=20)
    assert report.state is LiveState.CONNECTED, report
    return refs


async def eventually(check: Callable[[], T], timeout: float = 10.0) -> T:
    """Poll `check` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.05)


def rows(engine: Engine, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of a query on the engine's database."""
    with engine.db.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params)]
