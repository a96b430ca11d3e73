"""Frozen-bundle budgets: unpacked size of dist/chattasks and cold start of the frozen app.

    make dist && python -m benchmarks.bench_dist

The bundle carries Playwright's Node.js xz-compressed; the one-time cost of unpacking it on the
first live start is measured too. Cold start is the time from spawning `chattasks-app --probe-startup` (offscreen, fresh data
folder) until it prints "interactive" -- the window is shown and the event loop has answered.
It is measured next to the same app started from source (`python -m app`), the peer in the
same run. Writes benchmarks/results/dist.json.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.parse_report import machine_info

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "chattasks"
RESULTS = ROOT / "benchmarks" / "results" / "dist.json"
RUNS = 5


def folder_size(path: Path) -> int:
    """Bytes of every file under `path` (symlinks not followed)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def cold_start(command: list[str]) -> float:
    """Seconds until the app reports the window interactive, on a fresh data folder."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home,
            "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data", "PYTHONPATH": str(ROOT),
        }  # fmt: skip
        args = [*command, "--probe-startup", "--no-demo", "--db", f"sqlite:///{home}/db.sqlite",
                "--settings", f"{home}/settings.json"]  # fmt: skip
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "interactive":
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command[0]} never reported interactive")
        process.wait(timeout=60)
        return elapsed


def node_unpack_seconds() -> float:
    """One-time cost of the first live start: unpacking the bundle's compressed Node.js."""
    from engine.ingest.web.node_runtime import NODE_NAME, unpack

    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        unpack(BUNDLE / "_internal" / "playwright" / "driver" / f"{NODE_NAME}.xz", Path(cache))
        return round(time.perf_counter() - started, 2)


def main() -> int:
    """Measure, print a table and write the results file."""
    if not (BUNDLE / "chattasks-app").exists():
        print("no bundle: run `make dist` first", file=sys.stderr)
        return 1
    size_mb = folder_size(BUNDLE) / 1e6
    parts = {p.name: round(folder_size(p) / 1e6, 1) for p in (BUNDLE / "_internal").iterdir() if p.is_dir()}
    biggest = dict(sorted(parts.items(), key=lambda kv: -kv[1])[:8])
    cold_start([str(BUNDLE / "chattasks-app")])  # warm the page cache once, like a second launch
    frozen = [cold_start([str(BUNDLE / "chattasks-app")]) for _ in range(RUNS)]
    source = [cold_start([sys.executable, "-m", "app"]) for _ in range(RUNS)]
    result = {
        "machine": machine_info(),
        "bundle_unpacked_mb": round(size_mb, 1),
        "bundle_target_mb": 300,
        "largest_parts_mb": biggest,
        "frozen_start_s": {"median": round(statistics.median(frozen), 3), "max": round(max(frozen), 3)},
        "source_start_s": {"median": round(statistics.median(source), 3), "max": round(max(source), 3)},
        "frozen_vs_source": round(statistics.median(frozen) / statistics.median(source), 2),
        "start_target_s": 2.0,
        "first_live_start_unpack_s": node_unpack_seconds(),
    }
    one_file = sorted(BUNDLE.parent.glob("chattasks-app-*[0-9]"))
    if one_file:
        result["one_file_mb"] = round(one_file[-1].stat().st_size / 1e6, 1)
        result["one_file_start_s"] = round(cold_start([str(one_file[-1])]), 3)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"bundle (unpacked): {size_mb:.1f} MB (target < 300); largest: {biggest}")
    print(f"cold start to interactive window: frozen median {result['frozen_start_s']['median']} s,"
          f" from source {result['source_start_s']['median']} s (target < 2 s)")
    print(f"first live start, one-time Node.js unpack: {result['first_live_start_unpack_s']} s")
    if "one_file_mb" in result:
        print(f"one-file app: {result['one_file_mb']} MB, start {result['one_file_start_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
