"""What the live reader can be doing, each with a plain-English explanation and a way out."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class LiveState(Enum):
    """States shown in the app; values are stable identifiers (settings, logs, translations)."""

    STARTING = "starting"
    NEEDS_QR = "needs_qr"
    LOADING = "loading"
    CONNECTED = "connected"
    PHONE_OFFLINE = "phone_offline"
    TAKEN_OVER = "taken_over"
    LOGGED_OUT = "logged_out"
    PAGE_NOT_UNDERSTOOD = "page_not_understood"
    BROWSER_FAILED = "browser_failed"
    STOPPED = "stopped"


_TEXTS: dict[LiveState, tuple[str, str]] = {
    LiveState.STARTING: (
        "Starting the browser and opening WhatsApp Web.",
        "Wait a few seconds.",
    ),
    LiveState.NEEDS_QR: (
        "This account is not linked yet (or the link ended). WhatsApp Web shows a QR code.",
        "On your phone open WhatsApp > Linked devices > Link a device and scan the code, "
        "or link with your phone number instead.",
    ),
    LiveState.LOADING: (
        "WhatsApp Web is loading your chats.",
        "Wait; this can take a minute after linking or after a long pause.",
    ),
    LiveState.CONNECTED: (
        "Connected. New messages in the chats you chose appear as suggestions.",
        "Nothing to do.",
    ),
    LiveState.PHONE_OFFLINE: (
        "WhatsApp Web reports a connection problem, so new messages may arrive late.",
        "Check that this computer and your phone are online; it reconnects by itself.",
    ),
    LiveState.TAKEN_OVER: (
        "WhatsApp is open in another browser or computer, which took over this session.",
        "Close WhatsApp Web elsewhere, then choose 'Use here' in ChatTasks to take it back.",
    ),
    LiveState.LOGGED_OUT: (
        "The account was logged out (from the phone or the page); nothing is read any more.",
        "Link the account again, or unlink it to delete its browser profile.",
    ),
    LiveState.PAGE_NOT_UNDERSTOOD: (
        "WhatsApp Web changed and ChatTasks no longer understands part of the page.",
        "Keep importing exported chats (Import > WhatsApp export) until an update of "
        "ChatTasks reads the new page; nothing was changed in your account.",
    ),
    LiveState.BROWSER_FAILED: (
        "The browser could not be started, so this account is not being read.",
        "Check that Chromium, Google Chrome or Microsoft Edge is installed and opens on this "
        "computer (or set CHATTASKS_BROWSER to one that does), then start reading again.",
    ),
    LiveState.STOPPED: (
        "The live reader is stopped.",
        "Start it again from the account's menu.",
    ),
}


@dataclass(frozen=True, slots=True)
class StateReport:
    """A state as shown to the user; `part` names what no longer matches the page."""

    state: LiveState
    part: str | None = None
    detail: str | None = None

    @property
    def explanation(self) -> str:
        """What is happening, in plain English (the GUI translates)."""
        text = _TEXTS[self.state][0]
        if self.part:
            text += f" Part not recognised: {self.part}."
        return text

    @property
    def action(self) -> str:
        """What the user can do about it."""
        return _TEXTS[self.state][1]

    @property
    def usable(self) -> bool:
        """True when messages can be read in this state."""
        return self.state in (LiveState.CONNECTED, LiveState.PHONE_OFFLINE)
