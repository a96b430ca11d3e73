"""Stable message keys: the same message in any export of a chat gets the same key."""

from __future__ import annotations

from hashlib import blake2b


class MessageKeys:
    """Keys for one import: '<local ISO time>#' + blake2b-128 hex of (local ISO time, author,
    kind, text, occurrence index).

    The occurrence index counts earlier messages of the same import with the same four fields,
    so two identical "ok"s in one minute stay two messages, while a re-import or an overlapping
    later export of the chat maps each message onto the key it had before. The readable time
    prefix keeps the (chat_id, key) index in time order: a pure hash inserts at random places,
    which made imports of a million messages several times slower.
    """

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        """Start an import with no messages seen."""
        # Keyed by a 16-byte digest rather than the fields, so a million-message import
        # keeps no copy of the texts alive.
        self._seen: dict[bytes, int] = {}

    def key(self, local_iso: str, author: str | None, kind: str, text: str) -> str:
        """Key of the next message with these fields."""
        fields_text = f"{local_iso}\x1f{author or ''}\x1f{kind}\x1f{text}"
        digest = blake2b(fields_text.encode(), digest_size=16)
        fields = digest.digest()
        occurrence = self._seen.get(fields, 0)
        self._seen[fields] = occurrence + 1
        digest.update(b"\x1f%d" % occurrence)
        return f"{local_iso}#{digest.hexdigest()}"
