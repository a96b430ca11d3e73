"""One live reader per thread with its own asyncio loop; states, QR codes and stores reach the GUI
as Qt signals.

Playwright starts the browser as a subprocess, which needs an asyncio loop with subprocess
support; qasync's Qt loop does not give one, so each account's reader gets a thread and a plain
loop. The GUI talks to it with `call(...)` (a coroutine run on the reader's loop, awaited from
the Qt loop) and with `link()` / `stop()`; it never touches the reader's objects directly.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from engine.core.engine import Engine
from engine.ingest.web import Account, LiveOptions, LiveReader, LiveState, StateReport, StoreResult

T = TypeVar("T")
log = logging.getLogger(__name__)

SETTLED = (
    LiveState.CONNECTED, LiveState.PHONE_OFFLINE, LiveState.NEEDS_QR, LiveState.LOGGED_OUT,
    LiveState.TAKEN_OVER,
)  # fmt: skip



def gui_loop() -> asyncio.AbstractEventLoop:
    """The GUI thread's asyncio loop, also when qasync steps a task while it is not running.

    qasync runs task steps from Qt events; between two `run_until_complete` calls (as in the
    tests) such a step has no running loop, but the qasync loop is still the thread's loop.
    """
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()

class LiveSessionError(RuntimeError):
    """A command was sent to a reader that is not running."""


class LiveSession(QObject):
    """Runs one account's LiveReader on its own thread until `stop()`."""

    sig_state = Signal(object)
    """A StateReport, each time the reader's state changes."""
    sig_qr = Signal(object)
    """A QrCode while linking: each new code, or one with `expired=True` at the end."""
    sig_linked = Signal(object)
    """The StateReport the link step ended on (CONNECTED when the phone scanned the code)."""
    sig_stored = Signal(str, object)
    """Chat title and StoreResult after new, edited or deleted messages were stored."""
    sig_failed = Signal(str)
    """The reader could not start or stopped on an error (message for the user)."""
    sig_finished = Signal()
    """The thread ended and the account's profile is free again."""

    def __init__(self, engine: Engine, account: Account, options: LiveOptions | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        """A session that is not running yet; call `start()`."""
        super().__init__(parent)
        self.engine = engine
        self.account = account
        self.options = options or LiveOptions()
        self.report = StateReport(LiveState.STOPPED)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reader: LiveReader | None = None
        # Made here, not on the reader's loop: a stop() or link() sent before that loop runs is
        # kept in them instead of being lost (asyncio events bind to a loop on first wait).
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._control = threading.Lock()
        self._calls: set[concurrent.futures.Future[Any]] = set()
        self._linking = False
        self._ready = threading.Event()
        self._over = threading.Event()
        """Set by the thread as its last step before sig_finished: from then on it is not
        `running`, so a handler of that signal sees a finished session, or a new run."""
        self.sig_state.connect(self._remember)

    def _remember(self, report: StateReport) -> None:
        self.report = report

    @property
    def running(self) -> bool:
        """True while the reader's thread works (false from its sig_finished on)."""
        alive = self._thread is not None and self._thread.is_alive()
        return alive and not self._over.is_set()

    def start(self, *, link: bool = False) -> None:
        """Start the reader thread (no-op if running); `link` shows QR codes once it is up."""
        if self.running:
            if link:
                self.link()
            return
        self._linking = link
        self._ready.clear()
        self._over.clear()
        self._stop, self._wake = asyncio.Event(), asyncio.Event()
        name = f"chattasks-live-{self.account.id}"
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self._thread.start()

    def _main(self) -> None:
        try:
            run_in_own_loop(self._serve)
        except Exception as error:  # noqa: BLE001 - every failure is shown, none is fatal
            log.warning("live reader %s failed", self.account.id, exc_info=error)
            self.sig_failed.emit(str(error) or type(error).__name__)
        finally:
            with self._control:
                self._loop = self._reader = None
                calls, self._calls = self._calls, set()
            for call in list(calls):
                call.cancel()  # sent as the loop closed: it never ran, so nobody waits forever
            self._ready.set()
            self._over.set()
            self.sig_finished.emit()

    async def _serve(self) -> None:
        with self._control:
            self._loop = asyncio.get_running_loop()
        reader = LiveReader(
            self.engine,
            self.account,
            options=self.options,
            on_state=self.sig_state.emit,
            on_stored=lambda title, result: self.sig_stored.emit(title, result),
        )
        try:
            await reader.start()
            with self._control:
                self._reader = reader
        finally:
            self._ready.set()
        try:
            while not self._stop.is_set():
                if self._linking:
                    await self._until_stopped(self._link(reader))
                    self._linking = False
                    continue
                self._wake.clear()
                await reader.run(self._wake)
        finally:
            self._reader = None
            await reader.stop()

    async def _until_stopped(self, work: Awaitable[None]) -> None:
        task = asyncio.ensure_future(work)
        stopped = asyncio.ensure_future(self._stop.wait())
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
        for pending in (task, stopped):
            pending.cancel()
        await asyncio.gather(task, stopped, return_exceptions=True)
        if task.done() and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]

    async def _link(self, reader: LiveReader) -> None:
        report = await reader.wait_for(*SETTLED, timeout=60)
        expired = False
        if not report.usable:
            async for code in reader.qr_codes():
                self.sig_qr.emit(code)
                expired = code.expired
        if not expired:
            report = await reader.wait_for(LiveState.CONNECTED, LiveState.PHONE_OFFLINE,
                                           timeout=120)  # fmt: skip
        self.sig_linked.emit(reader.report if expired else report)

    def link(self) -> None:
        """Show QR codes again (after an expired code, or to re-link a logged-out account)."""
        self._post(lambda: setattr(self, "_linking", True))

    def stop(self) -> None:
        """Ask the reader to stop; returns at once (see `join`). Safe at any moment, even before
        the reader's loop runs: the request is kept and honoured as soon as it does."""
        self._post(self._stop.set)

    def _post(self, change: Callable[[], Any]) -> None:
        def apply() -> None:
            change()
            self._wake.set()

        with self._control:
            loop = self._loop
            if loop is not None:
                try:
                    loop.call_soon_threadsafe(apply)
                    return
                except RuntimeError:  # the loop closed meanwhile; nothing waits on it any more
                    pass
            apply()  # no loop waits on the events yet (or any more): plain assignments

    def join(self, timeout: float = 30.0) -> bool:
        """Wait (blocking) for the thread to end; True when it did."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    async def stopped(self, timeout: float = 30.0) -> bool:
        """Stop and wait off the GUI thread until the browser is closed."""
        self.stop()
        return await gui_loop().run_in_executor(None, self.join, timeout)

    async def call(self, command: Callable[[LiveReader], Awaitable[T]], timeout: float = 60.0) -> T:
        """Run `command(reader)` on the reader's loop and await its result from the GUI loop."""
        ready = await gui_loop().run_in_executor(None, self._ready.wait, timeout)
        with self._control:
            loop, reader = self._loop, self._reader
            if not ready or loop is None or reader is None:
                raise LiveSessionError("the live reader of this account is not running")
            future: concurrent.futures.Future[T] = asyncio.run_coroutine_threadsafe(
                _awaited(command(reader)), loop
            )
            self._calls.add(future)
        future.add_done_callback(self._calls.discard)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if future.cancelled() and not (current is not None and current.cancelling()):
                raise LiveSessionError("the live reader of this account stopped") from None
            raise  # the caller itself was cancelled


def run_in_own_loop(main: Callable[[], Awaitable[T]]) -> T:
    """Run `main()` to completion on a new plain asyncio loop in the calling (worker) thread.

    Not `asyncio.run`: under qasync's loop policy (the app's) that would build a Qt event loop
    in a thread without one; a selector loop has the subprocess support Playwright needs.
    """
    with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
        return runner.run(_awaited(main()))


async def _awaited(awaitable: Awaitable[T]) -> T:
    return await awaitable


def stored_changed(result: StoreResult) -> bool:
    """True when a store added, edited or deleted anything the inbox shows."""
    return bool(result.new or result.edited or result.deleted or result.new_tasks)
