"""Secrets stay in the keyring: never in the database file, the logs, errors or an export."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from keyring.backends import fail

from engine.store import Database
from engine.sync import store
from engine.sync.errors import NoSecureKeyringError
from engine.sync.secrets import KeyringSecretStore, Secret
from engine.sync.service import SyncService

from .conftest import MemoryKeyring, insert_task


def test_no_secret_reaches_database_logs_errors_or_export(
    db: Database, db_url: str, make_service: Callable[..., SyncService],
    memory_keyring: MemoryKeyring, webhook_receiver, caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    service = make_service(db)
    signing = webhook_receiver.secret.decode()
    service.add_account("webhook", "zap", {"url": webhook_receiver.url, "signing_secret": signing})
    insert_task(db, "Send the invoice")
    assert service.run()[0].delivered == 1
    memory_keyring.items[("ChatTasks", "account-1:signing_secret")] = "wrong-but-secret-too"
    insert_task(db, "Second task")
    report = service.run()[0]
    assert report.status == "reconnect"
    secrets = [signing, "abc-secret-path", "wrong-but-secret-too"]

    db.close()
    raw = Path(db_url.removeprefix("sqlite:///")).read_bytes()
    for wal in Path(db_url.removeprefix("sqlite:///")).parent.glob("*.db-wal"):
        raw += wal.read_bytes()
    exported = repr(store.list_accounts(Database.open(db_url))) + str(report)
    for secret in secrets:
        assert secret.encode() not in raw
        assert secret not in caplog.text
        assert secret not in exported
    assert "abc-secret-path" in webhook_receiver.url  # the URL really held a secret


def test_secret_masks_itself() -> None:
    token = Secret("xoxb-very-secret")
    assert "very" not in f"{token} {token!r} {[token]}"
    assert token.reveal() == "xoxb-very-secret"


def test_without_a_secure_keyring_the_user_is_told(db: Database, clock) -> None:  # type: ignore[no-untyped-def]
    from engine.sync.registry import Registry

    secrets = KeyringSecretStore(fail.Keyring())
    assert not secrets.available and "no secure keyring" in secrets.status
    service = SyncService(db, Registry.discover(third_party=False), secrets, clock)
    with pytest.raises(NoSecureKeyringError, match="no secure keyring"):
        service.add_account("webhook", "zap", {"url": "http://127.0.0.1:9/h"})
    assert store.list_accounts(db) == []
