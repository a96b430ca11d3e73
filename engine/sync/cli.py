"""`chattasks connectors` (list, add, test, remove, route) and `chattasks sync`."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from engine.core.errors import ChatTasksError
from engine.sync import outbox, store
from engine.sync.registry import Registry
from engine.sync.routes_cli import add_route_commands
from engine.sync.secrets import KeyringSecretStore
from engine.sync.service import SyncService


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the `connectors` and `sync` sub-commands to the main parser's sub-parsers."""
    connectors = commands.add_parser("connectors", parents=[common],
                                     help="list, add, test and remove sync connectors")
    actions = connectors.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="available connectors, accounts")
    listing.set_defaults(handler=_list)
    add = actions.add_parser("add", parents=[common], help="add an account of a connector")
    add.add_argument("connector", help="connector id (see `connectors list`)")
    add.add_argument("--label", help="account name (default: the connector id)")
    add.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                     help="a setting; secrets are asked for, or read from --secret-env")
    add.add_argument("--secret-env", action="append", default=[], metavar="NAME=ENVVAR",
                     help="read a secret setting from an environment variable")
    add.add_argument("--no-route", action="store_true",
                     help="do not send every confirmed task to it (add rules later)")
    add.set_defaults(handler=_add)
    test = actions.add_parser("test", parents=[common], help="check an account's connection")
    test.add_argument("account", help="account id or label")
    test.set_defaults(handler=_test)
    remove = actions.add_parser("remove", parents=[common], help="forget an account")
    remove.add_argument("account", help="account id or label")
    remove.set_defaults(handler=_remove)
    add_route_commands(actions, common, _service)

    sync = commands.add_parser("sync", parents=[common],
                               help="deliver queued changes and pull remote ones")
    sync.add_argument("account", nargs="?", help="only this account (id or label)")
    sync.add_argument("--push-only", action="store_true")
    sync.add_argument("--pull-only", action="store_true")
    sync.set_defaults(handler=_sync)


@contextmanager
def _service(args: argparse.Namespace) -> Iterator[SyncService]:
    from engine.core.engine import Engine

    with Engine.open(args.db) as engine:
        registry = Registry.discover()
        for problem in registry.problems:
            print(f"chattasks: warning: {problem}")
        yield SyncService(engine.db, registry, KeyringSecretStore(), engine.clock,
                          timezone=engine.settings.timezone)


def _list(args: argparse.Namespace) -> int:
    with _service(args) as service:
        print("connectors:")
        for spec in service.registry.specs():
            manifest = spec.manifest
            print(f"  {manifest.id:<10} {manifest.name} ({manifest.kind}; auth {manifest.auth};"
                  f" {', '.join(manifest.capabilities)})")
        accounts = store.list_accounts(service.db)
        print("accounts:" if accounts else "no accounts yet (`chattasks connectors add ID`)")
        for account in accounts:
            counts = outbox.counts(service.db, account.id)
            last = f"{account.last_sync_at:%Y-%m-%d %H:%M}" if account.last_sync_at else "never"
            print(f"  {account.id:>3}  {account.label} [{account.connector}] {account.status},"
                  f" last sync {last}, {counts.get('pending', 0)} pending,"
                  f" {counts.get('failed', 0)} failed")
            if account.last_error:
                print(f"       last error: {account.last_error}")
        print(service.secrets.status)
    return 0


def _pairs(items: list[str], what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ChatTasksError(f"{what} must look like NAME=VALUE, not {item!r}")
        pairs[name.strip()] = value
    return pairs


def _add(args: argparse.Namespace) -> int:
    with _service(args) as service:
        manifest = service.registry.get(args.connector).manifest
        values: dict[str, object] = dict(_pairs(args.set, "--set"))
        for name, variable in _pairs(args.secret_env, "--secret-env").items():
            if variable not in os.environ:
                raise ChatTasksError(f"environment variable {variable} is not set")
            values[name] = os.environ[variable]
        for item in manifest.settings:
            if item.secret and item.name not in values and item.required:
                values[item.name] = getpass.getpass(f"{item.label}: ")
        label = args.label or manifest.id
        account_id = service.add_account(manifest.id, label, values,
                                         route_all=not args.no_route)
        print(f"added account {account_id} '{label}' ({manifest.name});"
              f" test it with `chattasks connectors test {account_id}`")
    return 0


def _test(args: argparse.Namespace) -> int:
    with _service(args) as service:
        print(service.test(args.account))
    return 0


def _remove(args: argparse.Namespace) -> int:
    with _service(args) as service:
        account = service.remove_account(args.account)
        print(f"removed account '{account.label}' with its secrets, links and queued changes")
    return 0


def _sync(args: argparse.Namespace) -> int:
    with _service(args) as service:
        reports = service.run(args.account, push=not args.pull_only, pull=not args.push_only)
        if not reports:
            print("no accounts to sync")
        failed = False
        for report in reports:
            print(f"{report.account}: {report.status}; {report.queued} queued,"
                  f" {report.delivered} delivered, {report.retrying} to retry,"
                  f" {report.failed} failed, {report.pulled} changes pulled,"
                  f" {report.conflicts} conflicts kept local")
            if report.error:
                print(f"  {report.error}")
            failed = failed or report.status != "ok"
    return 1 if failed else 0
