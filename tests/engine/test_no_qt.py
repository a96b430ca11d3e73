"""The engine is a plain library: importing all of it loads no Qt module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, pkgutil, sys
import engine
for module in pkgutil.walk_packages(engine.__path__, "engine."):
    if ".migrations" in module.name:
        continue
    importlib.import_module(module.name)
qt = sorted(name for name in sys.modules if name.split(".")[0] in {"PySide6", "qasync", "pyqtgraph", "shiboken6"})
print(",".join(qt))
"""


def test_engine_imports_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == ""
