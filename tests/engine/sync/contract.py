"""The shared connector contract: one table of cases, each a connector against a real local server.

A case says how to configure the connector and how to look at (and edit) the remote side; the
steps in test_contract.py run unchanged for every case. To add a connector, add a Case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
import icalendar
import pytest

from engine.sync.connectors.caldav import CONNECTOR as CALDAV
from engine.sync.ical import task_uid


@dataclass
class RemoteView:
    """How a test sees the remote side of one configured account."""

    settings: dict[str, Any]
    items: Callable[[], dict[int, dict[str, Any]]]
    """task id -> {'title', 'status'} of what exists remotely (deliveries for push-only ones)."""
    break_auth: Callable[[], None]
    edit: Callable[[int, str, datetime | None, datetime], None] | None = None
    """edit(task_id, status, due, modified_at) changes the item remotely, if the tool can."""


@dataclass(frozen=True)
class Case:
    """One connector in the contract table."""

    id: str
    connector: str
    setup: Callable[[pytest.FixtureRequest], RemoteView]


def _caldav(request: pytest.FixtureRequest) -> RemoteView:
    server = request.getfixturevalue("radicale")

    def items() -> dict[int, dict[str, Any]]:
        found: dict[int, dict[str, Any]] = {}
        with server.client() as client:
            listing = client.request("PROPFIND", server.calendar, headers={"Depth": "1"})
            for href in sorted(set(_hrefs(listing.text))):
                text = client.get(server.base + href).content
                todo = next(c for c in icalendar.Calendar.from_ical(text).walk()
                            if c.name in ("VTODO", "VEVENT"))
                task_id = int(str(todo["uid"]).split("-")[2])
                found[task_id] = {"title": str(todo["summary"]),
                                  "status": str(todo.get("status", ""))}
        return found

    def edit(task_id: int, status: str, due: datetime | None, modified: datetime) -> None:
        uid = task_uid(task_id, 1)
        url = f"{server.calendar}{uid}.ics"
        with server.client() as client:
            calendar = icalendar.Calendar.from_ical(client.get(url).content)
            todo = next(c for c in calendar.walk() if c.name == "VTODO")
            todo["status"] = {"done": "COMPLETED", "open": "NEEDS-ACTION"}[status]
            if due is not None:
                todo.pop("due", None)
                todo.add("due", due)
            todo.pop("last-modified", None)
            todo.add("last-modified", modified)
            assert client.put(url, content=calendar.to_ical()).status_code in (201, 204)

    def break_auth() -> None:
        server.htpasswd.write_text("anna:a-new-password\n")

    settings = {"url": server.calendar, "username": server.user, "password": server.password}
    return RemoteView(settings, items, break_auth, edit)


def _hrefs(xml: str) -> list[str]:
    import re

    return [h for h in re.findall(r"<(?:\w+:)?href>([^<]+\.ics)</", xml)]


def _webhook(request: pytest.FixtureRequest) -> RemoteView:
    receiver = request.getfixturevalue("webhook_receiver")
    store = request.getfixturevalue("memory_keyring")

    def items() -> dict[int, dict[str, Any]]:
        state: dict[int, dict[str, Any]] = {}
        for payload in receiver.received:
            if "task" in payload:
                task = payload["task"]
                state[task["id"]] = {"title": task["title"],
                                     "status": {"done": "COMPLETED"}.get(task["status"],
                                                                        "NEEDS-ACTION"),
                                     "events": [*state.get(task["id"], {}).get("events", []),
                                                payload["event"]]}
        return state

    def break_auth() -> None:
        for key in list(store.items):
            if key[1].endswith(":signing_secret"):
                store.items[key] = "rotated-elsewhere"

    settings = {"url": receiver.url, "signing_secret": receiver.secret.decode()}
    return RemoteView(settings, items, break_auth)


CASES = [
    Case("caldav", CALDAV.manifest.id, _caldav),
    Case("webhook", "webhook", _webhook),
]
"""Every connector the contract runs against (cloud connectors add theirs here)."""


class FlakyTransport(httpx.BaseTransport):
    """A real network transport that first answers with scripted failures (429, 5xx, timeouts)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.script: list[int | str] = []
        self.retry_after: str | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.script:
            step = self.script.pop(0)
            if step == "timeout":
                raise httpx.ReadTimeout("scripted timeout", request=request)
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return httpx.Response(int(step), headers=headers, request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()
