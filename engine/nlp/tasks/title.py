"""Short imperative titles and keywords from a task's clause."""

from __future__ import annotations

import re
from functools import lru_cache

from engine.nlp.lexicon import TaskLexicon, task_lexicon

MAX_TITLE = 70
_DANGLING = re.compile(
    r"(?:\s+(?:by|on|at|for|before|until|till|in|from|around|até|às|as|para|pro|pra|de|em|no|na|"
    r"bis|am|um|zum|vor|ab|entro|per|alle|il|le|la|à|a|d'ici|avant|pour|sebelum|jam|pada|"
    r"tanggal|hari|tak|ko|se|ke|ka|ki|el|en|antes|del|al|the|this|next|and|y|e|et|und|dan|aur))+$",
    re.I,
)
_SPACES = re.compile(r"\s+")
_BULLETS = re.compile(r"^[@\s\-*•>]+")
_SYMBOLS = re.compile(r"[^\w\s'’&/%€$£.,:()-]+")
_WORDS = re.compile(r"[^\W\d_]{3,}")


def make_title(
    text: str,
    start: int,
    end: int,
    lex: TaskLexicon,
    date_spans: list[tuple[int, int]],
    vocative: str | None,
) -> str:
    """An imperative summary of text[start:end]: no request wrapper, no date phrase, no emoji."""
    pieces = []
    position = start
    for span_start, span_end in sorted(date_spans):
        if span_end <= start or span_start >= end:
            continue
        pieces.append(text[position : max(span_start, position)])
        position = max(position, span_end)
    pieces.append(text[position:end])
    clause = _SPACES.sub(" ", " ".join(pieces)).strip()
    clause = _BULLETS.sub("", clause)
    if vocative:
        first = vocative.split()[0]
        clause = re.sub(
            rf"^@?{re.escape(vocative)}\b[\s,:!]*|^@?{re.escape(first)}\b[\s,:!]*",
            "",
            clause,
            flags=re.I,
        )
        clause = lex.fillers.sub("", clause, count=1) if lex.fillers.match(clause) else clause
        clause = clause.lstrip(" ,:!")
    for _ in range(3):
        stripped = lex.title_strip.sub("", clause).lstrip(" ,:!-")
        if stripped == clause:
            break
        clause = stripped
    clause = _SYMBOLS.sub(" ", clause)
    clause = _SPACES.sub(" ", clause).strip(" ,.;:-")
    clause = lex.title_tail.sub("", clause).strip(" ,.;:-?!")
    previous = None
    while previous != clause:
        previous = clause
        clause = _DANGLING.sub("", clause).strip(" ,.;:-")
    words = clause.split(" ")
    if words and lex.infinitives:
        lemma = lex.infinitives.get(words[0].lower())
        if lemma:
            words[0] = lemma
    clause = " ".join(words)
    if len(clause) > MAX_TITLE:
        clause = clause[:MAX_TITLE].rsplit(" ", 1)[0] + "…"
    return clause[:1].upper() + clause[1:] if clause else ""


def keywords(title: str, lex: TaskLexicon) -> frozenset[str]:
    """Content words of a title (lower case, lemmatised, no function words), for later matching."""
    words = {
        lex.lemmas.get(word, word)
        for word in (w.lower() for w in _WORDS.findall(title))
        if word not in lex.stop
    }
    return frozenset(words.union(_amounts(title)))


_AMOUNTS = re.compile(r"(?<![\d.,])(?:\d+[.,]\d+|\d{3,})(?![\d.,]?\d)")


def _amounts(text: str) -> set[str]:
    """Sums and long numbers ('53.50', '214'): a report naming one names its task."""
    return {a.replace(",", ".") for a in _AMOUNTS.findall(text)}


def overlap(words: frozenset[str], text: str, lex: TaskLexicon | None = None) -> int:
    """How many of `words` (compared by their first 4 letters) occur in `text`."""
    stems = _stems(text, lex.code if lex is not None else "")
    return sum(1 for word in words if word[:4] in stems)


def stems_of(text: str, lex: TaskLexicon) -> frozenset[str]:
    """The stems `overlap` compares with: first four letters of each lemmatised word."""
    return _stems(text, lex.code)


def shares(words: frozenset[str], stems: frozenset[str]) -> bool:
    """Whether one of `words` has its stem among `stems` (`overlap(...) >= 1`, precomputed)."""
    return any(word[:4] in stems for word in words)


@lru_cache(maxsize=1024)
def _stems(text: str, code: str) -> frozenset[str]:
    """First four letters of each (lemmatised) word; one message is compared with many tasks."""
    lemmas = task_lexicon(code).lemmas if code else {}
    stems = {lemmas.get(w, w)[:4] for w in (w.lower() for w in _WORDS.findall(text))}
    return frozenset(stems.union(a[:4] for a in _amounts(text)))
