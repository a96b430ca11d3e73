"""Per-language cue lists: the first-word gate never changes what the plain regex finds."""

from __future__ import annotations

import re

import pytest

from engine.nlp.cues import Cues
from engine.nlp.lexicon import language_codes, task_lexicon

TEXTS = [
    "Can you send the invoice by Friday?? pls 🙏",
    "ok 👍",
    "I'll pick the kids up at 5!!",
    "İstanbul trip: can you book it?",  # lower-casing changes the length here
    "kannst du bitte morgen den Müll rausbringen?",
    "aap kal tak bhej doge na, urgent hai",
    "Aaaah. no. Nevermind, scratch that — forget it",
    "",
]


def _plain(cues: Cues) -> re.Pattern[str]:
    return re.compile(cues.pattern, re.IGNORECASE)


@pytest.mark.parametrize("code", language_codes())
def test_gated_cues_agree_with_the_plain_regex(code: str) -> None:
    lex = task_lexicon(code)
    fields = [v for v in (getattr(lex, f) for f in lex.__slots__) if isinstance(v, Cues)]
    assert len(fields) > 30
    for cues in fields:
        plain = _plain(cues)
        for text in TEXTS:
            for probe in (text, text.lower()):
                found, want = cues.search(probe), plain.search(probe)
                assert (found and found.span()) == (want and want.span()), (cues.pattern, probe)
                matched, want = cues.match(probe), plain.match(probe)
                assert (matched and matched.span()) == (want and want.span())
                assert cues.findall(probe) == plain.findall(probe)
                assert cues.sub("", probe) == plain.sub("", probe)


def test_title_patterns_are_tries_that_prefer_the_longest_phrase() -> None:
    lex = task_lexicon("en")
    assert lex.title_strip.sub("", "can you please send it") == "send it"
    assert lex.title_tail.sub("", "send it asap pls 🙏") == "send it"
