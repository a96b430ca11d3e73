"""OAuth2 authorization code with PKCE on a loopback redirect: auth URL, one-shot redirect
server, code exchange, refresh, and an Authorizer that refreshes once on a 401."""

from __future__ import annotations

import base64
import hashlib
import secrets as pysecrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from engine.sync.errors import ReconnectNeededError, RemoteRejectedError, SyncError
from engine.sync.manifest import OAuthEndpoints
from engine.sync.secrets import Secret

DONE_PAGE = b"<html><body><p>ChatTasks is connected. You can close this tab.</p></body></html>"


@dataclass(frozen=True, slots=True)
class Pkce:
    """A PKCE verifier and its S256 challenge, plus the anti-forgery state."""

    verifier: str
    challenge: str
    state: str

    @classmethod
    def new(cls) -> Pkce:
        """Fresh random values."""
        verifier = pysecrets.token_urlsafe(64)[:96]
        digest = hashlib.sha256(verifier.encode()).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        return cls(verifier, challenge, pysecrets.token_urlsafe(24))


@dataclass(frozen=True, slots=True)
class Tokens:
    """Access and refresh tokens with the access token's expiry."""

    access: Secret
    refresh: Secret | None
    expires_at: datetime | None


def authorization_url(endpoints: OAuthEndpoints, client_id: str, redirect_uri: str,
                      pkce: Pkce, extra: dict[str, str] | None = None) -> str:
    """Where to send the user's browser."""
    query = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
             "code_challenge": pkce.challenge, "code_challenge_method": "S256",
             "state": pkce.state, "scope": " ".join(endpoints.scopes), **(extra or {})}
    return f"{endpoints.authorize_url}?{urlencode(query)}"


class LoopbackRedirect:
    """A one-shot HTTP server on 127.0.0.1 that catches the redirect carrying the code."""

    def __init__(self, path: str = "/callback") -> None:
        self.path = path
        self.result: dict[str, str] = {}
        self._done = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass  # the query holds the code: never log it

            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                if parts.path != owner.path:
                    self.send_response(404)
                    self.end_headers()
                    return
                owner.result = {k: v[0] for k, v in parse_qs(parts.query).items()}
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(DONE_PAGE)
                owner._done.set()

        self._server = HTTPServer(("127.0.0.1", 0), Handler)

    @property
    def redirect_uri(self) -> str:
        """The redirect URI to register in the authorization request."""
        return f"http://127.0.0.1:{self._server.server_port}{self.path}"

    def wait(self, state: str, timeout: float = 300.0) -> str:
        """Serve until the redirect arrives; returns the code after checking `state`."""
        thread = threading.Thread(target=self._serve, daemon=True)
        thread.start()
        try:
            if not self._done.wait(timeout):
                raise SyncError("the browser sign-in did not finish in time; try again")
        finally:
            self._server.shutdown()
            self.close()
        if "error" in self.result:
            raise SyncError(f"sign-in refused: {self.result['error']}")
        if self.result.get("state") != state:
            raise SyncError("sign-in answer did not match the request (state); try again")
        return self.result["code"]

    def close(self) -> None:
        """Release the port (also when the browser was never opened)."""
        self._server.server_close()

    def _serve(self) -> None:
        self._server.serve_forever(poll_interval=0.05)


def _tokens(data: dict[str, Any], now: datetime, previous: Secret | None) -> Tokens:
    expires = data.get("expires_in")
    refresh = data.get("refresh_token")
    return Tokens(Secret(str(data["access_token"])),
                  Secret(str(refresh)) if refresh else previous,
                  now + timedelta(seconds=int(expires)) if expires else None)


def exchange_code(http: httpx.Client, endpoints: OAuthEndpoints, client_id: str, code: str,
                  redirect_uri: str, pkce: Pkce, now: datetime) -> Tokens:
    """Trade the authorization code (and PKCE verifier) for tokens."""
    response = http.post(endpoints.token_url, data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
        "client_id": client_id, "code_verifier": pkce.verifier})
    if response.status_code != 200:
        raise RemoteRejectedError(f"the token exchange failed ({response.status_code})",
                                  status=response.status_code)
    return _tokens(response.json(), now, None)


def refresh_tokens(http: httpx.Client, endpoints: OAuthEndpoints, client_id: str,
                   refresh: Secret, now: datetime) -> Tokens:
    """New tokens from a refresh token; a refusal means the user must reconnect."""
    response = http.post(endpoints.token_url, data={
        "grant_type": "refresh_token", "refresh_token": refresh.reveal(), "client_id": client_id})
    if response.status_code != 200:
        raise ReconnectNeededError("the sign-in expired and could not be renewed; reconnect",
                                   status=response.status_code)
    return _tokens(response.json(), now, refresh)


class OAuthAuthorizer:
    """Bearer tokens that refresh once on a 401 and persist through `save`."""

    def __init__(self, tokens: Tokens, refresher: Callable[[Secret], Tokens],
                 save: Callable[[Tokens], None]) -> None:
        self.tokens = tokens
        self._refresher = refresher
        self._save = save

    def __repr__(self) -> str:
        return "OAuthAuthorizer(••••••)"

    def headers(self) -> dict[str, str]:
        """The bearer header."""
        return {"Authorization": f"Bearer {self.tokens.access.reveal()}"}

    def refresh(self) -> bool:
        """Refresh once; False when there is no refresh token or it was refused."""
        if self.tokens.refresh is None:
            return False
        try:
            self.tokens = self._refresher(self.tokens.refresh)
        except ReconnectNeededError:
            return False
        self._save(self.tokens)
        return True
