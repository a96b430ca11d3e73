"""The run-at-once plainness test never clears a message that `make` would treat specially."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.ingest.authors import MessageBuilder
from engine.ingest.content import short_markers, vocabulary
from engine.ingest.plain import MAYBE_HEADER, PlainTest
from engine.ingest.system import notice_keys

_STAMP = datetime(2024, 1, 2, 3, 4)
_PIECES = [
    "ok", "Thanks", ".", " ", "<", ">", ")", "(", "•", ": http", "omitted", "image omitted",
    "<Media omitted>", "This message was deleted", "this message was deleted by admin", "POLL:",
    "Messages and calls are end-to-end encrypted", "Ana", "~ Noah", "location: https://x.y",
    "file attached", "IMG-1.jpg", "<This message was edited>", "Missed voice call", "é", "🌸",
]


def _plain_message(builder: MessageBuilder, author: str, text: str) -> bool:
    message = builder.make(1, _STAMP, f"{author}: {text}", [])
    return message.kind == "text" and message.media is None and not message.edited and (
        message.subtype is None and message.text == text
    )


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["Ana", "~ Noah", "Bob"]),
    st.lists(st.sampled_from(_PIECES), max_size=4).map("".join),
)
def test_cleared_messages_are_plain_to_make(author: str, text: str) -> None:
    builder = MessageBuilder()
    builder.known_authors.update({"Ana", "~ Noah"})
    plain = PlainTest(builder)
    names = plain.names()
    display = names.get(author, "")
    [odd] = plain.odd([display], [text], ["\n" in text], text)
    if not odd:
        message = builder.make(1, _STAMP, f"{author}: {text}", [])
        assert _plain_message(builder, author, text)
        assert message.author == display
        assert message.non_contact == author.startswith("~")


def test_unknown_and_system_authors_are_never_cleared() -> None:
    builder = MessageBuilder()
    builder.known_authors.update({"Ana", "Group"})
    builder.system_authors.add("Group")
    plain = PlainTest(builder)
    names = plain.names()
    display = [names.get(name, "") for name in ("Ana", "Group", "Eve")]
    assert plain.odd(display, ["hi there"] * 3, [False] * 3, "") == [False, True, True]


def test_markers_have_no_context_dependent_lower_case() -> None:
    """The head test lower-cases only a body's first characters; markers must allow that."""
    texts = [*short_markers(), *notice_keys(), *vocabulary().deleted_prefixes]
    assert not [text for text in texts if set(text) & set("σςΣİı")]


def test_maybe_header_finds_every_header_like_line() -> None:
    for line in ("12/01/2024, 10:00 - A: x", " [1/2/24, 9:05:01] A: y", "[2016-04-29 10:30", "1 2 3"):
        assert MAYBE_HEADER.search("first\n" + line), line
    for line in ("1. budget", "\t12/01/2024", "x 12/01", "[x] 1/2"):
        assert MAYBE_HEADER.search("first\n" + line) is None, line
