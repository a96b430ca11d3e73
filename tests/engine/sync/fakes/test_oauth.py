"""The fake OAuth server runs the loopback authorization-code flow with PKCE S256 strictly."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.engine.sync.fakes import FakeOAuth, s256

VERIFIER = "v" * 43
REDIRECT = "http://127.0.0.1:8765/callback"


@pytest.fixture
def server() -> Iterator[FakeOAuth]:
    with FakeOAuth() as fake:
        yield fake


def authorize(server: FakeOAuth, **overrides: str) -> dict[str, list[str]]:
    params = {"client_id": "fake-client-id", "redirect_uri": REDIRECT, "response_type": "code",
              "scope": "calendar", "state": "st4te", "code_challenge": s256(VERIFIER),
              "code_challenge_method": "S256", **overrides}
    answer = httpx.get(server.authorize_url, params=params)
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith(REDIRECT)
    return parse_qs(urlsplit(location).query)


def exchange(server: FakeOAuth, code: str, verifier: str = VERIFIER) -> httpx.Response:
    return httpx.post(server.token_url, data={
        "grant_type": "authorization_code", "code": code, "code_verifier": verifier,
        "redirect_uri": REDIRECT, "client_id": "fake-client-id"})


def test_s256_matches_rfc7636_appendix_b() -> None:
    assert s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == \
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    digest = hashlib.sha256(VERIFIER.encode()).digest()
    assert s256(VERIFIER) == base64.urlsafe_b64encode(digest).decode().rstrip("=")


def test_code_flow_with_pkce(server: FakeOAuth) -> None:
    query = authorize(server)
    assert query["state"] == ["st4te"]
    tokens = exchange(server, query["code"][0]).json()
    assert set(tokens) == {"access_token", "refresh_token", "expires_in", "scope", "token_type"}
    assert exchange(server, query["code"][0]).status_code == 400  # a code works once
    assert server.oauth.access_tokens.keys() == {tokens["access_token"]}


def test_wrong_verifier_is_rejected_and_recorded(server: FakeOAuth) -> None:
    answer = exchange(server, authorize(server)["code"][0], verifier="w" * 43)
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"
    assert [v.message for v in server.violations] == [
        "invalid_grant: code_verifier fails PKCE S256"]


def test_plain_challenge_method_is_refused(server: FakeOAuth) -> None:
    query = authorize(server, code_challenge_method="plain", code_challenge=VERIFIER)
    assert query["error"] == ["invalid_request"] and "code" not in query
    assert len(server.violations) == 1


def test_refresh_and_revocation(server: FakeOAuth) -> None:
    tokens = exchange(server, authorize(server)["code"][0]).json()
    refresh = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"],
               "client_id": "fake-client-id"}
    renewed = httpx.post(server.token_url, data=refresh).json()
    assert renewed["access_token"] != tokens["access_token"] and "refresh_token" not in renewed
    server.oauth.revoke_refresh_tokens()
    refused = httpx.post(server.token_url, data=refresh)
    assert (refused.status_code, refused.json()["error"]) == (400, "invalid_grant")
    assert server.violations == []  # a revoked grant is the user's doing, not a client bug
