"""Import benchmark: a generated export into a fresh SQLite file, full-text index included.

    python -m benchmarks.bench_import              # 200k and 1M messages (Android style)
    python -m benchmarks.bench_import --sizes 50000

Each size runs in a fresh child process and reports three figures: store-only throughput
(pre-parsed messages into SQLite + FTS5), end-to-end `Engine.import_export` throughput (read,
parse, store), and a re-import of the same file (every message a duplicate). Peak RSS is the
child's own. Writes benchmarks/results/import.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_parse import DATA_DIR, RESULTS_DIR, ensure_export
from benchmarks.parse_report import machine_info

CHILD = """
import json, resource, sys, time
from engine.core.engine import Engine
from engine.core.settings import Settings
from engine.ingest import open_export
from engine.store import Database, import_messages
path, db_a, db_b = sys.argv[1:4]
with open_export(path) as export:
    messages = list(export.messages())
started = time.perf_counter()
store = import_messages(Database.open("sqlite:///" + db_a), chat_key="bench", chat_name="Bench",
                        timezone="Europe/Berlin", messages=messages, source_path=path)
store_s = time.perf_counter() - started
del messages
engine = Engine.open("sqlite:///" + db_b, settings=Settings(timezone="Europe/Berlin"))
started = time.perf_counter()
first = engine.import_export(path, suggest=False)
full_s = time.perf_counter() - started
started = time.perf_counter()
again = engine.import_export(path, suggest=False)
again_s = time.perf_counter() - started
started = time.perf_counter()
suggested = engine.extract_chat(first.chat_id)
extract_s = time.perf_counter() - started
with engine.db.connect() as conn:
    hits = conn.exec_driver_sql("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'thanks'").scalar_one()
print(json.dumps({
    "messages": first.messages, "stored": first.new_messages, "fts_hits_thanks": hits,
    "store_only_s": store_s, "store_only_msgs_per_s": store.seen / store_s,
    "import_s": full_s, "import_msgs_per_s": first.messages / full_s,
    "reimport_s": again_s, "reimport_new": again.new_messages,
    "reimport_msgs_per_s": again.messages / again_s,
    "suggested_tasks": suggested.new, "extract_and_store_tasks_msgs_per_s": first.messages / extract_s,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def run_size(size: int, seed: int) -> dict[str, object]:
    """One fresh child process importing a generated export of `size` messages."""
    path, _ = ensure_export(DATA_DIR, "android", size, seed)
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), f"{tmp}/a.db", f"{tmp}/b.db"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    data["size"] = size
    return data


def main(argv: list[str] | None = None) -> int:
    """Run the sizes, print a table and write benchmarks/results/import.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="200000,1000000")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = [run_size(int(size), args.seed) for size in args.sizes.split(",")]
    print(
        "| messages | store only msgs/s | import (read+parse+store) msgs/s | re-import msgs/s"
        " | extract+store tasks msgs/s | peak RSS MB |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['size']:,} | {row['store_only_msgs_per_s']:,.0f} | {row['import_msgs_per_s']:,.0f}"
            f" | {row['reimport_msgs_per_s']:,.0f} | {row['extract_and_store_tasks_msgs_per_s']:,.0f} | {row['peak_rss_mb']:.0f} |"
        )
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": machine_info(),
        "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "date": time.strftime("%Y-%m-%d"),
        "results": rows,
    }
    (RESULTS_DIR / "import.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
