"""Later messages acting on earlier tasks: reschedules, repeats and dependencies; and the
window of open tasks they are matched against (completions: closing.py, cancellations:
cancelling.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from engine.nlp.dates import DateMention
from engine.nlp.lexicon import TaskLexicon, normalise
from engine.nlp.tasks.affinity import naming
from engine.nlp.tasks.detect import clauses
from engine.nlp.tasks.model import ChatMessage, ExtractedTask
from engine.nlp.tasks.reply_cues import date_words, reply_cues, word_stems
from engine.nlp.tasks.title import keywords, overlap

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


def reschedule(
    tasks: list[ExtractedTask],
    message: ChatMessage,
    text: str,
    lex: TaskLexicon,
    mentions: list[DateMention],
) -> ExtractedTask | None:
    """Move the due date of the task this message reschedules ('move it to Thursday')."""
    cue = lex.reschedule.search(normalise(text)) if mentions else None
    if cue is None:
        return None
    candidates = [t for t in _open_before(tasks, message, CANCEL_WINDOW) if t.due is not None]
    said = word_stems(text, lex.code)

    def named(task: ExtractedTask) -> int:
        named_people = (task.assignee, task.source.author)
        people = {p.lower()[:4] for n in named_people if n for p in n.split()}
        return naming(task, said - people).context

    # Named by its title, or by its message ('nasi kotaknya minta dimajuin' for 'disiapin ya').
    related = [t for t in candidates if overlap(t.keywords, text, lex) or named(t) > 1]
    if not related:
        # 'move it to Thursday': only the task just being talked about, and only when the
        # message names no other thing ('landlord moved the inspection to Friday 18th').
        recent = [t for t in candidates if message.index - t.source.index <= RECENT_MESSAGES]
        if not recent or len(text) > SHORT_MESSAGE or _names_other(text, cue.start(), lex):
            return None
        related = recent[-1:]
    task = max(related, key=lambda t: (overlap(t.keywords, text, lex), named(t), t.source.index))
    task.due = _moved_to(text, cue.start(), mentions, lex, message, task.due)
    task.rescheduled_by.append(message)
    return task


def _names_other(text: str, at: int, lex: TaskLexicon) -> bool:
    """Whether the clause of a reschedule cue names something ('the inspection')."""
    norm = normalise(text)
    for start, end in clauses(norm):
        if start <= at < end:
            named = keywords(lex.reschedule.sub(" ", norm[start:end]), lex)
            nothing = reply_cues(lex.code).names_nothing
            return any(w not in nothing for w in named)
    return False


def _moved_to(
    text: str,
    cue: int,
    mentions: list[DateMention],
    lex: TaskLexicon,
    message: ChatMessage,
    old: date | datetime | None,
) -> date | datetime:
    """The new due of a reschedule: the date said with the cue ('move it to Thursday', in
    Hinglish before it: 'Sunday 11 baje shift kar rahe hain'), the end of a 'from .. to ..'
    range, a day and a separate clock time joined, a bare time on the task's own day."""
    usable = [m for m in mentions if m.kind != "duration"] or mentions
    after = [m for m in usable if m.end > cue]
    before = [m for m in usable if m.end <= cue][::-1]
    joins = date_words(lex.code, "to")
    said_to = [m for m in after if normalise(text[max(0, m.start - 12) : m.start]).split()[-1:]
               and normalise(text[max(0, m.start - 12) : m.start]).split()[-1] in joins]
    # 'dann reicht der Käsekuchen bis Samstag 18 Uhr': a deadline said outright wins.
    deadlines = [m for m in usable if m.mod == "before"][-1:]
    ordered = deadlines + said_to + (before + after if lex.verb_final else after + before)
    target = ordered[0]
    froms = date_words(lex.code, "from")
    if target.kind == "range" and target.end_value is not None:
        first = normalise(target.text).split()[:1]
        if first and first[0] in froms:
            target = replace(target, value=target.end_value)  # 'from Thursday to Tuesday 4:30'
    due = due_value(target, message)
    others = [due_value(m, message) for m in usable if m is not target]
    if target.kind == "time" and isinstance(due, datetime):
        days = [d for d in others if not isinstance(d, datetime)]
        day = days[0] if days else (old.date() if isinstance(old, datetime) else old)
        return datetime.combine(day, due.timetz()) if day is not None else due
    if not isinstance(due, datetime):
        clocks = [m for m in usable if m is not target and m.kind == "time"]
        if clocks:
            clock = due_value(clocks[0], message)
            if isinstance(clock, datetime):
                return datetime.combine(due, clock.timetz())
    return due


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
