"""Fake Trello REST API (v1): boards, lists and cards in memory, checked against trello.json."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from werkzeug.wrappers import Request, Response

from engine.core.clock import Clock

from .openapi_check import OpenApiChecker
from .server import FakeServer, Fault, json_response, parse_rfc3339, rfc3339


def _drop_date_formats(document: dict[str, Any]) -> None:
    card = document["components"]["schemas"]["Card"]["properties"]
    for schema in (card["due"], card["badges"]["properties"]["due"],
                   card["badges"]["properties"]["start"]):
        schema.pop("format", None)
    for path, method in (("/cards", "post"), ("/cards/{id}", "put")):
        for param in document["paths"][path][method]["parameters"]:
            if param.get("name") in ("due", "start"):
                param["schema"].pop("format", None)


def _member_username(document: dict[str, Any]) -> None:
    param = document["paths"]["/members/{id}/boards"]["get"]["parameters"][0]
    param["schema"] = {"type": "string"}


FIXUPS = [
    ("due/start: `format: date` dropped; Trello takes and returns ISO date-times there "
     "(the fake checks the value parses instead)", _drop_date_formats),
    ("/members/{id}/boards id: the TrelloID pattern dropped; its description allows "
     "'The ID or username of the member' (and `me`)", _member_username),
]


@dataclass
class TrelloState:
    """Everything the fake Trello account holds."""

    member: dict[str, Any]
    boards: dict[str, dict[str, Any]] = field(default_factory=dict)
    lists: dict[str, dict[str, Any]] = field(default_factory=dict)
    cards: dict[str, dict[str, Any]] = field(default_factory=dict)


class FakeTrello(FakeServer):
    """Trello on 127.0.0.1: `fake.url + "/1"` is the API root; key and token are checked."""

    base_path = "/1"

    def __init__(self, clock: Clock | None = None, key: str = "fake-key",
                 token: str = "fake-token") -> None:
        super().__init__(clock)
        self.key, self.token = key, token
        self.checker = OpenApiChecker("trello.json", FIXUPS)
        self._ids: Iterator[int] = itertools.count(1)
        self.state = TrelloState(member={"id": self.new_id(), "username": "fakeuser"})
        board = self.add_board("ChatTasks")
        self.board_id = board["id"]
        self.todo_list, self.doing_list, self.done_list = (
            self.add_list(board["id"], name)["id"] for name in ("To Do", "Doing", "Done"))
        for method, template, handler in [
            ("POST", "/1/cards", self._create_card), ("GET", "/1/cards/{id}", self._get_card),
            ("PUT", "/1/cards/{id}", self._update_card),
            ("GET", "/1/members/{id}/boards", self._member_boards),
            ("GET", "/1/boards/{id}/lists", self._board_lists),
            ("GET", "/1/lists/{id}/cards", self._list_cards),
            ("GET", "/1/boards/{id}/cards", self._board_cards),
        ]:
            self.route(method, template, handler)

    @property
    def api_url(self) -> str:
        """The API root, as `https://api.trello.com/1` is for the real service."""
        return self.url + "/1"

    def on_start(self) -> None:
        self.checker.serve_at(self.url)

    # seeding and remote edits ----------------------------------------------------------------
    def new_id(self) -> str:
        """A fresh 24-hex-digit Trello id."""
        return f"5f{next(self._ids):022x}"

    def add_board(self, name: str) -> dict[str, Any]:
        """Create a board the member belongs to."""
        board_id = self.new_id()
        board = {"id": board_id, "name": name, "desc": "", "closed": False, "pinned": False,
                 "starred": False, "url": f"https://trello.com/b/{board_id[-8:]}/board",
                 "shortUrl": f"https://trello.com/b/{board_id[-8:]}",
                 "shortLink": board_id[-8:]}
        self.state.boards[board_id] = board
        return board

    def add_list(self, board_id: str, name: str) -> dict[str, Any]:
        """Create a list at the end of a board."""
        list_id = self.new_id()
        position = 16384.0 * (1 + sum(1 for x in self.state.lists.values()
                                      if x["idBoard"] == board_id))
        self.state.lists[list_id] = {"id": list_id, "name": name, "closed": False,
                                     "pos": position, "idBoard": board_id, "subscribed": False}
        return self.state.lists[list_id]

    def edit_card(self, card_id: str, at: datetime | None = None, **changes: Any
                  ) -> dict[str, Any]:
        """Change a card as a person would in Trello's own app (at `at`, default now)."""
        with self.lock:
            card = self.state.cards[card_id]
            card.update(changes)
            if "idList" in changes:
                card["idBoard"] = self.state.lists[changes["idList"]]["idBoard"]
            card["dateLastActivity"] = rfc3339(at or self.clock.now())
            return card

    # checks ----------------------------------------------------------------------------------
    def check_request(self, request: Request) -> Iterator[str]:
        yield from self.checker.check_request(request)
        for name in ("due", "start"):
            value = request.args.get(name)
            if value not in (None, "null"):
                try:
                    parse_rfc3339(value)
                except ValueError:
                    yield f"query parameter {name!r}: {value!r} is not an ISO date or date-time"

    def check_response(self, request: Request, response: Response) -> Iterator[str]:
        return self.checker.check_response(request, response)

    def authorize(self, request: Request) -> Response | None:
        if request.args.get("key") != self.key:
            return Response("invalid key", 401, content_type="text/plain")
        if request.args.get("token") != self.token:
            return Response("invalid token", 401, content_type="text/plain")
        return None

    def fault_response(self, request: Request, fault: Fault) -> Response:
        if fault.status == 429:
            return json_response({"error": "API_TOKEN_LIMIT_EXCEEDED",
                                  "message": "Rate limit exceeded"}, 429)
        if fault.status == 401:
            return Response("invalid token", 401, content_type="text/plain")
        return Response("Internal Server Error", fault.status or 500, content_type="text/plain")

    def not_found(self, request: Request) -> Response:
        return Response("Cannot " + request.method + " " + request.path, 404,
                        content_type="text/plain")

    # handlers --------------------------------------------------------------------------------
    def _card_or_error(self, card_id: str) -> dict[str, Any] | Response:
        if len(card_id) != 24:
            return Response("invalid id", 400, content_type="text/plain")
        card = self.state.cards.get(card_id)
        if card is None:
            return Response("The requested resource was not found.", 404,
                            content_type="text/plain")
        return card

    def _apply(self, card: dict[str, Any], args: Any) -> Response | None:
        if "idList" in args:
            target = self.state.lists.get(args["idList"])
            if target is None:
                return Response("invalid value for idList", 400, content_type="text/plain")
            card["idList"], card["idBoard"] = target["id"], target["idBoard"]
        for name in ("name", "desc"):
            if name in args:
                card[name] = args[name]
        for name in ("closed", "dueComplete"):
            if name in args:
                card[name] = args[name] == "true"
        for name in ("due", "start"):
            if name in args:
                value = args[name]
                card[name] = None if value in ("null", "") else rfc3339(parse_rfc3339(value))
        if "pos" in args:
            ends = {"top": 0.0, "bottom": 65535.0 * (1 + len(self.state.cards))}
            card["pos"] = ends[args["pos"]] if args["pos"] in ends else float(args["pos"])
        card["dateLastActivity"] = rfc3339(self.clock.now())
        return None

    def _create_card(self, request: Request) -> Response:
        card_id = self.new_id()
        card: dict[str, Any] = {
            "id": card_id, "name": "", "desc": "", "closed": False, "due": None, "start": None,
            "dueComplete": False, "idMembers": [], "idLabels": [], "labels": [],
            "pos": 65535.0 * (1 + len(self.state.cards)), "idShort": len(self.state.cards) + 1,
            "shortLink": card_id[-8:], "shortUrl": f"https://trello.com/c/{card_id[-8:]}",
            "url": f"https://trello.com/c/{card_id[-8:]}/card"}
        error = self._apply(card, request.args)
        if error is not None:
            return error
        if "idList" not in card:
            return Response("invalid value for idList", 400, content_type="text/plain")
        self.state.cards[card_id] = card
        return json_response(self._render(card))

    def _get_card(self, request: Request, id: str) -> Response:  # noqa: A002
        card = self._card_or_error(id)
        if isinstance(card, Response):
            return card
        return json_response(self._render(card, request.args.get("fields")))

    def _update_card(self, request: Request, id: str) -> Response:  # noqa: A002
        card = self._card_or_error(id)
        if isinstance(card, Response):
            return card
        return self._apply(card, request.args) or json_response(self._render(card))

    def _member_boards(self, request: Request, id: str) -> Response:  # noqa: A002
        member = self.state.member
        if id not in ("me", member["id"], member["username"]):
            return Response("The requested resource was not found.", 404,
                            content_type="text/plain")
        wanted = request.args.get("filter", "all")
        boards = [b for b in self.state.boards.values()
                  if wanted in ("all", "members") or (wanted == "open") != b["closed"]]
        return json_response([self._fields(b, request.args.get("fields")) for b in boards])

    def _board_lists(self, request: Request, id: str) -> Response:  # noqa: A002
        if id not in self.state.boards:
            return Response("invalid id", 400, content_type="text/plain")
        lists = sorted((x for x in self.state.lists.values() if x["idBoard"] == id
                        and (request.args.get("filter", "open") == "all" or not x["closed"])),
                       key=lambda x: x["pos"])
        return json_response([self._fields(x, request.args.get("fields")) for x in lists])

    def _list_cards(self, request: Request, id: str) -> Response:  # noqa: A002
        if id not in self.state.lists:
            return Response("invalid id", 400, content_type="text/plain")
        return json_response([self._render(c) for c in self.state.cards.values()
                              if c["idList"] == id and not c["closed"]])

    def _board_cards(self, request: Request, id: str) -> Response:  # noqa: A002
        if id not in self.state.boards:
            return Response("invalid id", 400, content_type="text/plain")
        return json_response([self._render(c) for c in self.state.cards.values()
                              if c["idBoard"] == id and not c["closed"]])

    def _render(self, card: dict[str, Any], fields: str | None = None) -> dict[str, Any]:
        out = dict(card)
        # trello.json's Card declares `start` and `dueComplete` only inside `badges`
        out.pop("start")
        out.pop("dueComplete")
        out["badges"] = {"due": card["due"], "start": card["start"],
                         "dueComplete": card["dueComplete"], "comments": 0, "attachments": 0,
                         "description": bool(card["desc"])}
        return self._fields(out, fields)

    @staticmethod
    def _fields(item: dict[str, Any], fields: str | None) -> dict[str, Any]:
        if fields in (None, "all"):
            return dict(item)
        wanted = set(fields.split(",")) | {"id"}
        return {k: v for k, v in item.items() if k in wanted}
