"""`find_dates`: locate date/time expressions in a message and resolve them.

Defaults (the data files hold the words; these rules are shared by every language):

* A day without a time resolves to a `date`; once a time is known the value is an aware
  `datetime` in the reference's time zone (a naive reference is read as UTC). Wall-clock times
  are built in that zone, so they stay right across DST changes; "in 2 hours" adds real time.
* Part-of-day words map to times listed in each language file (`part_times`): morning 09:00,
  noon 12:00, afternoon 15:00, evening 18:00, tonight/night 20:00, end of day 17:00.
* A bare hour ("at 5", "um 5", "jam 5") with no am/pm or part of day: 0 and 13-23 are 24-hour
  times; 12 is noon; 1-6 read as 13:00-18:00; 7-11 read as morning unless that time has already
  passed on the reference day (then evening). A time with no day is its next occurrence after
  the reference.
* Weekday names: the first such day on or after the reference day ("Friday" said on a Friday is
  that same day, the Recognizers-Text convention). "next Friday" / "last Friday" / "this
  Friday" pick that weekday in next / previous / this week (weeks start on Monday).
* "next week" / "next month" / "next year": the first day of that period (`end_value` holds its
  last day); "this week/month" starts at the reference day; "this weekend" is its Saturday.
* "by Friday", "bis Montag", "somvar tak", "until 5pm": that point with `mod="before"`; "after"
  and "since" phrases set `mod` likewise; "around 5" sets `approximate`.
* "in 3 days" / "3 days ago" / "3 days later": reference plus or minus the amount (calendar
  arithmetic for days and longer, a `date`; real elapsed time for hours and minutes); a bare
  amount ("for 2 hours") is a `duration` mention with the same value.
* "on the 15th": the next 15th on or after the reference day; a day and month without a year:
  the first such date on or after the reference day.
* Numeric dates follow the locale: month-first for en and en-US, day-first for every other
  language and English region ('en-GB', 'en-IN'...). A day or month above 12 fixes the order;
  "3/4" with no support word is not read as a date (it may be a fraction).
* Hinglish "kal"/"कल" is tomorrow unless past-tense cue words (data: `past_cues`) are present.
* "within 3 days" / "dentro de 2 horas" / "3 days starting Monday": a `range` from the reference
  (or the anchor) to the end of the span; `end_value` is the deadline.
* "early / mid / late <period>" ("mid-November", "end of 2000", "later this week"): a `range`
  over that part of the period (year: Jan-Apr / May-Aug / Sep-Dec; month: 1-15 / 10-20 / 16-end;
  week: Mon-Wed / Thu-Sun; "later this ..." starts today). On a single day the edge picks a part
  of day (early: morning, mid: noon, late: end of day); on a part of day, its first or second
  half of `part_spans` ("late this morning" = 10:00).
* Quarters/halves ("Q3 2019", "2019 H2", "next quarter") and decades are `range`s of whole
  calendar units; with no year, the next one that has not ended.
* Holidays are data rules (`holidays`: fixed "MM-DD", "easter+N", "MM/Nwkd"): the next one on or
  after the reference day; "last Easter" the previous one; "Easter 2018" that year's.
* A weekday with a day and month ("Friday 7/6") takes the nearest such date, past or future.
* Spoken clock times: "three thirty", "ocho y veinte", "as 5 e 45" (data: `number_joiners`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from .grammar import MENTION
from .interpret import Frame, fill
from .lexicon import WORD, Lexicon, get_lexicon, norm
from .model import DateMention, Kind, Mod
from .pairing import inherit_date, pair_ends
from .periods import nth_part
from .resolve import Point, resolve_date, resolve_hour
from .tokens import Tok, tokenize

_DIGIT = re.compile(r"\d")
_CANDIDATE = re.compile(r"[^_|#.,aA&HRh]")
_WORDS = re.compile(WORD)
_WEAK = set("wmzYOa,.")
_SUPPORT = set("aBFGIK@dsjXCL&R")
_MODS = {"before": "before", "after": "after", "since": "since"}
_KINDS = {"N": "n", "O": "n", "M": "m", "m": "m", "W": "w", "w": "w", "Z": "z", "z": "z",
          "T": "t", "Y": "y"}
_EDGE_PART = {"start": "morning", "mid": "noon", "end": "eod"}


def _maybe_dated(text: str, lex: Lexicon) -> bool:
    if _DIGIT.search(text):
        return True
    triggers = lex.triggers
    return any(norm(w) in triggers for w in _WORDS.findall(text))


def find_dates(text: str, reference: datetime, language: str) -> list[DateMention]:
    """Find and resolve every date/time expression in `text`, relative to `reference`."""
    lex = get_lexicon(language)
    if not text or not _maybe_dated(text, lex):
        return []
    ref = reference if reference.tzinfo else reference.replace(tzinfo=UTC)
    toks = tokenize(text, lex)
    tags = "".join(t.tag for t in toks)
    past = bool(lex.past_cues) and any(t.key in lex.past_cues for t in toks)
    out: list[DateMention] = []
    pos, n = 0, len(tags)
    while pos < n:
        cand = _CANDIDATE.search(tags, pos)
        if cand is None:
            break
        m = MENTION.match(tags, cand.start())
        if m is None or m.end() == m.start():
            pos = cand.start() + 1
            continue
        out.extend(_Span(text, toks, ref, lex, past).read(m.start(), m.end()))
        pos = m.end()
    if out and lex.greetings and _greets(text, out[0], lex):
        del out[0]
    return out


def _greets(text: str, first: DateMention, lex: Lexicon) -> bool:
    """'Morning! Quote attached', 'Pagi kak, ...': a part of day opening the message, on its
    own before punctuation or a word that is no date, greets."""
    if text[: first.start].strip() or norm(first.text) not in lex.greetings:
        return False
    rest = text[first.end :].lstrip()
    return not rest[:1].isdigit()


class _Span:
    """Reads one grammar match into mentions."""

    def __init__(self, text: str, toks: list[Tok], ref: datetime, lex: Lexicon,
                 past: bool) -> None:
        self.text, self.toks, self.ref, self.lex, self.past = text, toks, ref, lex, past

    def read(self, lo: int, hi: int) -> list[DateMention]:
        toks = self.toks
        mod: str | None = None
        approx = False
        first, last = lo, hi
        while lo < hi and toks[lo].tag in "BF@a,":
            if toks[lo].tag in "BF":
                mod = toks[lo].value
            elif toks[lo].tag == "@" and toks[lo].value == "approx":
                approx = True
            if toks[lo].tag == "@" and lo + 1 < hi and toks[lo + 1].tag not in "Ta,":
                break  # "at 5": the "at" tells the number is an hour
            lo += 1
        post_mod: str | None = None
        while hi > lo and toks[hi - 1].tag in "bfsa,":
            if toks[hi - 1].tag in "bfs":
                post_mod = {"b": "before", "f": "after", "s": "since"}[toks[hi - 1].tag]
            hi -= 1
        if lo >= hi:
            return []
        found = self._nth(lo, hi)
        if found is None:
            found = self._range(lo, hi, approx)
        if found is None:
            found = [m for f in fill(toks, lo, hi) if (m := self._mention(f, approx)) is not None]
        if found and mod == "after" and found[0].kind == "range" \
                and type(found[0].end_value) is date:
            after = found[0].end_value + timedelta(days=1)
            found[0] = DateMention(found[0].start, found[0].end, found[0].text, after, "date")
        if found and mod:
            found[0] = _with(found[0], self.text, start=toks[first].start, mod=_MODS.get(mod))
        if found and post_mod:
            found[-1] = _with(found[-1], self.text, end=toks[last - 1].end,
                              mod=_MODS.get(post_mod))
        return found

    def _nth(self, lo: int, hi: int) -> list[DateMention] | None:
        """'the third week of January', 'last week of 2016', 'the 9th month of next year'."""
        toks = self.toks
        unit_at = lo + 1
        while unit_at < hi and toks[unit_at].tag in "a,":
            unit_at += 1
        if toks[lo].tag not in "OL" or unit_at >= hi or toks[unit_at].tag != "U" \
                or toks[unit_at].value not in ("week", "month"):
            return None
        frames = fill(toks, unit_at + 1, hi)
        period = self._resolve(frames[0]) if len(frames) == 1 else None
        if period is None or period[2] is None:
            return None
        index = toks[lo].value if toks[lo].tag == "O" else -1
        part = nth_part(_day(period[0]), _day(period[2]), toks[unit_at].value, index)
        if part is None:
            return None
        s, e = toks[lo].start, toks[hi - 1].end
        return [DateMention(s, e, self.text[s:e], part[0], "range", part[1])]

    def _range(self, lo: int, hi: int, approx: bool) -> list[DateMention] | None:
        toks = self.toks
        opener = next((i for i in range(lo, hi) if toks[i].tag in "GK"
                       or toks[i].tag == "F" and toks[i].value == "since"), None)
        start = lo if opener is None else opener + 1
        conns = "R&Bsh" if opener is not None else "Rsh"
        conn = next((i for i in range(start + 1, hi - 1) if toks[i].tag in conns), None)
        if conn is None:
            return None
        if toks[conn].tag == "&" and (opener is None or toks[opener].tag != "K"):
            return None
        if toks[conn].tag == "h" and _KINDS.get(toks[conn - 1].tag) != _KINDS.get(
                toks[conn + 1].tag):
            return None  # "05-Aug-2016" is one date; "19-20", "Nov-Feb" are ranges
        context = fill(toks, lo, opener) if opener is not None and opener > lo else []
        left = self._side(start, conn)
        right = self._side(conn + 1, hi)
        if not left or not right:
            return None
        a, b = left[-1], right[0]
        context += left[:-1] + right[1:]
        if a.empty() and b.empty() and not context and (a.bare is None or b.bare is None
                                                          or opener is None):
            return []
        pair_ends(a, b)
        for c in context:
            inherit_date(a, c)
            inherit_date(b, c)
        inherit_date(b, a)
        inherit_date(a, b)
        va, vb = self._resolve(a), self._resolve(b)
        if va is None:
            return None
        value = va[0]
        end_value = vb[0] if vb else None
        if end_value is not None and _day(value) > _day(end_value):
            if a.month is not None and a.year is None and a.weekday is None:
                value = _year_back(value)
            elif b.weekday is not None and b.day is None:
                end_value = end_value + timedelta(days=7)
            elif isinstance(end_value, datetime):
                end_value = end_value + timedelta(days=1)
        s, e = toks[lo].start, toks[hi - 1].end
        return [DateMention(s, e, self.text[s:e], value, "range", end_value, None, approx)]

    def _side(self, lo: int, hi: int) -> list[Frame]:
        frames = fill(self.toks, lo, hi)
        if not frames and hi - lo == 1 and self.toks[lo].tag == "N" \
                and isinstance(self.toks[lo].value, int):
            frames = [Frame(lo, lo, bare=self.toks[lo].value)]
        return frames

    def _resolve(self, f: Frame) -> tuple[Point, Kind, Point | None] | None:
        ref = self.ref
        try:
            resolved = resolve_date(f, ref, self.past, self.lex)
        except (ValueError, OverflowError):  # a year out of range, e.g. "year 0"
            return None
        day: date | None = None
        point: Point | None = None
        end: Point | None = None
        kind: Kind = "date"
        if resolved is not None:
            point, end = resolved
            if f.within and f.durations:  # "within 3 days": from now (or the anchor) until then
                start = _anchor(f, ref, self.past, self.lex) or (
                    ref if isinstance(point, datetime) else ref.date())
                return start, "range", point
            day = point.date() if isinstance(point, datetime) else point
            if f.edge and end is None and f.part is None and f.hour is None:
                f.part = _EDGE_PART.get(f.edge)  # "early tomorrow", "later in today"
            if end is not None and end != point:
                kind = "range"
            else:
                end = None
        hm = resolve_hour(f, self.lex, day, ref)
        if f.durations:
            kind = "duration" if not f.dur_sign else kind
        if hm is None:
            if point is None:
                return None
            if isinstance(point, datetime) and kind == "date":
                kind = "datetime"
            return point, kind, end
        if day is None:
            at = _wall(ref.date(), hm, ref)
            if at < ref and f.rel_day is None:
                at = _wall(ref.date() + timedelta(days=1), hm, ref)
            return at, "time", None
        return _wall(day, hm, ref), ("datetime" if kind in ("date", "range") else kind), None

    def _mention(self, f: Frame, approx: bool) -> DateMention | None:
        toks = self.toks
        if f.empty():
            return None
        strong = [i for i in range(f.first, f.last + 1) if toks[i].tag not in "a,.h"]
        if len(strong) == 1 and (toks[strong[0]].tag in _WEAK
                                 or toks[strong[0]].key in self.lex.weak_words):
            before = toks[f.first - 1].tag if f.first > 0 else ""
            after = toks[f.last + 1].tag if f.last + 1 < len(toks) else ""
            if before not in _SUPPORT and after not in ("b", "f", "s"):
                return None
        resolved = self._resolve(f)
        if resolved is None:
            return None
        value, kind, end = resolved
        s, e = toks[f.first].start, toks[f.last].end
        return DateMention(s, e, self.text[s:e], value, kind, end, None, approx)


def _anchor(f: Frame, ref: datetime, past: bool, lex: Lexicon) -> Point | None:
    """The day a span starts from ("3 days starting Monday"), if the frame names one."""
    bare = replace(f, durations=[], within=False, dur_sign=0)
    if bare.empty():
        return None
    try:
        found = resolve_date(bare, ref, past, lex)
    except (ValueError, OverflowError):
        return None
    return found[0] if found else None


def _day(value: Point) -> date:
    return value.date() if isinstance(value, datetime) else value


def _year_back(value: Point) -> Point:
    try:
        return value.replace(year=value.year - 1)
    except ValueError:
        return value.replace(year=value.year - 1, day=28)


def _wall(day: date, hm: tuple[int, int, int], ref: datetime) -> datetime:
    """A wall-clock time on `day` in the reference's zone, normalised across DST gaps."""
    local = datetime.combine(day, time(*hm), tzinfo=ref.tzinfo)
    return local.astimezone(UTC).astimezone(ref.tzinfo)


def _with(m: DateMention, text: str, start: int | None = None, end: int | None = None,
          mod: str | None = None) -> DateMention:
    s = m.start if start is None else min(start, m.start)
    e = m.end if end is None else max(end, m.end)
    new_mod: Mod | None = m.mod
    if mod in ("before", "after", "since"):
        new_mod = mod  # type: ignore[assignment]
    return DateMention(s, e, text[s:e], m.value, m.kind, m.end_value, new_mod, m.approximate)
