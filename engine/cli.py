"""The `chattasks` command: import, inspect, search and export without the GUI."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, TextIO

from engine.core.errors import ChatTasksError
from engine.ingest import open_export

if TYPE_CHECKING:
    from engine.core.engine import Engine

Handler = Callable[[argparse.Namespace], int]
EXPORT_FIELDS = ["chat", "timestamp", "author", "kind", "text", "media"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ChatTasksError as error:
        print(f"chattasks: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("chattasks: interrupted; everything committed so far is kept", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="URL", help="database URL (default: the user's data folder)"
    )
    parser = argparse.ArgumentParser(
        prog="chattasks",
        description="Turn WhatsApp chats into organised tasks, locally.",
        parents=[common],
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", parents=[common], help="print an export's messages")
    parse.add_argument("file", help="export: .txt, .zip or folder")
    parse.add_argument("--jsonl", action="store_true", help="one JSON object per message")
    _date_order_option(parse)
    parse.set_defaults(handler=_parse)

    extract = commands.add_parser("extract", parents=[common], help="print an export's tasks")
    extract.add_argument("file", help="export: .txt, .zip or folder")
    extract.add_argument("--jsonl", action="store_true", help="one JSON object per task")
    extract.add_argument("--timezone", help="IANA time zone of the export's times (default: yours)")
    extract.add_argument("--languages", help="comma-separated language codes (default: settings)")
    extract.set_defaults(handler=_extract)

    imp = commands.add_parser("import", parents=[common], help="store exports in the database")
    imp.add_argument("paths", nargs="+", metavar="PATH", help="exports: .txt, .zip or folders")
    imp.add_argument("--chat", help="chat name to store under (default: from the file name)")
    imp.add_argument("--timezone", help="IANA time zone of the export's times (default: yours)")
    _date_order_option(imp)
    imp.set_defaults(handler=_import)

    chats = commands.add_parser("chats", parents=[common], help="list stored chats")
    chats.set_defaults(handler=_chats)

    search = commands.add_parser("search", parents=[common], help="full-text search of messages")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(handler=_search)

    tasks = commands.add_parser("tasks", parents=[common], help="list stored tasks")
    tasks.add_argument("--state", choices=["suggested", "confirmed", "rejected"])
    tasks.add_argument("--status", choices=["open", "done", "cancelled"])
    tasks.set_defaults(handler=_tasks)

    export = commands.add_parser("export", parents=[common], help="write stored messages out")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument("--chat", help="only this chat (name)")
    export.add_argument("--out", help="output file (default: standard output)")
    export.set_defaults(handler=_export)
    from engine.sync.cli import add_commands as add_sync_commands

    add_sync_commands(commands, common)
    from engine.ingest.web.cli import add_commands as add_live_commands

    add_live_commands(commands, common)
    return parser


def _date_order_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date-order",
        choices=["DMY", "MDY", "YMD"],
        default=None,
        help="override the day/month order read from the file",
    )


def _parse(args: argparse.Namespace) -> int:
    out = sys.stdout
    with open_export(args.file, date_order=args.date_order) as export:
        for message in export.messages():
            if args.jsonl:
                out.write(json.dumps(message.to_json(), ensure_ascii=False))
                out.write("\n")
            else:
                who = message.author or "·"
                out.write(f"{message.timestamp:%Y-%m-%d %H:%M}  {who}: {message.text}\n")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from engine.core.settings import Settings
    from engine.nlp.extract import extract_file, task_json

    settings = Settings.load()
    languages = args.languages.split(",") if args.languages else settings.languages
    chat, tasks = extract_file(args.file, timezone=args.timezone or settings.timezone,
                               languages=languages)
    for task in tasks:
        if args.jsonl:
            sys.stdout.write(json.dumps(task_json(task, chat), ensure_ascii=False) + "\n")
        else:
            due = task.due_text() or "no due date"
            sys.stdout.write(f"[{task.status:9}] {task.title} — {task.assignee or 'anyone'}, {due}"
                             f" ({task.priority}, {task.category})\n")
    return 0


def _engine(args: argparse.Namespace) -> Engine:
    """The Engine over `--db`; use it in a `with` block so it is closed when done."""
    from engine.core.engine import Engine

    return Engine.open(args.db)


def _import(args: argparse.Namespace) -> int:
    with _engine(args) as engine:
        for path in args.paths:
            progress = _ProgressBar(path, sys.stderr) if sys.stderr.isatty() else None
            result = engine.import_export(
                path,
                date_order=args.date_order,
                chat_name=args.chat,
                timezone=args.timezone,
                progress=progress,
            )
            if progress is not None:
                progress.close()
            print(
                f"{path}: chat '{result.chat_name}': {result.messages} messages read, "
                f"{result.new_messages} new, {result.duplicates} already stored"
                f" (dates read {result.date_order}); {result.new_tasks} new suggested tasks"
            )
            for line in result.replaced_lines[:5]:
                print(f"{path}:{line}: warning: invalid UTF-8 bytes replaced", file=sys.stderr)
    return 0


class _ProgressBar:
    """A one-line progress bar on a terminal."""

    def __init__(self, label: str, stream: TextIO) -> None:
        self.label = label
        self.stream = stream

    def __call__(self, done: int, total: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        percent = 100 * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label[-40:]} [{bar}] {percent:3d}%")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")


def _chats(args: argparse.Namespace) -> int:
    from engine.store.readers import list_chats

    with _engine(args) as engine:
        for chat in list_chats(engine.db):
            first = f"{chat.first_at:%Y-%m-%d}" if chat.first_at else "-"
            last = f"{chat.last_at:%Y-%m-%d}" if chat.last_at else "-"
            print(
                f"{chat.id:>4}  {chat.name}  ({chat.message_count} messages, {first} – {last},"
                f" {chat.timezone})"
            )
    return 0


def _search(args: argparse.Namespace) -> int:
    from engine.store.fts import SNIPPET_MARKS
    from engine.store.readers import search_messages

    with _engine(args) as engine:
        for hit in search_messages(engine.db, args.query, limit=args.limit):
            who = hit.author or "·"
            snippet = hit.snippet.replace(SNIPPET_MARKS[0], "[").replace(SNIPPET_MARKS[1], "]")
            print(f"{hit.sent_at:%Y-%m-%d %H:%M}  [{hit.chat_name}] {who}: {snippet}")
    return 0


def _tasks(args: argparse.Namespace) -> int:
    from engine.store.readers import list_tasks

    with _engine(args) as engine:
        rows = list_tasks(engine.db, state=args.state, status=args.status, limit=10_000)
        if not rows:
            print("no tasks stored yet")
        for task in rows:
            due = "no due date"
            if task.due_at is not None:
                local = task.due_at.astimezone(engine.settings.zone())
                due = f"{local:%Y-%m-%d %H:%M}" if task.due_has_time else f"{local:%Y-%m-%d}"
            who = task.assignee or "anyone"
            print(f"[{task.status:9}] {task.title}  — {who}, {due} ({task.priority}, {task.state})")
    return 0


def _export(args: argparse.Namespace) -> int:
    from engine.store.readers import iter_messages_for_export, list_chats

    target: AbstractContextManager[TextIO] = nullcontext(sys.stdout)
    if args.out:
        target = open(args.out, "w", encoding="utf-8", newline="")  # noqa: SIM115
    with target as out, _engine(args) as engine:
        chat_id = None
        if args.chat:
            matches = [c for c in list_chats(engine.db) if c.name == args.chat]
            if not matches:
                raise ChatTasksError(f"no chat named {args.chat!r} (see `chattasks chats`)")
            chat_id = matches[0].id
        items = (
            {"chat": row.chat_name, "timestamp": row.sent_at.isoformat(), "author": row.author,
             "kind": row.kind, "text": row.text, "media": row.media_name}
            for row in iter_messages_for_export(engine.db, chat_id=chat_id)
        )  # fmt: skip
        if args.format == "csv":
            writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
            writer.writeheader()
            writer.writerows(items)
        else:
            out.write("[\n")
            for index, item in enumerate(items):
                out.write(("" if index == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
            out.write("\n]\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
