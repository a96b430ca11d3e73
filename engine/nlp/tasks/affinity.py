"""What a task is about, for matching later messages to it: the things and verb of its title,
the words of its message, and those of the messages before when its title only says 'it'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from engine.ingest.content import strip_edited
from engine.nlp.lexicon import TaskLexicon, normalise, task_lexicon
from engine.nlp.tasks.detect import clauses
from engine.nlp.tasks.model import ExtractedTask
from engine.nlp.tasks.reply_cues import amounts, content_words, reply_cues

_WORD = re.compile(r"[^\W\d_]{3,}")
_IMPERATIVE = ("request", "commitment", "obligation")
LEAD_WORDS = 4
"""An ask's verb comes within its first words ('le chiavi te le porto')."""


@dataclass(frozen=True, slots=True)
class Profile:
    """Stems (first four letters) of what a task is about."""

    things: frozenset[str]
    """What its title acts on ('invoice', 'lasagna'), without conditions ('once we're live')."""
    nouns: frozenset[str]
    """The things whose title word is no verb ('lasagna', not the 'look' of 'have a look')."""
    verbs: frozenset[str]
    """The action leading its title ('send', 'pay'), unless it says little ('get', 'do')."""
    context: frozenset[str]
    """Other words of its message ('Landlord's sending a plumber ...')."""
    earlier: frozenset[str]
    """Words of the messages before, when the title names no thing ('Can you be in for him?')."""
    sums: frozenset[str]
    """Sums of its title and message ('£53.50', '700'): naming one names the task."""
    everyone: bool
    """Asked of every member ('everyone pls send me £53.50')."""
    kin: bool
    """Asked of a family member by what they are, not by name ('papà mi ricarichi...')."""
    money: bool
    """About paying ('send me £53.50', 'GPay kar do', 'settle the deposit invoice')."""
    words: frozenset[str]
    """All of the above stems, to skip at once a message that names none of them."""


_CURRENCY = re.compile(r"[$€£₹¥]|\b(?:rs|inr|usd|eur|rp|r\$)\b|\d\s*(?:rb|k)\b", re.I)


@lru_cache(maxsize=16)
def _verb_stems(code: str) -> frozenset[str]:
    return frozenset(v[:4] for v in task_lexicon(code).verb_set if len(v) >= 3)


def verb_stems(words: frozenset[str], code: str) -> frozenset[str]:
    """The stems among `words` that are actions of language `code`."""
    return words & _verb_stems(code)


def _unconditioned(text: str, lex: TaskLexicon) -> str:
    """The text without its conditions: 'once we're live', 'sobald wir den Schlüssel haben'."""
    dependency = reply_cues(lex.code).dependency
    kept = []
    for start, end in clauses(text):
        clause = text[start:end]
        found = dependency.search(clause.lower())
        if found is None:
            kept.append(clause)
        elif found.start() > 0:
            kept.append(clause[: found.start()])
    return " ".join(kept)


def _unwrapped(title: str, lex: TaskLexicon) -> str:
    """The title without what leads into its work: 'No se te olvide', 'You', 'Alguien' (but
    not a verb that also opens asks, as 'imprime' does)."""
    title = lex.leading_fillers.sub("", normalise(title))
    for opener in (lex.reminder, lex.request_questions, lex.someone, lex.you_subject, lex.we):
        if lex.verbs.match(title):
            break
        found = opener.match(title)
        if found is not None:
            title = title[found.end() :].lstrip(" ,:")
    return title


def _lead_verb(title: str, lex: TaskLexicon, imperative: bool) -> tuple[str | None, bool]:
    """The verb leading an unwrapped title ('send the quote'; last in 'quote bhej doge'); a
    verb-like word elsewhere is what is acted on ('the quote', 'a draft'). An ask or promise
    leads with its verb even when the lexicon does not know it ('settle it'); such a guess
    may be what is acted on ('kamarmu diberesin') and stays a thing too (the flag)."""
    found = lex.verbs.match(title)
    if found is not None:
        return found.group().split()[0], False
    words = title.split()
    if lex.verb_final and words:
        found = lex.verbs.search(" ".join(words[-LEAD_WORDS + 1 :]))  # 'quote bhej doge'
        return (found.group().split()[0] if found is not None else None), False
    if not imperative or not words:
        return None, False
    found = lex.verbs.search(" ".join(words[:LEAD_WORDS]))
    if found is not None and lex.pronouns.search(title[: found.start()]):
        return found.group().split()[0], False  # the object first: 'chiavi te le porto'
    if _WORD.fullmatch(words[0]) and words[0] not in lex.stop:
        return words[0], True
    return None, False


def source_text(task: ExtractedTask) -> str:
    """The words of a task's own message (a media message: its caption)."""
    text = strip_edited(task.source.text)
    if task.source.kind == "media":
        return text.partition("\n")[2]
    return text


@lru_cache(maxsize=4096)
def _profile(title: str, text: str, before: str, code: str, kind: str) -> Profile:
    lex = task_lexicon(code)
    cues = reply_cues(code)
    plain = _unconditioned(title, lex)
    if len(content_words(plain, lex)) < 2:
        plain = title  # 'Fahren nach der Arbeit ...': the 'condition' was the work itself
    plain = _unwrapped(plain, lex)
    lead, guessed = _lead_verb(plain, lex, kind in _IMPERATIVE)
    lead_stem = ""
    if lead is not None:
        tail = plain.split()[-1]
        if tail in cues.particles:
            lead = tail + lead  # 'hol dich ... ab': the verb is 'abholen'
        lead_stem = lex.lemmas.get(lead, lead)[:4]
    pronoun = lex.pronouns.search(normalise(title)) is not None
    # A guessed verb stays a thing ('kamarmu diberesin'), unless 'it' is what is acted on.
    dropped = "" if guessed and not pronoun else lead_stem
    words = [w for w in content_words(plain, lex) if w[:4] != dropped]
    things = frozenset(w[:4] for w in words)
    nouns = frozenset(w[:4] for w in words if w not in lex.verb_set)
    verbs = frozenset([lead_stem]) - cues.vague - {""}
    title_stems = things | {lead_stem}
    # Verbs of the message ('came in', 'is coming') say nothing of what it is about.
    own = frozenset(
        w[:4] for w in content_words(_unconditioned(text, lex), lex) if w not in lex.verb_set
    ) - title_stems - cues.vague
    sums = amounts(f"{title} {text}")
    earlier = (  # 'Can you be in for him?': who is 'him' was said before
        frozenset(w[:4] for w in content_words(before, lex) if w not in lex.verb_set)
        if pronoun or not things
        else frozenset()
    )
    norm = normalise(text)
    # A promise 'for everyone' is one person's; an ask of everyone waits for each of them.
    everyone = (
        kind != "commitment"
        and cues.everyone.search(norm) is not None
        and cues.whoever.search(norm) is None
    )
    # 'pix', 'invoice', '£53.50' make a task about money; 'devolve' or 'send' alone do not.
    nouns_said = {w[:4] for w in content_words(f"{title} {text}", lex) if w not in lex.verb_set}
    money = bool(cues.money & nouns_said) or _CURRENCY.search(text) is not None
    context = own
    earlier = earlier - own
    kin = cues.kin.match(normalise(text).lstrip(" @")) is not None
    context -= sums
    every = things | verbs | context | earlier | sums
    return Profile(things, nouns, verbs, context, earlier, sums, everyone, kin, money, every)


_MEMO: dict[int, tuple[ExtractedTask, Profile]] = {}
_MEMO_SIZE = 8192


def forget() -> None:
    """Drop the profiles of the last chat's tasks (a new chat is being read)."""
    _MEMO.clear()


def profile(task: ExtractedTask) -> Profile:
    """What `task` is about, worked out once per task (later messages ask many times)."""
    found = _MEMO.get(id(task))
    if found is not None and found[0] is task:
        return found[1]
    text = source_text(task)
    own_line = f"{task.source.author}: {text}"
    before = task.description[: -len(own_line)] if task.description.endswith(own_line) else ""
    about = _profile(task.title, text, before, task.language, task.kind)
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    _MEMO[id(task)] = (task, about)
    return about


@dataclass(frozen=True, slots=True)
class Naming:
    """How a message names a task: shared things of the title (and sums), of its message,
    of the messages before, and shared verbs."""

    things: int
    nouns: int
    context: int
    earlier: int
    verbs: int

    @property
    def named(self) -> bool:
        """Whether the message names what the task is about (not just its verb)."""
        return self.things + self.context + self.earlier > 0

    @property
    def score(self) -> int:
        """Title things weigh most, then the task's message, then the words before."""
        return 6 * self.things + 2 * self.context + 2 * self.earlier + self.verbs


NOTHING_NAMED = Naming(0, 0, 0, 0, 0)


def naming(task: ExtractedTask, said: frozenset[str], about: Profile | None = None) -> Naming:
    """How the word stems `said` (people's names already left out) name `task`."""
    about = about or profile(task)
    if about.words.isdisjoint(said):
        return NOTHING_NAMED
    return Naming(
        len(about.things & said) + len(about.sums & said),
        len(about.nouns & said),
        len(about.context & said),
        len(about.earlier & said),
        len(about.verbs & said),
    )
