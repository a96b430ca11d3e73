"""The one HTTP layer of every connector: httpx with timeouts, retries, backoff and auth refresh."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import httpx

from engine.sync.errors import (
    ReconnectNeededError,
    RemoteRejectedError,
    RemoteUnavailableError,
)
from engine.sync.manifest import Manifest
from engine.sync.secrets import Secret, redact

Sleeper = Callable[[float], None]
log = logging.getLogger(__name__)


class _RedactingFilter(logging.Filter):
    """Masks live secrets in httpx's own request log lines (webhook URLs carry tokens)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: list[Secret] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            masked = redact(message, self.secrets)
            if masked != message:
                record.msg, record.args = masked, ()
        return True


_FILTER = _RedactingFilter()
logging.getLogger("httpx").addFilter(_FILTER)


class Authorizer(Protocol):
    """Adds credentials to requests and, for OAuth2, refreshes them once on a 401."""

    def headers(self) -> dict[str, str]:
        """Authorization headers for the next request."""
        ...

    def refresh(self) -> bool:
        """Get fresh credentials; False when that is impossible (the user must reconnect)."""
        ...


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: attempts, exponential backoff, and the longest Retry-After obeyed."""

    attempts: int = 4
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_retry_after: float = 120.0
    timeout: float = 20.0


class HttpClient:
    """Requests to the hosts a manifest allows; failures become clear SyncErrors."""

    def __init__(
        self,
        manifest: Manifest,
        *,
        policy: RetryPolicy | None = None,
        sleeper: Sleeper = time.sleep,
        transport: httpx.BaseTransport | None = None,
        authorizer: Authorizer | None = None,
        secrets: Iterable[Secret] = (),
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.manifest = manifest
        self.policy = policy or RetryPolicy()
        self.sleeper = sleeper
        self.authorizer = authorizer
        self._secrets = list(secrets)
        _FILTER.secrets.extend(self._secrets)
        self._clock = clock
        self._client = httpx.Client(
            transport=transport, timeout=self.policy.timeout, follow_redirects=False
        )

    def close(self) -> None:
        """Close pooled connections."""
        self._client.close()
        for secret in self._secrets:
            if secret in _FILTER.secrets:
                _FILTER.secrets.remove(secret)

    def with_authorizer(self, authorizer: Authorizer | None) -> HttpClient:
        """The same client using `authorizer` for credentials."""
        self.authorizer = authorizer
        return self

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        params: Mapping[str, str] | None = None,
        ok: Iterable[int] = (),
    ) -> httpx.Response:
        """Send with retries; 2xx and the `ok` codes return, anything else raises a SyncError."""
        self.manifest.check_host(url)
        accepted = set(ok)
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            merged = dict(headers or {})
            if self.authorizer is not None:
                merged.update(self.authorizer.headers())
            try:
                response = self._client.request(
                    method, url, headers=merged, json=json, content=content, params=params
                )
            except httpx.TimeoutException:
                problem, wait = "timed out", None
            except httpx.TransportError as error:
                problem, wait = f"could not connect ({type(error).__name__})", None
            else:
                status = response.status_code
                if 200 <= status < 300 or status in accepted:
                    return response
                if status == 401:
                    if not refreshed and self.authorizer is not None and self.authorizer.refresh():
                        refreshed = True
                        attempt -= 1
                        continue
                    raise ReconnectNeededError(
                        self._say(f"{self.manifest.name} refused the credentials "
                                  "(401): reconnect the account"), status=401)
                if status != 429 and status < 500:
                    raise RemoteRejectedError(self._say(
                        f"{self.manifest.name} rejected {method} {_where(url)}: {status} "
                        f"{_snippet(response)}"), status=status)
                problem, wait = f"answered {status}", self._retry_after(response)
                if wait is not None and wait > self.policy.max_retry_after:
                    message = f"{self.manifest.name} asks to wait {wait:.0f}s ({problem})"
                    raise RemoteUnavailableError(self._say(message), status=status)
            if attempt >= self.policy.attempts:
                raise RemoteUnavailableError(self._say(
                    f"{self.manifest.name} {problem} on {method} {_where(url)} "
                    f"after {attempt} attempts"))
            delay = wait if wait is not None else min(
                self.policy.backoff * 2 ** (attempt - 1), self.policy.max_backoff)
            log.info("%s %s: retrying in %.1fs", self.manifest.id, problem, delay)
            self.sleeper(delay)

    def _retry_after(self, response: httpx.Response) -> float | None:
        value = response.headers.get("Retry-After")
        if not value:
            return None
        if value.strip().isdigit():
            return float(value)
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is None:
            return None
        if self._clock is None:
            return None
        now = self._clock()
        return max(0.0, (parsed - now).total_seconds())

    def _say(self, message: str) -> str:
        return redact(message, self._secrets)


def _where(url: str) -> str:
    # Only host and the first path segment: later segments of webhook URLs are often secret.
    parts = httpx.URL(url)
    first = parts.path.strip("/").split("/", 1)[0]
    return f"{parts.host}/{first}" if first else parts.host


def _snippet(response: httpx.Response) -> str:
    text = response.text.strip().replace("\n", " ")
    return text[:200]
