"""Which of the user's languages a chat and each message are written in.

Short messages defeat per-message detection, so a chat gets a profile from all its messages
and a message only overrides it when its own evidence is clear. Evidence is the share of
each language's common chat words (resources/lang/<code>.json, "tasks.common_words"), which
also covers romanised Hindi, where general-purpose detectors fail.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from engine.nlp.lexicon import task_lexicon

_TOKENS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
CLEAR_MARGIN = 2
"""A message's own language wins over the chat's with this many more hits than the chat's."""


@cache
def _index(languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Every common word of `languages` → the languages it belongs to (one lookup a token)."""
    owners: dict[str, list[str]] = {}
    for code in languages:
        for word in task_lexicon(code).words:
            owners.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in owners.items()}


def _hits(text: str, languages: Iterable[str]) -> Counter[str]:
    index = _index(tuple(languages))
    counts: Counter[str] = Counter()
    for token in _TOKENS.findall(text.replace("\u2019", "'").lower()):
        codes = index.get(token)
        if codes:
            counts.update(codes)
    return counts


def chat_language(texts: Iterable[str], languages: list[str]) -> str:
    """The chat's main language among `languages` (the first one when nothing tells)."""
    total: Counter[str] = Counter()
    for text in texts:
        total.update(_hits(text, languages))
    if not total or max(total.values()) == 0:
        return languages[0]
    return max(languages, key=lambda code: (total[code], -languages.index(code)))


def message_language(text: str, chat: str, languages: list[str]) -> str:
    """A message's language: its own when the evidence is clear, else the chat's."""
    counts = _hits(text, languages)
    best = max(languages, key=lambda code: (counts[code], code == chat))
    if best != chat and counts[best] >= counts[chat] + CLEAR_MARGIN and counts[best] >= 3:
        return best
    return chat
