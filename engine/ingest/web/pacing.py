"""Gentle timing: jittered pauses, exponential backoff, and a watchdog over an injected clock."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from engine.core.clock import Clock

Verdict = Literal["ok", "recycle", "restart"]


@dataclass(slots=True)
class Pacer:
    """Jittered delays and a bounded exponential backoff; `rng` is injectable for tests."""

    rng: random.Random = field(default_factory=random.Random)
    jitter: float = 0.3
    backoff_base: float = 1.0
    backoff_max: float = 300.0
    failures: int = 0

    def jittered(self, seconds: float) -> float:
        """`seconds` give or take `jitter` of itself, never negative."""
        return max(0.0, seconds * (1 + self.rng.uniform(-self.jitter, self.jitter)))

    def failed(self) -> float:
        """Record a failure; the pause before trying again (doubles up to `backoff_max`)."""
        self.failures += 1
        return self.jittered(min(self.backoff_max, self.backoff_base * 2 ** (self.failures - 1)))

    def succeeded(self) -> None:
        """Reset the backoff after a success."""
        self.failures = 0


class Watchdog:
    """Says when to recycle the page (periodically) and when to restart the browser (a hang)."""

    def __init__(self, clock: Clock, *, recycle_every: timedelta, hang_after: timedelta) -> None:
        """Recycle after `recycle_every` of page age; restart after `hang_after` without a beat."""
        self.clock = clock
        self.recycle_every = recycle_every
        self.hang_after = hang_after
        self.page_since: datetime = clock.now()
        self.last_beat: datetime = self.page_since

    def page_started(self) -> None:
        """A fresh page (after launch, reload or restart)."""
        self.page_since = self.last_beat = self.clock.now()

    def beat(self) -> None:
        """The reader completed a step."""
        self.last_beat = self.clock.now()

    def verdict(self) -> Verdict:
        """'restart' after a hang, 'recycle' when the page is old, else 'ok'."""
        now = self.clock.now()
        if now - self.last_beat >= self.hang_after:
            return "restart"
        if now - self.page_since >= self.recycle_every:
            return "recycle"
        return "ok"
