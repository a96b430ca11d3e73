"""Who a task is for: the author of a commitment, the addressee of a request, or nobody."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from functools import cache

from engine.nlp.lexicon import language_codes
from engine.nlp.tasks.address import NICK
from engine.nlp.tasks.detect import Detection
from engine.nlp.tasks.model import ChatMessage
from engine.nlp.tasks.speech import speech_cues

REPLY_WINDOW = timedelta(minutes=90)
"""A 'you' in a group goes to the person just spoken to, if they spoke this recently."""
TERM_REPLY_WINDOW = timedelta(hours=3)
"""'Siap Ma' answers the message before it, 'papa kannst du...' is answered by the next one,
if within this time: evidence of who 'Ma' or 'papa' is for that speaker."""
_GENERIC = {"you", "me", "mom", "dad", "mum", "ok", "the", "a", "i"}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]*)?")


def participant_names(authors: list[str]) -> dict[str, str]:
    """Lower-case names, unambiguous first names and their first two and three letters
    (under `NICK`, for nicknames) → the author as written in the chat."""
    names: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for author in authors:
        clean = re.sub(r"[^\w\s.'-]", " ", author).strip()
        if not clean or clean.replace(" ", "").lstrip("+").isdigit():
            continue
        names[clean.lower()] = author
        first = clean.split()[0].lower()
        firsts.setdefault(first, []).append(author)
    prefixes: dict[str, set[str]] = {}
    for first, owners in firsts.items():
        if len(owners) == 1 and len(first) >= 2 and first not in _GENERIC:
            names.setdefault(first, owners[0])
        for size in (2, 3):
            if len(first) > size:
                prefixes.setdefault(NICK + first[:size], set()).update(owners)
    for key, holders in prefixes.items():
        if len(holders) == 1:
            names[key] = next(iter(holders))
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
    if not is_group:
        # Between two people 'someone', 'we' and an appointment all fall to the other one.
        others = [p for p in participants if p != author]
        return others[0] if len(others) == 1 else None
    if detection.subject in ("someone", "we"):
        return None
    if detection.term is not None:
        # 'papa kannst du ...': whoever this speaker calls 'papa', or nobody known.
        return termed(detection.term, author, history, participants)
    if detection.kind in ("reminder", "appointment", "obligation"):
        return None
    for earlier in reversed(history[-6:]):
        if earlier.author is None or earlier.author == author:
            continue
        if message.timestamp - earlier.timestamp <= REPLY_WINDOW:
            return earlier.author
        break
    return None


@cache
def _all_terms() -> frozenset[str]:
    """Address terms of every language: a participant saved as 'Vó Cida' is somebody's 'vó'."""
    return frozenset().union(*(speech_cues(code).term_set for code in language_codes()))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _term_votes(term: str, history: list[ChatMessage]) -> list[tuple[str, str]]:
    """(speaker, addressee) pairs where a speaker used `term` for someone: 'Siap Ma' after a
    message of Rina's, or 'papa kannst du ...' answered next by Thomas."""
    votes: list[tuple[str, str]] = []
    for index, message in enumerate(history):
        words = _words(message.text)
        speaker = message.author
        if not words or speaker is None or term not in (words[0], words[-1]):
            continue
        if words[-1] == term:
            # A reply ending in the term speaks to the author of the message before.
            for earlier in reversed(history[:index]):
                if earlier.author not in (None, speaker):
                    if message.timestamp - earlier.timestamp <= TERM_REPLY_WINDOW:
                        votes.append((speaker, earlier.author))
                    break
        if words[0] == term and len(words) > 1:
            for later in history[index + 1 :]:
                if later.author not in (None, speaker):
                    if later.timestamp - message.timestamp <= TERM_REPLY_WINDOW:
                        votes.append((speaker, later.author))
                    break
    return votes


def termed(
    term: str, speaker: str | None, history: list[ChatMessage], participants: list[str]
) -> str | None:
    """The participant `speaker` calls `term` ('mãe', 'pa', 'sir'), from the chat so far:
    their own earlier use, else a participant saved under that word ('Vó Cida'), else how
    the others use it, unless that is someone saved under a word of their own ('Oma Gisela'
    is not the children's 'mama')."""
    term = term.lower()
    votes = [(s, a) for s, a in _term_votes(term, history) if a != speaker]
    own = Counter(a for s, a in votes if s == speaker)
    if own:
        return own.most_common(1)[0][0]
    saved = [p for p in participants if term in _words(p)]
    if len(saved) == 1:
        return saved[0]
    terms = _all_terms()
    others = Counter(
        a for s, a in votes if s != speaker and not terms.intersection(_words(a))
    )
    if others:
        return others.most_common(1)[0][0]
    return None
