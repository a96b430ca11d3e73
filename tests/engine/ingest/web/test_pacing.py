"""Jitter, backoff and the watchdog, on an injected clock and random source."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from engine.ingest.web.pacing import Pacer, Watchdog


@dataclass
class StepClock:
    """A clock the test moves by hand."""

    instant: datetime

    def now(self) -> datetime:
        return self.instant


def test_jitter_is_bounded_and_backoff_doubles_up_to_a_cap() -> None:
    pacer = Pacer(random.Random(7), jitter=0.3, backoff_base=1.0, backoff_max=8.0)
    assert all(0.7 <= pacer.jittered(1.0) <= 1.3 for _ in range(200))
    pauses = [pacer.failed() for _ in range(6)]
    assert 0.7 <= pauses[0] <= 1.3 and 1.4 <= pauses[1] <= 2.6
    assert all(p <= 8.0 * 1.3 for p in pauses) and pauses[-1] >= 8.0 * 0.7
    pacer.succeeded()
    assert pacer.failed() <= 1.3


def test_watchdog_recycles_old_pages_and_restarts_after_a_hang() -> None:
    clock = StepClock(datetime(2026, 1, 1, tzinfo=UTC))
    dog = Watchdog(clock, recycle_every=timedelta(hours=6), hang_after=timedelta(seconds=90))
    clock.instant += timedelta(seconds=60)
    dog.beat()
    assert dog.verdict() == "ok"
    clock.instant += timedelta(seconds=91)
    assert dog.verdict() == "restart"
    dog.page_started()
    for _ in range(6 * 60):
        clock.instant += timedelta(minutes=1)
        dog.beat()
    assert dog.verdict() == "recycle"
    dog.page_started()
    assert dog.verdict() == "ok"
