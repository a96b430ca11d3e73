"""The fake Trello answers like Trello and flags every request trello.json does not allow."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.engine.sync.fakes import FakeTrello

AUTH = {"key": "fake-key", "token": "fake-token"}


@pytest.fixture
def trello() -> Iterator[FakeTrello]:
    with FakeTrello() as fake:
        yield fake


def create(fake: FakeTrello, **params: str) -> httpx.Response:
    return httpx.post(f"{fake.api_url}/cards", params={**AUTH, "idList": fake.todo_list, **params})


def test_card_life_cycle_is_clean_and_stateful(trello: FakeTrello) -> None:
    card = create(trello, name="Buy tiles", due="2026-11-30T17:00:00.000Z", pos="top").json()
    assert card["idList"] == trello.todo_list and card["badges"]["dueComplete"] is False
    moved = httpx.put(f"{trello.api_url}/cards/{card['id']}",
                      params={**AUTH, "dueComplete": "true", "idList": trello.done_list})
    assert moved.status_code == 200
    back = httpx.get(f"{trello.api_url}/cards/{card['id']}",
                     params={**AUTH, "fields": "badges,idList,due"}).json()
    assert back == {"id": card["id"], "idList": trello.done_list, "due": "2026-11-30T17:00:00.000Z",
                    "badges": {**card["badges"], "dueComplete": True}}
    cleared = httpx.put(f"{trello.api_url}/cards/{card['id']}", params={**AUTH, "due": "null"})
    assert cleared.json()["due"] is None
    in_done = httpx.get(f"{trello.api_url}/lists/{trello.done_list}/cards", params=AUTH).json()
    assert [c["id"] for c in in_done] == [card["id"]]
    assert trello.violations == []
    assert [r.method for r in trello.requests] == ["POST", "PUT", "GET", "PUT", "GET"]


def test_targets_boards_and_lists(trello: FakeTrello) -> None:
    boards = httpx.get(f"{trello.api_url}/members/me/boards",
                       params={**AUTH, "filter": "open", "fields": "name"}).json()
    assert boards == [{"id": trello.board_id, "name": "ChatTasks"}]
    lists = httpx.get(f"{trello.api_url}/boards/{trello.board_id}/lists", params=AUTH).json()
    assert [x["name"] for x in lists] == ["To Do", "Doing", "Done"]
    assert trello.violations == []


@pytest.mark.parametrize(("params", "expected"), [
    ({"dueComplete": "maybe"}, "dueComplete"),                 # wrong type
    ({"idList": None}, "Missing required query parameter: idList"),
    ({"colour": "red"}, "query parameter 'colour' is not declared"),
    ({"due": "next friday"}, "is not an ISO date"),
    ({"pos": "middle"}, "pos"),
])
def test_invalid_requests_are_recorded(trello: FakeTrello, params: dict[str, str | None],
                                       expected: str) -> None:
    query = {k: v for k, v in {**AUTH, "idList": trello.todo_list, "name": "x", **params}.items()
             if v is not None}
    httpx.post(f"{trello.api_url}/cards", params=query)
    assert len(trello.violations) >= 1
    assert any(expected in v.message for v in trello.violations), trello.violations


def test_a_body_where_trello_json_declares_none_is_a_violation(trello: FakeTrello) -> None:
    httpx.post(f"{trello.api_url}/cards", params={**AUTH, "idList": trello.todo_list},
               json={"name": "in the body"})
    assert [v.message for v in trello.violations] == [
        "a body was sent to an operation that declares none"]


def test_responses_are_checked_too(trello: FakeTrello) -> None:
    card = create(trello, name="x").json()
    trello.edit_card(card["id"], invented=1)  # a fake that drifts from the spec gets caught
    httpx.get(f"{trello.api_url}/cards/{card['id']}", params=AUTH)
    assert [(v.direction, v.message) for v in trello.violations] == [
        ("response", "response key 'invented' is not declared")]


def test_wrong_credentials_answer_401(trello: FakeTrello) -> None:
    answer = httpx.get(f"{trello.api_url}/cards/{'0' * 24}", params={**AUTH, "token": "old"})
    assert (answer.status_code, answer.text) == (401, "invalid token")


def test_faults_rate_limit_then_server_error_then_recover(trello: FakeTrello) -> None:
    trello.fail_next(429, retry_after=2)
    trello.fail_next(502)
    first, second, third = (create(trello, name="x") for _ in range(3))
    assert (first.status_code, first.headers["Retry-After"]) == (429, "2")
    assert second.status_code == 502
    assert third.status_code == 200 and len(trello.state.cards) == 1


def test_hang_commits_the_change_but_the_client_times_out(trello: FakeTrello) -> None:
    trello.fail_next(hang=2.0)
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{trello.api_url}/cards",
                   params={**AUTH, "idList": trello.todo_list, "name": "x"}, timeout=0.3)
    assert [c["name"] for c in trello.state.cards.values()] == ["x"]


def test_fault_can_target_one_path(trello: FakeTrello) -> None:
    trello.fail_next(503, path=r"/lists/", times=2)
    assert create(trello, name="x").status_code == 200
    lists = [httpx.get(f"{trello.api_url}/lists/{trello.todo_list}/cards", params=AUTH)
             for _ in range(3)]
    assert [r.status_code for r in lists] == [503, 503, 200]
