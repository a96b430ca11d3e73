"""Per-language date vocabulary, read from `resources/lang/<code>.json` and compiled once."""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from engine.core.resources import resource_path

LANG_DIR = resource_path("lang")

# Letters plus the Devanagari vowel signs and Latin combining accents that `\w` does not cover.
WORD = (r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957"
        r"\u0962\u0963\u200c\u200d]|['’](?=[^\W\d_]))*")
_PHRASE_TOKEN = re.compile(rf"{WORD}|\d+|\S")

# (section in the data file, tag, value or None to take the mapping's value)
_SECTIONS: tuple[tuple[str, str, object], ...] = (
    ("fillers", "a", None), ("day_words", "d", None), ("at", "@", None),
    ("approx", "@", "approx"), ("hour_words", "H", None), ("am", "A", "am"), ("pm", "A", "pm"),
    ("next", "X", 1), ("this", "C", 0), ("last", "L", -1), ("nearest_next", "X", 9),
    ("nearest_last", "L", -9), ("next_post", "y", 1),
    ("last_post", "y", -1), ("this_post", "y", 0), ("in", "I", None),
    ("ago", "g", None), ("later", "l", None), ("from", "G", None), ("from_post", "s", None),
    ("between", "K", None), ("to", "R", None), ("and", "&", None),
    ("before", "B", "before"), ("before_post", "b", "before"), ("after", "F", "after"),
    ("since", "F", "since"), ("after_post", "f", "after"), ("after_post_strict", "f", "strict"),
    ("within", "i", None),
)
_MAPPINGS: tuple[tuple[str, str], ...] = (
    ("numbers", "N"), ("ordinals", "O"), ("relative_days", "D"), ("specials", "E"),
    ("minute_words", "v"), ("holidays", "J"), ("quarters", "q"), ("edges", "e"),
    ("year_words", "k"),
)


_NORM_CACHE: dict[str, str] = {}


def norm(word: str) -> str:
    """Lower-case a token and drop Latin accents, the key used for every lookup."""
    key = _NORM_CACHE.get(word)
    if key is None:
        key = _norm(word)
        if len(_NORM_CACHE) < 50_000:
            _NORM_CACHE[word] = key
    return key


def _norm(word: str) -> str:
    low = word.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFD", low)
    stripped = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFC", stripped)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """Split a data-file phrase into the token keys the tokenizer will produce."""
    return tuple(norm(t) for t in _PHRASE_TOKEN.findall(phrase))


@dataclass
class Lexicon:
    """Everything the finder knows about one language, ready for matching."""

    code: str
    day_first: bool
    h_time: bool
    entries: dict[tuple[str, ...], tuple[str, Any]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    triggers: frozenset[str] = frozenset()
    part_times: dict[str, tuple[int, int]] = field(default_factory=dict)
    part_spans: dict[str, tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=dict)
    pm_parts: frozenset[str] = frozenset()
    past_cues: frozenset[str] = frozenset()
    past_days: dict[str, int] = field(default_factory=dict)
    joiners: frozenset[str] = frozenset()
    weak_words: frozenset[str] = frozenset()
    """Single words that are a date only next to another date word ('am' in 'I am')."""
    greetings: frozenset[str] = frozenset()
    """Part-of-day words that open a message as a greeting ('Morning!', 'Pagi kak')."""
    singular_units: frozenset[str] = frozenset()
    """The singular form of each unit ('week', 'semana'): '3 next week' is no count."""
    year_words: bool = False
    ordinal_days: dict[str, int] = field(default_factory=dict)
    """Weekday names that are also ordinals ('segunda': Monday / second)."""
    clock_units: frozenset[str] = frozenset()
    """Unit words that also tell the hour ('às 8 horas', 'amanhã 8 horas da manhã')."""
    ago_words: frozenset[str] = frozenset()
    """'ago' words that are also ordinals ('पहले': first / before): ago after a unit."""
    hour_deadlines: frozenset[tuple[str, ...]] = frozenset()
    """Deadline words after which a bare number is an hour ('by 5', 'antes das 7')."""
    day_articles: frozenset[str] = frozenset()
    """Words that make a following bare number a day of the month ("dia 15", "antes del 20")."""
    scanner: re.Pattern[str] = re.compile("")
    spelled_hours: frozenset[str] = frozenset()
    spelled: re.Pattern[str] | None = None
    """Spelled clock times with no trigger word ('a las tres', 'una y media', 'seven pm')."""

    def add(self, phrase: str, tag: str, value: Any) -> None:
        """Register one phrase (later registrations win)."""
        key = phrase_key(phrase)
        if not key:
            return
        self.entries[key] = (tag, value)


def _build(code: str, data: dict[str, Any]) -> Lexicon:
    d = data["dates"]
    region = code.split("-", 1)[1].upper() if "-" in code else ""
    day_first = bool(d.get("day_first", True))
    if "month_first_regions" in d:
        day_first = region not in d["month_first_regions"]
    lex = Lexicon(code=code, day_first=day_first, h_time=bool(d.get("h_time", False)))
    for section, tag, value in _SECTIONS:
        for phrase in d.get(section, []):
            lex.add(phrase, tag, value)
    both: set[tuple[str, ...]] = set()
    for pre, post in (("next", "next_post"), ("last", "last_post")):
        both |= {phrase_key(p) for p in d.get(pre, [])} & {phrase_key(p) for p in d.get(post, [])}
    for key in both:
        tag, value = lex.entries[key]
        if tag != "g":  # "3 hari lalu": a word for "ago" too stays "ago" ("minggu lalu" works)
            lex.entries[key] = ("V", value)
    for section, tag in _MAPPINGS:
        for phrase, value in d.get(section, {}).items():
            lex.add(phrase, tag, value)
    for unit, phrases in d.get("units", {}).items():
        for phrase in phrases:
            lex.add(phrase, "j" if phrase in d.get("hour_or_at", []) else "U", unit)
    for part, phrases in d.get("parts_of_day", {}).items():
        for phrase in phrases:
            lex.add(phrase, "P", part)
    for phrase, (unit, shift) in d.get("relative_periods", {}).items():
        lex.add(phrase, "Q", (unit, shift))
    for phrase, (offset, part) in d.get("relative_day_parts", {}).items():
        lex.add(phrase, "D", (offset, part))
    weak = {phrase_key(w) for w in d.get("weak", [])}
    lex.weak_words = frozenset(key[0] for key in weak if len(key) == 1)
    for tag, groups in (("W", d.get("weekdays", [])), ("M", d.get("months", []))):
        for index, phrases in enumerate(groups):
            for phrase in phrases:
                lex.add(phrase, tag.lower() if phrase_key(phrase) in weak else tag, index + 1)
    for phrase in d.get("ignore", []):
        lex.add(phrase, "_", None)
    for key, (tag, value) in list(lex.entries.items()):
        if tag in "De" and not isinstance(value, list | tuple):
            lex.entries[key] = (tag, (value, None))
        elif tag in "qe" and isinstance(value, list):
            lex.entries[key] = (tag, tuple(value))
    lengths: dict[str, set[int]] = {}
    for key in lex.entries:
        lengths.setdefault(key[0], set()).add(len(key))
    lex.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
    strong_tags = set("DWwMmPEUjXLQyvJqek")
    lex.triggers = frozenset(max(k, key=len) for k, (t, _) in lex.entries.items()
                             if t in strong_tags)
    lex.part_times = {p: _hm(t) for p, t in d.get("part_times", {}).items()}
    lex.part_spans = {p: (_hm(a), _hm(b)) for p, (a, b) in d.get("part_spans", {}).items()}
    lex.pm_parts = frozenset(d.get("pm_parts", ["afternoon", "evening", "night"]))
    lex.past_cues = frozenset(norm(w) for w in d.get("past_cues", []))
    lex.past_days = {norm(k): v for k, v in d.get("past_relative_days", {}).items()}
    lex.joiners = frozenset(norm(w) for w in d.get("number_joiners", []))
    lex.day_articles = frozenset(norm(w) for w in d.get("day_articles", []))
    lex.hour_deadlines = frozenset(phrase_key(w) for w in d.get("hour_deadlines", []))
    lex.singular_units = frozenset(norm(w) for w in d.get("singular_units", []))
    lex.year_words = bool(d.get("year_words"))
    lex.ordinal_days = {key[0]: value for phrase, value in d.get("ordinals", {}).items()
                        if len(key := phrase_key(phrase)) == 1
                        and lex.entries.get(key, ("",))[0] in ("W", "w")}
    lex.clock_units = frozenset(norm(w) for w in d.get("hour_words", [])
                                if w in d.get("units", {}).get("hour", []))
    lex.ago_words = frozenset(norm(w) for w in d.get("ago", [])
                              if lex.entries.get(phrase_key(w), ("",))[0] == "O")
    lex.greetings = frozenset(norm(w) for w in d.get("greetings", []))
    lex.scanner = _scanner(d, lex.h_time)
    lex.spelled = _spelled(d)
    # articles that also count one ("a", "un") would send nearly every message to the regex
    lex.spelled_hours = frozenset(
        key[0] for w, v in d.get("numbers", {}).items()
        if isinstance(v, int) and 1 <= v <= 12 and (key := phrase_key(w)) and len(key[0]) > 2)
    return lex


def _spelled(d: dict[str, Any]) -> re.Pattern[str] | None:
    """The prefilter for clock times written in words, which no trigger word announces."""
    hours = [w for w, v in d.get("numbers", {}).items() if isinstance(v, int) and 1 <= v <= 12]
    if not hours:
        return None
    words = _alts(hours)
    at = _alts(d.get("at", []) + d.get("approx", []))
    marks = _alts(d.get("am", []) + d.get("pm", []) + d.get("hour_words", []))
    joiners = _alts(d.get("number_joiners", []) + [
        w for w, v in d.get("minute_words", {}).items() if v is not None])
    minutes = _alts([w for w, v in d.get("numbers", {}).items()
                     if isinstance(v, int) and 10 <= v <= 59])
    parts = [rf"\b(?:{words})\s*(?:{marks})(?!\w)" if marks else "",
             rf"\b(?:{words})[\s-]+(?:{minutes})\b" if minutes else "",
             rf"(?<!\w)(?:{at})\s+(?:{words})\b" if at else "",
             rf"\b(?:{words})\s+(?:{joiners})\b" if joiners else ""]
    return re.compile("|".join(p for p in parts if p), re.IGNORECASE)


def _hm(text: str) -> tuple[int, int]:
    h, m = text.split(":")
    return int(h), int(m)


def _alts(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _scanner(d: dict[str, Any], h_time: bool) -> re.Pattern[str]:
    """The first-pass regex: numeric times and dates as whole tokens, then words and marks."""
    marks = d.get("am", []) + d.get("pm", [])
    long_marks = _alts([w for w in marks if len(w) > 1]) or "(?!)"
    short_marks = _alts([w for w in marks if len(w) == 1]) or "(?!)"
    ampm = rf"\s?(?:{long_marks})|(?:{short_marks})"
    suffixes = _alts(d.get("ordinal_suffixes", [])) or "(?!)"
    h_part = r"|(?P<th>(?<![\d.,:])\d{1,2}[hH](?:\d{2})?(?![\w]))" if h_time else ""
    parts = [
        r"(?P<iso>(?<![\d/.-])\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![\d/-]))",
        rf"(?P<tap>(?<![\d.,:/])\d{{1,2}}(?:[:.]\d{{2}})?(?:{ampm})(?![^\W\d_]))",
        r"(?P<tc>(?<![\d.,:/])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))" + h_part,
        r"(?P<nd>(?<![\d/.,:])\d{1,4}(?P<sep>[/.-])\d{1,2}(?:(?P=sep)\d{2,4})?"
        r"(?![\d/]|(?P=sep)\d|,\d))",
        rf"(?P<ord>(?<![\d.,])\d{{1,2}}(?:{suffixes})(?![^\W\d_]))",
        r"(?P<num>(?<![\d.,])\d+(?:[.,]\d+)?(?![\d]))",
        rf"(?P<word>{WORD})",
        r"(?P<punct>\S)",
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


_CACHE: dict[str, Lexicon] = {}
_LOCK = threading.Lock()


def available_languages() -> list[str]:
    """Language codes that have a data file."""
    return sorted(p.stem for p in LANG_DIR.glob("*.json"))


def get_lexicon(language: str) -> Lexicon:
    """Load (once) and return the compiled vocabulary for a language code such as 'en-GB'."""
    code = language.replace("_", "-").strip() or "en"
    lex = _CACHE.get(code)
    if lex is not None:
        return lex
    with _LOCK:
        lex = _CACHE.get(code)
        if lex is None:
            base = code.split("-", 1)[0].lower()
            path = LANG_DIR / f"{base}.json"
            if not path.exists():
                raise ValueError(f"no date vocabulary for language {language!r}")
            lex = _build(code, json.loads(path.read_text(encoding="utf-8")))
            _CACHE[code] = lex
    return lex
