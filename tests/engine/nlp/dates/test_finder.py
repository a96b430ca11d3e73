"""Kinds of date expressions `find_dates` reads, each checked in every language that has it.

The reference is Wednesday 11 March 2026, 10:00 in Berlin (a bare hour at or before 10 is
read in the evening, 1-6 in the afternoon: the rule in `engine.nlp.dates.finder`).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engine.nlp.dates import find_dates

BERLIN = ZoneInfo("Europe/Berlin")
REF = datetime(2026, 3, 11, 10, 0, tzinfo=BERLIN)


def at(day: int, hour: int, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    """A wall-clock time in Berlin."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def d(day: int, month: int = 3, year: int = 2026) -> date:
    """A day, in 2026 unless told otherwise."""
    return date(year, month, day)


def first(lang: str, text: str) -> tuple[date | datetime, date | datetime | None, str | None]:
    """Value, end and modifier of the first mention."""
    found = find_dates(text, REF, lang)
    assert found, f"nothing found in {text!r}"
    return found[0].value, found[0].end_value, found[0].mod


DEADLINE_HOURS = [
    ("en", "send it by 5", at(11, 17)),
    ("en", "done by 10 tonight?", at(11, 22)),
    ("es", "mándalo antes de las 7", at(11, 19)),
    ("pt", "manda até as 6", at(11, 18)),
    ("it", "mandalo entro le 8", at(11, 20)),
    ("fr", "envoie-le avant 5", at(11, 17)),
    ("de", "bitte bis 4 schicken", at(11, 16)),
    ("id", "kirim sampai 4 ya", at(11, 16)),
]


@pytest.mark.parametrize(("lang", "text", "value"), DEADLINE_HOURS)
def test_a_bare_number_after_a_deadline_word_is_the_hour(lang: str, text: str,
                                                         value: datetime) -> None:
    assert first(lang, text)[::2] == (value, "before")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "una mesa para 5 personas"), ("it", "prenota un tavolo per 8"),
    ("pt", "uma mesa pra 4"), ("en", "the room fits up to 8"),
])
def test_counts_after_an_ambiguous_word_stay_counts(lang: str, text: str) -> None:
    assert find_dates(text, REF, lang) == []


SPELLED_TIMES = [
    ("es", "nos vemos a las tres", at(11, 15)),
    ("es", "tengo reunión a la una", at(11, 13)),
    ("es", "cerca de las once", at(11, 11)),
    ("es", "a las siete p.m.", at(11, 19)),
    ("es", "antes de las dos y media", at(11, 14, 30)),
    ("pt", "às duas e meia", at(11, 14, 30)),
    ("en", "see you at five-thirty", at(11, 17, 30)),
    ("en", "three thirty works", at(11, 15, 30)),
    ("it", "alle tre", at(11, 15)),
    ("fr", "à trois heures", at(11, 15)),
    ("de", "um drei", at(11, 15)),
    ("id", "jam tiga", at(11, 15)),
    ("hi", "शाम के आठ बजकर 20 मिनट", at(11, 20, 20)),
    ("pt", "amanhã 8 horas da manhã", at(12, 8)),
    ("pt", "19 horas do dia 15", at(15, 19)),
]


@pytest.mark.parametrize(("lang", "text", "value"), SPELLED_TIMES)
def test_clock_times_in_words(lang: str, text: str, value: datetime) -> None:
    assert first(lang, text)[0] == value


def test_an_hour_count_alone_is_a_length_of_time() -> None:
    [worked] = find_dates("trabalhei 8 horas hoje", REF, "pt")[:1]
    assert worked.kind == "duration"


SPANS_FROM_NOW = [
    ("en", "over the past 3 weeks", d(18, 2), d(10)),
    ("en", "in the next 2 hours", at(11, 10), at(11, 12)),
    ("es", "en los próximos 5 minutos", at(11, 10), at(11, 10, 5)),
    ("es", "en los 5 próximos años", d(12), d(11, 3, 2031)),
    ("es", "las 10 semanas anteriores", d(31, 12, 2025), d(10)),
    ("pt", "nos últimos 3 meses", d(11, 12, 2025), d(10)),
    ("fr", "les 3 prochains jours", d(12), d(14)),
    ("fr", "les 2 dernières semaines", d(25, 2), d(10)),
    ("it", "le ultime 2 settimane", d(25, 2), d(10)),
    ("de", "die nächsten 3 Tage", d(12), d(14)),
    ("id", "2 minggu terakhir", d(25, 2), d(10)),
    ("hi", "5 आने वाले मिनटों में", at(11, 10), at(11, 10, 5)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), SPANS_FROM_NOW)
def test_next_and_last_counts_of_units_are_spans(lang: str, text: str, start: date,
                                                  end: date) -> None:
    assert first(lang, text)[:2] == (start, end)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we will be 3 next week"), ("es", "seremos 3 la próxima semana"),
    ("id", "tolong beliin buku kelas 7 minggu depan"),
])
def test_a_number_before_next_week_is_no_count(lang: str, text: str) -> None:
    assert first(lang, text)[:2] == (d(16), d(22))


def test_a_count_before_ago_words_still_looks_back() -> None:
    assert first("id", "3 hari lalu")[0] == d(8)
    assert first("id", "minggu lalu")[:2] == (d(2), d(8))


RANGES = [
    ("en", "Nov-Feb 2027", d(1, 11), d(1, 2, 2027)),
    ("en", "from 4-23 in next month", d(4, 4), d(23, 4)),
    ("hi", "अगले महीने 4-23", d(4, 4), d(23, 4)),
    ("es", "desde 2019 hasta 2021", d(1, 1, 2019), d(1, 1, 2021)),
    ("es", "desde 1 hasta 7 de mayo", d(1, 5), d(7, 5)),
    ("en", "between 3 and 5 on 1/1/2027", at(1, 15, month=1, year=2027),
     at(1, 17, month=1, year=2027)),
    ("es", "entre las 3 a.m. y las 12 p.m. del próximo lunes", at(16, 3), at(16, 12)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), RANGES)
def test_ranges(lang: str, text: str, start: date, end: date) -> None:
    assert first(lang, text)[:2] == (start, end)


def test_a_relative_day_and_a_weekday_are_two_dates() -> None:
    found = find_dates("domingo hoy", REF, "es")
    assert [m.value for m in found] == [d(15), d(11)]


def test_short_weekdays_in_a_list_are_days() -> None:
    found = find_dates("vamos na terça, qua ou qui", REF, "pt")
    assert [m.value for m in found] == [d(17), d(11), d(12)]


def test_special_days_inside_filler_phrases() -> None:
    assert first("es", "¡Celebremos el Día del Trabajador!")[0] == d(1, 5)
    assert first("pt", "vamos celebrar o dia do trabalho")[0] == d(1, 5)
