"""Live page fixtures: the fake WhatsApp Web site, a fresh Engine on the system clock, qasync's
loop policy (as the app runs), and a polling helper that keeps the Qt loop turning."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import qasync

from engine.core.clock import SystemClock
from engine.core.engine import Engine
from engine.core.settings import Settings
from tests.engine.ingest.web.conftest import (
    eventually,
    fake,  # noqa: F401 - the fixture site, reused
)

T = TypeVar("T")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An empty Engine on the system clock (the fake site stamps messages with today's date)."""
    engine = Engine.open(
        f"sqlite:///{tmp_path / 'app.db'}",
        settings=Settings(timezone="UTC", languages=["en"]),
        clock=SystemClock(),
    )
    yield engine
    engine.close()


@pytest.fixture
def qasync_policy() -> Iterator[None]:
    """qasync's event loop policy, which `app.main` runs under (readers must not inherit it)."""
    previous = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(qasync.DefaultQEventLoopPolicy())
    yield
    asyncio.set_event_loop_policy(previous)


BROWSER_BOUND = 60.0
"""How long a wait that involves the browser may take before the test fails. It is a bound on a
hang, not a pause: `until` returns as soon as its check holds. A fixed 10 s bound made these tests
fail about once in ten runs on a loaded 2-core machine, where starting Chromium, the page's first
render and a couple of paced reader steps add up to more than that."""


async def until(check: Callable[[], T], timeout: float = BROWSER_BOUND) -> T:
    """`eventually` on the Qt loop (queued signals keep arriving), with the browser's bound."""
    return await eventually(check, timeout)
