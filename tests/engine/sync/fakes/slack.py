"""Fake Slack Web API: chat.postMessage and auth.test, checked against slack-web.oas3.json."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from werkzeug.wrappers import Request, Response

from engine.core.clock import Clock

from .openapi_check import OpenApiChecker
from .server import FakeServer, Fault, json_response


def _bearer_security(document: dict[str, Any]) -> None:
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "security" in operation:
                operation["security"] = [{"slackBearer": []}]


FIXUPS = [("operation security slackAuth (oauth2) -> the file's own slackBearer scheme: Slack "
           "takes its OAuth tokens as Bearer headers, and openapi-core cannot check oauth2",
           _bearer_security)]


class FakeSlack(FakeServer):
    """Slack on 127.0.0.1: `fake.api_url` stands for `https://slack.com/api`."""

    def __init__(self, clock: Clock | None = None, token: str = "xoxb-fake-token",
                 channels: tuple[str, ...] = ("C0FAKE0001",)) -> None:
        super().__init__(clock)
        self.token = token
        self.channels = set(channels)
        self.messages: list[dict[str, Any]] = []
        self.checker = OpenApiChecker("slack-web.oas3.json", FIXUPS)
        self.route("POST", "/api/chat.postMessage", self._post_message)
        self.route("GET", "/api/auth.test", self._auth_test)
        self.route("POST", "/api/auth.test", self._auth_test)

    @property
    def api_url(self) -> str:
        """The API root."""
        return self.url + "/api"

    def on_start(self) -> None:
        self.checker.serve_at(self.url)

    def check_request(self, request: Request) -> Iterator[str]:
        yield from self.checker.check_request(request)

    def check_response(self, request: Request, response: Response) -> Iterator[str]:
        if json.loads(response.get_data()).get("ok") is False:
            # Slack answers errors with HTTP 200; the file describes them as `default`
            response = Response(response.get_data(), 400, content_type="application/json")
        yield from self.checker.check_response(request, response)

    def authorize(self, request: Request) -> Response | None:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return json_response({"ok": False, "error": "invalid_auth"})
        return None

    def fault_response(self, request: Request, fault: Fault) -> Response:
        if fault.status == 429:
            return json_response({"ok": False, "error": "ratelimited"}, 429)
        if fault.status == 401:
            return json_response({"ok": False, "error": "token_revoked"})
        return Response("upstream error", fault.status or 500, content_type="text/plain")

    def _payload(self, request: Request) -> dict[str, Any]:
        if request.mimetype == "application/json":
            value = json.loads(request.get_data() or b"{}")
            return value if isinstance(value, dict) else {}
        return request.form.to_dict()

    def _post_message(self, request: Request) -> Response:
        payload = self._payload(request)
        channel = payload.get("channel", "")
        if channel not in self.channels:
            return json_response({"ok": False, "error": "channel_not_found"})
        if not payload.get("text") and not payload.get("blocks"):
            return json_response({"ok": False, "error": "no_text"})
        ts = f"{int(self.clock.now().timestamp())}.{len(self.messages) + 1:06d}"
        message = {"type": "message", "text": payload.get("text", ""), "ts": ts,
                   "user": "U0FAKEBOT1", "team": "T0FAKETEAM"}
        self.messages.append({"channel": channel, **payload, "ts": ts})
        return json_response({"ok": True, "channel": channel, "ts": ts, "message": message})

    def _auth_test(self, request: Request) -> Response:
        return json_response({"ok": True, "url": "https://fake-workspace.slack.com/",
                              "team": "Fake Workspace", "user": "chattasks",
                              "team_id": "T0FAKETEAM", "user_id": "U0FAKEBOT1"})
