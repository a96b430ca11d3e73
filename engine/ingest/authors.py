"""Split 'Author: text' and tell people's messages from WhatsApp's own notices."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from engine.ingest.content import classify, may_be_special
from engine.ingest.model import ParsedMessage
from engine.ingest.system import NOTICE_KEY as _NOTICE_KEY
from engine.ingest.system import is_event, is_notice
from engine.ingest.system import notice_keys as _notice_keys

_new = tuple.__new__


@dataclass(slots=True)
class Pending:
    """A message whose header was read and whose continuation lines are still arriving."""

    line: int
    timestamp: datetime
    rest: str
    body: list[str]


@dataclass(slots=True)
class AuthorStats:
    """Counts of candidate author names, to find names that themselves contain ': '."""

    first: Counter[str] = field(default_factory=Counter)
    second: Counter[str] = field(default_factory=Counter)

    def add(self, rest: str) -> None:
        """Record the text after one header."""
        cut = rest.find(": ")
        if cut <= 0:
            return
        self.first[rest[:cut]] += 1
        cut2 = rest.find(": ", cut + 2)
        if cut2 > 0:
            self.second[rest[:cut2]] += 1

    def colon_authors(self) -> frozenset[str]:
        """Names containing ': ' that consistently start their lines (e.g. 'Joe: plumber')."""
        found = set()
        for name, count in self.second.items():
            head = name[: name.find(": ")]
            if count >= 3 and count >= 0.9 * self.first[head]:
                found.add(name)
        return frozenset(found)


class MessageBuilder:
    """Second-pass state: who the authors are and which names speak for WhatsApp itself."""

    def __init__(self, colon_authors: frozenset[str] = frozenset()) -> None:
        self.known_authors: set[str] = set()
        self.system_authors: set[str] = set()
        self.colon_prefixes = tuple(name + ": " for name in colon_authors)

    def build(self, pending: Pending) -> ParsedMessage:
        """The finished message for a header and its continuation lines."""
        return self.make(pending.line, pending.timestamp, pending.rest, pending.body)

    def make(self, line: int, stamp: datetime, rest: str, body: list[str]) -> ParsedMessage:
        """The finished message for a header's `rest` and its continuation lines."""
        if body:
            while body and not body[-1].strip():
                body.pop()
        cut = rest.find(": ")
        if cut > 0 and not self.colon_prefixes:
            author: str | None = rest[:cut]
            if author in self.known_authors:
                first = rest[cut + 2 :]
            else:
                author, first = self._split_author(rest)
        else:
            author, first = self._split_author(rest)
        if author is None:
            text = "\n".join([rest, *body]) if body else rest
            return _new(
                ParsedMessage, (line, stamp, None, text, "system", None, False, None, False)
            )
        text = "\n".join([first, *body]) if body else first
        if self.may_speak_for_whatsapp(author, text) and self._is_system(author, text):
            return _new(
                ParsedMessage, (line, stamp, None, text, "system", None, False, None, False)
            )
        return self.person(line, stamp, author, text)

    def person(self, line: int, stamp: datetime, author: str, text: str) -> ParsedMessage:
        """The message `text` by `author` (as written), known not to be a notice or event."""
        non_contact = author[0] == "~"
        if non_contact:
            author = author.lstrip("~ ").strip() or author
        if not text or may_be_special(text):
            kept, kind, media, edited, subtype = classify(text)
            fields = (line, stamp, author, kept, kind, media, edited, subtype, non_contact)
            return _new(ParsedMessage, fields)
        return _new(
            ParsedMessage, (line, stamp, author, text, "text", None, False, None, non_contact)
        )

    def may_speak_for_whatsapp(self, author: str, text: str) -> bool:
        """Whether `make` would check `text` by `author` for a notice or event at all."""
        return (
            text[:_NOTICE_KEY] in _notice_keys()
            or author in self.system_authors
            or text.startswith(author)
        )

    def _split_author(self, rest: str) -> tuple[str | None, str]:
        if self.colon_prefixes and rest.startswith(self.colon_prefixes):
            for prefix in self.colon_prefixes:
                if rest.startswith(prefix):
                    return prefix[:-2], rest[len(prefix) :]
        cut = rest.find(": ")
        if cut > 0:
            candidate = rest[:cut].strip()
            if candidate in self.known_authors:
                return candidate, rest[cut + 2 :]
            if not candidate or is_event(rest) or is_notice(rest):
                return None, rest
            self.known_authors.add(candidate)
            return candidate, rest[cut + 2 :]
        if rest.endswith(":") and 1 < len(rest) <= 60 and ":" not in rest[:-1]:
            candidate = rest[:-1].strip()
            if candidate:
                self.known_authors.add(candidate)
                return candidate, ""
        cut = rest.find(":")
        if cut > 0 and rest[:cut] in self.known_authors:
            # 'Name:.' -- a body glued to the colon (view-once and similar placeholders).
            return rest[:cut], rest[cut + 1 :]
        return None, rest

    def _is_system(self, author: str, text: str) -> bool:
        if is_notice(text):
            self.system_authors.add(author)
            return True
        if author in self.system_authors:
            return is_event(text)
        return text.startswith(author) and is_event(text)
