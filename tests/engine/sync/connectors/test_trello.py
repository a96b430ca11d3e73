"""The Trello connector: the shared contract against the fake Trello (which checks every
exchange against trello.json), plus Trello-specific behaviour."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest

from engine.store import Database
from engine.sync import registry, store
from engine.sync.connectors.trello import CONNECTOR, TrelloConnector, marker
from engine.sync.protocols import RemoteRef, Target, capabilities_of
from engine.sync.routing import load_task
from engine.sync.service import SyncService
from tests.engine.sync.conftest import StepClock, insert_task
from tests.engine.sync.contract import Case, RemoteView
from tests.engine.sync.fakes import FakeTrello, rfc3339
from tests.engine.sync.test_contract import (  # noqa: F401 - collected here for Trello's cases
    DUE,
    test_create_update_complete_and_read_back,
    test_expired_auth_asks_to_reconnect_and_loses_nothing,
    test_offline_keeps_entries_pending_with_backoff,
    test_remote_changes_come_back_and_conflicts_keep_the_loser,
    test_retry_after_a_crash_creates_no_duplicate,
    test_transient_failures_are_retried,
)

REFERENCE = "engine.sync.connectors.trello:CONNECTOR"


@pytest.fixture(autouse=True)
def builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until registry.BUILTINS lists Trello, the contract's own discovery must find it."""
    if REFERENCE not in registry.BUILTINS:
        monkeypatch.setattr(registry, "BUILTINS", (*registry.BUILTINS, REFERENCE))


@pytest.fixture
def trello(clock: StepClock) -> Iterator[FakeTrello]:
    with FakeTrello(clock) as fake:
        yield fake
    assert fake.violations == [], "\n".join(map(str, fake.violations))


def _view(fake: FakeTrello, done_list: bool) -> RemoteView:
    def card_of(task_id: int) -> dict[str, Any]:
        return next(c for c in fake.state.cards.values() if marker(task_id) in c["desc"])

    def items() -> dict[int, dict[str, Any]]:
        found = {}
        for card in fake.state.cards.values():
            tag = card["desc"].rsplit("[chattasks:", 1)
            if len(tag) == 2 and not card["closed"]:
                done = card["dueComplete"] or card["idList"] == fake.done_list
                found[int(tag[1].rstrip("]"))] = {
                    "title": card["name"], "status": "COMPLETED" if done else "NEEDS-ACTION"}
        return found

    def edit(task_id: int, status: str, due: datetime | None, modified: datetime) -> None:
        changes: dict[str, Any] = {"due": rfc3339(due)} if due else {}
        if done_list:  # a person drags the card between lists
            changes["idList"] = fake.done_list if status == "done" else fake.todo_list
        else:  # a person ticks the due-date checkbox
            changes["dueComplete"] = status == "done"
        fake.edit_card(card_of(task_id)["id"], at=modified, **changes)

    def break_auth() -> None:
        fake.token = "a-token-issued-later"

    settings = {"api_key": fake.key, "token": fake.token, "list_id": fake.todo_list,
                "api_url": fake.api_url}
    if done_list:
        settings["done_list_id"] = fake.done_list
    return RemoteView(settings, items, break_auth, edit)


CASES = [
    Case("trello", "trello", lambda request: _view(request.getfixturevalue("trello"), False)),
    Case("trello-done-list", "trello",
         lambda request: _view(request.getfixturevalue("trello"), True)),
]


@pytest.fixture(params=CASES, ids=[c.id for c in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Case, RemoteView]:
    chosen: Case = request.param
    return chosen, chosen.setup(request)


def _open(make_service: Callable[..., SyncService], db: Database, fake: FakeTrello,
          **extra: str) -> TrelloConnector:
    service = make_service(db)
    view = _view(fake, False)
    account = service.add_account("trello", "board", {**view.settings, **extra})
    connector, _ = service.open(store.find_account(db, account))
    assert isinstance(connector, TrelloConnector)
    return connector


def test_manifest_matches_the_instance(trello: FakeTrello, db: Database,
                                       make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, trello)
    assert set(capabilities_of(connector)) == set(CONNECTOR.manifest.capabilities)
    assert CONNECTOR.manifest.secret_names == ("api_key", "token")


def test_targets_are_board_lists(trello: FakeTrello, db: Database,
                                 make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, trello)
    assert connector.list_targets() == [
        Target(trello.todo_list, "ChatTasks / To Do"), Target(trello.doing_list, "ChatTasks / Doing"),
        Target(trello.done_list, "ChatTasks / Done")]
    assert connector.test() == "Trello: 1 open boards"


def test_date_only_due_round_trips_as_date_only(trello: FakeTrello, db: Database,
                                                make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, trello)
    task_id = insert_task(db, "Pick up keys", due=DUE, has_time=False)
    routed = load_task(db, task_id)
    assert routed is not None
    ref = connector.create(routed.snapshot, "k1")
    [card] = trello.state.cards.values()
    assert card["due"] == "2026-03-04T23:00:00.000Z"  # midnight in Europe/Berlin
    [state] = connector.read_back([ref])
    assert (state.due_at, state.due_has_time) == (datetime.fromisoformat(
        "2026-03-04T23:00:00+00:00"), False)


def test_archived_cards_read_back_as_deleted(trello: FakeTrello, db: Database,
                                             make_service: Callable[..., SyncService]) -> None:
    connector = _open(make_service, db, trello)
    task_id = insert_task(db, "Sweep", due=DUE)
    routed = load_task(db, task_id)
    assert routed is not None
    ref = connector.create(routed.snapshot, "k1")
    connector.delete(ref, "k2")
    assert connector.read_back([ref])[0].deleted
    assert connector.read_back([RemoteRef("5f" + "0" * 22)])[0].deleted
