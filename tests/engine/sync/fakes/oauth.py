"""A fake OAuth 2.0 authorization server: loopback redirects, PKCE S256, refresh, expiry."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from werkzeug.wrappers import Request, Response

from engine.core.clock import Clock

from .server import FakeServer, json_response

_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
AUTHORIZE_PATH = "/o/oauth2/v2/auth"
TOKEN_PATH = "/token"


def s256(verifier: str) -> str:
    """The PKCE S256 code challenge of a verifier (RFC 7636 section 4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(slots=True)
class _Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    used: bool = False


class OAuthProvider:
    """The authorization and token endpoints, mounted on a fake server."""

    def __init__(self, server: FakeServer, clock: Clock, client_id: str = "fake-client-id",
                 client_secret: str | None = None, lifetime: int = 3600) -> None:
        self.server, self.clock = server, clock
        self.client_id, self.client_secret, self.lifetime = client_id, client_secret, lifetime
        self.grants: dict[str, _Grant] = {}
        self.access_tokens: dict[str, datetime] = {}
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> scope
        self.refresh_count = 0
        server.route("GET", AUTHORIZE_PATH, self.authorize_endpoint)
        server.route("POST", TOKEN_PATH, self.token_endpoint)

    # helpers for tests -----------------------------------------------------------------------
    def issue(self, scope: str = "") -> dict[str, Any]:
        """Tokens as if the user had already connected (skips the browser step)."""
        return self._tokens(scope, with_refresh=True)

    def expire_access_tokens(self) -> None:
        """Every access token handed out so far stops working (refresh tokens still do)."""
        self.access_tokens.clear()

    def revoke_refresh_tokens(self) -> None:
        """The user disconnected the app: refreshing fails until they connect again."""
        self.refresh_tokens.clear()

    def valid(self, request: Request) -> bool:
        """Whether the request carries a live bearer token."""
        header = request.headers.get("Authorization", "")
        token = header[7:] if header.startswith("Bearer ") else ""
        expiry = self.access_tokens.get(token)
        return expiry is not None and self.clock.now() < expiry

    # endpoints -------------------------------------------------------------------------------
    def authorize_endpoint(self, request: Request) -> Response:
        """Consent is automatic: redirect back to the loopback URI with a code (or an error)."""
        args = request.args
        redirect_uri = args.get("redirect_uri", "")
        host = urlsplit(redirect_uri).hostname
        if args.get("client_id") != self.client_id or host not in ("127.0.0.1", "localhost",
                                                                     "::1"):
            self.server.violation("protocol", request, "unknown client or non-loopback redirect")
            return Response("invalid_client or redirect_uri", 400)
        problem = None
        if args.get("response_type") != "code":
            problem = "response_type must be code"
        elif not args.get("code_challenge") or args.get("code_challenge_method") != "S256":
            problem = "PKCE with code_challenge_method=S256 is required"
        elif not args.get("state"):
            problem = "state is required"
        if problem:
            self.server.violation("protocol", request, problem)
            query = {"error": "invalid_request", "error_description": problem}
        else:
            code = "code-" + secrets.token_urlsafe(16)
            self.grants[code] = _Grant(self.client_id, redirect_uri, args["code_challenge"],
                                       args.get("scope", ""))
            query = {"code": code}
        if args.get("state"):
            query["state"] = args["state"]
        separator = "&" if "?" in redirect_uri else "?"
        return Response(status=302, headers={"Location": redirect_uri + separator +
                                             urlencode(query)})

    def token_endpoint(self, request: Request) -> Response:
        """Exchange a code (checking PKCE) or a refresh token for an access token."""
        form = request.form
        if request.mimetype != "application/x-www-form-urlencoded":
            return self._error(request, "invalid_request", "the body must be form-encoded")
        if form.get("client_id") != self.client_id:
            return self._error(request, "invalid_client", "unknown client_id", 401)
        if self.client_secret is not None and form.get("client_secret") != self.client_secret:
            return self._error(request, "invalid_client", "wrong client_secret", 401)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            grant = self.grants.get(form.get("code", ""))
            verifier = form.get("code_verifier", "")
            if grant is None or grant.used:
                return self._error(request, "invalid_grant", "unknown or used code")
            grant.used = True
            if form.get("redirect_uri") != grant.redirect_uri:
                return self._error(request, "invalid_grant", "redirect_uri does not match")
            if not _VERIFIER.match(verifier) or s256(verifier) != grant.challenge:
                return self._error(request, "invalid_grant", "code_verifier fails PKCE S256")
            return json_response(self._tokens(grant.scope, with_refresh=True))
        if grant_type == "refresh_token":
            scope = self.refresh_tokens.get(form.get("refresh_token", ""))
            if scope is None:
                return self._error(request, "invalid_grant", "Token has been expired or revoked.",
                                   record=False)
            self.refresh_count += 1
            return json_response(self._tokens(scope, with_refresh=False))
        return self._error(request, "unsupported_grant_type", f"grant_type {grant_type!r}")

    def _tokens(self, scope: str, with_refresh: bool) -> dict[str, Any]:
        access = "ya29.fake-" + secrets.token_urlsafe(16)
        self.access_tokens[access] = self.clock.now() + timedelta(seconds=self.lifetime)
        tokens: dict[str, Any] = {"access_token": access, "expires_in": self.lifetime,
                                  "scope": scope, "token_type": "Bearer"}
        if with_refresh:
            refresh = "1//fake-" + secrets.token_urlsafe(16)
            self.refresh_tokens[refresh] = scope
            tokens["refresh_token"] = refresh
        return tokens

    def _error(self, request: Request, code: str, description: str, status: int = 400,
               record: bool = True) -> Response:
        if record:
            self.server.violation("protocol", request, f"{code}: {description}")
        return json_response({"error": code, "error_description": description}, status)


class FakeOAuth(FakeServer):
    """A stand-alone OAuth server, for framework tests of the PKCE loopback flow."""

    def __init__(self, clock: Clock | None = None, **options: Any) -> None:
        super().__init__(clock)
        self.oauth = OAuthProvider(self, self.clock, **options)

    @property
    def authorize_url(self) -> str:
        """The authorization endpoint."""
        return self.url + AUTHORIZE_PATH

    @property
    def token_url(self) -> str:
        """The token endpoint."""
        return self.url + TOKEN_PATH
