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
  and "since" phrases set `mod` likewise; "around 5" sets `approximate`. A lone number after a
  deadline word listed in `hour_deadlines` is an hour ("by 5", "antes das 7", "entro le 8").
  "after 2018" / "2018 के बाद" (`after_post_strict`) start the day after the period.
* "this coming Friday" / "this past Monday" (`nearest_next` / `nearest_last`): the nearest such
  day after / before today; "past Monday" likewise.
* "in 3 days" / "3 days ago" / "3 days later": reference plus or minus the amount (calendar
  arithmetic for days and longer, a `date`; real elapsed time for hours and minutes); a bare
  amount ("for 2 hours") is a `duration` mention with the same value. With a weekday that is
  not the anchor ("Monday two weeks from now", "Freitag in zwei Wochen") the value is that
  weekday in the (Monday-first) week the amount lands in; "3 days after Friday" counts from
  Friday. "next/last N units" ("the past 3 weeks", "los 5 próximos años", "the next 2
  hours") is a `range` ending yesterday / starting tomorrow (from or to now for hours and
  minutes); a count before "next"/"last" needs a plural unit (`singular_units`): "we will be
  3 next week" is next week.
* "on the 15th": the next 15th on or after the reference day; a day and month without a year:
  the first such date on or after the reference day, also after a weekday ("Tuesday March 7").
* "week 12", "KW 12", "minggu ke-12": ISO week 12 of the named year or this one. "1990 के
  दशक": that decade. Spelled years ("dos mil dieciocho", `year_words`; "nineteen eighty six")
  and 2-digit years after a month ("15 April of 87") are years.
* "the first Monday of next month", "le premier lundi du mois prochain", "the first 2 weeks
  of 2021", "जनवरी के तीसरा सप्ताह": ranked weeks, months and weekdays of a period
  (`nth`).
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
* Spoken clock times: "three thirty", "five-thirty", "ocho y veinte", "as 5 e 45" (data:
  `number_joiners`); an hour count beside a day or part of day tells the time ("amanhã 8
  horas da manhã"), alone it is a length of time ("trabalhei 8 horas").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from .grammar import MENTION
from .interpret import Frame, fill
from .lexicon import WORD, Lexicon, get_lexicon, norm, phrase_key
from .model import DateMention, Kind, Mod
from .nth import read_nth
from .pairing import inherit_date, pair_ends
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
    keys = []
    for word in _WORDS.findall(text):
        key = norm(word)
        if key in triggers:
            return True
        keys.append(key)
    # "a las tres", "una y media": checked only when an hour word is there at all
    return lex.spelled is not None and not lex.spelled_hours.isdisjoint(keys) \
        and lex.spelled.search(text) is not None


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
        if toks[lo].tag == "F" and toks[lo].value == "since":
            found = self._range(lo, hi, approx)  # "desde 1840 hasta 2000"
            if found:
                return found
        while lo < hi and toks[lo].tag in "BF@a,":
            if toks[lo].tag in "BF":
                mod = toks[lo].value
            elif toks[lo].tag == "@" and toks[lo].value == "approx":
                approx = True
            if toks[lo].tag == "@" and lo + 1 < hi and toks[lo + 1].tag == "N":
                break  # "at 5": the "at" tells the number is an hour
            lo += 1
        post_mod: str | None = None
        while hi > lo and toks[hi - 1].tag in "bfsa,":
            if toks[hi - 1].tag in "bfs":
                post_mod = {"b": "before", "f": "after", "s": "since"}[toks[hi - 1].tag]
                if toks[hi - 1].value == "strict":  # "2018 के बाद": after it, not from it
                    mod = mod or "after"
            hi -= 1
        if lo >= hi:
            return []
        if hi - lo == 1 and toks[lo].tag == "N" and mod is not None:
            return self._deadline_hour(lo, first, mod, approx)
        found = read_nth(self.text, toks, lo, hi, self._resolve)
        if found is None:
            found = self._range(lo, hi, approx)
        if found is None:
            cut = next((k for k in range(lo + 1, hi - 1) if toks[k].tag in "BF"), None)
            if cut is not None and toks[cut - 1].tag in "DWwMZ" \
                    and not any(t.tag in "UjNOgl" for t in toks[lo:cut]):
                # "kemarin paling lambat Jumat": two dates, the second a deadline
                return self.read(first, cut) + self.read(cut, last)
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

    def _deadline_hour(self, i: int, first: int, mod: str, approx: bool) -> list[DateMention]:
        """'by 5', 'until 10', 'antes das 7': a bare number after a deadline word is an hour."""
        value = self.toks[i].value
        if not isinstance(value, int) or not 0 <= value <= 24 or not self.toks[i].key.isdigit():
            return []
        cue = next((j for j in range(i - 1, first - 1, -1) if self.toks[j].tag in "BF"), None)
        if cue is None or phrase_key(self.text[self.toks[cue].start:self.toks[i].start]) \
                not in self.lex.hour_deadlines:
            return []
        m = self._mention(Frame(i, i, hour=value), approx)
        if m is None:
            return []
        return [_with(m, self.text, start=self.toks[first].start, mod=_MODS.get(mod))]

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
        if toks[conn].tag == "s" and b.durations and not left[:-1] and len(right) == 1 \
                and b.empty() is False and not a.durations:
            # "कल से तीन सप्ताह": a span counted from a day is a day, not a range
            moved = replace(a, durations=b.durations, dur_sign=b.dur_sign or 1, last=b.last)
            m = self._mention(moved, approx)
            return [m] if m is not None else None
        context += left[:-1] + right[1:]
        if a.empty() and b.empty() and not context and (a.bare is None or b.bare is None
                                                          or opener is None):
            return []
        own_year = a.year is not None
        pair_ends(a, b, any(c.unit == "month" for c in [*context, a, b]))
        for c in context:
            inherit_date(a, c)
            inherit_date(b, c)
            for end in (a, b):  # "next evening from 7 to 9"
                if c.part and end.hour is not None and end.ampm is None and end.part is None:
                    end.part = c.part
        inherit_date(b, a)
        inherit_date(a, b)
        va, vb = self._resolve(a), self._resolve(b)
        if va is None:
            return None
        value = va[0]
        end_value = vb[0] if vb else None
        if end_value is not None and _day(value) > _day(end_value):
            if a.month is not None and not own_year and a.weekday is None:
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
            if before not in _SUPPORT and after not in ("b", "f", "s") \
                    and not self._listed_day(strong[0]):
                return None
        resolved = self._resolve(f)
        if resolved is None:
            return None
        value, kind, end = resolved
        s, e = toks[f.first].start, toks[f.last].end
        return DateMention(s, e, self.text[s:e], value, kind, end, None, approx)


    def _listed_day(self, i: int) -> bool:
        """'terça, qua, qui ou sexta', 'dom amanhã': a short weekday beside other days."""
        toks = self.toks
        if toks[i].tag not in "Ww":
            return False
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(toks) and (toks[j].tag in "a,.&" or toks[j].tag == "_" and len(
                    toks[j].key) <= 4 and 0 <= j + step < len(toks)):  # "qua ou qui"
                j += step
            if 0 <= j < len(toks) and toks[j].tag in "WwD":
                return True
        return False


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
