"""Ordinal parts of a period: 'the third week of January', 'the first 2 weeks of 2021',
'the last 3 weeks of this year', 'the first Monday of next month', 'जनवरी के तीसरा सप्ताह'."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from .frame import Frame
from .interpret import fill
from .model import DateMention, Kind
from .periods import nth_part, nth_weekday
from .tokens import Tok

Point = date | datetime
Resolver = Callable[[Frame], tuple[Point, Kind, Point | None] | None]
_FILLER = "a,"
_UNITS = ("week", "month")


def _skip(toks: list[Tok], i: int, hi: int) -> int:
    while i < hi and toks[i].tag in _FILLER:
        i += 1
    return i


def _day(value: Point) -> date:
    return value.date() if isinstance(value, datetime) else value


def read_nth(text: str, toks: list[Tok], lo: int, hi: int,
             resolve: Resolver) -> list[DateMention] | None:
    """Read an ordinal part of a period spanning tokens [lo, hi), or None if it is none."""
    if hi - lo < 2 or not any(t.tag in "OL" for t in toks[lo:hi]):
        return None  # every form has a rank
    while lo < hi - 1 and toks[lo].tag in "ad":
        lo += 1  # "il primo lunedì": the article is no part of it
    if toks[lo].tag in "OL":
        return _head(text, toks, lo, hi, resolve)
    j = _skip(toks, lo + 1, hi)
    if toks[lo].tag in "Ww" and j < hi and toks[j].tag == "O":  # "Senin pertama bulan depan"
        return _weekday(text, toks, j, lo, hi, resolve, after=j)
    return _tail(text, toks, lo, hi, resolve)


def _index(tok: Tok) -> int:
    return int(tok.value) if tok.tag == "O" else -1


def _period(frames: list[Frame], resolve: Resolver) -> tuple[date, date, Frame] | None:
    """The whole period the part is taken from, and what the frame says of the time."""
    if len(frames) != 1:
        return None
    f = frames[0]
    bare = replace(f, part=None, hour=None, minute=None, ampm=None, edge=None)
    found = resolve(bare)
    if found is None or found[2] is None:
        return None
    return _day(found[0]), _day(found[2]), f


def _head(text: str, toks: list[Tok], lo: int, hi: int,
          resolve: Resolver) -> list[DateMention] | None:
    """'the third week of January', 'first 2 weeks of 2021', 'first Monday evening of ...'."""
    j = _skip(toks, lo + 1, hi)
    count = 1
    if j < hi and toks[j].tag == "N" and isinstance(toks[j].value, int) and toks[j].value > 1:
        count = toks[j].value
        j = _skip(toks, j + 1, hi)
    if j >= hi:
        return None
    if toks[j].tag == "U" and toks[j].value in _UNITS:
        period = _period(fill(toks, j + 1, hi), resolve)
        if period is None:
            return None
        part = nth_part(period[0], period[1], toks[j].value, _index(toks[lo]), count)
        if part is None:
            return None
        return [_mention(text, toks, lo, hi, part[0], "range", part[1])]
    if toks[j].tag in "Ww" and count == 1:
        return _weekday(text, toks, lo, j, hi, resolve)
    return None


def _weekday(text: str, toks: list[Tok], lo: int, at: int, hi: int, resolve: Resolver,
             after: int | None = None,
             period_at: tuple[int, int] | None = None) -> list[DateMention] | None:
    """'the first Monday of next month', 'the last Friday evening of June'; `lo` is the
    ordinal, `at` the weekday, and the period follows `after` (the later of the two) or
    sits in the tokens `period_at` before them."""
    span = period_at or ((at if after is None else after) + 1, hi)
    period = _period(fill(toks, *span), resolve)
    if period is None:
        return None
    start, end, said = period
    day = nth_weekday(start, end, toks[at].value - 1, _index(toks[lo]))
    if day is None:
        return None
    timed = Frame(lo, hi - 1, year=day.year, month=day.month, day=day.day, part=said.part,
                  hour=said.hour, minute=said.minute, ampm=said.ampm)
    found = resolve(timed)
    if found is None:
        return None
    first = span[0] if period_at else min(lo, at)
    return [_mention(text, toks, first, hi if not period_at else at + 1, found[0], found[1],
                     None)]


def _tail(text: str, toks: list[Tok], lo: int, hi: int,
          resolve: Resolver) -> list[DateMention] | None:
    """Hindi puts the period first: 'जनवरी के तीसरा सप्ताह', '2019 के अंतिम सप्ताह'."""
    last = hi - 1
    while last > lo and toks[last].tag in _FILLER + "Il":
        last -= 1
    is_day = toks[last].tag in "Ww"  # "अगले महीने का पहला सोमवार"
    if not is_day and (toks[last].tag != "U" or toks[last].value not in _UNITS):
        return None
    k = last - 1
    while k > lo and toks[k].tag in _FILLER:
        k -= 1
    if k <= lo or toks[k].tag not in "OL":
        return None
    if is_day:
        return _weekday(text, toks, k, last, hi, resolve, period_at=(lo, k))
    period = _period(fill(toks, lo, k), resolve)
    if period is None:
        return None
    part = nth_part(period[0], period[1], toks[last].value, _index(toks[k]))
    if part is None:
        return None
    return [_mention(text, toks, lo, last + 1, part[0], "range", part[1])]


def _mention(text: str, toks: list[Tok], lo: int, hi: int, value: Point, kind: Kind,
             end: Point | None) -> DateMention:
    s, e = toks[lo].start, toks[hi - 1].end
    return DateMention(s, e, text[s:e], value, kind, end)
