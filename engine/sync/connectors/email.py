"""Email notifications over SMTP (task assigned, due soon, overdue, daily digest) via Apprise."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from engine.sync.manifest import ANY_CONFIGURED_HOST, Manifest, SettingField
from engine.sync.notify import AppriseSender
from engine.sync.protocols import ConnectorContext, ConnectorSpec

MANIFEST = Manifest(
    id="email",
    name="Email notifications",
    kind="chat",
    auth="basic",
    allowed_hosts=(ANY_CONFIGURED_HOST,),
    capabilities=("notify", "test"),
    description="Sends task notifications and a daily digest by email through your SMTP server.",
    settings=(
        SettingField("smtp_host", "SMTP server"),
        SettingField("smtp_port", "Port", "integer", required=False, default=587),
        SettingField("security", "Security", "choice", required=False, default="starttls",
                     choices=("starttls", "ssl", "none")),
        SettingField("username", "User name", required=False),
        SettingField("password", "Password", secret=True, required=False),
        SettingField("from_address", "From"),
        SettingField("to_address", "To"),
        SettingField("digest_time", "Daily digest at", required=False, default="08:00"),
    ),
)


def apprise_url(settings: dict[str, object], password: str | None) -> str:
    """The mailto:// / mailtos:// address Apprise expects."""
    security = str(settings.get("security", "starttls"))
    scheme = "mailto" if security == "none" else "mailtos"
    user = str(settings.get("username") or "")
    login = ""
    if user:
        login = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "") + "@"
    query = {"smtp": str(settings["smtp_host"]), "from": str(settings["from_address"]),
             "to": str(settings["to_address"])}
    if security != "none":
        query["mode"] = security
    host = str(settings["smtp_host"])
    return f"{scheme}://{login}{host}:{settings.get('smtp_port', 587)}/?{urlencode(query)}"


class EmailConnector(AppriseSender):
    """One SMTP server and recipient."""

    def __init__(self, context: ConnectorContext) -> None:
        password = context.secrets.get("password")
        url = apprise_url(dict(context.settings), password.reveal() if password else None)
        super().__init__(context, "Email", url)


CONNECTOR = ConnectorSpec(MANIFEST, EmailConnector)
"""The email connector."""
