"""`chattasks connectors route add|list|remove`: which tasks go to which account."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from engine.core.errors import ChatTasksError
from engine.store import Database
from engine.sync import store
from engine.sync.store import RouteRow

MODES = ("personal", "business", "hybrid")
PRIORITIES = ("urgent", "high", "normal", "low")
Handler = Callable[[argparse.Namespace], int]


def add_route_commands(actions: Any, common: argparse.ArgumentParser,
                       service: Callable[[argparse.Namespace], Any]) -> None:
    """Add `route` under `connectors`; `service(args)` opens the SyncService context."""
    route = actions.add_parser("route", parents=[common],
                               help="routing rules: which tasks go to which account")
    verbs = route.add_subparsers(dest="verb", required=True, metavar="VERB")
    add = verbs.add_parser("add", parents=[common], help="send matching tasks to an account")
    add.add_argument("account", help="account id or label")
    add.add_argument("--mode", choices=MODES, help="only chats of this mode")
    add.add_argument("--chat", help="only this chat (id or name)")
    add.add_argument("--category", help="only tasks of this category")
    add.add_argument("--assignee", help="only tasks for this person")
    add.add_argument("--priority", choices=PRIORITIES, help="only tasks of this priority")
    add.add_argument("--target", help="where in the account (calendar, list...; see its targets)")
    add.set_defaults(handler=lambda args: _add(args, service))
    listing = verbs.add_parser("list", parents=[common], help="the rules, in evaluation order")
    listing.add_argument("account", nargs="?", help="only this account")
    listing.set_defaults(handler=lambda args: _list(args, service))
    remove = verbs.add_parser("remove", parents=[common], help="delete a rule by its number")
    remove.add_argument("rule", type=int, help="rule number from `route list`")
    remove.set_defaults(handler=lambda args: _remove(args, service))


def chat_id(db: Database, ref: str) -> int:
    """The id of the chat with id or name `ref`."""
    with db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id FROM chats WHERE CAST(id AS TEXT) = ? OR name = ? ORDER BY id",
            (ref, ref)).all()
    if len(rows) != 1:
        problem = "no chat" if not rows else "several chats are"
        raise ChatTasksError(f"{problem} called {ref!r} (use the chat id)")
    return int(rows[0][0])


def describe(route: RouteRow, chats: dict[int, str] | None = None) -> str:
    """One line for a rule: its criteria, or 'every confirmed task'."""
    parts = []
    if route.mode:
        parts.append(f"mode {route.mode}")
    if route.chat_id is not None:
        parts.append(f"chat {(chats or {}).get(route.chat_id, route.chat_id)}")
    for name in ("category", "assignee", "priority"):
        value = getattr(route, name)
        if value:
            parts.append(f"{name} {value}")
    text = ", ".join(parts) or "every confirmed task"
    if route.target:
        text += f" -> {route.target}"
    return text if route.enabled else text + " (off)"


def chat_names(db: Database) -> dict[int, str]:
    """Chat names by id, for describing rules."""
    with db.connect() as conn:
        return {int(row[0]): str(row[1])
                for row in conn.exec_driver_sql("SELECT id, name FROM chats").all()}


def _add(args: argparse.Namespace, service: Callable[[argparse.Namespace], Any]) -> int:
    with service(args) as sync:
        account = store.find_account(sync.db, args.account)
        route = RouteRow(0, account.id, mode=args.mode,
                         chat_id=None if args.chat is None else chat_id(sync.db, args.chat),
                         category=args.category, assignee=args.assignee,
                         priority=args.priority, target=args.target)
        route_id = store.add_route(sync.db, route)
        print(f"rule {route_id}: {account.label} gets {describe(route, chat_names(sync.db))}")
    return 0


def _list(args: argparse.Namespace, service: Callable[[argparse.Namespace], Any]) -> int:
    with service(args) as sync:
        accounts = {a.id: a for a in store.list_accounts(sync.db)}
        only = None if args.account is None else store.find_account(sync.db, args.account).id
        routes = store.list_routes(sync.db, only)
        names = chat_names(sync.db)
        if not routes:
            print("no routing rules: tasks go nowhere (`chattasks connectors route add`)")
        for route in routes:
            print(f"  {route.id:>3}  {accounts[route.account_id].label}: {describe(route, names)}")
    return 0


def _remove(args: argparse.Namespace, service: Callable[[argparse.Namespace], Any]) -> int:
    with service(args) as sync:
        route = store.remove_route(sync.db, args.rule)
        print(f"removed rule {route.id} ({describe(route, chat_names(sync.db))})")
    return 0
