"""Per-language task cues from `resources/lang/<code>.json` ("tasks"), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from engine.core.resources import load_json, resource_path
from engine.nlp.cues import Cues, cleaned, compile_cues, trie

_SPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    """Lower case with typographic apostrophes and spaces made plain, for matching cues."""
    return _SPACE_RUN.sub(" ", text.replace("\u2019", "'").replace("\u2018", "'")).lower()


@dataclass(frozen=True, slots=True)
class TaskLexicon:
    """Compiled cue lists of one language."""

    code: str
    words: frozenset[str]
    """Common chat words: evidence of the language."""
    stop: frozenset[str]
    """Words that never identify a task (common words plus "stop_words"), left out of keywords."""
    request_openers: Cues
    request_questions: Cues
    request_exclusions: Cues
    someone: Cues
    obligation: Cues
    self_obligation: Cues
    commitment: Cues
    commitment_only: frozenset[str]
    reminder: Cues
    appointment: Cues
    verbs: Cues
    verb_set: frozenset[str]
    stative: Cues
    past: Cues
    hypothetical: Cues
    negations: Cues
    fact_questions: Cues
    permission: Cues
    sarcasm: Cues
    chatter: frozenset[str]
    completion: Cues
    completion_start: Cues
    cancellation: Cues
    reschedule: Cues
    handover: Cues
    dependency: Cues
    urgent: Cues
    high: Cues
    low: Cues
    business: Cues
    personal: Cues
    stress_negative: Cues
    stress_positive: Cues
    title_strip: re.Pattern[str]
    title_tail: re.Pattern[str]
    you: Cues
    me: Cues
    fillers: Cues
    infinitives: dict[str, str]
    verb_final: bool
    leading_fillers: Cues
    farewells: Cues
    you_subject: Cues
    imperative_endings: Cues
    delivery: Cues
    thanks_for: Cues
    pronouns: Cues
    commitment_anywhere: Cues
    we: Cues
    lemmas: dict[str, str]


def _opening(data: dict[str, object], key: str) -> Cues:
    """Cues that must start the text."""
    return compile_cues(cue_list(data, key), before="^", anchored=True)


def cue_list(data: dict[str, object], key: str) -> list[str]:
    """The phrases listed under `key` in a section of a language file ([] when absent)."""
    value = data.get(key, [])
    return [str(item) for item in value] if isinstance(value, list) else []




def _mapping(data: dict[str, object], key: str) -> dict[str, object]:
    value = data.get(key, {})
    return value if isinstance(value, dict) else {}


def lang_section(code: str, section: str) -> dict[str, object]:
    """One section ("tasks", "dates") of `resources/lang/<code>.json`, read once per process;
    ValueError when the language has no file. Shared: callers must not change it."""
    base = code.split("-")[0].lower()
    path = resource_path("lang", f"{base}.json")
    if not path.exists():
        raise ValueError(f"no language data for {code!r} in {path.parent}")
    data = load_json("lang", f"{base}.json").get(section, {})
    return data if isinstance(data, dict) else {}


@cache
def task_lexicon(code: str) -> TaskLexicon:
    """The task cues of language `code` ('en', 'pt', ... or 'pt-BR'); ValueError if unknown."""
    base = code.split("-")[0].lower()
    data = lang_section(base, "tasks")
    if not data:
        raise ValueError(f"{resource_path('lang', base + '.json')} has no 'tasks' section")
    strip_inner = trie(cleaned(cue_list(data, "title_strip")), bounded=False)
    tails = trie(cleaned(cue_list(data, "title_drop_tail")))
    verbs = cue_list(data, "action_verbs")
    return TaskLexicon(
        code=base,
        words=frozenset(w.lower() for w in cue_list(data, "common_words")),
        stop=frozenset(
            w.lower() for key in ("common_words", "stop_words") for w in cue_list(data, key)
        ),
        request_openers=compile_cues(cue_list(data, "request_openers")),
        request_questions=_opening(data, "request_question_openers"),
        request_exclusions=compile_cues(cue_list(data, "request_exclusions")),
        someone=compile_cues(cue_list(data, "someone_words")),
        obligation=compile_cues(cue_list(data, "obligation")),
        self_obligation=compile_cues(cue_list(data, "self_obligation")),
        commitment=compile_cues(cue_list(data, "commitment_openers")),
        commitment_only=frozenset(normalise(p) for p in cue_list(data, "commitment_only")),
        reminder=compile_cues(cue_list(data, "reminder_openers")),
        appointment=compile_cues(cue_list(data, "appointment_nouns")),
        verbs=compile_cues(verbs),
        verb_set=frozenset(v.replace("*", "").strip().lower() for v in verbs),
        stative=_opening(data, "stative_after_commitment"),
        past=compile_cues(cue_list(data, "past_markers")),
        hypothetical=compile_cues(cue_list(data, "hypothetical")),
        negations=compile_cues(cue_list(data, "negations")),
        fact_questions=_opening(data, "fact_question_openers"),
        permission=_opening(data, "permission_openers"),
        sarcasm=compile_cues(cue_list(data, "sarcasm")),
        chatter=frozenset(normalise(p) for p in cue_list(data, "chatter_only")),
        completion=compile_cues(cue_list(data, "completion")),
        completion_start=_opening(data, "completion"),
        cancellation=compile_cues(cue_list(data, "cancellation")),
        reschedule=compile_cues(cue_list(data, "reschedule")),
        handover=compile_cues(cue_list(data, "handover")),
        dependency=_opening(data, "dependency"),
        urgent=compile_cues(cue_list(data, "urgent")),
        high=compile_cues(cue_list(data, "high")),
        low=compile_cues(cue_list(data, "low")),
        business=compile_cues(cue_list(data, "business")),
        personal=compile_cues(cue_list(data, "personal")),
        stress_negative=compile_cues(cue_list(data, "stress_negative")),
        stress_positive=compile_cues(cue_list(data, "stress_positive")),
        title_strip=re.compile(rf"^(?:(?:{strip_inner})(?![^\W_])[\s,:;.!-]*)+", re.I)
        if strip_inner
        else re.compile(r"(?!x)x"),
        title_tail=re.compile(rf"(?:[\s,]*(?:{tails}))+\s*$", re.I)
        if tails
        else re.compile(r"(?!x)x"),
        you=compile_cues(cue_list(data, "you_words")),
        me=compile_cues(cue_list(data, "i_words")),
        fillers=compile_cues(cue_list(data, "vocative_fillers")),
        infinitives={k.lower(): str(v) for k, v in _mapping(data, "infinitives").items()},
        verb_final=bool(data.get("verb_final", False)),
        leading_fillers=compile_cues(
            cue_list(data, "leading_fillers"), before="^(?:", after=r"[\s,:;.!-]*)+", anchored=True
        ),
        farewells=_opening(data, "farewells"),
        you_subject=_opening(data, "you_subjects"),
        delivery=compile_cues(cue_list(data, "delivery")),
        thanks_for=compile_cues(cue_list(data, "thanks_for")),
        pronouns=compile_cues(cue_list(data, "pronoun_objects")),
        commitment_anywhere=compile_cues(cue_list(data, "commitment_anywhere")),
        we=compile_cues(cue_list(data, "we_words")),
        lemmas={k.lower(): str(v).lower() for k, v in _mapping(data, "lemmas").items()},
        imperative_endings=compile_cues(cue_list(data, "imperative_endings"), after=r"[\W\d_]*$"),
    )


@cache
def language_codes() -> tuple[str, ...]:
    """Languages that have task cues in resources/lang/."""
    folder = resource_path("lang")
    codes = []
    for path in sorted(folder.glob("*.json")):
        if "tasks" in load_json("lang", path.name):
            codes.append(path.stem)
    return tuple(codes)
