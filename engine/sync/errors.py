"""Errors of the sync layer; each message is fit to show a user and never carries a secret."""

from __future__ import annotations

from engine.core.errors import ChatTasksError


class SyncError(ChatTasksError):
    """Base class of sync failures."""


class SettingsError(SyncError):
    """A connector's settings are missing, mistyped or point at a host it may not contact."""


class ConnectorNotFoundError(SyncError):
    """No built-in or installed connector has the requested id."""


class NoSecureKeyringError(SyncError):
    """The OS offers no secure keyring, so secrets cannot be stored."""


class RemoteError(SyncError):
    """The remote service failed; `retryable` says whether trying later may help."""

    retryable = True

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RemoteUnavailableError(RemoteError):
    """Timeouts, connection failures, 5xx and 429 after the retries ran out."""


class RemoteRejectedError(RemoteError):
    """A 4xx other than 401/429: the request itself is wrong; retrying will not help."""

    retryable = False


class ReconnectNeededError(RemoteError):
    """Credentials were refused (and refreshing did not help): the user must reconnect."""

    retryable = False
