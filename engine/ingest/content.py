"""Classify a message body: media placeholders, deleted and edited markers, polls, locations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.core.resources import load_json
from engine.ingest.model import MessageKind, Subtype

Content = tuple[str, MessageKind, str | None, bool, Subtype | None]
"""(text to store, kind, media file name, edited, subtype)."""

_ATTACHMENT_ENDINGS = frozenset(")>d")
_SPECIAL_ENDINGS = frozenset(")>d.")


def _fold(text: str) -> str:
    return text.strip().rstrip(".").strip().lower()


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    short: dict[str, tuple[MessageKind, Subtype | None]]
    """Folded whole-body markers: deleted, media omitted, calls, live location."""
    short_max: int
    deleted_prefixes: tuple[str, ...]
    edited: tuple[str, ...]
    polls: tuple[str, ...]
    attached_inline: re.Pattern[str]
    attached_suffix: re.Pattern[str]
    attached_tag: re.Pattern[str]
    document: re.Pattern[str]
    location: re.Pattern[str]


@cache
def vocabulary() -> _Vocabulary:
    """The localized markers from resources/whatsapp/markers.json, compiled once."""
    markers = load_json("whatsapp", "markers.json")
    prefixes = "|".join(re.escape(word) for word in markers["attached_prefix"])
    suffixes = "|".join(re.escape(word) for word in markers["file_attached_suffix"])
    places = "|".join(re.escape(word) for word in markers["location_prefix"])
    deleted = [_fold(text) for text in markers["deleted"]]
    omitted_words = "|".join(
        re.escape(text.split()[-1]) for text in markers["media_omitted"] if not text.startswith("<")
    )
    short: dict[str, tuple[MessageKind, Subtype | None]] = {}
    for text in markers["call"]:
        short[_fold(text)] = ("text", "call")
    for text in markers["live_location"]:
        short[_fold(text)] = ("text", "live_location")
    for text in markers["media_omitted"]:
        short[_fold(text)] = ("media", None)
    for text in markers["contact_card_omitted"]:
        short[_fold(text)] = ("media", "contact")
    for text in deleted:
        short[text] = ("deleted", None)
    return _Vocabulary(
        short=short,
        short_max=max(len(key) for key in short) + 3,
        deleted_prefixes=tuple(text for text in deleted if text.endswith("admin")),
        edited=tuple(markers["edited"]),
        polls=tuple(markers["poll_prefix"]),
        attached_inline=re.compile(rf"^<\s*(?:{prefixes})\s*:\s*(?P<name>[^<>\n]+?)\s*>", re.I),
        attached_suffix=re.compile(rf"^(?P<name>[^\n]+?)\s+\((?:{suffixes})\)", re.I),
        attached_tag=re.compile(rf"^(?P<name>[^\n<>]+?)\s*<\s*(?:{prefixes})\s*>", re.I),
        document=re.compile(
            rf"^(?P<name>[^\n]+?\.\w{{1,8}})\s+•\s+[^\n]*(?:{omitted_words})$", re.I
        ),
        location=re.compile(rf"^(?:{places})\s*:\s*https?://", re.I),
    )


@cache
def short_markers() -> frozenset[str]:
    """Every whole-body marker in lower case, with and without a final period."""
    keys = vocabulary().short
    return frozenset(keys) | frozenset(key + "." for key in keys)


def special_endings() -> frozenset[str]:
    """Last characters of bodies that may be placeholders: ')' '>' 'd' (omitted) '.'."""
    return _SPECIAL_ENDINGS


def may_be_special(text: str) -> bool:
    """A cheap test that rules out ordinary text, so `classify` runs only where it can matter."""
    return (
        len(text) <= vocabulary().short_max
        or text[-1] in _SPECIAL_ENDINGS
        or text[0] == "<"
        or (": http" in text[:40])
        or "•" in text
        or ("\n" in text and text[0].isupper())
    )


def classify(text: str) -> Content:
    """Recognise what kind of message `text` (already joined and cleaned) is.

    The text is kept as written, WhatsApp's own '<This message was edited>' included;
    `strip_edited` gives the words the author typed.
    """
    vocab = vocabulary()
    edited = False
    body = text
    if text[-1:] == ">":
        for marker in vocab.edited:
            if text.endswith(marker):
                body = text[: -len(marker)].rstrip()
                edited = True
                break
    if not body:
        return text, "text", None, edited, None
    if len(body) <= vocab.short_max:
        folded = body.lower()
        if folded[-1:] == "." or folded[-1:] == " " or folded[:1] == " ":
            folded = _fold(folded)
        known = vocab.short.get(folded)
        if known is not None:
            return text, known[0], None, edited, known[1]
        if folded.startswith(vocab.deleted_prefixes):
            return text, "deleted", None, edited, None
    first = body[0]
    media = _attachment_name(body, first, vocab)
    if media is not None:
        subtype: Subtype | None = "contact" if media.lower().endswith(".vcf") else None
        return text, "media", media, edited, subtype
    if first.isupper() and text.startswith(vocab.polls) and "\n" in text:
        return text, "text", None, edited, "poll"
    if ": http" in text[:40] and vocab.location.match(text):
        return text, "text", None, edited, "location"
    return text, "text", None, edited, None


def _attachment_name(text: str, first: str, vocab: _Vocabulary) -> str | None:
    if first == "<":
        found = vocab.attached_inline.match(text)
        return found.group("name") if found else None
    cut = text.find("\n")
    head = text if cut < 0 else text[:cut]
    last = head[-1:]
    if "•" in head:
        found = vocab.document.match(head)
        return found.group("name") if found else None
    if last not in _ATTACHMENT_ENDINGS:
        return None
    if head.endswith(")") and "(" in head:
        found = vocab.attached_suffix.match(head)
        if found:
            return found.group("name")
    elif head.endswith(">") and "<" in head:
        found = vocab.attached_tag.match(head)
        if found:
            return found.group("name")
    return None


def strip_edited(text: str) -> str:
    """The body without WhatsApp's trailing 'edited' marker, for reading the author's words."""
    if text[-1:] == ">":
        for marker in vocabulary().edited:
            if text.endswith(marker):
                return text[: -len(marker)].rstrip()
    return text
