"""The frozen app's packed Node.js: unpacked once into the cache, runnable, never half-written."""

from __future__ import annotations

import lzma
import os
import subprocess
from pathlib import Path

import pytest

from engine.ingest.web.node_runtime import NODE_NAME, NodeRuntimeError, ensure_node, unpack

SCRIPT = b"#!/bin/sh\necho runtime-ok \"$@\"\n"


@pytest.fixture(autouse=True)
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """No override before the test, and none leaking out of it into later browser tests."""
    monkeypatch.setenv("PLAYWRIGHT_NODEJS_PATH", "recorded so that monkeypatch restores it")
    monkeypatch.delenv("PLAYWRIGHT_NODEJS_PATH")


def _packed_driver(folder: Path, payload: bytes = SCRIPT) -> Path:
    driver = folder / "driver"
    driver.mkdir(parents=True)
    (driver / f"{NODE_NAME}.xz").write_bytes(lzma.compress(payload))
    return driver


@pytest.mark.skipif(os.name == "nt", reason="runs a shell script as the packed program")
def test_packed_node_is_unpacked_once_and_runs(tmp_path: Path) -> None:
    driver = _packed_driver(tmp_path)
    target = ensure_node(driver, tmp_path / "cache")
    assert target is not None and target.read_bytes() == SCRIPT
    assert os.environ["PLAYWRIGHT_NODEJS_PATH"] == str(target)
    assert subprocess.run([str(target), "x"], capture_output=True, text=True).stdout == "runtime-ok x\n"
    stamp = target.stat().st_mtime_ns
    assert unpack(driver / f"{NODE_NAME}.xz", tmp_path / "cache") == target
    assert target.stat().st_mtime_ns == stamp  # the second start reuses it
    assert [p.name for p in target.parent.iterdir()] == [NODE_NAME]  # no temporary left behind


def test_a_new_packed_runtime_gets_its_own_folder(tmp_path: Path) -> None:
    first = unpack(_packed_driver(tmp_path / "a") / f"{NODE_NAME}.xz", tmp_path / "cache")
    second = unpack(_packed_driver(tmp_path / "b", SCRIPT + b"# v2\n") / f"{NODE_NAME}.xz", tmp_path / "cache")
    assert first.parent != second.parent and second.read_bytes().endswith(b"# v2\n")


def test_plain_node_or_an_override_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    driver = _packed_driver(tmp_path)
    (driver / NODE_NAME).write_bytes(SCRIPT)
    assert ensure_node(driver, tmp_path / "cache") is None
    assert not (tmp_path / "cache").exists() and "PLAYWRIGHT_NODEJS_PATH" not in os.environ
    monkeypatch.setenv("PLAYWRIGHT_NODEJS_PATH", "/opt/node")
    (driver / NODE_NAME).unlink()
    assert ensure_node(driver, tmp_path / "cache") is None
    assert os.environ["PLAYWRIGHT_NODEJS_PATH"] == "/opt/node"


def test_a_damaged_packed_file_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    driver = tmp_path / "driver"
    driver.mkdir()
    packed = driver / f"{NODE_NAME}.xz"
    packed.write_bytes(lzma.compress(SCRIPT)[:-12])
    with pytest.raises(NodeRuntimeError, match="node.*xz: cannot unpack"):
        ensure_node(driver, tmp_path / "cache")
    assert list((tmp_path / "cache").rglob("*.*")) == [] and "PLAYWRIGHT_NODEJS_PATH" not in os.environ
