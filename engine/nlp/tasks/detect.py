"""Decide whether one message carries a task, and what kind: rules over per-language cues."""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.nlp.lexicon import TaskLexicon, normalise
from engine.nlp.tasks.model import TaskKind

THRESHOLD = 0.6
"""Score from which a clause is suggested as a task; chosen for precision over recall."""

_CLAUSE_SPLIT = re.compile(
    r"(?<=[!?;])\s+|(?<=\D\.)\s+|(?<=\d\.)\s+(?![a-zß-ÿ])|\n+|\s*,\s+|\s+[-–]\s+"
    r"|(?<=[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f])\s+(?=[^\W\d_])"
)
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_LEADING_NAME = re.compile(r"@?([^\W\d_][\w.'-]*)(?:\s+([^\W\d_][\w.'-]*))?[\s,:!]*")
_TRAILING_NAME = re.compile(r",\s*@?([^\W\d_][\w.'-]*)\s*[?!.]*\s*$")
_MENTION = re.compile(r"@([^\W\d_][\w.'-]*)")


@dataclass(frozen=True, slots=True)
class Detection:
    """Why a clause reads as a task."""

    kind: TaskKind
    score: float
    start: int
    end: int
    """Clause offsets in the original text."""
    subject: str
    """'author', 'you', 'someone', 'we' or 'name' (see `addressee`)."""
    addressee: str | None = None
    """A participant named in a vocative or @mention."""


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    text: str
    """Normalised clause text with any leading vocative removed."""
    addressee: str | None


def clauses(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences/clauses of a message."""
    spans = []
    position = 0
    for found in _CLAUSE_SPLIT.finditer(text):
        if found.start() > position:
            spans.append((position, found.start()))
        position = found.end()
    if position < len(text):
        spans.append((position, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _vocative(clause: str, names: dict[str, str], lex: TaskLexicon) -> tuple[str, str | None]:
    """Strip a leading '@Ana', 'Ana,' or 'Ana dear' and say who was addressed."""
    text = clause.lstrip(" -*•>")
    found = _LEADING_NAME.match(text)
    if not found:
        return text, None
    first = found.group(1).lower()
    full = f"{first} {found.group(2).lower()}" if found.group(2) else None
    who = None
    cut = 0
    if full and full in names:
        who, cut = names[full], found.end()
    elif first in names:
        who = names[first]
        cut = found.start(2) if found.group(2) else found.end()
    if who is None:
        return text, None
    rest = text[cut:].lstrip(" ,:!")
    rest = lex.fillers.sub("", rest[:12], count=1) + rest[12:] if lex.fillers.match(rest) else rest
    return rest.lstrip(" ,:!"), who


def _trailing_vocative(clause: str, names: dict[str, str]) -> str | None:
    found = _TRAILING_NAME.search(clause) if "," in clause else None
    if found and found.group(1).lower() in names:
        return names[found.group(1).lower()]
    mention = _MENTION.search(clause) if "@" in clause else None
    if mention and mention.group(1).lower() in names:
        return names[mention.group(1).lower()]
    return None


def _has_verb(text: str, lex: TaskLexicon) -> bool:
    return lex.verbs.search(text) is not None


_CONTENT = re.compile(r"[^\W_]")
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


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
        verb = _has_verb(text, lex)
        asked = lex.request_questions.match(text)
        rest = text[asked.end() :] if asked else text
        if not verb and not question and len(_CONTENT_WORD.findall(rest)) < 2:
            return None  # 'Bisa kak', 'Can do': an answer, not an ask
        return "request", (0.8 if verb else 0.6) + bonus, subject
    if lex.reminder.match(text) or (lex.reminder.search(text[:30]) and has_date):
        return "reminder", 0.8 + bonus, "someone" if lex.someone.search(text) else "you"
    commitment = lex.commitment.match(text)
    if commitment and normalise(text) in lex.commitment_only:
        return None  # 'will do', 'on it': an answer to a request, not a task of its own
    if commitment:
        after = text[commitment.end() :].lstrip()
        if lex.stative.match(after) and not _has_verb(after[:20], lex):
            return None
        if question or (lex.past.search(after) and not has_date):
            return None
        # The cue may carry the verb itself ("I'll handle", "ich kümmere mich").
        if _has_verb(after, lex) or _has_verb(commitment.group(0), lex):
            return "commitment", 0.8 + bonus, "author"
        return None
    anywhere = lex.commitment_anywhere.search(text)
    if anywhere and not question and not (lex.past.search(text) and not has_date):
        after = text[anywhere.end() :].lstrip()
        others = _CONTENT_WORD.findall(text[: anywhere.start()] + after)
        stative = lex.stative.match(after) and not _has_verb(after[:20], lex)
        if others and not stative and _has_verb(text, lex):
            return "commitment", 0.75 + bonus, "author"
    if lex.self_obligation.match(text) and _has_verb(text, lex) and not lex.past.search(text):
        return "obligation", 0.7 + bonus, "we" if lex.we.match(text) else "author"
    if (_first_word_is_verb(text, lex) or lex.imperative_endings.search(text)) and not question:
        if lex.past.search(text) and not has_date:
            return None
        return "request", 0.75 + bonus, "someone" if lex.someone.search(text) else "you"
    if lex.request_openers.search(text) and _has_verb(text, lex):
        if lex.past.search(text) and not has_date:
            return None
        subject = "someone" if lex.someone.search(text) else "you"
        return "request", 0.7 + bonus, subject
    if lex.obligation.search(text) and _has_verb(text, lex) and not question:
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


REPORT_WORDS = 4
"""A first clause this short that carries a completion cue ('Order done') is a report."""


def _reports_done(clause: str, lex: TaskLexicon) -> bool:
    text = clause.strip(" .,!?:;-")
    if "?" in clause or not text or lex.dependency.match(text):
        return False
    if lex.completion_start.match(text) or "\u2705" in text:
        return True
    return len(_WORDS.findall(text)) <= REPORT_WORDS and lex.completion.search(text) is not None


def _stands_after_report(kind: str, clause: str, has_date: bool) -> bool:
    """After a report, a request is new work; a promise is only with a date of its own."""
    if kind == "commitment":
        return has_date
    return kind in ("request", "obligation")


def detect_all(
    text: str, lex: TaskLexicon, names: dict[str, str], has_date: bool, has_time: bool = False
) -> list[Detection]:
    """Every task reading of a message: one, or one per person addressed by name."""
    found: list[Detection] = []
    explicit: list[Detection] = []
    carried: str | None = None
    reported = False
    spans = clauses(text)
    for start, end in spans:
        clause = normalise(text[start:end])
        if not found and _reports_done(clause, lex):
            # 'Storyboards listos ✅ te los mando', 'Corrigé ✅ vérifie de ton côté': what
            # follows a report of finished work is its delivery, not new work.
            reported = True
            continue
        stripped, addressee = _vocative(lex.leading_fillers.sub("", clause), names, lex)
        if not stripped.strip(" .,!?:;-"):
            carried = addressee or carried
            continue
        named_here = addressee is not None
        if addressee is None:
            addressee = carried
        else:
            # A name said once addresses the rest of the message too ("Sam ...? Can you ...").
            carried = addressee
        stripped = lex.leading_fillers.sub("", stripped)
        you = lex.you_subject.match(stripped)
        if you and lex.verbs.match(stripped[you.end() :].lstrip()):
            stripped = stripped[you.end() :].lstrip()
        if addressee is None:
            addressee = _trailing_vocative(clause, names)
        scored = score_clause(stripped, lex, has_date, has_time)
        if scored is None:
            continue
        kind, score, subject = scored
        if reported and not _stands_after_report(kind, clause, has_date):
            continue
        if addressee is not None and subject in ("you", "someone"):
            subject = "name"
            score += 0.05
        detection = Detection(kind, min(score, 0.99), start, end, subject, addressee)
        found.append(detection)
        if named_here:
            explicit.append(detection)
    kept = [d for d in found if d.score >= THRESHOLD]
    if len(kept) == 1 and len(spans) == 1 and not _says_what(text, kept[0], lex):
        return []  # '¿Quién puede?' alone is about the message before, already a task
    if len(kept) <= 1:
        return kept
    # One task per person only for names said in their own clause: in 'Tommaso domani ha la
    # gita, bisogna preparare il pranzo. Davide ci pensi tu?' Tommaso is talked about.
    named = [d for d in explicit if d.subject == "name" and d.score >= THRESHOLD]
    if len(named) > 1 and len({d.addressee for d in named}) == len(named):
        return named
    # 'Ich mach Getränke. Yusuf, machst du die Playlist?': the author's promise and a request
    # to someone named are two tasks for two people.
    # ('Main kuch galat likh dungi' after a request is its reason, not a second task.)
    promise = next((d for d in kept if d.kind == "commitment" and d.subject == "author"), None)
    asked = [d for d in kept if d.kind == "request" and d.subject == "name"]
    if promise is not None and len(asked) == 1 and promise.end <= asked[0].start:
        return [promise, asked[0]]
    # A bare 'no te olvides' / 'don't forget' says how, the other clause says what.
    return [max(kept, key=lambda d: (_says_what(text, d, lex), d.score))]


def _says_what(text: str, detection: Detection, lex: TaskLexicon) -> bool:
    """Whether a reminder or question names something to do beyond its cue ('no te olvides',
    '¿quién puede?' do not)."""
    cues = {"reminder": lex.reminder, "request": lex.request_questions}.get(detection.kind)
    if cues is None:
        return True
    clause = normalise(text[detection.start : detection.end]).strip(" .,!?¿¡:;-")
    if detection.kind == "request" and _has_verb(clause, lex):
        return True  # '¿le contestas tú?': the verb is the thing to do
    found = cues.match(clause)
    return _CONTENT_WORD.search(clause[found.end() :] if found else clause) is not None
