"""What the reader learns while the messages are read: counts per author and notices."""

from __future__ import annotations

from pathlib import Path

from engine.ingest import open_export


def test_counts_cover_every_message_across_chunks(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Family.txt"
    lines = ["12/01/2024, 09:00 - Ana created group \"Family\""]
    for i in range(30_000):  # several chunks
        who = ("Ana", "Bob", "~ Noah")[i % 3]
        lines.append(f"12/01/2024, 09:{i % 60:02d} - {who}: message {i}")
    lines.append("12/01/2024, 10:00 - Bob left")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_export(path) as export:
        messages = list(export.messages())
        info = export.info
    assert len(messages) == info.messages == 30_002
    assert info.system_messages == 2
    assert info.authors == {"Ana": 10_000, "Bob": 10_000, "Noah": 10_000}
    assert [m.line for m in messages] == list(range(1, 30_003))
    assert all(m.non_contact == (m.author == "Noah") for m in messages if m.author)
    assert info.is_group
