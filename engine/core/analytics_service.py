"""Analytics reads for the GUI, CLI and MCP server: the Engine's `analytics` attribute."""

from __future__ import annotations

from engine.core.clock import Clock
from engine.core.settings import Settings
from engine.store import analytics as repo
from engine.store.analytics import Analytics, Dimension, Share, WeekCount
from engine.store.db import Database


class AnalyticsService:
    """Aggregates over confirmed tasks, at the injected clock's instant, in the user's zone."""

    def __init__(self, db: Database, settings: Settings, clock: Clock) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

    def summary(self, mode: str | None = None, weeks: int = 12) -> Analytics:
        """Every figure of the analytics page for a mode (None or 'hybrid': all chats)."""
        return repo.analytics(
            self._db, mode=mode, now=self._clock.now(), zone=self._settings.zone(), weeks=weeks
        )

    def weekly(self, mode: str | None = None, weeks: int = 12) -> list[WeekCount]:
        """Tasks created and completed per week, the current week last."""
        return repo.weekly_counts(
            self._db, mode=mode, now=self._clock.now(), zone=self._settings.zone(), weeks=weeks
        )

    def open_by(self, dimension: Dimension, mode: str | None = None) -> list[Share]:
        """Open tasks per assignee, category or chat."""
        return repo.open_by(self._db, dimension, mode=mode)

    def overdue(self, mode: str | None = None) -> int:
        """How many open tasks are overdue now."""
        return repo.overdue_count(self._db, mode=mode, now=self._clock.now())
