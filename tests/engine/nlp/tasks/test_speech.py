"""Every language file carries the speech cue lists, and they match as cues."""

from __future__ import annotations

import pytest

from engine.nlp.lexicon import language_codes
from engine.nlp.tasks.speech import speech_cues


@pytest.mark.parametrize("code", language_codes())
def test_every_language_has_its_speech_cues(code: str) -> None:
    cues = speech_cues(code)
    assert cues.term_set and cues.acceptance
    assert cues.nudges.pattern and cues.opinions.pattern
    # Terms are matched at a word boundary: 'ma' does not match inside 'mamma mia'.
    term = min(cues.term_set, key=len)
    assert cues.terms.match(f"{term} ") is not None
    assert cues.terms.match(f"{term}x ") is None or f"{term}x" in cues.term_set


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        speech_cues("xx")
