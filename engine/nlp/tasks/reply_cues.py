"""Per-language cue lists that judge replies (resources/lang/<code>.json "tasks"), and the
word stems replies and tasks are compared by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from engine.nlp.cues import Cues, compile_cues
from engine.nlp.lexicon import TaskLexicon, cue_list, lang_section, normalise, task_lexicon

PRONOUNS = ("pronoun_objects", "i_words", "you_words")
"""Lists of the language file whose single words name nothing."""


@dataclass(frozen=True, slots=True)
class ReplyCues:
    """The cue lists of one language that judge replies (resources/lang/<code>.json "tasks")."""

    receipt: Cues
    """'got it', 'recibido', 'angekommen': the asker has what was sent."""
    under_way: Cues
    """'doing it now', 'on my way', 'sto arrivando': not done yet."""
    not_done: Cues
    """Negations and 'still', 'not yet', 'belum': a clause that says the work is not done."""
    unsure: Cues
    """'doable', 'maybe', 'faisable': a statement about the work that is no report."""
    everyone: Cues
    """'everyone', 'cada quien', 'sab log': a request each member must do."""
    whoever: Cues
    """'everyone who's in', 'whoever is free': a request the first one there does."""
    everyone_done: Cues
    """'everyone paid', 'lunas semua', 'tout le monde': all members have done it."""
    me_too: Cues
    """'me too', 'yo también': the same report as the message before."""
    feedback: Cues
    """'let me know what you think': an ask that comes with a delivery."""
    particles: frozenset[str]
    """Separable verb particles that end a clause ('hol dich ab', 'ruf mich an')."""
    kin: Cues
    """'papà', 'Maman', 'Pa', 'bhaiya' opening an ask: a family member the chat does not name."""
    dependency: Cues
    """'once we're live': a condition, not the work itself."""
    vague: frozenset[str]
    """Stems of verbs that say no particular action ('got', 'did', 'made')."""
    money: frozenset[str]
    """Stems of paying words ('pay', 'transfer', 'venmo', 'invoice'): on a task about money,
    any of them answers any other."""
    names_nothing: frozenset[str]
    """Words that name no task ('everything', 'todo', 'alles'), pronouns, and day words
    ('friday', 'mañana'): a report names its task by what was done, not by when."""


@cache
def reply_cues(code: str) -> ReplyCues:
    """The reply cues of language `code`; ValueError if it has no language data."""
    data = lang_section(code, "tasks")
    return ReplyCues(
        receipt=compile_cues(cue_list(data, "receipt")),
        under_way=compile_cues(cue_list(data, "under_way")),
        not_done=compile_cues(cue_list(data, "not_done")),
        unsure=compile_cues(cue_list(data, "unsure")),
        everyone=compile_cues(cue_list(data, "everyone")),
        whoever=compile_cues(cue_list(data, "whoever")),
        everyone_done=compile_cues(cue_list(data, "everyone_done")),
        me_too=compile_cues(cue_list(data, "me_too"), before="^", after=r"[\W\d_]*$",
                            anchored=True),
        feedback=compile_cues(cue_list(data, "feedback_asks")),
        particles=frozenset(normalise(w) for w in cue_list(data, "verb_particles")),
        kin=compile_cues(
            cue_list(data, "kin_words"), before="^(?:", after=r")(?![^\W_])", anchored=True
        ),
        dependency=compile_cues(cue_list(data, "dependency")),
        vague=frozenset(normalise(w)[:4] for w in cue_list(data, "vague_verbs")),
        money=frozenset(normalise(w)[:4] for w in cue_list(data, "money_words")),
        names_nothing=frozenset(
            normalise(w)
            for w in cue_list(data, "names_nothing") + _day_words(data_dates(code))
            # 'mich', 'him', 'ela': a pronoun names nothing by itself.
            + [p for key in PRONOUNS for p in cue_list(data, key) if " " not in p]
        ),
    )


@cache
def data_dates(code: str) -> dict[str, object]:
    """The "dates" section of a language file."""
    return lang_section(code, "dates")


@cache
def date_words(code: str, key: str) -> frozenset[str]:
    """The phrases of one list of a language's "dates" section ('to', 'from')."""
    value = data_dates(code).get(key, [])
    return frozenset(str(w) for w in value) if isinstance(value, list) else frozenset()


def _day_words(dates: dict[str, object]) -> list[str]:
    """Single words of at least four letters naming days, months and parts of the day."""
    phrases: list[str] = []
    for key in ("weekdays", "months", "parts_of_day"):
        groups = dates.get(key, [])
        values = groups.values() if isinstance(groups, dict) else groups
        for group in values if isinstance(values, (list, type({}.values()))) else []:
            phrases.extend(str(p) for p in group)
    for key in ("relative_days", "relative_day_parts", "holidays"):
        table = dates.get(key, {})
        phrases.extend(str(p) for p in (table if isinstance(table, dict) else []))
    return [w for p in phrases for w in normalise(p).split() if len(w) >= 4 and w.isalpha()]


_WORD = re.compile(r"[^\W\d_]{3,}")
_AMOUNT = re.compile(r"(?<![\d.,:/])\d{3,}(?:[.,]\d+)?(?![\d:/])")


def content_words(text: str, lex: TaskLexicon) -> list[str]:
    """Words in order, lower case and lemmatised, without common words, pronouns and words
    that name nothing ('everything', 'friday')."""
    cues = reply_cues(lex.code)
    skip = cues.names_nothing
    found = (w.lower() for w in _WORD.findall(text))
    return [lex.lemmas.get(w, w) for w in found if w not in lex.stop and w not in skip]


def amounts(text: str) -> frozenset[str]:
    """Sums ('700', '53.50', '1,850') as stems: they name a task as well as its words do."""
    return frozenset(a.replace(",", ".")[:4] for a in _AMOUNT.findall(text))


@lru_cache(maxsize=8192)
def word_stems(text: str, code: str) -> frozenset[str]:
    """The four-letter stems of a text's content words and sums, compared with tasks'."""
    lex = task_lexicon(code)
    return frozenset(w[:4] for w in content_words(text, lex)) | amounts(text)
