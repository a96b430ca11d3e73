"""The browser sign-in of OAuth2 connectors: PKCE on a loopback redirect, tokens as secrets."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import httpx

from engine.core.clock import Clock
from engine.sync.errors import SettingsError
from engine.sync.manifest import Manifest, OAuthEndpoints
from engine.sync.oauth import LoopbackRedirect, Pkce, authorization_url, exchange_code
from engine.sync.secrets import Secret

OpenBrowser = Callable[[str], None]
"""Shows a URL to the user (the GUI opens the system browser; the CLI prints it)."""


def endpoints_of(manifest: Manifest, settings: Mapping[str, object]) -> OAuthEndpoints:
    """The manifest's OAuth endpoints, with `authorize_url` / `token_url` settings overriding
    them (self-hosted servers and local test fakes)."""
    if manifest.oauth is None:
        raise SettingsError(f"{manifest.name} does not sign in with OAuth")
    authorize = str(settings.get("authorize_url") or manifest.oauth.authorize_url)
    token = str(settings.get("token_url") or manifest.oauth.token_url)
    for url in (authorize, token):
        manifest.check_host(url)
    return OAuthEndpoints(authorize, token, manifest.oauth.scopes)


def sign_in(manifest: Manifest, settings: Mapping[str, object], open_browser: OpenBrowser,
            clock: Clock, *, timeout: float = 300.0,
            transport: httpx.BaseTransport | None = None) -> dict[str, Secret]:
    """Run the authorization-code flow; returns the `access_token` / `refresh_token` secrets.

    Blocks until the browser comes back (or `timeout`): call it off the GUI thread."""
    client_id = str(settings.get("client_id") or "")
    if not client_id:
        raise SettingsError(f"{manifest.name}: 'OAuth client id' is required to sign in")
    endpoints = endpoints_of(manifest, settings)
    pkce = Pkce.new()
    redirect = LoopbackRedirect()
    try:
        # Google hands out a refresh token only with these; other servers ignore unknown
        # parameters (RFC 6749 section 3.1).
        open_browser(authorization_url(endpoints, client_id, redirect.redirect_uri, pkce,
                                       {"access_type": "offline", "prompt": "consent"}))
    except BaseException:
        redirect.close()
        raise
    code = redirect.wait(pkce.state, timeout)
    with httpx.Client(transport=transport, timeout=20.0) as client:
        tokens = exchange_code(client, endpoints, client_id, code, redirect.redirect_uri, pkce,
                               clock.now())
    found = {"access_token": tokens.access}
    if tokens.refresh is not None:
        found["refresh_token"] = tokens.refresh
    return found
