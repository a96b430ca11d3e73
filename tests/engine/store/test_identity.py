"""MessageKeys: deterministic per import, counting repeats of identical messages."""

from __future__ import annotations

from engine.store.identity import MessageKeys


def test_keys_are_deterministic_across_imports() -> None:
    first, second = MessageKeys(), MessageKeys()
    fields = ("2024-05-01T18:00:00", "Ana", "text", "ok")
    assert first.key(*fields) == second.key(*fields)


def test_repeats_get_the_next_occurrence_and_other_fields_do_not_count() -> None:
    keys = MessageKeys()
    ok = ("2024-05-01T18:00:00", "Ana", "text", "ok")
    one = keys.key(*ok)
    keys.key("2024-05-01T18:00:00", "Ben", "text", "ok")
    keys.key("2024-05-01T18:01:00", "Ana", "text", "ok")
    keys.key("2024-05-01T18:00:00", "Ana", "system", "ok")
    two = keys.key(*ok)
    three = keys.key(*ok)
    assert len({one, two, three}) == 3
    fresh = MessageKeys()
    assert [fresh.key(*ok) for _ in range(3)] == [one, two, three]


def test_a_missing_author_is_the_empty_author_and_fields_do_not_run_together() -> None:
    keys = MessageKeys()
    assert MessageKeys().key("t", None, "system", "x") == MessageKeys().key("t", "", "system", "x")
    assert keys.key("t", "ab", "text", "c") != keys.key("t", "a", "text", "bc")


def test_key_format_is_time_then_hash() -> None:
    key = MessageKeys().key("2024-05-01T18:00:00", "Ana", "text", "ok")
    time, digest = key.split("#")
    assert time == "2024-05-01T18:00:00"
    assert len(digest) == 32 and int(digest, 16) >= 0
