"""Page knowledge as data: selectors and structure rules of WhatsApp Web, read from resources/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from engine.core.errors import ChatTasksError
from engine.core.resources import load_json

KNOWLEDGE_FILE = ("whatsapp", "web_page.json")
SUPPORTED_VERSION = 1
"""The file version this code understands; a newer file with an older app is refused clearly."""


class PageKnowledgeError(ChatTasksError):
    """resources/whatsapp/web_page.json is missing parts or has an unknown version."""


@dataclass(frozen=True, slots=True)
class Part:
    """One element of the page: selectors best first, and optional attribute, texts, pattern."""

    name: str
    label: str
    selectors: tuple[str, ...]
    attribute: str | None = None
    texts: tuple[str, ...] = ()
    pattern: str | None = None


@dataclass(frozen=True, slots=True)
class PageKnowledge:
    """Everything the reader knows about the page, one version of the file."""

    version: int
    checked: str
    url: str
    user_agent: str
    browser_args: tuple[str, ...]
    parts: dict[str, Part]
    self_check: dict[str, tuple[str, ...]]
    logout_url_marker: str

    def part(self, name: str) -> Part:
        """The part called `name`."""
        return self.parts[name]

    def to_js(self) -> dict[str, Any]:
        """The parts as plain data for the in-page probe."""
        return {
            name: {
                "selectors": list(p.selectors), "attribute": p.attribute,
                "texts": list(p.texts), "pattern": p.pattern,
            }
            for name, p in self.parts.items()
        }  # fmt: skip


REQUIRED_PARTS = (
    "app", "unsupported", "logged_in", "qr", "qr_canvas", "qr_reload", "keep_signed_in",
    "loading", "takeover", "use_here_button", "phone_offline", "chat_list", "chat_row",
    "chat_cell", "chat_title", "chat_time", "chat_preview", "unread_badge", "conversation",
    "conversation_title", "message_scroller", "message_row", "message_id", "message_out",
    "message_in", "pre_plain_text", "message_text", "quote", "media", "deleted", "edited",
    "meta_time", "date_divider", "compose", "menu", "menu_logout", "confirm_logout",
    "phone_link", "phone_input", "phone_next", "pairing_code",
)  # fmt: skip


def parse_knowledge(data: dict[str, Any]) -> PageKnowledge:
    """Validate and convert the JSON of web_page.json."""
    version = data.get("version")
    if version != SUPPORTED_VERSION:
        raise PageKnowledgeError(
            f"web_page.json has version {version!r}; this ChatTasks reads version "
            f"{SUPPORTED_VERSION}. Update ChatTasks or restore the file."
        )
    raw_parts: dict[str, dict[str, Any]] = data.get("parts", {})
    missing = [name for name in REQUIRED_PARTS if name not in raw_parts]
    if missing:
        raise PageKnowledgeError(f"web_page.json lacks the parts: {', '.join(missing)}")
    parts = {
        name: Part(
            name=name,
            label=str(raw.get("label", name)),
            selectors=tuple(raw.get("selectors", ())),
            attribute=raw.get("attribute"),
            texts=tuple(raw.get("texts", ())),
            pattern=raw.get("pattern"),
        )
        for name, raw in raw_parts.items()
    }
    checks = {stage: tuple(names) for stage, names in data.get("self_check", {}).items()}
    unknown = [n for names in checks.values() for n in names if n not in parts]
    if unknown:
        raise PageKnowledgeError(f"web_page.json self_check names unknown parts: {unknown}")
    return PageKnowledge(
        version=version,
        checked=str(data.get("checked", "")),
        url=str(data["url"]),
        user_agent=str(data["user_agent"]),
        browser_args=tuple(data.get("browser_args", ())),
        parts=parts,
        self_check=checks,
        logout_url_marker=str(data.get("logout_url_marker", "post_logout=1")),
    )


@cache
def load_knowledge() -> PageKnowledge:
    """The page knowledge shipped in resources/ (read once)."""
    return parse_knowledge(load_json(*KNOWLEDGE_FILE))
