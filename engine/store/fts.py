"""Safe FTS5 MATCH expressions from whatever the user typed."""

from __future__ import annotations

import re

SNIPPET_MARKS = ("\x02", "\x03")
"""Start and end of a match in `SearchHit.snippet`: control characters that never occur in chat
text, so a view can escape the snippet and only then turn them into highlighting."""

MIN_PREFIX_CHARS = 3
"""The last typed term also matches as a prefix once it has this many letters or digits."""

_PART = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD_CHAR = re.compile(r"\w")


def fts_query(typed: str) -> str | None:
    """An FTS5 expression matching messages that contain every term of `typed`.

    "Double-quoted" parts are phrases; other whitespace-separated parts are terms, the last one
    also matching as a prefix (type-ahead) from MIN_PREFIX_CHARS letters on. Every term is
    quoted, so FTS5 syntax in the input (AND, NEAR, column:, *, ^, unbalanced quotes) is
    searched as text and never raises. None when nothing searchable is left (empty, or only
    punctuation or emoji, which the unicode61 tokenizer does not index).
    """
    terms: list[tuple[str, bool]] = []
    # SQLite reads the expression as a C string: a NUL would cut it inside a quoted term.
    for part in _PART.finditer(typed.replace("\x00", " ")):
        phrase, word = part.group(1), part.group(2)
        term = phrase if phrase is not None else word
        if _WORD_CHAR.search(term):
            terms.append((term, phrase is not None))
    if not terms:
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term, _ in terms]
    last, is_phrase = terms[-1]
    # A one- or two-letter prefix matches most of a big chat and ranks slowly; skip those.
    if not is_phrase and len(_WORD_CHAR.findall(last)) >= MIN_PREFIX_CHARS:
        quoted[-1] += "*"
    return " ".join(quoted)
