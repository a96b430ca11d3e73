"""Turn the lines of a WhatsApp chat export into messages, in file order, in bounded memory."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from engine.core.errors import ExportFormatError
from engine.ingest.authors import AuthorStats, MessageBuilder
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
from engine.ingest.content import short_markers, special_endings, vocabulary
from engine.ingest.model import DateOrder, ParsedMessage
from engine.ingest.system import NOTICE_KEY, notice_keys

_new = tuple.__new__

LineSource = Callable[[], Iterable[str]]
"""A factory that yields the chat's (cleaned) lines afresh each call: the parser reads twice."""

PRESCAN_MIN_HEADERS = 2000
"""Headers the first pass reads at least, for author statistics, before it may stop early."""
FIRST_HEADER_WINDOW = 30
"""Non-blank lines allowed before the first header, past which the file is not an export."""
CLOCK_CACHE_LIMIT = 200_000
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


def profile_export(lines: Iterable[str], override: DateOrder | None, label: str) -> ExportProfile:
    """First pass: date order per shape, header layouts and unusual author names."""
    evidence = DateOrderEvidence()
    layouts: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    authors = AuthorStats()
    headers = 0
    non_blank = 0
    fast = None
    last_date = ""
    for number, line in enumerate(lines, 1):
        if fast is not None:
            found = fast(line)
            if found is not None:
                headers += 1
                layouts[layout] += 1
                date_text, marker, rest = found.group(1, 3, 4)
                if date_text != last_date:
                    last_date = date_text
                    fields, widths = date_fields(date_text)
                    us = looks_us(widths, sep, marker or None)
                    evidence.add(fields, shape_of(fields, widths, sep), us)
                authors.add(rest)
                if headers >= PRESCAN_MIN_HEADERS and evidence.settled():
                    break
                continue
        header = match_header(line)
        if header is None:
            if headers == 0 and line.strip():
                non_blank += 1
                if non_blank >= FIRST_HEADER_WINDOW:
                    raise ExportFormatError(label, number, _not_export_message(line))
            continue
        headers += 1
        layouts[header.layout] += 1
        if headers <= STYLE_SAMPLE:
            style = style_of(line)
            if style is not None:
                styles[style] += 1
            if headers == STYLE_SAMPLE and styles:
                top, count = styles.most_common(1)[0]
                if count * 10 >= STYLE_SAMPLE * 9:
                    fast = re.compile(top, re.DOTALL | re.IGNORECASE).match
                    layout, sep = header.layout, _style_separator(top)
        us = looks_us(header.widths, header.sep, header.marker)
        evidence.add(header.fields, shape_of(header.fields, header.widths, header.sep), us)
        authors.add(header.rest)
        if headers >= PRESCAN_MIN_HEADERS and evidence.settled():
            break
    if headers == 0:
        raise ExportFormatError(label, 1, "not a WhatsApp chat export: no message header found")
    return ExportProfile(
        orders=evidence.decide(override),
        layouts=layouts,
        colon_authors=authors.colon_authors(),
        headers_seen=headers,
        style=styles.most_common(1)[0][0] if styles else None,
        date_order=override,
    )


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
        found = self.days.get(date_text, False)
        if found is not False:
            return found
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
        found = self.times.get(key, False)
        if found is not False:
            return found
        if len(self.times) > CLOCK_CACHE_LIMIT:
            self.times.clear()
        value = parse_clock(time_text, marker or None)
        self.times[key] = value
        return value


def iter_messages(lines: Iterable[str], profile: ExportProfile) -> Iterator[ParsedMessage]:
    """Second pass: yield each message of `lines` in file order.

    The loop is the parser's hot path (hundreds of thousands of lines a second), so the
    common case -- a one-line message by a known author -- is handled inline with locals;
    everything else goes through `MessageBuilder.make`.
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
    fast = re.compile(profile.style, re.DOTALL | re.IGNORECASE).match if profile.style else None
    fast_sep = _style_separator(profile.style)
    p_line = 0
    p_stamp: datetime | None = None
    p_rest = ""
    p_body: list[str] = []
    last_key: tuple[str, str, str] = ("", "", "")
    last_stamp: datetime | None = None
    for number, line in enumerate(lines, 1):
        stamp = None
        rest = ""
        found = fast(line) if fast is not None else None
        if found is not None:
            date_text, time_text, marker, rest = found.groups()
            key = (date_text, time_text, marker)
            if key == last_key:
                stamp = last_stamp
            else:
                day = clock.day(date_text, fast_sep)
                clock_time = clock.time(time_text, marker or "")
                if day is not None and clock_time is not None:
                    stamp = datetime(*day, *clock_time)
                last_key, last_stamp = key, stamp
        else:
            first = line[:1]
            if first == "[" or first.isdigit() or first == " ":
                stamp, rest = _generic(line, profile, clock)
        if stamp is None:
            if p_stamp is not None:
                p_body.append(line)
            continue
        if p_stamp is not None:
            if p_body or not inline_ok:
                yield make(p_line, p_stamp, p_rest, p_body)
                p_body = []
            else:
                cut = p_rest.find(": ")
                author = p_rest[:cut] if cut > 0 else ""
                text = p_rest[cut + 2 :]
                if (
                    author in known
                    and text
                    and author[0] != "~"
                    and (len(text) > short_max or text.lower() not in shorts)
                    and not text.startswith(deleted_heads)
                    and text[-1] not in endings
                    and text[0] != "<"
                    and ": http" not in text[:40]
                    and text[:NOTICE_KEY] not in notices
                    and author not in system_authors
                    and not text.startswith(author)
                ):
                    yield _new(ParsedMessage, (p_line, p_stamp, author, text, "text",
                                               None, False, None, False))
                else:
                    yield make(p_line, p_stamp, p_rest, p_body)
        p_line, p_stamp, p_rest = number, stamp, rest
    if p_stamp is not None:
        yield make(p_line, p_stamp, p_rest, p_body)


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
    stamp = datetime(calendar_day.year, calendar_day.month, calendar_day.day,
                     header.hour, header.minute, header.second)
    return stamp, header.rest


def split_lines(text: str) -> list[str]:
    """Lines of an in-memory export, cleaned like a file's."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [clean_line(line) for line in text.split("\n")]


def parse_lines(
    source: LineSource, *, date_order: DateOrder | None = None, label: str = "<text>"
) -> Iterator[ParsedMessage]:
    """Parse an export whose cleaned lines `source()` yields (called twice)."""
    profile = profile_export(source(), date_order, label)
    return iter_messages(source(), profile)


def parse_text(text: str, *, date_order: DateOrder | None = None) -> list[ParsedMessage]:
    """Parse a whole export held in memory (tests, pasted text)."""
    lines = split_lines(text)
    return list(parse_lines(lambda: lines, date_order=date_order))
