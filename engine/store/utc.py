"""UTC instants stored as sortable 'YYYY-MM-DD HH:MM:SS' text: column type and conversions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Dialect, Text
from sqlalchemy.types import TypeDecorator


def to_utc_text(moment: datetime) -> str:
    """Stored form of an aware datetime; naive values are refused, sub-seconds are dropped."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()} cannot be stored; attach a zone")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "seconds")


def from_utc_text(text: str) -> datetime:
    """Aware UTC datetime from its stored form."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def wall_to_utc_text(wall: datetime, zone: ZoneInfo) -> str:
    """Stored UTC form of a naive wall-clock time in `zone`.

    With fold=0, an ambiguous time (autumn overlap) takes the earlier, daylight-saving offset,
    and a time inside a spring-forward gap takes the offset from before the gap, which puts the
    instant one gap later on the wall clock: 02:30 on a 02:00->03:00 day is stored as 03:30.
    """
    if wall.tzinfo is not None:
        raise ValueError(f"expected a naive wall-clock time, got {wall.isoformat()}")
    if wall.fold:
        wall = wall.replace(fold=0)
    offset = zone.utcoffset(wall)
    if offset is None:  # never for a ZoneInfo; keeps the type checker honest
        raise ValueError(f"zone {zone} gives no UTC offset for {wall.isoformat()}")
    return (wall - offset).isoformat(" ", "seconds")


def wall_to_utc(wall: datetime, zone: ZoneInfo) -> datetime:
    """Aware UTC instant of a naive wall-clock time in `zone` (rules of `wall_to_utc_text`)."""
    return from_utc_text(wall_to_utc_text(wall, zone))


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetime stored as 'YYYY-MM-DD HH:MM:SS' UTC text; read back as aware UTC."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        """Aware datetime to stored text; naive values raise ValueError."""
        if value is None:
            return None
        return to_utc_text(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        """Stored text to aware UTC datetime."""
        if value is None:
            return None
        return from_utc_text(str(value))
