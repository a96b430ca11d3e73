"""Later messages that call off earlier tasks: 'never mind the dentist', 'ga jadi servis',
'domani annulliamo il pranzo'."""

from __future__ import annotations

from datetime import date, datetime

from engine.nlp.dates import find_dates
from engine.nlp.lexicon import TaskLexicon, normalise
from engine.nlp.tasks.affinity import naming, profile
from engine.nlp.tasks.detect import clauses
from engine.nlp.tasks.links import CANCEL_WINDOW, _open_before
from engine.nlp.tasks.model import ChatMessage, ExtractedTask
from engine.nlp.tasks.reply_cues import word_stems
from engine.nlp.tasks.roles import ChatState, close, person

TERSE = 40
"""A cancellation this short that names nothing ('never mind') calls off the task just asked."""
RECENT = 12
"""...at most this many messages before."""
CANCEL_CLAUSES = 3
"""A cancellation of this many clauses names what it calls off anywhere in it."""


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _days_said(text: str, message: ChatMessage, code: str) -> set[date]:
    """The days a message names ('domani', 'Tuesday')."""
    try:
        found = find_dates(text, message.timestamp, code)
    except ValueError:
        return set()
    return {_day(m.value) for m in found if m.kind in ("date", "datetime")}


def _cued(norm: str, lex: TaskLexicon) -> bool:
    return bool(lex.cancellation.search(norm) or lex.negations.match(norm))


def cancel(
    tasks: list[ExtractedTask],
    message: ChatMessage,
    text: str,
    lex: TaskLexicon,
    state: ChatState,
) -> ExtractedTask | None:
    """Close as cancelled the open task this message calls off: the one it names, preferring
    one of the speaker's own asks or promises and one due on a day it names; or a terse
    'forget it' right after a task of the speaker."""
    norm = normalise(text)
    if not _cued(norm, lex):
        return None
    spans = clauses(norm)
    cued = [(s, e) for s, e in spans if "?" not in norm[s:e] and _cued(norm[s:e], lex)]
    if not cued:
        return None  # 'can I skip it?' asks, it does not call off
    # What is called off is named beside the cue, not in the rest of a long message.
    near = spans if len(spans) <= CANCEL_CLAUSES else cued
    said = frozenset().union(*(word_stems(norm[s:e], lex.code) for s, e in near)) - state.names
    speaker = person(message.author)
    days: set[date] | None = None
    best: tuple[tuple[int, int], ExtractedTask] | None = None
    for rank, task in enumerate(reversed(_open_before(tasks, message, CANCEL_WINDOW))):
        name = naming(task, said)
        about = profile(task)
        involved = message.author in (task.source.author, task.assignee) or bool(
            speaker & (about.context | about.things)  # 'pranzo da nonna Rita'
        )
        strong = name.things + name.verbs > 0 or name.context + name.earlier >= 2
        if strong or (involved and name.named):
            if days is None:
                days = _days_said(text, message, lex.code)
            on_day = task.due is not None and _day(task.due) in days  # 'la pulizia di domani'
            key = (name.score + (3 if involved else 0) + (6 if on_day else 0), -rank)
        elif involved and len(norm) <= TERSE and message.index - task.source.index <= RECENT:
            key = (0, -rank)
        else:
            continue
        if best is None or key > best[0]:
            best = (key, task)
    return None if best is None else close(best[1], "cancelled", message)
