"""A task's history in the interface language, built from each event's fields.

The engine records history in English (task_events: actor, field, old and new value, note);
its notes are fixed texts, matched here so each line reads as one translated sentence. A note
the app does not know yet is shown as it is.
"""

from __future__ import annotations

import html
import re
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from app.i18n import format_datetime, term
from engine.store.rows import TaskEventRow
from engine.store.utc import from_utc_text

SUGGESTED = re.compile(r"suggested \((\w+), confidence ([\d.]+)\)")
"""The note of a task the engine suggested (engine.store.suggestions)."""
VOCABULARY = {"priority": "priority", "status": "status", "state": "state"}
"""Fields whose values are engine vocabularies (app.i18n.term kinds)."""
INSTANTS = ("due_at", "snoozed_until")
"""Fields holding an instant in the database's UTC text, shown in the user's zone."""


def tr(text: str) -> str:
    """Translate a history text."""
    return QCoreApplication.translate("TaskHistory", text)


def reasons() -> dict[str, str]:
    """Why a change happened, by the engine's note."""
    return {
        "created": tr("created the task"),
        "changed remotely": tr("changed in the connected tool"),
        "deleted remotely": tr("deleted in the connected tool"),
        "chat set to never suggest": tr("the chat was set to never suggest"),
        "the source message was deleted in WhatsApp; this task is kept": tr(
            "the source message was deleted in WhatsApp; this task is kept"
        ),
    }


def _fields() -> dict[str, str]:
    return {
        "title": tr("title"), "description": tr("description"), "assignee": tr("assignee"),
        "due_at": tr("due"), "due_has_time": tr("due time"), "priority": tr("priority"),
        "category": tr("category"), "project": tr("project"), "status": tr("status"),
        "state": tr("review"), "snoozed_until": tr("snoozed until"),
    }  # fmt: skip


def actor_label(actor: str) -> str:
    """Who made a change: you, ChatTasks, the live reader, or a connected tool."""
    names = {"user": tr("You"), "engine": tr("ChatTasks"), "live": tr("WhatsApp live")}
    if actor.startswith("sync:"):
        return tr("Sync ({connector})").format(connector=actor.split(":", 1)[1])
    return names.get(actor, actor)


def _value(field: str, value: str | None, zone: tzinfo) -> str:
    if value is None or value == "":
        return tr("(none)")
    if field in VOCABULARY:
        return term(VOCABULARY[field], value)
    if field == "due_has_time":
        return tr("yes") if value in ("1", "True", "true") else tr("no")
    if field in INSTANTS:
        try:
            moment = from_utc_text(value).astimezone(zone)
        except ValueError:
            return value
        return format_datetime(moment, "dd MMM yyyy HH:mm")
    return value


def change_text(event: TaskEventRow, zone: tzinfo) -> str:
    """What an event did, as one sentence in the interface language (plain text)."""
    known = reasons()
    note = event.note or ""
    if event.field is None:
        suggested = SUGGESTED.fullmatch(note)
        if suggested:
            confidence = round(float(suggested.group(2)) * 100)
            return tr("suggested the task ({kind}, confidence {confidence}%)").format(
                kind=term("kind", suggested.group(1)), confidence=confidence
            )
        return known.get(note, note)
    if event.field == "message":
        if event.new_value is None:
            return known.get(note, note) or tr("the source message was deleted in WhatsApp")
        return tr("the source message was edited in WhatsApp (was: {text})").format(
            text=event.old_value or ""
        )
    change = _change(event, zone)
    reason = known.get(note, note)
    return tr("{change} ({reason})").format(change=change, reason=reason) if reason else change


def _change(event: TaskEventRow, zone: tzinfo) -> str:
    field = event.field or ""
    if field == "column_id":
        return tr("moved to another board column")
    if field == "position":
        return tr("moved on the board")
    old, new = (_value(field, v, zone) for v in (event.old_value, event.new_value))
    label = _fields().get(field, field)
    return tr("{field}: {old} → {new}").format(field=label, old=old, new=new)


def history_line(event: TaskEventRow, zone: tzinfo) -> str:
    """One line of the task detail's history, as HTML: time, who, what."""
    stamp = format_datetime(event.at.astimezone(zone), "dd MMM HH:mm")
    who, what = actor_label(event.actor), change_text(event, zone)
    return f"<small>{html.escape(stamp)}</small> {html.escape(who)}: {html.escape(what)}"
