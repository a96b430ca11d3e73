"""Quick add: "Call Ana tomorrow 5pm !high #home @Ana" -> title, due, priority, project, who."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from engine.nlp.dates import find_dates
from engine.nlp.language import message_language

_PRIORITY = re.compile(r"(?<!\S)!(urgent|high|normal|low|[1-4])\b", re.IGNORECASE)
_PRIORITY_NUMBERS = {"1": "urgent", "2": "high", "3": "normal", "4": "low"}
_PROJECT = re.compile(r"(?<!\S)#([\w-]+)")
_ASSIGNEE = re.compile(r"(?<!\S)@([\w.-]+)")
_TRAILING_MENTION = re.compile(r"\s+@[\w.-]+\s*$")
_SPACES = re.compile(r"\s{2,}")
_EDGE_WORDS = re.compile(r"^(?:by|on|at|for)\s+|\s+(?:by|on|at|for)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QuickTask:
    """What a quick-add line asks for."""

    title: str
    due: date | datetime | None
    priority: str
    project: str | None
    assignee: str | None
    language: str


def parse_quick_add(text: str, now: datetime, languages: list[str]) -> QuickTask:
    """Read a one-line task; dates resolve against `now` (aware) in the user's languages."""
    priority = "normal"
    if match := _PRIORITY.search(text):
        word = match.group(1).lower()
        priority = _PRIORITY_NUMBERS.get(word, word)
    project = match.group(1) if (match := _PROJECT.search(text)) else None
    assignee = match.group(1) if (match := _ASSIGNEE.search(text)) else None
    rest = _TRAILING_MENTION.sub("", _PROJECT.sub("", _PRIORITY.sub("", text)))
    rest = _ASSIGNEE.sub(lambda m: m.group(1), rest)
    language = message_language(rest, languages[0] if languages else "en", languages or ["en"])
    mentions = [m for m in find_dates(rest, now, language) if m.kind in ("date", "datetime")]
    due: date | datetime | None = None
    if mentions:
        first = mentions[0]
        due = first.value
        rest = rest[: first.start] + " " + rest[first.end :]
        for other in mentions[1:]:
            # "tomorrow ... 5pm" can come as two mentions: take the time from the second one.
            if isinstance(other.value, datetime) and not isinstance(due, datetime):
                due = datetime.combine(due, other.value.timetz())
    title = _EDGE_WORDS.sub("", _SPACES.sub(" ", rest).strip(" ,;-")).strip()
    return QuickTask(title or text.strip(), due, priority, project, assignee, language)
