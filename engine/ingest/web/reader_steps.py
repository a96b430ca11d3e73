"""The two halves of one reader step: the open chat's new rows, and catching up other chats."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from engine.ingest.web.states import LiveState, StateReport

if TYPE_CHECKING:
    from engine.ingest.web.reader import LiveReader


async def read_open_chat(reader: LiveReader, snap: dict[str, Any]) -> str | None:
    """Store new rows of the open chat if the user consented to it; its title, if any.

    Messages arriving in the open chat render without any action of ours, and the page, which
    the reader reports hidden and unfocused, sends no read receipt for them (docs §6).
    """
    view = reader._view(snap)
    if view is None:
        return None
    if not reader.account.allows(view.title):
        return view.title  # read nothing from it, store nothing
    if "chat_open" not in reader._checked:
        part = await reader.page.self_check("chat_open")
        if part is not None:
            reader.broken = StateReport(LiveState.PAGE_NOT_UNDERSTOOD, part)
            reader._set(reader.broken)
            return view.title
        reader._checked.add("chat_open")
    if view.title in reader._chats.pending:
        result = await reader.history(view.title)
        reader._chats.pending.discard(view.title)
    else:
        # Database work off the event loop: the GUI shares this loop (qasync).
        result = await asyncio.to_thread(reader.sink.store, view.title, view.messages)
    reader.stored(view.title, result)
    return view.title


async def catch_up(reader: LiveReader, snap: dict[str, Any], open_title: str | None) -> None:
    """Notice consented chats that changed in the chat list and open at most one of them.

    Opening a chat marks its unread messages read on the phone (docs §6), so a chat with unread
    messages waits until the user read it on the phone, unless they allowed opening it anyway.
    Chats are opened at most once per `open_every` seconds, with jitter.
    """
    chats = reader._chats
    due: str | None = None
    waiting: list[str] = []
    for preview in reader.page.previews(snap):
        title = preview.title
        if not reader.account.allows(title):
            continue
        signature = (preview.time, preview.preview, preview.unread)
        if chats.signatures.get(title) != signature:
            chats.signatures[title] = signature
            if title != open_title:
                chats.pending.add(title)
        if title == open_title or title not in chats.pending:
            continue
        if preview.unread and not reader.options.open_unread_chats:
            waiting.append(title)
        elif due is None:
            due = title
    chats.waiting = waiting
    now = reader.clock.now()
    gap = timedelta(seconds=reader.pacer.jittered(reader.options.open_every))
    if due is None or (chats.last_open is not None and now - chats.last_open < gap):
        return
    chats.last_open = now
    if not await reader.page.open_chat(due):
        return  # its row is not rendered (virtualized list); it comes back when it moves up
    for _ in range(40):
        view = reader._view(await reader.page.probe(messages=True))
        if view is not None and view.title == due:
            break
        await reader.sleep(0.1)
    else:
        return
    await read_open_chat(reader, await reader.page.probe(chats=True, messages=True))
