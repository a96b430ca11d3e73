"""Turn the text of a WhatsApp chat export into messages, in file order, in bounded memory."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import partial
from itertools import chain, compress, repeat
from operator import contains

from engine.ingest.authors import MessageBuilder
from engine.ingest.dateorder import default_order, shape_of, to_date
from engine.ingest.header import clean_line, match_header
from engine.ingest.model import DateOrder, ParsedMessage
from engine.ingest.plain import MAYBE_HEADER, PlainTest
from engine.ingest.profile import ExportProfile, line_head, profile_export
from engine.ingest.stamps import StampClock

__all__ = ["ExportProfile", "iter_batches", "iter_messages", "parse_text", "profile_export"]

_new = tuple.__new__
_new_message = partial(tuple.__new__, ParsedMessage)
_STRIDE = 5
"""Pieces per message when a chunk is split at headers: date, time, am/pm, author, body."""
Row = tuple[str, str, str, str, str, str, str]
"""One message as `_rows` reads it: header, date, time, am/pm, author, first line, more."""


def iter_messages(
    chunks: Iterable[str], profile: ExportProfile, *, vectorise: bool = True
) -> Iterator[ParsedMessage]:
    """Second pass: each message of the cleaned text `chunks` in file order."""
    return chain.from_iterable(iter_batches(chunks, profile, vectorise=vectorise))


def iter_batches(
    chunks: Iterable[str], profile: ExportProfile, *, vectorise: bool = True
) -> Iterator[list[ParsedMessage]]:
    """Second pass, a list of finished messages per chunk of whole lines.

    One regex in the file's own header style cuts a chunk at its headers at C speed; the
    pieces are judged and built in runs with C loops (`PlainTest.odd`, `StampClock.stamps`),
    so Python code touches only messages that may be special. `vectorise=False` reads the
    same text one message at a time: the reference the fast way is tested against.
    """
    second = _SecondPass(profile, vectorise)
    for chunk in chunks:
        batch = second.read(chunk)
        if batch:
            yield batch
    tail: list[ParsedMessage] = []
    second.flush(tail)
    if tail:
        yield tail


def parse_text(text: str, *, date_order: DateOrder | None = None) -> list[ParsedMessage]:
    """Parse a whole export held in memory (tests, pasted text)."""
    cleaned = clean_line(text.replace("\r\n", "\n").replace("\r", "\n"))
    profile = profile_export([cleaned], date_order, "<text>")
    return list(iter_messages([cleaned], profile))


class _SecondPass:
    """State of the second pass: the message whose continuation lines may still follow."""

    def __init__(self, profile: ExportProfile, vectorise: bool) -> None:
        self.profile = profile
        self.builder = MessageBuilder(profile.colon_authors)
        self.make = self.builder.make
        self.plain = PlainTest(self.builder)
        self.clock = StampClock(profile)
        self.splitter = _splitter(profile.style)
        self.cutter = _cutter(profile.style)
        # Known names with ': ' inside make the author of a row uncertain: `make` decides.
        self.direct = not self.builder.colon_prefixes
        self.vectorise = vectorise and self.direct and self.cutter is not None
        self.number = 0
        self.p_line = 0
        self.p_stamp: datetime | None = None
        self.p_author: str | None = None
        self.p_text = ""
        self.p_rest = ""
        self.p_body: list[str] = []

    def read(self, chunk: str) -> list[ParsedMessage]:
        """The messages a chunk finishes; its last one stays pending."""
        out: list[ParsedMessage] = []
        if chunk.endswith("\n"):
            chunk = chunk[:-1]
        if self.vectorise and self.cutter is not None:
            # Cutting at "\n" + header: bodies come without their line end.
            pieces = self.cutter.split("\n" + chunk)
            if len(pieces) > 2 * _STRIDE and self._read_at_once(pieces, chunk, out):
                return out
        first = self.splitter.search(chunk) if self.splitter is not None else None
        if first is None or first.start() > 0:
            # Lines before the chunk's first header: continuation, or other-style headers.
            lead = chunk[: first.start() - 1] if first is not None else chunk
            self._lines(lead.split("\n"), out)
            if first is None:
                return out
        assert self.splitter is not None
        self._rows(self.splitter.findall(chunk, first.start()), out)
        return out

    def flush(self, out: list[ParsedMessage]) -> None:
        """Finish the pending message, if any."""
        if self.p_stamp is None:
            return
        author = self.p_author
        if self.p_body or author is None:
            out.append(self.make(self.p_line, self.p_stamp, self.p_rest, self.p_body))
        else:
            out.append(self._one_line(self.p_line, self.p_stamp, author, self.p_text))
        self.p_stamp = None

    def _one_line(self, line: int, stamp: datetime, author: str, text: str) -> ParsedMessage:
        """A message with a proposed author: `make` by a shorter way when the author is known."""
        builder = self.builder
        if author in builder.known_authors and not builder.may_speak_for_whatsapp(author, text):
            return builder.person(line, stamp, author, text)
        return self.make(line, stamp, author + ": " + text, [])

    def _lines(self, lines: list[str], out: list[ParsedMessage]) -> None:
        for line in lines:
            self.number += 1
            stamp, rest = _generic_header(line, self.profile)
            if stamp is None:
                if self.p_stamp is not None:
                    self.p_body.append(line)
                continue
            self.flush(out)
            self.p_line, self.p_stamp, self.p_rest, self.p_body = self.number, stamp, rest, []
            self.p_author = None

    def _rows(self, rows: Iterable[Row], out: list[ParsedMessage]) -> None:
        for head, date_text, time_text, marker, author, text, more in rows:
            self.number += 1
            stamp = self.clock.stamp(date_text, time_text, marker)
            if stamp is None:
                # Not a real date: the whole line belongs to the message before.
                if self.p_stamp is not None:
                    self.p_body.append(head + (author + ": " if author else "") + text)
                if more:  # its continuation lines may hold headers of another style
                    self._lines(more[1:].split("\n"), out)
                continue
            self._start(stamp, author, text, more, out)

    def _start(
        self, stamp: datetime, author: str | None, text: str, more: str, out: list[ParsedMessage]
    ) -> None:
        """Finish the pending message and start the one whose header is at line `number`."""
        self.flush(out)
        self.p_line, self.p_stamp, self.p_text, self.p_body = self.number, stamp, text, []
        self.p_author = author if author and self.direct else None
        self.p_rest = author + ": " + text if author else text
        if more:
            self.p_author = None
            body = more[1:].split("\n")
            self.number += len(body)
            self._split_body(body, more, out)

    def _split_body(self, body: list[str], more: str, out: list[ParsedMessage]) -> None:
        """Make `body` the pending message's, splitting out other-style header lines."""
        if MAYBE_HEADER.search(more) is None:
            self.p_body = body
            return
        base = self.p_line
        for offset, line in enumerate(body, 1):
            stamp, rest = _generic_header(line, self.profile)
            if stamp is None:
                self.p_body.append(line)
                continue
            self.flush(out)
            self.p_line, self.p_stamp, self.p_rest, self.p_body = base + offset, stamp, rest, []

    def _read_at_once(self, pieces: list[str], chunk: str, out: list[ParsedMessage]) -> bool:
        """Read a chunk cut at its headers; False, having done nothing, if a date is impossible."""
        authors: list[str | None] = list(pieces[4::_STRIDE])  # None: a header without author
        bodies = pieces[5::_STRIDE]
        stamps = self.clock.stamps(pieces[1::_STRIDE], pieces[2::_STRIDE], pieces[3::_STRIDE])
        if stamps is None:  # such a header is part of the message before: read row by row
            return False
        if pieces[0]:
            self._lines(pieces[0][1:].split("\n"), out)
        multi = list(map(contains, bodies, repeat("\n")))
        lines = _line_numbers(self.number + 1, bodies, multi)
        self.flush(out)
        last = len(bodies) - 1
        start = 0
        while start < last:
            start = self._run(start, last, (authors, bodies, multi), stamps, lines, chunk, out)
        # The last message of the chunk may continue in the next one.
        self.number = lines[last]
        text, line_end, more = bodies[last].partition("\n")
        self._start(stamps[last], authors[last], text, line_end + more, out)
        return True

    def _run(
        self,
        start: int,
        stop: int,
        columns: tuple[list[str | None], list[str], list[bool]],
        stamps: list[datetime],
        lines: list[int],
        chunk: str,
        out: list[ParsedMessage],
    ) -> int:
        """Finish messages start..stop-1; returns where it stopped (early if names changed)."""
        authors, bodies, multi = (
            columns[0][start:stop],
            columns[1][start:stop],
            columns[2][start:stop],
        )
        names = self.plain.names()
        display: list[str] = list(map(names.get, authors, repeat("")))  # type: ignore[arg-type]
        odd = self.plain.odd(display, bodies, multi, chunk)
        tilde = [name for name in names if name[0] == "~"]
        non_contact = map(set(tilde).__contains__, authors) if tilde else repeat(False)
        fields = zip(
            lines[start:stop],
            stamps[start:stop],
            display,
            bodies,
            repeat("text"),
            repeat(None),
            repeat(False),
            repeat(None),
            non_contact,
        )
        batch = list(map(_new_message, fields))
        known = len(self.builder.known_authors), len(self.builder.system_authors)
        splits: dict[int, list[ParsedMessage]] = {}
        end = stop
        for index in compress(range(stop - start), odd):
            row = start + index
            author, body = authors[index], bodies[index]
            if author and not multi[index]:
                batch[index] = self._one_line(lines[row], stamps[row], author, body)
            else:
                found = self._complete(lines[row], stamps[row], author, body)
                if len(found) == 1:
                    batch[index] = found[0]
                else:
                    splits[index] = found
            sizes = len(self.builder.known_authors), len(self.builder.system_authors)
            if sizes != known and (sizes[1] != known[1] or 8 * (index + 1) >= stop - row):
                # Later rows were judged with older names: judge them again, unless too
                # few were read since (a new author only makes more rows look odd).
                end = row + 1
                del batch[index + 1 :]
                break
        if not splits:
            out.extend(batch)
            return end
        position = 0
        for index, found in splits.items():
            out.extend(batch[position:index])
            out.extend(found)
            position = index + 1
        out.extend(batch[position:])
        return end

    def _complete(
        self, line: int, stamp: datetime, author: str | None, body: str
    ) -> list[ParsedMessage]:
        """The finished message(s) of one row whose next row is known to be a header."""
        text, _, more = body.partition("\n")
        builder = self.builder
        if author in builder.known_authors and MAYBE_HEADER.search(body) is None:
            assert author is not None
            lines = more.split("\n")
            while lines and not lines[-1].strip():
                lines.pop()
            joined = "\n".join([text, *lines]) if lines else text
            if not builder.may_speak_for_whatsapp(author, joined):
                return [builder.person(line, stamp, author, joined)]
            return [self.make(line, stamp, author + ": " + text, lines)]
        self.p_line, self.p_stamp, self.p_author, self.p_body = line, stamp, None, []
        self.p_rest = author + ": " + text if author else text
        found: list[ParsedMessage] = []
        if more:
            self._split_body(more.split("\n"), "\n" + more, found)
        found.append(self.make(self.p_line, self.p_stamp, self.p_rest, self.p_body))
        self.p_stamp = None
        return found


def _line_numbers(first: int, bodies: list[str], multi: list[bool]) -> list[int]:
    """The line number of each body's header, and after them the next line's."""
    if True not in multi:
        return list(range(first, first + len(bodies) + 1))
    numbers: list[int] = []
    shift = first
    done = 0
    for index in compress(range(len(bodies)), multi):
        numbers.extend(range(done + shift, index + 1 + shift))
        shift += bodies[index].count("\n")
        done = index + 1
    numbers.extend(range(done + shift, len(bodies) + 1 + shift))
    return numbers


def _splitter(style: str | None) -> re.Pattern[str] | None:
    """A regex splitting text into whole messages of one header style.

    Groups: header text, date, time, am/pm, proposed author, first line, continuation lines
    (each with its leading newline; they run up to the next line that is such a header).
    """
    if not style:
        return None
    head = line_head(style)
    bare = re.sub(r"(?<!\\)\((?!\?)", "(?:", head)
    # Greedy [^\n:] stops at the first colon just as a lazy match would, but faster.
    pattern = f"^({head})(?:([^\n:]{{1,80}}): )?(.*)((?:\n(?!{bare}).*)*)"
    return re.compile(pattern, re.MULTILINE)


def _cutter(style: str | None) -> re.Pattern[str] | None:
    """A regex matching a line end and the header after it, for `re.split`.

    Groups: date, time, am/pm, proposed author; what lies between two matches is a body.
    """
    if not style:
        return None
    pattern = re.compile(f"\n{line_head(style)}(?:([^\n:]{{1,80}}): )?")
    return pattern if pattern.groups == _STRIDE - 1 else None


def _generic_header(line: str, profile: ExportProfile) -> tuple[datetime | None, str]:
    """Timestamp and rest of a header in any style, or (None, '') for any other line."""
    first = line[:1]
    if not (first == "[" or first.isdigit() or first == " "):
        return None, ""
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
