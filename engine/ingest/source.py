"""Find the chat text and media inside a .txt, a .zip or a folder export."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Buffer

from engine.core.errors import ExportFormatError, ExportNotFoundError
from engine.core.resources import load_json
from engine.ingest.header import clean_line, match_header
from engine.ingest.model import MediaFile

_CHUNK = 1 << 20
_TEXT_CHUNK = 1 << 18


@cache
def _chat_name_patterns() -> tuple[re.Pattern[str], ...]:
    markers = load_json("whatsapp", "markers.json")
    return tuple(re.compile(pattern, re.I) for pattern in markers["chat_file_names"])


def chat_name_from(stem: str) -> str | None:
    """The chat's name when a file or folder name follows WhatsApp's 'WhatsApp Chat with X'."""
    stem = clean_line(stem).strip()
    for pattern in _chat_name_patterns():
        found = pattern.match(stem)
        if found:
            return found.group("name").strip()
    return None


def _is_junk(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(part == "__MACOSX" or part.startswith("._") for part in parts)


@dataclass(slots=True)
class ExportSource:
    """Where the chat text of one export lives, and the media files beside it."""

    path: Path
    label: str
    chat_name: str
    text_member: str | None = None
    size: int = 0
    media: dict[str, MediaFile] = field(default_factory=dict)

    def open_binary(self) -> IO[bytes]:
        """A fresh binary stream over the chat text."""
        if self.text_member is None:
            return self.path.open("rb")
        archive = zipfile.ZipFile(self.path)
        member = archive.open(self.text_member)
        return _ClosingMember(member, archive)

    def lines(self) -> Iterator[str]:
        """The chat text's cleaned lines, without line ends."""
        for chunk in self.chunks():
            yield from chunk[:-1].split("\n") if chunk.endswith("\n") else chunk.split("\n")

    def chunks(self, on_position: list[int] | None = None) -> Iterator[str]:
        """The chat text, cleaned, in large pieces of whole lines (UTF-8, or UTF-16 with a BOM).

        Reading and cleaning per chunk is far cheaper than line by line.
        """
        with self.open_binary() as binary:
            head = binary.read(4)
            encoding = "utf-8"
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                encoding = "utf-16"
            stream = io.BufferedReader(_Prefixed(head, binary))
            text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)
            carry = ""
            while chunk := text.read(_TEXT_CHUNK):
                if on_position is not None:
                    on_position[0] += len(chunk)
                block = clean_line(carry + chunk)
                cut = block.rfind("\n") + 1
                carry = block[cut:]
                if cut:
                    yield block[:cut]
            if carry:
                yield carry


class _Prefixed(io.RawIOBase):
    """A raw stream that replays bytes already read before continuing with the source."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Buffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            size = min(len(view), len(self._head))
            view[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


class _ClosingMember(io.BufferedReader):
    """A zip member stream that also closes its archive."""

    def __init__(self, member: IO[bytes], archive: zipfile.ZipFile) -> None:
        super().__init__(member)  # type: ignore[arg-type]
        self._archive = archive

    def close(self) -> None:
        super().close()
        self._archive.close()


def locate_export(path: Path) -> ExportSource:
    """Resolve a .txt, .zip or folder to its chat text and media; raise a clear error if none."""
    if not path.exists():
        raise ExportNotFoundError(f"{path}: no such file or folder")
    if path.is_dir():
        return _from_folder(path)
    if zipfile.is_zipfile(path):
        return _from_zip(path)
    name = chat_name_from(path.stem) or path.stem
    return ExportSource(path, str(path), name, size=path.stat().st_size)


def _text_rank(name: str) -> tuple[int, int, str]:
    pure = PurePosixPath(name)
    preferred = pure.name == "_chat.txt" or chat_name_from(pure.stem) is not None
    return (0 if preferred else 1, len(pure.parts), name)


def _looks_like_chat(first_lines: list[str]) -> bool:
    return any(match_header(clean_line(line)) for line in first_lines if line.strip())


def _from_zip(path: Path) -> ExportSource:
    with zipfile.ZipFile(path) as archive:
        infos = [
            info for info in archive.infolist() if not info.is_dir() and not _is_junk(info.filename)
        ]
        texts = sorted(
            (info for info in infos if info.filename.lower().endswith(".txt")),
            key=lambda info: _text_rank(info.filename),
        )
        chosen = None
        for info in texts:
            with archive.open(info) as member:
                sample = member.read(4096).decode("utf-8", "replace").splitlines()[:5]
            if _looks_like_chat(sample):
                chosen = info
                break
        if chosen is None:
            raise ExportFormatError(str(path), 1, "zip holds no WhatsApp chat text (.txt)")
        media = {}
        for info in infos:
            if info is chosen:
                continue
            digest = hashlib.sha256()
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    digest.update(chunk)
            name = PurePosixPath(info.filename).name
            media[name] = MediaFile(
                name, f"{path}!{info.filename}", info.file_size, digest.hexdigest()
            )
    stem = PurePosixPath(chosen.filename).stem
    name = chat_name_from(stem) or chat_name_from(path.stem) or path.stem
    return ExportSource(
        path, f"{path}!{chosen.filename}", name, chosen.filename, chosen.file_size, media
    )


def _from_folder(path: Path) -> ExportSource:
    files = [
        p for p in path.rglob("*") if p.is_file() and not _is_junk(p.relative_to(path).as_posix())
    ]
    texts = sorted(
        (p for p in files if p.suffix.lower() == ".txt"),
        key=lambda p: _text_rank(p.relative_to(path).as_posix()),
    )
    chosen = None
    for candidate in texts:
        with candidate.open("rb") as handle:
            sample = handle.read(4096).decode("utf-8", "replace").splitlines()[:5]
        if _looks_like_chat(sample):
            chosen = candidate
            break
    if chosen is None:
        raise ExportNotFoundError(f"{path}: folder holds no WhatsApp chat text (.txt)")
    media = {}
    for file in files:
        if file == chosen:
            continue
        digest = hashlib.sha256()
        with file.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        media[file.name] = MediaFile(file.name, str(file), file.stat().st_size, digest.hexdigest())
    name = chat_name_from(chosen.stem) or chat_name_from(path.name) or path.name
    return ExportSource(chosen, str(chosen), name, size=chosen.stat().st_size, media=media)
