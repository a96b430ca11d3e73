"""Trello: tasks as cards in a chosen list; done = dueComplete (or a move to a Done list); read
back by polling the linked cards."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from engine.sync.manifest import Manifest, SettingField
from engine.sync.protocols import (
    ConnectorContext,
    ConnectorSpec,
    RemoteRef,
    RemoteState,
    Target,
    TaskSnapshot,
)

API = "https://api.trello.com/1"
CARD_FIELDS = "name,desc,closed,due,idList,badges,dateLastActivity,url"
_MARKER = re.compile(r"\[chattasks:(\d+)\]")

MANIFEST = Manifest(
    id="trello",
    name="Trello",
    kind="tasks",
    auth="api_token",
    allowed_hosts=("api.trello.com",),
    capabilities=("create", "update", "complete", "delete", "read_back", "list_targets",
                  "test"),
    description="Tasks as cards in a Trello list.",
    settings=(
        SettingField("api_key", "API key", secret=True,
                     help="from trello.com/power-ups/admin (your Power-Up's API key)"),
        SettingField("token", "Token", secret=True, help="a token authorised for that key"),
        SettingField("list_id", "List for new cards",
                     help="pick it with 'list targets' after entering the key and token"),
        SettingField("done_list_id", "Move done cards to list", required=False,
                     help="empty: done cards stay put and are marked complete"),
        SettingField("api_url", "API root", "url", required=False, default=API),
    ),
)


def marker(task_id: int) -> str:
    """The tag in a card's description that ties it to its task (found again after a crash)."""
    return f"[chattasks:{task_id}]"


class TrelloConnector:
    """Cards in one Trello list."""

    def __init__(self, context: ConnectorContext) -> None:
        self.context, self.http = context, context.http
        settings = context.settings
        self.api = str(settings.get("api_url", API)).rstrip("/")
        self.list_id = str(context.target or settings["list_id"])
        self.done_list = str(settings.get("done_list_id") or "") or None
        self.zone = ZoneInfo(str(context.extra.get("timezone", "UTC")))
        # trello.json declares key and token as query parameters (its only security schemes)
        self._auth = {"key": context.secrets["api_key"].reveal(),
                      "token": context.secrets["token"].reveal()}

    def _call(self, method: str, path: str, params: dict[str, str] | None = None,
              ok: tuple[int, ...] = ()) -> Any:
        response = self.http.request(method, f"{self.api}{path}",
                                     params={**(params or {}), **self._auth}, ok=ok)
        return None if response.status_code in ok else response.json()

    def _fields(self, task: TaskSnapshot) -> dict[str, str]:
        done = task.status == "done"
        fields = {"name": task.title, "desc": f"{task.description}\n\n{marker(task.id)}".strip(),
                  "dueComplete": "true" if done else "false", "due": self._due(task)}
        fields["idList"] = self.done_list if done and self.done_list else self.list_id
        return fields

    def _due(self, task: TaskSnapshot) -> str:
        if task.due_at is None:
            return "null"
        due = task.due_at
        if not task.due_has_time:  # a date-only task: local midnight, read back as date-only
            day = due.astimezone(self.zone).date()
            due = datetime.combine(day, time(), self.zone)
        return due.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    # writing ---------------------------------------------------------------------------------
    def create(self, task: TaskSnapshot, key: str) -> RemoteRef:
        """Find the card an earlier try made (by its marker), else add one at the bottom."""
        existing = self._find(task.id)
        if existing is not None:
            return self.update(RemoteRef(existing), task, key)
        card = self._call("POST", "/cards", {"pos": "bottom", **self._fields(task)})
        return self._ref(card)

    def update(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Write name, description, due date, completion and list."""
        return self._ref(self._call("PUT", f"/cards/{ref.remote_id}", self._fields(task)))

    def complete(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """dueComplete, and a move to the Done list when one is set."""
        return self.update(ref, task, key)

    def delete(self, ref: RemoteRef, key: str) -> None:
        """Archive the card (Trello's own undoable delete); a missing card is fine."""
        self._call("PUT", f"/cards/{ref.remote_id}", {"closed": "true"}, ok=(404,))

    def _find(self, task_id: int) -> str | None:
        lists = [self.list_id] + ([self.done_list] if self.done_list else [])
        for list_id in lists:
            for card in self._call("GET", f"/lists/{list_id}/cards"):
                if marker(task_id) in str(card.get("desc", "")):
                    return str(card["id"])
        return None

    # reading ---------------------------------------------------------------------------------
    def read_back(self, refs: Sequence[RemoteRef]) -> list[RemoteState]:
        """Each linked card's completion and due date; archived or missing cards are deleted."""
        states = []
        for ref in refs:
            card = self._call("GET", f"/cards/{ref.remote_id}", {"fields": CARD_FIELDS}, ok=(404,))
            if card is None or card.get("closed"):
                states.append(RemoteState(ref, "cancelled", deleted=True))
                continue
            done = bool(card.get("badges", {}).get("dueComplete")) or (
                self.done_list is not None and card.get("idList") == self.done_list)
            due, timed = self._read_due(card.get("due"))
            states.append(RemoteState(self._ref(card), "done" if done else "open", due, timed,
                                      _parse(card.get("dateLastActivity"))))
        return states

    def _read_due(self, text: object) -> tuple[datetime | None, bool]:
        due = _parse(text)
        if due is None:
            return None, False
        return due, due.astimezone(self.zone).time() != time()

    def _ref(self, card: dict[str, Any]) -> RemoteRef:
        return RemoteRef(str(card["id"]), card.get("dateLastActivity"), card.get("url"))

    # pickers ---------------------------------------------------------------------------------
    def list_targets(self) -> list[Target]:
        """Every open list on every open board of the member, as 'Board / List'."""
        targets = []
        for board in self._call("GET", "/members/me/boards", {"filter": "open", "fields": "name"}):
            for item in self._call("GET", f"/boards/{board['id']}/lists", {"filter": "open"}):
                targets.append(Target(str(item["id"]), f"{board['name']} / {item['name']}"))
        return targets

    def test(self) -> str:
        """Check the key and token by listing the member's boards."""
        boards = self._call("GET", "/members/me/boards", {"filter": "open", "fields": "name"})
        return f"Trello: {len(boards)} open boards"


def _parse(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


CONNECTOR = ConnectorSpec(MANIFEST, TrelloConnector)
