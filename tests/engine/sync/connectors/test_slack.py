"""The Slack connector posts through Apprise's Web API mode (chat.postMessage, bot token) to a
local fake that checks every request against slack-web.oas3.json."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from werkzeug.wrappers import Request, Response

from engine.store import Database
from engine.sync import store
from engine.sync.errors import RemoteUnavailableError
from engine.sync.service import SyncService
from tests.engine.sync.conftest import insert_task
from tests.engine.sync.fakes import FakeSlack
from tests.engine.sync.fakes.openapi_check import OpenApiChecker
from tests.engine.sync.fakes.server import json_response
from tests.engine.sync.fakes.slack import FIXUPS

TOKEN = "xoxb-1111-2222-fakebotsecret"


def _json_arrays(document: dict[str, Any]) -> None:
    schema = document["paths"]["/chat.postMessage"]["post"]["requestBody"]["content"][
        "application/json"]["schema"]
    for name in ("attachments", "blocks"):
        schema["properties"][name] = {"type": "array", "items": {"type": "object"}}


class JsonSlack(FakeSlack):
    """FakeSlack as Slack answers JSON posts: attachments are arrays, and one of text,
    attachments or blocks is enough (Slack's own chat.postMessage reference says so)."""

    def __init__(self) -> None:
        super().__init__(token=TOKEN, channels=("#tasks",))
        self.checker = OpenApiChecker("slack-web.oas3.json", [*FIXUPS, (
            "application/json bodies take attachments/blocks as arrays (the file describes "
            "the form encoding, where they are JSON strings)", _json_arrays)])

    def _post_message(self, request: Request) -> Response:
        payload = self._payload(request)
        if payload.get("channel") not in self.channels:
            return json_response({"ok": False, "error": "channel_not_found"})
        if not (payload.get("text") or payload.get("attachments") or payload.get("blocks")):
            return json_response({"ok": False, "error": "no_text"})
        ts = f"{int(self.clock.now().timestamp())}.{len(self.messages) + 1:06d}"
        self.messages.append({**payload, "ts": ts})
        return json_response({"ok": True, "channel": "C0FAKE0001", "ts": ts,
                              "message": {"type": "message", "text": "", "ts": ts}})


@pytest.fixture
def slack() -> Iterator[JsonSlack]:
    with JsonSlack() as fake:
        yield fake


def _add(service: SyncService, slack: JsonSlack, token: str = TOKEN) -> int:
    return service.add_account("slack", "team", {"token": token, "channel": "#tasks",
                                                 "api_base": slack.url})


def _texts(slack: JsonSlack) -> list[tuple[str, str]]:
    return [(m["attachments"][0]["title"], m["attachments"][0]["text"]) for m in slack.messages]


def test_connectors_test_posts_once_to_the_configured_channel(
    db: Database, make_service: Callable[..., SyncService], slack: JsonSlack,
    connections: list[tuple[str, int]],
) -> None:
    service = make_service(db)
    _add(service, slack)
    assert service.test("team") == "test message sent to Slack"
    assert slack.violations == []
    posts = slack.requests_to("POST", "/api/chat.postMessage")
    assert len(slack.requests) == len(posts) == 1
    assert posts[0].headers["Authorization"] == f"Bearer {TOKEN}"
    body = posts[0].json()
    assert body["channel"] == "#tasks"
    assert "icon_url" not in body and "footer" not in body["attachments"][0]
    assert _texts(slack) == [("ChatTasks",
                              "ChatTasks is connected: task notifications will arrive here.")]
    assert {port for _, port in connections} == {int(slack.url.rsplit(":", 1)[1])}


def test_assigned_task_reaches_the_channel(
    db: Database, make_service: Callable[..., SyncService], slack: JsonSlack,
) -> None:
    service = make_service(db)
    _add(service, slack)
    insert_task(db, "Book the venue", assignee="Chloé")
    report = service.run()[0]
    assert (report.status, report.delivered) == ("ok", 1)
    assert _texts(slack) == [("New task for Chloé", "• Book the venue — Chloé")]
    assert slack.violations == []


def test_a_revoked_token_fails_the_test_without_showing_it(
    db: Database, make_service: Callable[..., SyncService], slack: JsonSlack,
) -> None:
    service = make_service(db)
    _add(service, slack, token="xoxb-9999-revoked-secret")
    with pytest.raises(RemoteUnavailableError, match="Slack did not accept") as raised:
        service.test("team")
    assert "revoked-secret" not in str(raised.value)
    assert slack.messages == [] and slack.violations == []
    assert store.find_account(db, "team").status == "error"
    assert json.loads(slack.requests[0].body)["channel"] == "#tasks"
