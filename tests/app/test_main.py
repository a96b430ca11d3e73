"""The composition root: first launch imports the demo and the inbox shows its suggestions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.main import database_is_new, parse_args


def test_self_test_passes_on_a_fresh_data_folder(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", url, "--settings", str(tmp_path / "s.json"), "--self-test"],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    count = int(result.stdout.split(":")[1].split()[0])
    assert count > 0


def test_second_launch_does_not_import_the_demo_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    assert database_is_new(url)
    (tmp_path / "again.db").write_bytes(b"")
    assert not database_is_new(url)
    assert parse_args(["--no-demo"]).no_demo
