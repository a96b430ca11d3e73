"""Header timestamps from cached days and times, one at a time and for whole runs."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from engine.ingest.profile import ExportProfile
from engine.ingest.stamps import StampClock


def _clock(style: str = r"(\d{1,4}/\s?\d{1,4}/\s?\d{1,4}),\ (\d{1,2}[:.]\d{2})()\ \-\ (.*)") -> StampClock:
    orders = {("/", 2): "DMY"}
    return StampClock(ExportProfile(orders, Counter(), frozenset(), 1, style=style))  # type: ignore[arg-type]


def test_a_run_of_headers_gives_the_same_stamps_as_one_at_a_time() -> None:
    clock = _clock()
    dates = ["31/12/2023", "31/12/2023", "01/01/2024", "01/01/2024"]
    times = ["23:59", "00:00", "9.05", "09:05:07"]
    run = clock.stamps(dates, times, [""] * 4)
    assert run == [
        datetime(2023, 12, 31, 23, 59),
        datetime(2023, 12, 31, 0, 0),
        datetime(2024, 1, 1, 9, 5),
        datetime(2024, 1, 1, 9, 5, 7),
    ]
    fresh = _clock()
    assert [fresh.stamp(d, t, "") for d, t in zip(dates, times, strict=True)] == run
    assert clock.stamps(dates, times, [""] * 4) == run  # now from the caches


def test_twelve_hour_markers_are_part_of_the_time() -> None:
    clock = _clock()
    run = clock.stamps(["1/2/2024"] * 3, ["12:30", "12:30", "1:05"], ["AM", "PM", "p. m."])
    assert run is not None
    assert [stamp.hour for stamp in run] == [0, 12, 13]


def test_an_impossible_date_or_time_spoils_the_run() -> None:
    clock = _clock()
    assert clock.stamps(["31/02/2024", "01/02/2024"], ["10:00", "10:00"], ["", ""]) is None
    assert clock.stamps(["01/02/2024"], ["10:61"], [""]) is None
    assert clock.stamp("31/02/2024", "10:00", "") is None
    assert clock.stamp("01/02/2024", "24:00", "") is None
    assert clock.stamp("01/02/2024", "23:59:59", "") == datetime(2024, 2, 1, 23, 59, 59)
