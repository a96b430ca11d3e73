"""Shared test fixtures: the shared corpus beside the repository, and small factories."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# The frozen-bundle checks run only in `make dist-smoke`, after `make dist` built the bundle.
collect_ignore = [] if os.environ.get("CHATTASKS_DIST") else ["dist"]
SHARED = REPO.parent / "shared"


@pytest.fixture
def corpus() -> Path:
    """`../shared/corpus`, or a clear skip where that folder is absent."""
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path} (tests reading ../shared skip without it)")
    return path
