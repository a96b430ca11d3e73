"""First pass over an export: date order per shape, header layouts and unusual author names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from engine.core.errors import ExportFormatError
from engine.ingest.authors import AuthorStats
from engine.ingest.dateorder import DateOrderEvidence, ShapeKey, looks_us, shape_of
from engine.ingest.header import Header, date_fields, match_header, style_of
from engine.ingest.model import DateOrder

PRESCAN_MIN_HEADERS = 2000
"""Headers the first pass reads at least, for author statistics, before it may stop early."""
FIRST_HEADER_WINDOW = 30
"""Non-blank lines allowed before the first header, past which the file is not an export."""
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


def line_head(style: str) -> str:
    """The header part of a style's regex, kept within one line: a header never spans two."""
    return style[: -len("(.*)")].replace(r"[\s_]", "[ \t_]").replace(r"\s?", "[ \t]?")


def style_separator(style: str | None) -> str:
    """The date separator a header style uses ('/', '.', '-'), or '' when unknown."""
    if not style:
        return ""
    found = re.search(r"\\d\{1,4\}(\\?.)", style)
    return found.group(1).lstrip("\\") if found else ""


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
                pattern = re.compile(f"^{line_head(top)}", re.MULTILINE)
                self.fast_dates = lambda chunk: [m[0::2] for m in pattern.findall(chunk)]
                self.layout, self.sep = header.layout, style_separator(top)

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
