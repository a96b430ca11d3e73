"""Google Calendar (events for tasks with due dates) or Google Tasks, over OAuth2 PKCE; two-way
through sync tokens (events) or updatedMin (tasks), with ETags guarding writes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import httpx

from engine.sync.manifest import Manifest, OAuthEndpoints, SettingField
from engine.sync.oauth import OAuthAuthorizer, Tokens, refresh_tokens
from engine.sync.protocols import (
    ChangeBatch,
    ConnectorContext,
    ConnectorSpec,
    RemoteRef,
    RemoteState,
    Target,
    TaskSnapshot,
)
from engine.sync.secrets import Secret

CALENDAR_API = "https://www.googleapis.com/calendar/v3"
TASKS_API = "https://tasks.googleapis.com/tasks/v1"
TOKEN_URL = "https://oauth2.googleapis.com/token"
DONE_MARK = "✓ "
"""Calendar events have no status: a leading check mark in the title means done, both ways."""
TASK_PROPERTY = "chattasksTask"
EVENT_LENGTH = timedelta(minutes=30)
_TIME_TAG = re.compile(r"\[due (\d\d:\d\d)\]")

MANIFEST = Manifest(
    id="google_calendar",
    name="Google Calendar",
    kind="calendar",
    auth="oauth2_pkce",
    allowed_hosts=("googleapis.com", "accounts.google.com"),
    capabilities=("create", "update", "complete", "delete", "read_back", "poll_changes",
                  "list_targets", "test"),
    description="Tasks with due dates as Google Calendar events, or as Google Tasks.",
    oauth=OAuthEndpoints("https://accounts.google.com/o/oauth2/v2/auth", TOKEN_URL,
                         ("https://www.googleapis.com/auth/calendar.events",
                          "https://www.googleapis.com/auth/calendar.readonly",
                          "https://www.googleapis.com/auth/tasks")),
    settings=(
        SettingField("client_id", "OAuth client id"),
        SettingField("mode", "Send tasks as", "choice", required=False, default="events",
                     choices=("events", "tasks")),
        SettingField("calendar_id", "Calendar", required=False, default="primary"),
        SettingField("tasklist_id", "Task list", required=False, default="@default"),
        SettingField("refresh_token", "Refresh token", secret=True),
        SettingField("access_token", "Access token", required=False, secret=True),
        SettingField("calendar_api", "Calendar API root", "url", required=False,
                     default=CALENDAR_API),
        SettingField("tasks_api", "Tasks API root", "url", required=False, default=TASKS_API),
        SettingField("token_url", "Token endpoint", "url", required=False, default=TOKEN_URL),
    ),
)


def event_id(account_id: int, task_id: int) -> str:
    """A stable event id (base32hex) per task, so a retried insert answers 409, not a copy."""
    return "ct" + hashlib.sha256(f"{account_id}:{task_id}".encode()).hexdigest()[:30]


class GoogleCalendarConnector:
    """One Google calendar (events) or task list (tasks), chosen by the `mode` setting."""

    def __init__(self, context: ConnectorContext) -> None:
        self.context, self.http = context, context.http
        settings = context.settings
        self.zone = ZoneInfo(str(context.extra.get("timezone", "UTC")))
        self.tasks_mode = settings.get("mode", "events") == "tasks"
        self.calendar = str(context.target or settings.get("calendar_id", "primary"))
        self.tasklist = str(context.target or settings.get("tasklist_id", "@default"))
        self.api = str(settings.get("calendar_api", CALENDAR_API)).rstrip("/")
        self.tasks_api = str(settings.get("tasks_api", TASKS_API)).rstrip("/")
        self.endpoints = OAuthEndpoints(MANIFEST.oauth.authorize_url if MANIFEST.oauth else "",
                                        str(settings.get("token_url", TOKEN_URL)))
        tokens = Tokens(context.secrets.get("access_token") or Secret("expired"),
                        context.secrets["refresh_token"], None)
        self.http.with_authorizer(OAuthAuthorizer(tokens, self._refresh, lambda _: None))

    def _refresh(self, refresh: Secret) -> Tokens:
        MANIFEST.check_host(self.endpoints.token_url)
        with httpx.Client(timeout=self.http.policy.timeout) as client:
            return refresh_tokens(client, self.endpoints, str(self.context.settings["client_id"]),
                                  refresh, self.context.clock.now())

    # urls and bodies ------------------------------------------------------------------------
    def _events(self, suffix: str = "") -> str:
        return f"{self.api}/calendars/{quote(self.calendar, safe='@.')}/events{suffix}"

    def _tasks(self, suffix: str = "") -> str:
        return f"{self.tasks_api}/lists/{self.tasklist}/tasks{suffix}"

    def _event_body(self, task: TaskSnapshot) -> dict[str, Any]:
        due = task.due_at or self.context.clock.now()
        if task.due_at is not None and task.due_has_time:
            start: dict[str, str] = {"dateTime": due.astimezone(UTC).isoformat()}
            end = {"dateTime": (due + EVENT_LENGTH).astimezone(UTC).isoformat()}
        else:
            day = due.astimezone(self.zone).date()
            start, end = {"date": day.isoformat()}, {"date": (day + timedelta(1)).isoformat()}
        mark = DONE_MARK if task.status == "done" else ""
        return {"summary": mark + task.title, "description": task.description,
                "start": start, "end": end,
                "extendedProperties": {"private": {TASK_PROPERTY: str(task.id)}}}

    def _task_body(self, task: TaskSnapshot) -> dict[str, Any]:
        tag = f"[chattasks:{task.id}]"
        body: dict[str, Any] = {"title": task.title,
                                "status": "completed" if task.status == "done" else "needsAction"}
        if task.due_at is not None:
            local = task.due_at.astimezone(self.zone)
            body["due"] = f"{local.date().isoformat()}T00:00:00.000Z"
            if task.due_has_time:
                # Google Tasks keeps only the date; the time of day rides along in the notes
                tag += f" [due {local:%H:%M}]"
        body["notes"] = f"{task.description}\n\n{tag}".strip()
        return body

    # writing ---------------------------------------------------------------------------------
    def create(self, task: TaskSnapshot, key: str) -> RemoteRef:
        """Insert under a stable id (events) or after a marker search (tasks): never twice."""
        if self.tasks_mode:
            existing = self._find_task(task.id)
            if existing is not None:
                return self._write_task(existing, task)
            return self._task_ref(self.http.request(
                "POST", self._tasks(), json=self._task_body(task)).json())
        body = {"id": event_id(self.context.account_id, task.id), **self._event_body(task)}
        response = self.http.request("POST", self._events(), json=body, ok=(409,))
        if response.status_code == 409:  # an earlier try got through; bring it up to date
            return self._write_event(RemoteRef(body["id"]), task)
        return self._event_ref(response.json())

    def update(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Write title, description, due date and status."""
        if self.tasks_mode:
            return self._write_task(ref.remote_id, task)
        return self._write_event(ref, task)

    def complete(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Mark done (a check mark on events, `completed` on tasks)."""
        return self.update(ref, task, key)

    def delete(self, ref: RemoteRef, key: str) -> None:
        """Delete the event, or flag the task deleted; already gone is fine."""
        if self.tasks_mode:
            self.http.request("PATCH", self._tasks(f"/{ref.remote_id}"), json={"deleted": True},
                              ok=(404,))
        else:
            self.http.request("DELETE", self._events(f"/{ref.remote_id}"), ok=(404, 410))

    def _write_event(self, ref: RemoteRef, task: TaskSnapshot) -> RemoteRef:
        url, body = self._events(f"/{ref.remote_id}"), self._event_body(task)
        guard = {"If-Match": ref.version} if ref.version else {}
        response = self.http.request("PUT", url, json=body, headers=guard, ok=(412,))
        if response.status_code == 412:
            # Changed remotely since our last look; the sync planner already chose this value.
            response = self.http.request("PUT", url, json=body)
        return self._event_ref(response.json())

    def _write_task(self, task_id: str, task: TaskSnapshot) -> RemoteRef:
        return self._task_ref(self.http.request(
            "PATCH", self._tasks(f"/{task_id}"), json=self._task_body(task)).json())

    def _find_task(self, task_id: int) -> str | None:
        marker, page = f"[chattasks:{task_id}]", None
        while True:
            params = {"showCompleted": "true", "showHidden": "true", "maxResults": "100"}
            if page:
                params["pageToken"] = page
            listing = self.http.request("GET", self._tasks(), params=params).json()
            for item in listing.get("items", []):
                if marker in item.get("notes", ""):
                    return str(item["id"])
            page = listing.get("nextPageToken")
            if not page:
                return None

    # reading ---------------------------------------------------------------------------------
    def read_back(self, refs: Sequence[RemoteRef]) -> list[RemoteState]:
        """The current state of each linked event or task."""
        states = []
        for ref in refs:
            url = self._tasks(f"/{ref.remote_id}") if self.tasks_mode else \
                self._events(f"/{ref.remote_id}")
            response = self.http.request("GET", url, ok=(404, 410))
            if response.status_code != 200:
                states.append(RemoteState(ref, "cancelled", deleted=True))
            elif self.tasks_mode:
                states.append(self._task_state(response.json()))
            else:
                states.append(self._event_state(response.json()))
        return states

    def changes(self, cursor: str | None) -> ChangeBatch:
        """Events changed since the sync token (a full listing when None or expired); for
        tasks, everything updated since the last poll."""
        if self.tasks_mode:
            return self._task_changes(cursor)
        params: dict[str, str] = {"syncToken": cursor} if cursor else {"showDeleted": "true"}
        states: list[RemoteState] = []
        while True:
            response = self.http.request("GET", self._events(), params=params, ok=(410,))
            if response.status_code == 410:  # the token expired: Google asks for a full sync
                return self.changes(None)
            listing = response.json()
            states.extend(self._event_state(item) for item in listing.get("items", []))
            if "nextPageToken" not in listing:
                return ChangeBatch(tuple(states), listing.get("nextSyncToken"))
            params = {"pageToken": listing["nextPageToken"]}

    def _task_changes(self, cursor: str | None) -> ChangeBatch:
        started = self.context.clock.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        params = {"showCompleted": "true", "showHidden": "true", "showDeleted": "true",
                  "maxResults": "100"}
        if cursor:
            params["updatedMin"] = cursor
        listing = self.http.request("GET", self._tasks(), params=params).json()
        return ChangeBatch(tuple(self._task_state(t) for t in listing.get("items", [])),
                           started)

    def _event_ref(self, event: dict[str, Any]) -> RemoteRef:
        return RemoteRef(str(event["id"]), event.get("etag"), event.get("htmlLink"))

    def _task_ref(self, task: dict[str, Any]) -> RemoteRef:
        return RemoteRef(str(task["id"]), task.get("etag"), task.get("webViewLink"))

    def _event_state(self, event: dict[str, Any]) -> RemoteState:
        ref = self._event_ref(event)
        modified = _parse(event.get("updated"))
        if event.get("status") == "cancelled":
            return RemoteState(ref, "cancelled", modified_at=modified, deleted=True)
        start = event.get("start", {})
        if "dateTime" in start:
            due, timed = _parse(start["dateTime"]), True
        else:
            due, timed = self._midnight(start.get("date")), False
        done = str(event.get("summary", "")).startswith(DONE_MARK.strip())
        return RemoteState(ref, "done" if done else "open", due, timed, modified)

    def _task_state(self, task: dict[str, Any]) -> RemoteState:
        ref = self._task_ref(task)
        modified = _parse(task.get("updated"))
        if task.get("deleted"):
            return RemoteState(ref, "cancelled", modified_at=modified, deleted=True)
        due, timed = None, False
        if task.get("due"):
            day = date.fromisoformat(str(task["due"])[:10])
            found = _TIME_TAG.search(str(task.get("notes", "")))
            timed = found is not None
            moment = time.fromisoformat(found.group(1)) if found else time()
            due = datetime.combine(day, moment, self.zone).astimezone(UTC)
        done = task.get("status") == "completed"
        return RemoteState(ref, "done" if done else "open", due, timed, modified)

    def _midnight(self, day: str | None) -> datetime | None:
        if not day:
            return None
        return datetime.combine(date.fromisoformat(day), time(), self.zone).astimezone(UTC)

    # pickers ---------------------------------------------------------------------------------
    def list_targets(self) -> list[Target]:
        """Calendars the user can write to, or their task lists."""
        if self.tasks_mode:
            listing = self.http.request("GET", f"{self.tasks_api}/users/@me/lists").json()
            return [Target(str(x["id"]), str(x.get("title", x["id"])))
                    for x in listing.get("items", [])]
        listing = self.http.request("GET", f"{self.api}/users/me/calendarList",
                                    params={"minAccessRole": "writer"}).json()
        return [Target(str(x["id"]), str(x.get("summary", x["id"])))
                for x in listing.get("items", [])]

    def test(self) -> str:
        """Reach the account and count its writable calendars (or task lists)."""
        found = self.list_targets()
        what = "task lists" if self.tasks_mode else "writable calendars"
        return f"Google: {len(found)} {what}"


def _parse(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


CONNECTOR = ConnectorSpec(MANIFEST, GoogleCalendarConnector)
