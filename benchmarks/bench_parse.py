"""Parse benchmark: ChatTasks' reader against whatstk and chat-miner on generated exports.

    python -m benchmarks.bench_parse            # 200k and 1M messages, Android and iOS
    python -m benchmarks.bench_parse --quick    # 20k messages
    python -m benchmarks.bench_parse --ours-impl my_module:count   # a stand-in for ours

Every run is a fresh child process (benchmarks.parse_runners), so each peak RSS is one tool's.
Writes benchmarks/results/parse.json and parse.md, and prints the markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.generate_export import GENERATOR_VERSION, generate_export
from benchmarks.parse_report import NOTES, machine_info, render_markdown
from benchmarks.parse_runners import TOOLS, RunResult

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "benchmarks" / "data"
RESULTS_DIR = ROOT / "benchmarks" / "results"
QUICK_SIZES = (20_000,)
DEFAULT_SIZES = (200_000, 1_000_000)
STYLES = ("android", "ios")


@dataclass
class ToolResult:
    """Best of up to N runs of one tool on one export, or why it failed."""

    status: str = "ok"
    messages: int | None = None
    """The tool's own count; tools disagree on what a message is (system lines, for one)."""
    runs: int = 0
    seconds: float | None = None
    """Best (lowest) parse time; imports excluded."""
    all_seconds: list[float] = field(default_factory=list)
    msgs_per_s: float | None = None
    peak_rss_mb: float | None = None
    """Highest peak RSS over the runs, interpreter and imported libraries included."""
    import_seconds: float | None = None
    import_rss_mb: float | None = None
    error: str | None = None


def export_path(data_dir: Path, style: str, size: int, seed: int) -> Path:
    """Where a generated export lives; the name carries everything that shapes its bytes."""
    return data_dir / f"{style}-n{size}-s{seed}-g{GENERATOR_VERSION}.txt"


def ensure_export(data_dir: Path, style: str, size: int, seed: int) -> tuple[Path, float | None]:
    """Generate the export unless an identical one exists; its path and generation time."""
    path = export_path(data_dir, style, size, seed)
    if path.exists():
        return path, None
    data_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    started = time.perf_counter()
    generate_export(partial, size, style="ios" if style == "ios" else "android", seed=seed)
    os.replace(partial, path)  # an interrupted run never leaves a truncated file to reuse
    return path, time.perf_counter() - started


def run_once(tool: str, path: Path, impl: str | None, timeout: float) -> RunResult | str:
    """Parse `path` with `tool` in a fresh child process; its result, or an error message."""
    with tempfile.TemporaryDirectory() as scratch:
        result_file = Path(scratch) / "result.json"
        stderr_file = Path(scratch) / "stderr.txt"
        command = [sys.executable, "-m", "benchmarks.parse_runners", tool, str(path)]
        command.append(str(result_file))
        if impl:
            command += ["--impl", impl]
        try:
            with stderr_file.open("w", encoding="utf-8") as stderr:
                subprocess.run(
                    command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, timeout=timeout
                )
        except subprocess.TimeoutExpired:
            return f"timed out after {timeout:.0f} s"
        if not result_file.exists():
            lines = stderr_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            return lines[-1] if lines else "the child exited without a result"
        outcome = json.loads(result_file.read_text(encoding="utf-8"))
    return str(outcome["error"]) if "error" in outcome else RunResult(**outcome)


def measure_tool(
    tool: str, path: Path, *, runs: int, budget: float, timeout: float, impl: str | None
) -> ToolResult:
    """Best of up to `runs` runs, stopping early once the runs so far took `budget` seconds."""
    outcomes: list[RunResult] = []
    for _ in range(runs):
        outcome = run_once(tool, path, impl, timeout)
        if isinstance(outcome, str):
            return ToolResult(status="failed", runs=len(outcomes) + 1, error=outcome[:300])
        outcomes.append(outcome)
        if sum(run.seconds for run in outcomes) >= budget:
            break
    best = min(outcomes, key=lambda run: run.seconds)
    return ToolResult(
        messages=best.messages,
        runs=len(outcomes),
        seconds=round(best.seconds, 3),
        all_seconds=[round(run.seconds, 3) for run in outcomes],
        msgs_per_s=round(best.messages / best.seconds) if best.seconds else None,
        peak_rss_mb=round(max(run.peak_rss_mb for run in outcomes), 1),
        import_seconds=round(min(run.import_seconds for run in outcomes), 3),
        import_rss_mb=round(max(run.import_rss_mb for run in outcomes), 1),
    )


def ratios(results: dict[str, ToolResult]) -> dict[str, dict[str, float]]:
    """Ours over each peer: throughput (above 1 = ours faster) and peak RSS (below 1 = leaner)."""
    ours = results.get("ours")
    if ours is None or ours.msgs_per_s is None or ours.peak_rss_mb is None:
        return {}
    table = {}
    for tool, peer in results.items():
        if tool != "ours" and peer.msgs_per_s and peer.peak_rss_mb:
            table[tool] = {
                "throughput": round(ours.msgs_per_s / peer.msgs_per_s, 2),
                "peak_rss": round(ours.peak_rss_mb / peer.peak_rss_mb, 2),
            }
    return table


def bench_case(args: argparse.Namespace, size: int, style: str) -> dict[str, object]:
    """Measure every selected tool on one generated export."""
    path, generated_in = ensure_export(args.data_dir, style, size, args.seed)
    results: dict[str, ToolResult] = {}
    for tool in args.tools:
        print(f"{size:>9,} {style:<7} {tool:<9} ...", end=" ", file=sys.stderr, flush=True)
        results[tool] = measure_tool(
            tool,
            path,
            runs=args.runs,
            budget=args.budget,
            timeout=args.timeout,
            impl=args.ours_impl if tool == "ours" else None,
        )
        print(results[tool].status, file=sys.stderr)
    return {
        "size": size,
        "style": style,
        "file": path.name,
        "bytes": path.stat().st_size,
        "generated_seconds": None if generated_in is None else round(generated_in, 2),
        "tools": {tool: asdict(result) for tool, result in results.items()},
        "ratios": ratios(results),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options; lists are comma-separated."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add = parser.add_argument
    add("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="messages per export")
    add("--quick", action="store_true", help=f"only {QUICK_SIZES[0]:,} messages")
    add("--styles", default=",".join(STYLES))
    add("--tools", default=",".join(TOOLS))
    add("--seed", type=int, default=1)
    add("--runs", type=int, default=3, help="best of this many runs per tool")
    add("--budget", type=float, default=120.0, help="no more runs once a tool took this long (s)")
    add("--timeout", type=float, default=1800.0, help="seconds allowed for one run")
    add("--ours-impl", metavar="MODULE:FUNCTION", help="stand-in for ours: path -> message count")
    add("--data-dir", type=Path, default=DATA_DIR)
    add("--out-dir", type=Path, default=RESULTS_DIR)
    args = parser.parse_args(argv)
    args.sizes = list(QUICK_SIZES) if args.quick else [int(n) for n in args.sizes.split(",")]
    args.styles = args.styles.split(",")
    args.tools = args.tools.split(",")
    unknown = sorted(set(args.tools) - set(TOOLS)) + sorted(set(args.styles) - set(STYLES))
    if unknown:
        parser.error(f"unknown tool or style: {', '.join(unknown)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Generate (or reuse) the exports, measure every tool on each, write and print the report."""
    args = parse_args(argv)
    cases = [bench_case(args, size, style) for size in args.sizes for style in args.styles]
    report = {
        "machine": machine_info(),
        "settings": {
            "seed": args.seed,
            "runs": args.runs,
            "budget_seconds": args.budget,
            "generator_version": GENERATOR_VERSION,
            "ours_impl": args.ours_impl,
        },
        "notes": NOTES,
        "cases": cases,
    }
    args.out_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    (args.out_dir / "parse.json").write_text(text, encoding="utf-8")
    markdown = render_markdown(report)
    (args.out_dir / "parse.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
