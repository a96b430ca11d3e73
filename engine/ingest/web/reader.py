"""The live reader of one account: link, watch the consented chats, store, suggest; read-only."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from engine.core.clock import Clock
from engine.ingest.web.accounts import Account, LiveAccounts
from engine.ingest.web.browser import (
    BrowserNotFoundError,
    BrowserStartError,
    find_browser,
    launch,
)
from engine.ingest.web.history import ChatView, own_name, read_history, read_view
from engine.ingest.web.knowledge import PageKnowledge, load_knowledge
from engine.ingest.web.locking import ProfileLock
from engine.ingest.web.node_runtime import NodeRuntimeError, ensure_node
from engine.ingest.web.pacing import Pacer, Watchdog
from engine.ingest.web.page import ChatPreview, WebPage
from engine.ingest.web.sink import LiveSink, StoreResult
from engine.ingest.web.states import LiveState, StateReport

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext, Playwright

    from engine.core.engine import Engine


@dataclass(frozen=True, slots=True)
class QrCode:
    """One QR code shown by WhatsApp Web: its payload (`data-ref`) and a PNG of the canvas."""

    ref: str | None
    png: bytes | None
    at: datetime
    expired: bool = False


@dataclass(slots=True)
class LiveOptions:
    """How the reader behaves; the defaults are the gentle ones for real use."""

    url: str | None = None
    """Page address; None = the real one from web_page.json (tests point it at a fixture)."""
    browser: str | None = None
    headless: bool = True
    tick: float = 0.7
    """Seconds between reads of the page (DOM reads send nothing to WhatsApp)."""
    open_every: float = 20.0
    """Least seconds between two chat openings (each one asks WhatsApp for messages)."""
    scroll_pause: float = 2.0
    backfill_depth: int = 200
    open_unread_chats: bool = False
    """Open chats with unread messages too (that marks them read on the phone): off unless the
    user explicitly allowed it."""
    unknown_grace: float = 30.0
    recycle_every: float = 6 * 3600.0
    hang_after: float = 90.0
    probe_timeout: float = 20.0
    jitter: float = 0.3


BROWSER_ERRORS = (BrowserNotFoundError, BrowserStartError)
"""The browser is missing or does not start: state BROWSER_FAILED, with the reason."""
StateCallback = Callable[[StateReport], None]
StoredCallback = Callable[[str, StoreResult], None]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(slots=True)
class _Chats:
    signatures: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    pending: set[str] = field(default_factory=set)
    waiting: list[str] = field(default_factory=list)
    last_open: datetime | None = None


class LiveReader:
    """Drives one account's WhatsApp Web page; the GUI, CLI and benchmark all use this."""

    def __init__(
        self, engine: Engine, account: Account, *, options: LiveOptions | None = None,
        clock: Clock | None = None, knowledge: PageKnowledge | None = None,
        on_state: StateCallback | None = None, on_stored: StoredCallback | None = None,
        rng: random.Random | None = None, sleep: Sleep = asyncio.sleep,
    ) -> None:  # fmt: skip
        """A stopped reader; call `start()` (or use `async with`)."""
        self.engine = engine
        self.account = account
        self.options = options or LiveOptions()
        self.clock = clock or engine.clock
        self.knowledge = knowledge or load_knowledge()
        self.on_state = on_state
        self.on_stored = on_stored
        self.sleep = sleep
        self.pacer = Pacer(rng or random.Random(), jitter=self.options.jitter)
        self.watchdog = Watchdog(
            self.clock, recycle_every=timedelta(seconds=self.options.recycle_every),
            hang_after=timedelta(seconds=self.options.hang_after),
        )  # fmt: skip
        self.report = StateReport(LiveState.STOPPED)
        self.sink = LiveSink(engine, account)
        self._lock: ProfileLock = account.lock()
        self._playwright: Playwright | None = None
        self._context: BrowserContext | None = None
        self._page: WebPage | None = None
        self._chats = _Chats()
        self._unknown_since: datetime | None = None
        self._checked: set[str] = set()
        self.broken: StateReport | None = None
        """Set when a self-check failed; sticks until the page is reloaded or restarted."""

    @property
    def waiting_chats(self) -> list[str]:
        """Consented chats with unread messages, waiting until the user reads them on the phone
        (opening them here would mark them read)."""
        return list(self._chats.waiting)

    @property
    def catching_up(self) -> list[str]:
        """Consented chats still to be read back (gap fill or backfill) on this page."""
        return sorted(set(self._chats.pending) - set(self._chats.waiting))

    # ---- lifecycle ---------------------------------------------------------------------------

    async def __aenter__(self) -> LiveReader:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def page(self) -> WebPage:
        """The page being read (after `start()`)."""
        if self._page is None:
            raise RuntimeError("the live reader is not started")
        return self._page

    async def start(self) -> None:
        """Lock the account, launch the installed browser on its profile, open WhatsApp Web."""
        from playwright.async_api import async_playwright

        self._lock.acquire()
        try:
            self._set(StateReport(LiveState.STARTING))
            try:  # the frozen app's Node.js is unpacked on first use
                await asyncio.to_thread(ensure_node)
            except NodeRuntimeError as error:
                self._set(StateReport(LiveState.BROWSER_FAILED, detail=str(error)))
                raise
            self._playwright = await async_playwright().start()
            await self._open_browser()
        except BaseException:
            await self.stop()
            raise

    async def _open_browser(self) -> None:
        assert self._playwright is not None
        info = self.account.info()
        try:
            self._context = await launch(
                self._playwright, self.knowledge, self.account.profile_dir,
                choice=find_browser(self.options.browser), locale=info.get("locale", "en-GB"),
                timezone=self.engine.settings.timezone, headless=self.options.headless,
            )  # fmt: skip
        except BROWSER_ERRORS as error:
            self._set(StateReport(LiveState.BROWSER_FAILED, detail=str(error)))
            raise
        raw = self._context.pages[0] if self._context.pages else await self._context.new_page()
        self._page = WebPage(raw, self.knowledge, timeout=self.options.probe_timeout)
        await raw.goto(self.options.url or self.knowledge.url, wait_until="domcontentloaded")
        self._fresh_page()

    def _fresh_page(self) -> None:
        self.watchdog.page_started()
        self._chats.pending = set(self.account.consented_chats())  # gap fill after a restart
        self._chats.signatures.clear()
        self._checked.clear()
        self.broken = None

    async def stop(self) -> None:
        """Close the browser and release the account (safe to call twice)."""
        try:
            if self._context is not None:
                await self._context.close()
            if self._playwright is not None:
                await self._playwright.stop()
        finally:
            self._context = self._page = self._playwright = None
            self._lock.release()
            if self.report.state is not LiveState.BROWSER_FAILED:  # keep saying why
                self._set(StateReport(LiveState.STOPPED))

    async def restart(self) -> None:
        """Close and relaunch the browser (after a hang or repeated errors)."""
        if self._context is not None:
            await self._context.close()
        await self._open_browser()

    def _set(self, report: StateReport) -> None:
        if report != self.report:
            self.report = report
            if self.on_state is not None:
                self.on_state(report)

    # ---- state -------------------------------------------------------------------------------

    async def detect(self) -> StateReport:
        """Read the page once and update `report` (self-checks included)."""
        snap = await self.page.probe()
        report = self.page.classify(snap, linked=self.account.linked)
        if self.broken is not None and report is not None and report.usable:
            return self.broken
        now = self.clock.now()
        if report is None:
            self._unknown_since = self._unknown_since or now
            if now - self._unknown_since < timedelta(seconds=self.options.unknown_grace):
                return self.report
            missing = await self.page.self_check("connected") or "login state"
            report = StateReport(LiveState.PAGE_NOT_UNDERSTOOD, missing)
        else:
            self._unknown_since = None
        if report.usable:
            if not self.account.linked:
                self.account.update_info(linked=True)
            if "connected" not in self._checked:
                part = await self.page.self_check("connected")
                if part is not None:
                    report = StateReport(LiveState.PAGE_NOT_UNDERSTOOD, part)
                else:
                    self._checked.add("connected")
        elif report.state is LiveState.LOGGED_OUT and self.account.linked:
            self.account.update_info(linked=False)
        elif report.state is LiveState.NEEDS_QR and "qr" not in self._checked:
            part = await self.page.self_check("qr")
            if part is not None:
                report = StateReport(LiveState.PAGE_NOT_UNDERSTOOD, part)
            else:
                self._checked.add("qr")
        self._set(report)
        return report

    async def wait_for(self, *states: LiveState, timeout: float = 120.0) -> StateReport:
        """Poll until the state is one of `states` (or page_not_understood); TimeoutError after."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            report = await self.detect()
            if report.state in states or report.state is LiveState.PAGE_NOT_UNDERSTOOD:
                return report
            if loop.time() > deadline:
                raise TimeoutError(f"WhatsApp Web stayed in state {report.state.value}")
            await self.sleep(0.25)

    # ---- linking -----------------------------------------------------------------------------

    async def qr_codes(self, *, reloads: int = 3) -> AsyncIterator[QrCode]:
        """Each new QR code while one is shown (it rotates about every 20 s); ends when the page
        leaves the QR screen. An expired code is reloaded up to `reloads` times."""
        last: str | None = None
        while True:
            report = await self.detect()
            if report.state not in (LiveState.NEEDS_QR, LiveState.LOGGED_OUT, LiveState.STARTING):
                return
            snap = await self.page.probe()
            if snap.get("qr_expired"):
                if reloads <= 0:
                    yield QrCode(None, None, self.clock.now(), expired=True)
                    return
                reloads -= 1
                button = await self.page.find("qr_reload")
                if button is not None:
                    await self.page.safe_click(button)  # harmless: asks for new refs (docs §2)
            elif snap.get("qr") and snap["qr"] != last:
                last = snap["qr"]
                shown = self.page.classify(snap, linked=self.account.linked)
                if shown is not None:
                    self._set(shown)  # the code may be scanned before the next detect()
                await self._keep_signed_in()
                yield QrCode(last, await self.page.qr_png(), self.clock.now())
            await self.sleep(0.25)

    async def _keep_signed_in(self) -> None:
        box = await self.page.find("keep_signed_in")
        if box is not None and not await box.is_checked():
            await self.page.safe_click(box)

    async def request_pairing_code(self, phone: str, *, timeout: float = 30.0) -> str:
        """Switch the QR screen to 'log in with phone number' and return the XXXX-XXXX code."""
        link = None
        for wording in self.knowledge.part("phone_link").texts:
            link = link or await self.page.find("phone_link", text=wording)
        if link is None:
            raise TimeoutError("this WhatsApp Web page offers no pairing code")
        await self.page.safe_click(link)
        field = None
        for _ in range(int(timeout * 4)):
            field = await self.page.find("phone_input")
            if field is not None:
                break
            await self.sleep(0.25)
        if field is None:
            raise TimeoutError("no phone number field appeared")
        await field.fill(phone)  # the phone field of the login screen, never a chat
        next_text = self.knowledge.part("phone_next").texts[0]
        button = await self.page.find("phone_next", text=next_text)
        if button is not None:
            await self.page.safe_click(button)
        for _ in range(int(timeout * 4)):
            code = (await self.page.probe()).get("pairing_code")
            if code:
                return str(code)
            await self.sleep(0.25)
        raise TimeoutError("WhatsApp Web showed no pairing code")

    async def use_here(self) -> None:
        """Take the session back from another browser; call only when the user asked to."""
        button = None
        for wording in self.knowledge.part("use_here_button").texts:
            button = button or await self.page.find("use_here_button", text=wording)
        if button is not None:
            await self.page.safe_click(button)

    async def log_out(self, *, timeout: float = 15.0) -> bool:
        """Log out through the page's menu (best effort); True when the page left the session."""
        steps = (("menu", None), ("menu_logout", "Log out"), ("confirm_logout", "Log out"))
        for name, text in steps:
            element = None
            for _ in range(int(timeout * 4)):
                element = await self.page.find(name, text=text)
                if element is not None:
                    break
                await self.sleep(0.25)
            if element is None:
                return False
            await self.page.safe_click(element)
        try:
            await self.wait_for(LiveState.NEEDS_QR, LiveState.LOGGED_OUT, timeout=timeout)
        except TimeoutError:
            return False
        return True

    # ---- reading -----------------------------------------------------------------------------

    async def chats(self) -> list[ChatPreview]:
        """The chat list as shown (for the consent dialog); opens nothing."""
        return self.page.previews(await self.page.probe(chats=True))

    def _view(self, snap: dict[str, Any]) -> ChatView | None:
        info = self.account.info()
        today = self.clock.now().astimezone(self.engine.settings.zone()).date()
        view = read_view(snap, me=info.get("me"), locale=info.get("locale", "en-GB"), today=today)
        if view is not None and not info.get("me"):
            me = own_name(view)
            if me:
                self.account.update_info(me=me)
        return view

    async def step(self) -> StateReport:
        """One gentle pass: state, the open chat's new rows, and at most one chat to catch up."""
        from engine.ingest.web.reader_steps import catch_up, read_open_chat

        report = await self.detect()
        if report.usable:
            snap = await self.page.probe(chats=True, messages=True)
            open_title = await read_open_chat(self, snap)
            if self.broken is None:
                await catch_up(self, snap, open_title)
        self.watchdog.beat()
        return report

    def stored(self, title: str, result: StoreResult) -> None:
        """Report a store to the caller when it changed anything."""
        if self.on_stored is not None and (result.new or result.edited or result.deleted):
            self.on_stored(title, result)

    async def history(self, title: str) -> StoreResult:
        """Gap fill / backfill of the open chat `title`."""
        return await read_history(
            self.page, self.sink, title, view_of=self._view,
            depth=self.options.backfill_depth,
            pause=lambda: self.pacer.jittered(self.options.scroll_pause), sleep=self.sleep,
        )  # fmt: skip

    async def run(self, stop: asyncio.Event) -> None:
        """Read until `stop` is set: paced steps, backoff on errors, watchdog recycles/restarts."""
        from playwright.async_api import Error as PlaywrightError

        retried = (PlaywrightError, TimeoutError, *BROWSER_ERRORS)
        while not stop.is_set():
            verdict = self.watchdog.verdict()
            try:
                if verdict == "restart":
                    await self.restart()
                elif verdict == "recycle":
                    await self.page.page.reload(wait_until="domcontentloaded")
                    self._fresh_page()
                report = await self.step()
                self.pacer.succeeded()
                delay = self.pacer.jittered(self.options.tick if report.usable else 1.0)
            except retried as error:
                delay = self.pacer.failed()
                self._set(StateReport(self.report.state, self.report.part, f"retrying: {error}"))
                if self.pacer.failures >= 3:
                    with contextlib.suppress(OSError, *retried):
                        await self.restart()  # a failed restart is retried after the backoff
            try:
                await asyncio.wait_for(stop.wait(), delay)
            except TimeoutError:
                pass


async def unlink(
    engine: Engine, accounts: LiveAccounts, account: Account, *, options: LiveOptions | None = None
) -> bool:
    """Log the account out on the page if it is logged in, then delete its folder and profile.

    Returns True when the page confirmed the logout; the folder is deleted either way (the
    phone then lists a linked device that no longer works, which the user can remove).
    """
    logged_out = False
    async with LiveReader(engine, account, options=options) as reader:
        try:
            report = await reader.wait_for(
                LiveState.CONNECTED, LiveState.PHONE_OFFLINE, LiveState.NEEDS_QR,
                LiveState.LOGGED_OUT, LiveState.TAKEN_OVER, timeout=60,
            )  # fmt: skip
            if report.usable:
                logged_out = await reader.log_out()
        except TimeoutError:
            logged_out = False
    accounts.delete(account)
    return logged_out
