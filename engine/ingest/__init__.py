"""Read WhatsApp chat exports (.txt, .zip, folders) in any phone locale."""

from __future__ import annotations

from engine.ingest.model import DateOrder, ExportInfo, MediaFile, MessageKind, ParsedMessage
from engine.ingest.parser import parse_text
from engine.ingest.reader import ExportReader, open_export

__all__ = [
    "DateOrder",
    "ExportInfo",
    "ExportReader",
    "MediaFile",
    "MessageKind",
    "ParsedMessage",
    "open_export",
    "parse_text",
]
