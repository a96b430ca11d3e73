"""Read one clause: split a message into clauses, and say whether a clause asks, promises,
obliges, reminds or sets an appointment (rules over per-language cues)."""

from __future__ import annotations

import re
from functools import lru_cache

from engine.nlp.lexicon import TaskLexicon, normalise
from engine.nlp.tasks.model import TaskKind

_CLAUSE_SPLIT = re.compile(
    r"(?<=[!?;])\s+|(?<=\D\.)\s+|(?<=\d\.)\s+(?![a-zß-ÿ])|\n+|\s*,\s+|\s+[-–]\s+"
    r"|(?<=[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f])\s+(?=[^\W\d_])"
)


def clauses(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences/clauses of a message."""
    return list(_spans(text))


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """`clauses`, remembered: several readers split the same message."""
    spans = []
    position = 0
    for found in _CLAUSE_SPLIT.finditer(text):
        if found.start() > position:
            spans.append((position, found.start()))
        position = found.end()
    if position < len(text):
        spans.append((position, len(text)))
    return tuple((s, e) for s, e in spans if text[s:e].strip())


def has_verb(text: str, lex: TaskLexicon) -> bool:
    return lex.verbs.search(text) is not None


_CONTENT = re.compile(r"[^\W_]")
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def _first_word_is_verb(text: str, lex: TaskLexicon) -> bool:
    """An imperative: a verb first, followed by something to act on, and not a 'Label:'."""
    found = lex.verbs.match(text)
    if found is None:
        return False
    rest = text[found.end():]
    if rest.startswith(":"):
        return False
    # 'Call me', 'Chiamalo': the object is part of the matched verb form.
    return _CONTENT.search(rest) is not None or lex.pronouns.search(found.group(0)) is not None


def score_clause(
    raw: str, lex: TaskLexicon, has_date: bool, has_time: bool = False
) -> tuple[TaskKind, float, str] | None:
    """(kind, score, subject) for one normalised clause without its vocative, or None.

    `has_time`: the message names a clock time ('4pm', 'alle 21'); an appointment noun
    alone ('great call today', 'terça tem dentista') is news, not something to attend.
    """
    text = raw.strip(" .,!?:;-\"'")
    if not text or normalise(text) in lex.chatter or lex.farewells.match(text):
        return None
    question = raw.rstrip().endswith("?")
    if lex.hypothetical.search(text) or lex.sarcasm.search(text) or lex.negations.search(text):
        return None
    if lex.permission.match(text) and not lex.request_questions.match(text):
        return None
    if lex.completion_start.match(text) and not lex.request_questions.match(text):
        return None
    bonus = 0.1 if has_date else 0.0
    if lex.request_questions.match(text):
        if lex.request_exclusions.search(text[:40]):
            return None
        subject = "someone" if lex.someone.search(text[:25]) else "you"
        if lex.we.search(text[:30]):
            subject = "we"
        verb = has_verb(text, lex)
        asked = lex.request_questions.match(text)
        rest = text[asked.end() :] if asked else text
        if not verb and not question and len(CONTENT_WORD.findall(rest)) < 2:
            return None  # 'Bisa kak', 'Can do': an answer, not an ask
        return "request", (0.8 if verb else 0.6) + bonus, subject
    if lex.reminder.match(text) or (lex.reminder.search(text[:30]) and has_date):
        return "reminder", 0.8 + bonus, "someone" if lex.someone.search(text) else "you"
    commitment = lex.commitment.match(text)
    if commitment and normalise(text) in lex.commitment_only:
        return None  # 'will do', 'on it': an answer to a request, not a task of its own
    if commitment:
        after = text[commitment.end() :].lstrip()
        if lex.stative.match(after) and not has_verb(after[:20], lex):
            return None
        # Tense shows right after the cue ("je t'ai envoyé"); a participle later on is part
        # of what is promised ("I'll get the car fixed", 'a Tesco order to be delivered').
        if question or (lex.past.search(" ".join(after.split()[:2])) and not has_date):
            return None
        # The cue may carry the verb itself ("I'll handle", "ich kümmere mich").
        if has_verb(after, lex) or has_verb(commitment.group(0), lex):
            return "commitment", 0.8 + bonus, "author"
        # A short opener ('je te', "je m'") may hide a longer promise ('je te montre').
    anywhere = lex.commitment_anywhere.search(text)
    if anywhere and not question and not (lex.past.search(text) and not has_date):
        after = text[anywhere.end() :].lstrip()
        others = CONTENT_WORD.findall(text[: anywhere.start()] + after)
        stative = lex.stative.match(after) and not has_verb(after[:20], lex)
        if others and not stative and has_verb(text, lex):
            return "commitment", 0.75 + bonus, "author"
    if lex.self_obligation.match(text) and has_verb(text, lex) and not lex.past.search(text):
        return "obligation", 0.7 + bonus, "we" if lex.we.match(text) else "author"
    if (_first_word_is_verb(text, lex) or lex.imperative_endings.search(text)) and not question:
        if lex.past.search(text) and not has_date:
            return None
        return "request", 0.75 + bonus, "someone" if lex.someone.search(text) else "you"
    if lex.request_openers.search(text) and has_verb(text, lex):
        if lex.past.search(text) and not has_date:
            return None
        subject = "someone" if lex.someone.search(text) else "you"
        return "request", 0.7 + bonus, subject
    if lex.obligation.search(text) and has_verb(text, lex) and not question:
        if lex.past.search(text):
            return None
        if lex.someone.search(text):
            return "obligation", 0.65 + bonus, "someone"
        if lex.you.search(text):
            return "obligation", 0.65 + bonus, "you"
        return "obligation", 0.55 + bonus, "someone"
    if has_time and lex.appointment.search(text) and not question and not lex.past.search(text):
        return "appointment", 0.55 + bonus, "someone"
    if lex.fact_questions.match(text):
        return None
    return None


_WORD_START = re.compile(r"(?<=\s)\S")


def after_condition(
    text: str, lex: TaskLexicon, has_date: bool, has_time: bool
) -> tuple[TaskKind, float, str] | None:
    """The promise or ask after a leading condition said without a comma ('once Josh has
    booked the cottage I'll do a Tesco order'): the clause read from where a cue starts."""
    cue = lex.dependency.match(text)
    if cue is None:
        return None
    for found in _WORD_START.finditer(text, cue.end() + 1):
        rest = text[found.start() :]
        if not (
            lex.commitment.match(rest)
            or lex.request_questions.match(rest)
            or lex.you_subject.match(rest)
        ):
            continue
        scored = score_clause(rest, lex, has_date, has_time)
        if scored is not None and scored[0] in ("commitment", "request"):
            return scored[0], scored[1] - 0.05, scored[2]
    return None
