"""Run an iterator one step ahead in a helper thread, so Python work overlaps SQLite work."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

_POLL_SECONDS = 0.1


class _Done:
    __slots__ = ()


class _Failed:
    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Prefetched(Generic[T]):
    """Iterator over `source`, computed by a daemon thread up to `depth` items ahead.

    sqlite3 releases the GIL while a statement runs, so preparing batch n+1 here while batch n
    is written uses the second core. Errors of the source re-raise in the consumer; `close()`
    (or leaving a `with` block) stops the helper thread.
    """

    def __init__(self, source: Iterable[T], depth: int = 2) -> None:
        """Start the helper thread over `source`."""
        self._items: queue.Queue[T | _Done | _Failed] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._finished = False
        self._thread = threading.Thread(
            target=self._produce, args=(iter(source),), name="prefetch", daemon=True
        )
        self._thread.start()

    def _produce(self, source: Iterator[T]) -> None:
        end: _Done | _Failed = _Done()
        try:
            for item in source:
                if not self._put(item):
                    return
        except BaseException as error:  # handed to the consumer, which re-raises it
            end = _Failed(error)
        self._put(end)

    def _put(self, item: T | _Done | _Failed) -> bool:
        while not self._stop.is_set():
            try:
                self._items.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator[T]:
        """This object is its own iterator."""
        return self

    def __next__(self) -> T:
        """The next item, waiting for the helper thread if it is behind."""
        if self._finished:
            raise StopIteration
        item = self._items.get()
        if isinstance(item, _Done | _Failed):
            self._finished = True
            self._thread.join()
            if isinstance(item, _Failed):
                raise item.error
            raise StopIteration
        return item

    def close(self) -> None:
        """Stop the helper thread and wait for it."""
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> Prefetched[T]:
        """Use as a context manager that closes on exit."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Stop the helper thread."""
        self.close()
