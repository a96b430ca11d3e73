"""Cue lists as one compiled regex each, tried only where one of their first words occurs."""

from __future__ import annotations

import re
from functools import lru_cache

# Letters, digits and the combining marks of Indic scripts, which `\w` leaves out.
_WORD = r"(?:[^\W_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963])"


_END = ""
_IS_WORD = re.compile(_WORD)
_Trie = dict[str, "_Trie"]


def _escape(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def _trie_pattern(node: _Trie) -> str:
    """Regex of a trie node: longer continuations first, then the phrase ending here."""
    branches = [_escape(char) + _trie_pattern(child) for char, child in sorted(node.items())
                if char != _END]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if _END in node else inner


def trie(phrases: set[str], bounded: bool = True) -> str:
    """Regex alternation of `phrases` as a trie (one pass per position, longest first);
    `bounded`: a phrase starting with a letter must start a word."""
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    branches = []
    for char, child in sorted(root.items()):
        start = rf"(?<!{_WORD})" if bounded and _IS_WORD.match(char) else ""
        branches.append(start + _escape(char) + _trie_pattern(child))
    return "|".join(branches)


_RUN = re.compile(rf"{_WORD}+")
_SPOT = re.compile(rf"{_WORD}+|(?!{_WORD})\S")
_NEVER = re.compile(r"(?!x)x")
_Spots = tuple[tuple[int, str], ...]


@lru_cache(maxsize=1024)
def _scan(text: str) -> tuple[frozenset[str], _Spots | None]:
    """The word runs and marks of a text, and where each starts (None when lower-casing moves
    offsets): a cue can only match where its first word run or mark occurs."""
    low = text.lower()
    spots = tuple((m.start(), m.group()) for m in _SPOT.finditer(low))
    return frozenset(key for _, key in spots), spots if len(low) == len(text) else None


@lru_cache(maxsize=1024)
def _head(text: str) -> str:
    """The first word run (or mark) of a text: what an anchored cue must start with."""
    low = text[:40].lower()
    found = _RUN.match(low)
    return found.group() if found else low[:1]


def _key(phrase: str) -> str:
    found = _RUN.match(phrase)
    return found.group() if found else phrase[:1]


class Cues:
    """A cue list compiled as one regex, tried only when the text holds one of its first words.

    Every phrase starts on a word boundary, so a match needs the phrase's first word run (or
    first mark, for emoji and punctuation cues) among the text's: a set lookup per text
    replaces most regex scans, and the per-text word sets are cached across cue lists.
    """

    __slots__ = ("anchored", "keys", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str], keys: frozenset[str], anchored: bool) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.keys = keys
        self.anchored = anchored

    def search(self, text: str) -> re.Match[str] | None:
        """`re.Pattern.search`: the regex is tried only where a cue's first word starts."""
        if self.anchored:
            return self.regex.match(text) if _head(text) in self.keys else None
        words, spots = _scan(text)
        if self.keys.isdisjoint(words):
            return None
        if spots is None:
            return self.regex.search(text)
        for start, key in spots:
            if key in self.keys and (found := self.regex.match(text, start)) is not None:
                return found
        return None

    def match(self, text: str) -> re.Match[str] | None:
        """`re.Pattern.match`, skipped when no cue starts the text."""
        return self.regex.match(text) if _head(text) in self.keys else None

    def findall(self, text: str) -> list[str]:
        """`re.Pattern.findall` (the patterns have no groups), tried where a cue can start."""
        words, spots = _scan(text)
        if self.keys.isdisjoint(words):
            return []
        if spots is None or self.anchored:
            return self.regex.findall(text)
        found: list[str] = []
        end = 0
        for start, key in spots:
            if start >= end and key in self.keys:
                hit = self.regex.match(text, start)
                if hit is not None:
                    found.append(hit.group())
                    end = max(hit.end(), start + 1)
        return found

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        """`re.Pattern.sub`, skipped when no cue can occur."""
        if self.anchored and _head(text) not in self.keys:
            return text
        if self.keys.isdisjoint(_scan(text)[0]):
            return text
        return self.regex.sub(repl, text, count=count)


def cleaned(phrases: list[str]) -> set[str]:
    """Phrases as matched: lower case, single spaces, no '*' wildcard marks, no empties."""
    found = {re.sub(r"\s+", " ", p.replace("*", "").strip().lower()) for p in phrases}
    found.discard("")
    return found


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """One regex matching any phrase on word boundaries (emoji and punctuation match as is).

    The phrases are compiled as tries, so thousands of verb forms cost one pass per position
    instead of one per phrase; the regex backtracks from the longest phrase to shorter ones
    until the word boundary holds.
    """
    wanted = cleaned(phrases)
    if not wanted:
        return _NEVER
    loose = {p for p in wanted if not _IS_WORD.match(p[-1])}
    bounded = wanted - loose
    parts = []
    if loose:
        parts.append(f"(?:{trie(loose)})")
    if bounded:
        parts.append(f"(?:{trie(bounded)})(?!{_WORD})")
    return re.compile("|".join(parts), re.IGNORECASE)


def compile_cues(
    phrases: list[str], before: str = "", after: str = "", anchored: bool = False
) -> Cues:
    """Cues of `phrases`, optionally wrapped (`before` + phrases + `after`) in one regex."""
    wanted = cleaned(phrases)
    if not wanted:
        return Cues(_NEVER, frozenset(), anchored)
    inner = _phrase_regex(phrases).pattern
    regex = re.compile(f"{before}(?:{inner}){after}", re.IGNORECASE)
    return Cues(regex, frozenset(_key(p) for p in wanted), anchored)
