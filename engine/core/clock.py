"""The injected clock: every 'now' in the engine comes from here, never from the wall directly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current instant as an aware datetime."""

    def now(self) -> datetime:
        """The current instant (time-zone aware)."""
        ...


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        """The current instant in UTC."""
        return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class FixedClock:
    """A clock stopped at one instant, for tests and reproducible runs."""

    instant: datetime

    def now(self) -> datetime:
        """The fixed instant."""
        return self.instant
