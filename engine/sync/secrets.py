"""Secrets: a masking string type, and one small store over the OS keyring."""

from __future__ import annotations

import abc
import logging
from collections.abc import Iterable

from engine.sync.errors import NoSecureKeyringError

SERVICE = "ChatTasks"
"""Keyring service name under which every secret is stored."""
MASK = "••••••"

log = logging.getLogger(__name__)


class Secret:
    """A secret value that never shows itself in repr, str, f-strings, logs or JSON."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The real value, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK})"

    def __str__(self) -> str:
        return MASK

    def __format__(self, spec: str) -> str:
        return MASK

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)


def redact(text: str, secrets: Iterable[Secret | str]) -> str:
    """`text` with every occurrence of each secret replaced by the mask."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value:
            text = text.replace(value, MASK)
    return text


class SecretStore(abc.ABC):
    """Where connector secrets live; the only implementation in the app is the OS keyring."""

    @property
    @abc.abstractmethod
    def available(self) -> bool:
        """False when no secure store exists; the user is told and secrets are refused."""

    @property
    def status(self) -> str:
        """One line for the user about where secrets go."""
        return "secrets are stored in the OS keyring" if self.available else (
            "no secure keyring is available on this system: connectors that need a password "
            "or token cannot be added (install or unlock a keyring such as GNOME Keyring, "
            "KWallet, macOS Keychain or Windows Credential Locker)"
        )

    @abc.abstractmethod
    def get(self, account_id: int, name: str) -> Secret | None:
        """The secret `name` of an account, or None."""

    @abc.abstractmethod
    def set(self, account_id: int, name: str, value: Secret) -> None:
        """Store a secret (raises NoSecureKeyringError when unavailable)."""

    @abc.abstractmethod
    def delete(self, account_id: int, name: str) -> None:
        """Forget a secret; absent ones are ignored."""


def _username(account_id: int, name: str) -> str:
    return f"account-{account_id}:{name}"


class KeyringSecretStore(SecretStore):
    """Secrets in the OS keyring through `keyring`; refuses insecure or fail back-ends."""

    def __init__(self, backend: object | None = None) -> None:
        """Use `backend` (a keyring.backend.KeyringBackend) or keyring's configured one."""
        import keyring

        self._backend = backend if backend is not None else keyring.get_keyring()

    @property
    def available(self) -> bool:
        """True when the back-end is a real, secure keyring."""
        from keyring.backends import chainer, fail

        backend = self._backend
        if isinstance(backend, fail.Keyring):
            return False
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return False
        priority = getattr(type(backend), "priority", 0)
        return isinstance(priority, int | float) and priority > 0

    def _require(self) -> object:
        if not self.available:
            raise NoSecureKeyringError(self.status)
        return self._backend

    def get(self, account_id: int, name: str) -> Secret | None:
        """The stored secret, or None when absent or the keyring is unavailable."""
        if not self.available:
            return None
        value = self._backend.get_password(SERVICE, _username(account_id, name))  # type: ignore[attr-defined]
        return None if value is None else Secret(str(value))

    def set(self, account_id: int, name: str, value: Secret) -> None:
        """Store a secret in the keyring."""
        backend = self._require()
        backend.set_password(SERVICE, _username(account_id, name), value.reveal())  # type: ignore[attr-defined]

    def delete(self, account_id: int, name: str) -> None:
        """Remove a secret from the keyring, ignoring ones not there."""
        import keyring.errors

        if not self.available:
            return
        try:
            self._backend.delete_password(SERVICE, _username(account_id, name))  # type: ignore[attr-defined]
        except keyring.errors.PasswordDeleteError:
            log.debug("secret %s of account %s was already gone", name, account_id)
