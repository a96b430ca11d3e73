"""The second tagging pass (`engine.nlp.dates.joins`): words read by their neighbours."""

from __future__ import annotations

import pytest

from engine.nlp.dates.lexicon import get_lexicon
from engine.nlp.dates.tokens import tokenize


def tags(lang: str, text: str) -> str:
    """The tag letters of a text's tokens."""
    return "".join(t.tag for t in tokenize(text, get_lexicon(lang)))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "10 past 9", "NvN"),  # minutes past the hour
    ("en", "the past 3 weeks", "aLNU"),  # looking back
    ("en", "we are 3 next week", "__#XU"),  # a number, not a count
    ("en", "the 5 past years", "aNLU"),  # a count: the unit is plural
    ("id", "kelas 7 minggu depan", "_#UV"),  # no plural to tell a count by: a number
    ("id", "3 hari lalu", "NUg"),  # "lalu" after a count is "ago"
    ("pt", "na segunda semana", "aOU"),  # "segunda" before a unit ranks, no Monday
    ("pt", "amanhã 8 horas da manhã", "DNHP"),  # an hour beside a day tells the time
    ("pt", "trabalhei 8 horas", "_NU"),  # alone it counts
    ("hi", "दो दिन पहले", "NUg"),  # "pehle" after a unit is "ago", not "first"
    ("en", "five-thirty", "T"),
    ("es", "dos mil dieciocho", "Y"),
    ("en", "two thousand and fifteen", "Y"),
    ("es", "el Día del Trabajador", "aJ"),  # the holiday wins over "el día"
])
def test_neighbours_decide_the_tag(lang: str, text: str, expected: str) -> None:
    assert tags(lang, text) == expected


def test_spelled_years_keep_their_value() -> None:
    [year] = tokenize("mil novecientos noventa y dos", get_lexicon("es"))
    assert (year.tag, year.value) == ("Y", 1992)
    [century] = tokenize("nineteen eighty six", get_lexicon("en"))
    assert (century.tag, century.value) == ("Y", 1986)
