"""Google Calendar v3 behaviour for the fake: calendars, events, ETags and sync tokens."""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from .google_errors import google_error, not_found
from .server import json_response, parse_rfc3339, rfc3339

if TYPE_CHECKING:
    from .google import FakeGoogle

_EVENT_ID = re.compile(r"^[a-v0-9]{5,1024}$")
_READ_ONLY = ("kind", "etag", "id", "htmlLink", "created", "updated", "iCalUID", "sequence",
              "creator", "organizer")
_NOT_WITH_SYNC = ("iCalUID", "orderBy", "privateExtendedProperty", "q", "sharedExtendedProperty",
                  "timeMin", "timeMax", "updatedMin")


def _token(kind: str, *numbers: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([kind, *numbers]).encode()).decode()


def _untoken(kind: str, text: str) -> list[int] | None:
    try:
        value = json.loads(base64.urlsafe_b64decode(text.encode()))
    except ValueError:
        return None
    return value[1:] if isinstance(value, list) and value and value[0] == kind else None


def _bound(moment: dict[str, Any]) -> datetime:
    return parse_rfc3339(moment["dateTime"] if "dateTime" in moment
                         else moment["date"] + "T00:00:00Z")


class CalendarService:
    """In-memory calendars and events behind the Calendar v3 routes."""

    def __init__(self, server: FakeGoogle, primary: str = "user@example.com") -> None:
        self.server = server
        self.primary = primary
        self.calendars: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, dict[str, Any]]] = {}
        self.seq = 0
        self.epoch = 0
        self.add_calendar(primary, primary, primary=True)
        base = "/calendar/v3"
        for method, template, handler in [
            ("GET", "/users/me/calendarList", self._calendar_list),
            ("GET", "/calendars/{cal}", self._calendar_get),
            ("POST", "/calendars/{cal}/events", self._insert),
            ("GET", "/calendars/{cal}/events", self._list),
            ("GET", "/calendars/{cal}/events/{event}", self._get),
            ("PATCH", "/calendars/{cal}/events/{event}", self._patch),
            ("PUT", "/calendars/{cal}/events/{event}", self._update),
            ("DELETE", "/calendars/{cal}/events/{event}", self._delete),
        ]:
            server.route(method, base + template, handler)

    # seeding and remote edits ----------------------------------------------------------------
    def add_calendar(self, calendar_id: str, summary: str, primary: bool = False,
                     access_role: str = "owner") -> None:
        """Add a calendar to the user's calendar list."""
        self.calendars[calendar_id] = {"id": calendar_id, "summary": summary,
                                       "timeZone": "Europe/Berlin", "accessRole": access_role,
                                       "primary": primary}
        self.events[calendar_id] = {}

    def edit_event(self, calendar_id: str, event_id: str, at: datetime | None = None,
                   **changes: Any) -> dict[str, Any]:
        """Change an event as its owner would in Google Calendar itself (at `at`)."""
        with self.server.lock:
            event = self.events[self._resolve(calendar_id) or calendar_id][event_id]
            event.update(changes)
            self._touch(event)
            if at is not None:
                event["updated"] = rfc3339(at)
            return event

    def expire_sync_tokens(self) -> None:
        """Every sync token handed out so far answers 410 Gone (a full sync is needed)."""
        self.epoch += 1

    # helpers ---------------------------------------------------------------------------------
    def _resolve(self, calendar_id: str) -> str | None:
        calendar_id = self.primary if calendar_id == "primary" else calendar_id
        return calendar_id if calendar_id in self.calendars else None

    def _touch(self, event: dict[str, Any]) -> None:
        self.seq += 1
        event["_seq"] = self.seq
        event["etag"] = f'"{3_480_000_000_000_000 + self.seq}"'
        event["updated"] = rfc3339(self.server.clock.now())

    @staticmethod
    def _render(event: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in event.items() if not k.startswith("_")}

    def _find(self, cal: str, event_id: str) -> tuple[str, dict[str, Any]] | Response:
        calendar_id = self._resolve(cal)
        if calendar_id is None:
            return not_found()
        event = self.events[calendar_id].get(event_id)
        return (calendar_id, event) if event is not None else not_found()

    def _check_times(self, event: dict[str, Any]) -> Response | None:
        if "start" not in event or "end" not in event:
            return google_error(400, "required", "Missing end time." if "start" in event
                                else "Missing start time.")
        if _bound(event["end"]) <= _bound(event["start"]):
            return google_error(400, "timeRangeEmpty", "The specified time range is empty.",
                                domain="calendar")
        return None

    def _precondition(self, request: Request, event: dict[str, Any]) -> Response | None:
        wanted = request.headers.get("If-Match")
        if wanted not in (None, "*", event["etag"]):
            return google_error(412, "conditionNotMet", "Precondition Failed")
        return None

    # handlers --------------------------------------------------------------------------------
    def _calendar_list(self, request: Request) -> Response:
        roles = ["freeBusyReader", "reader", "writer", "owner"]
        floor = roles.index(request.args.get("minAccessRole", "freeBusyReader"))
        items = [{"kind": "calendar#calendarListEntry", "etag": f'"{i}"', **entry}
                 for i, entry in enumerate(self.calendars.values())
                 if roles.index(entry["accessRole"]) >= floor]
        return json_response({"kind": "calendar#calendarList", "etag": f'"{self.seq}"',
                              "items": items, "nextSyncToken": _token("cl", self.epoch)})

    def _calendar_get(self, request: Request, cal: str) -> Response:
        calendar_id = self._resolve(cal)
        if calendar_id is None:
            return not_found()
        entry = self.calendars[calendar_id]
        return json_response({"kind": "calendar#calendar", "etag": '"1"', "id": calendar_id,
                              "summary": entry["summary"], "timeZone": entry["timeZone"]})

    def _insert(self, request: Request, cal: str) -> Response:
        calendar_id = self._resolve(cal)
        if calendar_id is None:
            return not_found()
        body = json.loads(request.get_data() or b"{}")
        event_id = body.get("id") or f"fk{self.seq + 1:08d}"
        if not _EVENT_ID.match(event_id):
            return google_error(400, "invalid", "Invalid resource id value.")
        if event_id in self.events[calendar_id]:
            return google_error(409, "duplicate", "The requested identifier already exists.")
        event = {k: v for k, v in body.items() if k not in _READ_ONLY}
        problem = self._check_times(event)
        if problem is not None:
            return problem
        now = rfc3339(self.server.clock.now())
        event.update(kind="calendar#event", id=event_id, created=now, sequence=0,
                     htmlLink=f"https://www.google.com/calendar/event?eid={event_id}",
                     iCalUID=f"{event_id}@google.com", creator={"email": self.primary},
                     organizer={"email": calendar_id, "self": True})
        event.setdefault("status", "confirmed")
        event.setdefault("eventType", "default")
        event.setdefault("reminders", {"useDefault": True})
        self._touch(event)
        self.events[calendar_id][event_id] = event
        return json_response(self._render(event))

    def _get(self, request: Request, cal: str, event: str) -> Response:
        found = self._find(cal, event)
        if isinstance(found, Response):
            return found
        if request.headers.get("If-None-Match") == found[1]["etag"]:
            return Response(status=304)
        return json_response(self._render(found[1]))

    def _patch(self, request: Request, cal: str, event: str) -> Response:
        return self._change(request, cal, event, replace=False)

    def _update(self, request: Request, cal: str, event: str) -> Response:
        return self._change(request, cal, event, replace=True)

    def _change(self, request: Request, cal: str, event_id: str, replace: bool) -> Response:
        found = self._find(cal, event_id)
        if isinstance(found, Response):
            return found
        event = found[1]
        problem = self._precondition(request, event)
        if problem is not None:
            return problem
        body = {k: v for k, v in json.loads(request.get_data() or b"{}").items()
                if k not in _READ_ONLY}
        kept = {k: v for k, v in event.items() if k in _READ_ONLY or k.startswith("_")}
        merged = {**kept, **body} if replace else _merge(event, body)
        problem = self._check_times(merged)
        if problem is not None:
            return problem
        merged.setdefault("status", "confirmed")
        merged["sequence"] = event["sequence"] + ("start" in body or "end" in body)
        event.clear()
        event.update(merged)
        self._touch(event)
        return json_response(self._render(event))

    def _delete(self, request: Request, cal: str, event: str) -> Response:
        found = self._find(cal, event)
        if isinstance(found, Response):
            return found
        if found[1]["status"] == "cancelled":
            return google_error(410, "deleted", "Resource has been deleted")
        problem = self._precondition(request, found[1])
        if problem is not None:
            return problem
        found[1]["status"] = "cancelled"
        self._touch(found[1])
        return Response(status=204)

    def _list(self, request: Request, cal: str) -> Response:
        calendar_id = self._resolve(cal)
        if calendar_id is None:
            return not_found()
        args = request.args
        events = list(self.events[calendar_id].values())
        snapshot = self.seq
        if "pageToken" in args:
            page = _untoken("page", args["pageToken"])
            if page is None:
                return google_error(400, "invalid", "Invalid page token value.")
            offset, snapshot, since = page
        else:
            offset, since = 0, -1
            if "syncToken" in args:
                if any(name in args for name in _NOT_WITH_SYNC):
                    return google_error(400, "invalidParameter", "Sync token cannot be used "
                                        "with other filtering parameters.")
                sync = _untoken("sync", args["syncToken"])
                if sync is None or sync[0] != self.epoch:
                    return google_error(410, "fullSyncRequired", "Sync token is no longer "
                                        "valid, a full sync is required.", domain="calendar")
                since = sync[1]
        if since >= 0:
            events = [e for e in events if e["_seq"] > since]
        else:
            events = self._filter(events, args)
        if args.get("orderBy") == "updated":
            events.sort(key=lambda e: e["_seq"])
        size = min(int(args.get("maxResults", "250")), 2500)
        chunk = events[offset:offset + size]
        body: dict[str, Any] = {
            "kind": "calendar#events", "etag": f'"{snapshot}"',
            "summary": self.calendars[calendar_id]["summary"],
            "updated": rfc3339(self.server.clock.now()), "timeZone": "Europe/Berlin",
            "accessRole": self.calendars[calendar_id]["accessRole"], "defaultReminders": [],
            "items": [self._render(e) for e in chunk]}
        if offset + size < len(events):
            body["nextPageToken"] = _token("page", offset + size, snapshot, since)
        else:
            body["nextSyncToken"] = _token("sync", self.epoch, snapshot)
        return json_response(body)

    def _filter(self, events: list[dict[str, Any]], args: Any) -> list[dict[str, Any]]:
        if "updatedMin" in args:
            floor = parse_rfc3339(args["updatedMin"])
            events = [e for e in events if parse_rfc3339(e["updated"]) >= floor]
        elif args.get("showDeleted") != "true":
            events = [e for e in events if e["status"] != "cancelled"]
        if "timeMin" in args:
            events = [e for e in events if _bound(e["end"]) > parse_rfc3339(args["timeMin"])]
        if "timeMax" in args:
            events = [e for e in events if _bound(e["start"]) < parse_rfc3339(args["timeMax"])]
        if "iCalUID" in args:
            events = [e for e in events if e["iCalUID"] == args["iCalUID"]]
        for pair in args.getlist("privateExtendedProperty"):
            key, _, value = pair.partition("=")
            events = [e for e in events
                      if e.get("extendedProperties", {}).get("private", {}).get(key) == value]
        if "q" in args:
            needle = args["q"].lower()
            events = [e for e in events if needle in (e.get("summary", "") + " " +
                                                      e.get("description", "")).lower()]
        return events


def _merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Patch semantics: objects merge key by key, everything else is replaced."""
    out = dict(old)
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and \
                key not in ("start", "end"):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out
