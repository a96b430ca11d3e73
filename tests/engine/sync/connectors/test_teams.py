"""The Teams connector posts an Adaptive Card through Apprise's Workflows plugin (HTTPS only) to a
local HTTPS server with a certificate made in the test; the card is checked against the
Adaptive Card 1.5 JSON Schema."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest

from engine.store import Database
from engine.sync.errors import RemoteUnavailableError
from engine.sync.service import SyncService
from tests.engine.sync.conftest import insert_task
from tests.engine.sync.fakes.openapi_check import SPECS

from .conftest import Certificate

WORKFLOW, SIGNATURE = "a1b2c3d4e5f6", "sig-Zx9-secret"
CARD = "application/vnd.microsoft.card.adaptive"


@dataclass
class Workflow:
    """A Teams Workflows trigger on https://127.0.0.1: records cards, lists what was wrong."""

    url: str = ""
    cards: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def texts(self) -> list[list[str]]:
        return [[item["text"] for item in card["body"]] for card in self.cards]


def _check(workflow: Workflow, path: str, body: bytes, validator: Any) -> bool:
    parts = urlsplit(path)
    query = {key: value[0] for key, value in parse_qs(parts.query).items()}
    if parts.path != f"/workflows/{WORKFLOW}/triggers/manual/paths/invoke":
        workflow.problems.append(f"path {parts.path}")
    if query.get("sig") != SIGNATURE or query.get("sp") != "/triggers/manual/run" \
            or not query.get("api-version"):
        workflow.problems.append(f"query {sorted(query)}")
        return False
    payload = json.loads(body)
    if payload.get("type") != "message" or len(payload.get("attachments", [])) != 1:
        workflow.problems.append("not one message attachment")
        return False
    attachment = payload["attachments"][0]
    if attachment.get("contentType") != CARD:
        workflow.problems.append(f"contentType {attachment.get('contentType')}")
    workflow.problems += [f"card: {error.message}" for error in
                          validator.iter_errors(attachment["content"])]
    workflow.cards.append(attachment["content"])
    return True


@pytest.fixture
def workflow(loopback_certificate: Certificate) -> Iterator[Workflow]:
    schema = json.loads((SPECS / "teams-adaptive-card-1.5.schema.json").read_text("utf-8"))
    # Fix-up: `msteams` is the Teams host's documented card extension ("Format cards in
    # Teams": full width, mentions); the generic schema forbids unknown keys, so declare it.
    schema["definitions"]["AdaptiveCard"]["properties"]["msteams"] = {
        "type": "object", "additionalProperties": False,
        "properties": {"width": {"enum": ["full", "Full"]}, "entities": {"type": "array"}}}
    validator = jsonschema.Draft6Validator(schema)
    info = Workflow()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def do_POST(self) -> None:  # noqa: N802
            info.paths.append(self.path)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            accepted = _check(info, self.path, body, validator)
            self.send_response(202 if accepted else 400)
            self.send_header("Content-Length", "0")
            self.end_headers()

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(loopback_certificate.cert, loopback_certificate.key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    port = server.server_port
    info.url = (f"https://127.0.0.1:{port}/workflows/{WORKFLOW}/triggers/manual/paths/invoke"
                f"?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={SIGNATURE}")
    yield info
    server.shutdown()
    server.server_close()


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch, loopback_certificate: Certificate) -> None:
    """requests (under Apprise) trusts exactly the test's certificate."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(loopback_certificate.cert))


def test_connectors_test_posts_one_valid_card_to_the_workflow(
    db: Database, make_service: Callable[..., SyncService], workflow: Workflow, trusted: None,
    connections: list[tuple[str, int]],
) -> None:
    service = make_service(db)
    service.add_account("teams", "channel", {"workflow_url": workflow.url})
    assert service.test("channel") == "test message sent to Teams"
    assert workflow.problems == []
    assert workflow.texts() == [["ChatTasks",
                                 "ChatTasks is connected: task notifications will arrive here."]]
    assert not any(item["type"] == "Image" for item in workflow.cards[0]["body"])
    assert len(workflow.paths) == 1
    assert {port for _, port in connections} == {urlsplit(workflow.url).port}


def test_overdue_notice_as_a_card(db: Database, make_service: Callable[..., SyncService],
                                  workflow: Workflow, trusted: None) -> None:
    from datetime import timedelta

    from tests.engine.sync.conftest import START

    service = make_service(db)
    service.add_account("teams", "channel", {"workflow_url": workflow.url,
                                             "digest_time": "23:00"})
    insert_task(db, "Pay the deposit", due=START - timedelta(hours=2))
    assert service.run()[0].delivered == 1
    assert workflow.texts() == [["Overdue: Pay the deposit",
                                 "• Pay the deposit, due 2026-03-02 08:00"]]
    assert workflow.problems == []


def test_an_untrusted_certificate_is_refused(
    db: Database, make_service: Callable[..., SyncService], workflow: Workflow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    service = make_service(db)
    service.add_account("teams", "channel", {"workflow_url": workflow.url})
    with pytest.raises(RemoteUnavailableError, match="Teams did not accept") as raised:
        service.test("channel")
    assert SIGNATURE not in str(raised.value)
    assert workflow.cards == []


def test_a_url_that_is_not_a_workflow_is_refused(
    db: Database, make_service: Callable[..., SyncService],
) -> None:
    from engine.sync.errors import SettingsError

    service = make_service(db)
    service.add_account("teams", "channel", {"workflow_url": "https://127.0.0.1:9/hook"})
    with pytest.raises(SettingsError, match="not a Workflows webhook URL"):
        service.test("channel")
