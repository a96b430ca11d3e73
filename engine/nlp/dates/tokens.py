"""Tokenizer: turns a message into tagged tokens (one tag letter each) for the grammar."""

from __future__ import annotations

import re
from typing import Any

from .joins import join_tokens
from .lexicon import Lexicon, norm
from .model import Tok

__all__ = ["Tok", "tokenize"]

# Tag letters (the grammar in `grammar.py` is written over them):
#   D relative day   W/w weekday (w = weak)  M/m month   N number   Y year   O ordinal
#   Z/z numeric date T clock time            A am/pm     H "o'clock"  @ "at"  j "jam" (at/hour)
#   P part of day    X next  C this  L last  U unit      I "in"      g "ago"  l "later"
#   B/b before (pre/post)   F/f after (pre/post)   s "से" (post from)   G from   K between
#   V next/last on either side   R to   & and   E special (EOD...)   a filler
#   d "day" word   v "half past"   Q "the week after next"   y next/last after the noun
#   , comma   . dot   _ other word   # other number   | other mark


_LOOKUP = frozenset("_|N")
_DASHES = {"-": "R", "–": "R", "—": "R", "~": "R", ",": ",", ".": ".", "/": ","}


def _year(y: int) -> int:
    return y + (2000 if y < 70 else 1900) if y < 100 else y


def _numeric_date(text: str, lex: Lexicon, start: int, end: int) -> Tok | None:
    raw = text[start:end]
    sep = next(c for c in raw if c in "/.-")
    parts = [int(p) for p in raw.split(sep)]
    weak = False
    if len(parts) == 2:
        trailing_dot = text[end:end + 1] == "."
        if len(raw.split(sep)[0]) == 4:
            year, month = parts
            if sep == "." or not 1 <= month <= 12:
                return None
            return Tok("Z", (year, month, None, None, None), start, end, raw)
        if sep == "-" or (sep == "." and not trailing_dot):
            return None
        a, b = parts
        d, m = (a, b) if lex.day_first else (b, a)
        if m > 12 >= d:
            d, m = m, d
        y = None
        weak = sep == "/" and a <= 12 and b <= 12
    elif len(raw.split(sep)[0]) == 4:
        y, m, d = parts
    else:
        a, b, c = parts
        d, m = (a, b) if lex.day_first else (b, a)
        if m > 12 >= d:
            d, m = m, d
        y = _year(c)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return Tok("z" if weak else "Z", (y, m, d, None, None), start, end, raw)


def _clock(raw: str) -> tuple[int, int, str | None, int] | None:
    digits = ""
    i = 0
    while i < len(raw) and raw[i].isdigit():
        digits += raw[i]
        i += 1
    hour, minute = int(digits), 0
    rest = raw[i:]
    if rest[:1] in (":", ".") and rest[1:3].isdigit():
        minute = int(rest[1:3])
        rest = rest[3:]
    elif rest[:1] in ("h", "H"):
        minute = int(rest[1:3]) if rest[1:3].isdigit() else 0
        rest = ""
    second = 0
    if rest.startswith(":") and rest[1:3].isdigit():
        second = int(rest[1:3])
        rest = rest[3:]
    mark = rest.strip().lower()[:1] or None
    ampm = "am" if mark == "a" else "pm" if mark == "p" else None
    if minute > 59 or hour > 24 or (ampm and not 1 <= hour <= 12):
        return None
    return hour, minute, ampm, second


def _raw_tokens(text: str, lex: Lexicon) -> list[Tok]:
    out: list[Tok] = []
    for m in lex.scanner.finditer(text):
        kind, s, e = m.lastgroup, m.start(), m.end()
        raw = m.group()
        if kind == "word":
            out.append(Tok("_", None, s, e, norm(raw)))
        elif kind == "punct":
            out.append(Tok("|", None, s, e, raw))
        elif kind in ("tap", "tc", "th"):
            clock = _clock(raw)
            out.append(Tok("T", clock, s, e, raw) if clock else Tok("#", None, s, e, raw))
        elif kind == "iso":
            nums = [int(x) for x in raw.replace("T", "-").replace(" ", "-").replace(":", "-")
                    .split("-")]
            nums += [0] * (5 - len(nums))
            y, mo, d, h, mi = nums[:5]
            timed = "T" in raw or " " in raw
            out.append(Tok("Z", (y, mo, d, h if timed else None, mi if timed else None),
                           s, e, raw))
        elif kind == "nd":
            tok = _numeric_date(text, lex, s, e)
            if tok is None and raw.count(".") == 1 and raw.replace(".", "").isdigit():
                out.append(_number(text, s, e))
            elif tok is None:
                out.extend(_split_numbers(text, lex, s, e))
            else:
                out.append(tok)
        elif kind == "ord":
            digits = "".join(c for c in raw if c.isdigit())
            out.append(Tok("O", int(digits), s, e, raw.lower()))
        else:
            out.append(_number(text, s, e, lex))
    return out


def _split_numbers(text: str, lex: Lexicon, s: int, e: int) -> list[Tok]:
    toks: list[Tok] = []
    i = s
    while i < e:
        j = i
        while j < e and text[j].isdigit():
            j += 1
        if j > i:
            toks.append(_number(text, i, j))
            i = j
        else:
            toks.append(Tok("|", None, i, i + 1, text[i]))
            i += 1
    return toks


_GLUED = re.compile(r"[^\W\d_]+")


def _number(text: str, s: int, e: int, lex: Lexicon | None = None) -> Tok:
    raw = text[s:e]
    before = text[s - 1:s] if s else ""
    after = text[e:e + 1]
    if before in "$€£₹+#" and before or after in ("%", "€", "$"):
        return Tok("#", None, s, e, raw)
    if lex is not None and after.isalpha() and len(raw) <= 3:
        # "10kg", "26cm", "2x": a measure, unless the letters are a date word ("11ish",
        # "2moro", "7ampm") or a decade's "s"
        glued = _GLUED.match(text, e)
        word = norm(glued.group()) if glued is not None else ""
        if word and word != "s" and not word.startswith(("am", "pm")) \
                and (word,) not in lex.entries and (raw, word) not in lex.entries:
            return Tok("#", None, s, e, raw)
    if "," in raw or "." in raw:
        return Tok("N", float(raw.replace(",", ".")), s, e, raw)
    value = int(raw)
    if len(raw) == 4 and 1900 <= value <= 2099:
        return Tok("Y", value, s, e, raw)
    if len(raw) == 8 and raw[:2] in ("19", "20"):  # "20161016"
        y, m, d = value // 10000, value // 100 % 100, value % 100
        if 1 <= m <= 12 and 1 <= d <= 31:
            return Tok("Z", (y, m, d, None, None), s, e, raw)
    if len(raw) <= 3:
        return Tok("N", value, s, e, raw)
    return Tok("#", None, s, e, raw)


def _glued(text: str, tok: Tok) -> bool:
    """A hyphen with no space on either side ("Jun-15", "19-20")."""
    return 0 < tok.start and tok.end < len(text) and not text[tok.start - 1].isspace() \
        and not text[tok.end].isspace()


def _lookup(raw: list[Tok], i: int, lex: Lexicon, longest: int = 99) -> tuple[int, Any] | None:
    """The longest lexicon phrase (at most `longest` tokens) starting at raw token i."""
    tok = raw[i]
    lens = lex.lengths.get(tok.key) if tok.tag in _LOOKUP else None
    if not lens:
        return None
    n = len(raw)
    for length in lens:
        if i + length > n or length > longest:
            continue
        key = (tok.key,) if length == 1 else tuple(t.key for t in raw[i:i + length])
        hit = lex.entries.get(key)
        if hit is not None and (length == 1 or all(t.tag in _LOOKUP for t in raw[i:i + length])):
            return length, hit
    return None


def _overlapped(raw: list[Tok], i: int, length: int, lex: Lexicon) -> int:
    """'el Día del Trabajador': where a longer date phrase starts inside a filler phrase."""
    for k in range(1, length):
        found = _lookup(raw, i + k, lex)
        if found is not None and k + found[0] > length and found[1][0] not in "ad_":
            return k
    return 0


def _plain(text: str, tok: Tok) -> Tok:
    if tok.tag != "|":
        return tok
    tag = _DASHES.get(tok.key, "|")
    if tag == "R" and tok.key == "-" and _glued(text, tok):
        tag = "h"
    return Tok(tag, None, tok.start, tok.end, tok.key)


def tokenize(text: str, lex: Lexicon) -> list[Tok]:
    """Tag every token of `text`, joining multi-word phrases from the lexicon (longest first)."""
    raw = _raw_tokens(text, lex)
    out: list[Tok] = []
    i, n = 0, len(raw)
    longest = 99
    lengths, entries = lex.lengths, lex.entries
    while i < n:
        tok = raw[i]
        lens = lengths.get(tok.key) if tok.tag in _LOOKUP else None
        if not lens:
            out.append(tok if tok.tag != "|" else _plain(text, tok))
            i += 1
            continue
        found = None
        for length in lens:
            if i + length > n or length > longest:
                continue
            if length == 1:
                hit = entries.get((tok.key,))
            elif all(t.tag in _LOOKUP for t in raw[i:i + length]):
                hit = entries.get(tuple(t.key for t in raw[i:i + length]))
            else:
                continue
            if hit is not None:
                found = (length, hit)
                break
        longest = 99
        if found is None:
            out.append(_plain(text, tok))
            i += 1
            continue
        length, hit = found
        if length > 1 and hit[0] in "ad":
            k = _overlapped(raw, i, length, lex)
            if k:
                longest = k  # re-read the head alone, then the longer phrase
                continue
        tag = "h" if tok.key == "-" and _glued(text, tok) else hit[0]
        out.append(Tok(tag, hit[1], tok.start, raw[i + length - 1].end, tok.key))
        i += length
    return join_tokens(out, lex, text)
