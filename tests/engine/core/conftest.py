"""Core test fixtures: an Engine over a real SQLite file with the demo chat imported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from engine.core.clock import FixedClock
from engine.core.engine import Engine
from engine.core.resources import resources_dir
from engine.core.settings import Settings

NOW = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def demo_engine(tmp_path: Path) -> Iterator[Engine]:
    """An Engine at a fixed instant after the demo chat, with the demo chat imported."""
    settings = Settings(timezone="Europe/Lisbon")
    engine = Engine.open(f"sqlite:///{tmp_path / 'core.db'}", settings=settings, clock=FixedClock(NOW))
    engine.import_export(resources_dir() / "demo" / "WhatsApp Chat with Casa & Obra.txt")
    yield engine
    engine.close()
