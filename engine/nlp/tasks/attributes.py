"""Priority, category and stress of a task, from its wording and due date."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from engine.nlp.lexicon import TaskLexicon
from engine.nlp.tasks.model import Priority

URGENT_WITHIN = timedelta(hours=3)
"""A due time this close to the message makes a task urgent."""


def priority_of(
    text: str, lex: TaskLexicon, sent: datetime, due: date | datetime | None
) -> Priority:
    """urgent / high / normal / low from wording, punctuation, emoji and the due date."""
    if lex.urgent.search(text):
        return "urgent"
    if (
        isinstance(due, datetime)
        and due - sent <= URGENT_WITHIN
        and due >= sent - timedelta(hours=1)
    ):
        return "urgent"
    if lex.low.search(text):
        return "low"
    if lex.high.search(text) or text.count("!") >= 2:
        return "high"
    if due is not None:
        day = due.date() if isinstance(due, datetime) else due
        if (day - sent.date()).days <= 1:
            return "high"
    return "normal"


def category_of(text: str, lex: TaskLexicon, chat_leaning: float) -> str:
    """'business' or 'personal' from the message's words, falling back on the chat's leaning."""
    business = len(lex.business.findall(text))
    personal = len(lex.personal.findall(text))
    if business > personal:
        return "business"
    if personal > business:
        return "personal"
    return "business" if chat_leaning > 0.15 else "personal"


def chat_leaning(texts: list[str], lex: TaskLexicon) -> float:
    """-1 (personal) .. 1 (business): the chat's overall vocabulary."""
    business = sum(len(lex.business.findall(t)) for t in texts)
    personal = sum(len(lex.personal.findall(t)) for t in texts)
    total = business + personal
    return 0.0 if total == 0 else (business - personal) / total


def stress_of(text: str, lex: TaskLexicon) -> float:
    """-1 (calm) .. 1 (stressed) from wording, exclamation marks, capitals and emoji."""
    negative = len(lex.stress_negative.findall(text)) + min(text.count("!"), 3) * 0.5
    positive = len(lex.stress_positive.findall(text))
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        negative += 1
    value = (negative - positive) / 3
    return max(-1.0, min(1.0, round(value, 2)))
