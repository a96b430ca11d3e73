"""Child side of the parse benchmark: parse one export with one tool and report time, count, RSS.

Run as `python -m benchmarks.parse_runners TOOL EXPORT RESULT_JSON [--impl module:function]`,
one fresh process per run, so the peak RSS it reports belongs to that tool alone.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

Counter = Callable[[str], int]
"""Parses the export at a path and returns how many messages the tool produced."""

TOOLS = ("ours", "whatstk", "chatminer")


@dataclass(frozen=True)
class RunResult:
    """One parse by one tool in a fresh process."""

    messages: int
    """The tool's own count of the messages it produced."""
    seconds: float
    """Parse time, imports excluded."""
    import_seconds: float
    import_rss_mb: float
    """Peak RSS once the tool was imported, before parsing."""
    peak_rss_mb: float


def load_ours() -> Counter:
    """ChatTasks' streaming reader: count the messages it yields."""
    from engine.ingest import open_export

    def count(path: str) -> int:
        with open_export(path) as export:
            return sum(1 for _ in export.messages())

    return count


def load_whatstk() -> Counter:
    """whatstk's DataFrame loader with header auto-detection (its default)."""
    from whatstk import df_from_whatsapp

    def count(path: str) -> int:
        # max_size=None: the default 50 MB cap refuses exports above roughly 600k messages.
        return len(df_from_whatsapp(path, max_size=None))

    return count


def load_chatminer() -> Counter:
    """chat-miner's WhatsApp parser, down to the DataFrame its users work with."""
    from chatminer.chatparsers import WhatsAppParser

    def count(path: str) -> int:
        parser = WhatsAppParser(path)
        parser.parse_file()
        return len(parser.parsed_messages.get_df())

    return count


LOADERS: dict[str, Callable[[], Counter]] = {
    "ours": load_ours,
    "whatstk": load_whatstk,
    "chatminer": load_chatminer,
}


def load_impl(spec: str) -> Counter:
    """Import a stand-in counter given as 'module:function' (the function takes a path)."""
    module_name, _, function_name = spec.partition(":")
    counter: Counter = getattr(importlib.import_module(module_name), function_name)
    return counter


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def measure(tool: str, export: str, impl: str | None) -> RunResult:
    """Import the tool, then time one parse of `export`; imports are timed separately."""
    started = time.perf_counter()
    count = load_impl(impl) if impl else LOADERS[tool]()
    imported = time.perf_counter()
    import_rss = peak_rss_mb()
    messages = count(export)
    finished = time.perf_counter()
    return RunResult(
        messages=messages,
        seconds=finished - imported,
        import_seconds=imported - started,
        import_rss_mb=import_rss,
        peak_rss_mb=peak_rss_mb(),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Measure one run and write the result (or the error) as JSON."""
    parser = argparse.ArgumentParser(description="Parse one export with one tool; write JSON.")
    parser.add_argument("tool", choices=TOOLS)
    parser.add_argument("export")
    parser.add_argument("result", type=Path)
    parser.add_argument("--impl", help="module:function to run instead of the tool's own loader")
    args = parser.parse_args(argv)
    try:
        result = measure(args.tool, args.export, args.impl)
    except Exception as error:  # a failing tool is a result, reported to the parent
        args.result.write_text(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        raise
    args.result.write_text(json.dumps(asdict(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
