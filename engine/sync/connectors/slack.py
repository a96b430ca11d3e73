"""Slack notifications (new task assigned, due soon, overdue, daily digest) via Apprise and the
Slack Web API (chat.postMessage with a bot token)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from engine.sync.manifest import Manifest, SettingField
from engine.sync.notify import AppriseSender
from engine.sync.protocols import ConnectorContext, ConnectorSpec

DEFAULT_API = "https://slack.com"

MANIFEST = Manifest(
    id="slack",
    name="Slack notifications",
    kind="chat",
    auth="api_token",
    allowed_hosts=("slack.com", "slack-gov.com"),
    capabilities=("notify", "test"),
    description="Posts task notifications and a daily digest to a Slack channel.",
    settings=(
        SettingField("token", "Bot token (xoxb-…)", secret=True),
        SettingField("channel", "Channel", help="for example #tasks"),
        SettingField("digest_time", "Daily digest at", required=False, default="08:00"),
        SettingField("api_base", "API address (advanced)", "url", required=False,
                     default=DEFAULT_API, help="GovSlack or a local test server"),
    ),
)


class SlackConnector(AppriseSender):
    """One Slack channel."""

    def __init__(self, context: ConnectorContext) -> None:
        token = context.secrets["token"].reveal()
        channel = str(context.settings["channel"]).lstrip("#")
        self.api_base = str(context.settings.get("api_base") or DEFAULT_API).rstrip("/")
        # No Apprise icon or footer: they point Slack at images on third-party hosts and stamp
        # the wall clock into the message.
        super().__init__(context, "Slack", f"slack://{quote(token, safe='')}/{quote(channel)}"
                         "/?image=no&footer=no", self._point)

    def _point(self, plugin: Any) -> None:
        # Apprise keeps the endpoint on the class; the instance attribute points this one
        # plugin at the configured API address.
        plugin.api_url = self.api_base + "/api/{}"


CONNECTOR = ConnectorSpec(MANIFEST, SlackConnector)
"""The Slack connector."""
