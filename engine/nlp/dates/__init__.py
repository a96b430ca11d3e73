"""Find and resolve date/time expressions in chat messages (rules: see `finder`)."""

from __future__ import annotations

from .finder import find_dates
from .lexicon import available_languages
from .model import DateMention

__all__ = ["DateMention", "available_languages", "find_dates"]
