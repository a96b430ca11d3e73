"""Render each main page with the demo data to PNG files: `python -m app.screenshots OUTDIR`.

The app runs offscreen on a throwaway database at a fixed instant (so due dates read the same
in every run); the demo chat is imported through the window's own import path and a few
suggestions are confirmed and moved so the board and calendar have something to show.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from app.context import AppContext
from app.main import DEMO_CHAT, page_factories
from app.runner import Runner
from app.theme import apply_theme
from app.views.main_window import MainWindow
from engine.core.clock import FixedClock
from engine.core.engine import Engine, ImportResult
from engine.core.resources import resources_dir
from engine.core.settings import Settings
from engine.store.tasks import TaskFilter

SIZE = (1280, 800)
NOW = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
"""Three days after the demo chat ends: some of its tasks are due soon, some overdue."""
SHOTS = (
    ("inbox", "light"),
    ("board", "light"),
    ("calendar", "light"),
    ("chats", "light"),
    ("analytics", "light"),
    ("inbox", "dark"),
)
"""(page, theme) pairs; each becomes `<page>-<theme>.png`."""
CONFIRMED = 5
"""Suggestions confirmed for the board and calendar (the demo yields 8); the rest stay."""


def shot_names() -> list[str]:
    """File names the script writes, in order."""
    return [f"{page}-{theme}.png" for page, theme in SHOTS]


async def _prepare(window: MainWindow, engine: Engine, demo: Path) -> None:
    """Import the demo through the window, confirm a few suggestions, spread them on the board."""
    runner = window.context.runner
    outcome = await window.import_file(str(demo))
    if not isinstance(outcome, ImportResult):
        raise SystemExit(f"demo import failed: {outcome}")
    where = TaskFilter(state="suggested")
    suggested = await runner.call(engine.tasks.query, where, offset=0, limit=100, order="newest")
    chosen = [task.id for task in suggested if task.due_at is not None][:CONFIRMED]
    chosen += [task.id for task in suggested if task.id not in chosen][: CONFIRMED - len(chosen)]
    await runner.call(engine.tasks.confirm, chosen)
    columns = await runner.call(engine.tasks.columns)
    # One card in progress, so every column of the board shows a card.
    if len(columns) > 1 and chosen:
        await runner.call(engine.tasks.place, [chosen[-1]], columns[1].id, None)
    window.context.sig_tasks_changed.emit()
    await runner.idle()


async def render(out_dir: Path) -> list[Path]:
    """Open the app offscreen, render every (page, theme) pair, return the files written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="chattasks-shots-") as tmp:
        settings = Settings(timezone="Europe/Lisbon")
        url = f"sqlite:///{Path(tmp) / 'shots.db'}"
        engine = Engine.open(url, settings=settings, clock=FixedClock(NOW))
        runner = Runner()
        try:
            apply_theme(app, "light")
            window = MainWindow(AppContext(engine, runner), page_factories())
            window.resize(*SIZE)
            window.show()
            await _prepare(window, engine, resources_dir() / "demo" / DEMO_CHAT)
            for page, theme in SHOTS:
                apply_theme(app, theme)
                window.show_page(page)
                await runner.idle()
                await _settle(window)
                path = out_dir / f"{page}-{theme}.png"
                if not window.grab().save(str(path), "PNG"):
                    raise SystemExit(f"could not write {path}")
                written.append(path)
            window.quit_requested = True
            window.close()
        finally:
            runner.shutdown()
            engine.close()
    return written


async def _settle(window: QWidget) -> None:
    """Let queued layouts, model signals and page loads run, then paint synchronously."""
    for _ in range(5):
        await asyncio.sleep(0.02)
    window.repaint()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write the PNG files into OUTDIR (docs/screenshots for the README)."""
    parser = argparse.ArgumentParser(prog="python -m app.screenshots", description=__doc__)
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ChatTasks")
    written = qasync.run(render(args.out_dir))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
