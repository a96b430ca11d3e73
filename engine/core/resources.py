"""Locate the read-only data files in `resources/`, from source or from a frozen bundle."""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The `resources/` folder: $CHATTASKS_RESOURCES, the PyInstaller bundle, or the source tree."""
    override = os.environ.get("CHATTASKS_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one file under `resources/`."""
    return resources_dir().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Parsed JSON of a resource file, read once per process."""
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
