"""Tokenizer: turns a message into tagged tokens (one tag letter each) for the grammar."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .lexicon import Lexicon, norm

# Tag letters (the grammar in `grammar.py` is written over them):
#   D relative day   W/w weekday (w = weak)  M/m month   N number   Y year   O ordinal
#   Z/z numeric date T clock time            A am/pm     H "o'clock"  @ "at"  j "jam" (at/hour)
#   P part of day    X next  C this  L last  U unit      I "in"      g "ago"  l "later"
#   B/b before (pre/post)   F/f after (pre/post)   s "से" (post from)   G from   K between
#   V next/last on either side   R to   & and   E special (EOD...)   a filler
#   d "day" word   v "half past"   Q "the week after next"   y next/last after the noun
#   , comma   . dot   _ other word   # other number   | other mark


class Tok(NamedTuple):
    """One token: its tag letter, its meaning, its character span and its lookup key."""

    tag: str
    value: Any
    start: int
    end: int
    key: str


_LOOKUP = frozenset("_|N")
_TENS = frozenset(range(20, 100, 10))
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
    if len(raw) <= 3:
        return Tok("N", value, s, e, raw)
    return Tok("#", None, s, e, raw)


def _glued(text: str, tok: Tok) -> bool:
    """A hyphen with no space on either side ("Jun-15", "19-20")."""
    return 0 < tok.start and tok.end < len(text) and not text[tok.start - 1].isspace() \
        and not text[tok.end].isspace()


def tokenize(text: str, lex: Lexicon) -> list[Tok]:
    """Tag every token of `text`, joining multi-word phrases from the lexicon (longest first)."""
    raw = _raw_tokens(text, lex)
    out: list[Tok] = []
    i, n = 0, len(raw)
    entries, lengths = lex.entries, lex.lengths
    while i < n:
        tok = raw[i]
        lens = lengths.get(tok.key) if tok.tag in _LOOKUP else None
        if lens:
            for length in lens:
                if i + length > n:
                    continue
                key = (tok.key,) if length == 1 else tuple(t.key for t in raw[i:i + length])
                hit = entries.get(key)
                if hit is not None and (length == 1 or all(
                        t.tag in _LOOKUP for t in raw[i:i + length])):
                    tag = "h" if tok.key == "-" and _glued(text, tok) else hit[0]
                    out.append(Tok(tag, hit[1], tok.start, raw[i + length - 1].end, tok.key))
                    i += length
                    break
            else:
                if tok.tag == "|":
                    tag = _DASHES.get(tok.key, "|")
                    if tag == "R" and tok.key == "-" and _glued(text, tok):
                        tag = "h"
                    tok = Tok(tag, None, tok.start, tok.end, tok.key)
                out.append(tok)
                i += 1
            continue
        if tok.tag == "|":
            tag = _DASHES.get(tok.key, "|")
            if tag == "R" and tok.key == "-" and _glued(text, tok):
                tag = "h"
            tok = Tok(tag, None, tok.start, tok.end, tok.key)
        out.append(tok)
        i += 1
    if lex.joiners or any(t.tag == "N" and t.value in _TENS for t in out):
        out = _join_numbers(out, lex)
    if lex.day_articles:
        _mark_day_articles(out, lex, text)
    return _join_clock(out, lex)


_NOT_A_DAY = frozenset("UjHAvPT")


def _mark_day_articles(toks: list[Tok], lex: Lexicon, text: str) -> None:
    """'até dia 15', 'antes del 20': the word before a bare 1-31 names a day of the month
    (unless the number counts or tells the time: 'dia 2 horas', 'del 5 pm')."""
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        after = toks[i + 2].tag if i + 2 < len(toks) else ""
        if nxt.tag != "N" or not isinstance(nxt.value, int) or not 1 <= nxt.value <= 31 \
                or not nxt.key.isdigit() or after in _NOT_A_DAY:
            continue
        if tok.key in lex.day_articles and (i == 0 or toks[i - 1].tag != "N"):
            toks[i] = Tok("d", None, tok.start, tok.end, tok.key)
        elif tok.tag in "BF" and norm(text[tok.start:tok.end].split()[-1]) in lex.day_articles:
            # "antes del 20": keep the "before", read the number as the day
            toks[i + 1] = Tok("O", nxt.value, nxt.start, nxt.end, nxt.key)


def _is_word(tok: Tok) -> bool:
    return tok.tag == "N" and isinstance(tok.value, int) and not tok.key[:1].isdigit()


def _join_clock(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Read 'three thirty', 'ocho y veinte', 'as 5 e 45' as one clock time."""
    out: list[Tok] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.tag == "N" and nxt is not None and nxt.tag == "N" and isinstance(nxt.value, float) \
                and nxt.value < 1 and nxt.end - nxt.start > len(nxt.key):  # "one and a half"
            out.append(Tok("N", t.value + nxt.value, t.start, nxt.end, t.key))
            i += 2
            continue
        if t.tag == "N" and isinstance(t.value, int) and 1 <= t.value <= 12 and i + 1 < n:
            j = i + 1
            joined = toks[j].key in lex.joiners
            if joined:
                j += 1
            m = toks[j] if j < n else None
            after = toks[j + 1].tag if j + 1 < n else ""
            at = i > 0 and out[-1].tag in "@j"
            if m is not None and m.tag == "N" and isinstance(m.value, int) \
                    and after not in ("U", "j") and (1 if joined else 10) <= m.value <= 59 \
                    and (_is_word(m) and (joined or _is_word(t)) or joined and at):
                out.append(Tok("T", (t.value, m.value, None, 0), t.start, m.end, t.key))
                i = j + 1
                continue
        out.append(t)
        i += 1
    return out


def _join_numbers(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Merge 'twenty nine', 'twenty-nine', 'vinte e nove' into one number token."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.tag == "N" and isinstance(t.value, int) and t.value in range(20, 100, 10) \
                and not t.key.isdigit():
            j = i + 1
            if j < len(toks) and (toks[j].key in lex.joiners or toks[j].key == "-"):
                j += 1
            if j < len(toks) and toks[j].tag == "N" and isinstance(toks[j].value, int) \
                    and 1 <= toks[j].value <= 9 and not toks[j].key.isdigit():
                out.append(Tok("N", t.value + toks[j].value, t.start, toks[j].end, t.key))
                i = j + 1
                continue
        out.append(t)
        i += 1
    return out
