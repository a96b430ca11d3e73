"""The frozen bundle (run by `make dist-smoke` after `make dist`): the app starts offscreen,
imports the demo chat and shows a suggestion; the frozen CLI prints what the source CLI prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("CHATTASKS_DIST", REPO / "dist" / "chattasks"))
SAMPLE = REPO / "resources" / "demo" / "WhatsApp Chat with Casa & Obra.txt"


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
        "TZ": "UTC",
    }  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def bundle() -> Path:
    """The bundle must exist: this module only runs after `make dist`."""
    assert (BUNDLE / "chattasks-app").exists(), f"no frozen app in {BUNDLE}; run `make dist`"
    return BUNDLE


def test_frozen_app_self_test_opens_the_window_and_shows_a_suggestion(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(BUNDLE / "chattasks-app"), "--self-test", "--db", f"sqlite:///{tmp_path / 'f.db'}",
         "--settings", str(tmp_path / "settings.json")],
        capture_output=True, text=True, timeout=180, env=_env(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
    assert int(result.stdout.split(":")[1].split()[0]) > 0


def test_frozen_one_file_app_runs_its_self_test(tmp_path: Path) -> None:
    """The one-file variant (everything in one self-extracting program) works like the folder."""
    one_file = sorted(BUNDLE.parent.glob("chattasks-app-*[0-9]"))
    assert one_file, f"no one-file app beside {BUNDLE}; run `make dist`"
    result = subprocess.run(
        [str(one_file[-1]), "--self-test", "--db", f"sqlite:///{tmp_path / 'f.db'}",
         "--settings", str(tmp_path / "settings.json")],
        capture_output=True, text=True, timeout=300, env=_env(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout


@pytest.mark.parametrize("command", [["parse", "--jsonl"], ["extract", "--jsonl", "--timezone", "UTC"]])
def test_frozen_cli_prints_what_the_source_cli_prints(tmp_path: Path, command: list[str]) -> None:
    frozen = subprocess.run(
        [str(BUNDLE / "chattasks"), *command, str(SAMPLE)],
        capture_output=True, text=True, timeout=180, env=_env(tmp_path),
    )
    source = subprocess.run(
        [sys.executable, "-m", "engine", *command, str(SAMPLE)],
        capture_output=True, text=True, timeout=180, env={**_env(tmp_path), "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )
    assert frozen.returncode == 0 and source.returncode == 0, frozen.stderr + source.stderr
    assert frozen.stdout.strip() and frozen.stdout == source.stdout


def test_frozen_cli_reports_bad_input_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("shopping list\nmilk\n", encoding="utf-8")
    result = subprocess.run(
        [str(BUNDLE / "chattasks"), "parse", str(bad)], capture_output=True, text=True,
        timeout=120, env=_env(tmp_path),
    )  # fmt: skip
    assert result.returncode == 2
    assert "notes.txt:1: not a WhatsApp chat export" in result.stderr  # file, line, problem


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Chromium missing (make system-deps)")
def test_frozen_cli_links_an_account_through_the_packed_browser_driver(tmp_path: Path) -> None:
    """The frozen live reader unpacks its Node.js on first use and drives the installed Chromium."""
    from tests.fixtures.whatsapp_web.server import FakeWhatsApp

    assert (BUNDLE / "_internal" / "playwright" / "driver" / "node.xz").is_file()
    assert not (BUNDLE / "_internal" / "playwright" / "driver" / "node").exists()
    fake = FakeWhatsApp().start()
    fake.add_chat("Casa & Obra")
    fake.add_chat("Family", is_group=True)
    try:
        with subprocess.Popen(
            [str(BUNDLE / "chattasks"), "live", "link", "phone", "--chat", "Casa & Obra",
             "--accounts-dir", str(tmp_path / "live"), "--url", fake.url,
             "--browser", "/usr/bin/chromium", "--timeout", "60",
             "--db", f"sqlite:///{tmp_path / 'live.db'}"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_env(tmp_path),
        ) as process:  # fmt: skip
            assert process.stdout is not None
            lines = []
            for line in process.stdout:
                lines.append(line)
                if line.startswith("qr: ") and not fake.scanned_refs:
                    assert fake.scan(line[4:].strip()), lines
            process.wait(timeout=60)
        output = "".join(lines)
        assert process.returncode == 0, output
        assert "[x] Casa & Obra" in output and "[ ] Family" in output
        assert "linked 'phone'" in output
        assert list((tmp_path / ".cache" / "ChatTasks" / "runtime").glob("node-*/node"))
        assert fake.compose_hits() == []
    finally:
        fake.stop()
