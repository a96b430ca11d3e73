"""Turn the lines of a WhatsApp chat export into messages, in file order, in bounded memory."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from engine.core.errors import ExportFormatError
from engine.ingest.authors import AuthorStats, MessageBuilder
from engine.ingest.content import short_markers, special_endings, vocabulary
from engine.ingest.dateorder import (
    DateOrderEvidence,
    ShapeKey,
    default_order,
    looks_us,
    shape_of,
    to_date,
)
from engine.ingest.header import (
    Header,
    clean_line,
    date_fields,
    match_header,
    parse_clock,
    style_of,
)
from engine.ingest.model import DateOrder, ParsedMessage
from engine.ingest.system import NOTICE_KEY, notice_keys

_new = tuple.__new__

PRESCAN_MIN_HEADERS = 2000
"""Headers the first pass reads at least, for author statistics, before it may stop early."""
FIRST_HEADER_WINDOW = 30
"""Non-blank lines allowed before the first header, past which the file is not an export."""
CLOCK_CACHE_LIMIT = 200_000
STAMP_CACHE_LIMIT = 20_000
"""Header texts remembered with their timestamp; a chat repeats its minutes in bursts."""
STYLE_SAMPLE = 200
"""Headers read with the generic pattern before the first pass switches to the file's own."""


@dataclass(slots=True)
class ExportProfile:
    """What the first pass learned about the whole file."""

    orders: dict[ShapeKey, DateOrder]
    layouts: Counter[str]
    colon_authors: frozenset[str]
    headers_seen: int
    style: str | None = None
    date_order: DateOrder | None = None

    def accepts(self, header: Header) -> bool:
        """Whether a header-like line is a real header for this file's layout."""
        if header.layout != "space":
            return True
        total = sum(self.layouts.values())
        return total > 0 and self.layouts["space"] * 2 >= total


def profile_export(chunks: Iterable[str], override: DateOrder | None, label: str) -> ExportProfile:
    """First pass: date order per shape, header layouts and unusual author names.

    It stops as soon as the date order is settled (usually within a chat's first days);
    otherwise the dates of the rest of the file are collected a chunk at a time.
    """
    scan = _ProfileScan(label)
    for chunk in chunks:
        if scan.fast_dates is None or scan.headers < PRESCAN_MIN_HEADERS:
            for line in chunk.split("\n"):
                scan.add_line(line)
        else:
            scan.add_chunk(chunk)
        if scan.headers >= PRESCAN_MIN_HEADERS and scan.evidence.settled():
            break
    if scan.headers == 0:
        raise ExportFormatError(label, 1, "not a WhatsApp chat export: no message header found")
    return ExportProfile(
        orders=scan.evidence.decide(override),
        layouts=scan.layouts,
        colon_authors=scan.authors.colon_authors(),
        headers_seen=scan.headers,
        style=scan.styles.most_common(1)[0][0] if scan.styles else None,
        date_order=override,
    )


class _ProfileScan:
    """State of the first pass."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.evidence = DateOrderEvidence()
        self.layouts: Counter[str] = Counter()
        self.styles: Counter[str] = Counter()
        self.authors = AuthorStats()
        self.headers = 0
        self.number = 0
        self.non_blank = 0
        self.last_date = ""
        self.fast_dates: Callable[[str], list[tuple[str, str]]] | None = None
        self.layout = ""
        self.sep = ""

    def add_line(self, line: str) -> None:
        self.number += 1
        header = match_header(line)
        if header is None:
            if self.headers == 0 and line.strip():
                self.non_blank += 1
                if self.non_blank >= FIRST_HEADER_WINDOW:
                    raise ExportFormatError(self.label, self.number, _not_export_message(line))
            return
        self.headers += 1
        self.layouts[header.layout] += 1
        if self.headers <= STYLE_SAMPLE:
            self._sample_style(line, header)
        us = looks_us(header.widths, header.sep, header.marker)
        self.evidence.add(header.fields, shape_of(header.fields, header.widths, header.sep), us)
        if self.headers <= PRESCAN_MIN_HEADERS:
            self.authors.add(header.rest)

    def _sample_style(self, line: str, header: Header) -> None:
        style = style_of(line)
        if style is not None:
            self.styles[style] += 1
        if self.headers == STYLE_SAMPLE and self.styles:
            top, count = self.styles.most_common(1)[0]
            if count * 10 >= STYLE_SAMPLE * 9:
                head = top[: -len("(.*)")].replace(r"[\s_]", "[ \t_]").replace(r"\s?", "[ \t]?")
                pattern = re.compile(f"^{head}", re.MULTILINE)
                self.fast_dates = lambda chunk: [m[0::2] for m in pattern.findall(chunk)]
                self.layout, self.sep = header.layout, _style_separator(top)

    def add_chunk(self, chunk: str) -> None:
        assert self.fast_dates is not None
        found = self.fast_dates(chunk)
        self.headers += len(found)
        self.layouts[self.layout] += len(found)
        last = self.last_date
        for date_text, marker in found:
            if date_text != last:
                last = date_text
                fields, widths = date_fields(date_text)
                us = looks_us(widths, self.sep, marker or None)
                self.evidence.add(fields, shape_of(fields, widths, self.sep), us)
        self.last_date = last


def _not_export_message(line: str) -> str:
    sample = line.strip()[:60]
    return (
        "not a WhatsApp chat export: expected a message header such as "
        f"'31/12/2023, 21:05 - Name: text', found {sample!r}"
    )


class _Clock:
    """Timestamps of header date and time strings, cached: a chat repeats its days and minutes."""

    def __init__(self, profile: ExportProfile) -> None:
        self.profile = profile
        self.days: dict[str, tuple[int, int, int] | None] = {}
        self.times: dict[tuple[str, str], tuple[int, int, int] | None] = {}

    def day(self, date_text: str, sep: str) -> tuple[int, int, int] | None:
        if date_text in self.days:
            return self.days[date_text]
        fields, widths = date_fields(date_text)
        shape = shape_of(fields, widths, sep)
        order = self.profile.orders.get(shape) or default_order(shape, self.profile.date_order)
        calendar_day = to_date(fields, order)
        value = None
        if calendar_day is not None:
            value = (calendar_day.year, calendar_day.month, calendar_day.day)
        self.days[date_text] = value
        return value

    def time(self, time_text: str, marker: str) -> tuple[int, int, int] | None:
        key = (time_text, marker)
        if key in self.times:
            return self.times[key]
        if len(self.times) > CLOCK_CACHE_LIMIT:
            self.times.clear()
        value = parse_clock(time_text, marker or None)
        self.times[key] = value
        return value


def iter_messages(chunks: Iterable[str], profile: ExportProfile) -> Iterator[ParsedMessage]:
    """Second pass: yield each message of the cleaned text `chunks` in file order.

    Each chunk holds whole lines. One regex in the file's own header style splits a chunk
    into whole messages at C speed -- header, proposed author, first line and continuation
    lines -- so Python only touches each message once. Continuation lines are re-examined
    only when one of them could be a header in another style. The common message, one line
    by a known author, is finished inline: this loop is the parser's hot path;
    `MessageBuilder.make` decides everything else.
    """
    builder = MessageBuilder(profile.colon_authors)
    make = builder.make
    known = builder.known_authors
    system_authors = builder.system_authors
    notices = notice_keys()
    short_max = vocabulary().short_max
    shorts = short_markers()
    deleted_heads = tuple(head.capitalize() for head in vocabulary().deleted_prefixes)
    endings = special_endings()
    inline_ok = not builder.colon_prefixes
    clock = _Clock(profile)
    days = clock.days
    times = clock.times
    stamps: dict[str, datetime] = {}
    splitter = _splitter(profile.style)
    fast_sep = _style_separator(profile.style)
    maybe_header = _MAYBE_HEADER.search
    p_line = 0
    p_stamp: datetime | None = None
    p_author: str | None = None
    p_text = ""
    p_rest = ""
    p_body: list[str] = []
    number = 0
    for chunk in chunks:
        if chunk.endswith("\n"):
            chunk = chunk[:-1]
        first = splitter.search(chunk) if splitter is not None else None
        lead = chunk[: first.start()] if first is not None else chunk
        if first is None or first.start() > 0:
            # Lines before the chunk's first header: continuation, or other-style headers.
            cut = lead[:-1] if lead.endswith("\n") else lead
            for line in cut.split("\n"):
                number += 1
                stamp, rest = _generic_header(line, profile, clock)
                if stamp is None:
                    if p_stamp is not None:
                        p_body.append(line)
                    continue
                if p_stamp is not None:
                    yield make(p_line, p_stamp, p_rest, p_body)
                p_line, p_stamp, p_rest, p_body, p_author = number, stamp, rest, [], None
            if first is None:
                continue
        assert splitter is not None
        for head, date_text, time_text, marker, author, text, more in splitter.findall(
            chunk, first.start()
        ):
            number += 1
            stamp = stamps.get(head)
            if stamp is None:
                day = days.get(date_text)
                if day is None:
                    day = clock.day(date_text, fast_sep)
                clock_time = times.get((time_text, marker))
                if clock_time is None:
                    clock_time = clock.time(time_text, marker)
                if day is not None and clock_time is not None:
                    stamp = datetime(*day, *clock_time)
                    if len(stamps) >= STAMP_CACHE_LIMIT:
                        stamps.clear()
                    stamps[head] = stamp
            if stamp is None:
                # Not a real date: the whole line belongs to the message before.
                if p_stamp is not None:
                    p_body.append(head + (author + ": " if author else "") + text)
                    if more:
                        p_body.extend(more[1:].split("\n"))
                number += more.count("\n")
                continue
            if p_stamp is not None:
                if p_body or p_author is None:
                    yield make(p_line, p_stamp, p_rest, p_body)
                elif (
                    p_author in known
                    and p_text
                    and (len(p_text) > short_max or p_text.lower() not in shorts)
                    and p_text[-1] not in endings
                    and p_text[0] != "<"
                    and p_author not in system_authors
                    and p_text[:NOTICE_KEY] not in notices
                    and ": http" not in p_text[:40]
                    and "•" not in p_text
                    and not p_text.startswith(deleted_heads)
                    and not p_text.startswith(p_author)
                ):
                    yield _new(
                        ParsedMessage,
                        (p_line, p_stamp, p_author, p_text, "text", None, False, None, False),
                    )
                else:
                    yield make(p_line, p_stamp, p_rest, p_body)
            p_line, p_stamp = number, stamp
            if author and inline_ok and author[0] != "~":
                p_author, p_text, p_rest = author, text, author + ": " + text
            else:
                p_author, p_rest = None, author + ": " + text if author else text
            if not more:
                p_body = []
                continue
            p_author = None
            p_body = more[1:].split("\n")
            number += len(p_body)
            if maybe_header(more) is not None:
                # A continuation line may be a header in another style: split it out.
                lines, p_body = p_body, []
                base = number - len(lines)
                for offset, line in enumerate(lines, 1):
                    stamp, rest = _generic_header(line, profile, clock)
                    if stamp is None:
                        p_body.append(line)
                        continue
                    yield make(p_line, p_stamp, p_rest, p_body)
                    p_line, p_stamp, p_rest, p_body = base + offset, stamp, rest, []
    if p_stamp is not None:
        yield make(p_line, p_stamp, p_rest, p_body)


_MAYBE_HEADER = re.compile(r"\n[\[\d ]")


def _splitter(style: str | None) -> re.Pattern[str] | None:
    """A regex splitting text into whole messages of one header style.

    Groups: header text, date, time, am/pm, proposed author, first line, continuation lines
    (each with its leading newline; they run up to the next line that is such a header).
    """
    if not style:
        return None
    # Within one line only: a header never spans a line break.
    head = style[: -len("(.*)")].replace(r"[\s_]", "[ \t_]").replace(r"\s?", "[ \t]?")
    bare = re.sub(r"(?<!\\)\((?!\?)", "(?:", head)
    # Greedy [^\n:] stops at the first colon just as a lazy match would, but faster.
    pattern = f"^({head})(?:([^\n:]{{1,80}}): )?(.*)((?:\n(?!{bare}).*)*)"
    return re.compile(pattern, re.MULTILINE)


def _generic_header(
    line: str, profile: ExportProfile, clock: _Clock
) -> tuple[datetime | None, str]:
    first = line[:1]
    if first == "[" or first.isdigit() or first == " ":
        return _generic(line, profile, clock)
    return None, ""


def _style_separator(style: str | None) -> str:
    if not style:
        return ""
    found = re.search(r"\\d\{1,4\}(\\?.)", style)
    return found.group(1).lstrip("\\") if found else ""


def _generic(line: str, profile: ExportProfile, clock: _Clock) -> tuple[datetime | None, str]:
    header = match_header(line)
    if header is None or not profile.accepts(header):
        return None, ""
    shape = shape_of(header.fields, header.widths, header.sep)
    order = profile.orders.get(shape) or default_order(shape, profile.date_order)
    calendar_day = to_date(header.fields, order)
    if calendar_day is None:
        return None, ""
    stamp = datetime(
        calendar_day.year,
        calendar_day.month,
        calendar_day.day,
        header.hour,
        header.minute,
        header.second,
    )
    return stamp, header.rest


def parse_text(text: str, *, date_order: DateOrder | None = None) -> list[ParsedMessage]:
    """Parse a whole export held in memory (tests, pasted text)."""
    cleaned = clean_line(text.replace("\r\n", "\n").replace("\r", "\n"))
    profile = profile_export([cleaned], date_order, "<text>")
    return list(iter_messages([cleaned], profile))
