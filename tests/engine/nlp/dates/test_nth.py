"""Ordinal parts of a period (`engine.nlp.dates.nth`): weeks, months and weekdays by rank."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engine.nlp.dates import find_dates
from engine.nlp.dates.periods import nth_part, nth_weekday

REF = datetime(2026, 3, 11, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # a Wednesday
FIRST_MONDAY_OF_APRIL = date(2026, 4, 6)

NTH_WEEKDAYS = [
    ("en", "the first Monday of next month"),
    ("es", "el primer lunes del próximo mes"),
    ("pt", "a primeira segunda-feira do mês que vem"),
    ("fr", "le premier lundi du mois prochain"),
    ("it", "il primo lunedì del mese prossimo"),
    ("de", "der erste Montag im nächsten Monat"),
    ("id", "Senin pertama bulan depan"),
    ("hi", "अगले महीने का पहला सोमवार"),
    ("hi", "agle mahine ka pehla somvar"),
]


@pytest.mark.parametrize(("lang", "text"), NTH_WEEKDAYS)
def test_first_weekday_of_next_month(lang: str, text: str) -> None:
    [mention] = find_dates(text, REF, lang)
    assert mention.value == FIRST_MONDAY_OF_APRIL


def test_a_part_of_day_after_the_ranked_weekday_sets_the_time() -> None:
    [mention] = find_dates("the first Monday evening of next month", REF, "en")
    assert mention.value == datetime(2026, 4, 6, 18, 0, tzinfo=REF.tzinfo)


COUNTED_PARTS = [
    # ISO rule: a week belongs to the period its Thursday falls in
    ("en", "the first 2 weeks of April", date(2026, 3, 30), date(2026, 4, 12)),
    ("en", "the last 3 weeks of this year", date(2026, 12, 14), date(2027, 1, 3)),
    ("es", "las primeras 2 semanas de 2027", date(2027, 1, 4), date(2027, 1, 17)),
    ("pt", "as últimas 3 semanas deste ano", date(2026, 12, 14), date(2027, 1, 3)),
    ("en", "the last four months of 2027", date(2027, 9, 1), date(2027, 12, 31)),
    ("hi", "जनवरी के तीसरा सप्ताह", date(2027, 1, 18), date(2027, 1, 24)),
    ("hi", "2027 का तीसरा सप्ताह", date(2027, 1, 18), date(2027, 1, 24)),
    ("pt", "na segunda semana de 2027", date(2027, 1, 11), date(2027, 1, 17)),
    ("en", "how about last week of 2027", date(2027, 12, 27), date(2028, 1, 2)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), COUNTED_PARTS)
def test_ranked_weeks_and_months(lang: str, text: str, start: date, end: date) -> None:
    [mention] = find_dates(text, REF, lang)
    assert (mention.kind, mention.value, mention.end_value) == ("range", start, end)


def test_a_ranked_unit_without_a_period_is_no_date() -> None:
    assert find_dates("the first week was hard", REF, "en") == []


def test_nth_part_counts_from_either_end() -> None:
    year = (date(2026, 1, 1), date(2026, 12, 31))
    assert nth_part(*year, "month", 1, 3) == (date(2026, 1, 1), date(2026, 3, 31))
    assert nth_part(*year, "month", -1, 2) == (date(2026, 11, 1), date(2026, 12, 31))
    assert nth_part(*year, "month", 12, 2) is None  # runs past the period
    assert nth_part(*year, "week", 0) is None


def test_nth_weekday() -> None:
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert nth_weekday(*march, 4, 1) == date(2026, 3, 6)  # first Friday
    assert nth_weekday(*march, 4, -1) == date(2026, 3, 27)  # last Friday
    assert nth_weekday(*march, 4, 5) is None
