"""Per-language task cues from `resources/lang/<code>.json` ("tasks"), compiled once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from engine.core.resources import resource_path

# Letters, digits and the combining marks of Indic scripts, which `\w` leaves out.
_WORD = r"(?:[^\W_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963])"


def normalise(text: str) -> str:
    """Lower case with typographic apostrophes and spaces made plain, for matching cues."""
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'")).lower()


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


def _trie(phrases: set[str]) -> str:
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    branches = []
    for char, child in sorted(root.items()):
        start = rf"(?<!{_WORD})" if _IS_WORD.match(char) else ""
        branches.append(start + _escape(char) + _trie_pattern(child))
    return "|".join(branches)


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """One regex matching any phrase on word boundaries (emoji and punctuation match as is).

    The phrases are compiled as tries, so thousands of verb forms cost one pass per position
    instead of one per phrase; the regex backtracks from the longest phrase to shorter ones
    until the word boundary holds.
    """
    cleaned = {re.sub(r"\s+", " ", p.replace("*", "").strip().lower()) for p in phrases}
    cleaned.discard("")
    if not cleaned:
        return re.compile(r"(?!x)x")
    loose = {p for p in cleaned if not _IS_WORD.match(p[-1])}
    bounded = cleaned - loose
    parts = []
    if loose:
        parts.append(f"(?:{_trie(loose)})")
    if bounded:
        parts.append(f"(?:{_trie(bounded)})(?!{_WORD})")
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TaskLexicon:
    """Compiled cue lists of one language."""

    code: str
    words: frozenset[str]
    request_openers: re.Pattern[str]
    request_questions: re.Pattern[str]
    request_exclusions: re.Pattern[str]
    someone: re.Pattern[str]
    obligation: re.Pattern[str]
    self_obligation: re.Pattern[str]
    commitment: re.Pattern[str]
    commitment_only: frozenset[str]
    reminder: re.Pattern[str]
    appointment: re.Pattern[str]
    verbs: re.Pattern[str]
    verb_set: frozenset[str]
    stative: re.Pattern[str]
    past: re.Pattern[str]
    hypothetical: re.Pattern[str]
    negations: re.Pattern[str]
    fact_questions: re.Pattern[str]
    permission: re.Pattern[str]
    sarcasm: re.Pattern[str]
    chatter: frozenset[str]
    completion: re.Pattern[str]
    completion_start: re.Pattern[str]
    cancellation: re.Pattern[str]
    reschedule: re.Pattern[str]
    handover: re.Pattern[str]
    dependency: re.Pattern[str]
    urgent: re.Pattern[str]
    high: re.Pattern[str]
    low: re.Pattern[str]
    business: re.Pattern[str]
    personal: re.Pattern[str]
    stress_negative: re.Pattern[str]
    stress_positive: re.Pattern[str]
    title_strip: re.Pattern[str]
    title_tail: re.Pattern[str]
    you: re.Pattern[str]
    me: re.Pattern[str]
    fillers: re.Pattern[str]
    infinitives: dict[str, str]
    verb_final: bool
    leading_fillers: re.Pattern[str]
    farewells: re.Pattern[str]
    you_subject: re.Pattern[str]
    imperative_endings: re.Pattern[str]
    delivery: re.Pattern[str]
    thanks_for: re.Pattern[str]
    pronouns: re.Pattern[str]
    commitment_anywhere: re.Pattern[str]
    we: re.Pattern[str]
    lemmas: dict[str, str]


def _list(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key, [])
    return [str(item) for item in value] if isinstance(value, list) else []


def _anchored(phrases: list[str]) -> re.Pattern[str]:
    inner = _phrase_regex(phrases).pattern
    return re.compile(rf"^(?:{inner})", re.IGNORECASE)


@cache
def task_lexicon(code: str) -> TaskLexicon:
    """The task cues of language `code` ('en', 'pt', ... or 'pt-BR'); ValueError if unknown."""
    base = code.split("-")[0].lower()
    path = resource_path("lang", f"{base}.json")
    if not path.exists():
        raise ValueError(f"no language data for {code!r} in {path.parent}")
    data = json.loads(path.read_text(encoding="utf-8")).get("tasks")
    if not isinstance(data, dict):
        raise ValueError(f"{path} has no 'tasks' section")
    title_strip = sorted(_list(data, "title_strip"), key=len, reverse=True)
    strip_inner = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in title_strip)
    tails = "|".join(
        (rf"(?<!{_WORD})" if re.match(_WORD, p) else "") + re.escape(p)
        for p in sorted(_list(data, "title_drop_tail"), key=len, reverse=True)
    )
    verbs = _list(data, "action_verbs")
    return TaskLexicon(
        code=base,
        words=frozenset(w.lower() for w in _list(data, "common_words")),
        request_openers=_phrase_regex(_list(data, "request_openers")),
        request_questions=_anchored(_list(data, "request_question_openers")),
        request_exclusions=_phrase_regex(_list(data, "request_exclusions")),
        someone=_phrase_regex(_list(data, "someone_words")),
        obligation=_phrase_regex(_list(data, "obligation")),
        self_obligation=_phrase_regex(_list(data, "self_obligation")),
        commitment=_phrase_regex(_list(data, "commitment_openers")),
        commitment_only=frozenset(normalise(p) for p in _list(data, "commitment_only")),
        reminder=_phrase_regex(_list(data, "reminder_openers")),
        appointment=_phrase_regex(_list(data, "appointment_nouns")),
        verbs=_phrase_regex(verbs),
        verb_set=frozenset(v.replace("*", "").strip().lower() for v in verbs),
        stative=_anchored(_list(data, "stative_after_commitment")),
        past=_phrase_regex(_list(data, "past_markers")),
        hypothetical=_phrase_regex(_list(data, "hypothetical")),
        negations=_phrase_regex(_list(data, "negations")),
        fact_questions=_anchored(_list(data, "fact_question_openers")),
        permission=_anchored(_list(data, "permission_openers")),
        sarcasm=_phrase_regex(_list(data, "sarcasm")),
        chatter=frozenset(normalise(p) for p in _list(data, "chatter_only")),
        completion=_phrase_regex(_list(data, "completion")),
        completion_start=_anchored(_list(data, "completion")),
        cancellation=_phrase_regex(_list(data, "cancellation")),
        reschedule=_phrase_regex(_list(data, "reschedule")),
        handover=_phrase_regex(_list(data, "handover")),
        dependency=_anchored(_list(data, "dependency")),
        urgent=_phrase_regex(_list(data, "urgent")),
        high=_phrase_regex(_list(data, "high")),
        low=_phrase_regex(_list(data, "low")),
        business=_phrase_regex(_list(data, "business")),
        personal=_phrase_regex(_list(data, "personal")),
        stress_negative=_phrase_regex(_list(data, "stress_negative")),
        stress_positive=_phrase_regex(_list(data, "stress_positive")),
        title_strip=re.compile(rf"^(?:(?:{strip_inner})(?![^\W_])[\s,:;.!-]*)+", re.I)
        if strip_inner
        else re.compile(r"(?!x)x"),
        title_tail=re.compile(rf"(?:[\s,]*(?:{tails}))+\s*$", re.I)
        if tails
        else re.compile(r"(?!x)x"),
        you=_phrase_regex(_list(data, "you_words")),
        me=_phrase_regex(_list(data, "i_words")),
        fillers=_phrase_regex(_list(data, "vocative_fillers")),
        infinitives={k.lower(): v for k, v in dict(data.get("infinitives", {})).items()},
        verb_final=bool(data.get("verb_final", False)),
        leading_fillers=re.compile(
            rf"^(?:(?:{_phrase_regex(_list(data, 'leading_fillers')).pattern})[\s,:;.!-]*)+", re.I
        ),
        farewells=_anchored(_list(data, "farewells")),
        you_subject=_anchored(_list(data, "you_subjects")),
        delivery=_phrase_regex(_list(data, "delivery")),
        thanks_for=_phrase_regex(_list(data, "thanks_for")),
        pronouns=_phrase_regex(_list(data, "pronoun_objects")),
        commitment_anywhere=_phrase_regex(_list(data, "commitment_anywhere")),
        we=_phrase_regex(_list(data, "we_words")),
        lemmas={k.lower(): str(v).lower() for k, v in dict(data.get("lemmas", {})).items()},
        imperative_endings=re.compile(
            rf"(?:{_phrase_regex(_list(data, 'imperative_endings')).pattern})[\W\d_]*$", re.I
        ),
    )


@cache
def language_codes() -> tuple[str, ...]:
    """Languages that have task cues in resources/lang/."""
    folder = resource_path("lang")
    codes = []
    for path in sorted(folder.glob("*.json")):
        if "tasks" in json.loads(path.read_text(encoding="utf-8")):
            codes.append(path.stem)
    return tuple(codes)
