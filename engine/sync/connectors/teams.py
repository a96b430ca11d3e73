"""Microsoft Teams notifications through a Teams Workflows (Power Automate) webhook, via Apprise."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from engine.sync.errors import SettingsError
from engine.sync.manifest import Manifest, SettingField
from engine.sync.notify import AppriseSender
from engine.sync.protocols import ConnectorContext, ConnectorSpec

MANIFEST = Manifest(
    id="teams",
    name="Microsoft Teams notifications",
    kind="chat",
    auth="webhook_url",
    allowed_hosts=("logic.azure.com", "powerplatform.com", "powerautomate.com"),
    capabilities=("notify", "test"),
    description="Posts Adaptive Cards to a Teams channel through a Workflows webhook URL.",
    settings=(
        SettingField("workflow_url", "Workflows webhook URL", "url", secret=True,
                     help="from Teams: channel > Workflows > 'Post to a channel when a "
                          "webhook request is received'"),
        SettingField("digest_time", "Daily digest at", required=False, default="08:00"),
    ),
)


def apprise_url(workflow_url: str) -> str:
    """The workflows:// address Apprise expects, from the URL Teams shows."""
    parts = urlsplit(workflow_url)
    segments = parts.path.strip("/").split("/")
    signature = parse_qs(parts.query).get("sig", [""])[0]
    if "workflows" not in segments or not signature:
        raise SettingsError("Teams: not a Workflows webhook URL (needs /workflows/<id>/… and sig)")
    workflow = segments[segments.index("workflows") + 1]
    port = f":{parts.port}" if parts.port and parts.port != 443 else ""
    # No Apprise icon: it would make Teams fetch an image from a third-party host.
    power = "&power_automate=yes" if "powerautomate" in parts.path else ""
    return (f"workflows://{parts.hostname}{port}/{quote(workflow, safe='')}/"
            f"{quote(signature, safe='')}/?image=no{power}")


class TeamsConnector(AppriseSender):
    """One Teams channel's Workflows webhook."""

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context, "Teams",
                         apprise_url(context.secrets["workflow_url"].reveal()))


CONNECTOR = ConnectorSpec(MANIFEST, TeamsConnector)
"""The Microsoft Teams connector."""
