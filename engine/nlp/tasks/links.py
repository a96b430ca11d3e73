"""Later messages acting on earlier tasks: completions, cancellations, reschedules, repeats."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from engine.nlp.dates import DateMention
from engine.nlp.lexicon import TaskLexicon, normalise
from engine.nlp.tasks.model import ChatMessage, ExtractedTask, Status
from engine.nlp.tasks.title import keywords, overlap, shares, stems_of

COMPLETION_WINDOW = timedelta(days=21)
CANCEL_WINDOW = timedelta(days=10)
REPEAT_WINDOW = timedelta(days=4)
SHORT_MESSAGE = 90
MAX_CANDIDATES = 40
"""A later message is only matched against this many of the most recent open tasks."""
TERSE_MESSAGE = 40
RECENT_MESSAGES = 12


def _open_before(
    tasks: list[ExtractedTask], message: ChatMessage, window: timedelta
) -> list[ExtractedTask]:
    """The most recent open tasks before `message` within `window`, oldest first."""
    found: list[ExtractedTask] = []
    cutoff = message.timestamp - window
    index = message.index
    for task in reversed(tasks):
        if task.source.timestamp < cutoff:
            break
        if task.status == "open" and task.source.index < index:
            found.append(task)
            if len(found) >= MAX_CANDIDATES:
                break
    found.reverse()
    return found


def _responsibility(task: ExtractedTask, author: str | None) -> int:
    if task.assignee is not None and task.assignee == author:
        return 3
    if task.kind == "commitment" and task.source.author == author:
        return 3
    if task.assignee is None and task.source.author != author:
        return 2
    if task.assignee is None:
        return 1
    return -2


def _best(
    candidates: list[ExtractedTask],
    message: ChatMessage,
    text: str,
    minimum: int,
    lex: TaskLexicon | None = None,
) -> ExtractedTask | None:
    best: ExtractedTask | None = None
    best_score = (minimum - 1, 0)
    for rank, task in enumerate(sorted(candidates, key=lambda t: t.source.index, reverse=True)):
        shared = overlap(task.keywords, text, lex)
        score = _responsibility(task, message.author) + 2 * shared + (1 if rank == 0 else 0)
        # On a tie the task the message names wins over the more recent one.
        if (score, shared) > best_score:
            best, best_score = task, (score, shared)
    return best


_FIRST_SENTENCE = re.compile(r"([^?\n]+?[.!])(?:\s|$)")
WEAK = -1
"""Strength of a short cue-less reply: a report only if it names the task and comes later."""
WORK_TAKES = timedelta(minutes=15)
"""A cue-less reply sooner than this after the task reacts to it; it cannot report it done."""


def completion_strength(text: str, lex: TaskLexicon) -> int:
    """2: says it is done ('done ✅', 'sent it'); 1: reports or hands over ('took it out',
    'here you go'); 0: neither. Questions and new requests are 0."""
    norm = normalise(text).strip()
    if lex.completion_start.match(norm):
        return 2
    if "?" in norm or lex.request_questions.match(norm) or lex.commitment.search(norm):
        # A report before a new ask ('Engineer booked, he comes at 8. Dev, can you open?')
        # still closes its task: judge the first sentence on its own.
        head = _FIRST_SENTENCE.match(norm)
        if head is None or len(head.group(1)) >= len(norm.rstrip(" .!")):
            return 0
        return max(0, completion_strength(head.group(1), lex))
    if len(norm) <= TERSE_MESSAGE and lex.completion.search(norm):
        return 2
    if lex.completion.search(norm) or lex.past.search(norm) or lex.delivery.search(norm):
        return 1
    if lex.thanks_for.search(norm):
        return 1
    # A short reply without a cue ('float counted', 'define tidy') may be a report: only a
    # later one that names the task counts (see `complete`).
    return WEAK if len(norm) <= TERSE_MESSAGE else 0


def complete(
    tasks: list[ExtractedTask], message: ChatMessage, text: str, lex: TaskLexicon
) -> ExtractedTask | None:
    """Mark the open task this message reports as done; the task, or None.

    A plain 'done' closes the most likely task of its author; a report ('took the chicken
    out', 'quote attached') must also share a word with the task.
    """
    if not tasks:
        return None
    strength = completion_strength(text, lex)
    if strength == 0:
        return None
    # Reports must name the task: compare stems once, and drop tasks too recent to be done.
    stems = None if strength == 2 else stems_of(text, lex)
    if stems is not None and not stems:
        return None
    open_tasks = _open_before(tasks, message, COMPLETION_WINDOW)
    thanks = lex.thanks_for.search(normalise(text)) is not None
    latest = message.timestamp - WORK_TAKES
    candidates = [
        task for task in open_tasks
        if (strength != WEAK or task.source.timestamp <= latest)
        and (
            _responsibility(task, message.author) >= 2
            or (thanks and task.source.author == message.author)
        )
        and (stems is None or shares(task.keywords, stems))
    ]  # fmt: skip
    if strength == 2 and candidates and _names_other_work(text, candidates, lex):
        return None
    return _close(_best(candidates, message, text, minimum=2, lex=lex), "done", message)


def _names_other_work(text: str, candidates: list[ExtractedTask], lex: TaskLexicon) -> bool:
    """'Mensola montata ✅', 'Oma ist abgeholt': a report that names what was done, and it is
    none of the open tasks. A bare 'done ✅' or 'paid' names nothing and closes the likeliest."""
    norm = normalise(text)
    for cues in (lex.completion, lex.past, lex.delivery, lex.thanks_for):
        norm = cues.sub(" ", norm)
    named = keywords(norm, lex)
    if not named:
        return False
    return not any(overlap(task.keywords, text, lex) for task in candidates)


def _close(
    task: ExtractedTask | None, status: Status, message: ChatMessage
) -> ExtractedTask | None:
    if task is not None:
        task.status = status
        task.completed_by = message
    return task


def cancel(
    tasks: list[ExtractedTask], message: ChatMessage, text: str, lex: TaskLexicon
) -> ExtractedTask | None:
    """Close as cancelled the open task this message calls off."""
    norm = normalise(text)
    if not (lex.cancellation.search(norm) or lex.negations.match(norm)):
        return None
    candidates = [
        task for task in _open_before(tasks, message, CANCEL_WINDOW)
        if overlap(task.keywords, text, lex) or task.source.author == message.author
        or task.assignee == message.author
    ]  # fmt: skip
    return _close(_best(candidates, message, text, minimum=1, lex=lex), "cancelled", message)


def reschedule(
    tasks: list[ExtractedTask],
    message: ChatMessage,
    text: str,
    lex: TaskLexicon,
    mentions: list[DateMention],
) -> ExtractedTask | None:
    """Move the due date of the task this message reschedules ('move it to Thursday')."""
    if not mentions or not lex.reschedule.search(normalise(text)):
        return None
    candidates = [t for t in _open_before(tasks, message, CANCEL_WINDOW) if t.due is not None]
    related = [t for t in candidates if overlap(t.keywords, text, lex)]
    if not related:
        # 'move it to Thursday': only the task just being talked about.
        recent = [t for t in candidates if message.index - t.source.index <= RECENT_MESSAGES]
        if not recent or len(text) > SHORT_MESSAGE:
            return None
        related = recent[-1:]
    task = max(related, key=lambda t: (overlap(t.keywords, text, lex), t.source.index))
    task.due = due_value(mentions[0], message)
    task.rescheduled_by.append(message)
    return task


def repeat_of(
    tasks: list[ExtractedTask],
    message: ChatMessage,
    title: str,
    assignee: str | None,
    lex: TaskLexicon,
    window: timedelta = REPEAT_WINDOW,
) -> ExtractedTask | None:
    """An open task this new one repeats (asked again), so it is not suggested twice."""
    words = keywords(title, lex)
    # A repeat shares what is acted on, not just the verb ('send it' is not 'send the invoice').
    things = frozenset(w for w in words if w not in lex.verb_set)
    if not words or not things:
        return None
    for task in reversed(_open_before(tasks, message, window)):
        if not overlap(things, task.title, lex):
            continue
        if assignee is not None and task.assignee is not None and task.assignee != assignee:
            continue
        shared = overlap(words, task.title, lex)
        if shared >= max(1, (len(words) * 6 + 9) // 10):
            return task
    return None


def depends_on(
    tasks: list[ExtractedTask], message: ChatMessage, text: str, lex: TaskLexicon
) -> ExtractedTask | None:
    """The earlier task a 'after you get the keys, call the plumber' message waits on."""
    norm = normalise(text)
    found = lex.dependency.match(norm)
    if not found:
        return None
    condition = norm[found.end() : found.end() + 60].split(",")[0]
    best = None
    for task in _open_before(tasks, message, COMPLETION_WINDOW):
        if overlap(task.keywords, condition, lex):
            best = task
    return best


def due_value(mention: DateMention, message: ChatMessage) -> date | datetime:
    """A mention's value in the message's own zone."""
    value = mention.value
    if mention.mod == "before" and mention.end_value is not None and mention.kind == "range":
        # 'within 3 days' runs from now: its end is the deadline; 'by next week' is that
        # week's Monday (the labelling convention).
        start = value.date() if isinstance(value, datetime) else value
        if start <= message.timestamp.date():
            value = mention.end_value
    if isinstance(value, datetime) and message.timestamp.tzinfo is not None:
        return value.astimezone(message.timestamp.tzinfo)
    return value
