"""Recognise the timestamp header that starts every exported WhatsApp message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.core.resources import load_json

# Direction marks, isolates and BOMs are dropped; no-break spaces become plain spaces.
HAS_ODD_CHAR_RE = re.compile("[\u00a0\u200e\u200f\u202a-\u202f\u2066-\u2069\ufeff]")


_SPACE_LIKE = frozenset("\u00a0\u202f")


def clean_line(line: str) -> str:
    """Remove the invisible characters exports carry, keeping everything else as written."""
    if line.isascii():
        return line
    # One scan finds which odd characters occur; str.replace then drops each at C speed.
    for odd in set(HAS_ODD_CHAR_RE.findall(line)):
        line = line.replace(odd, " " if odd in _SPACE_LIKE else "")
    return line


def _alternation(words: list[str]) -> str:
    """Regex alternation of literal words, longest first so 'a.m.' wins over 'am'."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s?") for word in ordered)


@cache
def header_regex() -> re.Pattern[str]:
    """The generic header pattern, built from the locale data in resources/whatsapp/markers.json."""
    markers = load_json("whatsapp", "markers.json")
    ampm = _alternation(markers["am"] + markers["pm"])
    before = _alternation(markers["am_before_time"] + markers["pm_before_time"])
    words = _alternation(markers["date_time_words"])
    pattern = rf"""
        \s*(?P<br>\[)?\s*
        (?P<d1>\d{{1,4}})(?P<sep>[./-]|\s)\s?(?P<d2>\d{{1,4}})(?P=sep)\s?(?P<d3>\d{{1,4}})\.?
        (?:[,،]\s*|\s*[-–]\s*|\s+(?:{words})\s+|\s+)
        (?:(?P<pre>{before})\s*)?
        (?P<h>\d{{1,2}})[:.](?P<mi>\d{{2}})(?:[:.](?P<s>\d{{2}}))?
        (?:[\s_]*(?P<ap>{ampm})(?![^\W\d_]))?
        (?(br)(?P<e_br>\s*\]\s?)|(?:(?P<e_dash>\s*[-–]\s+)|(?P<e_colon>[:;]\s)|(?P<e_space>\s(?=\S))))
        (?P<rest>.*)
    """
    return re.compile(pattern, re.VERBOSE | re.IGNORECASE | re.DOTALL)


@cache
def _ampm_sets() -> tuple[frozenset[str], frozenset[str]]:
    markers = load_json("whatsapp", "markers.json")
    norm = _norm_ampm
    pm = frozenset(norm(w) for w in markers["pm"] + markers["pm_before_time"])
    am = frozenset(norm(w) for w in markers["am"] + markers["am_before_time"])
    return am, pm


def _norm_ampm(word: str) -> str:
    return re.sub(r"\s+", "", word).lower()


@dataclass(frozen=True, slots=True)
class Header:
    """The raw fields of one header line, before the date order is known."""

    fields: tuple[int, int, int]
    widths: tuple[int, int, int]
    sep: str
    hour: int
    minute: int
    second: int
    layout: str
    """'bracket', 'dash', 'colon' or 'space': how the header ends."""
    rest: str
    marker: str | None = None
    """The AM/PM marker as written, if any."""


def hour24(hour: int, marker: str | None) -> int:
    """Convert a 12-hour clock reading to 24 h; impossible readings such as '23:59 PM' are kept."""
    if not marker:
        return hour
    am, pm = _ampm_sets()
    key = _norm_ampm(marker)
    if hour > 12:
        return hour
    if key in pm:
        return hour if hour == 12 else hour + 12
    if key in am:
        return 0 if hour == 12 else hour
    return hour


def match_header(line: str) -> Header | None:
    """Fields of the header starting `line` (already cleaned), or None for a continuation line."""
    found = header_regex().match(line)
    if found is None:
        return None
    d1, d2, d3 = found.group("d1", "d2", "d3")
    hour = int(found.group("h"))
    minute = int(found.group("mi"))
    second_text = found.group("s")
    second = int(second_text) if second_text else 0
    if minute > 59 or second > 59 or hour > 24:
        return None
    hour = hour24(hour, found.group("ap") or found.group("pre"))
    if hour == 24:
        return None
    if found.group("e_br") is not None:
        layout = "bracket"
    elif found.group("e_dash") is not None:
        layout = "dash"
    elif found.group("e_colon") is not None:
        layout = "colon"
    else:
        layout = "space"
    return Header(
        fields=(int(d1), int(d2), int(d3)),
        widths=(len(d1), len(d2), len(d3)),
        sep=found.group("sep"),
        hour=hour,
        minute=minute,
        second=second,
        layout=layout,
        rest=found.group("rest"),
        marker=found.group("ap") or found.group("pre"),
    )


def style_of(line: str) -> str | None:
    """A fast regex source matching exactly this header's layout (groups: date, time, ampm, rest).

    Headers of one export share a layout, so the parser matches this specialised pattern first
    and only falls back to the generic one for the odd line.
    """
    found = header_regex().match(line)
    if found is None or found.group("pre"):
        return None
    markers = load_json("whatsapp", "markers.json")
    sep = re.escape(found.group("sep"))
    if found.group("sep").isspace():
        return None
    lead = re.escape(line[: found.start("d1")])
    between = re.escape(line[found.end("d3") : found.start("h")])
    time_end = (
        found.end("ap") if found.group("ap") else found.end("s" if found.group("s") else "mi")
    )
    term = re.escape(line[time_end : found.start("rest")])
    seconds = r"[:.]\d{2}" if found.group("s") else ""
    ampm = "()"
    if found.group("ap"):
        ampm = rf"[\s_]*((?i:{_alternation(markers['am'] + markers['pm'])}))"
    date = rf"(\d{{1,4}}{sep}\s?\d{{1,4}}{sep}\s?\d{{1,4}})"
    return rf"{lead}{date}{between}(\d{{1,2}}[:.]\d{{2}}{seconds}){ampm}{term}(.*)"


_TIME_PARTS_RE = re.compile(r"\d+")


def parse_clock(time_text: str, marker: str | None) -> tuple[int, int, int] | None:
    """(hour, minute, second) of '9:05', '21.25.15' or '1:55' with 'p. m.'; None if impossible."""
    parts = time_text.replace(".", ":").split(":")
    hour, minute = int(parts[0]), int(parts[1])
    second = int(parts[2]) if len(parts) > 2 else 0
    if minute > 59 or second > 59:
        return None
    hour = hour24(hour, marker)
    if hour > 23:
        return None
    return hour, minute, second


def date_fields(date_text: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The three numbers of a header date and their digit counts."""
    parts = _TIME_PARTS_RE.findall(date_text)
    return (int(parts[0]), int(parts[1]), int(parts[2])), (
        len(parts[0]),
        len(parts[1]),
        len(parts[2]),
    )
