"""CalDAV (Apple/iCloud, Nextcloud, Fastmail, Radicale): tasks as VTODO, timed ones optionally as
VEVENT; both ways through sync-collection tokens."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urljoin
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

from engine.sync.auth import BasicAuthorizer
from engine.sync.ical import build_component, read_state, task_uid, to_calendar
from engine.sync.manifest import ANY_CONFIGURED_HOST, Manifest, SettingField
from engine.sync.protocols import (
    ChangeBatch,
    ConnectorContext,
    ConnectorSpec,
    RemoteRef,
    RemoteState,
    Target,
    TaskSnapshot,
)

DAV = "{DAV:}"
CAL = "{urn:ietf:params:xml:ns:caldav}"
ICS = "text/calendar; charset=utf-8"
SYNC_REPORT = """<?xml version="1.0" encoding="utf-8"?>
<d:sync-collection xmlns:d="DAV:"><d:sync-token>{token}</d:sync-token>
<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"""
PROPFIND = """<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:displayname/><d:resourcetype/></d:prop></d:propfind>"""

MANIFEST = Manifest(
    id="caldav",
    name="CalDAV calendar",
    kind="calendar",
    auth="basic",
    allowed_hosts=(ANY_CONFIGURED_HOST,),
    capabilities=("create", "update", "complete", "delete", "read_back", "poll_changes",
                  "list_targets", "test"),
    description="Apple Calendar/iCloud, Nextcloud, Fastmail or any CalDAV server.",
    settings=(
        SettingField("url", "Calendar URL", "url", help="the calendar collection's address"),
        SettingField("username", "User name", required=False),
        SettingField("password", "Password or app password", required=False, secret=True),
        SettingField("timed_as_events", "Timed tasks as events", "boolean", required=False,
                     default=False),
    ),
)


class CalDavConnector:
    """One CalDAV calendar collection."""

    def __init__(self, context: ConnectorContext) -> None:
        self.context = context
        self.http = context.http
        self.url = str(context.settings["url"]).rstrip("/") + "/"
        if context.target:
            self.url = urljoin(self.url, context.target.rstrip("/") + "/")
        self.zone = ZoneInfo(str(context.extra.get("timezone", "UTC")))
        password = context.secrets.get("password")
        if password is not None:
            self.http.with_authorizer(
                BasicAuthorizer(str(context.settings.get("username", "")), password))

    def _href(self, uid: str) -> str:
        return f"{self.url}{uid}.ics"

    def _body(self, task: TaskSnapshot, uid: str) -> bytes:
        component = build_component(task, uid, self.context.clock.now(), self.zone,
                                    as_event=bool(self.context.settings.get("timed_as_events")))
        return to_calendar([component])

    def _put(self, uid: str, task: TaskSnapshot, *, new: bool) -> RemoteRef:
        headers = {"Content-Type": ICS}
        if new:
            headers["If-None-Match"] = "*"
        response = self.http.request("PUT", self._href(uid), headers=headers,
                                     content=self._body(task, uid), ok=(412,) if new else ())
        if response.status_code == 412:
            # Created by an earlier try whose acknowledgement was lost: write it once more.
            return self._put(uid, task, new=False)
        etag = response.headers.get("ETag") or self._etag(uid)
        return RemoteRef(uid, etag, self._href(uid))

    def _etag(self, uid: str) -> str | None:
        etag = self.http.request("GET", self._href(uid)).headers.get("ETag")
        return None if etag is None else str(etag)

    def create(self, task: TaskSnapshot, key: str) -> RemoteRef:
        """PUT to the task's stable UID, only if absent: a retry never makes a second copy."""
        return self._put(task_uid(task.id, self.context.account_id), task, new=True)

    def update(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Rewrite the resource with the task's fields."""
        return self._put(ref.remote_id, task, new=False)

    def complete(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Rewrite the resource as COMPLETED."""
        return self._put(ref.remote_id, task, new=False)

    def delete(self, ref: RemoteRef, key: str) -> None:
        """DELETE the resource; already gone is fine."""
        self.http.request("DELETE", self._href(ref.remote_id), ok=(404,))

    def read_back(self, refs: Sequence[RemoteRef]) -> list[RemoteState]:
        """GET each resource and read its status and due date."""
        return [self._state(ref.remote_id) for ref in refs]

    def _state(self, uid: str) -> RemoteState:
        response = self.http.request("GET", self._href(uid), ok=(404,))
        ref = RemoteRef(uid, response.headers.get("ETag"), self._href(uid))
        if response.status_code == 404:
            return RemoteState(ref, "cancelled", deleted=True)
        state = read_state(response.content, ref, self.zone)
        return state or RemoteState(ref, "cancelled", deleted=True)

    def changes(self, cursor: str | None) -> ChangeBatch:
        """Resources changed since the sync token `cursor` (all of them when None)."""
        response = self.http.request(
            "REPORT", self.url, headers={"Depth": "1", "Content-Type": "application/xml"},
            content=SYNC_REPORT.format(token=cursor or ""), ok=(403, 409))
        if response.status_code in (403, 409) and cursor:
            return self.changes(None)  # the server forgot the token: start over
        root = ElementTree.fromstring(response.content)
        states: list[RemoteState] = []
        for item in root.iter(f"{DAV}response"):
            href = item.findtext(f"{DAV}href") or ""
            name = href.rstrip("/").rsplit("/", 1)[-1]
            if not name.endswith(".ics"):
                continue
            uid = name[: -len(".ics")]
            gone = "404" in (item.findtext(f"{DAV}status") or "")
            states.append(RemoteState(RemoteRef(uid), "cancelled", deleted=True) if gone
                          else self._state(uid))
        return ChangeBatch(tuple(states), root.findtext(f"{DAV}sync-token"))

    def list_targets(self) -> list[Target]:
        """Calendars beside the configured one (children of its parent collection)."""
        parent = urljoin(self.url, "..")
        response = self.http.request("PROPFIND", parent, headers={"Depth": "1"},
                                     content=PROPFIND)
        targets = []
        for item in ElementTree.fromstring(response.content).iter(f"{DAV}response"):
            if item.find(f".//{DAV}resourcetype/{CAL}calendar") is None:
                continue
            href = (item.findtext(f"{DAV}href") or "").rstrip("/").rsplit("/", 1)[-1]
            targets.append(Target(href, item.findtext(f".//{DAV}displayname") or href))
        return targets

    def test(self) -> str:
        """PROPFIND the calendar: reachable, credentials accepted, and really a calendar."""
        response = self.http.request("PROPFIND", self.url, headers={"Depth": "0"},
                                     content=PROPFIND)
        root = ElementTree.fromstring(response.content)
        if root.find(f".//{DAV}resourcetype/{CAL}calendar") is None:
            from engine.sync.errors import SettingsError

            raise SettingsError(f"{self.url} is not a CalDAV calendar")
        return f"calendar '{root.findtext(f'.//{DAV}displayname') or self.url}' reached"


CONNECTOR = ConnectorSpec(MANIFEST, CalDavConnector)
"""The CalDAV connector."""
