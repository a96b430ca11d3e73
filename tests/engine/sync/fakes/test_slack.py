"""The fake Slack Web API posts messages and flags what slack-web.oas3.json does not allow."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.engine.sync.fakes import FakeSlack

HEADERS = {"Authorization": "Bearer xoxb-fake-token"}


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def test_post_message_json_and_form(slack: FakeSlack) -> None:
    sent = httpx.post(f"{slack.api_url}/chat.postMessage", headers=HEADERS,
                      json={"channel": "C0FAKE0001", "text": "New task: tiles"}).json()
    assert sent["ok"] is True and sent["message"]["text"] == "New task: tiles"
    httpx.post(f"{slack.api_url}/chat.postMessage", headers=HEADERS,
               data={"channel": "C0FAKE0001", "text": "again"})
    assert [m["text"] for m in slack.messages] == ["New task: tiles", "again"]
    assert httpx.get(f"{slack.api_url}/auth.test", headers=HEADERS).json()["ok"] is True
    assert slack.violations == []


def test_slack_errors_are_http_200_and_still_checked(slack: FakeSlack) -> None:
    answer = httpx.post(f"{slack.api_url}/chat.postMessage", headers=HEADERS,
                        json={"channel": "C0NOPE", "text": "x"})
    assert (answer.status_code, answer.json()["error"]) == (200, "channel_not_found")
    wrong = httpx.post(f"{slack.api_url}/chat.postMessage", json={"channel": "C0FAKE0001",
                                                                 "text": "x"},
                       headers={"Authorization": "Bearer nope"})
    assert wrong.json() == {"ok": False, "error": "invalid_auth"}
    assert slack.violations == []


@pytest.mark.parametrize(("body", "expected"), [
    ({"text": "no channel"}, "'channel' is a required property"),
    ({"channel": "C0FAKE0001", "text": "x", "colour": "red"}, "body key 'colour' is not declared"),
    ({"channel": "C0FAKE0001", "text": "x", "mrkdwn": "yes"}, "mrkdwn"),
])
def test_invalid_bodies_are_recorded(slack: FakeSlack, body: dict[str, Any],
                                     expected: str) -> None:
    httpx.post(f"{slack.api_url}/chat.postMessage", headers=HEADERS, json=body)
    assert any(expected in v.message for v in slack.violations), slack.violations


def test_rate_limited_with_retry_after(slack: FakeSlack) -> None:
    slack.fail_next(429, retry_after=30)
    answer = httpx.post(f"{slack.api_url}/chat.postMessage", headers=HEADERS,
                        json={"channel": "C0FAKE0001", "text": "x"})
    assert (answer.status_code, answer.headers["Retry-After"]) == (429, "30")
    assert slack.messages == []
