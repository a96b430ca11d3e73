"""Finding the chat inside .txt, .zip and folder exports."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from engine.core.errors import ExportFormatError, ExportNotFoundError
from engine.ingest import open_export

CHAT = (
    "12/01/2024, 09:00 - Ana: can you send the invoice?\n"
    "12/01/2024, 09:01 - Bob: IMG-20240112-WA0001.jpg (file attached)\n"
    "13/01/2024, 10:00 - Ana: thanks\n"
)


def _read(path: Path) -> tuple[list[str], object]:
    with open_export(path) as export:
        texts = [m.text for m in export.messages()]
    return texts, export.info


def test_plain_txt_with_android_name(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Ana Lima.txt"
    path.write_text(CHAT, encoding="utf-8")
    texts, info = _read(path)
    assert texts[0] == "can you send the invoice?"
    assert info.chat_name == "Ana Lima"  # type: ignore[attr-defined]
    assert info.date_order == "DMY"  # type: ignore[attr-defined]


def test_zip_with_nested_folder_media_and_macos_junk(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat - Family.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("__MACOSX/export/._WhatsApp Chat with Family.txt", b"\x00\x05junk")
        archive.writestr("export/WhatsApp Chat with Family.txt", CHAT)
        archive.writestr("export/IMG-20240112-WA0001.jpg", b"\xff\xd8fakejpeg")
        archive.writestr("export/._IMG-20240112-WA0001.jpg", b"junk")
    texts, info = _read(path)
    assert len(texts) == 3
    assert info.chat_name == "Family"  # type: ignore[attr-defined]
    assert info.text_member == "export/WhatsApp Chat with Family.txt"  # type: ignore[attr-defined]
    media = info.media  # type: ignore[attr-defined]
    assert list(media) == ["IMG-20240112-WA0001.jpg"]
    assert media["IMG-20240112-WA0001.jpg"].location.endswith("!export/IMG-20240112-WA0001.jpg")


def test_ios_zip_uses_zip_name(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat - Trip 2024.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", "[12/01/2024, 09:00:00] Ana: hi\n")
    _, info = _read(path)
    assert info.chat_name == "Trip 2024"  # type: ignore[attr-defined]


def test_folder_export(tmp_path: Path) -> None:
    folder = tmp_path / "WhatsApp Chat with Bob"
    folder.mkdir()
    (folder / "WhatsApp Chat with Bob.txt").write_text(CHAT, encoding="utf-8")
    (folder / "IMG-20240112-WA0001.jpg").write_bytes(b"jpeg")
    texts, info = _read(folder)
    assert len(texts) == 3
    assert info.chat_name == "Bob"  # type: ignore[attr-defined]
    assert "IMG-20240112-WA0001.jpg" in info.media  # type: ignore[attr-defined]


def test_utf16_and_invalid_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "chat16.txt"
    path.write_bytes(CHAT.encode("utf-16"))
    texts, _ = _read(path)
    assert texts[2] == "thanks"
    broken = tmp_path / "broken.txt"
    broken.write_bytes(CHAT.encode() + b"13/01/2024, 10:05 - Bob: caf\xe9\n")
    texts, info = _read(broken)
    assert texts[-1] == "caf\ufffd"
    assert info.replaced_lines == [4]  # type: ignore[attr-defined]


def test_missing_and_wrong_inputs(tmp_path: Path) -> None:
    with pytest.raises(ExportNotFoundError):
        with open_export(tmp_path / "nope.txt"):
            pass
    empty_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("a.txt", "hello world\n")
    with pytest.raises(ExportFormatError, match="no WhatsApp chat"):
        with open_export(empty_zip):
            pass


def test_progress_reports_reach_the_total(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    lines = [f"12/01/2024, 09:{i % 60:02d} - Ana: message number {i}" for i in range(45_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    with open_export(path) as export:
        count = sum(
            1 for _ in export.messages(progress=lambda done, total: seen.append((done, total)))
        )
    assert count == 45_000
    assert len(seen) >= 3
    assert seen[-1][0] == seen[-1][1] == path.stat().st_size
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
