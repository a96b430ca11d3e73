"""What a connector declares about itself: identity, kind, capabilities, auth, hosts, settings."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from engine.sync.errors import SettingsError

ConnectorKind = Literal["tasks", "calendar", "crm", "chat", "automation", "time", "files"]
AuthKind = Literal["oauth2_pkce", "api_token", "basic", "webhook_url", "none"]
FieldType = Literal["string", "url", "integer", "boolean", "choice", "path"]

KINDS: tuple[str, ...] = ("tasks", "calendar", "crm", "chat", "automation", "time", "files")
AUTH_KINDS: tuple[str, ...] = ("oauth2_pkce", "api_token", "basic", "webhook_url", "none")
ANY_CONFIGURED_HOST = "*"
"""In `allowed_hosts`: the host of whichever server URL the user configured (CalDAV, webhooks)."""
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True, slots=True)
class SettingField:
    """One typed setting of a connector; the GUI renders a form from a tuple of these."""

    name: str
    label: str
    type: FieldType = "string"
    required: bool = True
    secret: bool = False
    """Stored in the OS keyring, never in the database; masked everywhere."""
    default: str | int | bool | None = None
    choices: tuple[str, ...] = ()
    help: str = ""


@dataclass(frozen=True, slots=True)
class OAuthEndpoints:
    """Where an OAuth2 connector sends the user and exchanges codes."""

    authorize_url: str
    token_url: str
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Manifest:
    """A connector's declaration, read by the registry, the GUI and the manifest test."""

    id: str
    name: str
    kind: ConnectorKind
    auth: AuthKind
    allowed_hosts: tuple[str, ...]
    capabilities: tuple[str, ...] = ()
    """Capability names (see `engine.sync.protocols.CAPABILITIES`); instances must match."""
    settings: tuple[SettingField, ...] = ()
    description: str = ""
    oauth: OAuthEndpoints | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def field(self, name: str) -> SettingField:
        """The setting called `name`."""
        for item in self.settings:
            if item.name == name:
                return item
        raise SettingsError(f"{self.name} has no setting {name!r}")

    @property
    def secret_names(self) -> tuple[str, ...]:
        """Names of the settings kept in the keyring."""
        return tuple(item.name for item in self.settings if item.secret)

    def clean(self, values: Mapping[str, object]) -> dict[str, object]:
        """Typed, validated non-secret and secret values; unknown or missing ones are refused."""
        unknown = sorted(set(values) - {item.name for item in self.settings})
        if unknown:
            raise SettingsError(f"{self.name} has no setting(s) {', '.join(unknown)}")
        cleaned: dict[str, object] = {}
        for item in self.settings:
            raw = values.get(item.name, item.default)
            if raw is None or raw == "":
                if item.required:
                    raise SettingsError(f"{self.name}: '{item.label}' is required")
                continue
            cleaned[item.name] = _coerce(self, item, raw)
        return cleaned

    def check_host(self, url: str) -> None:
        """Refuse a URL whose host this connector did not declare (loopback is always allowed)."""
        host = (urlsplit(url).hostname or "").lower()
        if not host:
            raise SettingsError(f"{self.name}: {url!r} is not an absolute URL")
        allowed = self.allowed_hosts
        if host in LOOPBACK_HOSTS or _is_loopback(host) or ANY_CONFIGURED_HOST in allowed:
            return
        if not any(host == item or host.endswith("." + item) for item in allowed):
            raise SettingsError(f"{self.name} may not contact {host} (allowed: "
                                f"{', '.join(self.allowed_hosts)})")


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _coerce(manifest: Manifest, item: SettingField, raw: object) -> object:
    where = f"{manifest.name}: '{item.label}'"
    if item.type == "boolean":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text not in {"true", "false", "yes", "no", "1", "0"}:
            raise SettingsError(f"{where} must be yes or no, not {raw!r}")
        return text in {"true", "yes", "1"}
    if item.type == "integer":
        try:
            return int(str(raw))
        except ValueError:
            raise SettingsError(f"{where} must be a whole number") from None
    text = str(raw)
    if item.type == "choice" and text not in item.choices:
        raise SettingsError(f"{where} must be one of {', '.join(item.choices)}")
    if item.type == "url":
        parts = urlsplit(text)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise SettingsError(f"{where} must be an http(s) URL")
        manifest.check_host(text)
    return text
