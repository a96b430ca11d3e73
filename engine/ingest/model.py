"""Data objects produced by the WhatsApp export reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, NamedTuple

MessageKind = Literal["text", "system", "media", "deleted"]
"""What a message is: written text, a WhatsApp notice, an attachment, or a deleted message."""

Subtype = Literal["poll", "location", "contact", "live_location", "call", "view_once"]
"""Finer recognition of special message content, when known."""

DateOrder = Literal["DMY", "MDY", "YMD", "YDM", "MYD"]
"""Order of the day, month and year fields in an export's headers."""


class ParsedMessage(NamedTuple):
    """One message as written in an export (a tuple: an import makes millions of them)."""

    line: int
    """1-based line number of the message header in the chat text."""
    timestamp: datetime
    """Local wall-clock time as written (naive; the chat's zone is applied on import)."""
    author: str | None
    """Display name or phone number as written; None for system messages."""
    text: str
    """Body without invisible direction/BOM marks; multi-line bodies joined with newlines."""
    kind: MessageKind = "text"
    media: str | None = None
    """File name of the attachment, when the placeholder names one."""
    edited: bool = False
    subtype: Subtype | None = None
    non_contact: bool = False
    """True when iOS marked the author with '~' (not in the user's address book)."""

    def to_json(self) -> dict[str, object]:
        """The `chattasks parse --jsonl` object for this message."""
        data: dict[str, object] = {
            "timestamp": self.timestamp.strftime("%Y-%m-%dT%H:%M:%S"),
            "author": self.author,
            "text": self.text,
            "kind": self.kind,
            "line": self.line,
        }
        if self.media is not None:
            data["media"] = self.media
        if self.edited:
            data["edited"] = True
        if self.subtype is not None:
            data["subtype"] = self.subtype
        return data


@dataclass(frozen=True, slots=True)
class MediaFile:
    """An attachment file found beside the chat text (in the zip or folder)."""

    name: str
    """File name as referenced from messages."""
    location: str
    """Path on disk, or 'zip-path!member' for a file inside a zip."""
    size: int
    sha256: str


@dataclass(slots=True)
class ExportInfo:
    """What the reader learned about an export while reading it."""

    path: str
    chat_name: str
    text_member: str | None = None
    date_order: DateOrder | None = None
    media: dict[str, MediaFile] = field(default_factory=dict)
    messages: int = 0
    bytes_total: int = 0
    authors: dict[str, int] = field(default_factory=dict)
    """Message count per author, filled in while the messages are read."""
    system_messages: int = 0
    replaced_lines: list[int] = field(default_factory=list)
    """Lines whose invalid UTF-8 bytes were replaced with U+FFFD."""

    @property
    def is_group(self) -> bool:
        """A group chat: more than two people wrote, or group events were seen."""
        return len(self.authors) > 2 or (self.system_messages > 1 and len(self.authors) != 2)
