"""Turn a frame into concrete values relative to the reference time (rules in `finder`)."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from .interpret import Frame
from .lexicon import Lexicon
from .periods import UNIT_MONTHS, add_months, aligned_period, edge_span, next_holiday, part_of_year

Point = date | datetime
_ANCHOR_SLOTS = ("rel_day", "weekday", "month", "day", "year", "special", "holiday")
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "weekend": 7}
_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
NEAREST = 9
"""The shift of "this coming" / "this past" (data: `nearest_next`, `nearest_last`)."""


def _valid(y: int, m: int, d: int) -> date | None:
    if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] and 1 <= y <= 9999:
        return date(y, m, d)
    return None


def _next_day_of_month(today: date, day: int, weekday: int | None = None) -> date | None:
    probe = today.replace(day=1)
    for _ in range(48):
        cand = _valid(probe.year, probe.month, day)
        if cand and cand >= today and (weekday is None or cand.weekday() == weekday):
            return cand
        probe = add_months(probe, 1)
    return None


def _next_month_day(today: date, month: int, day: int) -> date | None:
    for year in range(today.year, today.year + 9):
        cand = _valid(year, month, day)
        if cand and cand >= today:
            return cand
    return None


def _add(ref: datetime, count: float, unit: str, sign: int) -> Point:
    if unit in _UNIT_SECONDS:
        seconds = sign * count * _UNIT_SECONDS[unit]
        utc = ref.astimezone(UTC) + timedelta(seconds=seconds)
        return utc.astimezone(ref.tzinfo)
    today = ref.date()
    if unit in UNIT_MONTHS:
        months = count * UNIT_MONTHS[unit]
        whole = int(months)
        return add_months(today, sign * whole) + timedelta(days=sign * round((months - whole) * 30))
    return today + timedelta(days=sign * count * _UNIT_DAYS.get(unit, 1))


def _period(today: date, unit: str, shift: int, count: float) -> tuple[date, date] | None:
    """Start and inclusive end of "this/next/last <unit>" and "next 3 <units>"."""
    n = int(count)
    if unit in UNIT_MONTHS and (unit not in ("month", "year") or count == 1):
        start, end = aligned_period(today, unit, shift, n)
        return (today if shift == 0 else start), end
    if count != 1:
        if unit in _UNIT_DAYS and unit != "weekend":
            span = n * _UNIT_DAYS[unit]
            return ((today + timedelta(days=1), today + timedelta(days=span)) if shift > 0
                    else (today - timedelta(days=span), today - timedelta(days=1)))
        if unit in ("month", "year"):
            months = n * UNIT_MONTHS[unit]
            if shift > 0:
                return today + timedelta(days=1), add_months(today, months)
            return add_months(today, -months), today - timedelta(days=1)
        return None
    if unit == "day":
        d = today + timedelta(days=shift)
        return d, d
    if unit in ("week", "weekend", "fortnight"):
        step = 14 if unit == "fortnight" else 7
        monday = today - timedelta(days=today.weekday()) + timedelta(days=step * shift)
        if unit == "weekend":
            sat = monday + timedelta(days=5)
            return (today if shift == 0 and today > sat else sat), sat + timedelta(days=1)
        start = today if shift == 0 else monday
        return start, monday + timedelta(days=step - 1)
    if unit == "month":
        first = add_months(today.replace(day=1), shift)
        return (today if shift == 0 else first), add_months(first, 1) - timedelta(days=1)
    if unit == "year":
        first = date(today.year + shift, 1, 1)
        return (today if shift == 0 else first), date(today.year + shift, 12, 31)
    return None


def _end_of(today: date, what: str) -> date:
    if what == "week":
        return today + timedelta(days=6 - today.weekday())
    if what == "month":
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if what == "year":
        return date(today.year, 12, 31)
    return today


def resolve_date(f: Frame, ref: datetime, past: bool,
                 lex: Lexicon) -> tuple[Point, Point | None] | None:
    """The day (or duration point) a frame names, with the inclusive end of a period."""
    found = _resolve(f, ref, past, lex)
    if found is None or f.edge is None or f.durations:
        return found
    start, end = found
    if type(start) is date and type(end) is date:
        if f.unit and f.ushift == 0 and f.unit in UNIT_MONTHS:
            start = aligned_period(start, f.unit, 0)[0]
        elif f.unit in ("week", "weekend") and f.ushift == 0:
            start = start - timedelta(days=start.weekday())
        lo, hi = edge_span(start, end, f.edge)
        if f.ushift == 0 and f.edge == "end" and lo < ref.date() <= hi:
            lo = ref.date()  # "later this week" starts now
        return lo, hi
    return found


def _resolve(f: Frame, ref: datetime, past: bool,
             lex: Lexicon) -> tuple[Point, Point | None] | None:
    today = ref.date()
    if f.durations:
        sign = f.dur_sign or 1
        point: Point = today
        # "Monday two weeks from now", "3 weeks after Christmas on Friday": that weekday in
        # the week the span ends in
        snap = f.weekday if f.wshift is None and f.day is None and not f.day_anchor else None
        base = replace(f, durations=[], weekday=None) if snap is not None else replace(
            f, durations=[])
        if any(getattr(base, s) is not None for s in _ANCHOR_SLOTS):
            anchor = resolve_date(base, ref, past, lex)
            if anchor is None:
                return None
            point = anchor[0]
        for count, unit in f.durations:
            point = _shift_point(point, count, unit, sign, ref)
        if snap is not None:
            day = point.date() if isinstance(point, datetime) else point
            point = day + timedelta(days=snap - day.weekday())
        return point, None
    if f.special:
        kind, _, what = f.special.partition(":")
        if kind == "now":
            return ref, None
        return _end_of(today, what), None
    if f.holiday is not None:
        year = f.year
        if year is None and f.unit == "year" and f.ushift is not None:
            year = today.year + f.ushift
        d = next_holiday(f.holiday, today, f.mshift, year)
        return (d, None) if d else None
    if f.week is not None:  # ISO week number, of the named year or this one
        year = f.year or today.year
        if f.year is None and f.unit == "year" and f.ushift is not None:
            year += f.ushift
        if f.week > date(year, 12, 28).isocalendar()[1]:
            return None
        monday = date.fromisocalendar(year, f.week, 1)
        if f.weekday is not None:  # "Thursday, week 23"
            return monday + timedelta(days=f.weekday), None
        return monday, monday + timedelta(days=6)
    if f.quarter is not None:
        year = f.year or 0
        if not year and f.unit == "year" and f.ushift is not None:
            year = today.year + f.ushift
        return part_of_year(year, f.quarter[0], f.quarter[1], today)
    if f.unit and f.ushift is not None:
        if f.unit in _UNIT_SECONDS:  # "the next 5 minutes", "the last hour": from/to now
            moved = _add(ref, f.count, f.unit, f.ushift or 1)
            return (ref, moved) if f.ushift >= 0 else (moved, ref)
        span = _period(today, f.unit, f.ushift, f.count)
        if span is None:
            return None
        start, end = span
        if f.weekday is not None and f.unit in ("week", "weekend"):
            monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * f.ushift)
            return monday + timedelta(days=f.weekday), None
        if f.day is not None and f.unit == "month":
            d = _valid(start.year, start.month, f.day)
            return (d, None) if d else None
        return start, end
    if f.month is not None:
        year = f.year
        if f.day is not None:
            if year is not None:
                d = _valid(year, f.month, f.day)
            else:
                d = _next_month_day(today, f.month, f.day)
                if d and f.mshift:
                    d = _valid(today.year + f.mshift, f.month, f.day)
            return (d, None) if d else None
        if year is None:
            year = today.year + (f.mshift or 0)
            if f.mshift is None and f.month < today.month:
                year += 1
        first = date(year, f.month, 1)
        last = date(year, f.month, calendar.monthrange(year, f.month)[1])
        if first <= today <= last:
            return today, last
        return first, last
    if f.day is not None:
        if f.weekday is not None:
            d = _next_day_of_month(today, f.day, f.weekday)
        else:
            d = _next_day_of_month(today, f.day)
        return (d, None) if d else None
    if f.weekday is not None:
        monday = today - timedelta(days=today.weekday())
        if f.wshift is None:
            return today + timedelta(days=(f.weekday - today.weekday()) % 7), None
        if abs(f.wshift) == NEAREST:  # "this coming Friday", "this past Wednesday"
            step = ((f.weekday - today.weekday()) % 7 or 7) if f.wshift > 0 else -(
                (today.weekday() - f.weekday) % 7 or 7)
            return today + timedelta(days=step), None
        return monday + timedelta(days=7 * f.wshift + f.weekday), None
    if f.year is not None:
        if f.unit == "decade" and f.ushift is None:  # "1990 के दशक", "the 1990s"
            return date(f.year, 1, 1), date(f.year + 9, 12, 31)
        return date(f.year, 1, 1), date(f.year, 12, 31)
    if f.rel_day is not None:
        offset = lex.past_days.get(f.day_key, f.rel_day) if past else f.rel_day
        return today + timedelta(days=offset), None
    return None


def _shift_point(point: Point, count: float, unit: str, sign: int, ref: datetime) -> Point:
    if unit in _UNIT_SECONDS or (count % 1 and unit == "day"):
        if not isinstance(point, datetime):
            point = ref + (datetime.combine(point, ref.timetz()) - datetime.combine(
                ref.date(), ref.timetz()))
        if unit == "day":
            count, unit = count * 24, "hour"
        return _add(point, count, unit, sign)
    if isinstance(point, datetime):
        moved = _add(point, count, unit, sign)
        return datetime.combine(moved, point.timetz()) if not isinstance(moved, datetime) \
            else moved
    return _add(datetime.combine(point, ref.timetz()), count, unit, sign)


def resolve_hour(f: Frame, lex: Lexicon, day: date | None,
                 ref: datetime) -> tuple[int, int, int] | None:
    """The 24-hour clock time a frame names, applying the bare-hour rule of `finder`."""
    if f.hour is None:
        if f.edge is not None and f.part in lex.part_spans:  # "late this morning"
            (sh, sm), (eh, em) = lex.part_spans[f.part]
            start, half = sh * 60 + sm, ((eh * 60 + em) - (sh * 60 + sm)) // 2
            at = start + {"start": 0, "mid": half // 2, "end": half}.get(f.edge, 0)
            return at // 60, at % 60, 0
        if f.part is not None and f.part in lex.part_times:
            h, m = lex.part_times[f.part]
            return h, m, 0
        return None
    h, m = f.hour, f.minute or 0
    if f.ampm == "pm" and h < 12:
        h += 12
    elif f.ampm == "am" and h == 12:
        h = 0
    elif f.ampm is None and f.part is not None:
        if f.part in lex.pm_parts and h < 12 and not (f.part == "night" and h <= 4):
            h += 12
        elif f.part == "noon" and h < 6:
            h += 12
    elif f.ampm is None and 1 <= h <= 11:
        if h <= 6:
            h += 12
        elif (day is None or day == ref.date()) and (h, m) <= (ref.hour, ref.minute):
            h += 12
    if h == 24:
        h = 0
    if h > 23 or m > 59:
        return None
    return h, m, f.second
