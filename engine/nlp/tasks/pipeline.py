"""Read a whole chat and return its tasks, with completions and reschedules applied."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time

from engine.ingest.content import strip_edited
from engine.nlp.dates import DateMention, find_dates
from engine.nlp.language import chat_language, message_language
from engine.nlp.lexicon import language_codes, normalise, task_lexicon
from engine.nlp.tasks import answers, cancelling, closing, links, roles
from engine.nlp.tasks.assignee import assignee_for, participant_names
from engine.nlp.tasks.attributes import category_of, chat_leaning, priority_of, stress_of
from engine.nlp.tasks.detect import Detection, detect_all
from engine.nlp.tasks.model import ChatMessage, ExtractedTask, Span
from engine.nlp.tasks.title import keywords, make_title

CONTEXT_MESSAGES = 2
"""Earlier messages quoted in a task's description for context."""
HISTORY = 50
"""Earlier messages kept for context and reply-to guesses."""
PROFILE_SAMPLE = 600
"""At most about this many messages set the chat's language and business leaning."""
PRUNE_EVERY = 32
"""Closed and old tasks leave the list that later messages are matched against this often."""


def message_text(message: ChatMessage) -> str:
    """The words to read: edited marker removed; for media, only the caption lines."""
    text = strip_edited(message.text)
    if message.kind == "media":
        _, _, caption = text.partition("\n")
        return caption
    return text


def _dates(text: str, message: ChatMessage, language: str) -> list[DateMention]:
    try:
        return find_dates(text, message.timestamp, language)
    except ValueError:
        return []


def has_clock_time(mentions: list[DateMention]) -> bool:
    """Whether a mention names a time of day in digits ('4pm', 'jam 10', 'alle 21')."""
    return any(
        isinstance(m.value, datetime) and any(c.isdigit() for c in m.text) for m in mentions
    )


def extract_tasks(
    messages: Sequence[ChatMessage], *, languages: Sequence[str], is_group: bool | None = None
) -> list[ExtractedTask]:
    """Every task of a chat in message order; each task's state reflects the whole chat."""
    usable = [m for m in messages if m.author is not None and m.kind in ("text", "media")]
    known = set(language_codes())
    user_languages = [code for code in languages if code.split("-")[0] in known] or ["en"]
    texts = [message_text(m) for m in usable]
    # The chat's language and leaning are profiles: an even sample of a long chat tells them.
    sample = texts[:: max(1, len(texts) // PROFILE_SAMPLE)]
    main = chat_language(sample, user_languages)
    participants = list(dict.fromkeys(m.author for m in usable if m.author))
    group = is_group if is_group is not None else len(participants) > 2
    names = participant_names(participants)
    leaning = chat_leaning(sample, task_lexicon(main))
    state = roles.ChatState.of(participants)
    tasks: list[ExtractedTask] = []
    live: list[ExtractedTask] = []
    history: list[ChatMessage] = []
    unpruned = 0
    for message, text in zip(usable, texts, strict=True):
        if not text.strip():
            history.append(message)
            continue
        language = message_language(text, main, user_languages)
        lex = task_lexicon(language)
        # Dates only matter to a reschedule or a task. A date can only help a clause read as
        # a task, never hinder it, so a message that is no task even granted a date and a
        # time needs no date search (most chat messages).
        granted = detect_all(text, lex, names, True, True)
        maybe_task = bool(granted)
        moves = lex.reschedule.search(normalise(text)) is not None
        mentions = _dates(text, message, language) if maybe_task or moves else []
        # Links only reach back a few weeks: keep the open, recent tasks (linear, not quadratic).
        unpruned += 1
        if unpruned >= PRUNE_EVERY:
            unpruned = 0
            # Until the next pruning at most PRUNE_EVERY of them close (one per message), so
            # the most recent MAX_CANDIDATES + PRUNE_EVERY open ones are all links can reach.
            cutoff = message.timestamp - links.COMPLETION_WINDOW
            live = [t for t in live if t.status == "open" and t.source.timestamp >= cutoff][
                -(links.MAX_CANDIDATES + PRUNE_EVERY) :
            ]

        acted = links.reschedule(live, message, text, lex, mentions)
        if acted is None:
            acted = cancelling.cancel(live, message, text, lex, state)
        closed = None if acted is not None else closing.complete(live, message, text, lex, state)
        if acted is not None or not maybe_task:
            detections = []
        elif mentions and has_clock_time(mentions):
            detections = granted  # the date and time were really there
        else:
            detections = detect_all(text, lex, names, bool(mentions), has_clock_time(mentions))
        for detection in detections:
            task = _make_task(
                message,
                text,
                language,
                detection,
                mentions,
                history,
                participants,
                group,
                leaning,
                live,
            )
            if task is not None and not closing.delivers(task, closed, lex):
                tasks.append(task)
                live.append(task)
        history.append(message)
        if len(history) > HISTORY:
            del history[: len(history) - HISTORY]
    return tasks


def _combined_due(
    pool: list[DateMention], message: ChatMessage, language: str
) -> date | datetime | None:
    """The due of the best mention; a day and a separate clock time of the same message are
    one point ('dopodomani hai il dentista alle 16', 'Kal Rakhi hai, 9 baje tak ready')."""
    if not pool:
        return None
    due = links.due_value(pool[0], message)
    days = [m for m in pool if m.kind == "date" and not m.has_time]
    times = [m for m in pool if m.kind == "time"]
    if len(days) == 1 and len(times) == 1:
        day = days[0].value
        clock = links.due_value(times[0], message)
        if isinstance(clock, datetime) and not isinstance(day, datetime):
            # A bare hour is read against its own day, not the message's: 'kal ... 9 baje'
            # said at 19:47 is 9 in the morning, though 9:00 has passed today.
            start = datetime.combine(day, time(), tzinfo=message.timestamp.tzinfo)
            again = _dates(times[0].text, replace(message, timestamp=start), language)
            if again and isinstance(again[0].value, datetime) and day > message.timestamp.date():
                clock = again[0].value
            return datetime.combine(day, clock.timetz())
    return due


def _make_task(
    message: ChatMessage,
    text: str,
    language: str,
    detection: Detection,
    mentions: list[DateMention],
    history: list[ChatMessage],
    participants: list[str],
    group: bool,
    leaning: float,
    tasks: list[ExtractedTask],
) -> ExtractedTask | None:
    lex = task_lexicon(language)
    # A length of time ('for 2 hours', 'due giorni in più') is no deadline, and
    # 'now', 'abhi', 'agora' make a task urgent but set no due date either.
    now = any(m.value == message.timestamp for m in mentions)
    mentions = [
        m for m in mentions if m.kind != "duration" and m.value != message.timestamp
    ]
    inside = [m for m in mentions if m.start < detection.end and m.end > detection.start]
    # A clause without its own date takes the nearest one ('..., stasera. Davide ci pensi tu?').
    pool = inside or sorted(
        mentions, key=lambda m: detection.start - m.end if m.end <= detection.start
        else m.start - detection.end
    )
    days = [m for m in mentions if m.kind == "date" and not m.has_time]
    if inside and all(m.kind == "time" for m in inside) and len(days) == 1:
        pool = [*inside, *days]  # 'Kal Rakhi hai, sab 9 baje tak ready rehna': that day at 9
    due = _combined_due(pool, message, language)
    spans = [Span(m.start, m.end, "due") for m in mentions]
    title = make_title(
        text,
        detection.start,
        detection.end,
        lex,
        [(m.start, m.end) for m in mentions],
        detection.addressee,
    )
    if len(title) < 3:
        return None
    assignee = assignee_for(detection, message, history, participants, group)
    if detection.kind == "commitment":
        answered = answers.acknowledges(tasks, message, title, lex, bool(pool))
        if answered is not None:
            if answered.due is None and pool:
                answered.due = due
            return None
        if answers.answers_question(message, title, history, bool(pool)):
            return None
        if due is not None and answers.reschedules(tasks, message, title, lex, due):
            return None
    # A reminder restates an open task however long ago it was set ('Reminder: hygiene
    # refresher by tomorrow!!'); a fresh ask is only a repeat within days.
    window = links.COMPLETION_WINDOW if detection.kind == "reminder" else links.REPEAT_WINDOW
    if links.repeat_of(tasks, message, title, assignee, lex, window) is not None:
        return None
    context = [m for m in history[-CONTEXT_MESSAGES:] if m.author]
    description = "\n".join(
        [*(f"{m.author}: {message_text(m)}" for m in context), f"{message.author}: {text}"]
    )
    task = ExtractedTask(
        source=message,
        kind=detection.kind,
        title=title,
        description=description,
        assignee=assignee,
        due=due,
        priority=priority_of(
            text, lex, message.timestamp, message.timestamp if now and due is None else due
        ),
        category=category_of(text, lex, leaning),
        language=language,
        confidence=round(detection.score, 2),
        stress=stress_of(text, lex),
        spans=spans,
        keywords=keywords(title, lex),
    )
    task.depends_on = links.depends_on(tasks, message, text, lex)
    return task
