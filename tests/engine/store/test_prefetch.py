"""Prefetched: order kept, source errors re-raised in the consumer, helper thread stopped."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator

import pytest

from engine.store.prefetch import Prefetched


def test_items_arrive_in_order_and_the_thread_ends() -> None:
    with Prefetched(range(1000), depth=3) as items:
        assert list(items) == list(range(1000))
        assert next(items, "done") == "done"
    assert not [t for t in threading.enumerate() if t.name == "prefetch"]


def test_a_source_error_is_raised_in_the_consumer_after_the_good_items() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise KeyError("bad line")

    received: list[int] = []
    with pytest.raises(KeyError, match="bad line"), Prefetched(source()) as items:
        for item in items:
            received.append(item)
    assert received == [1, 2]


def test_closing_early_stops_an_endless_source() -> None:
    produced = itertools.count()
    with Prefetched(produced, depth=2) as items:
        assert next(items) == 0
    assert next(produced) < 10  # the helper stopped a few items ahead, not at infinity
    assert not [t for t in threading.enumerate() if t.name == "prefetch"]
