"""Turn message rows read from the page into the export parser's ParsedMessage objects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from engine.ingest.header import date_fields, parse_clock
from engine.ingest.model import DateOrder, MessageKind, ParsedMessage

EDITED_MARKER = "<This message was edited>"
"""What an (English) export appends to an edited message; keys must match the export's."""
MEDIA_OMITTED = "<Media omitted>"
DELETED_TEXT = "This message was deleted"

_PRE_RE = re.compile(r"^\[(?P<time>[^,\]]+),\s*(?P<date>[^\]]+)\]\s(?P<author>.*?):\s*$", re.S)
_CLOCK_RE = re.compile(r"(?P<clock>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)\s*(?P<marker>\D*)$")
_PACKED_ID_RE = re.compile(r"^(?:true|false)_[^_]+_(?P<id>[^_]+)(?:_.+)?$")


def message_id(data_id: str) -> str:
    """The message key inside a packed `data-id` ({fromMe}_{chat}_{id}[_{participant}]) or a bare
    one (2026-04 on), so both forms of the same message compare equal."""
    found = _PACKED_ID_RE.match(data_id)
    return found.group("id") if found else data_id


def date_order_for(locale: str) -> DateOrder:
    """Day/month order of `data-pre-plain-text` dates in a browser locale."""
    region = locale.replace("_", "-").split("-")[-1].upper() if "-" in locale else ""
    if locale.lower().startswith(("en-us", "en-ph")) or region in {"US", "PH", "FM"}:
        return "MDY"
    if region in {"CN", "JP", "KR", "TW", "HU", "LT"}:
        return "YMD"
    return "DMY"


def parse_wall(time_text: str, date_text: str, order: DateOrder) -> datetime | None:
    """The wall-clock time of '[10:54 PM, 12/9/2025]'-style parts, or None if unreadable."""
    clock = _CLOCK_RE.search(time_text.strip())
    if clock is None:
        return None
    parts = parse_clock(clock.group("clock"), clock.group("marker").strip() or None)
    if parts is None or len(re.findall(r"\d+", date_text)) != 3:
        return None
    fields, widths = date_fields(date_text)
    if widths[0] == 4:
        order = "YMD"
    by_letter = dict(zip(order, fields, strict=True))
    year = by_letter["Y"] + (2000 if by_letter["Y"] < 100 else 0)
    try:
        return datetime(year, by_letter["M"], by_letter["D"], *parts)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class LiveMessage:
    """One message row of the open chat, as read from the page."""

    msg_id: str
    outgoing: bool
    parsed: ParsedMessage
    edited: bool
    deleted: bool


def divider_date(label: str | None, order: DateOrder, today: date) -> date | None:
    """The day a date divider names ('Today', 'Yesterday' or a date), when readable."""
    if not label:
        return None
    folded = label.strip().casefold()
    if folded == "today":
        return today
    if folded == "yesterday":
        return today - timedelta(days=1)
    found = parse_wall("00:00", label, order)
    return found.date() if found else None


def to_live(
    row: dict[str, Any],
    *,
    chat_title: str,
    is_group: bool,
    me: str | None,
    order: DateOrder,
    today: date,
) -> LiveMessage | None:
    """The message of one probed row, or None for system rows and unreadable ones."""
    if row.get("system") or not row.get("id"):
        return None
    outgoing = bool(row.get("out"))
    wall: datetime | None = None
    author: str | None = None
    pre = row.get("pre")
    if pre:
        found = _PRE_RE.match(pre)
        if found:
            wall = parse_wall(found.group("time"), found.group("date"), order)
            author = found.group("author").strip()
    if wall is None:  # deleted rows may carry no data-pre-plain-text: divider + bubble time
        days = [divider_date(label, order, today) for label in row.get("dividers") or []]
        day = next((d for d in reversed(days) if d is not None), None)
        clock = _CLOCK_RE.search(row.get("time") or "")
        parts = None
        if clock is not None:
            parts = parse_clock(clock.group("clock"), clock.group("marker").strip() or None)
        if day is None or parts is None:
            return None
        wall = datetime(day.year, day.month, day.day, *parts)
    if author is None:
        author = me if outgoing else (None if is_group else chat_title)
        if author is None:
            return None
    deleted, edited = bool(row.get("deleted")), bool(row.get("edited"))
    text: str = row.get("text") or ""
    kind: MessageKind = "text"
    if deleted:
        text = "You deleted this message" if outgoing else DELETED_TEXT
        kind, edited = "deleted", False
    elif row.get("media") or not text:
        kind, text = "media", text or MEDIA_OMITTED
    if edited:
        text = f"{text} {EDITED_MARKER}"
    parsed = ParsedMessage(
        line=0, timestamp=wall, author=author, text=text, kind=kind, edited=edited
    )
    return LiveMessage(message_id(str(row["id"])), outgoing, parsed, edited, deleted)
