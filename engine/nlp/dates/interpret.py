"""Slot filling: read the tokens of one grammar match into frames (what day, what time...)."""

from __future__ import annotations

from typing import Any

from .frame import Frame
from .tokens import Tok

__all__ = ["Frame", "fill"]

_FILLER = "a,."
_CALENDAR = ("weekday", "month", "day", "year")
_NOT_WEEK = frozenset("jHAvPMm")  # "week 3 hours", "semana 3 de marzo"


def _nb(toks: list[Tok], i: int, step: int, lo: int, hi: int) -> int:
    """Index of the nearest non-filler token from i in direction step, or -1."""
    j = i + step
    while lo <= j < hi:
        if toks[j].tag not in _FILLER:
            return j
        j += step
    return -1


def _tag(toks: list[Tok], j: int) -> str:
    return toks[j].tag if j >= 0 else ""


def _hour_of(tok: Tok) -> tuple[int, int] | None:
    value = tok.value
    if isinstance(value, float):
        h, _, m = tok.key.replace(",", ".").partition(".")
        if len(m) != 2 or int(m) > 59:
            return None
        return int(h), int(m)
    if isinstance(value, int) and 0 <= value <= 24:
        return value, 0
    return None


class _Filler:
    """Walks the tokens of one span, opening a new frame when a slot would be overwritten."""

    def __init__(self, toks: list[Tok], lo: int, hi: int) -> None:
        self.toks, self.lo, self.hi = toks, lo, hi
        self.frames: list[Frame] = []
        self.cur = Frame(lo, lo)
        self.used: set[int] = set()

    def put(self, i: int, **slots: Any) -> None:
        cur = self.cur
        if cur.durations and not cur.dur_sign:
            self.close(i)
            cur = self.cur
        for k, v in slots.items():
            if v is not None:
                old = getattr(cur, k)
                if old is not None and old != v:
                    self.close(i)
                    break
        else:
            if (cur.rel_day is not None or "rel_day" in slots) and self._clash(slots):
                self.close(i)
        for k, v in slots.items():
            if v is not None:
                setattr(self.cur, k, v)
        self.cur.last = max(self.cur.last, i)

    def _clash(self, slots: dict[str, Any]) -> bool:
        """'domingo hoy 2018', 'tomorrow, Friday': a relative day and a calendar day are two
        dates, never one."""
        cur = self.cur
        if slots.get("rel_day") is not None:
            return any(getattr(cur, k) is not None for k in _CALENDAR)
        return cur.rel_day is not None and any(slots.get(k) is not None for k in _CALENDAR)

    def close(self, i: int) -> None:
        if not self.cur.empty():
            self.frames.append(self.cur)
        self.cur = Frame(i, i)

    def shift_near(self, i: int, tags: str, before: bool = True, after: bool = True) -> int | None:
        for step, ok in ((-1, before), (1, after)):
            j = _nb(self.toks, i, step, self.lo, self.hi)
            if ok and j >= 0 and j not in self.used and self.toks[j].tag in tags:
                self.used.add(j)
                self.cur.last = max(self.cur.last, j)
                value: int = self.toks[j].value
                return value
        return None

    def run(self) -> list[Frame]:
        toks = self.toks
        for i in range(self.lo, self.hi):
            if i in self.used:
                continue
            t = toks[i]
            getattr(self, "on_" + _HANDLERS.get(t.tag, "other"))(i, t)
        self.close(self.hi)
        return self.frames

    def on_other(self, i: int, t: Tok) -> None:
        pass

    def on_numdate(self, i: int, t: Tok) -> None:
        y, m, d, h, mi = t.value
        self.put(i, year=y, month=m, day=d, hour=h, minute=mi)

    def on_time(self, i: int, t: Tok) -> None:
        h, m, ampm, sec = t.value
        self.put(i, hour=h, minute=m, ampm=ampm)
        self.cur.second = sec

    def on_relday(self, i: int, t: Tok) -> None:
        offset, part = t.value
        self.put(i, rel_day=offset, part=part)
        self.cur.day_key = t.key

    def on_weekday(self, i: int, t: Tok) -> None:
        self.put(i, weekday=t.value - 1)
        if _tag(self.toks, _nb(self.toks, i, -1, self.lo, self.hi)) in ("B", "F", "G", "s"):
            self.cur.day_anchor = True
        shift = self.shift_near(i, "XCLV", after=False)
        if shift is None:
            shift = self.shift_near(i, "yV", before=False)
        if shift is not None:
            self.cur.wshift = shift

    def on_month(self, i: int, t: Tok) -> None:
        self.put(i, month=t.value)
        shift = self.shift_near(i, "XCLV", after=False)
        if shift is None:
            shift = self.shift_near(i, "yV", before=False)
        if shift is not None:
            self.cur.mshift = max(-1, min(1, shift))

    def on_year(self, i: int, t: Tok) -> None:
        self.put(i, year=t.value)

    def on_ordinal(self, i: int, t: Tok) -> None:
        # "the first week": an ordinal counting units, even past the end of the match
        j = _nb(self.toks, i, 1, self.lo, len(self.toks))
        counts = _tag(self.toks, j) in ("U", "j") and self.toks[j].value != "day"
        pj = _nb(self.toks, i, -1, self.lo, self.hi)
        if _tag(self.toks, pj) == "U" and self.toks[pj].value in ("quarter", "half") \
                and pj not in self.used and 1 <= t.value <= 4:  # "kuartal ketiga"
            j = pj
            counts = True
        if counts and j < self.hi and self.toks[j].value in ("quarter", "half") \
                and 1 <= t.value <= (4 if self.toks[j].value == "quarter" else 2):
            self.put(i, quarter=(self.toks[j].value, t.value))  # "3º trimestre", "2º semestre"
            self.used.add(j)
            self.cur.last = max(self.cur.last, j)
            return
        # "el primer corte", "seu quarto amanhã": a spelled ordinal before a plain word or a
        # relative day is an adjective or a noun, no day of the month
        adjective = not t.key[:1].isdigit() and _tag(self.toks, j) in ("_", "D", "g")
        if not counts and not adjective and 1 <= t.value <= 31:
            self.put(i, day=t.value)

    def on_part(self, i: int, t: Tok) -> None:
        self.put(i, part=t.value)

    def on_hourword(self, i: int, t: Tok) -> None:
        if self.cur.hour is not None:
            self.cur.last = max(self.cur.last, i)

    def on_ampm(self, i: int, t: Tok) -> None:
        self.cur.ampm = self.cur.ampm or t.value
        self.cur.last = i

    def on_special(self, i: int, t: Tok) -> None:
        self.put(i, special=t.value)

    def on_holiday(self, i: int, t: Tok) -> None:
        self.put(i, holiday=t.value)
        shift = self.shift_near(i, "XCLV", after=False)
        if shift is not None:
            self.cur.mshift = max(-1, min(1, shift))

    def on_quarter(self, i: int, t: Tok) -> None:
        unit, index = t.value
        self.put(i, quarter=(unit, index))

    def on_edge(self, i: int, t: Tok) -> None:
        edge, _shift = t.value
        self.put(i, edge=edge)

    def on_minute(self, i: int, t: Tok) -> None:
        if t.value is not None:
            self.cur.minute_offset = t.value
            if self.cur.hour is not None and _tag(self.toks, _nb(self.toks, i, 1, self.lo,
                                                                  self.hi)) != "N":
                self._apply_minute_offset()
                self.cur.last = max(self.cur.last, i)
        else:
            j = _nb(self.toks, i, -1, self.lo, self.hi)
            if _tag(self.toks, j) == "N" and isinstance(self.toks[j].value, int):
                sign = -1 if "to" in t.key or "menos" in t.key else 1
                self.cur.minute_offset = sign * self.toks[j].value

    def on_number(self, i: int, t: Tok) -> None:
        toks, lo, hi = self.toks, self.lo, self.hi
        nj, pj = _nb(toks, i, 1, lo, hi), _nb(toks, i, -1, lo, hi)
        nt, pt = _tag(toks, nj), _tag(toks, pj)
        if nt == "U" or (nt == "j" and _tag(toks, _nb(toks, nj, 1, lo, hi)) != "N"):
            return  # a count, read by the unit
        if nt == "v" and isinstance(t.value, int) and toks[nj].value is None:
            return  # "10 past 9": read by the minute word
        if nt == "v" and isinstance(t.value, int) and 0 <= t.value <= 24:
            self.put(i, hour=t.value, minute=0)  # "dos y media", "nueve y cuarto"
            return
        if nj == i + 1 and nt in ("X", "L", "V") and _tag(toks, _nb(toks, nj, 1, lo, hi)) in (
                "U", "j"):
            return  # "5 próximos años": a count, read by the unit
        if nt == "h":  # "05-Aug", "Sep-23-2020": look through the glued hyphen
            nt = _tag(toks, _nb(toks, nj, 1, lo, hi))
            if nt == "Y" and pt not in ("M", "m", "N", "O") and isinstance(t.value, int):
                if 1 <= t.value <= 12:
                    self.put(i, month=t.value)  # "12-2015": December 2015
                    return
                if t.value > 31:
                    self.used.add(_nb(toks, nj, 1, lo, hi))  # "32-2015": no date at all
                    return
        if pt == "h":
            pt = _tag(toks, _nb(toks, pj, -1, lo, hi))
            if pt == "Y" and self.cur.month is not None and self.cur.day is None \
                    and isinstance(t.value, int) and 1 <= t.value <= 31:
                self.put(i, day=t.value)
                return
        hm = _hour_of(t)
        if nt == "P" and nj == i + 1 and pt not in ("@", "j") and not t.key[:1].isdigit() \
                and toks[nj].end - toks[nj].start == len(toks[nj].key) \
                and nj + 1 < len(toks) and toks[nj + 1].tag == "_" \
                and toks[nj + 1].start == toks[nj].end + 1:
            nt = ""  # "one morning together", "four afternoon classes": a count, no hour
        if nt == "D" and toks[nj].value[1] is not None and hm is not None:
            nt = "P"  # "by 10 tonight": the hour of that part of the day
        if pt == "v" or nt in ("H", "A") or pt in ("@", "j") or nt == "P" \
                or pt == "P" and nt not in ("M", "m"):  # "da tarde dois de jan": a day
            if hm is not None:
                self.put(i, hour=hm[0], minute=hm[1])
                if pt == "v" and self.cur.minute_offset is not None:
                    self._apply_minute_offset()
            return
        if pt == "N" and nt == "Y" and isinstance(t.value, int) and 1 <= t.value <= 12 \
                and self.cur.month is None and (self.cur.day is not None or self.cur.bare
                                                is not None and 1 <= self.cur.bare <= 31):
            self.put(i, day=self.cur.day or self.cur.bare, month=t.value)  # "9 de 8 de 1971"
            self.cur.bare = None
            return
        if pt in ("M", "m") and isinstance(t.value, int) and 31 < t.value < 100 \
                and len(t.key) == 2:  # "April of 87", "maio de 68"
            self.put(i, year=t.value + (2000 if t.value < 50 else 1900))
            return
        if isinstance(t.value, float) and t.value < 1 and pt in ("U", "j") \
                and self.cur.durations:  # "one hour and a half"
            count, unit = self.cur.durations[-1]
            self.cur.durations[-1] = (count + t.value, unit)
            self.cur.last = max(self.cur.last, i)
            return
        to_range = nt in ("R", "h", "&") and _tag(toks, _nb(toks, nj, 1, lo, hi)) in ("N", "T")
        # "te llevo uno el viernes", "2 por 1 de quarta": a count set apart from a weekday
        # is no day of the month
        spelled_count = nt in ("W", "w") and nj > i + 1 and (
            not t.key[:1].isdigit() or _tag(toks, i + 1) == "a")
        if isinstance(t.value, int) and 1 <= t.value <= 31 and not spelled_count and (
                nt in ("M", "m", "W", "w", "d") or pt in ("M", "m", "d")
                or pt in ("W", "w") and not to_range):
            self.put(i, day=t.value)
            return
        if isinstance(t.value, int) and self.cur.bare is None:
            self.cur.bare = t.value
            self.cur.last = max(self.cur.last, i)

    def _names_period(self, i: int, t: Tok, nj: int, nt: str) -> bool:
        """'year 2008', 'año 2012', 'week 31', 'semana 3 de 2027': the unit names the period."""
        while nt == "h":  # "minggu ke-12"
            nj = _nb(self.toks, nj, 1, self.lo, self.hi)
            nt = _tag(self.toks, nj)
        if t.value == "year" and nt == "Y":
            self.put(i, year=self.toks[nj].value)
            self.used.add(nj)
            self.cur.last = max(self.cur.last, nj)
            return True
        value = self.toks[nj].value if nt == "N" else None
        after = _nb(self.toks, nj, 1, self.lo, self.hi)
        if t.value == "week" and isinstance(value, int) and 1 <= value <= 53 \
                and _tag(self.toks, after) not in _NOT_WEEK \
                and (_tag(self.toks, after) != "U" or self.toks[after].value == "year"):
            self.put(i, week=value)
            self.used.add(nj)
            self.cur.last = max(self.cur.last, nj)
            return True
        return False

    def _apply_minute_offset(self) -> None:
        off = self.cur.minute_offset or 0
        h = self.cur.hour or 0
        total = h * 60 + off
        self.cur.hour, self.cur.minute = divmod(total % (24 * 60), 60)
        self.cur.minute_offset = None

    def on_period(self, i: int, t: Tok) -> None:
        unit, shift = t.value
        self.put(i, unit=unit, ushift=shift)

    def on_unit(self, i: int, t: Tok) -> None:
        toks, lo, hi = self.toks, self.lo, self.hi
        pj = _nb(toks, i, -1, lo, hi)
        if t.tag == "j":
            if _tag(toks, pj) != "N" or _tag(toks, _nb(toks, i, 1, lo, hi)) == "N":
                return  # "jam 10": an "at", read by the number
        count: float | None = None
        if t.value in ("quarter", "half") and _tag(toks, pj) == "N" and pj + 1 < i \
                and toks[pj + 1].tag == "." and toks[pj + 1].start == toks[pj].end \
                and toks[pj].value in range(1, 5):  # "im 3. Quartal": German ordinal dot
            self.put(i, quarter=(t.value, toks[pj].value))
            return
        if _tag(toks, pj) == "N":
            count = float(toks[pj].value)
            pj = _nb(toks, pj, -1, lo, hi)
        elif pj >= 0 and toks[pj].end - toks[pj].start == len(toks[pj].key) \
                and toks[pj].key in ("a", "an", "one", "un", "une", "uno", "una", "um", "uma",
                                     "ein", "eine", "einen", "ek"):
            count = 1.0
        pt = _tag(toks, pj)
        nj = _nb(toks, i, 1, lo, hi)
        nt = _tag(toks, nj)
        if count is None and self._names_period(i, t, nj, nt):
            return
        if count is None and t.value == "decade" and self.cur.year is not None \
                and self.cur.unit is None:
            self.cur.unit = "decade"  # "1990 के दशक"
            self.cur.last = max(self.cur.last, i)
            return
        shift: int | None = None
        if pt in ("X", "C", "L", "V") and pj not in self.used:
            shift = toks[pj].value
            self.used.add(pj)
            before = pj - 1
            if count is None and before >= lo and toks[before].tag == "N" and pt != "C" \
                    and before not in self.used:
                count = float(toks[before].value)  # "5 próximos años", "5 past years"
                self.used.add(before)
        elif pt == "e" and count is None:
            shift = toks[pj].value[1] or 0  # "later this week", "earlier in the year"
        elif nt in ("y", "V") and nj not in self.used or nt == "g" and count is None:
            shift = toks[nj].value if nt in ("y", "V") else -1
            self.used.add(nj)
            self.cur.last = max(self.cur.last, nj)
        if shift is not None:
            shift = max(-1, min(1, shift))  # "this coming week" is next week
            if self.cur.durations:
                self.close(pj if pj >= 0 and pt in ("X", "C", "L", "V", "e") else i)
            self.put(i, unit=t.value, ushift=shift)
            self.cur.count = count or 1
            return
        if count is None:
            return
        if t.value == "minute" and self.cur.hour is not None and pj >= 0 \
                and _tag(toks, pj) == "H" and count < 60:
            self.cur.minute = int(count)  # "आठ बजकर 20 मिनट", "8 Uhr 20"
            self.cur.last = max(self.cur.last, i)
            return
        sign = 0
        if pt in ("I", "K", "i", "s") or nt in ("l", "G", "F"):
            sign = 1
        elif nt in ("g", "B") or pt == "g":
            sign = -1
        if nt in ("g", "l") and sign:
            self.cur.last = max(self.cur.last, nj)  # the span takes "ago" / "later" along
        if self.cur.ushift is not None or not sign and any(
                getattr(self.cur, s) is not None for s in ("rel_day", "weekday", "day", "hour")):
            self.close(pj + 1 if pj >= 0 else i)
        if sign:
            self.cur.dur_sign = sign
        # "within 3 days", "3 days starting Monday": a span, not a point
        self.cur.within = self.cur.within or pt == "i" or nt == "F" and toks[nj].value == "since"
        self.cur.durations.append((count, t.value))
        self.cur.last = max(self.cur.last, i)


_HANDLERS = {
    "Z": "numdate", "z": "numdate", "T": "time", "D": "relday", "W": "weekday", "w": "weekday",
    "M": "month", "m": "month", "Y": "year", "O": "ordinal", "P": "part", "A": "ampm",
    "E": "special", "v": "minute", "N": "number", "U": "unit", "j": "unit", "Q": "period",
    "H": "hourword", "J": "holiday", "q": "quarter", "e": "edge",
}


def fill(toks: list[Tok], lo: int, hi: int) -> list[Frame]:
    """Read tokens [lo, hi) into one or more frames."""
    return _Filler(toks, lo, hi).run()
