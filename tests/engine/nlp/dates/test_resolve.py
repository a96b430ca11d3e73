"""Resolution rules of `engine.nlp.dates.resolve`, checked through `find_dates`."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engine.nlp.dates import find_dates

BERLIN = ZoneInfo("Europe/Berlin")
REF = datetime(2026, 3, 11, 10, 0, tzinfo=BERLIN)  # a Wednesday


def value(lang: str, text: str) -> date | datetime:
    """The value of the first mention."""
    found = find_dates(text, REF, lang)
    assert found, f"nothing found in {text!r}"
    return found[0].value


def span(lang: str, text: str) -> tuple[date | datetime, date | datetime | None]:
    """Value and end of the first mention."""
    found = find_dates(text, REF, lang)
    assert found, f"nothing found in {text!r}"
    return found[0].value, found[0].end_value


WEEK_12 = (date(2026, 3, 16), date(2026, 3, 22))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "week 12"), ("es", "en la semana 12"), ("pt", "na semana 12"), ("fr", "semaine 12"),
    ("it", "settimana 12"), ("de", "KW 12"), ("id", "minggu ke-12"), ("hi", "सप्ताह 12"),
])
def test_iso_week_numbers(lang: str, text: str) -> None:
    assert span(lang, text) == WEEK_12


def test_iso_week_of_a_named_year_and_with_a_weekday() -> None:
    assert span("en", "week 3 of 2027") == (date(2027, 1, 18), date(2027, 1, 24))
    assert span("es", "la semana 27 del año pasado") == (date(2025, 6, 30), date(2025, 7, 6))
    assert value("en", "Thursday, week 12") == date(2026, 3, 19)
    assert find_dates("week 54", REF, "en") == []


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "this coming Friday", date(2026, 3, 13)),
    ("en", "this upcoming Wednesday", date(2026, 3, 18)),  # today is no "coming" day
    ("en", "this past Monday", date(2026, 3, 9)),
    ("en", "past Wednesday", date(2026, 3, 4)),
    ("es", "este próximo viernes", date(2026, 3, 13)),
    ("pt", "este último domingo", date(2026, 3, 8)),
    ("hi", "पिछले सोमवार", date(2026, 3, 9)),
    ("hi", "इस आगामी शुक्रवार", date(2026, 3, 13)),
    ("en", "last Monday", date(2026, 3, 2)),  # the previous week's, unchanged
])
def test_nearest_weekdays(lang: str, text: str, day: date) -> None:
    assert value(lang, text) == day


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "Monday two weeks from now", date(2026, 3, 23)),
    ("en", "in 3 days on Friday", date(2026, 3, 13)),
    ("de", "Freitag in zwei Wochen", date(2026, 3, 27)),
    ("fr", "vendredi dans deux semaines", date(2026, 3, 27)),
    ("it", "venerdì tra due settimane", date(2026, 3, 27)),
    ("id", "Jumat dua minggu lagi", date(2026, 3, 27)),
    ("en", "3 days after Friday", date(2026, 3, 16)),  # the weekday is the anchor here
    ("hi", "कल से तीन सप्ताह", date(2026, 4, 2)),
    ("hi", "कल से दो दिन पहले", date(2026, 3, 10)),
])
def test_spans_counted_from_now_or_a_day(lang: str, text: str, day: date) -> None:
    assert value(lang, text) == day


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "Tuesday March 17", date(2026, 3, 17)),
    ("en", "Tuesday March 3", date(2027, 3, 3)),  # a day and month ahead, weekday or not
    ("es", "viernes 12 de mayo", date(2026, 5, 12)),
])
def test_a_weekday_with_day_and_month_takes_the_next_such_date(lang: str, text: str,
                                                                day: date) -> None:
    assert value(lang, text) == day


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "in two thousand and twenty", date(2020, 1, 1)),
    ("es", "el diez de octubre de dos mil dieciocho", date(2018, 10, 10)),
    ("es", "veintiocho de marzo de mil novecientos noventa y dos", date(1992, 3, 28)),
    ("pt", "semana 3 de dois mil e vinte e sete", date(2027, 1, 18)),
    ("fr", "en mars deux mille vingt", date(2020, 3, 1)),
    ("hi", "पहले जनवरी दो हजार बत्तीस", date(2032, 1, 1)),
    ("en", "on 15 April of 87", date(1987, 4, 15)),
    ("pt", "em 2 de outubro de 92", date(1992, 10, 2)),
    ("es", "el 9 de 8 de 1971", date(1971, 8, 9)),
    ("en", "on 28 june in 2027", date(2027, 6, 28)),
    ("en", "report-20270302.html", date(2027, 3, 2)),
])
def test_written_years(lang: str, text: str, day: date) -> None:
    assert value(lang, text) == day


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("en", "due 12-2027", date(2027, 12, 1), date(2027, 12, 31)),
    ("hi", "1990 के दशक", date(1990, 1, 1), date(1999, 12, 31)),
    ("es", "en el 3º trimestre de 2026", date(2026, 7, 1), date(2026, 9, 30)),
    ("es", "2º semestre", date(2026, 7, 1), date(2026, 12, 31)),
    ("es", "el trimestre actual", date(2026, 3, 11), date(2026, 3, 31)),
    ("de", "im 3. Quartal", date(2026, 7, 1), date(2026, 9, 30)),
    ("id", "kuartal ketiga", date(2026, 7, 1), date(2026, 9, 30)),
    ("en", "year 2028", date(2028, 1, 1), date(2028, 12, 31)),
    ("es", "antes del año 2028", date(2028, 1, 1), date(2028, 12, 31)),
    ("en", "this fortnight", date(2026, 3, 11), date(2026, 3, 22)),
    ("en", "next fortnight", date(2026, 3, 23), date(2026, 4, 5)),
])
def test_periods(lang: str, text: str, start: date, end: date) -> None:
    assert span(lang, text) == (start, end)


def test_after_a_year_is_the_next_one_and_since_includes_it() -> None:
    assert value("hi", "2027 के बाद") == date(2028, 1, 1)
    assert value("en", "after 2027") == date(2028, 1, 1)
    assert value("es", "el año 2027 o posterior") == date(2027, 1, 1)


def test_invalid_month_year_pairs_are_no_dates() -> None:
    assert find_dates("is 32-2015 a date?", REF, "en") == []
