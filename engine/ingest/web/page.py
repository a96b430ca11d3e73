"""One WhatsApp Web page: probe it, classify its state, self-check it, and act on it safely."""

# ruff: noqa: E501 - the JavaScript source below is kept readable rather than wrapped

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from engine.ingest.web.knowledge import PageKnowledge
from engine.ingest.web.probe_js import GUARD_JS, PROBE_JS
from engine.ingest.web.states import LiveState, StateReport

if TYPE_CHECKING:
    from playwright.async_api import ElementHandle, Page

FIND_JS = r"""
([parts, name, within, text]) => {
  // The first element of part `name` (inside the first `within` element), whose text or
  // title is `text` when given; used to find a chat row or a labelled button.
  const pick = (root, part) => { for (const s of parts[part].selectors) { try { const l = root.querySelectorAll(s); if (l.length) return Array.from(l); } catch (e) {} } return []; };
  const roots = within ? pick(document, within) : [document];
  const norm = s => (s || "").replace(/[\u00a0\u202f]/g, " ").trim();
  for (const root of roots) {
    for (const el of pick(root, name)) {
      if (text === null) return el;
      const title = el.querySelector("[title]");
      const label = norm(el.getAttribute("aria-label")) || norm(el.innerText);
      if (label === text || (title && norm(title.getAttribute("title")) === text)) return el;
      if (parts[name].texts.length && parts[name].texts.includes(label)) return el;
    }
  }
  return null;
}
"""


@dataclass(frozen=True, slots=True)
class ChatPreview:
    """One row of the chat list, read without opening the chat."""

    title: str
    time: str | None
    preview: str | None
    unread: int
    selected: bool


class UnsafeClickError(RuntimeError):
    """A click would have landed on or near the compose box; it was not made."""


class WebPage:
    """Reads and (carefully) acts on one Playwright page with the selectors of web_page.json."""

    def __init__(self, page: Page, knowledge: PageKnowledge, *, timeout: float = 20.0) -> None:
        """Wrap `page`; every probe is cut off after `timeout` seconds (a hung page)."""
        self.page = page
        self.knowledge = knowledge
        self.timeout = timeout
        self._parts = knowledge.to_js()

    async def probe(
        self, *, chats: bool = False, messages: bool = False, check: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """Everything the probe reads; raises TimeoutError when the page hangs."""
        from playwright.async_api import Error as PlaywrightError

        args = {"parts": self._parts, "chats": chats, "messages": messages, "check": list(check)}
        for attempt in range(3):
            try:
                result: dict[str, Any] = await asyncio.wait_for(
                    self.page.evaluate(PROBE_JS, args), self.timeout
                )
                return result
            except PlaywrightError as error:
                # The page navigated (a logout reloads it): read the new document instead.
                if attempt == 2 or "navigat" not in str(error) and "destroyed" not in str(error):
                    raise
                await self.page.wait_for_load_state("domcontentloaded", timeout=self.timeout * 1000)
        raise AssertionError("unreachable")

    def classify(self, snap: dict[str, Any], *, linked: bool) -> StateReport | None:
        """The state a probe shows, or None when no known state is showing."""
        if snap.get("unsupported"):
            return StateReport(
                LiveState.PAGE_NOT_UNDERSTOOD, self.knowledge.part("unsupported").label
            )
        if snap.get("takeover"):
            return StateReport(LiveState.TAKEN_OVER)
        if snap.get("logged_in"):
            offline = snap.get("phone_offline")
            return StateReport(LiveState.PHONE_OFFLINE if offline else LiveState.CONNECTED)
        if snap.get("loading"):
            return StateReport(LiveState.LOADING)
        if snap.get("qr") or snap.get("qr_expired") or snap.get("pairing_code"):
            logged_out = linked or self.knowledge.logout_url_marker in str(snap.get("url", ""))
            detail = "expired" if snap.get("qr_expired") else None
            return StateReport(
                LiveState.LOGGED_OUT if logged_out else LiveState.NEEDS_QR, None, detail
            )
        return None

    async def self_check(self, stage: str) -> str | None:
        """Label of the first part of `stage` ('qr', 'connected', 'chat_open') that no longer
        matches the page, or None when all match."""
        names = self.knowledge.self_check[stage]
        snap = await self.probe(check=names)
        for name in names:
            if snap["check"].get(name) is None:
                return self.knowledge.part(name).label
        return None

    def previews(self, snap: dict[str, Any]) -> list[ChatPreview]:
        """The chat list rows of a probe, in screen order."""
        rows = [r for r in snap.get("chats") or [] if r.get("title")]
        rows.sort(key=lambda r: (r["y"] is None, r["y"] or 0))
        return [
            ChatPreview(
                r["title"].strip(), r["time"], r["preview"], int(r["unread"]), r["selected"]
            )
            for r in rows
        ]

    async def find(
        self, name: str, *, within: str | None = None, text: str | None = None
    ) -> ElementHandle | None:
        """The first element of part `name` (optionally with that text or title), or None."""
        handle = await self.page.evaluate_handle(FIND_JS, [self._parts, name, within, text])
        return handle.as_element()

    async def safe_click(self, element: ElementHandle) -> None:
        """Click `element` only if neither it nor the point hit is in the compose/send area."""
        await element.scroll_into_view_if_needed(timeout=self.timeout * 1000)
        forbidden = list(self.knowledge.part("compose").selectors)
        if not await self.page.evaluate(GUARD_JS, [element, forbidden]):
            raise UnsafeClickError("refused a click that could reach the compose box")
        await element.click(timeout=self.timeout * 1000)

    async def open_chat(self, title: str) -> bool:
        """Open chat `title` from the chat list; False when its row is not rendered."""
        row = await self.find("chat_row", text=title)
        if row is None:
            return False
        cell = await row.query_selector(", ".join(self.knowledge.part("chat_cell").selectors))
        await self.safe_click(cell or row)
        return True

    async def scroll_messages_up(self) -> None:
        """Scroll the open chat to its top so the page loads older history (no click)."""
        selectors = list(self.knowledge.part("message_scroller").selectors)
        await self.page.evaluate(
            "(sels) => { for (const s of sels) { const e = document.querySelector(s);"
            " if (e) { e.scrollTop = 0; e.dispatchEvent(new Event('scroll')); return; } } }",
            selectors,
        )

    async def qr_png(self) -> bytes | None:
        """A screenshot of the QR canvas, for showing it inside the app."""
        from playwright.async_api import Error as PlaywrightError

        for _ in range(3):  # the canvas is redrawn as the code rotates; try a fresh one
            element = await self.find("qr_canvas")
            if element is None:
                return None
            try:
                return await element.screenshot(timeout=self.timeout * 1000)
            except PlaywrightError:
                continue
        return None
