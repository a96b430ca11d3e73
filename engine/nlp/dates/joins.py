"""Second pass over tagged tokens: spelled numbers, clock times and years, and the words
whose tag depends on their neighbours ("past", "dia", "3 next week")."""

from __future__ import annotations

from .lexicon import Lexicon, norm
from .model import Tok

_TENS = frozenset(range(20, 100, 10))


def join_tokens(toks: list[Tok], lex: Lexicon, text: str) -> list[Tok]:
    """Apply every pass, in order, to the tokens of one message."""
    tags = "".join([t.tag for t in toks])
    numbers = "N" in tags
    if numbers and (lex.joiners or any(t.tag == "N" and t.value in _TENS for t in toks)):
        toks = _join_numbers(toks, lex)
    if numbers and lex.day_articles:
        _mark_day_articles(toks, lex, text)
    if "v" in tags:
        _past_or_minutes(toks)
    if "U" in tags:
        _unit_neighbours(toks, lex, tags)
    if numbers and ("X" in tags or "L" in tags or "V" in tags or "y" in tags or "v" in tags):
        _count_or_number(toks, lex)
    if numbers:
        toks = _join_clock(toks, lex)
    if "k" in tags or numbers and any(t.tag == "N" and t.value in _CENTURIES for t in toks):
        toks = _join_years(toks, lex)
    return toks


def _unit_neighbours(toks: list[Tok], lex: Lexicon, tags: str) -> None:
    """Words whose tag depends on a unit beside them: 'segunda semana' (second, not Monday),
    'दो दिन पहले' (ago, not first), 'amanhã 8 horas' (o'clock, not a count)."""
    if lex.ordinal_days and ("W" in tags or "w" in tags):
        for i in range(len(toks) - 1):
            t = toks[i]
            if t.tag in "Ww" and t.key in lex.ordinal_days and toks[i + 1].tag == "U":
                toks[i] = Tok("O", lex.ordinal_days[t.key], t.start, t.end, t.key)
    if lex.ago_words and "O" in tags:
        for i in range(1, len(toks)):
            if toks[i].tag == "O" and toks[i - 1].tag in "Uj" and toks[i].key in lex.ago_words:
                t = toks[i]
                toks[i] = Tok("g", None, t.start, t.end, t.key)
    if lex.clock_units and "N" in tags:
        _clock_hours(toks, lex)


def _clock_hours(toks: list[Tok], lex: Lexicon) -> None:
    """'amanhã 8 horas da manhã', '19 horas 2016-12-22': an hour count beside a day or a part
    of day tells the time; '8 horas' alone stays a length of time."""
    n = len(toks)
    for i in range(1, n):
        t, num = toks[i], toks[i - 1]
        if t.tag != "U" or t.key not in lex.clock_units or num.tag != "N" \
                or not isinstance(num.value, int) or not 0 <= num.value <= 24:
            continue
        j = i + 1
        while j < n and toks[j].tag in "a,":
            j += 1
        after = toks[j].tag if j < n else ""
        before = toks[i - 2].tag if i >= 2 else ""
        if after in "APYZd" and after or before in "@DWwMZ" and before:
            toks[i] = Tok("H", None, t.start, t.end, t.key)


def _count_or_number(toks: list[Tok], lex: Lexicon) -> None:
    """'5 past years', '10 semanas anteriores' count; '3 next week' ("we will be 3 next
    week"), 'kelas 7 minggu depan' do not: a count beside 'next'/'last' needs a plural unit,
    which only languages listing `singular_units` can tell."""
    singular = lex.singular_units
    for i in range(len(toks) - 2):
        t, a, b = toks[i], toks[i + 1], toks[i + 2]
        if t.tag != "N" or t.value == 1:
            continue
        if a.tag in "XLV" and b.tag in "Uj":
            unit = b
        elif a.tag in "Uj" and b.tag in "yV" and b.start > a.end:
            unit = a
            if not singular and (b.value is None or b.value < 0):
                continue  # "3 hari lalu": a count before "last" still looks back
        else:
            continue
        if not singular or unit.key in singular:
            toks[i] = Tok("#", None, t.start, t.end, t.key)


_CENTURIES = frozenset((17, 18, 19))


def _join_years(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """'dos mil dieciocho', 'two thousand and fifteen', 'nineteen eighty six': one year."""
    out: list[Tok] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.tag == "k" or t.tag == "N" and t.value in _CENTURIES and not t.key.isdigit() \
                and i + 1 < n and _is_word(toks[i + 1]) and 10 <= toks[i + 1].value <= 99:
            base = t.value if t.tag == "k" else t.value * 100
            j = i + 1
            if j + 1 < n and (toks[j].tag == "&" or toks[j].key in lex.joiners) \
                    and _is_word(toks[j + 1]):
                j += 1
            if j < n and _is_word(toks[j]) and 1 <= toks[j].value <= 99:
                out.append(Tok("Y", base + toks[j].value, t.start, toks[j].end, t.key))
                i = j + 1
                continue
            out.append(Tok("Y", base, t.start, t.end, t.key))
            i += 1
            continue
        out.append(t)
        i += 1
    return out

def _past_or_minutes(toks: list[Tok]) -> None:
    """'10 past 9' counts minutes; 'past 3 weeks', '5 past years', 'past Monday' look back."""
    for i, tok in enumerate(toks):
        if tok.tag != "v" or tok.value is not None:
            continue
        j = i + 1
        while j < len(toks) and toks[j].tag in "a,":
            j += 1
        hour = j < len(toks) and toks[j].tag == "N" and (
            j + 1 >= len(toks) or toks[j + 1].tag not in "Uj")
        if not hour:
            weekday = j < len(toks) and toks[j].tag in "Ww"
            toks[i] = Tok("L", -9 if weekday else -1, tok.start, tok.end, tok.key)


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
        if (tok.key in lex.day_articles or norm(text[tok.start:tok.end]) in lex.day_articles) \
                and (i == 0 or toks[i - 1].tag != "N"):
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
            # "ocho y veinte", "five-thirty"
            joined = toks[j].key in lex.joiners or toks[j].tag == "h" and _is_word(t)
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
