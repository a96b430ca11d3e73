"""Read an open chat's message rows: the live view, gap fill and a resumable, bounded backfill."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from engine.ingest.web.page import WebPage
from engine.ingest.web.rows import LiveMessage, date_order_for, to_live
from engine.ingest.web.sink import LiveSink, StoreResult

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class ChatView:
    """The open chat as read from the page."""

    title: str
    is_group: bool
    messages: list[LiveMessage]


def read_view(snap: dict[str, Any], *, me: str | None, locale: str, today: date) -> ChatView | None:
    """The open chat's title and messages in page order, or None when no chat is open."""
    opened = snap.get("open")
    if not opened or not opened.get("title"):
        return None
    title = str(opened["title"])
    rows: list[dict[str, Any]] = opened.get("rows") or []
    is_group = any("@g.us" in str(r.get("id")) for r in rows)
    order = date_order_for(locale)
    messages: list[LiveMessage] = []
    for row in rows:
        message = to_live(row, chat_title=title, is_group=is_group, me=me, order=order, today=today)
        if message is not None:
            messages.append(message)
    if not is_group:
        authors = {m.parsed.author for m in messages if not m.outgoing}
        is_group = len(authors - {title}) > 0
    return ChatView(title, is_group, messages)


def merge_older(known: list[LiveMessage], view: list[LiveMessage]) -> list[LiveMessage]:
    """`known` extended with the rows of a later (scrolled-up) view, in page order."""
    ids = {m.msg_id for m in view}
    return view + [m for m in known if m.msg_id not in ids]


def own_name(view: ChatView) -> str | None:
    """The account's own name as outgoing rows write it (for rows without sender data)."""
    return next((m.parsed.author for m in view.messages if m.outgoing and m.parsed.author), None)


async def read_history(
    page: WebPage,
    sink: LiveSink,
    title: str,
    *,
    view_of: Callable[[dict[str, Any]], ChatView | None],
    depth: int,
    pause: Callable[[], float],
    sleep: Sleep = asyncio.sleep,
) -> StoreResult:
    """Store the open chat `title` from the newest row back to what is already stored (gap fill)
    or, on a first link, back `depth` messages (backfill); progress is stored at each step, so
    a stopped backfill resumes where it was and never stores a message twice."""
    state = sink.chat_state(title)
    known = set(state["seen"])
    backfill_done = bool(state.get("backfill_done"))
    collected: list[LiveMessage] = []
    totals = [0, 0, 0]
    still = 0
    while True:
        view = view_of(await page.probe(messages=True))
        if view is None or view.title != title:
            break
        before = len(collected)
        collected = merge_older(collected, view.messages)[-depth:]  # newest `depth` only
        result = await asyncio.to_thread(sink.store, title, collected, suggest=False)
        step = (result.new, result.edited, result.deleted)
        totals = [a + b for a, b in zip(totals, step, strict=True)]
        reached_known = backfill_done and any(m.msg_id in known for m in collected)
        if len(collected) >= depth or reached_known:
            state["backfill_done"] = True
            break
        still = still + 1 if len(collected) == before else 0
        if still >= 2:  # plateau: the page has no older history to give
            state["backfill_done"] = True
            break
        await page.scroll_messages_up()
        await sleep(pause())
    sink.save()
    chat_id = sink.chat_id_for(title)
    new, edited, deleted = totals
    new_tasks = 0
    if chat_id is not None and (new or edited or deleted):
        new_tasks = await asyncio.to_thread(sink.suggest, chat_id)
    return StoreResult(chat_id, new, edited, deleted, new_tasks)
