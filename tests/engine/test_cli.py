"""The `chattasks` command driven end to end over a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from engine.cli import main

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "WhatsApp Chat with Casa & Obra.txt"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_parse_jsonl_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "parse", str(DEMO), "--jsonl")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 36
    for row in rows:
        assert set(row) >= {"timestamp", "author", "text", "kind"}
        assert len(row["timestamp"]) == 19 and row["timestamp"][10] == "T"
        assert row["kind"] in {"text", "system", "media", "deleted"}
        assert (row["author"] is None) == (row["kind"] == "system")
    assert rows[5] == {
        "timestamp": "2026-11-02T09:10:00",
        "author": "Marta",
        "text": "Carlos, can you send me the quote for the bathroom tiles by Friday?",
        "kind": "text",
        "line": 6,
    }
    multi = next(r for r in rows if r["kind"] == "media" and r.get("media"))
    assert multi["media"] == "IMG-20261102-WA0007.jpg"
    assert multi["text"].endswith("Bathroom floor: 2.40 x 1.85 m")


def test_bad_input_is_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(f"shopping list item {i}" for i in range(50)), encoding="utf-8")
    status, out, err = _run(capsys, "parse", str(notes))
    assert status == 2 and out == ""
    assert err.count("\n") == 1
    assert f"{notes}:30: not a WhatsApp chat export" in err
    status, _, err = _run(capsys, "import", "--db", f"sqlite:///{tmp_path / 'db.sqlite'}", str(notes))
    assert status == 2 and "not a WhatsApp chat export" in err
    status, out, _ = _run(capsys, "chats", "--db", f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert status == 0 and out == ""  # nothing half-stored


def test_import_is_idempotent_and_searchable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'chattasks.db'}"
    status, out, _ = _run(capsys, "import", "--db", db, "--timezone", "Europe/Lisbon", str(DEMO))
    assert status == 0
    assert "36 messages read, 36 new, 0 already stored" in out
    status, out, _ = _run(capsys, "import", "--db", db, str(DEMO))
    assert "36 messages read, 0 new, 36 already stored" in out
    _, out, _ = _run(capsys, "chats", "--db", db)
    assert "Casa & Obra" in out and "36 messages" in out and "Europe/Lisbon" in out
    _, out, _ = _run(capsys, "search", "--db", db, "orçamento")
    assert "Carlos (pedreiro)" in out and "1.850€" in out
    status, _, err = _run(capsys, "search", "--db", db, '"unbalanced a:b')
    assert status == 0 and err == ""  # FTS5 syntax in a query is searched as text
    _, out, _ = _run(capsys, "export", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 36
    assert rows[5]["timestamp"] == "2026-11-02T09:10:00+00:00"  # Lisbon is UTC+0 in November
    _, out, _ = _run(capsys, "export", "--db", db, "--format", "json", "--chat", "Casa & Obra")
    data = json.loads(out)
    assert len(data) == 36 and data[3]["author"] == "Marta"
    status, _, err = _run(capsys, "export", "--db", db, "--chat", "Nope")
    assert status == 2 and "no chat named 'Nope'" in err


def test_console_script_runs_as_a_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "engine.cli", "parse", str(DEMO), "--jsonl"],
        capture_output=True, text=True, check=True, cwd=REPO,
    )
    assert len(result.stdout.splitlines()) == 36
