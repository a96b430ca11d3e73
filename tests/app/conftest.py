"""GUI fixtures: a real Engine over SQLite with the demo chat, a qasync loop, and an AppContext.

Pages run their engine calls on worker threads and await them on the qasync loop; tests drive
that loop with `run(coroutine)` and wait for spawned work with `settle()`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.runner import Runner  # noqa: E402
from engine.core.clock import FixedClock  # noqa: E402
from engine.core.engine import Engine  # noqa: E402
from engine.core.resources import resources_dir  # noqa: E402
from engine.core.settings import Settings  # noqa: E402

NOW = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
DEMO = resources_dir() / "demo" / "WhatsApp Chat with Casa & Obra.txt"
Run = Callable[[Coroutine[Any, Any, Any]], Any]


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync event loop over the test's QApplication."""
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An Engine at a fixed instant with the demo chat imported."""
    settings = Settings(timezone="Europe/Lisbon")
    engine = Engine.open(f"sqlite:///{tmp_path / 'app.db'}", settings=settings, clock=FixedClock(NOW))
    engine.import_export(DEMO)
    yield engine
    engine.close()


@pytest.fixture
def context(engine: Engine, loop: asyncio.AbstractEventLoop) -> Iterator[AppContext]:
    """The context every page gets, with its own runner."""
    runner = Runner()
    yield AppContext(engine, runner)
    pending = list(runner._tasks)
    for task in pending:
        task.cancel()
    if pending and not loop.is_closed():
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    runner.shutdown()


@pytest.fixture
def run(loop: asyncio.AbstractEventLoop) -> Run:
    """Run a coroutine to completion on the qasync loop."""

    def runner(coroutine: Coroutine[Any, Any, Any]) -> Any:
        return loop.run_until_complete(coroutine)

    return runner


@pytest.fixture
def settle(context: AppContext, run: Run) -> Callable[[], None]:
    """Wait until every coroutine the pages spawned has finished; fail on any error."""

    def wait() -> None:
        run(context.runner.idle())
        assert context.runner.errors == []

    return wait
