"""Decide whether one message carries a task, and what kind: rules over per-language cues."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from engine.nlp.lexicon import TaskLexicon, normalise, task_lexicon
from engine.nlp.tasks.address import accepts, address_term, addressed, trailing_vocative
from engine.nlp.tasks.clause import (
    CONTENT_WORD,
    after_condition,
    clauses,
    has_verb,
    score_clause,
)
from engine.nlp.tasks.model import TaskKind
from engine.nlp.tasks.speech import speech_cues

__all__ = ["THRESHOLD", "Detection", "clauses", "detect_all", "score_clause"]

THRESHOLD = 0.6
"""Score from which a clause is suggested as a task; chosen for precision over recall."""

_POINTER = re.compile("[\u2b06\u2b07\u27a1\U0001f446\U0001f447]")
"""👆 👇 ⬆ ⬇ ➡: what is promised is in the message (or the one next to it) already."""
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


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
    term: str | None = None
    """An address term said instead of a name ('mom', 'papa', 'vó'), lower case."""


INTERJECTION = 12
"""A clause this short with one word opens a message like an acceptance does ('Eita 😬')."""
OPINION_AT = 25
"""An opinion asked this early in a request is all it asks ('let me know what you think');
later it follows other work ('read it through and let me know what you think')."""
REPORT_WORDS = 4
"""A first clause this short that carries a completion cue ('Order done') is a report."""


def _reports_done(clause: str, lex: TaskLexicon) -> bool:
    return _reports(clause, lex.code)


@lru_cache(maxsize=4096)
def _reports(clause: str, code: str) -> bool:
    lex = task_lexicon(code)
    text = clause.strip(" .,!?:;-")
    if "?" in clause or not text or lex.dependency.match(text):
        return False
    if lex.completion_start.match(text) or "\u2705" in text:
        return True
    return len(_WORDS.findall(text)) <= REPORT_WORDS and lex.completion.search(text) is not None


def _bare_order(text: str, lex: TaskLexicon) -> bool:
    """A clause that is only a verb's plain form ('pick up Friday', 'vérifie de ton côté'),
    not a question and with no word that asks ('please', 'can you', 'bhej do')."""
    return (
        not text.rstrip().endswith("?")
        and lex.request_questions.match(text) is None
        and lex.request_openers.search(text) is None
        and lex.imperative_endings.search(text) is None
    )


def _stands_after_report(kind: str, clause: str, has_date: bool) -> bool:
    """After a report, a request is new work; a promise is only with a date of its own."""
    if kind == "commitment":
        return has_date
    return kind in ("request", "obligation")


def detect_all(
    text: str,
    lex: TaskLexicon,
    names: dict[str, str],
    has_date: bool,
    has_time: bool = False,
    dates: Sequence[tuple[int, int]] | None = None,
) -> list[Detection]:
    """Every task reading of a message: one, or one per person addressed by name.

    `dates`: where the message's date phrases are, if known; a promise after an ask is a task
    of its own when it carries its own date ('..., ich mach Montag die Abrechnung').
    """
    found: list[Detection] = []
    explicit: list[Detection] = []
    reported = False
    # 'Sure, finance ko bol deti hoon', 'Ja, trag ich mir ein': a promise after only an
    # acceptance takes on what was asked; it is no task of its own (unless it sets a date).
    opening, accepted, group = True, False, False
    asks: set[int] = set()
    spans = clauses(text)
    said = [normalise(text[start:end]) for start, end in spans]
    heads, carried = addressed(said, lex, names)
    for (start, end), clause, head in zip(spans, said, heads, strict=True):
        if opening and accepts(clause, lex):
            accepted = True
            continue
        # 'Eita 😬', 'Arre': an interjection still opens the message.
        opening = opening and len(clause) <= INTERJECTION and len(_WORDS.findall(clause)) <= 1
        if not found and _reports_done(clause, lex):
            # 'Storyboards listos ✅ te los mando', 'Corrigé ✅ vérifie de ton côté': what
            # follows a report of finished work is its delivery, not new work.
            reported = True
            continue
        if not head.rest.strip(" .,!?:;-"):
            carried = head if head.who or head.term else carried
            continue
        named_here = head.who is not None
        if head.who is None and head.term is None and carried is not None:
            addressee, term = carried.who, carried.term
        else:
            # A name said once addresses the rest of the message too ("Sam ...? Can you ...").
            addressee, term = head.who, head.term
            carried = head if head.who or head.term else carried
        stripped = lex.leading_fillers.sub("", head.rest)
        # 'everyone pls send me £53.50', "Everyone who's in, tidy ...": the filler said who
        # is asked, for this clause and, said alone, for the rest of the message.
        before = head.rest[: len(head.rest) - len(stripped)]
        everyone = group or (bool(before) and lex.someone.search(before) is not None)
        if everyone and not stripped.strip(" .,!?:;-"):
            group = True
            continue
        if before and not found and not accepted:
            accepted = accepts(before, lex)  # 'Haan chala jaunga'
        you = lex.you_subject.match(stripped)
        if you and lex.verbs.match(stripped[you.end() :].lstrip()):
            stripped = stripped[you.end() :].lstrip()
            everyone = everyone or lex.someone.search(you.group(0)) is not None  # 'kalian'
        if addressee is None:
            addressee = trailing_vocative(clause, names, lex)
        scored = score_clause(stripped, lex, has_date, has_time) or after_condition(
            stripped, lex, has_date, has_time
        )
        if scored is None:
            continue
        kind, score, subject = scored
        if kind == "request" and addressee is None and term is None:
            # Looked for only in a clause that asks: 'papa kannst du ...?', 'Ma tolong ...'.
            spoken = address_term(head.rest, lex)
            term = spoken.term if spoken is not None else None
        if reported and not _stands_after_report(kind, clause, has_date):
            continue
        spoken_to = addressee or term or everyone
        if reported and kind == "request" and not spoken_to and _bare_order(head.rest, lex):
            continue  # 'car hire sorted, ..., pick up Friday 4pm': how to use what was done
        if accepted and kind == "commitment" and not has_date:
            continue
        if kind == "commitment" and _POINTER.search(text, start, end + 3):
            continue  # 'te mando la cotización 👇': sent right here, not to do
        opinion = speech_cues(lex.code).opinions.search(stripped) if kind == "request" else None
        if opinion is not None and opinion.start() <= OPINION_AT:
            continue  # 'sag einfach was dir gefällt': an opinion asked, not work
        if everyone and subject == "you":
            subject = "someone"
        if addressee is not None and subject in ("you", "someone"):
            subject = "name"
            score += 0.05
        detection = Detection(kind, min(score, 0.99), start, end, subject, addressee, term)
        found.append(detection)
        if spoken_to or you is not None or not _bare_order(head.rest, lex):
            asks.add(start)  # asked in so many words, not a bare verb ('beli bahan ...')
        if named_here:
            explicit.append(detection)
    return _settle(text, lex, len(spans), found, explicit, asks, dates)


def _settle(
    text: str,
    lex: TaskLexicon,
    clause_count: int,
    found: list[Detection],
    explicit: list[Detection],
    asks: set[int],
    dates: Sequence[tuple[int, int]] | None,
) -> list[Detection]:
    """The task readings a message keeps: `explicit` were addressed by name in their own
    clause, `asks` (clause starts) were asked in so many words."""
    kept = [d for d in found if d.score >= THRESHOLD]
    if kept and speech_cues(lex.code).nudges.search(normalise(text)):
        # 'Rodrigo, ainda preciso do acesso', 'listing abhi bhi purani ... check karo': an
        # earlier ask said again; only a promise of the author's is new.
        kept = [d for d in kept if d.kind == "commitment"]
    if len(kept) == 1 and clause_count == 1 and not _says_what(text, kept[0], lex):
        return []  # '¿Quién puede?' alone is about the message before, already a task
    if len(kept) <= 1:
        return kept
    # One task per person only for names said in their own clause: in 'Tommaso domani ha la
    # gita, bisogna preparare il pranzo. Davide ci pensi tu?' Tommaso is talked about.
    named = [d for d in explicit if d.subject == "name" and d.score >= THRESHOLD]
    if len(named) > 1 and len({d.addressee for d in named}) == len(named):
        return named
    # 'Ich mach Getränke. Yusuf, machst du die Playlist?': the author's promise and a request
    # are two tasks for two people.
    promise = next((d for d in kept if d.kind == "commitment" and d.subject == "author"), None)
    asked = [d for d in kept if d.kind == "request" and d.start in asks]
    if promise is not None and len(asked) == 1:
        if promise.end <= asked[0].start:
            return [promise, asked[0]]
        # After the ask, a promise is a step of its own ('Dann bereite ich alle Dateien vor')
        # or the ask's reason ('Main kuch galat likh dungi', 'Yo salgo tarde del trabajo').
        step = normalise(text[promise.start : promise.end]).lstrip(" ,.-")
        dated = any(s < promise.end and e > promise.start for s, e in dates or ())
        if dated or lex.dependency.match(step):
            return [asked[0], promise]
        if asked[0].subject in ("name", "we", "someone"):
            return asked
    # A bare 'no te olvides' / 'don't forget' says how, the other clause says what.
    return [max(kept, key=lambda d: (_says_what(text, d, lex), d.score))]


def _says_what(text: str, detection: Detection, lex: TaskLexicon) -> bool:
    """Whether a reminder or question names something to do beyond its cue ('no te olvides',
    '¿quién puede?' do not)."""
    cues = {"reminder": lex.reminder, "request": lex.request_questions}.get(detection.kind)
    if cues is None:
        return True
    clause = normalise(text[detection.start : detection.end]).strip(" .,!?¿¡:;-")
    if detection.addressee:
        # 'não esquece Marcelo': the person reminded is not what to do.
        for name in {detection.addressee.lower(), detection.addressee.split()[0].lower()}:
            clause = clause.replace(name, " ").strip(" .,!?¿¡:;-")
    if detection.kind == "request" and has_verb(clause, lex):
        return True  # '¿le contestas tú?': the verb is the thing to do
    found = cues.match(clause)
    return CONTENT_WORD.search(clause[found.end() :] if found else clause) is not None
