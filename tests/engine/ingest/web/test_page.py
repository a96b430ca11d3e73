"""Page states, the self-check and the safe-click guard, on real Chromium and the fixture site."""

from __future__ import annotations

import pytest

from engine.core.engine import Engine
from engine.ingest.web.accounts import Account
from engine.ingest.web.page import UnsafeClickError
from engine.ingest.web.reader import LiveReader
from engine.ingest.web.states import LiveState
from tests.engine.ingest.web.conftest import eventually, link, options, run
from tests.fixtures.whatsapp_web.server import FakeWhatsApp


def test_states_offline_takeover_use_here_and_logout(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    seen: list[LiveState] = []

    async def body() -> None:
        reader = LiveReader(engine, account, options=options(fake),
                            on_state=lambda r: seen.append(r.state))
        async with reader:
            await link(reader, fake)
            fake.set_phone_offline(True)
            assert (await reader.wait_for(LiveState.PHONE_OFFLINE, timeout=10)).usable
            fake.set_phone_offline(False)
            fake.take_over()
            report = await reader.wait_for(LiveState.TAKEN_OVER, timeout=10)
            assert "Use here" in report.action
            assert fake.compose_hits() == [] and not any(
                "Use here" in str(e.get("target")) for e in fake.log)  # never clicked unasked
            await reader.use_here()  # the user asked
            await reader.wait_for(LiveState.CONNECTED, timeout=10)
            fake.log_out_from_phone()
            await reader.wait_for(LiveState.LOGGED_OUT, timeout=10)
            assert not account.linked

    run(body())
    assert [s for s in seen if s is not LiveState.LOADING][:3] == [
        LiveState.STARTING, LiveState.NEEDS_QR, LiveState.CONNECTED]
    assert LiveState.LOGGED_OUT in seen


def test_changed_page_is_reported_by_part_without_crashing(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)) as reader:
            await link(reader, fake)
            fake.set_variant("changed")
            report = await reader.wait_for(LiveState.PAGE_NOT_UNDERSTOOD, timeout=15)
            assert report.part == "chat list"
            assert "Import" in report.action  # the caller falls back to importing exports
            assert (await reader.step()).state is LiveState.PAGE_NOT_UNDERSTOOD

    run(body())


def test_expired_qr_is_reloaded_and_rotating_codes_are_reported(
    engine: Engine, account: Account
) -> None:
    fake = FakeWhatsApp(qr_first=1.0, qr_next=0.5, qr_refs=3).start()

    async def body() -> list[str | None]:
        refs: list[str | None] = []
        async with LiveReader(engine, account, options=options(fake)) as reader:
            async for code in reader.qr_codes(reloads=1):
                refs.append(code.ref)
        return refs

    try:
        refs = run(body())
    finally:
        fake.stop()
    assert refs[-1] is None  # expired after the one allowed reload
    codes = [r for r in refs if r]
    assert len(set(codes)) == len(codes) >= 3  # rotated in place, each reported once
    assert len({c[:10] for c in codes}) == 2  # fresh codes after the reload
    assert any(e["type"] == "click" and "button" in e["target"] for e in fake.log)


def test_pairing_code_and_the_compose_box_guard(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)) as reader:
            await reader.wait_for(LiveState.NEEDS_QR, timeout=15)
            code = await reader.request_pairing_code("+44 7700 900000")
            assert len(code) == 9 and code[4] == "-"
            assert fake.confirm_pairing(code)
            await reader.wait_for(LiveState.CONNECTED, timeout=15)
            assert await reader.page.open_chat("Casa & Obra")
            await eventually(lambda: True)
            box = await reader.page.find("compose")
            assert box is not None
            with pytest.raises(UnsafeClickError):
                await reader.page.safe_click(box)
        assert fake.compose_hits() == []

    run(body())


def test_a_second_instance_is_refused_while_the_profile_is_in_use(
    fake: FakeWhatsApp, engine: Engine, account: Account
) -> None:
    from engine.ingest.web.locking import ProfileLockedError

    async def body() -> None:
        async with LiveReader(engine, account, options=options(fake)):
            with pytest.raises(ProfileLockedError):
                await LiveReader(engine, account, options=options(fake)).start()

    run(body())
    assert oct(account.folder.stat().st_mode & 0o777) == "0o700"
    assert oct(account.profile_dir.stat().st_mode & 0o777) == "0o700"
