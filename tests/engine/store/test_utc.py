"""UTC text storage and wall-clock conversion, including DST gaps and overlaps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.store.utc import from_utc_text, to_utc_text, wall_to_utc

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def test_the_two_readings_of_an_ambiguous_hour_stay_distinct() -> None:
    first = datetime(2024, 10, 27, 2, 30, fold=0, tzinfo=BERLIN)
    second = datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=BERLIN)
    assert to_utc_text(first) == "2024-10-27 00:30:00"
    assert to_utc_text(second) == "2024-10-27 01:30:00"


def test_stored_text_sorts_like_time() -> None:
    moments = [NOW + timedelta(seconds=s) for s in (0, 9, 10, 59, 3600, 86400 * 400)]
    texts = [to_utc_text(m) for m in moments]
    assert texts == sorted(texts)
    assert [from_utc_text(t) for t in texts] == moments
    assert to_utc_text(datetime(2024, 1, 1, 12, 0, 0, 999_999, tzinfo=UTC)) == (
        "2024-01-01 12:00:00"
    )


def test_wall_times_in_a_dst_gap_shift_forward_and_ambiguous_ones_take_fold_0() -> None:
    gap = wall_to_utc(datetime(2024, 3, 31, 2, 30), BERLIN)
    assert gap == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert gap.astimezone(BERLIN).replace(tzinfo=None) == datetime(2024, 3, 31, 3, 30)
    overlap = wall_to_utc(datetime(2024, 10, 27, 2, 30), BERLIN)
    assert overlap == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        wall_to_utc(datetime(2024, 1, 1, tzinfo=UTC), BERLIN)


@given(
    wall=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2037, 12, 31)),
    zone=st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
                          "Asia/Kolkata", "America/Sao_Paulo", "UTC"]),
)  # fmt: skip
def test_wall_to_utc_agrees_with_zoneinfo_fold_0(wall: datetime, zone: str) -> None:
    wall = wall.replace(microsecond=0)
    expected = wall.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    assert wall_to_utc(wall, ZoneInfo(zone)) == expected
