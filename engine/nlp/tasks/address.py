"""Who a clause speaks to: a participant's name or nickname, or a word like 'mom' or 'sir'."""

from __future__ import annotations

import re
from typing import NamedTuple

from engine.nlp.lexicon import TaskLexicon
from engine.nlp.tasks.speech import speech_cues

_LEADING_NAME = re.compile(r"@?([^\W\d_][\w.'-]*)(?:\s+([^\W\d_][\w.'-]*))?[\s,:!]*")
_TRAILING_NAME = re.compile(r",\s*@?([^\W\d_][\w.'-]*)\s*[?!.]*\s*$")
_MENTION = re.compile(r"@([^\W\d_][\w.'-]*)")
_NOT_WORD = re.compile(r"[^\w\s']+")
_NAME_WORD = re.compile(r"[^\W\d_][\w.'-]*")
ACCEPTANCE_CHARS = 30
"""An acceptance is short ('ok 👍', 'claro que sí'); a longer clause says more."""
ACCEPTANCE_SPACES = 4
"""...and a few words at most."""
NICK = "~"
"""Prefix of the keys under which `participant_names` files nicknames ('~ju' → Juliana)."""


class Vocative(NamedTuple):
    """A clause without its leading vocative, and who it addresses."""

    rest: str
    who: str | None = None
    """A participant named or nicknamed."""
    term: str | None = None
    """An address term ('mom', 'pa') when no participant is named."""


def _first_word(text: str) -> str:
    found = _NAME_WORD.match(text)
    return found.group().rstrip(".") if found else ""


def lookup(word: str, names: dict[str, str], lex: TaskLexicon, nick: bool = True) -> str | None:
    """The participant `word` names: a name or, with `nick`, a nickname that starts like only
    one participant's first name ('Ju' for Juliana, 'Gabi' for Gabriel) and is no common word."""
    word = word.lower()
    if word in names:
        return names[word]
    who = names.get(NICK + word[:3]) if len(word) >= 3 else names.get(NICK + word)
    if who is None or not nick or len(word) < 2 or word in lex.stop:
        return None
    if lex.leading_fillers.match(word) or word in speech_cues(lex.code).term_set:
        return None
    return who


def _name_at(text: str, names: dict[str, str], lex: TaskLexicon) -> tuple[str, int] | None:
    found = _LEADING_NAME.match(text)
    if not found:
        return None
    first, second = found.group(1).lower(), found.group(2)
    # A nickname only as a clear vocative: followed by a comma or alone ('Ju, ...').
    nick = text[found.end(1) : found.end(1) + 1] in ("", ",", ":", "!")
    full = f"{first} {second.lower()}" if second else ""
    if full in names:
        who: str | None = names[full]
        cut = found.end()
    elif first in names or nick:
        who = lookup(first, names, lex, nick=nick)
        cut = found.start(2) if second else found.end()
    else:
        return None
    if who is None or speech_cues(lex.code).particles.match(text[cut:].lower()):
        return None  # 'Salim bhai ki bike': a name as an argument, not an addressee
    return who, cut


def vocative(clause: str, names: dict[str, str], lex: TaskLexicon) -> Vocative:
    """Strip a leading '@Ana', 'Ana,' or 'Ana dear' and say who was addressed (a participant;
    see `address_term` for 'mom,')."""
    text = clause.lstrip(" -*•>")
    # 'ok Tyler, ...', 'Bon, Julien ...': a filler before the name; but 'vó' and 'mamma' are
    # fillers themselves, so the whole text is tried too when a filler was a name.
    bare = lex.leading_fillers.sub("", text)
    prefix = text[: len(text) - len(bare)]
    named = _name_at(bare, names, lex)
    if named is None and prefix and _first_word(prefix) in names:
        named, bare = _name_at(text, names, lex), text
    if named is None:
        return Vocative(text)
    who, cut = named
    rest = bare[cut:].lstrip(" ,:!")
    if lex.fillers.match(rest):
        rest = lex.fillers.sub("", rest[:12], count=1) + rest[12:]
    return Vocative(rest.lstrip(" ,:!"), who)


def address_term(text: str, lex: TaskLexicon) -> Vocative | None:
    """A clause that speaks to someone by an address term ('Ma, tolong ...', 'papa kannst du
    ...?'), without it; None when there is none or the term is the subject ('Mama besok ke
    pasar': the author speaking of herself)."""
    terms = speech_cues(lex.code).terms
    term = terms.match(text)
    if term is not None:
        rest = text[term.end() :]
    else:
        rest = lex.leading_fillers.sub("", text)
        # 'ok papà mi ricarichi...': address terms are often fillers themselves.
        term = terms.search(text[: len(text) - len(rest)]) if rest != text else None
    if term is None or not _speaks_to(rest, lex):
        return None
    return Vocative(rest.lstrip(" ,:!"), term=term.group(0).lower())


def _speaks_to(rest: str, lex: TaskLexicon) -> bool:
    """Whether what follows an address term speaks to that person ('Ma, tolong ...', 'papa
    kannst du ...?') rather than about them ('Mama besok pagi ke pasar': the author herself)."""
    if not rest.strip(" .,!?:;-") or rest[:1] in (",", ":", "!") or rest.rstrip().endswith("?"):
        return True  # 'Pa,' alone in its clause, or followed by a pause or a question
    rest = rest.lstrip()
    asks = lex.request_questions.match(rest) or lex.request_openers.match(rest)
    return asks is not None or lex.reminder.match(rest) is not None or (
        lex.you.search(rest) is not None
    )


def trailing_vocative(clause: str, names: dict[str, str], lex: TaskLexicon) -> str | None:
    """A participant addressed at the end of a clause (', Ana?') or by an @mention."""
    found = _TRAILING_NAME.search(clause) if "," in clause else None
    if found:
        who = lookup(found.group(1), names, lex)
        if who is not None:
            return who
    mention = _MENTION.search(clause) if "@" in clause else None
    if mention:
        return lookup(mention.group(1), names, lex)
    return None


def accepts(clause: str, lex: TaskLexicon) -> bool:
    """Whether a clause only accepts ('sure', 'haan', 'ok 👍') what was asked before."""
    if len(clause) > ACCEPTANCE_CHARS or clause.count(" ") > ACCEPTANCE_SPACES:
        return False
    accepting = speech_cues(lex.code).acceptance
    if clause.strip(" .,!") in accepting:
        return True
    return _NOT_WORD.search(clause) is not None and (  # 'ok 👍', 'ok!!'
        " ".join(_NOT_WORD.sub(" ", clause).split()) in accepting
    )


TERM_ALONE = 14
"""A clause this short may be an address term alone ('Pa,', 'mummy ji')."""


def addressed(
    said: list[str], lex: TaskLexicon, names: dict[str, str]
) -> tuple[list[Vocative], Vocative | None]:
    """Each clause's vocative, and the one of a clause that is only a name or address term
    ('..., Pedro, é sua semana'): said once, it addresses the whole message."""
    heads = [_head(clause, lex, names) for clause in said]
    if len(heads) == 1:
        return heads, None
    for index, head in enumerate(heads):
        if head.who is None and len(head.rest) <= TERM_ALONE:
            heads[index] = address_term(head.rest, lex) or head  # 'Pa,', 'mamie'
    alone = [v for v in heads if (v.who or v.term) and _only_cue(v.rest, lex)]
    return heads, alone[0] if len({(v.who, v.term) for v in alone}) == 1 else None


_HEADS: dict[tuple[str, str, int], tuple[dict[str, str], Vocative]] = {}
HEADS_KEPT = 8192
"""Clause vocatives remembered per chat (its names): short messages recur, and a message
is read twice when a date turns out to matter."""


def _head(clause: str, lex: TaskLexicon, names: dict[str, str]) -> Vocative:
    key = (clause, lex.code, id(names))
    known = _HEADS.get(key)
    # The entry holds `names` itself, so its id cannot be reused while the entry lives.
    if known is not None and known[0] is names:
        return known[1]
    head = _reminded(vocative(clause, names, lex), names, lex)
    if len(_HEADS) >= HEADS_KEPT:
        _HEADS.clear()
    _HEADS[key] = (names, head)
    return head


def _only_cue(text: str, lex: TaskLexicon) -> bool:
    """Nothing but punctuation, or a reminder cue and nothing else ('não esquece')."""
    text = text.strip(" .,!?:;-")
    cue = lex.reminder.match(text) if text else None
    return not text or (cue is not None and not text[cue.end() :].strip(" .,!?:;-"))


def _reminded(head: Vocative, names: dict[str, str], lex: TaskLexicon) -> Vocative:
    """'não esquece Marcelo', "don't forget Tyler": a name right after a reminder cue."""
    cue = lex.reminder.match(head.rest) if head.who is None and head.term is None else None
    if cue is None:
        return head
    who = names.get(head.rest[cue.end() :].strip(" .,!?:;-"))
    return Vocative(head.rest[: cue.end()], who) if who else head
