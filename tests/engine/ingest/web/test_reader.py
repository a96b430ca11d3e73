"""The live reader against real headless Chromium on the fake WhatsApp Web site."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from pathlib import Path

from engine.core.engine import Engine
from engine.ingest.web.accounts import Account
from engine.ingest.web.reader import LiveReader
from engine.ingest.web.states import LiveState
from tests.engine.ingest.web.conftest import eventually, link, options, rows, run
from tests.fixtures.whatsapp_web.server import FakeWhatsApp


def test_new_message_becomes_suggestion_read_only(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)) as reader:
            refs = await link(reader, fake)
            assert refs[0].startswith("2@") and len(fake.scanned_refs) == 1
            stop = asyncio.Event()
            task = asyncio.create_task(reader.run(stop))
            await eventually(lambda: rows(engine, "SELECT count(*) FROM messages m JOIN chats c"
                                          " ON c.id = m.chat_id WHERE c.name = 'Casa & Obra'")[0][0] == 4)
            await eventually(lambda: reader.catching_up == [])  # backfill done, steady state
            fake.add_message("Casa & Obra", "Can you send me the invoice by Friday?")
            started = time.monotonic()
            await eventually(lambda: rows(engine, "SELECT title FROM tasks WHERE state = 'suggested'"
                                          " AND title LIKE '%invoice%'"), timeout=5)
            assert time.monotonic() - started < 2.0
            stop.set()
            await task
            assert reader.waiting_chats == ["Work"]
        names = [r[0] for r in rows(engine, "SELECT name FROM chats")]
        assert names == ["Casa & Obra"]  # Family: no consent; Work: unread, waits for the phone
        assert fake.receipts == [] and fake.presence == []
        assert fake.compose_hits() == []
        assert any(e["type"] == "click" for e in fake.log)  # the chat was opened by a click

    run(body())


def _count(engine: Engine, title: str) -> int:
    return int(rows(engine, "SELECT count(*) FROM messages m JOIN chats c ON c.id = m.chat_id"
                            " WHERE c.name = ?", title)[0][0])


async def _read_until(reader: LiveReader, done: object, timeout: float = 15.0) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(reader.run(stop))
    try:
        await eventually(done, timeout=timeout)  # type: ignore[arg-type]
    finally:
        stop.set()
        await task


def test_restart_keeps_login_fills_gap_and_never_duplicates(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)) as reader:
            await link(reader, fake)
            await _read_until(reader, lambda: _count(engine, "Casa & Obra") == 4)
        # While the app is closed, two messages arrive and the user reads them on the phone.
        fake.add_message("Casa & Obra", "Are you home at 5?", read=True)
        fake.add_message("Casa & Obra", "ok", read=True)
        qr_seen: list[str] = []
        async with LiveReader(engine, account, options=options(fake)) as reader:
            report = await reader.wait_for(LiveState.CONNECTED, LiveState.NEEDS_QR, timeout=20)
            assert report.state is LiveState.CONNECTED  # the profile kept the session
            await _read_until(reader, lambda: _count(engine, "Casa & Obra") == 6)
            # Reconnect: the page reloads and shows every row again; nothing is stored twice.
            await reader.page.page.reload()
            reader._fresh_page()
            await _read_until(reader, lambda: reader.catching_up == [])
            fake.add_message("Casa & Obra", "See you")
            await _read_until(reader, lambda: _count(engine, "Casa & Obra") == 7)
            await asyncio.sleep(1.0)
        assert qr_seen == [] and len(fake.scanned_refs) == 1
        assert _count(engine, "Casa & Obra") == 7
        texts = [r[0] for r in rows(engine, "SELECT text FROM messages ORDER BY sent_at, id")]
        assert texts.count("ok") == 3  # two in one minute yesterday, one today

    run(body())


def test_later_export_of_the_chat_adds_nothing(
    fake: FakeWhatsApp, engine: Engine, account: Account, tmp_path: Path
) -> None:
    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)) as reader:
            await link(reader, fake)
            await _read_until(reader, lambda: _count(engine, "Casa & Obra") == 4)

    run(body())
    chat = fake.chat("Casa & Obra")
    export = tmp_path / "WhatsApp Chat with Casa & Obra.txt"
    export.write_text("".join(f"{m.wall:%d/%m/%Y, %H:%M} - {m.author}: {m.text}\n"
                              for m in chat.messages), encoding="utf-8")
    result = engine.import_export(export, date_order="DMY", timezone="UTC")
    assert (result.messages, result.new_messages) == (4, 0)


def test_edits_and_deletions_mark_messages_and_flag_tasks(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)) as reader:
            await link(reader, fake)
            await _read_until(reader, lambda: _count(engine, "Casa & Obra") == 4)
            ask = fake.add_message("Casa & Obra", "Please call the electrician tomorrow")
            other = fake.add_message("Casa & Obra", "Can you pay the invoice by Friday?",
                                     quoted=("Me Myself", "Great, thanks"))
            await _read_until(reader, lambda: len(rows(
                engine, "SELECT id FROM tasks WHERE title LIKE '%electrician%'"
                " OR title LIKE '%invoice%'")) == 2)
            fake.edit_message(ask, "Please call the electrician on Monday")
            fake.delete_message(other)
            await _read_until(reader, lambda: len(rows(
                engine, "SELECT id FROM task_events WHERE actor = 'live'")) == 2)

    run(body())
    stored = rows(engine, "SELECT text, edited, deleted FROM messages WHERE text LIKE 'Please%'"
                          " OR text LIKE 'Can you%'")
    assert sorted(stored) == [
        ("Can you pay the invoice by Friday?", 0, 1),  # quote text not mixed in; kept, marked
        ("Please call the electrician on Monday <This message was edited>", 1, 0),
    ]
    assert len(rows(engine, "SELECT id FROM tasks WHERE title LIKE '%electrician%'"
                            " OR title LIKE '%invoice%'")) == 2  # no task was deleted
    notes = [r[0] for r in rows(engine, "SELECT note FROM task_events WHERE actor = 'live'")]
    assert any("deleted" in n for n in notes) and any("edited" in n for n in notes)


def test_backfill_stops_at_depth_and_resumes_nothing_twice(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    base = datetime.now() - timedelta(days=3)
    for index in range(60):
        fake.add_message("Casa & Obra", f"history {index}", read=True,
                         wall=base + timedelta(minutes=index))

    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake, backfill_depth=40)) as reader:
            await link(reader, fake)
            await _read_until(reader, lambda: _count(engine, "Casa & Obra") >= 40)
            await asyncio.sleep(1.0)

    run(body())
    assert _count(engine, "Casa & Obra") == 40  # bounded: the newest 40, not all 64
    assert len(rows(engine, "SELECT DISTINCT key FROM messages")) == _count(engine, "Casa & Obra")
