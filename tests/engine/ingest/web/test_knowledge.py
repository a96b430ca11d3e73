"""The page knowledge file: versioned, complete, no hashed class as a first choice."""

from __future__ import annotations

import copy

import pytest

from engine.core.resources import load_json
from engine.ingest.web.knowledge import PageKnowledgeError, load_knowledge, parse_knowledge


def test_shipped_file_loads_and_prefers_stable_markers() -> None:
    knowledge = load_knowledge()
    assert knowledge.url == "https://web.whatsapp.com/"
    # The docs know no attribute marker for the chat-list time; it only helps notice changes.
    hashed_only = {"chat_time"}
    for part in knowledge.parts.values():
        if part.selectors and part.name not in hashed_only:
            first = part.selectors[0]
            assert "._" not in first and not first.startswith(".x"), part.name


def test_unknown_version_and_missing_parts_are_refused_clearly() -> None:
    data = copy.deepcopy(load_json("whatsapp", "web_page.json"))
    data["version"] = 99
    with pytest.raises(PageKnowledgeError, match="version 99"):
        parse_knowledge(data)
    data = copy.deepcopy(load_json("whatsapp", "web_page.json"))
    del data["parts"]["chat_row"]
    with pytest.raises(PageKnowledgeError, match="chat_row"):
        parse_knowledge(data)
