"""The sync service: accounts in, outbox out, remote changes back; one call per CLI command."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from engine.core.clock import Clock
from engine.store import Database
from engine.sync import outbox, store
from engine.sync.delivery import deliver_entry
from engine.sync.errors import (
    NoSecureKeyringError,
    ReconnectNeededError,
    RemoteError,
    SettingsError,
    SyncError,
)
from engine.sync.http import HttpClient, RetryPolicy, Sleeper
from engine.sync.planner import plan_account
from engine.sync.protocols import CanTest, ConnectorContext, ConnectorSpec
from engine.sync.pull import pull_account
from engine.sync.registry import Registry
from engine.sync.secrets import Secret, SecretStore, redact
from engine.sync.store import AccountRow, RouteRow

log = logging.getLogger(__name__)


@dataclass(slots=True)
class AccountReport:
    """What one sync run did for one account."""

    account: str
    queued: int = 0
    delivered: int = 0
    retrying: int = 0
    failed: int = 0
    pulled: int = 0
    conflicts: int = 0
    status: str = "ok"
    error: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class HttpOptions:
    """How connectors' HTTP clients are built (tests inject a sleeper and short policies)."""

    policy: RetryPolicy = RetryPolicy()
    sleeper: Sleeper | None = None
    transport: httpx.BaseTransport | None = None


class SyncService:
    """Connector accounts over one database, secret store, registry and clock."""

    def __init__(self, db: Database, registry: Registry, secrets: SecretStore, clock: Clock,
                 *, timezone: str = "UTC", http: HttpOptions | None = None) -> None:
        self.db = db
        self.registry = registry
        self.secrets = secrets
        self.clock = clock
        self.timezone = timezone
        self.http = http or HttpOptions()

    def add_account(self, connector_id: str, label: str, values: Mapping[str, object],
                    *, route_all: bool = True) -> int:
        """Validate settings, keep secrets in the keyring, store the rest; returns the id."""
        manifest = self.registry.get(connector_id).manifest
        cleaned = manifest.clean(values)
        secret_values = {name: cleaned.pop(name) for name in manifest.secret_names
                         if name in cleaned}
        if secret_values and not self.secrets.available:
            raise NoSecureKeyringError(self.secrets.status)
        account_id = store.add_account(self.db, connector_id, label, cleaned, self.clock.now())
        try:
            for name, value in secret_values.items():
                secret = value if isinstance(value, Secret) else Secret(str(value))
                self.secrets.set(account_id, name, secret)
        except BaseException:
            store.remove_account(self.db, account_id)
            raise
        if route_all:
            store.add_route(self.db, RouteRow(0, account_id))
        return account_id

    def remove_account(self, ref: str | int) -> AccountRow:
        """Forget an account, its secrets, routes, links and queued changes."""
        account = store.find_account(self.db, ref)
        manifest = self.registry.get(account.connector).manifest
        for name in manifest.secret_names:
            self.secrets.delete(account.id, name)
        store.remove_account(self.db, account.id)
        return account

    def spec_of(self, account: AccountRow) -> ConnectorSpec:
        """The connector an account uses."""
        return self.registry.get(account.connector)

    def secrets_of(self, account: AccountRow) -> dict[str, Secret]:
        """The account's secrets from the keyring."""
        found: dict[str, Secret] = {}
        for name in self.spec_of(account).manifest.secret_names:
            value = self.secrets.get(account.id, name)
            if value is not None:
                found[name] = value
        return found

    def open(self, account: AccountRow, target: str | None = None) -> tuple[object, HttpClient]:
        """A live connector instance for an account, with its HTTP client (close it after)."""
        spec = self.spec_of(account)
        secrets = self.secrets_of(account)
        missing = [item.label for item in spec.manifest.settings
                   if item.secret and item.required and item.name not in secrets]
        if missing:
            raise ReconnectNeededError(
                f"{account.label}: {', '.join(missing)} not found in the keyring; reconnect")
        options: dict[str, Any] = {"policy": self.http.policy, "transport": self.http.transport,
                                   "secrets": secrets.values(), "clock": self.clock.now}
        if self.http.sleeper is not None:
            options["sleeper"] = self.http.sleeper
        client = HttpClient(spec.manifest, **options)
        revealed = {name: value.reveal() for name, value in secrets.items()}
        settings = spec.manifest.clean({**account.settings, **revealed})
        for name in spec.manifest.secret_names:
            settings.pop(name, None)  # connectors read secrets from `context.secrets` only
        context = ConnectorContext(account.id, settings, secrets, client, self.clock,
                                   target=target, extra={"timezone": self.timezone})
        try:
            return spec.factory(context), client
        except BaseException:
            client.close()
            raise

    def test(self, ref: str | int) -> str:
        """Check an account's connection; the outcome is stored as its status."""
        account = store.find_account(self.db, ref)
        try:
            connector, client = self.open(account)
            try:
                if not isinstance(connector, CanTest):
                    return f"{account.label}: {self.spec_of(account).manifest.name} has no test"
                message = connector.test()
            finally:
                client.close()
        except SyncError as error:
            self._record(account, error)
            raise
        with self.db.begin() as conn:
            store.set_status(conn, account.id, "ok", None, None)
        return message

    def run(self, ref: str | int | None = None, *, push: bool = True,
            pull: bool = True) -> list[AccountReport]:
        """Queue changes, deliver the outbox and pull remote changes, account by account."""
        accounts = (store.list_accounts(self.db) if ref is None
                    else [store.find_account(self.db, ref)])
        return [self._run_one(account, push=push, pull=pull) for account in accounts
                if account.status != "disabled"]

    def _run_one(self, account: AccountRow, *, push: bool, pull: bool) -> AccountReport:
        report = AccountReport(account.label)
        try:
            connector, client = self.open(account)
        except SyncError as error:
            return self._fail(account, report, error)
        try:
            # Pull first: a remote edit is weighed against local edits before they overwrite it.
            if pull:
                report.pulled, report.conflicts = pull_account(self, account, connector)
            if push:
                report.queued = plan_account(self, account, connector)
                self._deliver(account, connector, report)
        except ReconnectNeededError as error:
            return self._fail(account, report, error)
        except RemoteError as error:
            return self._fail(account, report, error)
        finally:
            client.close()
        status = "error" if report.retrying or report.failed else "ok"
        last = None
        if status == "error":
            last = next((e.last_error for e in outbox.pending(self.db, account.id)
                         if e.last_error), None)
        with self.db.begin() as conn:
            store.set_status(conn, account.id, status, last, self.clock.now())
        report.status, report.error = status, last
        return report

    def _deliver(self, account: AccountRow, connector: object, report: AccountReport) -> None:
        # Entries of one task go one per round, in order; keep going while rounds settle
        # entries, so a task's second notice does not wait for the next sync.
        while True:
            settled = 0
            for entry in outbox.ready(self.db, account.id, self.clock.now()):
                outcome = deliver_entry(self, account, connector, entry)
                setattr(report, outcome, getattr(report, outcome) + 1)
                settled += outcome != "retrying"
            if not settled:
                return

    def _fail(self, account: AccountRow, report: AccountReport, error: SyncError) -> AccountReport:
        report.status, report.error = self._record(account, error), str(error)
        return report

    def _record(self, account: AccountRow, error: SyncError) -> str:
        status = "reconnect" if isinstance(error, ReconnectNeededError) else "error"
        message = self.mask(account, str(error))
        with self.db.begin() as conn:
            store.set_status(conn, account.id, status, message, self.clock.now())
        log.warning("%s: %s", account.label, message)
        if isinstance(error, SettingsError):
            return "error"
        return status

    def mask(self, account: AccountRow, text: str) -> str:
        """`text` with the account's secrets masked."""
        return redact(text, self.secrets_of(account).values())
