"""The Google Calendar connector (events, or Google Tasks): the shared contract against the fake
Google (which checks every exchange against the discovery documents), plus Google specifics."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from engine.store import Database
from engine.sync import registry, store
from engine.sync.connectors.google_calendar import (
    CONNECTOR,
    DONE_MARK,
    TASK_PROPERTY,
    GoogleCalendarConnector,
    event_id,
)
from engine.sync.protocols import Target, capabilities_of
from engine.sync.routing import load_task
from engine.sync.service import SyncService
from tests.engine.sync.conftest import StepClock, insert_task
from tests.engine.sync.contract import Case, RemoteView
from tests.engine.sync.fakes import FakeGoogle, rfc3339
from tests.engine.sync.test_contract import (  # noqa: F401 - collected here for Google's cases
    DUE,
    test_create_update_complete_and_read_back,
    test_expired_auth_asks_to_reconnect_and_loses_nothing,
    test_offline_keeps_entries_pending_with_backoff,
    test_remote_changes_come_back_and_conflicts_keep_the_loser,
    test_retry_after_a_crash_creates_no_duplicate,
    test_transient_failures_are_retried,
)

REFERENCE = "engine.sync.connectors.google_calendar:CONNECTOR"
PRIMARY = "user@example.com"


@pytest.fixture(autouse=True)
def builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until registry.BUILTINS lists Google Calendar, the contract's discovery must find it."""
    if REFERENCE not in registry.BUILTINS:
        monkeypatch.setattr(registry, "BUILTINS", (*registry.BUILTINS, REFERENCE))


@pytest.fixture
def google(clock: StepClock) -> Iterator[FakeGoogle]:
    with FakeGoogle(clock) as fake:
        yield fake
    assert fake.violations == [], "\n".join(map(str, fake.violations))


def _settings(fake: FakeGoogle, mode: str) -> dict[str, Any]:
    return {"client_id": "fake-client-id", "mode": mode,
            "refresh_token": fake.oauth.issue()["refresh_token"],
            "calendar_api": fake.calendar_url, "tasks_api": fake.tasks_url,
            "token_url": fake.token_url}


def _break_auth(fake: FakeGoogle) -> Callable[[], None]:
    def run() -> None:  # the user revoked ChatTasks' access in their Google account
        fake.oauth.expire_access_tokens()
        fake.oauth.revoke_refresh_tokens()

    return run


def _events_view(fake: FakeGoogle) -> RemoteView:
    events = fake.calendar.events[PRIMARY]

    def items() -> dict[int, dict[str, Any]]:
        found = {}
        for event in events.values():
            task = event.get("extendedProperties", {}).get("private", {}).get(TASK_PROPERTY)
            if task and event["status"] != "cancelled":
                done = event["summary"].startswith(DONE_MARK)
                found[int(task)] = {"title": event["summary"].removeprefix(DONE_MARK),
                                    "status": "COMPLETED" if done else "NEEDS-ACTION"}
        return found

    def edit(task_id: int, status: str, due: datetime | None, modified: datetime) -> None:
        event = next(e for e in events.values() if e["extendedProperties"]["private"]
                     [TASK_PROPERTY] == str(task_id))
        title = event["summary"].removeprefix(DONE_MARK)
        changes: dict[str, Any] = {"summary": (DONE_MARK if status == "done" else "") + title}
        if due is not None:  # dragged to another slot in the calendar grid
            changes["start"] = {"dateTime": due.isoformat()}
            changes["end"] = {"dateTime": (due + timedelta(minutes=30)).isoformat()}
        fake.calendar.edit_event(PRIMARY, event["id"], at=modified, **changes)

    return RemoteView(_settings(fake, "events"), items, _break_auth(fake), edit)


def _tasks_view(fake: FakeGoogle) -> RemoteView:
    tasks = fake.tasks.tasks[fake.tasks.default_list]

    def task_of(task_id: int) -> dict[str, Any]:
        return next(t for t in tasks.values() if f"[chattasks:{task_id}]" in t.get("notes", ""))

    def items() -> dict[int, dict[str, Any]]:
        found = {}
        for task in tasks.values():
            tag = re.search(r"\[chattasks:(\d+)\]", task.get("notes", ""))
            if tag and not task.get("deleted"):
                found[int(tag.group(1))] = {
                    "title": task["title"],
                    "status": "COMPLETED" if task["status"] == "completed" else "NEEDS-ACTION"}
        return found

    def edit(task_id: int, status: str, due: datetime | None, modified: datetime) -> None:
        changes: dict[str, Any] = {"status": "completed" if status == "done" else "needsAction"}
        if due is not None:
            changes["due"] = rfc3339(due)
        fake.tasks.edit_task("@default", task_of(task_id)["id"], at=modified, **changes)

    return RemoteView(_settings(fake, "tasks"), items, _break_auth(fake), edit)


CASES = [
    Case("google-calendar", "google_calendar",
         lambda request: _events_view(request.getfixturevalue("google"))),
    Case("google-tasks", "google_calendar",
         lambda request: _tasks_view(request.getfixturevalue("google"))),
]


@pytest.fixture(params=CASES, ids=[c.id for c in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Case, RemoteView]:
    chosen: Case = request.param
    return chosen, chosen.setup(request)


def _open(make_service: Callable[..., SyncService], db: Database, fake: FakeGoogle,
          mode: str = "events") -> GoogleCalendarConnector:
    service = make_service(db)
    account = service.add_account("google_calendar", f"google {mode}", _settings(fake, mode))
    connector, _ = service.open(store.find_account(db, account))
    assert isinstance(connector, GoogleCalendarConnector)
    return connector


def test_manifest_matches_the_instance(google: FakeGoogle, db: Database,
                                       make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, google)
    assert set(capabilities_of(connector)) == set(CONNECTOR.manifest.capabilities)
    assert set(CONNECTOR.manifest.secret_names) == {"refresh_token", "access_token"}


def test_targets_are_writable_calendars_or_task_lists(
        google: FakeGoogle, db: Database, make_service: Callable[..., SyncService]) -> None:
    google.calendar.add_calendar("holidays@group.v.calendar.google.com", "Holidays",
                                 access_role="reader")
    assert _open(make_service, db, google).list_targets() == [Target(PRIMARY, PRIMARY)]
    tasks = _open(make_service, db, google, "tasks")
    assert tasks.list_targets() == [Target(google.tasks.default_list, "My Tasks")]
    assert tasks.test() == "Google: 1 task lists"


def test_date_only_tasks_become_all_day_events(google: FakeGoogle, db: Database,
                                               make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, google)
    routed = load_task(db, insert_task(db, "Renew passport", due=DUE, has_time=False))
    assert routed is not None
    ref = connector.create(routed.snapshot, "k1")
    assert ref.remote_id == event_id(1, routed.snapshot.id)
    event = google.calendar.events[PRIMARY][ref.remote_id]
    assert (event["start"], event["end"]) == ({"date": "2026-03-05"}, {"date": "2026-03-06"})
    [state] = connector.read_back([ref])
    assert (state.due_has_time, state.status) == (False, "open")


def test_expired_sync_token_falls_back_to_a_full_sync(
        google: FakeGoogle, db: Database, make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, google)
    routed = load_task(db, insert_task(db, "Call Ana", due=DUE))
    assert routed is not None
    connector.create(routed.snapshot, "k1")
    token = connector.changes(None).cursor
    google.calendar.expire_sync_tokens()
    batch = connector.changes(token)
    assert len(batch.states) == 1 and batch.cursor not in (None, token)
    assert [r.status for r in google.requests_to("GET", "/events$")][-2:] == [410, 200]


def test_a_stale_etag_is_retried_without_losing_the_write(
        google: FakeGoogle, db: Database, make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, google)
    routed = load_task(db, insert_task(db, "Book the van", due=DUE))
    assert routed is not None
    ref = connector.create(routed.snapshot, "k1")
    google.calendar.edit_event(PRIMARY, ref.remote_id, location="garage")
    newer = connector.update(ref, routed.snapshot, "k2")
    assert newer.version != ref.version
    assert [r.status for r in google.requests_to("PUT", "/events/")] == [412, 200]
