"""Live WhatsApp Web reader: linked accounts, read-only page reading, store and suggest."""

from __future__ import annotations

from engine.ingest.web.accounts import Account, AccountNotFoundError, LiveAccounts
from engine.ingest.web.browser import BrowserNotFoundError, BrowserStartError, find_browser
from engine.ingest.web.knowledge import PageKnowledge, PageKnowledgeError, load_knowledge
from engine.ingest.web.locking import ProfileLockedError
from engine.ingest.web.page import ChatPreview, UnsafeClickError
from engine.ingest.web.reader import LiveOptions, LiveReader, QrCode, unlink
from engine.ingest.web.sink import StoreResult
from engine.ingest.web.states import LiveState, StateReport

__all__ = [
    "Account",
    "AccountNotFoundError",
    "BrowserNotFoundError",
    "BrowserStartError",
    "ChatPreview",
    "LiveAccounts",
    "LiveOptions",
    "LiveReader",
    "LiveState",
    "PageKnowledge",
    "PageKnowledgeError",
    "ProfileLockedError",
    "QrCode",
    "StateReport",
    "StoreResult",
    "UnsafeClickError",
    "find_browser",
    "load_knowledge",
    "unlink",
]
