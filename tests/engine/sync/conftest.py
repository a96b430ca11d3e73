"""Sync test fixtures: a migrated database, an in-memory keyring, a movable clock, task factory,
and real local servers (Radicale for CalDAV, an HTTP receiver for webhooks)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import keyring.backend
import pytest

from engine.store import Database
from engine.sync.http import RetryPolicy
from engine.sync.registry import Registry
from engine.sync.secrets import KeyringSecretStore
from engine.sync.service import HttpOptions, SyncService

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring back-end in memory (keyring's plugin API), secure enough for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class StepClock:
    """A fixed clock the test moves forward explicitly."""

    def __init__(self, instant: datetime = START) -> None:
        self.instant = instant

    def now(self) -> datetime:
        return self.instant

    def advance(self, **delta: float) -> None:
        self.instant += timedelta(**delta)


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sync.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.close()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_service(memory_keyring: MemoryKeyring, clock: StepClock, sleeps: list[float]
                 ) -> Callable[..., SyncService]:
    """Factory: make_service(db, registry=None, transport=None) with no real sleeping."""

    def build(database: Database, registry: Registry | None = None,
              transport: httpx.BaseTransport | None = None) -> SyncService:
        options = HttpOptions(RetryPolicy(attempts=3, timeout=5.0), sleeps.append, transport)
        return SyncService(database, registry or Registry.discover(third_party=False),
                           KeyringSecretStore(memory_keyring), clock, timezone="Europe/Berlin",
                           http=options)

    return build


def insert_task(db: Database, title: str, *, due: datetime | None = None, has_time: bool = True,
                status: str = "open", state: str = "confirmed", assignee: str | None = None,
                category: str | None = None, priority: str = "normal",
                updated: datetime = START - timedelta(hours=1)) -> int:
    """A task row written directly (no other engine part needed)."""
    stamp = updated.strftime("%Y-%m-%d %H:%M:%S")
    due_text = None if due is None else due.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    with db.begin() as conn:
        return int(conn.exec_driver_sql(
            "INSERT INTO tasks (title, description, assignee, due_at, due_has_time, priority,"
            " category, status, state, origin, created_at, updated_at)"
            " VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, 'user', ?, ?) RETURNING id",
            (title, assignee, due_text, int(has_time), priority, category, status, state, stamp,
             stamp),
        ).scalar_one())


def edit_task(db: Database, task_id: int, when: datetime, **values: Any) -> None:
    """Change task columns as a local edit at `when`."""
    sets = ", ".join(f"{name} = ?" for name in values)
    params = [v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if isinstance(v, datetime) else v
              for v in values.values()]
    with db.begin() as conn:
        conn.exec_driver_sql(f"UPDATE tasks SET {sets}, updated_at = ? WHERE id = ?",
                             (*params, when.strftime("%Y-%m-%d %H:%M:%S"), task_id))


# --- Radicale --------------------------------------------------------------------------------


class _QuietWsgi(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@dataclass
class Radicale:
    """A real Radicale server on 127.0.0.1 with htpasswd (plain) auth."""

    base: str
    user: str
    password: str
    htpasswd: Path

    @property
    def calendar(self) -> str:
        return f"{self.base}/{self.user}/tasks/"

    def client(self) -> httpx.Client:
        return httpx.Client(auth=(self.user, self.password), timeout=10)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    import radicale as radicale_pkg
    import radicale.config

    htpasswd = tmp_path / "htpasswd"
    htpasswd.write_text("anna:calendar-pass-123\n")
    configuration = radicale.config.load()
    configuration.update({
        "storage": {"filesystem_folder": str(tmp_path / "collections")},
        "auth": {"type": "htpasswd", "htpasswd_filename": str(htpasswd),
                 "htpasswd_encryption": "plain"},
        "logging": {"level": "warning", "mask_passwords": "True"},
    }, "test", privileged=True)
    app = radicale_pkg.Application(configuration)
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_QuietWsgi)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    info = Radicale(f"http://127.0.0.1:{server.server_port}", "anna", "calendar-pass-123",
                    htpasswd)
    with info.client() as client:
        body = ('<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" '
                'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
                '<D:displayname>Tasks</D:displayname><C:supported-calendar-component-set>'
                '<C:comp name="VTODO"/><C:comp name="VEVENT"/></C:supported-calendar-component-set>'
                '</D:prop></D:set></C:mkcalendar>')
        assert client.request("MKCALENDAR", info.calendar, content=body).status_code == 201
    yield info
    server.shutdown()
    server.server_close()


# --- webhook receiver ------------------------------------------------------------------------


@dataclass
class WebhookReceiver:
    """A real HTTP server that checks the HMAC and drops repeated idempotency keys."""

    url: str
    secret: bytes
    received: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    """Responses to give before normal handling (status, headers), consumed in order."""
    rejected: int = 0

    @property
    def events(self) -> list[str]:
        return [item["event"] for item in self.received]


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver("", b"whsec-signing-key-42")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if receiver.script:
                status, headers = receiver.script.pop(0)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            stamp = self.headers["X-ChatTasks-Timestamp"]
            expected = "sha256=" + hmac.new(receiver.secret, stamp.encode() + b"." + body,
                                            hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, self.headers.get("X-ChatTasks-Signature", "")):
                receiver.rejected += 1
                self.send_response(401)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            key = self.headers["Idempotency-Key"]
            payload = json.loads(body)
            assert payload["id"] == key
            if key not in receiver.keys:
                receiver.keys.append(key)
                receiver.received.append(payload)
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    receiver.url = f"http://127.0.0.1:{server.server_port}/hooks/catch/123/abc-secret-path"
    yield receiver
    server.shutdown()
    server.server_close()
