"""Data objects returned by the date/time finder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

Kind = Literal["date", "datetime", "time", "range", "duration"]
Mod = Literal["before", "after", "since", "approx"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date/time expression found in a text, resolved against the message's timestamp.

    `value` is a `date` when no time of day is known, else an aware `datetime` in the
    reference's time zone. `end_value` is the inclusive last point of a range, when known.
    """

    start: int
    end: int
    text: str
    value: date | datetime
    kind: Kind = "date"
    end_value: date | datetime | None = None
    mod: Mod | None = None
    approximate: bool = False

    @property
    def has_time(self) -> bool:
        """Whether `value` carries a time of day."""
        return isinstance(self.value, datetime)


class Tok(NamedTuple):
    """One token of a message: its tag letter, its meaning, its character span and its key."""

    tag: str
    value: Any
    start: int
    end: int
    key: str
