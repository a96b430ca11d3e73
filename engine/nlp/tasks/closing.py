"""Later messages that report earlier tasks done: which open task a 'done', a report or a
receipt answers, judged by who speaks, what it names and how recent the task is."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from engine.nlp.lexicon import TaskLexicon, normalise
from engine.nlp.tasks.affinity import Naming, naming, profile, source_text, verb_stems
from engine.nlp.tasks.links import COMPLETION_WINDOW, _open_before
from engine.nlp.tasks.model import ChatMessage, ExtractedTask
from engine.nlp.tasks.replies import DONE, NONE, PLAIN, REPORT, Reading, read_reply
from engine.nlp.tasks.reply_cues import reply_cues, word_stems
from engine.nlp.tasks.roles import (
    ChatState,
    close,
    doer,
    everyone_done,
    me_too,
    person,
    receiver,
)

WORK_TAKES = timedelta(minutes=15)
"""A report without a cue sooner than this after the task reacts to it; it cannot report it."""
RECENT_MESSAGES = 12
"""A bare 'done' answers an ask of anyone at most this many messages old."""
RECEIPT_MESSAGES = 6
"""A bare 'got it' answers a task asked at most this many messages before."""
_COUNTED = re.compile(r"(?<![\d.,:/])(\d{1,4})\s*([^\W\d_]{3,})")


def names(task: ExtractedTask, name: Naming, level: int, people: frozenset[str]) -> bool:
    """Whether the message names the task: a thing of its title, or, for a title that only
    says 'it' or whom ('Drop them', 'Babysit Tyler'), the words of its message or its verb."""
    if name.things:
        return level > PLAIN or name.nouns > 0
    if not profile(task).things - people:
        return bool(name.context or name.earlier or (name.verbs and level >= REPORT))
    return name.context >= 2


def _eligible(
    task: ExtractedTask, message: ChatMessage, reading: Reading, name: Naming, state: ChatState
) -> int | None:
    """How fit `message`'s author is to close `task` with this reading, or None if unfit."""
    author = message.author
    fit = doer(task, author)
    if reading.level == PLAIN:
        # A statement without a cue reports the work only from its doer, naming its thing.
        late = message.timestamp - task.source.timestamp >= WORK_TAKES
        return fit if fit >= 2 and late else None
    if fit >= 1:
        return fit
    asker = receiver(task, author, state)
    if asker and (reading.thanks or reading.receipt):
        return 2
    strong = name.things > 0 or name.context + name.earlier > 1
    if asker and reading.level == DONE and strong and _addresses(reading, author, state):
        return 1  # the asker says it is done: 'Divano in strada ✅ grazie Giorgio'
    if (name.things > 1 or name.nouns > 0) and reading.level == DONE:
        return 0 if task.source.author != author else None  # 'Carnet signé' from another
    return None


def _named_task(
    message: ChatMessage, reading: Reading, state: ChatState, answering: bool = False
) -> ExtractedTask | None:
    """The open task the message names ('Quote attached', 'Lasagna is in your fridge'); a report
    that names nothing else names by its verb ('gave it to him' for 'give it to Mr Kim')."""
    said = reading.said - state.names
    held = reading.held - state.names
    bare = reading.level >= REPORT and not _said_things(reading, state)
    best: tuple[tuple[bool, int, int, int], ExtractedTask] | None = None
    plain = reading.level == PLAIN
    for rank, task in enumerate(state.named_by(said, message)):
        about = profile(task)
        if plain and doer(task, message.author, about) < 2:
            continue  # a bare statement reports only its doer's work (checked cheaply first)
        if answering and task.source.index != message.index - 1:
            continue
        name = naming(task, said, about)
        fit = _eligible(task, message, reading, name, state)
        if fit is None:
            continue
        # 'Anbei unterschrieben ✅' from the doer may name the task by its message alone,
        # when it names nothing else ('Druckdateien sind fertig und raus an die Druckerei').
        own = reading.level == DONE and fit == 3 and name.context > 0 and _within(reading, task)
        if not (names(task, name, reading.level, state.names) or (bare and name.verbs) or own):
            continue
        if _counts_differ(message.text, source_text(task)):
            continue  # '50 box Bu Dewi udah dikirim' is not 'kirim 40 box ke kantor BNI'
        kept = naming(task, held)
        if names(task, kept, DONE, state.names) and kept.score > name.score:
            continue  # 'doing the stickers now', 'no pickup on Wednesday'
        if fit < 3 and not (name.things or name.verbs):
            # Someone else naming only the words around a task ('c'era un gatto nel cortile')
            # reports it only with two of them (one with a clear 'done'), once it was due.
            enough = _enough(task, message, reading, fit)
            if name.context + name.earlier < enough or not _due_reached(task, message):
                continue
        key = (fit > 0, name.score, fit, -rank)  # the doer's task wins over one merely named
        if best is None or key > best[0]:
            best = (key, task)
    return None if best is None else best[1]


def _counts_differ(said: str, asked: str) -> bool:
    """Whether a report counts a thing differently from the task ('50 box' vs '40 box')."""
    if not any(c.isdigit() for c in said):
        return False
    counted: dict[str, set[str]] = {}
    for number, word in _COUNTED.findall(asked.lower()):
        counted.setdefault(word[:4], set()).add(number)
    return any(
        word[:4] in counted and number not in counted[word[:4]]
        for number, word in _COUNTED.findall(said.lower())
    )


def _within(reading: Reading, task: ExtractedTask) -> bool:
    """Whether everything a report names belongs to the task's own message."""
    about = profile(task)
    return {w[:4] for w in reading.content} <= about.context | about.things | about.earlier


def _addresses(reading: Reading, author: str | None, state: ChatState) -> bool:
    """Whether a report thanks or names someone else ('grazie Giorgio'): the asker telling
    who did the work, not reporting their own."""
    return reading.thanks or bool(reading.said & (state.names - person(author)))


def _enough(task: ExtractedTask, message: ChatMessage, reading: Reading, fit: int) -> int:
    """How many words around a task someone other than its doer must name: one with a clear
    'done' ('Token udah diisi ✅'), or from the asker thanking for it or saying everyone has
    done it ('Wifi udah lunas semua'); else two."""
    asker = task.source.author == message.author
    if asker and (reading.thanks or (reading.everyone and profile(task).everyone)):
        return 1
    return 1 if reading.level == DONE and fit >= 2 else 2


def _said_things(reading: Reading, state: ChatState) -> bool:
    """Whether a report names things besides its cues and people ('maquininha')."""
    return any(w[:4] not in state.names for w in reading.content)


def _due_reached(task: ExtractedTask, message: ChatMessage) -> bool:
    """Whether the task's due day (and time) has come by the message."""
    due = task.due
    if due is None:
        return True
    if isinstance(due, datetime):
        return message.timestamp >= due
    return message.timestamp.date() >= due


def _likeliest(
    open_tasks: list[ExtractedTask], message: ChatMessage, reading: Reading, state: ChatState,
    code: str, before: frozenset[str],
) -> ExtractedTask | None:
    """The task a bare 'done' closes: the one the message before talked about, else the
    author's own, most recent first, whose verb does not clash with the one said ('sent you
    $40' is not 'drive me to my appointment'). 'Mensola montata' names other work, unless it
    says the very action ('ordered on Ocado' for 'order more toilet roll')."""
    cues = reply_cues(code)
    other = any(w[:4] not in state.names for w in reading.named)
    said_verbs = verb_stems(reading.done - state.names, code) - cues.vague
    held = reading.held - state.names
    before = before - state.names
    latest = True
    best: tuple[tuple[bool, int, int], ExtractedTask] | None = None
    for rank, task in enumerate(reversed(open_tasks)):
        fit = doer(task, message.author)
        about = profile(task)
        if fit == 1 and reading.everyone and about.everyone:
            fit = 2  # the asker: 'Jetzt ist alles da, Strom ist bezahlt'
        if fit < 2 or names(task, naming(task, held), DONE, state.names):
            continue  # someone else's, or 'done with the bins, still doing the stickers'
        if reading.asks and message.timestamp - task.source.timestamp < WORK_TAKES:
            continue  # 'Done, invite bhej do': agreed, and a new ask
        if _counts_differ(message.text, source_text(task)):
            continue
        same = bool(said_verbs & about.verbs) or (about.money and bool(reading.done & cues.money))
        # ...unless it points back at the doer's latest task ('ya la he bajado' for 'saca la
        # basura').
        points = reading.refers and latest and fit == 3 and not other
        latest = latest and fit != 3
        if not same and (said_verbs or other) and not points:
            continue
        cue = naming(task, before).named  # 'Faltam Léo e Pedro no pix da luz' -> 'feito'
        if fit == 2 and not cue and message.index - task.source.index > RECENT_MESSAGES:
            continue  # an old ask of anyone is not what a bare 'done' answers
        if best is None or (cue, fit, -rank) > best[0]:
            best = ((cue, fit, -rank), task)
    return None if best is None else best[1]


def _received(
    open_tasks: list[ExtractedTask], message: ChatMessage, state: ChatState, code: str
) -> ExtractedTask | None:
    """The task a bare 'got it' answers: the latest one the author asked for (or was asked to
    check), unless it only acknowledges a report just made."""
    receipt = reply_cues(code).receipt
    for task in reversed(open_tasks):
        if message.index - task.source.index > RECEIPT_MESSAGES:
            break
        if task.source.index < state.last_closed:
            break
        if receiver(task, message.author, state):
            return task
        late = message.timestamp - task.source.timestamp >= WORK_TAKES
        checks = receipt.search(normalise(task.title)) is not None
        if late and checks and doer(task, message.author) >= 2:
            return task  # 'Yes got it!' to 'can you check it arrived?'; soon after, it accepts
    return None


def _may_report(text: str, lex: TaskLexicon, state: ChatState) -> bool:
    """Cheaply, whether a message can report work: it names an open task's word, or has a
    cue that reports without naming ('done ✅', 'got it', 'here you go', 'me too')."""
    if not state.by_stem.keys().isdisjoint(word_stems(text, lex.code) - state.names):
        return True
    norm = normalise(text)
    cues = reply_cues(lex.code)
    return bool(
        lex.completion.search(norm) or lex.delivery.search(norm) or cues.receipt.search(norm)
        or cues.me_too.match(norm.strip())
    )


def complete(
    tasks: list[ExtractedTask],
    message: ChatMessage,
    text: str,
    lex: TaskLexicon,
    state: ChatState,
) -> ExtractedTask | None:
    """Mark as done the open task this message reports; the task, or None."""
    author, heard = state.heard
    state.heard = (message.author, text)
    if not tasks:
        return None
    state.index(tasks)
    if not _may_report(text, lex, state):
        return None
    reading = read_reply(text, lex.code)
    if reading.me_too:
        return me_too(message, reading, state)
    if reading.level == NONE:
        return None
    # A statement right after someone's question answers it ('tá no depósito' to 'alguém viu
    # minha garrafinha?'); it reports only the task that question asked for.
    answering = reading.level == PLAIN and author != message.author and "?" in heard
    task = _named_task(message, reading, state, answering)
    needs_all = task is None and (reading.level == DONE or reading.receipt)
    open_tasks = _open_before(tasks, message, COMPLETION_WINDOW) if needs_all else []
    if task is None and reading.level == DONE:
        before = word_stems(heard, lex.code) if author != message.author else frozenset()
        task = _likeliest(open_tasks, message, reading, state, lex.code, before)
    if task is None and reading.receipt and not _said_things(reading, state):
        task = _received(open_tasks, message, state, lex.code)
    if task is None:
        return None
    state.last_closed = message.index
    if profile(task).everyone:
        return everyone_done(task, message, reading, state)
    return close(task, "done", message)


def delivers(task: ExtractedTask, closed: ExtractedTask | None, lex: TaskLexicon) -> bool:
    """Whether a promise in a message that just closed `closed` is that very delivery ('te
    mando la cotización 👇' closes 'mándame una cotización'), not new work."""
    if closed is None or task.kind != "commitment":
        return False
    return naming(closed, word_stems(task.title, lex.code)).named
