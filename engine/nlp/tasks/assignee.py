"""Who a task is for: the author of a commitment, the addressee of a request, or nobody."""

from __future__ import annotations

import re
from datetime import timedelta

from engine.nlp.tasks.detect import Detection
from engine.nlp.tasks.model import ChatMessage

REPLY_WINDOW = timedelta(minutes=90)
"""A 'you' in a group goes to the person just spoken to, if they spoke this recently."""
_GENERIC = {"you", "me", "mom", "dad", "mum", "ok", "the", "a", "i"}


def participant_names(authors: list[str]) -> dict[str, str]:
    """Lower-case names and unambiguous first names → the author as written in the chat."""
    names: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for author in authors:
        clean = re.sub(r"[^\w\s.'-]", " ", author).strip()
        if not clean or clean.replace(" ", "").lstrip("+").isdigit():
            continue
        names[clean.lower()] = author
        first = clean.split()[0].lower()
        firsts.setdefault(first, []).append(author)
    for first, owners in firsts.items():
        if len(owners) == 1 and len(first) >= 2 and first not in _GENERIC:
            names.setdefault(first, owners[0])
    return names


def assignee_for(
    detection: Detection,
    message: ChatMessage,
    history: list[ChatMessage],
    participants: list[str],
    is_group: bool,
) -> str | None:
    """The participant who must act, as written in the chat, or None for 'anyone'."""
    author = message.author
    if detection.subject == "author":
        return author
    if detection.addressee is not None:
        return detection.addressee
    if detection.subject == "someone" or (detection.subject == "we" and is_group):
        return None
    if not is_group:
        others = [p for p in participants if p != author]
        return others[0] if len(others) == 1 else None
    if detection.kind in ("reminder", "appointment", "obligation"):
        return None
    for earlier in reversed(history[-6:]):
        if earlier.author is None or earlier.author == author:
            continue
        if message.timestamp - earlier.timestamp <= REPLY_WINDOW:
            return earlier.author
        break
    return None
