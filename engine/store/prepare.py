"""Turn parsed messages into insert-ready batches: keys, UTC times, flat SQL parameters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from zoneinfo import ZoneInfo

from engine.ingest.model import MediaFile, ParsedMessage
from engine.store.identity import MessageKeys
from engine.store.utc import wall_to_utc_text

ROW_PARAMS = 12
"""Bound parameters per message row, in this order: key, line, sent_at, local_time, author_id,
author_name, text, kind, media_name, subtype, edited, deleted."""

AUTHOR_ID = 4
"""Offset of author_id in a row; left None here and filled in by the writer, which knows ids."""


@dataclass(slots=True)
class PreparedBatch:
    """One transaction's worth of messages, ready to bind."""

    size: int
    last_line: int
    chunks: list[list[object]] = field(default_factory=list)
    """Flat parameter lists, ROW_PARAMS per row, at most one statement's worth each."""
    authors: set[str] = field(default_factory=set)
    files: list[tuple[str, MediaFile]] = field(default_factory=list)
    """(message key, file) for media messages whose file was found."""


def prepare_batches(
    messages: Iterable[ParsedMessage],
    zone: ZoneInfo,
    media: Mapping[str, MediaFile],
    batch_size: int,
    rows_per_statement: int,
) -> Iterator[PreparedBatch]:
    """Batches of `batch_size` messages in file order, keyed for this import."""
    keys = MessageKeys()
    iterator = iter(messages)
    while batch := list(islice(iterator, batch_size)):
        yield _prepare(batch, keys, zone, media, rows_per_statement)


def _prepare(
    batch: list[ParsedMessage],
    keys: MessageKeys,
    zone: ZoneInfo,
    media: Mapping[str, MediaFile],
    rows_per_statement: int,
) -> PreparedBatch:
    prepared = PreparedBatch(size=len(batch), last_line=batch[-1].line)
    authors, files = prepared.authors, prepared.files
    params: list[object] = []
    per_chunk = rows_per_statement * ROW_PARAMS
    previous_wall: datetime | None = None
    sent_at = local = ""
    for message in batch:
        wall = message.timestamp
        # Consecutive messages often share a minute; reuse both texts then.
        if wall != previous_wall:
            sent_at = wall_to_utc_text(wall, zone)
            local = wall.isoformat()
            previous_wall = wall
        author = message.author
        kind = message.kind
        text = message.text
        key = keys.key(local, author, kind, text)
        if author is not None:
            authors.add(author)
        if message.media is not None:
            file = media.get(message.media)
            if file is not None:
                files.append((key, file))
        params += (
            key, message.line, sent_at, local, None, author, text, kind, message.media,
            message.subtype, message.edited, kind == "deleted",
        )  # fmt: skip
        if len(params) >= per_chunk:
            prepared.chunks.append(params)
            params = []
    if params:
        prepared.chunks.append(params)
    return prepared
