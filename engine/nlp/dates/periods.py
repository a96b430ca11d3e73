"""Calendar periods: aligned units (quarters, decades...), holidays, and early/mid/late parts."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# Months in one aligned period of each calendar unit.
UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def add_months(d: date, months: int) -> date:
    """Calendar month arithmetic that clamps the day (31 Jan + 1 month = 28/29 Feb)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))


def aligned_start(day: date, unit: str) -> date:
    """First day of the calendar `unit` (month, quarter, year, decade...) that holds `day`."""
    size = UNIT_MONTHS[unit]
    total = day.year * 12 + day.month - 1
    total -= total % size
    return date(total // 12, total % 12 + 1, 1)


def aligned_period(day: date, unit: str, shift: int, count: int = 1) -> tuple[date, date]:
    """`count` whole units starting `shift` units away from the one holding `day` (inclusive)."""
    size = UNIT_MONTHS[unit]
    start = aligned_start(day, unit)
    if shift < 0:
        start = add_months(start, -size * count)
    elif shift > 0:
        start = add_months(start, size * shift)
    return start, add_months(start, size * count) - timedelta(days=1)


def part_of_year(year: int, unit: str, index: int, today: date | None = None) -> tuple[date, date]:
    """The `index`-th quarter or half of `year` (the next one after `today` when year is 0)."""
    size = UNIT_MONTHS[unit]
    if index < 0:
        index = 12 // size + 1 + index
    start = date(year or (today or date.today()).year, (index - 1) * size + 1, 1)
    end = add_months(start, size) - timedelta(days=1)
    if not year and today is not None and end < today:
        start, end = start.replace(year=start.year + 1), add_months(start, 12 + size) - timedelta(
            days=1)
    return start, end


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    month, day = divmod(h + lw - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(spec: str, year: int) -> date | None:
    """Resolve a holiday rule from the data files in one year.

    Rules: "MM-DD" (fixed), "easter+N" (days from Easter), "MM/Nwkd+D" (the N-th weekday of a
    month, N=-1 for the last, then D days later: "11/4thu+1" is the day after Thanksgiving).
    """
    base, _, offset = spec.replace("-", "+-", 1).partition("+") if spec.startswith(
        "easter") else spec.partition("+")
    days = int(offset or 0)
    if base == "easter":
        return easter(year) + timedelta(days=days)
    if "/" in base:
        month_s, rule = base.split("/")
        month = int(month_s)
        nth, wd = int(rule[:-3]), _WEEKDAYS.index(rule[-3:])
        if nth > 0:
            first = date(year, month, 1)
            d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = date(year, month, calendar.monthrange(year, month)[1])
            d = last - timedelta(days=(last.weekday() - wd) % 7)
        return d + timedelta(days=days)
    month_s, day_s = base.split("-")
    try:
        return date(year, int(month_s), int(day_s)) + timedelta(days=days)
    except ValueError:
        return None


def next_holiday(spec: str, today: date, shift: int | None, year: int | None) -> date | None:
    """The holiday in `year`, else the next one on or after `today` (the last one before it
    for shift -1, this year's for shift 0)."""
    if year is not None:
        return holiday_date(spec, year)
    if shift == 0:
        return holiday_date(spec, today.year)
    if shift is not None and shift < 0:
        for y in (today.year, today.year - 1):
            d = holiday_date(spec, y)
            if d is not None and d < today:
                return d
        return None
    for y in (today.year, today.year + 1):
        d = holiday_date(spec, y)
        if d is not None and d >= today:
            return d
    return None


def edge_span(start: date, end: date, edge: str) -> tuple[date, date]:
    """The early ("start"), middle ("mid") or late ("end") part of an inclusive period."""
    days = (end - start).days + 1
    if days >= 360:
        cuts = [add_months(start, k * 4 * days // 365) for k in range(1, 3)]
        spans = {"start": (start, cuts[0] - timedelta(days=1)),
                 "mid": (cuts[0], cuts[1] - timedelta(days=1)), "end": (cuts[1], end)}
    elif days >= 28:
        spans = {"start": (start, start + timedelta(days=14)),
                 "mid": (start + timedelta(days=9), start + timedelta(days=19)),
                 "end": (start + timedelta(days=15), end)}
    else:
        k = max(days * 3 // 7, 1)
        spans = {"start": (start, start + timedelta(days=k - 1)),
                 "mid": (start + timedelta(days=k - 1), end - timedelta(days=k - 1)),
                 "end": (start + timedelta(days=k), end)}
    lo, hi = spans.get(edge, (start, end))
    return lo, max(lo, hi)


def nth_part(start: date, end: date, unit: str, index: int,
             count: int = 1) -> tuple[date, date] | None:
    """`count` weeks or months from the `index`-th (1-based; -1 the last) of `start`..`end`.

    Weeks run Monday to Sunday and belong to the period their Thursday falls in (the ISO
    rule: "the first week of 2021" starts on 4 January); the last day is inclusive. With a
    negative index the parts end at that one ("the last 3 weeks of the year").
    """
    firsts: list[date] = []
    if unit == "week":
        thursday = start + timedelta(days=(3 - start.weekday()) % 7)
        while thursday <= end:
            firsts.append(thursday - timedelta(days=3))
            thursday += timedelta(days=7)
    elif unit == "month" and end - start > timedelta(days=31):
        probe = start.replace(day=1)
        while probe <= end:
            firsts.append(probe)
            probe = add_months(probe, 1)
    if index == 0 or count < 1 or abs(index) > len(firsts):
        return None
    pos = index - 1 if index > 0 else len(firsts) + index - count + 1
    if pos < 0 or pos + count > len(firsts):
        return None
    last = firsts[pos + count - 1]
    after = last + timedelta(days=7) if unit == "week" else add_months(last, 1)
    return firsts[pos], after - timedelta(days=1)


def nth_weekday(start: date, end: date, weekday: int, index: int) -> date | None:
    """The `index`-th (1-based; -1 the last) given weekday between `start` and `end`."""
    days = [d for d in (start + timedelta(days=k) for k in range((end - start).days + 1))
            if d.weekday() == weekday]
    if index == 0 or abs(index) > len(days):
        return None
    return days[index - 1] if index > 0 else days[index]
