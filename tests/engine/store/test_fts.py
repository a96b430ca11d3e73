"""fts_query: every user input becomes a valid, fully quoted FTS5 expression (or None)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.store.fts import fts_query


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("buy milk", '"buy" "milk"*'),
        ('"foo', '"foo"*'),
        ("a:b", '"a:b"'),
        ("meet", '"meet"*'),
        ("me", '"me"'),
        ('say "hello there" now', '"say" "hello there" "now"*'),
        ('ends with "a phrase"', '"ends" "with" "a phrase"'),
        ("AND OR NOT", '"AND" "OR" "NOT"*'),
        ('x""y', '"x" "y"'),
        ("🎉 party", '"party"*'),
        ("", None),
        ("  ?! 🎉 ", None),
    ],
)
def test_expressions(typed: str, expression: str | None) -> None:
    assert fts_query(typed) == expression


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    """An in-memory FTS5 table with the store's tokenizer."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO t VALUES ('a:b say \"hi\" Grüße 🎉')")
    return conn


@settings(max_examples=500)
@given(st.text(max_size=40))
def test_any_text_gives_a_valid_match_expression(fts: sqlite3.Connection, typed: str) -> None:
    expression = fts_query(typed)
    if expression is not None:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()
