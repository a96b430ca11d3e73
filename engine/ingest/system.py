"""Recognise WhatsApp's own notices, with or without an author attached to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.core.resources import load_json

# A name in a notice never contains ': ', which separates an author from the body.
_WHO = r"(?:(?!: ).)+?"


@dataclass(frozen=True, slots=True)
class _SystemVocabulary:
    notice_keys: frozenset[str]
    notices: tuple[str, ...]
    patterns: re.Pattern[str]


_KEY_LENGTH = 12
NOTICE_KEY = _KEY_LENGTH
"""Length of the prefix by which notices are looked up."""


@cache
def _vocabulary() -> _SystemVocabulary:
    markers = load_json("whatsapp", "markers.json")
    notices = tuple(text.casefold() for text in markers["system_notices"])
    combined = "|".join(
        f"(?:{pattern.replace('{who}', _WHO)})" for pattern in markers["system_patterns"]
    )
    return _SystemVocabulary(
        notice_keys=frozenset(text[:_KEY_LENGTH] for text in notices),
        notices=notices,
        patterns=re.compile(combined, re.IGNORECASE | re.DOTALL),
    )


@cache
def notice_keys() -> frozenset[str]:
    """Prefixes of every notice as written and in lower case: a cheap first test."""
    markers = load_json("whatsapp", "markers.json")
    keys = {text[:_KEY_LENGTH] for text in markers["system_notices"]}
    return frozenset(keys | {key.casefold() for key in keys})


def is_notice(text: str) -> bool:
    """True for WhatsApp's fixed notices (encryption, security code...), whoever sent them."""
    vocab = _vocabulary()
    folded = text[:_KEY_LENGTH].casefold()
    if folded not in vocab.notice_keys:
        return False
    lowered = text.casefold()
    return lowered.startswith(vocab.notices)


def is_event(text: str) -> bool:
    """True when `text` reads as a group event: created, added, left, subject or icon changed."""
    if "\n" in text:
        return False
    return _vocabulary().patterns.match(text) is not None
