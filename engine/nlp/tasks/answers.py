"""Replies that answer an earlier message instead of adding a task: 'mach ich', 'kar dunga'."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from engine.nlp.lexicon import TaskLexicon
from engine.nlp.tasks.affinity import profile
from engine.nlp.tasks.links import CANCEL_WINDOW, _open_before
from engine.nlp.tasks.model import ChatMessage, ExtractedTask
from engine.nlp.tasks.reply_cues import word_stems
from engine.nlp.tasks.title import keywords, overlap

ACK_WINDOW = timedelta(hours=3)
ACK_MESSAGES = 8
"""A commitment sharing words with a request this recent accepts it."""
ACK_SHARED_WINDOW = timedelta(hours=12)
"""...and one sharing words with a request to its very author, this recent ('vou imprimir
na escola no intervalo' four hours after 'Bia, imprime a autorização')."""
TERSE_TITLE = 3
"""A commitment of at most this many title words ('Take it', 'Kar deta hoon') says little."""
TERSE_REPLY_MESSAGES = 3
"""...and answers a question or request of someone else among the last few messages."""


def _terse(title: str) -> bool:
    return len(title.split()) <= TERSE_TITLE


def acknowledges(
    tasks: list[ExtractedTask],
    message: ChatMessage,
    title: str,
    lex: TaskLexicon,
    dated: bool,
) -> ExtractedTask | None:
    """The open request a commitment answers ('ok I'll measure it tomorrow'), if any.

    A terse promise ('Kar deta hoon') right after a request accepts it even without shared
    words; a dated one ('I'll drop some off Saturday') only when the request was to its author.
    """
    words = keywords(title, lex)
    terse = _terse(title)
    for task in reversed(tasks):
        if task.status != "open" or task.kind == "commitment":
            continue
        if message.index - task.source.index > ACK_MESSAGES:
            break
        age = message.timestamp - task.source.timestamp
        if age > ACK_SHARED_WINDOW:
            break
        if task.source.author == message.author:
            continue
        kin = profile(task).kin  # 'Pa, boleh minta uang?' asks whoever 'Pa' is
        if task.assignee not in (None, message.author) and not kin:
            continue
        near = message.index - task.source.index <= TERSE_REPLY_MESSAGES
        # A dated terse promise answers only a request made to this very person.
        accepts = terse and near and (not dated or task.assignee == message.author)
        shared = overlap(words, task.title, lex)
        if kin and task.assignee not in (None, message.author):
            shared = shared if shared > 1 else 0  # a name alone ('Tiara') is not the work
        if age <= ACK_WINDOW and (accepts or shared):
            return task
        if shared and task.assignee == message.author and _same_action(task, title, lex):
            return task
    return None


def _same_action(task: ExtractedTask, title: str, lex: TaskLexicon) -> bool:
    """Whether a promise names the task's own action ('vou imprimir' for 'imprime a
    autorização'), not just its thing ('send the mockups' after 'go through the mockups')."""
    return not profile(task).verbs.isdisjoint(word_stems(title, lex.code))


def answers_question(
    message: ChatMessage, title: str, history: list[ChatMessage], dated: bool
) -> bool:
    """A terse undated commitment right after someone else's question: the answer."""
    if dated or not _terse(title):
        return False
    for earlier in reversed(history[-TERSE_REPLY_MESSAGES:]):
        if earlier.author == message.author:
            return False
        if message.timestamp - earlier.timestamp > ACK_WINDOW:
            return False
        if earlier.text.rstrip().endswith("?"):
            return True
    return False


def responsible(task: ExtractedTask, author: str | None) -> bool:
    """Whether `author` is the one who must do `task`."""
    if task.assignee is not None:
        return task.assignee == author
    return task.kind == "commitment" and task.source.author == author


def _later(new: date | datetime, old: date | datetime) -> bool:
    """A promise that moves a task pushes it later ('I need two more days')."""
    new_day = new.date() if isinstance(new, datetime) else new
    old_day = old.date() if isinstance(old, datetime) else old
    return new_day > old_day


def reschedules(
    tasks: list[ExtractedTask],
    message: ChatMessage,
    title: str,
    lex: TaskLexicon,
    due: date | datetime,
) -> ExtractedTask | None:
    """The open task of this author that a new dated promise moves ('I'll send it Monday')."""
    words = keywords(title, lex)
    things = frozenset(w for w in words if w not in lex.verb_set)
    for task in reversed(_open_before(tasks, message, CANCEL_WINDOW)):
        if task.due is not None and not _later(due, task.due):
            continue
        if not responsible(task, message.author):
            continue
        own = task.source.author == message.author
        if things:
            # What is acted on must match, not just the verb ('call the engineer' vs 'call
            # Ana'); a different action on the same thing is new work unless it is the
            # author's own promise.
            if not overlap(things, task.title, lex):
                continue
            if not own and overlap(words, task.title, lex) < 2:
                continue
        elif not (own and overlap(words, task.title, lex)):
            continue  # 'Consegno il 18': only the author's own promise with that verb
        task.due = due
        task.rescheduled_by.append(message)
        return task
    return None
