"""Desktop app benchmark: launch, board and chat view over a large database, offscreen.

    python -m benchmarks.bench_gui                  # 100k messages, 10k confirmed tasks
    python -m benchmarks.bench_gui --messages 20000 --tasks 2000 --runs 3
    python -m benchmarks.bench_gui --only launch    # one part; the others stay as in gui.json
    python -m benchmarks.bench_gui --db /tmp/big.db # reuse (or keep) the generated database

Builds one database (a generated chat of N messages, M confirmed tasks spread over the board)
and measures, each against a naive peer in the same run:
- launch: a child process from spawn to the main window shown and its event loop answering
  (`app.main.Application`), against a child showing a bare QMainWindow;
- board: `BoardPage.load()` from its start to every column filled and painted, against one
  QListWidget filled with the same tasks;
- chat: `ChatsPage.show_chat()` of the N-message chat until its visible rows are read and
  painted, against a QListWidget holding every message; then scrolling it end to end in steps
  with a 10 ms timer recording event-loop gaps.
Writes benchmarks/results/gui.json and prints a table. With --only, the other parts are kept
from the existing file and the launch figures it replaces are kept under launch.previous.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.bench_parse import DATA_DIR, RESULTS_DIR, ensure_export
from benchmarks.parse_report import machine_info

ROOT = Path(__file__).resolve().parent.parent
TARGETS_MS = {"launch": 1500.0, "board": 300.0, "chat_open": 300.0}
PARTS = ("launch", "board", "chat")
NONE_GUARD = 50_000_000
STALL_MS = 100.0
"""A gap of the 10 ms timer above this is a visible stall."""
WINDOW = (1200, 780)
TITLES = ("Call {who} about the {thing}", "Send {who} the {thing}", "Buy the {thing}",
          "Book the {thing} for {who}", "Pay the {thing}", "Pick up the {thing} from {who}")  # fmt: skip
THINGS = ("invoice", "tiles", "school form", "dentist visit", "paint", "quote", "keys", "tickets")
PEOPLE = ("Ana", "Rui", "Marta", "Carlos", None)

LAUNCH_CHILD = """
import asyncio, json, sys, time
started = time.perf_counter()
# app.main first, as `python -m app` does: it loads the engine before Qt on purpose.
from app.main import Application, parse_args
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
imported = time.perf_counter()
args = parse_args(sys.argv[1:])
app = QApplication(sys.argv[:1])
marks = {"imports": imported - started}
async def launch():
    application = Application(args, app)
    marks["built"] = time.perf_counter() - started
    starting = asyncio.ensure_future(application.start())
    while not application.window.isVisible():
        await asyncio.sleep(0)
    answered = asyncio.get_event_loop().create_future()
    QTimer.singleShot(0, lambda: answered.set_result(None))
    await answered
    marks["interactive"] = time.perf_counter() - started
    print("READY", flush=True)
    await starting
    marks["inbox_loaded"] = time.perf_counter() - started
    application.close()
qasync.run(launch())
print(json.dumps(marks), flush=True)
"""
BARE_CHILD = """
import asyncio, sys
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
async def launch():
    window = QMainWindow()
    window.resize(1200, 780)
    window.show()
    answered = asyncio.get_event_loop().create_future()
    QTimer.singleShot(0, lambda: answered.set_result(None))
    await answered
    print("READY", flush=True)
qasync.run(launch())
"""


def build_database(path: Path, messages: int, tasks: int, seed: int) -> dict[str, Any]:
    """A fresh database with one chat of `messages` messages and `tasks` confirmed tasks."""
    from engine.core.engine import Engine
    from engine.core.settings import Settings

    export, _ = ensure_export(DATA_DIR, "android", messages, seed)
    engine = Engine.open(f"sqlite:///{path}", settings=Settings(timezone="Europe/Lisbon"))
    try:
        started = time.perf_counter()
        result = engine.import_export(export, suggest=False)
        imported = time.perf_counter() - started
        rng = random.Random(seed)
        columns = engine.tasks.columns()
        now = engine.clock.now()
        started = time.perf_counter()
        for number in range(tasks):
            who = rng.choice(PEOPLE)
            title = rng.choice(TITLES).format(who=who or "the school", thing=rng.choice(THINGS))
            column = columns[
                (0, 0, 0, 1, 2)[number % 5] % len(columns)
            ]  # 60 % to do, 20 % each other
            due = (
                now + timedelta(hours=rng.randrange(-24 * 20, 24 * 40))
                if rng.random() < 0.7
                else None
            )
            engine.tasks.create(
                f"{title} #{number}", chat_id=result.chat_id, assignee=who, due_at=due,
                due_has_time=due is not None and rng.random() < 0.5,
                priority=rng.choice(("urgent", "high", "normal", "normal", "low")),
                column_id=column.id, status=column.status,
            )  # fmt: skip
        created = time.perf_counter() - started
        return {
            "chat_id": result.chat_id,
            "messages": result.messages,
            "import_s": imported,
            "create_tasks_s": created,
            "tasks": tasks,
        }
    finally:
        engine.close()


def measure_launch(url: str, settings: Path, runs: int) -> dict[str, Any]:
    """Spawn-to-interactive of the app and of a bare window, `runs` times each, interleaved."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app_ms: list[float] = []
    bare_ms: list[float] = []
    phases: list[dict[str, float]] = []
    command = [
        sys.executable,
        "-c",
        LAUNCH_CHILD,
        "--db",
        url,
        "--settings",
        str(settings),
        "--no-demo",
    ]
    for _ in range(runs):
        for argv, into in ((command, app_ms), ([sys.executable, "-c", BARE_CHILD], bare_ms)):
            started = time.perf_counter()
            child = subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
            )
            assert child.stdout is not None
            line = child.stdout.readline()
            into.append((time.perf_counter() - started) * 1000)
            rest, errors = child.communicate(timeout=120)
            if line.strip() != "READY" or child.returncode != 0:
                raise RuntimeError(
                    f"launch child failed ({child.returncode}): {line}{rest}{errors}"
                )
            if argv is command:
                phases.append(
                    {
                        name: seconds * 1000
                        for name, seconds in json.loads(rest.strip().splitlines()[-1]).items()
                    }
                )
    return {
        "app_ms": app_ms, "bare_window_ms": bare_ms,
        "app_median_ms": statistics.median(app_ms), "app_max_ms": max(app_ms),
        "bare_median_ms": statistics.median(bare_ms),
        "ratio_app_to_bare": statistics.median(app_ms) / statistics.median(bare_ms),
        "app_phases_median_ms": {name: statistics.median(p[name] for p in phases) for name in phases[0]},
    }  # fmt: skip


class GapRecorder:
    """A 10 ms precise timer; the gaps between its ticks are how long the event loop was away."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> GapRecorder:
        self.ticks.clear()
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.stop()

    def summary(self) -> dict[str, float]:
        """Largest and 99th-percentile gap in ms, and how many exceeded STALL_MS."""
        gaps = sorted((b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)) or [
            0.0
        ]
        return {"max_gap_ms": gaps[-1], "p99_gap_ms": gaps[int(len(gaps) * 0.99)],
                "stalls_over_100ms": sum(gap > STALL_MS for gap in gaps)}  # fmt: skip


async def measure_board(context: Any, runs: int) -> dict[str, Any]:
    """BoardPage.load() until every column is filled and painted; cold once, then warm reloads."""
    from PySide6.QtWidgets import QListWidget

    from app.views.board.page import BoardPage
    from engine.store.tasks import TaskFilter

    page = BoardPage(context)
    page.resize(*WINDOW)
    page.show()
    await _painted(page)
    times: list[float] = []
    filled = 0
    with GapRecorder() as gaps:
        for _ in range(runs):
            started = time.perf_counter()
            await page.load()
            await _painted(page)
            times.append((time.perf_counter() - started) * 1000)
            filled = sum(column.model.rowCount() for column in page.columns)
    expected = context.engine.tasks.count(TaskFilter(state="confirmed"))
    page.close()
    # The naive peer: read every task on the GUI thread into one QListWidget of plain items.
    started = time.perf_counter()
    rows = context.engine.tasks.query(
        TaskFilter(state="confirmed"), offset=0, limit=expected + 1, order="board"
    )
    widget = QListWidget()
    widget.resize(*WINDOW)
    widget.addItems([row.title for row in rows])
    widget.show()
    await _painted(widget)
    peer = (time.perf_counter() - started) * 1000
    widget.close()
    warm = statistics.median(times[1:]) if len(times) > 1 else times[0]
    return {
        "tasks": expected, "cards_filled": filled, "columns": len(page.columns),
        "cold_ms": times[0], "warm_median_ms": warm, "all_ms": times,
        "peer_qlistwidget_ms": peer, "ratio_cold_to_peer": times[0] / peer,
        "event_loop_during_loads": gaps.summary(),
    }  # fmt: skip


def _visible_rows_loaded(page: Any) -> bool:
    view, model = page.messages, page.message_model
    top = view.indexAt(view.viewport().rect().topLeft()).row()
    bottom = view.indexAt(view.viewport().rect().bottomLeft()).row()
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    return all(model.message(row) is not None for row in range(max(top, 0), bottom + 1))


async def _painted(widget: Any) -> None:
    """One turn of the event loop (posted layouts run), then a synchronous paint."""
    await asyncio.sleep(0.001)
    widget.repaint()


async def _until_visible_loaded(page: Any) -> None:
    while not _visible_rows_loaded(page):
        await asyncio.sleep(0.001)
    await _painted(page.messages)


async def _scroll(page: Any, values: list[int]) -> dict[str, Any]:
    """Step the scroll bar through `values` at ~60 steps a second, timing each repaint."""
    bar = page.messages.verticalScrollBar()
    frames: list[float] = []
    placeholders = 0
    started = time.perf_counter()
    with GapRecorder() as gaps:
        for value in values:
            begun = time.perf_counter()
            bar.setValue(value)
            page.messages.viewport().repaint()
            frames.append((time.perf_counter() - begun) * 1000)
            placeholders += not _visible_rows_loaded(page)
            await asyncio.sleep(1 / 60)
        await _until_visible_loaded(page)
    frames.sort()
    return {"steps": len(values), "seconds": time.perf_counter() - started, "max_frame_ms": frames[-1],
            "p99_frame_ms": frames[int(len(frames) * 0.99)], "steps_showing_placeholders": placeholders,
            **gaps.summary()}  # fmt: skip


async def measure_chat(context: Any, chat_id: int, runs: int) -> dict[str, Any]:
    """Open the big chat in the chats page; scroll it end to end in jumps and a page at a time."""
    from PySide6.QtWidgets import QListWidget

    from app.views.chats.page import ChatsPage

    page = ChatsPage(context)
    page.resize(*WINDOW)
    page.show()
    await page.chat_model.reload(context.mode)
    await _painted(page)
    opens: list[float] = []
    for _ in range(runs):
        await page.show_chat(-1)  # no such chat: empties the view so each run opens from scratch
        await _painted(page)
        started = time.perf_counter()
        await page.show_chat(chat_id)
        await _until_visible_loaded(page)
        opens.append((time.perf_counter() - started) * 1000)
    rows = page.message_model.rowCount()
    bar = page.messages.verticalScrollBar()
    top, bottom, step = bar.minimum(), bar.maximum(), max(bar.pageStep(), 1)
    jumps = await _scroll(page, [bottom - (bottom - top) * i // 200 for i in range(201)])
    pages = await _scroll(page, list(range(top, bottom + step, step))[:1200])
    page.close()
    # The naive peer: read every message on the GUI thread into one QListWidget.
    started = time.perf_counter()
    messages = context.engine.chats.messages(chat_id, 0, rows)
    widget = QListWidget()
    widget.resize(*WINDOW)
    widget.addItems([f"{m.author or ''}: {m.text}" for m in messages])
    widget.scrollToBottom()
    widget.show()
    await _painted(widget)
    peer = (time.perf_counter() - started) * 1000
    widget.close()
    return {
        "messages": rows, "open_median_ms": statistics.median(opens), "open_max_ms": max(opens),
        "open_all_ms": opens, "peer_qlistwidget_ms": peer,
        "ratio_open_to_peer": statistics.median(opens) / peer,
        "scroll_jumps_bottom_to_top": jumps, "scroll_page_by_page_from_top": pages,
    }  # fmt: skip


async def measure_in_process(
    url: str, chat_id: int, runs: int, parts: tuple[str, ...] = ("board", "chat")
) -> dict[str, Any]:
    """Board and/or chat measurements on this process's qasync loop."""
    from PySide6.QtWidgets import QApplication

    from app.context import AppContext
    from app.runner import Runner
    from app.theme import apply_theme
    from engine.core.engine import Engine
    from engine.core.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    engine = Engine.open(url, settings=Settings(timezone="Europe/Lisbon"))
    runner = Runner()
    try:
        context = AppContext(engine, runner)
        measured: dict[str, Any] = {}
        if "board" in parts:
            measured["board"] = await measure_board(context, runs)
        if "chat" in parts:
            measured["chat"] = await measure_chat(context, chat_id, runs)
        if runner.errors:
            raise RuntimeError(f"background errors: {runner.errors}")
        return measured
    finally:
        runner.shutdown()
        engine.close()


def verdict(value: float, target: float) -> str:
    """'ok' or 'MISS' against a target."""
    return "ok" if value < target else "MISS"


def print_table(report: dict[str, Any]) -> None:
    """The headline figures with targets, ratios to the naive peers and verdicts."""
    print("| measure | ChatTasks | naive peer | ratio | target | verdict |")
    print("|---|---:|---:|---:|---:|---|")
    if "launch" in report:
        launch = report["launch"]
        print(
            f"| launch to interactive, {report['messages']:,} msgs (median of {len(launch['app_ms'])}) | "
            f"{launch['app_median_ms']:.0f} ms (max {launch['app_max_ms']:.0f}) | bare window {launch['bare_median_ms']:.0f} ms | "
            f"{launch['ratio_app_to_bare']:.2f}x | < 1500 ms | {verdict(launch['app_median_ms'], 1500)} |"
        )
    if "board" in report:
        board = report["board"]
        print(
            f"| board, {board['tasks']:,} tasks, cold load | {board['cold_ms']:.0f} ms (warm {board['warm_median_ms']:.0f}) | "
            f"QListWidget {board['peer_qlistwidget_ms']:.0f} ms | {board['ratio_cold_to_peer']:.2f}x | < 300 ms | "
            f"{verdict(board['cold_ms'], 300)} |"
        )
    if "chat" in report:
        chat = report["chat"]
        jumps, pages = chat["scroll_jumps_bottom_to_top"], chat["scroll_page_by_page_from_top"]
        print(
            f"| chat of {chat['messages']:,} msgs opens (median) | {chat['open_median_ms']:.0f} ms (max {chat['open_max_ms']:.0f}) | "
            f"QListWidget {chat['peer_qlistwidget_ms']:.0f} ms | {chat['ratio_open_to_peer']:.3f}x | < 300 ms | "
            f"{verdict(chat['open_median_ms'], 300)} |"
        )
        for name, run in (("jumps bottom to top", jumps), ("page by page", pages)):
            print(f"| scroll {name} ({run['steps']} steps) | max frame {run['max_frame_ms']:.0f} ms, max gap "
                  f"{run['max_gap_ms']:.0f} ms, {run['stalls_over_100ms']} stalls | | | no gap > 100 ms | "
                  f"{verdict(run['max_gap_ms'], STALL_MS)} |")  # fmt: skip


def _previous(report: dict[str, Any]) -> dict[str, Any]:
    """The headline of a launch measurement being replaced, kept for comparison."""
    launch = report["launch"]
    return {
        "date": launch.get("measured_at", report.get("machine", {}).get("date")),
        "load_average_before": launch.get("load_average_before", report.get("load_average_before")),
        **{key: launch[key] for key in ("app_ms", "app_median_ms", "bare_median_ms", "app_phases_median_ms")},
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Build the database, measure, print the table and write benchmarks/results/gui.json."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=PARTS, action="append", help="measure only this part")
    parser.add_argument(
        "--db", type=Path, help="database file to reuse if it exists (else built there and kept)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "gui.json")
    args = parser.parse_args(argv)
    parts = tuple(args.only or PARTS)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="chattasks-gui-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if args.db is not None and args.db.exists():
            built = json.loads(args.db.with_suffix(".json").read_text(encoding="utf-8"))
        else:
            built = build_database(db, args.messages, args.tasks, args.seed)
            if args.db is not None:
                args.db.with_suffix(".json").write_text(json.dumps(built), encoding="utf-8")
        url = f"sqlite:///{db}"
        measured: dict[str, Any] = {}
        if "launch" in parts:
            measured["launch"] = {
                "load_average_before": os.getloadavg(),
                **measure_launch(url, Path(tmp) / "settings.json", args.runs),
                "load_average_after": os.getloadavg(),
            }
        if "board" in parts or "chat" in parts:
            import qasync
            from PySide6.QtWidgets import QApplication

            _app = QApplication.instance() or QApplication(sys.argv[:1])
            # PySide6 6.12.0 on CPython 3.11 drops one reference to None (or True/False) each time
            # a QVariant holding nothing (or a bool) reaches Python: index.data(), currentData()...
            # Painting 100k rows does that thousands of times and the interpreter aborts
            # ("deallocating None"). Extra references, never given back, keep the measurement
            # alive; the app needs the real fix.
            for singleton in (None, True, False):
                ctypes.c_ssize_t.from_address(id(singleton)).value += NONE_GUARD
            measured.update(qasync.run(measure_in_process(url, built["chat_id"], args.runs, parts)))
    machine = machine_info()
    for part in measured.values():
        part["measured_at"] = machine["date"]
    report: dict[str, Any] = {}
    if parts != PARTS and args.out.exists():
        report = json.loads(args.out.read_text(encoding="utf-8"))
        for name in PARTS:
            if name in report and name not in parts:
                report[name].setdefault("measured_at", report.get("machine", {}).get("date"))
        if "launch" in parts and "launch" in report:
            measured["launch"]["previous"] = _previous(report)
    report.update({
        "machine": machine, "load_average_before": load_before, "load_average_after": os.getloadavg(),
        "messages": built.get("messages", args.messages), "tasks": built.get("tasks", args.tasks),
        "runs": args.runs, "targets_ms": TARGETS_MS, "measured_parts": list(parts), "database": built,
        **measured,
    })  # fmt: skip
    kept = [
        f"{name} ({report[name]['measured_at']})"
        for name in PARTS
        if name in report and name not in parts
    ]
    if kept:
        print("Kept from an earlier run:", ", ".join(kept))
    print_table(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
