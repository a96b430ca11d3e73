"""Task extraction: detection, titles, assignees, priorities and links across messages."""

from __future__ import annotations

from engine.nlp.tasks.model import ChatMessage, ExtractedTask
from engine.nlp.tasks.pipeline import extract_tasks

__all__ = ["ChatMessage", "ExtractedTask", "extract_tasks"]
