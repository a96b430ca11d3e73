"""Task-extraction evaluation on the labelled development corpus (`make eval`).

For every chat in tests/data/chats/<language>/ the engine's tasks (`extract_file`) are matched
to the labelled ones by source line (one-to-one, in order). Per language it reports task
precision, recall and F1 and, over matched tasks: due date exact to the day and to the minute
(both empty counts as right), assignee, priority and category accuracy, title keyword coverage
(share of labelled keywords whose first four letters start a word of the title), completion-link
accuracy (labelled 'done' tasks predicted done by the labelled message) and the share of
not-done tasks wrongly marked done. Writes benchmarks/results/eval.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from engine.nlp.extract import extract_file
from engine.nlp.tasks import ExtractedTask

ROOT = Path(__file__).resolve().parent.parent
CHATS = ROOT / "tests" / "data" / "chats"
RESULTS = ROOT / "benchmarks" / "results"
LANGUAGES = ["en", "es", "pt", "hi", "id", "de", "fr", "it"]


def _covered(keywords: list[str], title: str) -> float:
    stems = {w[:4] for w in re.findall(r"[^\W\d_]+", title.lower())}
    if not keywords:
        return 1.0
    hits = 0
    for keyword in keywords:
        parts = re.findall(r"[^\W\d_]+", keyword.lower())
        if parts and all(part[:4] in stems for part in parts):
            hits += 1
    return hits / len(keywords)


def evaluate_chat(
    path: Path, labels: dict[str, Any], stats: dict[str, float], errors: list[str]
) -> None:
    """Add one chat's counts to `stats`."""
    _, tasks = extract_file(path, timezone=labels["timezone"], languages=LANGUAGES)
    gold = sorted(labels["tasks"], key=lambda t: t["line"])
    predicted: dict[int, list[ExtractedTask]] = defaultdict(list)
    for task in tasks:
        predicted[task.source.line or 0].append(task)
    stats["predicted"] += len(tasks)
    stats["gold"] += len(gold)
    for item in gold:
        candidates = predicted.get(item["line"], [])
        if not candidates:
            errors.append(f"MISS {path.name}:{item['line']} {item['title_keywords']}")
            continue
        task = candidates.pop(0)
        stats["matched"] += 1
        due = task.due_text()
        want = item["due"]
        stats["due_day"] += (due or "")[:10] == (want or "")[:10]
        stats["due_minute"] += due == want
        if (due or "")[:10] != (want or "")[:10]:
            errors.append(f"DUE  {path.name}:{item['line']} got {due} want {want}")
        stats["assignee"] += task.assignee == item["assignee"]
        if task.assignee != item["assignee"]:
            errors.append(
                f"WHO  {path.name}:{item['line']} got {task.assignee} want {item['assignee']}"
            )
        stats["priority"] += task.priority == item["priority"]
        stats["category"] += task.category == item["category"]
        stats["title"] += _covered(item["title_keywords"], task.title)
        if item["status"] == "done":
            stats["done_gold"] += 1
            ok = (
                task.status == "done"
                and task.completed_by is not None
                and (task.completed_by.line == item.get("completed_line"))
            )
            stats["done_right"] += ok
            if not ok:
                got = task.completed_by.line if task.completed_by else None
                errors.append(
                    f"DONE {path.name}:{item['line']} got {task.status}@{got} want {item.get('completed_line')}"
                )
        else:
            stats["not_done_gold"] += 1
            stats["wrongly_done"] += task.status == "done"
            if task.status == "done" and task.completed_by is not None:
                errors.append(
                    f"WDON {path.name}:{item['line']} done@{task.completed_by.line} "
                    f"want {item['status']}"
                )
    for line, extra in predicted.items():
        for task in extra:
            errors.append(f"FP   {path.name}:{line} {task.kind} {task.title!r}")


def _ratio(a: float, b: float) -> float | None:
    return None if b == 0 else round(a / b, 4)


def evaluate(languages: list[str]) -> dict[str, dict[str, Any]]:
    """Scores per language."""
    report: dict[str, dict[str, Any]] = {}
    for language in languages:
        stats: dict[str, float] = defaultdict(float)
        errors: list[str] = []
        folder = CHATS / language
        started = time.perf_counter()
        for labels_path in sorted(folder.glob("*.labels.json")):
            labels = json.loads(labels_path.read_text(encoding="utf-8"))
            chat = labels_path.with_name(labels_path.name.replace(".labels.json", ".txt"))
            evaluate_chat(chat, labels, stats, errors)
        matched = stats["matched"]
        precision = _ratio(matched, stats["predicted"])
        recall = _ratio(matched, stats["gold"])
        f1 = (
            None
            if not precision or not recall
            else round(2 * precision * recall / (precision + recall), 4)
        )
        report[language] = {
            "chats": len(list(folder.glob("*.labels.json"))),
            "gold": int(stats["gold"]),
            "predicted": int(stats["predicted"]),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "due_day": _ratio(stats["due_day"], matched),
            "due_minute": _ratio(stats["due_minute"], matched),
            "assignee": _ratio(stats["assignee"], matched),
            "priority": _ratio(stats["priority"], matched),
            "category": _ratio(stats["category"], matched),
            "title_keywords": _ratio(stats["title"], matched),
            "completion_links": _ratio(stats["done_right"], stats["done_gold"]),
            "wrongly_done": _ratio(stats["wrongly_done"], stats["not_done_gold"]),
            "seconds": round(time.perf_counter() - started, 2),
            "errors": errors,
        }
    return report


COLUMNS = [
    "precision",
    "recall",
    "f1",
    "due_day",
    "due_minute",
    "assignee",
    "priority",
    "category",
    "title_keywords",
    "completion_links",
    "wrongly_done",
]


def main(argv: list[str] | None = None) -> int:
    """Print the table (and optionally the errors) and write benchmarks/results/eval.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--errors", action="store_true", help="print every miss and false positive")
    parser.add_argument("--public", action="store_true", help="also score ../shared tasks-public")
    args = parser.parse_args(argv)
    report = evaluate(args.languages.split(","))
    print("lang " + " ".join(f"{c[:9]:>9}" for c in COLUMNS) + "   gold  pred")
    for language, row in report.items():
        cells = " ".join(f"{'-' if row[c] is None else format(row[c], '.1%'):>9}" for c in COLUMNS)
        print(f"{language:4} {cells}  {row['gold']:5} {row['predicted']:5}")
        if args.errors:
            for error in row["errors"]:
                print("   ", error)
    slim: dict[str, Any] = {
        lang: {k: v for k, v in row.items() if k != "errors"} for lang, row in report.items()
    }
    public = ROOT.parent / "shared" / "corpus" / "tasks-public"
    if args.public and public.is_dir():
        print("\ntasks-public (proxy data, message-level detection):")
        slim["tasks_public"] = evaluate_public(public)
        for name, row in slim["tasks_public"].items():
            print(f"  {name:40} precision {row['precision']}  recall {row['recall']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "eval.json").write_text(json.dumps(slim, indent=2), encoding="utf-8")
    return 0



def evaluate_public(corpus: Path, limit: int = 3000) -> dict[str, dict[str, float | None]]:
    """Message-level detection on ../shared/corpus/tasks-public (proxies: email asks, assistant
    reminders), each text read as a one-line message in a one-to-one chat."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from engine.nlp.dates import find_dates
    from engine.nlp.lexicon import task_lexicon
    from engine.nlp.tasks.assignee import participant_names
    from engine.nlp.tasks.detect import detect_all
    from engine.nlp.tasks.pipeline import has_clock_time

    reference = datetime(2026, 3, 11, 10, 0, tzinfo=ZoneInfo("UTC"))
    scores: dict[str, dict[str, float | None]] = {}
    for path in sorted(corpus.glob("*.jsonl")):
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if number >= limit:
                    break
                row = json.loads(line)
                language = row.get("lang", "en")
                try:
                    lex = task_lexicon(language)
                except ValueError:
                    continue
                text = row["text"]
                try:
                    mentions = find_dates(text, reference, language)
                except ValueError:
                    mentions = []
                found = bool(detect_all(
                    text, lex, participant_names([]), bool(mentions), has_clock_time(mentions)
                ))
                cell = counts[language]
                cell["tp"] += found and row["is_task"]
                cell["fp"] += found and not row["is_task"]
                cell["fn"] += (not found) and row["is_task"]
        for language, cell in counts.items():
            name = f"{path.stem}:{language}"
            scores[name] = {
                "precision": _ratio(cell["tp"], cell["tp"] + cell["fp"]),
                "recall": _ratio(cell["tp"], cell["tp"] + cell["fn"]),
            }
    return scores


if __name__ == "__main__":
    sys.exit(main())
