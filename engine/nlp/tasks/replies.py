"""How a later message reads as news about earlier work, clause by clause: done, reported,
received, still under way, or said by everyone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from engine.nlp.lexicon import TaskLexicon, normalise, task_lexicon
from engine.nlp.tasks.detect import clauses
from engine.nlp.tasks.reply_cues import ReplyCues, reply_cues, word_stems
from engine.nlp.tasks.title import keywords

ASIDE, NONE, PLAIN, REPORT, DONE = -1, 0, 1, 2, 3
"""Levels of a reading: a remark to skip ('happy now?'); nothing; a plain statement (a report
only if it names the task); a report ('took it out', 'here you go'); a short 'done' ('done ✅',
'fatto', 'ho gaya')."""
TERSE_CLAUSE = 40
"""A completion cue in a clause this short says the work is done."""
READ_LINES = 2
"""A report is said in the first lines of a message."""
PLAIN_WORDS = 9
"""A statement without a cue ('Lasagna is in your fridge') reports work only when short."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message says about earlier work."""

    level: int
    said: frozenset[str]
    """Word stems of the clauses that report (not questions, asks, promises or 'not yet')."""
    named: frozenset[str]
    """Content words of the 'done' clauses besides their cues: what they say was done."""
    held: frozenset[str]
    """Word stems of clauses saying the work is still under way or not done."""
    done: frozenset[str] = frozenset()
    """Word stems of the 'done' clauses ('sent you $40'): the action they report."""
    refers: bool = False
    """A 'done' clause points back with a pronoun ('ya la he bajado', 'gave it to him')."""
    content: frozenset[str] = frozenset()
    """Content words of all report clauses besides their cues ('maquininha', 'ocado')."""
    asks: bool = False
    """The message also asks or promises something ('Done, invite bhej do')."""
    received: bool = False
    """It reports only that something arrived ('udah masuk', 'got them'), no work done."""
    receipt: bool = False
    thanks: bool = False
    everyone: bool = False
    me_too: bool = False


NOTHING = Reading(NONE, frozenset(), frozenset(), frozenset())


def _asks(clause: str, lex: TaskLexicon) -> bool:
    """A question, ask, promise or order: new talk about work, not news of it."""
    if lex.request_questions.match(clause) or lex.request_openers.match(clause):
        return True
    return lex.commitment.match(clause) is not None or lex.verbs.match(clause) is not None


_CHECK = re.compile("[\u2705\u2714\u2611]")
"""✅ ✔ ☑: a ticked box says done whatever the clause's length."""


def _clause_level(clause: str, lex: TaskLexicon, cues: ReplyCues) -> int:
    if clause.endswith("?"):
        # 'can you check it arrived?' asks; 'happy now?' is no ask and no news.
        asks = _asks(clause, lex) or lex.verbs.search(clause) is not None
        return NONE if asks else ASIDE
    if lex.completion_start.match(clause):
        return DONE
    if lex.completion.search(clause):
        return DONE if len(clause) <= TERSE_CLAUSE or _CHECK.search(clause) else REPORT
    if (
        lex.past.search(clause)
        or lex.delivery.search(clause)
        or lex.thanks_for.search(clause)
        or cues.receipt.search(clause)
    ):
        return REPORT
    return NONE if _asks(clause, lex) else PLAIN


def _worked(clause: str, lex: TaskLexicon, got: bool) -> bool:
    """Whether a clause with a receipt cue also says work was done ('sent and received')."""
    rest = clause
    for cue in (reply_cues(lex.code).receipt,):
        rest = cue.sub(" ", rest)
    return bool(lex.completion.search(rest) or lex.past.search(rest) or lex.delivery.search(rest))


_CODE = re.compile(r"\S*\d\S*")


def _content(clause: str, lex: TaskLexicon, cues: ReplyCues) -> set[str]:
    """What a report clause names besides its cues, people's titles and codes ('SOMA98...')."""
    for found in (lex.completion, lex.past, lex.delivery, lex.thanks_for):
        clause = found.sub(" ", clause)
    return {
        w for w in keywords(_CODE.sub(" ", clause), lex)
        if w not in cues.names_nothing and not lex.fillers.match(w) and w not in lex.verb_set
    }


@lru_cache(maxsize=4096)
def read_reply(text: str, code: str) -> Reading:
    """How `text` (a message in language `code`) reads as news about earlier work."""
    lex = task_lexicon(code)
    cues = reply_cues(code)
    if cues.me_too.match(normalise(text).strip()):
        return Reading(PLAIN, frozenset(), frozenset(), frozenset(), me_too=True)
    level = NONE
    asks = False
    said: set[str] = set()
    plain: set[str] = set()
    beside: dict[int, set[str]] = {}
    cue_lines: set[int] = set()
    held: set[str] = set()
    named: set[str] = set()
    content: set[str] = set()
    done: set[str] = set()
    refers = False
    receipt = False
    worked = False
    for start, end in clauses(text):
        clause = normalise(text[start:end]).strip(" .,;:-")
        line = text.count("\n", 0, start)
        if line >= READ_LINES:
            break  # the rest of a list ('Notes:', 'Plan for this week 👇') is no report
        if not clause or cues.dependency.match(clause):
            continue  # 'kalau udah ditransfer, ...' sets a condition, it reports nothing
        # 'doing the stickers now', 'hecho no': still to do ('bhej raha hoon 👇' delivers).
        going = cues.under_way.search(clause) and not lex.delivery.search(clause)
        if going or cues.not_done.search(clause):
            held |= word_stems(clause, code)
            continue
        found = _clause_level(clause, lex, cues)
        if found == ASIDE:
            continue
        if found == NONE:
            asks = asks or cues.feedback.search(clause) is None  # 'let me know what you think'
            continue
        words = word_stems(clause, code)
        if found == PLAIN:
            if cues.unsure.search(clause):
                continue  # 'le module c'est faisable'
            beside.setdefault(line, set()).update(words)
            if len(clause.split()) <= PLAIN_WORDS:
                plain |= words
            continue
        beside.setdefault(line, set()).update(words)
        said |= words
        cue_lines.add(line)
        got = cues.receipt.search(clause) is not None
        receipt = receipt or got
        worked = worked or not got or _worked(clause, lex, got)
        level = max(level, found)
        content |= _content(clause, lex, cues)
        if found == DONE:
            named |= _content(clause, lex, cues)
            done |= words
            refers = refers or lex.pronouns.search(clause) is not None
    if level >= REPORT:
        # Beside a report, the other statements of its line still say what it is about
        # ('the deposit should be with you, paid this morning').
        for line in cue_lines:
            said |= beside[line]
    elif plain and not asks:
        # Beside an ask or a promise a statement is its reason ('Can you send the login? I'm
        # blocked', 'il gommista apre alle 15, ci vado nel pomeriggio'), not news.
        level, said = PLAIN, plain
    if level == NONE:
        return NOTHING
    norm = normalise(text)
    return Reading(
        level,
        frozenset(said),
        frozenset(named),
        frozenset(held),
        frozenset(done),
        refers,
        frozenset(content),
        asks,
        receipt and not worked,
        receipt=receipt and not asks,
        thanks=lex.thanks_for.search(norm) is not None,
        everyone=cues.everyone_done.search(norm) is not None,
        me_too=cues.me_too.match(norm.strip()) is not None,
    )
