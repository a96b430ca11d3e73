"""`chattasks live link|status|run|unlink`: the live reader without the GUI."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.ingest.web.accounts import Account, LiveAccounts
from engine.ingest.web.states import LiveState, StateReport

if TYPE_CHECKING:
    from engine.core.engine import Engine
    from engine.ingest.web.reader import LiveOptions
    from engine.ingest.web.sink import StoreResult


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `live` and its sub-commands to the `chattasks` sub-parsers."""
    live = commands.add_parser("live", parents=[common], help="read WhatsApp Web live")
    actions = live.add_subparsers(dest="live_command", required=True, metavar="ACTION")
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--accounts-dir", type=Path, help=argparse.SUPPRESS)
    shared.add_argument("--url", help=argparse.SUPPRESS)  # tests point it at a local fixture
    shared.add_argument("--browser", help="browser path or channel (default: the installed one)")
    shared.add_argument("--show", action="store_true", help="show the browser window")

    link = actions.add_parser("link", parents=[common, shared], help="link an account (QR code)")
    link.add_argument("name", help="a name for the account, e.g. 'personal'")
    link.add_argument("--chat", action="append", default=[], help="consent to reading this chat")
    link.add_argument("--locale", default="en-GB", help="browser locale (sets D/M or M/D dates)")
    link.add_argument("--qr-file", type=Path, help="write each QR code as a PNG here")
    link.add_argument("--timeout", type=float, default=300.0)
    link.set_defaults(handler=_link)

    status = actions.add_parser("status", parents=[common, shared], help="list linked accounts")
    status.set_defaults(handler=_status)

    run = actions.add_parser("run", parents=[common, shared], help="read consented chats")
    run.add_argument("name")
    run.add_argument("--chat", action="append", default=[], help="add a chat to the consent list")
    run.add_argument("--for", dest="seconds", type=float, help="stop after this many seconds")
    run.set_defaults(handler=_run)

    unlink = actions.add_parser("unlink", parents=[common, shared], help="log out and delete")
    unlink.add_argument("name")
    unlink.set_defaults(handler=_unlink)


def _accounts(args: argparse.Namespace) -> LiveAccounts:
    return LiveAccounts(args.accounts_dir)


def _find(args: argparse.Namespace) -> Account:
    accounts = _accounts(args)
    for account in accounts.list():
        if args.name in (account.id, account.info().get("name")):
            return account
    return accounts.get(args.name)


def _open_engine(args: argparse.Namespace) -> Engine:
    from engine.core.engine import Engine

    return Engine.open(args.db)


def _options(args: argparse.Namespace) -> LiveOptions:
    from engine.ingest.web.reader import LiveOptions

    return LiveOptions(url=args.url, browser=args.browser, headless=not args.show)


def _print_state(report: StateReport) -> None:
    part = f" ({report.part})" if report.part else ""
    print(f"state: {report.state.value}{part} — {report.explanation} {report.action}", flush=True)


def _print_stored(title: str, result: StoreResult) -> None:
    print(
        f"{title}: {result.new} new, {result.edited} edited, {result.deleted} deleted;"
        f" {result.new_tasks} new suggested tasks",
        flush=True,
    )


def _link(args: argparse.Namespace) -> int:
    from engine.ingest.web.reader import LiveReader

    accounts = _accounts(args)
    try:
        account = _find(args)
    except Exception:  # noqa: BLE001 - a new name creates the account
        account = accounts.create(args.name, locale=args.locale)
    if args.chat:
        account.set_consent(account.consented_chats() + args.chat)

    async def body() -> int:
        with _open_engine(args) as engine:
            async with LiveReader(
                engine, account, options=_options(args), on_state=_print_state
            ) as reader:
                async for code in reader.qr_codes():
                    if code.expired:
                        print("the QR code expired; run `chattasks live link` again")
                        return 1
                    if args.qr_file and code.png:
                        args.qr_file.write_bytes(code.png)
                    print(f"qr: {code.ref}", flush=True)
                report = await reader.wait_for(LiveState.CONNECTED, timeout=args.timeout)
                if report.state is not LiveState.CONNECTED:
                    return 1
                for chat in await reader.chats():
                    mark = "x" if account.allows(chat.title) else " "
                    print(f"[{mark}] {chat.title}")
        print(f"linked '{account.id}'; consent: {', '.join(account.consented_chats()) or 'none'}")
        return 0

    return asyncio.run(body())


def _status(args: argparse.Namespace) -> int:
    accounts = _accounts(args).list()
    if not accounts:
        print("no live accounts; add one with `chattasks live link NAME`")
    for account in accounts:
        info = account.info()
        lock = account.lock()
        try:
            lock.acquire()
            running = "idle"
            lock.release()
        except Exception:  # noqa: BLE001 - held by a running reader
            running = "running"
        linked = "linked" if info.get("linked") else "not linked"
        chats = ", ".join(account.consented_chats()) or "no chats chosen"
        print(f"{account.id}: {info.get('name')} — {linked}, {running}; reads: {chats}")
    return 0


def _run(args: argparse.Namespace) -> int:
    from engine.ingest.web.reader import LiveReader

    account = _find(args)
    if args.chat:
        account.set_consent(account.consented_chats() + args.chat)

    async def body() -> int:
        with _open_engine(args) as engine:
            async with LiveReader(
                engine,
                account,
                options=_options(args),
                on_state=_print_state,
                on_stored=_print_stored,
            ) as reader:
                stop = asyncio.Event()
                if args.seconds:
                    asyncio.get_running_loop().call_later(args.seconds, stop.set)
                await reader.run(stop)
        return 0

    return asyncio.run(body())


def _unlink(args: argparse.Namespace) -> int:
    from engine.ingest.web.reader import unlink

    account = _find(args)

    async def body() -> bool:
        with _open_engine(args) as engine:
            return await unlink(engine, _accounts(args), account, options=_options(args))

    logged_out = asyncio.run(body())
    if not logged_out:
        print(
            "could not log out on the page; remove the device on your phone under Linked devices",
            file=sys.stderr,
        )
    print(f"unlinked '{account.id}': browser profile deleted")
    return 0
