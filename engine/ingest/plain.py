"""Tell plain messages -- text by a known author, nothing special in it -- from the rest.

`MessageBuilder.make` is the reference reading of a message. The tests here say where it
would find nothing to do: no notice, no event, no placeholder, no marker. They may only err
towards "look closer"; every message they do not clear goes to `make`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat
from operator import contains, itemgetter

from engine.ingest.authors import MessageBuilder
from engine.ingest.content import short_markers, vocabulary
from engine.ingest.system import NOTICE_KEY, notice_keys

# Placeholders and markers start with '<', end with ')' '>' or '.', or hide behind spaces
# that `classify` folds away; '~' marks an iOS non-contact whose raw name may start the text.
_STARTS = ("<", " ", "~")
_ENDS = (")", ">", ".", " ")
# A continuation line `_generic_header` could take for a header: it starts with '[', a digit
# or a space and has two numbers a date separator apart (spaces kept within the line).
MAYBE_HEADER = re.compile(
    r"\n(?:\[[^\S\n]*| [^\S\n]*\[?[^\S\n]*)?\d{1,4}(?:[./-]|[^\S\n])[^\S\n]?\d"
)


class PlainTest:
    """Finds, in a run of messages, those that may not be plain, at C speed."""

    def __init__(self, builder: MessageBuilder) -> None:
        vocab = vocabulary()
        self.known = builder.known_authors
        self.system = builder.system_authors
        # The lower-cased first characters of every notice, whole-body marker and 'deleted by
        # admin' text: a body whose lower-cased head is none of them is none of those.
        notices = notice_keys()
        heads = {key.lower() for key in notices} | {key.casefold().lower() for key in notices}
        heads |= {marker[:NOTICE_KEY] for marker in (*short_markers(), *vocab.deleted_prefixes)}
        self.heads = frozenset(heads | {""})
        self._head = itemgetter(slice(None, NOTICE_KEY))
        self._names: dict[str, str] = {}
        self._names_for = (-1, -1)

    def names(self) -> dict[str, str]:
        """Display name of each author whose messages may be plain (not WhatsApp's voice)."""
        sizes = (len(self.known), len(self.system))
        if sizes != self._names_for:
            self._names = {
                name: ((name.lstrip("~ ").strip() or name) if name[0] == "~" else name)
                for name in self.known
                if name not in self.system
            }
            self._names_for = sizes
        return self._names

    def odd(
        self, display: Sequence[str], bodies: Sequence[str], multi: Sequence[bool], scope: str
    ) -> list[bool]:
        """For a run of messages, True where one is not certainly a plain one-line message.

        `display` holds each author's display name, '' where not plain (so every body
        "starts with" it); `multi` marks bodies of more than one line. Every test runs as a
        C loop (map) over the whole run; a test whose trigger appears nowhere in `scope`
        (the text the run came from) is skipped.
        """
        checks = [
            multi,
            map(str.startswith, bodies, display),
            map(str.startswith, bodies, repeat(_STARTS)),
            map(str.endswith, bodies, repeat(_ENDS)),
            map(self.heads.__contains__, map(str.lower, map(self._head, bodies))),
        ]
        if ": http" in scope:
            checks.append(map(contains, bodies, repeat(": http")))
        if "•" in scope:
            checks.append(map(contains, bodies, repeat("•")))
        return list(map(any, zip(*checks, strict=False)))
