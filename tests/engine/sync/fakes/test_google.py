"""The fake Google Calendar/Tasks behaves like Google and flags what the discovery docs forbid."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.engine.sync.fakes import FakeGoogle, ManualClock

EVENT = {"summary": "Pay rent", "start": {"dateTime": "2026-11-30T10:00:00+01:00"},
         "end": {"dateTime": "2026-11-30T10:30:00+01:00"},
         "extendedProperties": {"private": {"chattasks": "task-1"}}}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def google(clock: ManualClock) -> Iterator[FakeGoogle]:
    with FakeGoogle(clock) as fake:
        yield fake


@pytest.fixture
def client(google: FakeGoogle) -> Iterator[httpx.Client]:
    token = google.oauth.issue()["access_token"]
    with httpx.Client(base_url=google.url, headers={"Authorization": f"Bearer {token}"}) as c:
        yield c


EVENTS = "/calendar/v3/calendars/primary/events"


def insert(client: httpx.Client, **extra: Any) -> dict[str, Any]:
    answer = client.post(EVENTS, json={**EVENT, **extra})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_event_round_trip_with_etags(google: FakeGoogle, client: httpx.Client) -> None:
    event = insert(client)
    url = f"{EVENTS}/{event['id']}"
    assert client.get(url, headers={"If-None-Match": event["etag"]}).status_code == 304
    patched = client.patch(url, json={"summary": "Pay rent now"},
                           headers={"If-Match": event["etag"]})
    assert patched.status_code == 200 and patched.json()["etag"] != event["etag"]
    stale = client.patch(url, json={"summary": "lost"}, headers={"If-Match": event["etag"]})
    assert stale.status_code == 412
    replaced = client.put(url, json={**EVENT, "summary": "Rent", "status": "confirmed"})
    assert replaced.json()["summary"] == "Rent" and replaced.json()["id"] == event["id"]
    assert client.delete(url).status_code == 204
    assert client.delete(url).status_code == 410
    assert client.get(url).json()["status"] == "cancelled"
    assert google.violations == []


def test_client_chosen_ids_make_inserts_idempotent(client: httpx.Client) -> None:
    insert(client, id="chattasks0001")
    again = client.post(EVENTS, json={**EVENT, "id": "chattasks0001"})
    assert again.status_code == 409
    assert client.post(EVENTS, json={**EVENT, "id": "Not_Base32"}).status_code == 400


def test_incremental_sync_sees_remote_changes_and_deletions(
        google: FakeGoogle, client: httpx.Client, clock: ManualClock) -> None:
    first, second = insert(client), insert(client, summary="Call Ana")
    full = client.get(EVENTS, params={"maxResults": 1})
    page_two = client.get(EVENTS, params={"pageToken": full.json()["nextPageToken"]})
    assert [e["id"] for e in full.json()["items"] + page_two.json()["items"]] == \
        [first["id"], second["id"]]
    token = page_two.json()["nextSyncToken"]
    clock.advance(minutes=5)
    google.calendar.edit_event("primary", first["id"], summary="Pay rent (done)")
    client.delete(f"{EVENTS}/{second['id']}")
    delta = client.get(EVENTS, params={"syncToken": token}).json()
    assert [(e["id"], e["status"]) for e in delta["items"]] == \
        [(first["id"], "confirmed"), (second["id"], "cancelled")]
    assert client.get(EVENTS, params={"syncToken": delta["nextSyncToken"]}).json()["items"] == []
    since = client.get(EVENTS, params={"updatedMin": "2026-11-25T09:01:00Z"}).json()["items"]
    assert {e["id"] for e in since} == {first["id"], second["id"]}
    assert google.violations == []


def test_stale_sync_token_answers_410_and_mixing_filters_400(google: FakeGoogle,
                                                             client: httpx.Client) -> None:
    token = client.get(EVENTS).json()["nextSyncToken"]
    assert client.get(EVENTS, params={"syncToken": token, "q": "x"}).status_code == 400
    google.calendar.expire_sync_tokens()
    gone = client.get(EVENTS, params={"syncToken": token})
    assert gone.status_code == 410
    assert gone.json()["error"]["errors"][0]["reason"] == "fullSyncRequired"


def test_private_property_lookup_and_calendar_list(google: FakeGoogle,
                                                   client: httpx.Client) -> None:
    event = insert(client)
    found = client.get(EVENTS, params={"privateExtendedProperty": "chattasks=task-1"}).json()
    assert [e["id"] for e in found["items"]] == [event["id"]]
    google.calendar.add_calendar("team@group.calendar.google.com", "Team", access_role="reader")
    writable = client.get("/calendar/v3/users/me/calendarList",
                          params={"minAccessRole": "writer"}).json()
    assert [c["id"] for c in writable["items"]] == ["user@example.com"]
    assert google.violations == []


@pytest.mark.parametrize(("body", "params", "expected"), [
    ({**EVENT, "summary": 42}, {}, "body summary: 42 is not of type 'string'"),
    ({"summary": "x", "start": EVENT["start"]}, {}, "'end' is a required property"),
    ({**EVENT, "colour": "red"}, {}, "('colour' was unexpected)"),
    ({**EVENT, "start": {"dateTime": "30/11/2026 10:00"}}, {}, "is not a 'date-time'"),
    (EVENT, {"sendUpdates": "everyone"}, "is not one of"),
    (EVENT, {"maxAttendees": "many"}, "is not an integer"),
    (EVENT, {"notify": "true"}, "query parameter 'notify' is not declared"),
])
def test_invalid_calendar_requests_are_recorded(google: FakeGoogle, client: httpx.Client,
                                                body: Any, params: Any, expected: str) -> None:
    client.post(EVENTS, json=body, params=params)
    assert any(expected in v.message for v in google.violations), google.violations


def test_tasks_insert_complete_and_list(google: FakeGoogle, client: httpx.Client,
                                        clock: ManualClock) -> None:
    lists = client.get("/tasks/v1/users/@me/lists").json()["items"]
    url = f"/tasks/v1/lists/{lists[0]['id']}/tasks"
    task = client.post(url, json={"title": "Tiles", "due": "2026-11-30T17:45:00Z"}).json()
    assert task["due"] == "2026-11-30T00:00:00.000Z" and task["status"] == "needsAction"
    clock.advance(minutes=30)  # an hour would outlive the access token
    done = client.patch(f"{url}/{task['id']}", json={"status": "completed"}).json()
    assert done["completed"] == "2026-11-25T09:30:00.000Z"
    assert client.get(url, params={"showCompleted": "false"}).json()["items"] == []
    assert [t["id"] for t in client.get(url).json()["items"]] == [task["id"]]
    assert google.violations == []
    client.post(url, json={"title": "x", "priority": "high"})
    assert [v.message for v in google.violations] == [
        "body <root>: Additional properties are not allowed ('priority' was unexpected)"]


def test_expired_token_answers_401_until_refreshed(google: FakeGoogle) -> None:
    tokens = google.oauth.issue()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    google.fail_next(401)
    assert httpx.get(google.url + EVENTS, headers=headers).status_code == 401
    assert httpx.get(google.url + EVENTS, headers=headers).status_code == 401
    fresh = httpx.post(google.token_url, data={"grant_type": "refresh_token",
                                               "refresh_token": tokens["refresh_token"],
                                               "client_id": "fake-client-id"}).json()
    answer = httpx.get(google.url + EVENTS,
                       headers={"Authorization": f"Bearer {fresh['access_token']}"})
    assert answer.status_code == 200 and google.oauth.refresh_count == 1
    assert google.violations == []


def test_access_tokens_expire_with_the_clock(google: FakeGoogle, clock: ManualClock) -> None:
    headers = {"Authorization": f"Bearer {google.oauth.issue()['access_token']}"}
    assert httpx.get(google.url + EVENTS, headers=headers).status_code == 200
    clock.advance(seconds=3600)
    assert httpx.get(google.url + EVENTS, headers=headers).status_code == 401


def test_rate_limit_and_backend_errors(google: FakeGoogle, client: httpx.Client) -> None:
    google.fail_next(429, retry_after=1.5)
    google.fail_next(503)
    limited, failed, fine = (client.get(EVENTS) for _ in range(3))
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "1.5")
    assert failed.json()["error"]["errors"][0]["reason"] == "backendError"
    assert fine.status_code == 200
