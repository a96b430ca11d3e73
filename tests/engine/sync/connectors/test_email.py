"""The email connector sends through Apprise to a real aiosmtpd server the test starts."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from engine.store import Database
from engine.sync import outbox, store
from engine.sync.errors import RemoteUnavailableError
from engine.sync.service import SyncService
from tests.engine.sync.conftest import START, insert_task

from .conftest import free_port

PASSWORD = "smtp-pass-9f3"


@dataclass
class Mailbox:
    """What the SMTP server accepted: one entry per DATA, with envelope and parsed message."""

    port: int
    received: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    refuse: list[str] = field(default_factory=list)
    """Recipients the server answers 550 to."""

    @property
    def subjects(self) -> list[str]:
        return [str(message["Subject"]) for _, _, message in self.received]

    def text(self, index: int) -> str:
        part = self.received[index][2].get_body(("plain",))
        assert part is not None
        return str(part.get_content()).strip()


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          options: list[str]) -> str:
        if address in self.box.refuse:
            return "550 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.box.received.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox(free_port())

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str,
                     data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        box.logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=(data.login, data.password) == (b"anna", PASSWORD.encode()))

    # Plain SMTP on loopback: AUTH without TLS is allowed only because nothing leaves the host.
    controller = Controller(_Handler(box), hostname="127.0.0.1", port=box.port,
                            authenticator=authenticate, auth_require_tls=False)
    controller.start()
    yield box
    controller.stop()


def _settings(box: Mailbox, **extra: object) -> dict[str, object]:
    return {"smtp_host": "127.0.0.1", "smtp_port": box.port, "security": "none",
            "username": "anna", "password": PASSWORD, "from_address": "tasks@example.org",
            "to_address": "team@example.org", **extra}


def test_connectors_test_mails_only_the_configured_recipient(
    db: Database, make_service: Callable[..., SyncService], mailbox: Mailbox,
    connections: list[tuple[str, int]],
) -> None:
    service = make_service(db)
    service.add_account("email", "mail", _settings(mailbox))
    assert service.test("mail") == "test message sent to Email"
    assert len(mailbox.received) == 1
    sender, recipients, message = mailbox.received[0]
    assert (sender, recipients) == ("tasks@example.org", ["team@example.org"])
    assert (message["To"], message["From"], message["Subject"]) == (
        "team@example.org", "tasks@example.org", "ChatTasks")
    assert mailbox.text(0) == "ChatTasks is connected: task notifications will arrive here."
    assert message["Cc"] is None and message["Bcc"] is None
    assert mailbox.logins == [("anna", PASSWORD)]  # the password came from the keyring
    assert set(connections) == {("127.0.0.1", mailbox.port)}
    assert store.find_account(db, "mail").status == "ok"


def test_assigned_due_soon_and_digest_notifications(
    db: Database, make_service: Callable[..., SyncService], mailbox: Mailbox, clock: Any,
) -> None:
    service = make_service(db)
    service.add_account("email", "mail", _settings(mailbox, digest_time="08:00"))
    insert_task(db, "Order the tiles", assignee="Anna", due=START + timedelta(hours=5))
    report = service.run()[0]
    assert (report.status, report.delivered) == ("ok", 3)
    # The digest has no task, so it does not wait behind the task's first notice.
    assert mailbox.subjects == ["New task for Anna", "1 task(s) due today or overdue",
                                "Due soon: Order the tiles"]
    line = "• Order the tiles — Anna, due 2026-03-02 15:00"  # 14:00 UTC in Berlin
    assert [mailbox.text(index) for index in range(3)] == [line, line, line]
    assert all(recipients == ["team@example.org"] for _, recipients, _ in mailbox.received)
    assert service.run()[0].delivered == 0  # each notice goes once
    clock.advance(hours=6)
    assert service.run()[0].delivered == 1
    assert mailbox.subjects[-1] == "Overdue: Order the tiles"


def test_a_refused_recipient_is_retried_and_never_shows_the_password(
    db: Database, make_service: Callable[..., SyncService], mailbox: Mailbox,
) -> None:
    service = make_service(db)
    mailbox.refuse.append("team@example.org")
    account_id = service.add_account("email", "mail", _settings(mailbox))
    with pytest.raises(RemoteUnavailableError, match="Email did not accept") as raised:
        service.test("mail")
    assert PASSWORD not in str(raised.value)
    insert_task(db, "Call the plumber", assignee="Ben")
    report = service.run()[0]
    assert (report.status, report.retrying, mailbox.received) == ("error", 1, [])
    assert outbox.counts(db, account_id).get("pending") == 1
    mailbox.refuse.clear()
    service.clock.advance(hours=1)  # type: ignore[attr-defined]
    assert service.run()[0].delivered == 1
    assert mailbox.subjects == ["New task for Ben"]


def test_wrong_password_is_refused(db: Database, make_service: Callable[..., SyncService],
                                   mailbox: Mailbox) -> None:
    service = make_service(db)
    service.add_account("email", "mail", _settings(mailbox, password="not-it"))
    with pytest.raises(RemoteUnavailableError):
        service.test("mail")
    assert mailbox.received == [] and mailbox.logins == [("anna", "not-it")]
    account = store.find_account(db, "mail")
    assert account.status == "error" and "not-it" not in (account.last_error or "")
