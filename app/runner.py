"""Run engine calls off the GUI thread and await them from qasync coroutines."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class Runner:
    """Two worker threads: one for short database calls, one for long jobs (imports).

    Short calls never queue behind an import, and SQLite's WAL mode lets them read while the
    import writes. `spawn` keeps a reference to every coroutine it starts, so tests and the
    self-test can wait for the GUI to settle with `idle()`.
    """

    def __init__(self) -> None:
        self._calls = ThreadPoolExecutor(1, thread_name_prefix="chattasks-db")
        self._jobs = ThreadPoolExecutor(1, thread_name_prefix="chattasks-job")
        self._tasks: set[asyncio.Task[Any]] = set()
        self.errors: list[BaseException] = []
        self.on_error: Callable[[BaseException], None] | None = None

    async def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a short blocking call on the database thread."""
        loop = asyncio.get_event_loop()
        return await loop.run_in_executor(self._calls, partial(function, *args, **kwargs))

    async def job(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a long blocking job (an import) on the job thread."""
        loop = asyncio.get_event_loop()
        return await loop.run_in_executor(self._jobs, partial(function, *args, **kwargs))

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start a coroutine from a Qt slot; errors are logged and reported, never lost."""
        task = asyncio.get_event_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("background task failed", exc_info=error)
            self.errors.append(error)
            if self.on_error is not None:
                self.on_error(error)

    async def idle(self) -> None:
        """Wait until every spawned coroutine (and those they spawn) has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def shutdown(self) -> None:
        """Stop the worker threads after their current call."""
        for task in list(self._tasks):
            task.cancel()
        self._calls.shutdown(wait=True, cancel_futures=True)
        self._jobs.shutdown(wait=True, cancel_futures=True)
