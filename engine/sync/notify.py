"""Notifications through Apprise: one shared sender for the Slack, Teams and email connectors."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from typing import Any

from engine.sync.errors import RemoteUnavailableError, SettingsError
from engine.sync.protocols import ConnectorContext, Notification
from engine.sync.secrets import redact

log = logging.getLogger(__name__)
Configure = Callable[[Any], None]


class AppriseSender:
    """Sends notifications to one Apprise URL; failures become retryable SyncErrors."""

    def __init__(self, context: ConnectorContext, name: str, url: str,
                 configure: Configure | None = None) -> None:
        self.context = context
        self.name = name
        self._url = url
        self._configure = configure

    def __repr__(self) -> str:
        return f"AppriseSender({self.name})"

    def _plugin(self) -> Any:
        import apprise

        with warnings.catch_warnings():
            # Apprise's email plugin imports the stdlib `imghdr` shim, deprecated since 3.11;
            # nothing we can change, and it must not fail strict-warning runs.
            warnings.filterwarnings("ignore", "'imghdr' is deprecated", DeprecationWarning)
            plugin = apprise.Apprise.instantiate(self._url, suppress_exceptions=True)
        if plugin is None:
            raise SettingsError(f"{self.name}: the settings do not make a valid address")
        if self._configure is not None:
            self._configure(plugin)
        return plugin

    def notify(self, notification: Notification, key: str) -> None:
        """Send one notification (Apprise reports only success or failure)."""
        self.send(notification.title, notification.body)

    def send(self, title: str, body: str) -> None:
        """Send a title and body; a refusal is retried later by the outbox."""
        plugin = self._plugin()
        if not plugin.notify(body=body, title=title):
            message = redact(f"{self.name} did not accept the notification (see the log)",
                             self.context.secrets.values())
            raise RemoteUnavailableError(message)

    def test(self) -> str:
        """Send a short test message."""
        self.send("ChatTasks", "ChatTasks is connected: task notifications will arrive here.")
        return f"test message sent to {self.name}"
