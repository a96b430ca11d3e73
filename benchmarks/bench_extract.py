"""Extraction speed and memory: the full task pipeline over a realistic generated chat.

Side by side in one run: our pipeline (`engine.nlp.tasks.extract_tasks`, all eight languages
loaded, dates included) and a plain dateparser baseline (`dateparser.search.search_dates` over
each message, told the same eight languages). Our side runs in a fresh child process so its
peak RSS is not inflated by dateparser. Times are CPU seconds of this process
(`time.process_time`): the machine may be shared, and wall time would count other work.
The generated chat repeats its templates (a few thousand distinct texts), so the labelled
development corpus (every message distinct) is timed too. Writes
benchmarks/results/extract.json.

    python -m benchmarks.bench_extract [--messages 20000] [--baseline-sample 400]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.generate_export import generate_export

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
LANGUAGES = ["en", "es", "pt", "hi", "id", "de", "fr", "it"]
ZONE = "Europe/Berlin"


def _peak_rss_mb() -> float:
    """Peak resident set size of this process (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _messages(path: Path, zone: str = ZONE) -> list[object]:
    from engine.ingest import open_export
    from engine.nlp.extract import to_chat_messages

    with open_export(path) as export:
        parsed = list(export.messages())
    return list(to_chat_messages(parsed, ZoneInfo(zone)))


def run_ours(path: Path, repeats: int) -> dict[str, float | int]:
    """Our pipeline on the parsed chat: best of `repeats`, after loading every language."""
    from engine.nlp.dates.lexicon import get_lexicon
    from engine.nlp.lexicon import task_lexicon
    from engine.nlp.tasks import extract_tasks

    started = time.perf_counter()
    for code in LANGUAGES:
        task_lexicon(code)
        get_lexicon(code)
    load_seconds = time.perf_counter() - started
    messages = _messages(path)
    best = float("inf")
    tasks = 0
    for _ in range(repeats):
        started = time.process_time()
        tasks = len(extract_tasks(messages, languages=LANGUAGES))  # type: ignore[arg-type]
        best = min(best, time.process_time() - started)
    corpus = _dev_corpus()
    corpus_messages = sum(len(chat) for chat in corpus)
    corpus_best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for chat in corpus:
            extract_tasks(chat, languages=LANGUAGES)  # type: ignore[arg-type]
        corpus_best = min(corpus_best, time.process_time() - started)
    return {
        "messages": len(messages),
        "distinct_texts": len({m.text for m in messages}),  # type: ignore[attr-defined]
        "tasks": tasks,
        "cpu_seconds": round(best, 3),
        "messages_per_second": round(len(messages) / best, 1),
        "dev_corpus_messages": corpus_messages,
        "dev_corpus_messages_per_second": round(corpus_messages / corpus_best, 1),
        "load_seconds": round(load_seconds, 3),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _dev_corpus() -> list[list[object]]:
    """The labelled chats of tests/data/chats, parsed (every text distinct)."""
    return [
        _messages(path, zone)
        for labels in sorted((ROOT / "tests" / "data" / "chats").glob("*/*.labels.json"))
        for path, zone in [(
            labels.with_name(labels.name.replace(".labels.json", ".txt")),
            json.loads(labels.read_text(encoding="utf-8"))["timezone"],
        )]
    ]


def run_dateparser(path: Path, sample: int) -> dict[str, float | int]:
    """dateparser.search.search_dates over each of the first `sample` texts."""
    import warnings

    from dateparser.search import search_dates

    texts = [m.text for m in _messages(path)[:sample]]  # type: ignore[attr-defined]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("warm up tomorrow at 5", languages=LANGUAGES)
        started = time.process_time()
        found = 0
        for text in texts:
            found += len(search_dates(text, languages=LANGUAGES) or [])
        seconds = time.process_time() - started
    return {
        "messages": len(texts),
        "dates_found": found,
        "seconds": round(seconds, 3),
        "messages_per_second": round(len(texts) / seconds, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the chat, measure both sides, print and write extract.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline-sample", type=int, default=400)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_ours(Path(args.child), args.repeats)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chat.txt"
        generate_export(path, args.messages, style="android", seed=args.seed)
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_extract", "--child", str(path),
             "--repeats", str(args.repeats)],
            cwd=ROOT, check=True, capture_output=True, text=True,
        )
        ours = json.loads(child.stdout.strip().splitlines()[-1])
        baseline = run_dateparser(path, args.baseline_sample)
    report = {
        "chat": {"messages": args.messages, "seed": args.seed, "generator": "generate_export"},
        "languages": LANGUAGES,
        "chattasks": ours,
        "dateparser_search": baseline,
        "speedup": round(ours["messages_per_second"] / baseline["messages_per_second"], 1),
        "targets": {"messages_per_second": 5000, "peak_rss_mb": 400},
    }
    print(json.dumps(report, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "extract.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
