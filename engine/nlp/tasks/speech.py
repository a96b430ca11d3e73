"""How a message is said, beyond its task cues: to whom, accepting, nudging, asking opinions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from engine.nlp.cues import Cues, compile_cues
from engine.nlp.lexicon import cue_list, lang_section


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """Cue lists of one language (resources/lang/<code>.json "tasks")."""

    terms: Cues
    """'mom', 'papa', 'vó', 'sir': a word that addresses one person without naming them."""
    term_set: frozenset[str]
    particles: Cues
    """Words that make a name before them an argument, not an addressee ('Salim bhai ki bike')."""
    acceptance: frozenset[str]
    """'sure', 'haan', 'ja', 'claro': a first clause that only accepts what was asked."""
    nudges: Cues
    """'still waiting', 'ainda preciso do', 'abhi bhi': an earlier ask said again."""
    opinions: Cues
    """'what you think', 'was dir gefällt', 'qué te parece': asking for an opinion, not work."""


def _list(data: dict[str, object], key: str) -> list[str]:
    return [item.lower() for item in cue_list(data, key)]


@cache
def speech_cues(code: str) -> SpeechCues:
    """The speech cues of language `code`; ValueError if it has no language data."""
    data = lang_section(code, "tasks")
    terms = _list(data, "address_terms")
    return SpeechCues(
        terms=compile_cues(terms),
        term_set=frozenset(terms),
        particles=compile_cues(_list(data, "name_particles"), before="^", anchored=True),
        acceptance=frozenset(_list(data, "acceptance")),
        nudges=compile_cues(_list(data, "nudges")),
        opinions=compile_cues(_list(data, "opinion_asks")),
    )
