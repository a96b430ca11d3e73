"""Shared test fixtures: the shared corpus beside the repository, and small factories."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def corpus() -> Path:
    """`../shared/corpus`, or a clear skip where that folder is absent."""
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path} (tests reading ../shared skip without it)")
    return path
