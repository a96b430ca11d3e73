"""Webhooks for Zapier, Make and custom endpoints: signed JSON events with an idempotency key."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from engine.sync.manifest import ANY_CONFIGURED_HOST, Manifest, SettingField
from engine.sync.outbox import snapshot_to_json
from engine.sync.protocols import ConnectorContext, ConnectorSpec, RemoteRef, TaskSnapshot

SCHEMA_VERSION = 1
"""Version of the payload documented in resources/sync/webhook-event.schema.json."""
SIGNATURE_HEADER = "X-ChatTasks-Signature"
TIMESTAMP_HEADER = "X-ChatTasks-Timestamp"
KEY_HEADER = "Idempotency-Key"

MANIFEST = Manifest(
    id="webhook",
    name="Webhook (Zapier, Make, custom)",
    kind="automation",
    auth="webhook_url",
    allowed_hosts=(ANY_CONFIGURED_HOST,),
    capabilities=("create", "update", "complete", "delete", "test"),
    description="POSTs task.created / task.updated / task.completed / task.deleted events.",
    settings=(
        SettingField("url", "Webhook URL", "url", secret=True,
                     help="catch-hook URLs embed their own token, so the URL is a secret"),
        SettingField("signing_secret", "Signing secret", secret=True, required=False,
                     help="HMAC-SHA256 key for the signature header"),
        SettingField("flavor", "Service", "choice", required=False, default="custom",
                     choices=("custom", "zapier", "make")),
    ),
)


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    """The signature header value: hex HMAC-SHA256 over 'timestamp.body'."""
    return "sha256=" + hmac.new(secret, timestamp.encode() + b"." + body,
                                hashlib.sha256).hexdigest()


class WebhookConnector:
    """One endpoint receiving every event."""

    def __init__(self, context: ConnectorContext) -> None:
        self.context = context
        self.url = context.secrets["url"].reveal()
        signing = context.secrets.get("signing_secret")
        self.secret = signing.reveal().encode() if signing else None

    def _post(self, event: str, key: str, task: TaskSnapshot | None,
              ref: str | None = None) -> None:
        now = self.context.clock.now()
        payload: dict[str, Any] = {"version": SCHEMA_VERSION, "event": event, "id": key,
                                   "occurred_at": now.isoformat()}
        if task is not None:
            payload["task"] = snapshot_to_json(task)
        if ref is not None:
            payload["ref"] = ref
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
        timestamp = str(int(now.timestamp()))
        headers = {"Content-Type": "application/json", KEY_HEADER: key,
                   "X-ChatTasks-Event": event, TIMESTAMP_HEADER: timestamp}
        if self.secret is not None:
            headers[SIGNATURE_HEADER] = sign(self.secret, timestamp, body)
        self.context.http.request("POST", self.url, headers=headers, content=body)

    def create(self, task: TaskSnapshot, key: str) -> RemoteRef:
        """Send task.created."""
        ref = f"task-{task.id}"
        self._post("task.created", key, task, ref)
        return RemoteRef(ref)

    def update(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Send task.updated."""
        self._post("task.updated", key, task, ref.remote_id)
        return ref

    def complete(self, ref: RemoteRef, task: TaskSnapshot, key: str) -> RemoteRef:
        """Send task.completed."""
        self._post("task.completed", key, task, ref.remote_id)
        return ref

    def delete(self, ref: RemoteRef, key: str) -> None:
        """Send task.deleted (no task body: only its id in `ref`)."""
        self._post("task.deleted", key, None, ref.remote_id)

    def test(self) -> str:
        """Send a ping event."""
        self._post("ping", "ping-" + self.context.clock.now().strftime("%Y%m%dT%H%M%S"), None)
        return "ping delivered"


CONNECTOR = ConnectorSpec(MANIFEST, WebhookConnector)
"""The webhook connector."""
