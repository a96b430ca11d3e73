"""The slots one date/time expression fills before it is resolved."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Frame:
    """What one expression says, before it is resolved against the reference time."""

    first: int
    last: int
    rel_day: int | None = None
    day_key: str = ""
    weekday: int | None = None
    wshift: int | None = None
    month: int | None = None
    mshift: int | None = None
    day: int | None = None
    year: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int = 0
    ampm: str | None = None
    part: str | None = None
    unit: str | None = None
    ushift: int | None = None
    count: float = 1
    durations: list[tuple[float, str]] = field(default_factory=list)
    dur_sign: int = 0
    special: str | None = None
    bare: int | None = None
    minute_offset: int | None = None
    holiday: str | None = None
    quarter: tuple[str, int] | None = None
    edge: str | None = None
    within: bool = False
    week: int | None = None
    day_anchor: bool = False
    """The weekday is what a span counts from ('3 days after Friday'), not where it lands."""

    def empty(self) -> bool:
        """Whether nothing date-like was read."""
        return all(v is None for v in (
            self.rel_day, self.weekday, self.month, self.day, self.year, self.hour,
            self.part, self.unit, self.special, self.holiday, self.quarter, self.week)) \
            and not self.durations
