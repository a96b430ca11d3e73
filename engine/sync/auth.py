"""Authorizers for the HTTP layer: basic, bearer token, and none."""

from __future__ import annotations

import base64

from engine.sync.secrets import Secret


class BasicAuthorizer:
    """HTTP basic authentication; a refused password cannot be refreshed."""

    def __init__(self, username: str, password: Secret) -> None:
        self._value = base64.b64encode(f"{username}:{password.reveal()}".encode()).decode()

    def __repr__(self) -> str:
        return "BasicAuthorizer(••••••)"

    def headers(self) -> dict[str, str]:
        """The Authorization header."""
        return {"Authorization": f"Basic {self._value}"}

    def refresh(self) -> bool:
        """Passwords do not refresh."""
        return False


class BearerAuthorizer:
    """A fixed API token sent as a bearer token."""

    def __init__(self, token: Secret) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "BearerAuthorizer(••••••)"

    def headers(self) -> dict[str, str]:
        """The Authorization header."""
        return {"Authorization": f"Bearer {self._token.reveal()}"}

    def refresh(self) -> bool:
        """API tokens do not refresh."""
        return False
