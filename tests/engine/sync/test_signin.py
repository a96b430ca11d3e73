"""The browser sign-in returns tokens as secrets, against a local fake authorization server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from engine.core.clock import FixedClock
from engine.sync.errors import SettingsError
from engine.sync.manifest import Manifest, OAuthEndpoints
from engine.sync.secrets import Secret
from engine.sync.signin import endpoints_of, sign_in
from tests.engine.sync.fakes import FakeOAuth
from tests.engine.sync.fakes.server import START

from .test_oauth import Browser

MANIFEST = Manifest("cloud", "Cloud", "tasks", "oauth2_pkce", ("cloud.example",),
                    oauth=OAuthEndpoints("https://cloud.example/auth", "https://cloud.example/t",
                                         ("tasks",)))


@pytest.fixture
def fake() -> Iterator[FakeOAuth]:
    with FakeOAuth() as server:
        yield server


def test_sign_in_opens_the_browser_and_returns_secrets(fake: FakeOAuth) -> None:
    opened: list[Browser] = []
    settings = {"client_id": "fake-client-id", "authorize_url": fake.authorize_url,
                "token_url": fake.token_url}
    found = sign_in(MANIFEST, settings, lambda url: opened.append(Browser(url)),
                    FixedClock(START), timeout=10)
    assert set(found) == {"access_token", "refresh_token"}
    assert all(isinstance(value, Secret) for value in found.values())
    assert found["refresh_token"].reveal() in fake.oauth.refresh_tokens
    assert fake.violations == [] and len(opened) == 1
    assert fake.requests_to("GET", "/o/oauth2/v2/auth")[0].query["scope"] == ["tasks"]


def test_endpoints_must_stay_on_declared_hosts() -> None:
    with pytest.raises(SettingsError, match="may not contact evil.example"):
        endpoints_of(MANIFEST, {"token_url": "https://evil.example/token"})
    plain = Manifest("p", "Plain", "tasks", "api_token", ())
    with pytest.raises(SettingsError, match="does not sign in with OAuth"):
        endpoints_of(plain, {})


def test_a_browser_that_fails_to_open_releases_the_port() -> None:
    def broken(url: str) -> None:
        raise OSError("no browser")

    with pytest.raises(OSError, match="no browser"):
        sign_in(MANIFEST, {"client_id": "c"}, broken, FixedClock(START), timeout=1)
