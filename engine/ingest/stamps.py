"""Timestamps of header date and time texts, cached: a chat repeats its days and minutes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from operator import add

from engine.ingest.dateorder import default_order, shape_of, to_date
from engine.ingest.header import date_fields, parse_clock
from engine.ingest.profile import ExportProfile, style_separator

OFFSET_CACHE_LIMIT = 200_000
"""Distinct time texts remembered; a day has 86,400 seconds, so this only bounds odd files."""


class StampClock:
    """Midnight of each header date and offset of each header time, each computed once.

    A timestamp is their sum, so seconds in iOS headers cost no more than minutes: the
    date and the time repeat far more often than the two together.
    """

    def __init__(self, profile: ExportProfile) -> None:
        self.profile = profile
        self.sep = style_separator(profile.style)
        self.days: dict[str, datetime | None] = {}
        self.offsets: dict[str, timedelta | None] = {}

    def day(self, date_text: str) -> datetime | None:
        """Midnight of a header date in the file's own style; None if no such day."""
        if date_text in self.days:
            return self.days[date_text]
        fields, widths = date_fields(date_text)
        shape = shape_of(fields, widths, self.sep)
        order = self.profile.orders.get(shape) or default_order(shape, self.profile.date_order)
        calendar_day = to_date(fields, order)
        value = None
        if calendar_day is not None:
            value = datetime(calendar_day.year, calendar_day.month, calendar_day.day)
        self.days[date_text] = value
        return value

    def offset(self, time_text: str, marker: str) -> timedelta | None:
        """Time since midnight of a header time and its AM/PM marker; None if impossible."""
        key = time_text + marker
        if key in self.offsets:
            return self.offsets[key]
        if len(self.offsets) >= OFFSET_CACHE_LIMIT:
            self.offsets.clear()
        clock = parse_clock(time_text, marker or None)
        value = None
        if clock is not None:
            value = timedelta(hours=clock[0], minutes=clock[1], seconds=clock[2])
        self.offsets[key] = value
        return value

    def stamp(self, date_text: str, time_text: str, marker: str) -> datetime | None:
        """The timestamp of one header; None when its date or time cannot be."""
        day = self.days.get(date_text)
        if day is None:
            day = self.day(date_text)
        offset = self.offsets.get(time_text + marker)
        if offset is None:
            offset = self.offset(time_text, marker)
        if day is None or offset is None:
            return None
        return day + offset

    def stamps(
        self, dates: Sequence[str], times: Sequence[str], markers: Sequence[str]
    ) -> list[datetime] | None:
        """Timestamps of a run of headers; None when any of them has an impossible date or time.

        The cache look-ups and sums run as C loops (map); only new texts cost Python work.
        """
        days = list(map(self.days.get, dates))
        if None in days:
            for date_text in set(dates).difference(self.days):
                self.day(date_text)
            days = list(map(self.days.get, dates))
            if None in days:
                return None
        keys: Sequence[str] = times
        if any(markers):
            keys = list(map(add, times, markers))
        offsets = list(map(self.offsets.get, keys))
        if None in offsets:
            new = set(keys).difference(self.offsets)
            if len(self.offsets) + len(new) > OFFSET_CACHE_LIMIT:
                self.offsets.clear()
                new = set(keys)
            if keys is times:
                for key in new:
                    self.offsets[key] = _plain_offset(key)
            else:
                parts = dict(zip(keys, zip(times, markers, strict=True), strict=True))
                for key in new:
                    self.offset(*parts[key])
            offsets = list(map(self.offsets.get, keys))
            if None in offsets:
                return None
        return list(map(add, days, offsets))


def _plain_offset(time_text: str) -> timedelta | None:
    """`offset` for a 24-hour time without marker ('9:05', '21.25.15'), the common case."""
    parts = time_text.replace(".", ":").split(":")
    hour, minute = int(parts[0]), int(parts[1])
    second = int(parts[2]) if len(parts) > 2 else 0
    if minute > 59 or second > 59 or hour > 23:
        return None
    return timedelta(seconds=hour * 3600 + minute * 60 + second)
