"""Imports in a child process, so a GUI in the parent never waits for the import's GIL."""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import pickle
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from engine.core.engine import Engine, ImportResult
from engine.core.errors import ChatTasksError

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05
"""How often the waiting parent thread looks at the cancel flag and the kill deadline."""

EXIT_SECONDS = 5.0
"""How long a child told to exit may take before it is killed."""


class ImportCancelledError(ChatTasksError):
    """The user cancelled an import; everything committed so far stays and a re-import resumes."""


class ImportProcessError(ChatTasksError):
    """The import process stopped without an answer (killed, crashed, or an unexpected error)."""


def child_database_url(engine: Engine) -> str | None:
    """The URL a child process can open for `engine`'s database, None for an in-memory one."""
    url = engine.db.engine.url
    if url.get_backend_name() != "sqlite":
        return None
    if (url.database or "") in ("", ":memory:") or url.query.get("mode") == "memory":
        return None
    return url.render_as_string(hide_password=False)


def can_import_in_child(engine: Engine) -> bool:
    """Whether `engine` can hand its imports to a child: a database file and picklable parts."""
    if child_database_url(engine) is None:
        return False
    try:
        pickle.dumps((engine.settings, engine.clock))
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


class ImportWorker:
    """A child process ('spawn') that imports one export at a time, kept warm between imports.

    Started on first use; the parse, the writes and the extraction run there, and the calling
    thread only sleeps on the pipe (the GIL is free meanwhile). A crashed or killed child is
    replaced on the next import. `cancel` is an Event the caller may set from any thread;
    `stop()` and `close()` may be called from any thread too.
    """

    def __init__(self) -> None:
        """A worker with no process yet."""
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._kill_at: float | None = None
        self._running = False
        self.pid: int | None = None
        """The current child's process id."""

    def run(
        self,
        engine: Engine,
        path: str | Path,
        *,
        cancel: threading.Event | None = None,
        progress: Callable[[int, int], None] | None = None,
        stored: Callable[[int], None] | None = None,
        **options: Any,
    ) -> ImportResult:
        """Import `path` into `engine`'s database file in the child, like Engine.import_export."""
        url = child_database_url(engine)
        if url is None:
            raise ImportProcessError("an in-memory database cannot be imported into by a child")
        path = Path(path)
        cancel = cancel or threading.Event()
        if cancel.is_set():
            raise ImportCancelledError(f"import of {path.name} cancelled")
        self._kill_at = None
        self._running = True
        try:
            command = ("import", url, engine.settings, engine.clock, str(path), options)
            try:
                conn = self._start()
                conn.send(command)
            except OSError:  # the idle child died (killed from outside): start another
                self.close()
                conn = self._start()
                conn.send(command)
            return self._relay(conn, path, cancel, progress, stored)
        finally:
            self._running = False
            if self._kill_at is not None:
                self.close()  # stopped: the next import starts a fresh child
                self._kill_at = None

    def stop(self, grace: float = 3.0) -> None:
        """Cancel the running import and end its child, killed if not stopped in `grace` s.

        A no-op when idle: an idle child holds no lock and ends with this process.
        """
        if self._running:
            self._kill_at = time.monotonic() + grace

    def close(self) -> None:
        """Let the child exit (killing it if it does not); the next import starts a new one."""
        conn, process = self._conn, self._process
        self._conn = self._process = None
        if conn is not None:
            conn.close()  # the child reads EOF and exits
        if process is not None:
            process.join(EXIT_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
            process.close()

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self.close()
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        parent, child = context.Pipe()
        process = context.Process(
            target=serve_imports, args=(child,), name="chattasks-import", daemon=True
        )
        process.start()
        child.close()  # the child's death now reads as EOF here
        self._process, self._conn, self.pid = process, parent, process.pid
        return parent

    def _relay(
        self,
        conn: Connection,
        path: Path,
        cancel: threading.Event,
        progress: Callable[[int, int], None] | None,
        stored: Callable[[int], None] | None,
    ) -> ImportResult:
        cancel_sent = False
        while True:
            stopping = self._kill_at is not None
            try:
                if (cancel.is_set() or stopping) and not cancel_sent:
                    conn.send(("cancel",))
                    cancel_sent = True
                if stopping and time.monotonic() >= (self._kill_at or 0) and self._process:
                    self._process.kill()
                if not wait([conn], POLL_SECONDS):
                    continue
                message = conn.recv()
            except (EOFError, OSError):
                raise self._vanished(path) from None
            kind = message[0]
            if kind in ("progress", "stored") and cancel_sent:
                continue  # being cancelled: reports of the batches still finishing are stale
            if kind == "progress" and progress is not None:
                progress(message[1], message[2])
            elif kind == "stored" and stored is not None:
                stored(message[1])
            elif kind == "done":
                return ImportResult(**message[1])
            elif kind == "error":
                raise rebuild_error(*message[1:])

    def _vanished(self, path: Path) -> ChatTasksError:
        process = self._process
        if process is not None:
            process.join(EXIT_SECONDS)
        code = process.exitcode if process is not None else None
        self.close()
        if self._kill_at is not None:
            return ImportCancelledError(f"import of {path.name} cancelled")
        return ImportProcessError(
            f"the import of {path.name} stopped unexpectedly (exit code {code}); "
            "what it stored is kept, import the file again to finish"
        )


def error_message(error: BaseException) -> tuple[str, str, dict[str, Any], str]:
    """An error as (module:qualname, message, plain attributes, traceback) for the pipe."""
    kind = f"{type(error).__module__}:{type(error).__qualname__}"
    plain = (str, int, float, bool, type(None))
    attributes = {k: v for k, v in vars(error).items() if isinstance(v, plain)}
    return kind, str(error), attributes, "".join(traceback.format_exception(error))


def rebuild_error(
    kind: str, message: str, attributes: dict[str, Any], trace: str
) -> ChatTasksError:
    """The ChatTasksError the child reported, same class and message; others wrapped."""
    module_name, _, qualname = kind.partition(":")
    try:
        found: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError):
        found = None
    if isinstance(found, type) and issubclass(found, ChatTasksError):
        # Not found(message): subclasses such as ExportFormatError take other arguments.
        error = found.__new__(found)
        Exception.__init__(error, message)
        for name, value in attributes.items():
            setattr(error, name, value)
        return error
    log.error("the import process failed:\n%s", trace)
    return ImportProcessError(f"the import failed: {qualname}: {message}")


def serve_imports(conn: Connection) -> None:
    """Child entry point: run each ("import", url, settings, clock, path, options) sent on `conn`.

    Reports ("progress", done, total), ("stored", n), then ("done", ImportResult fields) or
    ("error", kind, message, attributes, traceback). Exits when the parent closes the pipe.
    """
    from engine.store import Database

    lock = threading.Lock()  # progress comes from the parser's helper thread, stored from here
    opened: tuple[str, Database] | None = None
    try:
        while True:
            try:
                command = conn.recv()
            except (EOFError, OSError):
                return
            if command[0] != "import":
                continue  # a cancel that arrived after its import had finished
            _, url, settings, clock, path, options = command
            try:
                if opened is None or opened[0] != url:
                    if opened is not None:
                        opened[1].close()
                    opened = (url, Database.open(url))
                engine = Engine(opened[1], settings, clock)
                result = _import(conn, lock, engine, path, options)
                reply: tuple[Any, ...] = ("done", asdict(result))
            except Exception as error:  # noqa: BLE001 - every failure is reported to the parent
                reply = ("error", *error_message(error))
            try:
                with lock:
                    conn.send(reply)
            except OSError:
                return  # the parent is gone
    finally:
        if opened is not None:
            opened[1].close()
        conn.close()


def _import(
    conn: Connection, lock: threading.Lock, engine: Engine, path: str, options: dict[str, Any]
) -> ImportResult:
    name = Path(path).name

    def check() -> None:
        with lock:
            try:
                cancelled = conn.poll() and conn.recv()[0] == "cancel"
            except (EOFError, OSError):
                cancelled = True  # the parent is gone: nobody wants the rest
        if cancelled:
            raise ImportCancelledError(f"import of {name} cancelled")

    def progress(done: int, total: int) -> None:
        check()
        with lock:
            conn.send(("progress", done, total))

    def stored(count: int) -> None:
        check()
        with lock:
            conn.send(("stored", count))

    return engine.import_export(path, progress=progress, stored=stored, **options)
