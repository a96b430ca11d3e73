"""OAuth2 PKCE against a local fake authorization server, with httpx playing the browser."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from werkzeug.wrappers import Request, Response

from engine.core.clock import FixedClock
from engine.sync.errors import ReconnectNeededError, RemoteRejectedError, SyncError
from engine.sync.http import HttpClient, RetryPolicy
from engine.sync.manifest import Manifest, OAuthEndpoints
from engine.sync.oauth import (
    DONE_PAGE,
    LoopbackRedirect,
    OAuthAuthorizer,
    Pkce,
    Tokens,
    authorization_url,
    exchange_code,
    refresh_tokens,
)
from engine.sync.secrets import Secret
from tests.engine.sync.fakes import FakeOAuth, s256
from tests.engine.sync.fakes.server import START, json_response

CLIENT = "fake-client-id"


@pytest.fixture
def fake() -> Iterator[FakeOAuth]:
    with FakeOAuth() as server:
        server.route("GET", "/api/me", lambda request: _me(server, request))
        yield server


def _me(server: FakeOAuth, request: Request) -> Response:
    if not server.oauth.valid(request):
        return json_response({"error": "invalid_token"}, 401)
    return json_response({"name": "Anna"})


def _endpoints(fake: FakeOAuth) -> OAuthEndpoints:
    return OAuthEndpoints(fake.authorize_url, fake.token_url, ("calendar", "tasks"))


class Browser:
    """Follows the authorization URL and its redirect to the loopback server, in a thread."""

    def __init__(self, url: str) -> None:
        self.pages: list[httpx.Response] = []
        self.thread = threading.Thread(target=self._run, args=(url,), daemon=True)
        self.thread.start()

    def _run(self, url: str) -> None:
        with httpx.Client(follow_redirects=True, timeout=10) as client:
            self.pages.append(client.get(url))


def _sign_in(fake: FakeOAuth) -> tuple[Pkce, str, str]:
    pkce, redirect = Pkce.new(), LoopbackRedirect()
    browser = Browser(authorization_url(_endpoints(fake), CLIENT, redirect.redirect_uri, pkce))
    code = redirect.wait(pkce.state, timeout=10)
    browser.thread.join(10)
    assert browser.pages[0].status_code == 200 and browser.pages[0].content == DONE_PAGE
    return pkce, code, redirect.redirect_uri


def test_authorization_url_carries_an_s256_challenge_and_state() -> None:
    pkce = Pkce.new()
    url = authorization_url(OAuthEndpoints("https://auth.example/authorize", "https://t", ("a",)),
                            CLIENT, "http://127.0.0.1:5/callback", pkce)
    query = {key: value[0] for key, value in parse_qs(urlsplit(url).query).items()}
    assert query["code_challenge"] == s256(pkce.verifier) != pkce.verifier
    assert query["code_challenge_method"] == "S256" and query["response_type"] == "code"
    assert query["state"] == pkce.state and len(pkce.state) >= 24
    assert query["redirect_uri"] == "http://127.0.0.1:5/callback"
    assert 43 <= len(pkce.verifier) <= 128 and pkce.verifier not in url
    assert Pkce.new().verifier != pkce.verifier


def test_loopback_sign_in_exchanges_the_code_with_the_verifier(fake: FakeOAuth) -> None:
    pkce, code, redirect_uri = _sign_in(fake)
    with httpx.Client() as client:
        tokens = exchange_code(client, _endpoints(fake), CLIENT, code, redirect_uri, pkce, START)
    assert tokens.access.reveal() in fake.oauth.access_tokens
    assert tokens.refresh is not None and tokens.expires_at == START + timedelta(hours=1)
    assert fake.violations == []
    token_call = fake.requests_to("POST", "/token")[0]
    assert parse_qs(token_call.body.decode())["code_verifier"] == [pkce.verifier]


def test_a_wrong_verifier_is_refused(fake: FakeOAuth) -> None:
    pkce, code, redirect_uri = _sign_in(fake)
    forged = Pkce(Pkce.new().verifier, pkce.challenge, pkce.state)
    with httpx.Client() as client, pytest.raises(RemoteRejectedError, match="token exchange"):
        exchange_code(client, _endpoints(fake), CLIENT, code, redirect_uri, forged, START)
    assert [v.message for v in fake.violations] == ["invalid_grant: code_verifier fails PKCE S256"]


def test_a_redirect_with_another_state_is_refused() -> None:
    redirect = LoopbackRedirect()
    Browser(redirect.redirect_uri + "?code=stolen&state=forged")
    with pytest.raises(SyncError, match="did not match the request"):
        redirect.wait("expected-state", timeout=10)


def test_a_refused_consent_is_reported() -> None:
    redirect = LoopbackRedirect()
    Browser(redirect.redirect_uri + "?error=access_denied&state=s")
    with pytest.raises(SyncError, match="sign-in refused: access_denied"):
        redirect.wait("s", timeout=10)


def test_no_redirect_in_time_releases_the_port() -> None:
    redirect = LoopbackRedirect()
    uri = redirect.redirect_uri
    with pytest.raises(SyncError, match="did not finish in time"):
        redirect.wait("s", timeout=0.2)
    with pytest.raises(httpx.ConnectError):
        httpx.get(uri, timeout=2)


def test_refresh_and_revoked_refresh(fake: FakeOAuth) -> None:
    issued = fake.oauth.issue("calendar")
    with httpx.Client() as client:
        tokens = refresh_tokens(client, _endpoints(fake), CLIENT,
                                Secret(issued["refresh_token"]), START)
        assert tokens.access.reveal() != issued["access_token"]
        assert tokens.refresh == Secret(issued["refresh_token"])  # kept when not rotated
        fake.oauth.revoke_refresh_tokens()
        with pytest.raises(ReconnectNeededError, match="reconnect"):
            refresh_tokens(client, _endpoints(fake), CLIENT, Secret(issued["refresh_token"]),
                           START)


def test_authorizer_refreshes_once_on_401_then_asks_to_reconnect(fake: FakeOAuth) -> None:
    issued = fake.oauth.issue()
    saved: list[Tokens] = []

    def renew(refresh: Secret) -> Tokens:
        with httpx.Client() as client:
            return refresh_tokens(client, _endpoints(fake), CLIENT, refresh, START)

    authorizer = OAuthAuthorizer(Tokens(Secret(issued["access_token"]),
                                        Secret(issued["refresh_token"]), None), renew, saved.append)
    manifest = Manifest("fake", "Fake", "tasks", "oauth2_pkce", ("127.0.0.1",))
    http = HttpClient(manifest, policy=RetryPolicy(attempts=1), clock=FixedClock(START).now)
    http.with_authorizer(authorizer)
    try:
        assert http.request("GET", fake.url + "/api/me").json() == {"name": "Anna"}
        fake.oauth.expire_access_tokens()
        assert http.request("GET", fake.url + "/api/me").status_code == 200
        assert fake.oauth.refresh_count == 1 and len(saved) == 1
        fake.oauth.expire_access_tokens()
        fake.oauth.revoke_refresh_tokens()
        with pytest.raises(ReconnectNeededError, match="reconnect the account"):
            http.request("GET", fake.url + "/api/me")
    finally:
        http.close()
    assert "OAuthAuthorizer(••••••)" == repr(authorizer)
