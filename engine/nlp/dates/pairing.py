"""Ranges: what the two ends of "X to Y" share (the day, am/pm, the month)."""

from __future__ import annotations

from .frame import Frame

_DATE_SLOTS = ("rel_day", "weekday", "wshift", "month", "mshift", "day", "year", "unit",
               "ushift", "special", "holiday", "quarter")


def pair_ends(a: Frame, b: Frame, in_month: bool = False) -> None:
    """Share what two ends of a range leave implicit ("3 to 5pm", "19-20 November").

    `in_month`: the range sits in a month ("from 4-23 in next month"), so bare numbers are days.
    """
    b_free = b.bare is not None and b.hour is None and b.day is None
    b_clock = b.day is None and b.month is None and (b_free or b.hour is not None)
    if a.weekday is not None and a.day is not None and a.month is None and b_clock:
        a.bare, a.day = a.day, None  # "Monday 8-9am", "lunes 3-8": hours, not the 8th
    a_free = a.bare is not None and a.hour is None and a.day is None
    if a_free and b.bare is not None and b.hour is None and b.day is not None:
        a.hour, b.hour = a.bare, b.bare  # "entre 3 y 5 el 1ro de enero"
    elif a_free and b_free:
        as_days = a.month is not None or b.month is not None or in_month \
            or max(a.bare or 0, b.bare or 0) > 24
        a.day, b.day = (a.bare, b.bare) if as_days else (None, None)
        a.hour, b.hour = (None, None) if as_days else (a.bare, b.bare)
    elif b_free:
        if a.hour is not None:
            b.hour = b.bare
        elif a.day is not None:
            b.day = b.bare
    elif a_free:
        if b.hour is not None:
            a.hour = a.bare
        elif b.day is not None:
            a.day = a.bare
    if a.hour is not None and a.ampm is None and a.part is None:
        a.ampm, a.part = b.ampm, b.part
        if a.ampm == "pm" and b.hour is not None and a.hour > b.hour:
            a.ampm = None
    if a.day is not None and a.month is None and a.weekday is None:
        a.month, a.mshift = b.month, b.mshift
    if b.day is not None and b.month is None and b.weekday is None and a.month is not None:
        b.month, b.mshift = a.month, a.mshift  # "April 9th through 17th"
        b.year = b.year if b.year is not None else a.year
    if b.day is not None and b.month is None and b.unit is None and a.unit == "month":
        b.unit, b.ushift = a.unit, a.ushift  # "अगले महीने 4-23": both days of next month
    if a.year is None and (a.month is not None or a.day is not None):
        a.year = b.year


def inherit_date(target: Frame, source: Frame) -> None:
    """Give a frame with no day of its own the day of another ("3 to 5pm tomorrow")."""
    if any(getattr(target, s) is not None for s in _DATE_SLOTS) or target.durations:
        return
    for s in _DATE_SLOTS:
        setattr(target, s, getattr(source, s))
    target.count, target.day_key = source.count, source.day_key
